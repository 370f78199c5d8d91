"""The programme of every mission as column arrays, for set-based checks.

A few Core queries returning only numbers (instants as seconds since the
epoch, zones as indexes), turned into NumPy arrays: one row per item and one
row per (person, item) pair (the people listed on an item include its booked
interpreters). With a mission ref, only the items in that mission's
time window are loaded (the ``ix_item_span`` index), so checking one mission
stays fast in a full season.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

import numpy as np
from sqlalchemy import (
    BigInteger,
    Integer,
    String,
    and_,
    case,
    cast,
    func,
    literal,
    select,
    type_coerce,
)

from almere_missions.db.models import Item, ItemParticipant, Mission, Participant, Person, Venue
from almere_missions.db.models_logistics import InterpreterBooking
from almere_missions.db.models_planning import BusyBlock
from almere_missions.errors import NotFound
from almere_missions.uow import UnitOfWork

#: how far around a mission's items other missions' items are loaded (travel, night flights)
WINDOW_MARGIN = timedelta(days=2)
_CHUNK = 500
#: workflow states of missions that will not take place
INACTIVE_MISSIONS = ("cancelled", "rejected")


@dataclass
class MissionTable:
    ids: list[int]
    refs: list[str]
    zones: list[str]
    starts: list[date]
    ends: list[date]


@dataclass
class VenueTable:
    ids: list[int]
    refs: list[str]
    names: list
    zones: list[str]
    lat: np.ndarray  # NaN where unknown
    lon: np.ndarray
    capacity: np.ndarray  # -1 where unknown
    exclusive: np.ndarray


@dataclass
class ItemTable:
    ids: np.ndarray  # database ids
    mission: np.ndarray  # index into MissionTable
    start: np.ndarray  # seconds since the epoch (UTC)
    end: np.ndarray
    zone: np.ndarray  # index into zone_names
    end_zone: np.ndarray  # index into zone_names, -1: none
    zone_names: list[str]
    all_day: np.ndarray
    venue: np.ndarray  # index into VenueTable, -1: none
    to_venue: np.ndarray
    confirmed: np.ndarray
    moving: np.ndarray  # travel and transfer items: they pass through a venue
    refs: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.ids)


@dataclass
class PlanData:
    missions: MissionTable
    venues: VenueTable
    items: ItemTable
    #: one row per (person, item): who takes part in what
    pi_person: np.ndarray
    pi_item: np.ndarray
    person_ids: list[int]
    #: imported busy times
    busy_person: np.ndarray
    busy_start: np.ndarray
    busy_end: np.ndarray
    busy_source: list[str]
    focus: int | None  # the mission index asked about, or None for all
    person_refs: dict[int, str] = field(default_factory=dict)  # filled on demand


def _epoch(dialect: str, col):
    """Seconds since the epoch, computed by the database (no datetime objects in Python)."""
    if dialect == "postgresql":
        return cast(func.extract("epoch", col), BigInteger)
    # SQLite keeps UTC text; NumPy parses it (see _seconds).
    return type_coerce(col, String)


def _seconds(values: Iterable, dialect: str) -> np.ndarray:
    if dialect == "postgresql":
        return np.fromiter(values, np.int64)
    micro = np.array(list(values), dtype="datetime64[us]").astype(np.int64)
    return micro // 1_000_000


def _rows(conn, query) -> list[tuple]:
    """Plain tuples straight from the driver: no Row objects, no type conversion (the
    queries here select numbers and text only)."""
    result = conn.execute(query)
    try:
        return result.cursor.fetchall()
    finally:
        result.close()


def _zone_case(col, names: list[str], default: int):
    if not names:
        return literal(default)
    return case({name: n for n, name in enumerate(names)}, value=col, else_=default)


def load(uow: UnitOfWork, ref: str | None = None) -> PlanData:
    s = uow.session
    conn = s.connection()
    dialect = conn.dialect.name
    focus_id = None
    # Cancelled items never clash, nor do the items of missions that will not take place.
    cond = and_(Item.status != "cancelled", Item.mission_id.not_in(
        select(Mission.id).where(Mission.status.in_(INACTIVE_MISSIONS))))
    window = None
    if ref is not None:
        row = s.execute(select(Mission.id, Mission.start_date, Mission.end_date)
                        .where(Mission.ref == ref)).first()
        if row is None:
            raise NotFound(f"no mission with ref {ref!r}")
        focus_id = row.id
        lo, hi = s.execute(select(func.min(Item.start_utc), func.max(Item.end_utc))
                           .where(Item.mission_id == focus_id)).one()
        if lo is None:
            lo = datetime.combine(row.start_date, time(0), UTC)
            hi = datetime.combine(row.end_date, time(0), UTC) + timedelta(days=1)
        window = (lo - WINDOW_MARGIN, hi + WINDOW_MARGIN)
        cond = and_(cond, Item.end_utc > window[0], Item.start_utc < window[1])

    zone_names = sorted(set(s.scalars(select(Item.timezone).where(cond).distinct()))
                        | set(s.scalars(select(Item.end_timezone).where(cond).distinct()
                                        .where(Item.end_timezone.is_not(None)))))
    # Numbers only, and as few columns as possible: flags and zones are packed into one
    # integer each, so the driver makes few Python objects per row.
    flags = (cast(Item.all_day, Integer) + 2 * case((Item.status == "confirmed", 1), else_=0)
             + 4 * cast(Item.everyone, Integer)
             + 8 * case((Item.kind.in_(("travel", "transfer")), 1), else_=0))
    zones = (_zone_case(Item.timezone, zone_names, 0) * 1024
             + _zone_case(Item.end_timezone, zone_names, -1) + 1)
    q = select(
        Item.id, Item.mission_id, _epoch(dialect, Item.start_utc), _epoch(dialect, Item.end_utc),
        flags, zones, func.coalesce(Item.venue_id, 0), func.coalesce(Item.to_venue_id, 0),
        Item.ref,
    ).where(cond).order_by(Item.id)
    rows = _rows(conn, q)
    cols = list(zip(*rows, strict=True)) if rows else [()] * 9

    missions = _missions(s, None if window is None else
                         sorted(set(cols[1]) | {focus_id}))
    m_lookup = _lookup(missions.ids)
    venues = _venues(s)
    v_lookup = _lookup(venues.ids)

    ids = np.asarray(cols[0], np.int64)
    mission_ids = np.asarray(cols[1], np.int64)
    flag = np.asarray(cols[4], np.int64)
    zone = np.asarray(cols[5], np.int64)
    items = ItemTable(
        ids=ids, mission=m_lookup[mission_ids],
        start=_seconds(cols[2], dialect), end=_seconds(cols[3], dialect),
        zone=zone // 1024, end_zone=zone % 1024 - 1, zone_names=zone_names,
        all_day=(flag & 1).astype(bool), confirmed=(flag & 2).astype(bool),
        moving=(flag & 8).astype(bool),
        venue=v_lookup[np.asarray(cols[6], np.int64)],
        to_venue=v_lookup[np.asarray(cols[7], np.int64)],
        refs=list(cols[8]))
    everyone = (flag & 4).astype(bool)

    # Who takes part: the mission's people for "everyone" items, else the listed ones.
    mq = select(Participant.mission_id, Participant.person_id).distinct()
    if window is not None:
        mq = mq.where(Participant.mission_id.in_(missions.ids))
    member_rows = np.asarray(_rows(conn, mq), np.int64).reshape(-1, 2)
    listed_rows = []
    # Interpreters booked for an item take part in it like anyone listed on it.
    for link in (ItemParticipant, InterpreterBooking):
        iq = select(link.item_id, link.person_id)
        if window is not None:
            iq = iq.join(Item, Item.id == link.item_id).where(cond)
        listed_rows.extend(_rows(conn, iq))
    listed_rows = np.asarray(listed_rows, np.int64).reshape(-1, 2)

    person_ids = np.unique(np.concatenate([member_rows[:, 1], listed_rows[:, 1]]))
    p_lookup = _lookup(person_ids.tolist())
    member_m = m_lookup[member_rows[:, 0]]
    keep = (member_m >= 0) & (p_lookup[member_rows[:, 1]] >= 0)
    pi_item, pi_person = _expand(items.mission, everyone, member_m[keep],
                                 p_lookup[member_rows[keep, 1]], len(missions.ids))
    item_lookup = _lookup(ids.tolist())
    listed_item = item_lookup[listed_rows[:, 0]]
    keep = listed_item >= 0
    keep[keep] = p_lookup[listed_rows[keep, 1]] >= 0
    pi_item = np.concatenate([pi_item, listed_item[keep]])
    pi_person = np.concatenate([pi_person, p_lookup[listed_rows[keep, 1]]])

    bq = select(BusyBlock.person_id, _epoch(dialect, BusyBlock.start_utc),
                _epoch(dialect, BusyBlock.end_utc), BusyBlock.source)
    if window is not None:
        bq = bq.where(BusyBlock.end_utc > window[0], BusyBlock.start_utc < window[1])
    busy = _rows(conn, bq)
    busy_person = p_lookup[np.asarray([b[0] for b in busy], np.int64)]
    known = busy_person >= 0
    return PlanData(
        missions=missions, venues=venues, items=items, pi_person=pi_person, pi_item=pi_item,
        person_ids=person_ids.tolist(),
        busy_person=busy_person[known],
        busy_start=_seconds([b[1] for b in busy], dialect)[known],
        busy_end=_seconds([b[2] for b in busy], dialect)[known],
        busy_source=[b[3] for b, k in zip(busy, known.tolist(), strict=True) if k],
        focus=missions.ids.index(focus_id) if focus_id is not None else None)


def fetch_person_refs(uow: UnitOfWork, data: PlanData, indexes: Iterable[int]) -> None:
    wanted = sorted({p for p in indexes if p not in data.person_refs})
    for i in range(0, len(wanted), _CHUNK):
        chunk = wanted[i:i + _CHUNK]
        ids = {data.person_ids[n]: n for n in chunk}
        for pid, ref in uow.session.execute(select(Person.id, Person.ref)
                                            .where(Person.id.in_(list(ids)))):
            data.person_refs[ids[pid]] = ref


class _lookup:
    """Maps database ids to their index (-1 for ids not loaded), for whole arrays at once."""

    def __init__(self, ids: list[int]):
        self.table = np.full((max(ids) if ids else 0) + 1, -1, np.int64)
        if ids:
            self.table[np.asarray(ids, np.int64)] = np.arange(len(ids), dtype=np.int64)

    def __getitem__(self, values: np.ndarray) -> np.ndarray:
        values = np.asarray(values, np.int64)
        inside = (values >= 0) & (values < len(self.table))
        return np.where(inside, self.table[np.where(inside, values, 0)], -1)


def _expand(item_mission: np.ndarray, everyone: np.ndarray, member_mission: np.ndarray,
            member_person: np.ndarray, n_missions: int) -> tuple[np.ndarray, np.ndarray]:
    """(item, person) rows for the items that involve everyone in their mission."""
    order = np.argsort(member_mission, kind="stable")
    people = member_person[order]
    sizes = np.bincount(member_mission, minlength=n_missions).astype(np.int64)
    offsets = np.cumsum(sizes) - sizes
    items = np.nonzero(everyone)[0]
    counts = sizes[item_mission[items]]
    total = int(counts.sum())
    rep_items = np.repeat(items, counts)
    within = np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(counts) - counts, counts)
    rep_people = people[offsets[item_mission[rep_items]] + within]
    return rep_items.astype(np.int64), rep_people.astype(np.int64)


def _missions(s, ids: list[int] | None) -> MissionTable:
    q = select(Mission.id, Mission.ref, Mission.timezone, Mission.start_date, Mission.end_date)
    rows = []
    if ids is None:
        rows = s.execute(q.order_by(Mission.id)).all()
    else:
        for i in range(0, len(ids), _CHUNK):
            rows.extend(s.execute(q.where(Mission.id.in_(ids[i:i + _CHUNK]))).all())
        rows.sort()
    return MissionTable([r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows],
                        [r[3] for r in rows], [r[4] for r in rows])


def _venues(s) -> VenueTable:
    rows = s.execute(select(Venue.id, Venue.ref, Venue.name, Venue.timezone, Venue.lat, Venue.lon,
                            Venue.capacity, Venue.exclusive).order_by(Venue.id)).all()
    return VenueTable(
        ids=[r[0] for r in rows], refs=[r[1] for r in rows], names=[r[2] for r in rows],
        zones=[r[3] for r in rows],
        lat=np.asarray([np.nan if r[4] is None else r[4] for r in rows], float),
        lon=np.asarray([np.nan if r[5] is None else r[5] for r in rows], float),
        capacity=np.asarray([-1 if r[6] is None else r[6] for r in rows], np.int64),
        exclusive=np.asarray([bool(r[7]) for r in rows], bool))
