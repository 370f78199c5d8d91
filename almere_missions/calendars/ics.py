"""iCalendar (RFC 5545) exports: a mission's calendar, one person's agenda, the season.

Every event carries its place's zone as an IANA TZID with a VTIMEZONE that
covers the years used; all-day items are DATE values with an exclusive DTEND;
a flight ends in its arrival zone. UIDs come from item refs, so a calendar
sent again updates events instead of duplicating them, and SEQUENCE rises
when an item changed since it was last exported (``calendars.sequence``).

Guest calendars hold public items only and never internal notes, organiser or
attendees; internal calendars hold everything, with e-mail addresses where known.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache

from sqlalchemy import select

from almere_missions import __version__, permissions
from almere_missions.calendars import contentlines as cl
from almere_missions.calendars import sequence
from almere_missions.calendars.vtimezone import vtimezone
from almere_missions.db.models import Item, ItemParticipant, Mission, Participant, Person
from almere_missions.errors import InvalidInput, NotFound
from almere_missions.permissions import AUDIENCES
from almere_missions.services.missions import load_snapshot
from almere_missions.text import pick
from almere_missions.timeutil import now_utc, zone
from almere_missions.uow import UnitOfWork
from almere_missions.views import ItemView, MissionView, PersonView, Snapshot

PRODID = f"-//Gemeente Almere//Almere Missions {__version__}//EN"
UID_DOMAIN = "missions.almere.nl"

_LABELS = {
    "en": {"mission": "Mission", "notes": "Internal notes", "participants": "Participants",
           "agenda": "Agenda", "season": "Almere Missions: all missions",
           "meeting": "Meeting", "visit": "Visit", "meal": "Meal", "reception": "Reception",
           "travel": "Travel", "transfer": "Transfer", "free": "Free time", "other": "Other"},
    "nl": {"mission": "Missie", "notes": "Interne notities", "participants": "Deelnemers",
           "agenda": "Agenda", "season": "Almere Missions: alle missies",
           "meeting": "Overleg", "visit": "Bezoek", "meal": "Maaltijd", "reception": "Ontvangst",
           "travel": "Reis", "transfer": "Vervoer", "free": "Vrije tijd", "other": "Overig"},
}


def _label(key: str, lang: str) -> str:
    table = _LABELS.get(lang.split("-")[0].lower(), _LABELS["en"])
    return table.get(key, _LABELS["en"].get(key, key))


def item_uid(item_ref: str) -> str:
    """Stable across exports and machines: made from the item's ref alone."""
    return f"{item_ref}@{UID_DOMAIN}"


@dataclass(frozen=True)
class Event:
    """One event as written: its UID, SEQUENCE and text (folded, CRLF-joined)."""

    uid: str
    mission_ref: str
    item_ref: str
    sequence: int
    status: str
    text: str


@dataclass
class ZoneSpans:
    """The years each zone is used in, so its VTIMEZONE covers them."""

    years: dict[str, tuple[int, int]] = field(default_factory=dict)

    def use(self, tzid: str, year: int) -> None:
        span = self.years.get(tzid)
        if span is None:
            self.years[tzid] = (year, year)
        elif year < span[0] or year > span[1]:
            self.years[tzid] = (min(span[0], year), max(span[1], year))

    def components(self) -> list[str]:
        return [vtimezone(tzid, lo, hi) for tzid, (lo, hi) in sorted(self.years.items())]


@lru_cache(maxsize=256)
def _tz(name: str):
    return zone(name)


def _when(prop: str, instant: datetime, tzid: str, zones: ZoneSpans) -> str:
    """``DTSTART;TZID=...:local`` — or UTC for a wall time the autumn change repeats.

    RFC 5545 reads an ambiguous local time as its first occurrence, but ical.js
    (Thunderbird) takes the second; only UTC means the same instant to both.
    """
    local = instant.astimezone(_tz(tzid))
    zones.use(tzid, local.year)
    if local.replace(fold=1 - local.fold).utcoffset() != local.utcoffset():
        return f"{prop}:{cl.utc_stamp(instant)}"
    return f"{prop};TZID={tzid}:{cl.local_stamp(local)}"


def _days(it: ItemView) -> tuple[date, date]:
    """An all-day item's first local day and the day after its last (DTEND is exclusive)."""
    first = it.start.astimezone(_tz(it.timezone)).date()
    after = it.end.astimezone(_tz(it.arrival_timezone)).date()
    if after <= first:  # a day at least, whatever the stored end
        after = date.fromordinal(first.toordinal() + 1)
    return first, after


def _mailto(person: PersonView | None) -> str | None:
    email = (person.email or "").strip() if person else ""
    if not email or "@" not in email or any(ch.isspace() or ch < " " for ch in email):
        return None
    return f"mailto:{email}"


@dataclass
class EventWriter:
    snapshot: Snapshot
    lang: str
    audience: str
    stamp: str
    with_mission: bool  # person and season calendars name the mission of each event
    zones: ZoneSpans = field(default_factory=ZoneSpans)
    _places: dict = field(default_factory=dict)
    _kinds: dict = field(default_factory=dict)

    def wants(self, item: ItemView) -> bool:
        return item.public or self.audience == "internal"

    def event_lines(self, m: MissionView, it: ItemView, seq: int, zones: ZoneSpans) -> list[str]:
        lang, internal = self.lang, self.audience == "internal"
        lines = ["BEGIN:VEVENT", f"UID:{cl.text(item_uid(it.ref))}", f"DTSTAMP:{self.stamp}"]
        if it.all_day:
            first, after = _days(it)
            lines.append(f"DTSTART;VALUE=DATE:{cl.date_stamp(first)}")
            lines.append(f"DTEND;VALUE=DATE:{cl.date_stamp(after)}")
        else:
            lines.append(_when("DTSTART", it.start, it.timezone, zones))
            lines.append(_when("DTEND", it.end, it.arrival_timezone, zones))
        lines.append(f"LAST-MODIFIED:{cl.utc_stamp(it.updated_at or m.updated_at or now_utc())}")
        lines.append(f"SEQUENCE:{seq}")
        lines.append(f"STATUS:{it.status.upper()}")
        lines.append(f"SUMMARY:{cl.text(pick(it.title, lang))}")
        desc = self._description(m, it, internal)
        if desc:
            lines.append(f"DESCRIPTION:{cl.text(desc)}")
        if it.venue or it.to_venue:
            lines += self._place(it.venue, it.to_venue)
        kind = self._kinds.get(it.kind)
        if kind is None:
            kind = self._kinds[it.kind] = f"CATEGORIES:{cl.text(_label(it.kind, lang))}"
        lines.append(kind)
        lines.append("CLASS:PUBLIC" if it.public else "CLASS:CONFIDENTIAL")
        lines.append("TRANSP:TRANSPARENT" if it.kind == "free" else "TRANSP:OPAQUE")
        if internal:
            lines += self._people(m, it)
        lines.append(f"X-ALMERE-MISSION:{cl.text(m.ref)}")
        lines.append("END:VEVENT")
        return lines

    def _place(self, venue_ref: str | None, to_ref: str | None) -> list[str]:
        """LOCATION (name and address; from → to for travel) and GEO, made once per pair."""
        key = (venue_ref, to_ref)
        lines = self._places.get(key)
        if lines is None:
            venue = self.snapshot.venues.get(venue_ref) if venue_ref else None
            to_venue = self.snapshot.venues.get(to_ref) if to_ref else None
            where = " → ".join(v.location(self.lang) for v in (venue, to_venue) if v)
            lines = [f"LOCATION:{cl.text(where)}"] if where else []
            if venue is not None and venue.lat is not None and venue.lon is not None:
                lines.append(f"GEO:{venue.lat:.6f};{venue.lon:.6f}")
            self._places[key] = lines
        return lines

    def _description(self, m: MissionView, it: ItemView, internal: bool) -> str:
        parts = []
        own = pick(it.description, self.lang)
        if own:
            parts.append(own)
        if self.with_mission:
            parts.append(f"{_label('mission', self.lang)}: {pick(m.title, self.lang)} ({m.ref})")
        if internal:
            names = [self.snapshot.persons[p].display_name for p in m.persons_of(it)
                     if p in self.snapshot.persons]
            if names:
                parts.append(f"{_label('participants', self.lang)}: {', '.join(names)}")
            if it.notes:
                parts.append(f"{_label('notes', self.lang)}: {it.notes}")
        return "\n\n".join(parts)

    def _people(self, m: MissionView, it: ItemView) -> list[str]:
        persons = self.snapshot.persons
        out = []
        # the office's own staff organise; a host only where no officer has an address
        organiser = next((p for p in (*m.with_role("staff"), *m.with_role("host"))
                          if _mailto(persons.get(p))), None)
        if organiser:
            o = persons[organiser]
            out.append(f"ORGANIZER;CN={cl.param(o.display_name)}:{_mailto(o)}")
        for ref in m.persons_of(it):
            mailto = _mailto(persons.get(ref))
            if mailto:
                out.append(f"ATTENDEE;CN={cl.param(persons[ref].display_name)};CUTYPE=INDIVIDUAL;"
                           f"ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:{mailto}")
        return out

    def event(self, m: MissionView, it: ItemView, seq: int) -> Event:
        lines = self.event_lines(m, it, seq, self.zones)
        return Event(item_uid(it.ref), m.ref, it.ref, seq, it.status,
                     cl.CRLF.join([cl.fold(line) for line in lines]))


def _header(name: str, *, method: bool = True) -> list[str]:
    lines = [f"PRODID:{PRODID}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:  # a CalDAV resource must not carry METHOD (RFC 4791 §4.1)
        lines.append("METHOD:PUBLISH")
    if name:
        lines.append(f"X-WR-CALNAME:{cl.text(name)}")
    return ["BEGIN:VCALENDAR"] + [cl.fold(line) for line in lines]


def assemble(name: str, events: Iterable[Event | str], zones: ZoneSpans, *,
             method: bool = True) -> bytes:
    """The calendar file: header, VTIMEZONEs, events, each line ending in CRLF."""
    parts = _header(name, method=method)
    parts += zones.components()
    parts += (e if isinstance(e, str) else e.text for e in events)
    parts.append("END:VCALENDAR")
    return (cl.CRLF.join(parts) + cl.CRLF).encode("utf-8")


def _check(uow: UnitOfWork, audience: str, lang: str) -> None:
    if audience not in AUDIENCES:
        raise InvalidInput(f"unknown audience {audience!r} (expected guest or internal)",
                           field="audience")
    if not lang or not all(part.isalnum() for part in lang.split("-")):
        raise InvalidInput(f"{lang!r} is not a language tag such as en, nl or zh-Hant",
                           field="lang")
    # internal calendars carry notes, non-public items and e-mail addresses
    permissions.require(uow, permissions.calendar_action(audience))


def render_events(uow: UnitOfWork, snap: Snapshot,
                  selected: Iterable[tuple[MissionView, ItemView]], *, lang: str,
                  audience: str, with_mission: bool, now: datetime | None = None,
                  deleted_from: list[str] | None | bool = False,
                  progress: Callable[[int, int], None] | None = None,
                  ) -> tuple[list[Event | str], ZoneSpans]:
    """The events for ``(mission, item)`` pairs, with their SEQUENCE assigned and kept;
    then CANCELLED events for items deleted from the missions ``deleted_from``
    (a list of refs; None: every mission; False: none)."""
    now = now or now_utc()
    writer = EventWriter(snap, lang, audience, cl.utc_stamp(now), with_mission)
    pairs = [(m, it) for m, it in selected if writer.wants(it)]
    seqs = sequence.assign(uow, (state_entry(m, it, lang) for m, it in pairs), now)
    events: list[Event | str] = []
    total = len(pairs)
    for n, (m, it) in enumerate(pairs, 1):
        events.append(writer.event(m, it, seqs[item_uid(it.ref)]))
        if progress and (n % 2000 == 0 or n == total):
            progress(n, total)
    if deleted_from is not False:
        live = {item_uid(it.ref) for m in snap.missions for it in m.items}
        events += sequence.tombstones(uow, deleted_from, live, audience=audience,
                                      stamp=writer.stamp, now=now)
    return events, writer.zones


def state_entry(m: MissionView, it: ItemView, lang: str) -> sequence.Entry:
    if it.all_day:
        first, after = _days(it)
        start, end = cl.date_stamp(first), cl.date_stamp(after)
    else:
        start, end = cl.utc_stamp(it.start), cl.utc_stamp(it.end)
    return sequence.Entry(item_uid(it.ref), m.ref, it.ref, it.revision, it.public, start, end,
                          pick(it.title, lang))


def _record(uow: UnitOfWork, what: str, ref: str | None, count: int, audience: str,
            mission_ref: str | None = None) -> None:
    uow.record("calendar.export", "calendar", ref, after={
        "calendar": what, "events": count, "audience": audience}, mission_ref=mission_ref)


def mission_calendar(uow: UnitOfWork, ref: str, lang: str = "en", audience: str = "guest", *,
                     now: datetime | None = None) -> bytes:
    """One mission's calendar for its guests (public items, no notes) or internal use."""
    _check(uow, audience, lang)
    snap = load_snapshot(uow, [ref])
    m = snap.missions[0]
    events, zones = render_events(uow, snap, ((m, it) for it in m.items), lang=lang,
                                  audience=audience, with_mission=False, now=now,
                                  deleted_from=[ref])
    _record(uow, "mission", ref, len(events), audience, mission_ref=ref)
    return assemble(f"{pick(m.title, lang)} ({m.ref})", events, zones)


def _missions_of(uow: UnitOfWork, person_ref: str) -> tuple[PersonView, list[str]]:
    s = uow.session
    pid = s.scalar(select(Person.id).where(Person.ref == person_ref))
    if pid is None:
        raise NotFound(f"no person with ref {person_ref!r}")
    refs = set(s.scalars(select(Mission.ref).join(Participant, Participant.mission_id == Mission.id)
                         .where(Participant.person_id == pid)))
    refs |= set(s.scalars(select(Mission.ref).join(Item, Item.mission_id == Mission.id)
                          .join(ItemParticipant, ItemParticipant.item_id == Item.id)
                          .where(ItemParticipant.person_id == pid)))
    from almere_missions.services.missions import person_view

    return person_view(s.get(Person, pid)), sorted(refs)


def person_calendar(uow: UnitOfWork, person_ref: str, lang: str = "en",
                    audience: str | None = None, *, now: datetime | None = None) -> bytes:
    """One person's agenda across every mission: the items they take part in.

    The municipality's own staff get the internal view of their items; anyone
    else the guest view (public items, no notes), unless ``audience`` says otherwise.
    """
    person, refs = _missions_of(uow, person_ref)
    audience = audience or ("internal" if person.staff else "guest")
    _check(uow, audience, lang)
    snap = load_snapshot(uow, refs) if refs else Snapshot()
    snap.persons.setdefault(person.ref, person)
    selected = [(m, it) for m in snap.missions for it in m.items
                if person_ref in m.persons_of(it)]
    events, zones = render_events(uow, snap, selected, lang=lang, audience=audience,
                                  with_mission=True, now=now)
    _record(uow, "person", None, len(events), audience)
    return assemble(f"{_label('agenda', lang)} {person.display_name}", events, zones)


def season_calendar(uow: UnitOfWork, lang: str = "en", date_from: date | None = None,
                    date_to: date | None = None, audience: str = "guest", *,
                    now: datetime | None = None,
                    progress: Callable[[int, int], None] | None = None) -> bytes:
    """Every mission's items (optionally those of missions touching a date range)."""
    _check(uow, audience, lang)
    snap = load_snapshot(uow, date_from=date_from, date_to=date_to)
    selected = ((m, it) for m in snap.missions for it in m.items)
    whole = date_from is None and date_to is None
    events, zones = render_events(uow, snap, selected, lang=lang, audience=audience,
                                  with_mission=True, now=now, progress=progress,
                                  deleted_from=None if whole else False)
    _record(uow, "season", None, len(events), audience)
    name = _label("season", lang)
    if date_from or date_to:
        name += f" {date_from or ''}–{date_to or ''}"
    return assemble(name, events, zones)
