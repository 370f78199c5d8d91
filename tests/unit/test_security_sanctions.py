"""Sanctions list readers: the real EU sample, its CSV, the UN XML, recognised by content."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from almere_missions.errors import InvalidInput
from almere_missions.security.sanctions.readers import parse_list, read_list

EU_XML = Path(__file__).resolve().parents[3] / "shared" / "data" / "sanctions" / "eu_fsd_sample.xml"

EU_CSV_HEADER = (
    "fileGenerationDate;Entity_LogicalId;Entity_EU_ReferenceNumber;Entity_UnitedNationId;"
    "Entity_DesignationDate;Entity_DesignationDetails;Entity_Remark;Entity_SubjectType;"
    "Entity_SubjectType_ClassificationCode;Entity_Regulation_Programme;NameAlias_LastName;"
    "NameAlias_FirstName;NameAlias_MiddleName;NameAlias_WholeName;NameAlias_NameLanguage;"
    "BirthDate_BirthDate;BirthDate_Year;Citizenship_CountryIso2Code;Some_Future_Column")
EU_CSV = "\ufeff" + "\n".join([
    EU_CSV_HEADER,
    "05/08/2026;13;EU.27.28;;;;;person;P;IRQ;Hussein Al-Tikriti;Saddam;;Saddam Hussein Al-Tikriti;;;;;x",
    "05/08/2026;13;EU.27.28;;;;;person;P;IRQ;;;;Abu Ali;;1937-04-28;1937;IQ;x",
    "05/08/2026;330;EU.522.39;;;;;enterprise;E;TAQA;;;;Al-Rasheed Trust;EN;;;;x",
    "05/08/2026;330;EU.522.39;;;;;enterprise;E;TAQA;;;;\"Aid Organisation of the Ulema, Pakistan\";EN;;;;x",
]) + "\n"

UN_XML = """<?xml version="1.0" encoding="UTF-8"?>
<CONSOLIDATED_LIST dateGenerated="2026-09-01T02:00:03.123Z">
 <INDIVIDUALS>
  <INDIVIDUAL><DATAID>6908555</DATAID><VERSIONNUM>1</VERSIONNUM>
   <FIRST_NAME>RI</FIRST_NAME><SECOND_NAME>WON HO</SECOND_NAME>
   <UN_LIST_TYPE>DPRK</UN_LIST_TYPE><REFERENCE_NUMBER>KPi.033</REFERENCE_NUMBER>
   <NAME_ORIGINAL_SCRIPT>리원호</NAME_ORIGINAL_SCRIPT>
   <NATIONALITY><VALUE>Democratic People's Republic of Korea</VALUE></NATIONALITY>
   <INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>Ri Won-ho</ALIAS_NAME></INDIVIDUAL_ALIAS>
   <INDIVIDUAL_ALIAS><QUALITY/><ALIAS_NAME/></INDIVIDUAL_ALIAS>
   <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>1964-07-17</DATE></INDIVIDUAL_DATE_OF_BIRTH>
   <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>BETWEEN</TYPE_OF_DATE><FROM_YEAR>1963</FROM_YEAR><TO_YEAR>1965</TO_YEAR></INDIVIDUAL_DATE_OF_BIRTH>
  </INDIVIDUAL>
 </INDIVIDUALS>
 <ENTITIES>
  <ENTITY><DATAID>110</DATAID><FIRST_NAME>AL-RASHID TRUST</FIRST_NAME>
   <REFERENCE_NUMBER>QDe.005</REFERENCE_NUMBER>
   <ENTITY_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>Al-Rasheed Trust</ALIAS_NAME></ENTITY_ALIAS>
   <SOMETHING_NEW>tolerated</SOMETHING_NEW>
  </ENTITY>
 </ENTITIES>
</CONSOLIDATED_LIST>
"""


def test_eu_sample_entities():
    lst = read_list(EU_XML)
    assert (lst.source, lst.file_format, lst.entity_count) == ("EU", "eu-xml", 5)
    assert lst.generated == datetime(2026, 8, 5, 14, 47, 4, 449000, tzinfo=UTC)
    assert lst.generated_text == "2026-08-05T16:47:04.449+02:00"
    assert lst.sha256 == "778d56b7038174213c21fd07929d3c3443c489a29b35569a17bb9629821e437e"
    by_id = {e.entity_id: e for e in lst.entities}
    assert set(by_id) == {"13", "191", "980", "330", "999999"}
    saddam = by_id["13"]
    assert saddam.kind == "person" and saddam.names[0] == "Saddam Hussein Al-Tikriti"
    assert {"Abu Ali", "Abou Ali"} <= set(saddam.names)
    assert saddam.birth_dates == ("1937-04-28",) and saddam.nationalities == ("IQ",)
    assert saddam.gender == "M"  # from the aliases that state it (gender="M")
    assert by_id["330"].gender == "" and by_id["999999"].gender == ""
    ksm = by_id["191"]
    assert "Khalid Sheikh MOHAMMED" in ksm.names and ksm.birth_dates == ("1965-04-14", "1964-03-01")
    assert by_id["980"].kind == "organisation" and by_id["980"].names == ("Global Relief Foundation (GRF)",)
    trust = by_id["330"]
    assert trust.kind == "organisation" and "Организация за подпомагане на Ulema, Пакистан" in trust.names
    assert len(trust.names) == 12
    synthetic = by_id["999999"]
    assert synthetic.names == () and synthetic.kind == "person" and synthetic.reference == "EU.0.0"
    assert lst.name_count == 3 + 7 + 1 + 12


def test_eu_csv_groups_rows_per_entity():
    lst = parse_list(EU_CSV.encode(), "whatever.txt")
    assert (lst.source, lst.file_format, lst.entity_count) == ("EU", "eu-csv", 2)
    assert lst.generated == datetime(2026, 8, 5, tzinfo=UTC)
    by_id = {e.entity_id: e for e in lst.entities}
    assert by_id["13"].names == ("Saddam Hussein Al-Tikriti", "Abu Ali")
    assert by_id["13"].birth_dates == ("1937-04-28",) and by_id["13"].nationalities == ("IQ",)
    assert by_id["330"].kind == "organisation"
    assert "Aid Organisation of the Ulema, Pakistan" in by_id["330"].names


def test_eu_csv_gender_when_the_aliases_agree():
    header = EU_CSV_HEADER + ";NameAlias_Gender"
    rows = ["05/08/2026;13;EU.27.28;;;;;person;P;IRQ;;;;Saddam Hussein;;;;;x;M",
            "05/08/2026;13;EU.27.28;;;;;person;P;IRQ;;;;Abu Ali;;;;;x;",
            "05/08/2026;14;EU.27.29;;;;;person;P;IRQ;;;;A B;;;;;x;M",
            "05/08/2026;14;EU.27.29;;;;;person;P;IRQ;;;;A C;;;;;x;F"]
    lst = parse_list(("\n".join([header, *rows]) + "\n").encode(), "eu.csv")
    by_id = {e.entity_id: e for e in lst.entities}
    assert by_id["13"].gender == "M" and by_id["14"].gender == ""  # disagreeing aliases: unknown


def test_un_xml():
    lst = parse_list(UN_XML.encode(), "list.bin")
    assert (lst.source, lst.file_format, lst.entity_count) == ("UN", "un-xml", 2)
    by_id = {e.entity_id: e for e in lst.entities}
    ri = by_id["6908555"]
    assert ri.kind == "person" and ri.names == ("RI WON HO", "리원호", "Ri Won-ho")
    assert ri.birth_dates == ("1964-07-17", "1963/1965") and ri.nationalities == ("KP",)
    assert by_id["110"].kind == "organisation" and "Al-Rasheed Trust" in by_id["110"].names


def test_recognised_by_content_not_name(tmp_path):
    for name, data in (("eu.csv", UN_XML.encode()), ("un.xml", EU_CSV.encode()),
                       ("list.dat", EU_XML.read_bytes())):
        path = tmp_path / name
        path.write_bytes(data)
        assert read_list(path).source in ("EU", "UN")
    assert read_list(tmp_path / "eu.csv").file_format == "un-xml"
    assert read_list(tmp_path / "un.xml").file_format == "eu-csv"


def test_truncated_eu_xml_is_refused_naming_file_and_line(tmp_path):
    path = tmp_path / "eu.xml"
    path.write_bytes(EU_XML.read_bytes()[:9000])
    with pytest.raises(InvalidInput) as err:
        read_list(path)
    assert str(path) in str(err.value) and "line" in str(err.value)


def test_truncated_csv_is_refused_naming_the_line():
    cut = EU_CSV[: EU_CSV.rindex(";;;;x")]
    with pytest.raises(InvalidInput) as err:
        parse_list(cut.encode(), "eu.csv")
    assert "eu.csv" in str(err.value) and "line 5" in str(err.value)


def test_unknown_documents_are_refused():
    with pytest.raises(InvalidInput, match="not a known sanctions list"):
        parse_list(b"<html><body/></html>", "page.html")
    with pytest.raises(InvalidInput, match="not a known sanctions list"):
        parse_list(b"a,b,c\n1,2,3\n", "x.csv")
    with pytest.raises(InvalidInput, match="generation date"):
        parse_list(UN_XML.replace('dateGenerated="2026-09-01T02:00:03.123Z"', "").encode(), "u.xml")
