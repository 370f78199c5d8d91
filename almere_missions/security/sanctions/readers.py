"""Readers for the EU consolidated financial sanctions list (XML 1.1 and its
semicolon CSV) and the UN Security Council consolidated list (XML).

A file is recognised by its content, never by its name: the EU XML by its
``export`` root in the FSD namespace, the UN XML by ``CONSOLIDATED_LIST``, the
EU CSV by its header (``Entity_LogicalId`` and ``NameAlias_WholeName``). A
truncated or malformed file is refused naming the file and the line or record;
unknown extra elements, attributes and columns are ignored.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

from defusedxml import ElementTree as SafeET

from almere_missions.errors import InvalidInput
from almere_missions.fileio import read_capped
from almere_missions.security.countries import alpha2, alpha2_from_name
from almere_missions.security.matching import ListedEntity, sex_code

EU_NS = "http://eu.europa.ec/fpi/fsd/export"
MAX_BYTES = 300_000_000


@dataclass(frozen=True)
class ListFile:
    """One sanctions list as read, with its provenance."""

    source: str  # EU, UN
    file_format: str  # eu-xml, eu-csv, un-xml
    generated: datetime  # UTC
    generated_text: str  # as the file states it
    sha256: str
    file_name: str
    entities: tuple[ListedEntity, ...]

    @property
    def entity_count(self) -> int:
        return len(self.entities)

    @property
    def name_count(self) -> int:
        return sum(len(e.names) for e in self.entities)


def _instant(text: str, where: str, field: str) -> datetime:
    value = (text or "").strip()
    if not value:
        raise InvalidInput("the list states no generation date", file=where, field=field)
    for parse in (_iso, _dmy):
        found = parse(value)
        if found is not None:
            return found
    raise InvalidInput(f"generation date {value!r} is not a date", file=where, field=field)


def _iso(value: str) -> datetime | None:
    try:
        found = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if found.tzinfo is None:
        found = found.replace(tzinfo=UTC)
    return found.astimezone(UTC)


def _dmy(value: str) -> datetime | None:
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", value)
    if not m:
        return None
    try:
        return datetime(int(m.group(3)), int(m.group(2)), int(m.group(1)), tzinfo=UTC)
    except ValueError:
        return None


def _kind(code: str) -> str:
    code = (code or "").strip().lower()
    if code in ("person", "p", "individual"):
        return "person"
    if code in ("enterprise", "e", "entity", "organisation", "organization"):
        return "organisation"
    return "unknown"


def _date_value(full: str, year: str = "", lo: str = "", hi: str = "") -> str | None:
    full, year, lo, hi = (v.strip() for v in (full or "", year or "", lo or "", hi or ""))
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", full):
        return full
    if re.fullmatch(r"\d{4}", year):
        return year
    if re.fullmatch(r"\d{4}", lo) and re.fullmatch(r"\d{4}", hi):
        return lo if lo == hi else f"{lo}/{hi}"
    if re.fullmatch(r"\d{4}", full):
        return full
    return None


def _parse_xml(data: bytes, where: str) -> Element:
    try:
        return SafeET.fromstring(data)
    except ParseError as exc:
        line, col = getattr(exc, "position", (None, None))
        raise InvalidInput(f"not well-formed XML ({exc}); the file may be truncated",
                           file=where, record=f"line {line}, column {col}" if line else None
                           ) from None
    except Exception as exc:  # defusedxml refuses entity expansion and external references
        raise InvalidInput(f"refused XML: {exc}", file=where) from None


# --- EU XML ---------------------------------------------------------------------------

def _eu_tag(name: str) -> str:
    return f"{{{EU_NS}}}{name}"


def read_eu_xml(root: Element, where: str, digest: str) -> ListFile:
    generated_text = root.get("generationDate", "")
    generated = _instant(generated_text, where, "generationDate")
    entities = []
    seen: set[str] = set()
    for n, el in enumerate(root.iter(_eu_tag("sanctionEntity")), 1):
        logical = (el.get("logicalId") or "").strip()
        if not logical:
            raise InvalidInput("a sanctionEntity without logicalId", file=where,
                               record=f"sanctionEntity {n}", field="logicalId")
        if logical in seen:
            raise InvalidInput(f"logicalId {logical} appears twice", file=where,
                               record=f"sanctionEntity {logical}", field="logicalId")
        seen.add(logical)
        subject = el.find(_eu_tag("subjectType"))
        names = []
        sexes = []
        for alias in el.findall(_eu_tag("nameAlias")):
            sexes.append(sex_code(alias.get("gender")))
            whole = (alias.get("wholeName") or "").strip()
            if not whole:
                parts = [alias.get(k, "").strip() for k in ("firstName", "middleName", "lastName")]
                whole = " ".join(p for p in parts if p)
            if whole:
                names.append(whole)
        births = []
        for b in el.findall(_eu_tag("birthdate")):
            value = _date_value(b.get("birthdate", ""), b.get("year", ""),
                                b.get("yearRangeFrom", ""), b.get("yearRangeTo", ""))
            if value:
                births.append(value)
        nationalities = []
        for c in el.findall(_eu_tag("citizenship")):
            code = alpha2(c.get("countryIso2Code", ""))
            if code:
                nationalities.append(code)
        entities.append(ListedEntity(
            source="EU", entity_id=logical,
            kind=_kind(subject.get("code", "") if subject is not None else ""),
            names=tuple(dict.fromkeys(names)), birth_dates=tuple(dict.fromkeys(births)),
            nationalities=tuple(dict.fromkeys(nationalities)),
            reference=el.get("euReferenceNumber", ""), gender=_one_sex(sexes)))
    if not entities:
        raise InvalidInput("the list holds no sanctionEntity", file=where)
    return ListFile("EU", "eu-xml", generated, generated_text, digest, where, tuple(entities))


def _one_sex(values: list[str]) -> str:
    """The sex the name aliases agree on; none when they disagree or do not say."""
    found = {v for v in values if v}
    return found.pop() if len(found) == 1 else ""


# --- EU CSV ---------------------------------------------------------------------------

_EU_CSV_REQUIRED = ("Entity_LogicalId", "NameAlias_WholeName")


def read_eu_csv(text: str, where: str, digest: str) -> ListFile:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=";", strict=True)
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        raise InvalidInput("empty or unreadable CSV", file=where) from None
    header = [h.strip().lstrip("\ufeff") for h in header]
    missing = [h for h in _EU_CSV_REQUIRED if h not in header]
    if missing:
        raise InvalidInput(f"not an EU sanctions CSV: column {missing[0]} is missing",
                           file=where, record="line 1", field=missing[0])
    col = {h: i for i, h in enumerate(header)}

    def get(row: list[str], name: str) -> str:
        i = col.get(name)
        return row[i].strip() if i is not None and i < len(row) else ""

    by_id: dict[str, dict] = {}
    generated_text = ""
    try:
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                raise InvalidInput(f"{len(row)} fields where the header has {len(header)}; "
                                   "the file may be truncated", file=where, record=f"line {line}")
            logical = get(row, "Entity_LogicalId")
            if not logical.isdigit():
                raise InvalidInput(f"Entity_LogicalId {logical!r} is not a number", file=where,
                                   record=f"line {line}", field="Entity_LogicalId")
            generated_text = generated_text or get(row, "fileGenerationDate")
            entry = by_id.setdefault(logical, {
                "kind": "unknown", "names": [], "births": [], "nats": [], "ref": "", "sexes": []})
            kind = _kind(get(row, "Entity_SubjectType"))
            if kind == "unknown":
                kind = _kind(get(row, "Entity_SubjectType_ClassificationCode"))
            if kind != "unknown":
                entry["kind"] = kind
            entry["ref"] = entry["ref"] or get(row, "Entity_EU_ReferenceNumber")
            whole = get(row, "NameAlias_WholeName") or " ".join(
                p for p in (get(row, "NameAlias_FirstName"), get(row, "NameAlias_MiddleName"),
                            get(row, "NameAlias_LastName")) if p)
            if whole:
                entry["names"].append(whole)
            entry["sexes"].append(sex_code(get(row, "NameAlias_Gender")))
            born = _date_value(get(row, "BirthDate_BirthDate"), get(row, "BirthDate_Year"),
                               get(row, "BirthDate_YearRangeFrom"), get(row, "BirthDate_YearRangeTo"))
            if born:
                entry["births"].append(born)
            nat = alpha2(get(row, "Citizenship_CountryIso2Code"))
            if nat:
                entry["nats"].append(nat)
    except csv.Error as exc:
        raise InvalidInput(f"malformed CSV ({exc}); the file may be truncated", file=where,
                           record=f"line {reader.line_num}") from None
    if not by_id:
        raise InvalidInput("the list holds no entities", file=where)
    generated = _instant(generated_text, where, "fileGenerationDate")
    entities = tuple(
        ListedEntity(source="EU", entity_id=logical, kind=e["kind"],
                     names=tuple(dict.fromkeys(e["names"])),
                     birth_dates=tuple(dict.fromkeys(e["births"])),
                     nationalities=tuple(dict.fromkeys(e["nats"])), reference=e["ref"],
                     gender=_one_sex(e["sexes"]))
        for logical, e in by_id.items())
    return ListFile("EU", "eu-csv", generated, generated_text, digest, where, entities)


# --- UN XML ---------------------------------------------------------------------------

def _txt(el: Element | None) -> str:
    return (el.text or "").strip() if el is not None else ""


def _un_entities(root: Element, where: str) -> Iterator[ListedEntity]:
    seen: set[str] = set()
    for wrapper, tag, kind in (("INDIVIDUALS", "INDIVIDUAL", "person"),
                               ("ENTITIES", "ENTITY", "organisation")):
        for n, el in enumerate(root.iterfind(f"{wrapper}/{tag}"), 1):
            data_id = _txt(el.find("DATAID")) or _txt(el.find("REFERENCE_NUMBER"))
            if not data_id:
                raise InvalidInput(f"an {tag} without DATAID", file=where,
                                   record=f"{tag} {n}", field="DATAID")
            if data_id in seen:
                raise InvalidInput(f"DATAID {data_id} appears twice", file=where,
                                   record=f"{tag} {data_id}", field="DATAID")
            seen.add(data_id)
            parts = [_txt(el.find(k)) for k in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME",
                                                "FOURTH_NAME")]
            names = [" ".join(p for p in parts if p)]
            names.append(_txt(el.find("NAME_ORIGINAL_SCRIPT")))
            for alias in el.findall(f"{tag}_ALIAS"):
                names.append(_txt(alias.find("ALIAS_NAME")))
            births = []
            for b in el.findall("INDIVIDUAL_DATE_OF_BIRTH"):
                value = _date_value(_txt(b.find("DATE")), _txt(b.find("YEAR")),
                                    _txt(b.find("FROM_YEAR")), _txt(b.find("TO_YEAR")))
                if value:
                    births.append(value[:10])
            nationalities = []
            for v in el.iterfind("NATIONALITY/VALUE"):
                code = alpha2_from_name(_txt(v))
                if code:
                    nationalities.append(code)
            yield ListedEntity(
                source="UN", entity_id=data_id, kind=kind,
                names=tuple(dict.fromkeys(_reorder(n) for n in names if n)),
                birth_dates=tuple(dict.fromkeys(births)),
                nationalities=tuple(dict.fromkeys(nationalities)),
                reference=_txt(el.find("REFERENCE_NUMBER")))


def _reorder(name: str) -> str:
    """The UN writes some aliases as "Surname, Given names"; word order does not matter
    to the matcher, but the comma would stay in the shown name."""
    return " ".join(name.replace(",", " ").split())


def read_un_xml(root: Element, where: str, digest: str) -> ListFile:
    generated_text = root.get("dateGenerated", "")
    generated = _instant(generated_text, where, "dateGenerated")
    entities = tuple(_un_entities(root, where))
    if not entities:
        raise InvalidInput("the list holds no INDIVIDUAL or ENTITY", file=where)
    return ListFile("UN", "un-xml", generated, generated_text, digest, where, entities)


# --- recognising --------------------------------------------------------------------

def parse_list(data: bytes, where: str) -> ListFile:
    """A sanctions list of any supported kind, recognised by its content."""
    digest = hashlib.sha256(data).hexdigest()
    stripped = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped[:1] == b"<":
        root = _parse_xml(data, where)
        if root.tag == _eu_tag("export"):
            return read_eu_xml(root, where, digest)
        if root.tag == "CONSOLIDATED_LIST":
            return read_un_xml(root, where, digest)
        raise InvalidInput(f"an XML file, but not a known sanctions list (root <{root.tag}>)",
                           file=where)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidInput(f"neither XML nor UTF-8 text (byte {exc.start})", file=where) from None
    first = text.split("\n", 1)[0]
    if ";" in first and "Entity_LogicalId" in first:
        return read_eu_csv(text, where, digest)
    raise InvalidInput("not a known sanctions list (EU XML or CSV, UN XML)", file=where)


def read_list(path: str | Path) -> ListFile:
    path = Path(path)
    data = read_capped(path, MAX_BYTES, lambda _size: "file too large for a sanctions list")
    return parse_list(data, str(path))
