"""Validation of an exchange document, before anything is written.

The whole file is checked first; every problem is reported with the file,
the record (``missions[3] ref=FLO-017: programme[5] ref=...``) and the field.
The result is a normalised document: the same shape as an export, with
times as UTC instants, so that the writer compares and stores without
thinking again.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from almere_missions import codes, fields
from almere_missions.errors import InvalidInput
from almere_missions.timeutil import TimeProblem, day_start_utc, parse_local

FORMAT = "almere-missions/2"
#: the versions read: a version 1 file (missions, persons, venues) is read unchanged
FORMATS = ("almere-missions/1", FORMAT)
#: what version 2 adds at the top level (``relations.records.KINDS``, and the optional
#: logistics section of ``exchange.logistics``)
V2_KEYS = ("partners", "partnerships", "outcomes", "followups", "gifts", "logistics")
MAX_REPORTED = 50
_DECIMAL = re.compile(r"^-?\d{1,12}(\.\d{1,4})?$")


class ExchangeErrors(InvalidInput):
    """All problems of one file; the message lists each on its own line."""

    def __init__(self, file: str, problems: list[str]):
        self.problems = problems
        shown = problems[:MAX_REPORTED]
        more = len(problems) - len(shown)
        text = "\n".join(shown) + (f"\n… and {more} more problems" if more > 0 else "")
        super().__init__(text)
        self.file = file


@dataclass
class ItemRec:
    ref: str
    kind: str
    title: Any
    description: Any
    start_utc: datetime
    end_utc: datetime
    timezone: str
    end_timezone: str | None
    all_day: bool
    venue: str | None
    to_venue: str | None
    participants: list[str] | None  # None: everyone in the mission
    status: str
    public: bool
    notes: str | None
    position: int


@dataclass
class MissionRec:
    ref: str
    fields: dict[str, Any]  # scalar and list columns of the mission table
    participants: list[tuple[str, str]]  # (person ref, role)
    items: list[ItemRec]
    costs: list[dict[str, Any]]
    index: int


@dataclass
class Document:
    persons: list[dict[str, Any]] = field(default_factory=list)  # canonical person docs
    venues: list[dict[str, Any]] = field(default_factory=list)
    missions: list[MissionRec] = field(default_factory=list)
    #: version 2: canonical relations records per kind, and per mission ref its partners
    #: (only for missions whose record says, so a version 1 file leaves links alone)
    relations: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    mission_partners: dict[str, list[str]] = field(default_factory=dict)
    #: the logistics section's canonical records per kind; None: the file has none, so the
    #: database's logistics are left alone
    logistics: dict[str, list[dict[str, Any]]] | None = None


@dataclass
class KnownRefs:
    """What the database already holds, for references the file does not define."""

    persons: set[str] = field(default_factory=set)
    venues: dict[str, str] = field(default_factory=dict)  # ref -> zone
    themes: set[str] = field(default_factory=set)
    goals: set[str] = field(default_factory=set)
    missions: dict[str, tuple[date, date]] = field(default_factory=dict)
    partners: set[str] = field(default_factory=set)
    partnerships: set[str] = field(default_factory=set)
    #: the database's refs for the logistics section (``exchange.logistics.Known``); read
    #: only for a file that has one
    logistics: Any = None


class _Check:
    """Collects problems with where they are."""

    def __init__(self, file: str, problems: list[str] | None = None):
        self.file = file
        self.problems: list[str] = [] if problems is None else problems

    def fail(self, where: str, fld: str | None, message: str) -> None:
        place = f"{self.file}: {where}" if where else self.file
        self.problems.append(f"{place}: field {fld}: {message}" if fld else f"{place}: {message}")

    def objects(self, obj: dict, key: str, where: str, *, named: bool = False,
                not_object: str = "must be an object") -> Iterator[tuple[str, dict]]:
        """``(where, entry)`` of each object in the list ``obj[key]`` (``named``: the where
        says the entry's ref); a value that is no list and an entry that is no object are
        noted and passed over."""
        rows = obj.get(key, [])
        if not isinstance(rows, list):
            self.fail(where, key, "must be a list")
            rows = []
        for j, entry in enumerate(rows):
            ref = entry.get("ref") if named and isinstance(entry, dict) else None
            at = f"{where}: {key}[{j}]" + (f" ref={ref}" if isinstance(ref, str) else "")
            if not isinstance(entry, dict):
                self.fail(at, None, not_object)
                continue
            yield at, entry

    # Typed getters return None (and note the problem) when the value is wrong.

    def given(self, obj: dict, key: str, where: str, required: bool) -> Any:
        """``obj[key]``; None when it is absent or null (a problem when ``required``)."""
        value = obj.get(key)
        if value is None and required:
            self.fail(where, key, "is required")
        return value

    def string(self, obj: dict, key: str, where: str, *, required: bool = False) -> str | None:
        value = self.given(obj, key, where, required)
        if value is None:
            return None
        if not isinstance(value, str):
            self.fail(where, key, f"must be a string, not {type(value).__name__}")
            return None
        if required and not value.strip():
            self.fail(where, key, fields.EMPTY)
            return None
        return value

    def boolean(self, obj: dict, key: str, where: str, default: bool) -> bool:
        value = obj.get(key, default)
        if value is None:
            return default
        if not isinstance(value, bool):
            self.fail(where, key, f"must be true or false, not {value!r}")
            return default
        return value

    def text(self, obj: dict, key: str, where: str, *, required: bool = False) -> Any:
        value = self.given(obj, key, where, required)
        if value is None:
            return None
        if isinstance(value, str):
            if required and not value.strip():
                self.fail(where, key, fields.EMPTY)
            return value
        if isinstance(value, dict):
            if not value:
                self.fail(where, key, "needs at least one language")
                return None
            for tag, val in value.items():
                if problem := fields.language(tag):
                    self.fail(where, key, problem)
                    return None
                if not isinstance(val, str):
                    self.fail(where, f"{key}.{tag}", "must be a string")
                    return None
            return dict(value)
        self.fail(where, key, "must be a string or an object of translations")
        return None

    def string_list(self, obj: dict, key: str, where: str) -> list[str] | None:
        value = obj.get(key)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail(where, key, "must be a list of strings")
            return None
        return list(value)

    def country_list(self, obj: dict, key: str, where: str, *, required: bool = False) -> list[str]:
        values = self.string_list(obj, key, where)
        if values is None:
            return []
        if required and not values:
            self.fail(where, key, fields.NO_COUNTRY)
        self.each(where, key, fields.country, values)
        return values

    def each(self, where: str, key: str, rule, values) -> None:
        """Note what ``rule`` finds wrong with each of ``values``."""
        for v in values:
            if problem := rule(v):
                self.fail(where, key, problem)

    def date_(self, obj: dict, key: str, where: str, *, required: bool = False) -> date | None:
        value = self.given(obj, key, where, required)
        if value is None:
            return None
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            try:
                return date.fromisoformat(value)
            except ValueError as exc:
                self.fail(where, key, f"{value!r} is not a date: {exc}")
                return None
        self.fail(where, key, f"{value!r} is not a date such as 2022-04-20")
        return None

    def zone(self, obj: dict, key: str, where: str, *, required: bool = False) -> str | None:
        value = self.given(obj, key, where, required)
        if value is None:
            return None
        if problem := fields.zone(value):
            self.fail(where, key, problem)
            return None
        return value

    def enum(self, obj: dict, key: str, where: str, allowed: tuple[str, ...],
             default: str | None = None) -> str | None:
        value = obj.get(key, default)
        if value is None:
            if default is None:
                self.fail(where, key, "is required")
            return default
        if problem := fields.choice(value, allowed):
            self.fail(where, key, problem)
            return default
        return value

    def number(self, obj: dict, key: str, where: str, rule) -> float | None:
        value = obj.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.fail(where, key, f"must be a number, not {value!r}")
            return None
        if problem := rule(value):
            self.fail(where, key, problem)
            return None
        return float(value)


def _list(ck: _Check, doc: dict, key: str) -> list:
    value = doc.get(key, [])
    if not isinstance(value, list):
        ck.fail("", key, "must be a list")
        return []
    return value


def _record(ck: _Check, kind: str, i: int, raw: Any) -> tuple[str, dict | None]:
    ref = raw.get("ref") if isinstance(raw, dict) else None
    where = f"{kind}[{i}]" + (f" ref={ref}" if isinstance(ref, str) else "")
    if not isinstance(raw, dict):
        ck.fail(where, None, "must be an object")
        return where, None
    return where, raw


def _checked(ck: _Check, items: list, kind: str, check: Callable[[dict, str, int], Any],
             seen: set[str], ref_of: Callable[[Any], str] = lambda doc: doc["ref"]
             ) -> Iterator[Any]:
    """What ``check(record, where, index)`` makes of each record of a top-level list, but
    for those it refuses (None); ``seen`` collects the refs, and a ref met twice is noted."""
    for i, item in enumerate(items):
        where, r = _record(ck, kind, i, item)
        if r is None:
            continue
        doc = check(r, where, i)
        if doc is None:
            continue
        if ref_of(doc) in seen:
            ck.fail(where, "ref", f"duplicate ref {ref_of(doc)!r}")
        seen.add(ref_of(doc))
        yield doc


def validate(raw: Any, file: str, known: KnownRefs | None = None) -> Document:
    """Check a parsed exchange document; raise :class:`ExchangeErrors` listing every problem."""
    known = known or KnownRefs()
    ck = _Check(file)
    if not isinstance(raw, dict):
        raise ExchangeErrors(file, [f"{file}: the document must be a JSON object"])
    if raw.get("format") not in FORMATS:
        ck.fail("", "format", f"must be {FORMAT!r} (or {FORMATS[0]!r}), not "
                              f"{raw.get('format')!r}")
    elif raw.get("format") == FORMATS[0]:
        for key in V2_KEYS:
            if key in raw:
                ck.fail("", key, f"belongs to format {FORMAT!r}; this file says "
                                 f"{FORMATS[0]!r}")
    out = Document()

    person_refs: set[str] = set()
    out.persons.extend(_checked(ck, _list(ck, raw, "persons"), "persons",
                                lambda p, where, _i: _person(ck, p, where), person_refs))

    venue_zones: dict[str, str] = dict(known.venues)
    for doc in _checked(ck, _list(ck, raw, "venues"), "venues",
                        lambda v, where, _i: _venue(ck, v, where), set()):
        venue_zones[doc["ref"]] = doc["timezone"]
        out.venues.append(doc)

    all_persons = person_refs | known.persons
    item_refs: set[str] = set()
    out.missions.extend(_checked(
        ck, _list(ck, raw, "missions"), "missions",
        lambda m, where, i: _mission(ck, m, where, i, all_persons, venue_zones, item_refs, known),
        set(), ref_of=lambda rec: rec.ref))

    if raw.get("format") == FORMAT:
        _relations(ck, raw, out, person_refs | known.persons, known)
        if "logistics" in raw:
            _logistics(ck, raw["logistics"], out, known)

    if ck.problems:
        raise ExchangeErrors(file, ck.problems)
    return out


def _logistics(ck: _Check, raw: Any, out: Document, known: KnownRefs) -> None:
    from almere_missions.exchange import logistics

    base = known.logistics or logistics.Known(persons=set(known.persons),
                                              venues=set(known.venues),
                                              missions=set(known.missions))
    kn = base.with_file(out.persons, out.venues, out.missions)
    out.logistics = logistics.check(ck, raw, kn)


def _relations(ck: _Check, raw: dict, out: Document, persons: set[str],
               known: KnownRefs) -> None:
    """Version 2: the relations records, checked against the file and the database."""
    from almere_missions.relations import records

    ck = records.Check(ck.file, problems=ck.problems)
    kn = records.Known(persons=persons, partners=set(known.partners),
                       partnerships=set(known.partnerships), missions=dict(known.missions),
                       themes=known.themes, goals=known.goals)
    for m in out.missions:
        kn.missions[m.ref] = (m.fields["start_date"], m.fields["end_date"])
    lists = {kind: _list(ck, raw, kind) for kind in records.KINDS}
    # refs first, so a record may point at one that comes later in the file
    for kind, pool in (("partners", kn.partners), ("partnerships", kn.partnerships)):
        pool.update(r["ref"] for r in lists[kind] if isinstance(r, dict)
                    and isinstance(r.get("ref"), str))
    for kind in records.KINDS:
        out.relations[kind] = list(_checked(
            ck, lists[kind], kind,
            lambda r, where, _i, kind=kind: records.CHECKS[kind](ck, r, where, kn), set()))
    for i, m in enumerate(_list(ck, raw, "missions")):
        if not isinstance(m, dict) or "partners" not in m:
            continue
        where = f"missions[{i}]" + (f" ref={m.get('ref')}" if isinstance(m.get("ref"), str)
                                    else "")
        refs = ck.refs_to(m, "partners", where, kn.partners, "partner")
        if isinstance(m.get("ref"), str):
            out.mission_partners[m["ref"]] = refs


def _person(ck: _Check, p: dict, where: str) -> dict | None:
    before = len(ck.problems)
    doc: dict[str, Any] = {"ref": ck.string(p, "ref", where, required=True),
                           "name": ck.string(p, "name", where, required=True)}
    for key in ("latin_name", "organisation", "function", "email", "phone", "dietary",
                "accessibility"):
        value = ck.string(p, key, where)
        if value is not None and value != "":
            doc[key] = value
    if "email" in doc:
        ck.each(where, "email", fields.email, [doc["email"].strip()])
    nat = ck.country_list(p, "nationality", where)
    if nat:
        doc["nationality"] = nat
    birth = ck.date_(p, "birth_date", where)
    if birth:
        ck.each(where, "birth_date", fields.birth_date, [birth])
        doc["birth_date"] = birth.isoformat()
    langs = ck.string_list(p, "languages", where) or []
    ck.each(where, "languages", fields.language, langs)
    if langs:
        doc["languages"] = langs
    doc["staff"] = ck.boolean(p, "staff", where, False)
    return doc if len(ck.problems) == before else None


def _venue(ck: _Check, v: dict, where: str) -> dict | None:
    before = len(ck.problems)
    doc: dict[str, Any] = {"ref": ck.string(v, "ref", where, required=True),
                           "name": ck.text(v, "name", where, required=True)}
    for key in ("address", "city"):
        value = ck.string(v, key, where)
        if value:
            doc[key] = value
    country = ck.string(v, "country", where, required=True)
    if country is not None:
        ck.each(where, "country", fields.country, [country])
    doc["country"] = country
    doc["timezone"] = ck.zone(v, "timezone", where, required=True)
    lat = ck.number(v, "lat", where, fields.latitude)
    lon = ck.number(v, "lon", where, fields.longitude)
    if (lat is None) != (lon is None) and ("lat" in v) != ("lon" in v):
        ck.fail(where, "lat" if lat is None else "lon", "lat and lon go together")
    if lat is not None and lon is not None:
        doc["lat"], doc["lon"] = lat, lon
    cap = v.get("capacity")
    if cap is not None:
        if isinstance(cap, bool) or not isinstance(cap, int):
            ck.fail(where, "capacity", f"must be a whole number, not {cap!r}")
        elif problem := fields.capacity(cap):
            ck.fail(where, "capacity", problem)
        else:
            doc["capacity"] = cap
    if ck.boolean(v, "exclusive", where, False):
        doc["exclusive"] = True
    return doc if len(ck.problems) == before else None


def _mission(ck: _Check, m: dict, where: str, index: int, persons: set[str],
             venue_zones: dict[str, str], item_refs: set[str], known: KnownRefs) -> MissionRec | None:
    before = len(ck.problems)
    ref = ck.string(m, "ref", where, required=True)
    direction = ck.enum(m, "direction", where, codes.DIRECTIONS)
    title = ck.text(m, "title", where, required=True)
    purpose = ck.text(m, "purpose", where)
    start = ck.date_(m, "start", where, required=True)
    end = ck.date_(m, "end", where, required=True)
    if start and end:
        ck.each(where, "end", lambda e: fields.mission_dates(start, e), [end])
    tz = ck.zone(m, "timezone", where, required=True)
    countries = ck.country_list(m, "countries", where, required=True)
    cities = ck.string_list(m, "cities", where) or []
    themes = ck.string_list(m, "themes", where) or []
    goals = ck.string_list(m, "goals", where) or []
    ck.each(where, "themes", lambda c: fields.policy_code("theme", c, known.themes), themes)
    ck.each(where, "goals", lambda c: fields.policy_code("goal", c, known.goals), goals)
    columns = {
        "direction": direction, "title": title, "purpose": purpose, "start_date": start,
        "end_date": end, "timezone": tz, "countries": countries, "cities": cities,
        "counterpart": ck.string(m, "counterpart", where) or None,
        "themes": themes, "goals": goals,
        "lead_department": ck.string(m, "lead_department", where) or None,
        "welcome": ck.text(m, "welcome", where),
    }

    participants: list[tuple[str, str]] = []
    mission_persons: set[str] = set()
    for pw, part in ck.objects(m, "participants", where):
        person = ck.string(part, "person", pw, required=True)
        role = ck.enum(part, "role", pw, codes.PARTICIPANT_ROLES)
        if person and person not in persons:
            ck.fail(pw, "person", f"no person with ref {person!r} in the file or the database")
        if person and role:
            if (person, role) in participants:
                ck.fail(pw, "person", f"{person!r} is listed twice as {role}")
            participants.append((person, role))
            mission_persons.add(person)

    items: list[ItemRec] = []
    # (an entry that is no object refuses the mission, so the positions count objects only)
    for j, (iw, raw) in enumerate(ck.objects(m, "programme", where, named=True)):
        rec = _item(ck, raw, iw, j, tz, venue_zones, mission_persons)
        if rec is None:
            continue
        if rec.ref in item_refs:
            ck.fail(iw, "ref", f"duplicate item ref {rec.ref!r}")
        item_refs.add(rec.ref)
        items.append(rec)

    costs: list[dict[str, Any]] = []
    for cw, c in ck.objects(m, "costs", where):
        cost = {"description": ck.text(c, "description", cw, required=True),
                "amount": _amount(ck, c, cw),
                "currency": ck.string(c, "currency", cw) or "EUR",
                "paid_by": ck.string(c, "paid_by", cw) or None}
        ck.each(cw, "currency", fields.currency, [cost["currency"]])
        costs.append(cost)

    if len(ck.problems) != before:
        return None
    return MissionRec(ref=ref, fields=columns, participants=participants, items=items,
                      costs=costs, index=index)


def _amount(ck: _Check, c: dict, where: str) -> Decimal | None:
    value = c.get("amount")
    if value is None:
        ck.fail(where, "amount", "is required")
        return None
    if not isinstance(value, str) or not _DECIMAL.match(value):
        ck.fail(where, "amount", f"{value!r} must be a decimal string such as \"1250.00\"")
        return None
    try:
        amount = Decimal(value)
    except InvalidOperation:
        ck.fail(where, "amount", f"{value!r} is not a decimal number")
        return None
    if problem := fields.amount(amount):
        ck.fail(where, "amount", problem)
        return None
    return amount


def _item(ck: _Check, raw: dict, where: str, position: int, mission_tz: str | None,
          venue_zones: dict[str, str], mission_persons: set[str]) -> ItemRec | None:
    before = len(ck.problems)
    ref = ck.string(raw, "ref", where, required=True)
    kind = ck.enum(raw, "kind", where, codes.ITEM_KINDS, "other")
    title = ck.text(raw, "title", where, required=True)
    description = ck.text(raw, "description", where)
    venue = ck.string(raw, "venue", where)
    to_venue = ck.string(raw, "to_venue", where)
    for key, value in (("venue", venue), ("to_venue", to_venue)):
        if value is not None and value not in venue_zones:
            ck.fail(where, key, f"no venue with ref {value!r} in the file or the database")
    tz = ck.zone(raw, "timezone", where)
    if tz is None and "timezone" not in raw:
        tz = venue_zones.get(venue) if venue else None
        tz = tz or mission_tz
    end_tz = ck.zone(raw, "end_timezone", where)
    all_day = ck.boolean(raw, "all_day", where, False)
    status = ck.enum(raw, "status", where, codes.ITEM_STATUSES, "tentative")
    public = ck.boolean(raw, "public", where, True)
    notes = ck.string(raw, "notes", where) or None
    participants = None
    if "participants" in raw and raw["participants"] is not None:
        plist = ck.string_list(raw, "participants", where)
        if plist is not None:
            for p in plist:
                if p not in mission_persons:
                    ck.fail(where, "participants", f"{p!r} is not a participant of the mission")
            if len(set(plist)) != len(plist):
                ck.fail(where, "participants", "lists a person twice")
            participants = sorted(set(plist))

    start_utc = end_utc = None
    if tz is not None:
        start_raw, end_raw = raw.get("start"), raw.get("end")
        if start_raw is None:
            ck.fail(where, "start", "is required")
        if end_raw is None:
            ck.fail(where, "end", "is required")
        if all_day and start_raw is not None and end_raw is not None:
            if end_tz is not None:
                ck.fail(where, "end_timezone", "an all-day item has no end zone")
            s = ck.date_(raw, "start", where)
            e = ck.date_(raw, "end", where)
            if s and e:
                if e < s:
                    ck.fail(where, "end", f"{e} is before the start {s}")
                else:
                    start_utc = day_start_utc(s, tz)
                    end_utc = day_start_utc(e + timedelta(days=1), tz)
        elif start_raw is not None and end_raw is not None:
            start_utc = _instant(ck, where, "start", start_raw, tz)
            end_utc = _instant(ck, where, "end", end_raw, end_tz or tz)
            if start_utc and end_utc and end_utc <= start_utc:
                ck.fail(where, "end", f"{end_raw} is not after the start {start_raw}")
    elif "timezone" not in raw or raw.get("timezone") is None:
        ck.fail(where, "timezone", "no zone: give the item, its venue or the mission a zone")

    if len(ck.problems) != before:
        return None
    return ItemRec(ref=ref, kind=kind, title=title, description=description,
                   start_utc=start_utc, end_utc=end_utc, timezone=tz,
                   end_timezone=end_tz if end_tz and end_tz != tz else None,
                   all_day=all_day, venue=venue, to_venue=to_venue,
                   participants=participants, status=status, public=public, notes=notes,
                   position=position)


def _instant(ck: _Check, where: str, key: str, value: Any, tz: str) -> datetime | None:
    if not isinstance(value, str):
        ck.fail(where, key, f"{value!r} is not a local date-time such as 2022-04-20T09:30")
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        ck.fail(where, key, f"{value!r} is a date; give a time, or set all_day")
        return None
    try:
        return parse_local(value, tz)
    except TimeProblem as exc:
        ck.fail(where, key, str(exc))
        return None
