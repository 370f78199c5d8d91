"""Reading the Dutch government's travel-advice documents (open-data XML or JSON).

The colour (kleurcode) is not a field of its own: it is stated in fixed sentences
of the summary ("In het kort"), e.g. "De kleurcode van het reisadvies voor China is
geel." for the whole country, "De kleurcode van het reisadvies is rood voor …" and
"Kleurcode oranje geldt voor …" for regions, "Voor de rest van Turkije geldt
kleurcode geel." for the rest. Where the section "Regionale risico's" lists the
regions one by one ("Voor de volgende gebieden geldt kleurcode rood:" and a list),
those names are used; otherwise the regions as the summary names them. A place a list
item excepts with its own colour ("Behalve de stad Cúcuta (kleurcode oranje)") is a
region of its own. Where the summary states no colour for the country or its rest,
the colour is :data:`UNDETERMINED` (shown as "not determined: read the advice"), never
a guess. ``python -m almere_missions.security.advice_eval`` measures the reader on the
corpus of real documents in ``tests/data/travel-advice-corpus``.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element, ParseError

from defusedxml import ElementTree as SafeET

from almere_missions.errors import InvalidInput
from almere_missions.fileio import read_capped
from almere_missions.security.countries import alpha2
from almere_missions.timeutil import local_to_utc

COLOURS = ("green", "yellow", "orange", "red")
#: the colour the reader could not tell with confidence (stored as such; fits the column)
UNDETERMINED = "unknown"
DUTCH = {"groen": "green", "geel": "yellow", "oranje": "orange", "rood": "red"}
_C = r"(groen|geel|oranje|rood)"

# The meaning sentences, for advice whose colour sentence is missing (last resort).
_MEANING = (
    ("red", re.compile(r"wat uw situatie ook is:?\s*reis er niet heen", re.I)),
    ("orange", re.compile(r"alleen noodzakelijke reizen", re.I)),
    ("yellow", re.compile(r"maar let op:?\s*er zijn bijzondere veiligheidsrisico's", re.I)),
    ("green", re.compile(r"u kunt erheen reizen", re.I)),
)

# The fixed sentences, each read within one sentence: (pattern, default kind of place).
_KC = r"kleurcode (?:van|voor) het reisadvies"
_SENTENCES = (
    (re.compile(_KC + r" voor (?P<place>.+?) is (?P<most>voor het grootste deel )?" + _C + r"\b",
                re.I), "whole"),
    (re.compile(_KC + r"(?: van [^.]+?)? is " + _C + r" voor (?P<place>.+)", re.I), "region"),
    (re.compile(r"reisadvies voor (?P<place>.+?) heeft kleurcode " + _C + r"\b", re.I), "whole"),
    (re.compile(r"kleurcode " + _C + r" geldt (?:ook )?voor (?P<place>.+)", re.I), "region"),
    # a second sentence of the same colour paragraph: "De kleurcode is ook oranje voor …"
    (re.compile(r"\bde kleurcode is (?:ook )?" + _C + r" voor (?P<place>.+)", re.I), "region"),
    (re.compile(r"geldt kleurcode " + _C + r" voor (?P<place>.+)", re.I), "region"),
    (re.compile(r"(?:voor|in) (?P<place>.+?) geldt kleurcode " + _C + r"\b", re.I), "region"),
    (re.compile(r"(?:voor|in) (?P<place>.+?) is (?:het reisadvies|de kleurcode) " + _C + r"\b",
                re.I), "region"),
)
_REST = ("de rest van", "rest van het land", "de meeste gebieden", "het grootste deel",
         "het overige deel", "de overige gebieden", "overige delen")
_WHOLE_LAND = ("het hele land", "het gehele land", "heel het land")
# "Voor de volgende gebieden / grensgebieden tussen Kenia en Somalië / vulkanen geldt …"
# and "Kleurcode rood geldt voor:" with the list.
_LISTED = re.compile(r"(?:voor de volgende [^:<]{0,80}? geldt kleurcode\s+"
                     r"(?P<c1>groen|geel|oranje|rood)\s*:?"
                     r"|kleurcode\s+(?P<c2>groen|geel|oranje|rood)\s+geldt voor\s*:)"
                     r"\s*(?:</p>)?\s*"
                     r"<ul[^>]*>(?P<items>.*?)</ul>", re.I | re.S)
# Exceptions inside a list item, each with its own colour: "Behalve de stad Cúcuta
# (kleurcode oranje)", "(behalve de steden Gode en Harar, hiervoor geldt kleurcode geel)",
# "(voor de steden Islamabad en Lahore geldt de kleurcode geel)".
_EXCEPT_START = re.compile(r"\b(?:behalve|met uitzondering van)\b", re.I)
_EXCEPT_PAREN = re.compile(r"(?P<place>[^()]+?)\s*\((?:daarvoor |hiervoor )?(?:geldt )?(?:de )?"
                           r"kleurcode " + _C + r"\)", re.I)
_EXCEPT_TAIL = re.compile(r"\((?:behalve|met uitzondering van|voor) (?P<place>[^()]+?)[.,]?\s+"
                          r"(?:(?:hiervoor|daarvoor) )?geldt (?:de )?kleurcode " + _C + r"\)", re.I)
_LI = re.compile(r"<li[^>]*>(.*?)</li>", re.I | re.S)
_MODDATE = re.compile(r"gewijzigd op:?\s*(\d{1,2})-(\d{1,2})-(\d{4})", re.I)
_VALIDDATE = re.compile(r"geldig op:?\s*(\d{1,2})-(\d{1,2})-(\d{4})", re.I)

MAX_BYTES = 20_000_000


@dataclass(frozen=True)
class Region:
    name: str
    colour: str


@dataclass(frozen=True)
class AdviceDocument:
    """One country's travel advice, with the colours derived from its text."""

    country: str  # alpha-2
    iso3: str
    location: str
    colour: str  # the whole country, or the rest of it where regions differ; or UNDETERMINED
    regions: tuple[Region, ...]
    modified: datetime  # UTC
    modification_text: str
    still_valid_on: date | None
    summary: str
    source: str
    source_format: str  # xml, json
    sha256: str
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def worst_colour(self) -> str:
        return worst([self.colour, *(r.colour for r in self.regions)])


def worst(colours) -> str | None:
    """The worst colour; not determined where any colour is (it may be the worst)."""
    colours = list(colours)
    if UNDETERMINED in colours:
        return UNDETERMINED
    ranked = [c for c in colours if c in COLOURS]
    return max(ranked, key=COLOURS.index) if ranked else None


def plain_text(markup: str) -> str:
    """HTML to one line of text, with apostrophes straightened (’ and ‘ become ')."""
    text = re.sub(r"<[^>]+>", " ", markup or "")
    text = html.unescape(text)
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text).strip()


def _tidy_region(text: str) -> str:
    text = plain_text(text).strip(" ,;:.")
    return text


# --- colour derivation ----------------------------------------------------------

def _place_kind(place: str, default: str) -> str:
    text = place.strip().lower()
    if text.startswith("de volgende"):
        return "skip"  # the list follows in the regional section
    if any(marker in text for marker in _REST):
        return "rest"
    if text in _WHOLE_LAND or text.startswith(("heel ", "het hele ")):
        return "whole"
    return default


def _exceptions(item: str) -> list[Region]:
    """The places a list item excepts, with the colour the item gives each of them."""
    out = [Region(_tidy_region(m.group("place")), DUTCH[m.group(2).lower()])
           for m in _EXCEPT_TAIL.finditer(item)]
    start = _EXCEPT_START.search(item)
    if start:
        # "Behalve A (kleurcode geel) en B (kleurcode oranje)": a chain joined by "en" or ","
        rest = item[start.end():]
        for m in _EXCEPT_PAREN.finditer(rest):
            place = re.sub(r"^(?:en|of|,)\s+", "", m.group("place").strip(" ,"), flags=re.I)
            if place:
                out.append(Region(_tidy_region(place), DUTCH[m.group(2).lower()]))
            if re.match(r"\s*(?:en|,)\s", rest[m.end():], re.I) is None:
                break
    return list(dict.fromkeys(r for r in out if r.name))


def derive_colours(summary_html: str, sections_html: list[str],
                   location: str | None = None) -> tuple[str | None, list[Region]]:
    """The colour of the country (or of its rest) and of its regions, from the fixed sentences.

    With ``location`` (the country's name) known, "het reisadvies voor <place> is rood" is
    the whole country only when <place> is that name: otherwise it names a region.
    """
    summary = plain_text(summary_html)
    country: str | None = None
    rest: str | None = None
    intro_regions: list[Region] = []
    for sentence in re.split(r"(?<=[.!?])\s+", summary):
        for pattern, default in _SENTENCES:
            m = pattern.search(sentence)
            if not m:
                continue
            colour = next(DUTCH[g.lower()] for g in m.groups() if g and g.lower() in DUTCH)
            kind = "rest" if m.groupdict().get("most") else _place_kind(m.group("place"), default)
            if (kind == "whole" and location and default == "whole"
                    and m.group("place").strip().lower() != location.strip().lower()):
                kind = "region"
            if kind == "whole":
                country = country or colour
            elif kind == "rest":
                rest = rest or colour
            elif kind == "region":
                intro_regions.append(Region(_tidy_region(m.group("place")), colour))
            break

    # The regional section names the regions one by one: prefer those names per colour.
    listed: list[Region] = []
    for section in sections_html:
        normalised = section.replace("\u2019", "'")
        for m in _LISTED.finditer(normalised):
            colour = DUTCH[(m.group("c1") or m.group("c2")).lower()]
            for item in _LI.findall(m.group("items")):
                # "Noord-Sinaï (…).<br> In dit gebied …": the name, not the explanation.
                head = re.split(r"<br\s*/?>", item, maxsplit=1)[0]
                name = _tidy_region(re.split(r"(?<=[.!?])\s+(?=[A-Z])", plain_text(head))[0])
                exceptions = _exceptions(plain_text(item))
                if exceptions:
                    # the exceptions are regions of their own: the name keeps the area only
                    name = _tidy_region(re.split(r"\s*\((?:behalve|met uitzondering|voor )",
                                                 name, maxsplit=1, flags=re.I)[0])
                if name:
                    listed.append(Region(name, colour))
                listed.extend(exceptions)
    listed_colours = {r.colour for r in listed}
    regions = listed + [r for r in intro_regions if r.colour not in listed_colours]
    regions = list(dict.fromkeys(regions))

    colour = country or rest
    if colour is None and not regions:
        for meaning, pattern in _MEANING:
            if pattern.search(summary):
                colour = meaning
                break
    return colour, regions


# --- documents ---------------------------------------------------------------------

def _parse_modified(lastmodified: str | None, modification_text: str, where: str) -> datetime:
    if lastmodified:
        text = lastmodified.strip().replace("Z", "+00:00")
        try:
            value = datetime.fromisoformat(text)
        except ValueError:
            raise InvalidInput(f"lastmodified {lastmodified!r} is not an ISO 8601 instant",
                               file=where, field="lastmodified") from None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).replace(microsecond=0)
    m = _MODDATE.search(modification_text or "")
    if m:
        day = date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        return local_to_utc(datetime.combine(day, time(0, 0)), "Europe/Amsterdam")
    raise InvalidInput("the advice has no modification date (lastmodified or modificationdate)",
                       file=where, field="lastmodified")


def _still_valid(modification_text: str) -> date | None:
    m = _VALIDDATE.search(modification_text or "")
    if not m:
        return None
    try:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None


def _build(fields: dict[str, Any], sections: list[str], *, source: str, fmt: str,
           digest: str) -> AdviceDocument:
    iso = (fields.get("isocode") or fields.get("id") or "").strip()
    if not iso:
        raise InvalidInput("the advice names no country (isocode)", file=source, field="isocode")
    country = alpha2(iso)
    if country is None:
        raise InvalidInput(f"unknown country code {iso!r}", file=source, field="isocode")
    intro = fields.get("introduction") or ""
    if not intro.strip():
        raise InvalidInput("the advice has no summary (introduction) to read the colour from",
                           file=source, field="introduction")
    colour, regions = derive_colours(intro, sections, (fields.get("location") or "").strip() or None)
    if colour is None:
        if not regions:
            raise InvalidInput("no colour sentence found in the summary (introduction)",
                               file=source, field="introduction")
        # Only regional sentences: the rest of the country is not stated, and guessing it
        # (from the mildest region, say) could be a confident wrong colour. Say so instead.
        colour = UNDETERMINED
    modification_text = (fields.get("modificationdate") or "").strip()
    return AdviceDocument(
        country=country, iso3=iso.upper()[:3], location=(fields.get("location") or "").strip(),
        colour=colour, regions=tuple(regions),
        modified=_parse_modified(fields.get("lastmodified"), modification_text, source),
        modification_text=modification_text, still_valid_on=_still_valid(modification_text),
        summary=plain_text(intro), source=source, source_format=fmt, sha256=digest,
        extra={"license": fields.get("license") or "", "canonical": fields.get("canonical") or ""})


def _text(el: Element | None) -> str:
    return "".join(el.itertext()) if el is not None else ""


def parse_xml(data: bytes, source: str, digest: str) -> AdviceDocument:
    try:
        root = SafeET.fromstring(data)
    except ParseError as exc:
        line, col = getattr(exc, "position", (None, None))
        where = f"line {line}, column {col}" if line else None
        raise InvalidInput(f"not well-formed XML ({exc})", file=source, record=where) from None
    except Exception as exc:  # defusedxml refuses entity tricks
        raise InvalidInput(f"refused XML: {exc}", file=source) from None
    if root.tag != "document":
        raise InvalidInput(f"not a travel-advice document (root element <{root.tag}>)", file=source)
    fields = {child.tag: _text(child) for child in root if len(child) == 0 or child.tag == "introduction"}
    sections = [_text(p) for p in root.iter("paragraph")]
    doc_type = (fields.get("type") or "reisadvies").strip()
    if doc_type != "reisadvies":
        raise InvalidInput(f"not a travel advice (type {doc_type!r})", file=source, field="type")
    return _build(fields, sections, source=source, fmt="xml", digest=digest)


def _walk_paragraphs(value: Any, out: list[str]) -> None:
    if isinstance(value, dict):
        for key, inner in value.items():
            if key == "paragraph" and isinstance(inner, str):
                out.append(inner)
            else:
                _walk_paragraphs(inner, out)
    elif isinstance(value, list):
        for inner in value:
            _walk_paragraphs(inner, out)


def parse_json(data: bytes, source: str, digest: str) -> AdviceDocument:
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise InvalidInput(f"not UTF-8 text ({exc.reason})", file=source) from None
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"not valid JSON ({exc.msg})", file=source,
                           record=f"line {exc.lineno}, column {exc.colno}") from None
    # The API answers with the document itself; some clients wrap it in a list or "document".
    if isinstance(doc, list) and len(doc) == 1:
        doc = doc[0]
    if isinstance(doc, dict) and isinstance(doc.get("document"), dict):
        doc = doc["document"]
    if not isinstance(doc, dict):
        raise InvalidInput("a travel-advice JSON document must be an object", file=source)
    fields = {k: v for k, v in doc.items() if isinstance(v, str)}
    doc_type = (fields.get("type") or "reisadvies").strip()
    if doc_type != "reisadvies":
        raise InvalidInput(f"not a travel advice (type {doc_type!r})", file=source, field="type")
    sections: list[str] = []
    _walk_paragraphs(doc.get("content"), sections)
    return _build(fields, sections, source=source, fmt="json", digest=digest)


def parse_advice(data: bytes, source: str) -> AdviceDocument:
    """A travel-advice document, XML or JSON, recognised by its content."""
    digest = hashlib.sha256(data).hexdigest()
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if head == b"<":
        return parse_xml(data, source, digest)
    if head in (b"{", b"["):
        return parse_json(data, source, digest)
    raise InvalidInput("neither XML nor JSON: not a travel-advice document", file=source)


def read_advice(path: str | Path) -> AdviceDocument:
    path = Path(path)
    data = read_capped(path, MAX_BYTES,
                       lambda size: f"file too large for a travel advice ({size} bytes)")
    return parse_advice(data, str(path))
