"""Travel-advice readers: the real open-data samples, JSON, colour sentences, bad files."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from almere_missions.errors import InvalidInput
from almere_missions.security.advice_reader import derive_colours, parse_advice, read_advice

DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "travel-advice"


def test_china_is_yellow_as_a_whole():
    doc = read_advice(DATA / "CHN.xml")
    assert (doc.country, doc.iso3, doc.colour, doc.regions) == ("CN", "CHN", "yellow", ())
    assert doc.modified == datetime(2026, 8, 28, 14, 26, 49, tzinfo=UTC)
    assert doc.still_valid_on == date(2026, 10, 7)
    assert doc.source_format == "xml" and len(doc.sha256) == 64


def test_turkey_has_red_and_orange_regions_and_a_yellow_rest():
    doc = read_advice(DATA / "TUR.xml")
    assert doc.country == "TR" and doc.colour == "yellow"
    by_colour = {}
    for r in doc.regions:
        by_colour.setdefault(r.colour, []).append(r.name)
    assert by_colour["red"] == ["het grensgebied tussen Turkije en Syrië",
                                "het grensgebied tussen Turkije en Irak"]
    assert "de grensovergang Habur bij Irak" in by_colour["orange"]
    assert any("Şırnak" in name for name in by_colour["orange"])
    assert doc.worst_colour == "red"


@pytest.mark.parametrize("name, country, colour", [
    ("TWN.xml", "TW", "green"), ("CAN.xml", "CA", "green"), ("DNK.xml", "DK", "green")])
def test_green_countries(name, country, colour):
    doc = read_advice(DATA / name)
    assert (doc.country, doc.colour, doc.regions) == (country, colour, ())


def test_json_of_the_same_api_reads_alike():
    xml = read_advice(DATA / "TUR.xml")
    import xml.etree.ElementTree as ET

    root = ET.parse(DATA / "TUR.xml").getroot()
    doc = {child.tag: child.text for child in root if len(child) == 0}
    doc["content"] = [{"name": cat.findtext("name"), "contentblocks": [
        {"paragraphtitle": b.findtext("paragraphtitle"), "paragraph": b.findtext("paragraph")}
        for b in cat.findall("contentblock")]} for cat in root.find("content")]
    doc["some_new_field"] = {"tolerated": True}
    parsed = parse_advice(json.dumps(doc).encode(), "tur.json")
    assert parsed.source_format == "json"
    assert (parsed.country, parsed.colour, parsed.regions, parsed.modified) == \
        (xml.country, xml.colour, xml.regions, xml.modified)


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_meaning_sentences_with_either_apostrophe(apostrophe):
    colour, regions = derive_colours(
        f"<li>U kunt erheen reizen. Maar let op: er zijn bijzondere veiligheidsrisico{apostrophe}s.</li>", [])
    assert (colour, regions) == ("yellow", [])


def test_region_sentences_of_the_readme():
    colour, regions = derive_colours(
        "<ul><li>De kleurcode van het reisadvies is rood voor het noorden.</li>"
        "<li>Voor de gebieden langs de grens geldt kleurcode oranje.</li>"
        "<li>De kleurcode van het reisadvies voor Xland is voor het grootste deel geel.</li></ul>",
        [])
    assert colour == "yellow"
    assert [(r.name, r.colour) for r in regions] == [
        ("het noorden", "red"), ("de gebieden langs de grens", "orange")]


def test_truncated_xml_is_refused_with_its_line(tmp_path):
    data = (DATA / "CHN.xml").read_bytes()[:5000]
    bad = tmp_path / "CHN.xml"
    bad.write_bytes(data)
    with pytest.raises(InvalidInput) as err:
        read_advice(bad)
    assert str(bad) in str(err.value) and "line" in str(err.value)


def test_malformed_json_is_refused_with_its_line():
    with pytest.raises(InvalidInput) as err:
        parse_advice(b'{"isocode": "CHN",\n "introduction": ', "x.json")
    assert "x.json" in str(err.value) and "line 2" in str(err.value)


def test_advice_without_a_colour_is_refused():
    doc = {"isocode": "CHN", "introduction": "<p>Geen zin met een kleur.</p>",
           "lastmodified": "2026-01-01T00:00:00Z"}
    with pytest.raises(InvalidInput, match="colour"):
        parse_advice(json.dumps(doc).encode(), "x.json")


def test_unknown_country_is_refused():
    doc = {"isocode": "QQQ", "introduction": "De kleurcode van het reisadvies voor Q is geel.",
           "lastmodified": "2026-01-01T00:00:00Z"}
    with pytest.raises(InvalidInput, match="QQQ"):
        parse_advice(json.dumps(doc).encode(), "x.json")


def test_listed_regions_keep_their_names_not_their_explanations():
    # An excerpt of the open-data advice for Egypt (CC0): list items carry an explanation.
    doc = read_advice(Path(__file__).parent / "data" / "advice_egy_excerpt.xml")
    assert doc.country == "EG" and doc.colour == "yellow"
    assert [(r.name, r.colour) for r in doc.regions] == [
        ("Noord-Sinaï (ten noorden van de lijn Suez-Taba)", "red"),
        ("Het grensgebied tussen Egypte en Libië", "red"),
        ("De regio Bir Tawil", "red"),
        ("Het westen van Egypte (behalve de stad Siwa)", "orange"),
        ("Het noordwesten van Sinaï", "orange"),
    ]


@pytest.mark.parametrize("summary, colour, regions", [
    ("De kleurcode voor het reisadvies voor Zuid-Afrika is geel.", "yellow", []),
    ("Het reisadvies voor Noorwegen heeft kleurcode groen.", "green", []),
    ("De kleurcode van het reisadvies is rood voor het hele land. Reis er niet heen.", "red", []),
    ("De kleurcode van het reisadvies voor Burkina Faso is voor het grootste deel rood. "
     "Voor de steden Ouagadougou en Bobo-Dioulasso geldt kleurcode oranje.",
     "red", [("de steden Ouagadougou en Bobo-Dioulasso", "orange")]),
    ("Sinds 1 juni geldt kleurcode geel voor het grootste deel van het land. "
     "Voor de strook van 20 kilometer langs de grens geldt kleurcode rood.",
     "yellow", [("de strook van 20 kilometer langs de grens", "red")]),
    ("Voor de grensstreek in het noorden is het reisadvies rood. In de provincies in het "
     "oosten geldt kleurcode oranje. Voor de meeste gebieden is de kleurcode geel.",
     "yellow", [("de grensstreek in het noorden", "red"),
                ("de provincies in het oosten", "orange")]),
    ("Voor het oosten van Tsjechië geldt kleurcode oranje. Voor de rest van Tsjechië geldt "
     "kleurcode geel.", "yellow", [("het oosten van Tsjechië", "orange")]),
])
def test_colour_sentence_variants(summary, colour, regions):
    found, found_regions = derive_colours(f"<li>{summary}</li>", [])
    assert found == colour
    assert [(r.name, r.colour) for r in found_regions] == regions


CORPUS = Path(__file__).resolve().parents[1] / "data" / "travel-advice-corpus"


def test_a_region_named_first_does_not_colour_the_whole_country():
    # Japan: "Het reisadvies voor het zuidoosten van Fukushima is rood ... de rest groen".
    doc = read_advice(CORPUS / "JPN.xml")
    assert doc.colour == "green"
    assert [(r.name, r.colour) for r in doc.regions] == [("het zuidoosten van Fukushima", "red")]


def test_the_colour_sentence_with_the_country_named_after_reisadvies():
    # India: "De kleurcode van het reisadvies van India is rood voor de regio's ...".
    doc = read_advice(CORPUS / "IND.xml")
    assert doc.colour == "yellow"
    assert any(r.colour == "red" and "Jammu en Kasjmir" in r.name for r in doc.regions)
