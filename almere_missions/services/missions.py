"""Missions: the register, whole-mission snapshots, and edits with optimistic locking."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select

from almere_missions.db.models import (
    Cost,
    Item,
    ItemParticipant,
    Mission,
    Participant,
    Person,
    Venue,
)
from almere_missions.errors import EditConflict, NotFound
from almere_missions.timeutil import now_utc
from almere_missions.uow import UnitOfWork
from almere_missions.views import (
    CostView,
    ItemView,
    MissionSummary,
    MissionView,
    ParticipantView,
    PersonView,
    Snapshot,
    VenueView,
)

_CHUNK = 500


def _chunks(values: list, size: int = _CHUNK) -> Iterable[list]:
    for i in range(0, len(values), size):
        yield values[i:i + size]


@dataclass(frozen=True)
class MissionFilter:
    direction: str | None = None
    status: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    country: str | None = None
    theme: str | None = None
    text: str | None = None


def count_missions(uow: UnitOfWork) -> int:
    return uow.session.scalar(select(func.count()).select_from(Mission))


def list_missions(uow: UnitOfWork, flt: MissionFilter | None = None) -> list[MissionSummary]:
    """The register: one row per mission, ordered by start date."""
    flt = flt or MissionFilter()
    s = uow.session
    q = select(Mission).order_by(Mission.start_date, Mission.ref)
    if flt.direction:
        q = q.where(Mission.direction == flt.direction)
    if flt.status:
        q = q.where(Mission.status == flt.status)
    if flt.date_from:
        q = q.where(Mission.end_date >= flt.date_from)
    if flt.date_to:
        q = q.where(Mission.start_date <= flt.date_to)
    rows = s.scalars(q).all()
    items = dict(s.execute(select(Item.mission_id, func.count()).group_by(Item.mission_id)).all())
    people = dict(s.execute(
        select(Participant.mission_id, func.count(func.distinct(Participant.person_id)))
        .group_by(Participant.mission_id)).all())
    out = []
    needle = (flt.text or "").casefold()
    for m in rows:
        if flt.country and flt.country not in (m.countries or ()):
            continue
        if flt.theme and flt.theme not in (m.themes or ()):
            continue
        if needle and needle not in _haystack(m):
            continue
        out.append(MissionSummary(
            ref=m.ref, direction=m.direction, title=m.title, start=m.start_date, end=m.end_date,
            status=m.status, countries=tuple(m.countries or ()), counterpart=m.counterpart,
            themes=tuple(m.themes or ()), goals=tuple(m.goals or ()),
            lead_department=m.lead_department, item_count=items.get(m.id, 0),
            person_count=people.get(m.id, 0), version=m.version))
    return out


def _haystack(m: Mission) -> str:
    title = m.title if isinstance(m.title, str) else " ".join((m.title or {}).values())
    parts = [m.ref, title, m.counterpart or "", " ".join(m.cities or ()), m.lead_department or ""]
    return " ".join(parts).casefold()


def mission_refs(uow: UnitOfWork) -> list[str]:
    return list(uow.session.scalars(select(Mission.ref).order_by(Mission.start_date, Mission.ref)))


# --- snapshots ---------------------------------------------------------------

def person_view(p: Person) -> PersonView:
    return PersonView(
        ref=p.ref, name=p.name, latin_name=p.latin_name, organisation=p.organisation,
        function=p.function, nationality=tuple(p.nationality or ()), birth_date=p.birth_date,
        email=p.email, phone=p.phone, languages=tuple(p.languages or ()), dietary=p.dietary,
        accessibility=p.accessibility, staff=p.staff, version=p.version)


def venue_view(v: Venue) -> VenueView:
    return VenueView(
        ref=v.ref, name=v.name, country=v.country, timezone=v.timezone, address=v.address,
        city=v.city, lat=v.lat, lon=v.lon, capacity=v.capacity, exclusive=v.exclusive,
        version=v.version)


def load_snapshot(uow: UnitOfWork, refs: Iterable[str] | None = None, *,
                  all_persons: bool = False, all_venues: bool = False,
                  date_from: date | None = None, date_to: date | None = None) -> Snapshot:
    """Missions (all, or those named, or those in a date range) as plain views.

    A handful of set-based queries whatever the number of missions: this feeds
    the export, the calendars, the printed programmes and the planning checks.
    """
    s = uow.session
    q = select(Mission).order_by(Mission.start_date, Mission.ref)
    if refs is not None:
        wanted = list(dict.fromkeys(refs))
        found = []
        for chunk in _chunks(wanted):
            found.extend(s.scalars(select(Mission).where(Mission.ref.in_(chunk))).all())
        missing = set(wanted) - {m.ref for m in found}
        if missing:
            raise NotFound(f"no mission with ref {sorted(missing)[0]!r}")
        missions = sorted(found, key=lambda m: (m.start_date, m.ref))
    else:
        if date_from:
            q = q.where(Mission.end_date >= date_from)
        if date_to:
            q = q.where(Mission.start_date <= date_to)
        missions = list(s.scalars(q))
    ids = [m.id for m in missions]
    by_id = {m.id: m for m in missions}

    person_ref = dict(s.execute(select(Person.id, Person.ref)).all()) if ids else {}
    venue_ref = dict(s.execute(select(Venue.id, Venue.ref)).all()) if ids else {}

    parts: dict[int, list[ParticipantView]] = defaultdict(list)
    items: dict[int, list[Item]] = defaultdict(list)
    item_people: dict[int, list[str]] = defaultdict(list)
    costs: dict[int, list[CostView]] = defaultdict(list)
    used_people: set[int] = set()
    used_venues: set[int] = set()
    whole = refs is None and not date_from and not date_to
    for chunk in ([None] if whole else _chunks(ids)):
        def scope(col, chunk=chunk):
            return True if chunk is None else col.in_(chunk)
        for mid, pid, role in s.execute(
                select(Participant.mission_id, Participant.person_id, Participant.role)
                .where(scope(Participant.mission_id))
                .order_by(Participant.mission_id, Participant.position, Participant.id)):
            parts[mid].append(ParticipantView(person_ref[pid], role))
            used_people.add(pid)
        for it in s.scalars(select(Item).where(scope(Item.mission_id))
                            .order_by(Item.start_utc, Item.end_utc, Item.position, Item.ref)):
            items[it.mission_id].append(it)
            used_venues.update(v for v in (it.venue_id, it.to_venue_id) if v)
        for iid, pid in s.execute(
                select(ItemParticipant.item_id, ItemParticipant.person_id)
                .join(Item, Item.id == ItemParticipant.item_id)
                .where(scope(Item.mission_id))):
            item_people[iid].append(person_ref[pid])
        for c in s.scalars(select(Cost).where(scope(Cost.mission_id))
                           .order_by(Cost.mission_id, Cost.position, Cost.id)):
            costs[c.mission_id].append(CostView(c.description, c.amount, c.currency, c.paid_by))

    views = []
    for mid in ids:
        m = by_id[mid]
        views.append(MissionView(
            ref=m.ref, direction=m.direction, title=m.title, start=m.start_date,
            end=m.end_date, timezone=m.timezone, countries=tuple(m.countries or ()),
            purpose=m.purpose, cities=tuple(m.cities or ()), counterpart=m.counterpart,
            themes=tuple(m.themes or ()), goals=tuple(m.goals or ()),
            lead_department=m.lead_department, status=m.status, welcome=m.welcome,
            version=m.version, created_at=m.created_at, updated_at=m.updated_at,
            participants=tuple(parts[mid]),
            items=tuple(_item_view(it, venue_ref, item_people) for it in items[mid]),
            costs=tuple(costs[mid])))

    snap = Snapshot(missions=views)
    pq = select(Person) if all_persons else select(Person).where(Person.id.in_(used_people))
    if all_persons or len(used_people) <= _CHUNK:
        snap.persons = {p.ref: person_view(p) for p in s.scalars(pq)}
    else:
        for chunk in _chunks(sorted(used_people)):
            for p in s.scalars(select(Person).where(Person.id.in_(chunk))):
                snap.persons[p.ref] = person_view(p)
    vq = select(Venue) if all_venues else select(Venue).where(Venue.id.in_(used_venues))
    snap.venues = {v.ref: venue_view(v) for v in s.scalars(vq)}
    return snap


def _item_view(it: Item, venue_ref: dict[int, str], item_people: dict[int, list[str]]) -> ItemView:
    return ItemView(
        ref=it.ref, kind=it.kind, title=it.title, start=it.start_utc, end=it.end_utc,
        timezone=it.timezone, end_timezone=it.end_timezone, all_day=it.all_day,
        description=it.description, venue=venue_ref.get(it.venue_id),
        to_venue=venue_ref.get(it.to_venue_id), status=it.status, public=it.public,
        notes=it.notes,
        participants=None if it.everyone else tuple(sorted(item_people.get(it.id, ()))),
        position=it.position, revision=it.revision, updated_at=it.updated_at)


def get_mission(uow: UnitOfWork, ref: str) -> MissionView:
    return load_snapshot(uow, [ref]).missions[0]


# --- edits -------------------------------------------------------------------

def mission_row(uow: UnitOfWork, ref: str) -> Mission:
    m = uow.session.scalar(select(Mission).where(Mission.ref == ref))
    if m is None:
        raise NotFound(f"no mission with ref {ref!r}")
    return m


def claim(uow: UnitOfWork, ref: str, expected_version: int | None) -> Mission:
    """Take a mission for an edit: refuse if it changed since the caller read it.

    The version rises by one at the next flush, in an UPDATE conditional on
    the version read (SQLAlchemy's version counter), so of two sessions that
    read the same version only the first one's save goes through.
    """
    m = mission_row(uow, ref)
    if expected_version is not None and m.version != expected_version:
        raise EditConflict(
            f"mission {ref} was changed by someone else (now version {m.version}, you had "
            f"{expected_version}); reload it and make your change again")
    m.updated_at = now_utc()
    return m


def set_status(uow: UnitOfWork, ref: str, status: str) -> None:
    """Move a mission to a workflow state (the approval workflow decides which)."""
    m = mission_row(uow, ref)
    before = m.status
    m.status = status
    m.updated_at = now_utc()
    uow.record("mission.status", "mission", ref, before=before, after=status, mission_ref=ref)


def search_persons(uow: UnitOfWork, text: str = "", limit: int = 200) -> list[PersonView]:
    q = select(Person).order_by(Person.name).limit(limit)
    if text:
        like = f"%{text}%"
        q = q.where(or_(Person.name.ilike(like), Person.latin_name.ilike(like),
                        Person.ref.ilike(like), Person.organisation.ilike(like)))
    return [person_view(p) for p in uow.session.scalars(q)]


def list_venues(uow: UnitOfWork) -> list[VenueView]:
    return [venue_view(v) for v in uow.session.scalars(select(Venue).order_by(Venue.ref))]
