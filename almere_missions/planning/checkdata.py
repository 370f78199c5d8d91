"""The programme of every mission as column arrays, for set-based checks.

A few Core queries (no ORM objects), then NumPy arrays: one row per item and
one row per (person, item) pair. With a mission ref, only the items in the
time window of that mission are loaded (the ``ix_item_span`` index), so a
check of one mission stays fast in a full season.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import numpy as np
from sqlalchemy import and_, func, select

from almere_missions.db.models import Item, ItemParticipant, Mission, Participant, Person, Venue
from almere_missions.db.models_planning import BusyBlock
from almere_missions.errors import NotFound
from almere_missions.uow import UnitOfWork

#: how far around a mission's items other missions' items are loaded (travel, night flights)
WINDOW_MARGIN = timedelta(days=2)


def _epoch(value: datetime) -> int:
    return int(value.timestamp())


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
    ids: np.ndarray
    refs: list[str]
    mission: np.ndarray  # index into MissionTable
    start: np.ndarray  # seconds since the epoch (UTC)
    end: np.ndarray
    zones: list[str]
    end_zones: list[str | None]
    all_day: np.ndarray
    venue: np.ndarray  # index into VenueTable, -1 for none
    to_venue: np.ndarray
    confirmed: np.ndarray
    moving: np.ndarray  # travel and transfer items: they pass through a venue
    kinds: list[str]

    def __len__(self) -> int:
        return len(self.refs)


@dataclass
class PlanData:
    missions: MissionTable
    venues: VenueTable
    items: ItemTable
    #: one row per (person, item): who takes part in what
    pi_person: np.ndarray
    pi_item: np.ndarray
    person_refs: list[str]
    person_ids: list[int]
    #: imported busy times
    busy_person: np.ndarray
    busy_start: np.ndarray
    busy_end: np.ndarray
    busy_all_day: np.ndarray
    busy_source: list[str]
    focus: int | None  # the mission index asked about, or None for all


def load(uow: UnitOfWork, ref: str | None = None) -> PlanData:
    s = uow.session
    focus_id = None
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
            window = (datetime.combine(row.start_date, datetime.min.time()),
                      datetime.combine(row.end_date, datetime.min.time()))
            from almere_missions.timeutil import UTC
            window = (window[0].replace(tzinfo=UTC) - WINDOW_MARGIN,
                      window[1].replace(tzinfo=UTC) + WINDOW_MARGIN)
        else:
            window = (lo - WINDOW_MARGIN, hi + WINDOW_MARGIN)

    cond = Item.status != "cancelled"
    if window is not None:
        cond = and_(cond, Item.end_utc > window[0], Item.start_utc < window[1])
    rows = s.execute(select(
        Item.id, Item.mission_id, Item.ref, Item.start_utc, Item.end_utc, Item.timezone,
        Item.end_timezone, Item.all_day, Item.venue_id, Item.to_venue_id, Item.status,
        Item.everyone, Item.kind).where(cond).order_by(Item.id)).all()

    mission_ids = sorted({r[1] for r in rows} | ({focus_id} if focus_id else set()))
    missions = _missions(s, mission_ids if window is not None else None)
    m_index = {mid: i for i, mid in enumerate(missions.ids)}
    venues = _venues(s)
    v_index = {vid: i for i, vid in enumerate(venues.ids)}

    n = len(rows)
    ids = np.fromiter((r[0] for r in rows), np.int64, n)
    items = ItemTable(
        ids=ids, refs=[r[2] for r in rows],
        mission=np.fromiter((m_index[r[1]] for r in rows), np.int64, n),
        start=np.fromiter((_epoch(r[3]) for r in rows), np.int64, n),
        end=np.fromiter((_epoch(r[4]) for r in rows), np.int64, n),
        zones=[r[5] for r in rows], end_zones=[r[6] for r in rows],
        all_day=np.fromiter((bool(r[7]) for r in rows), bool, n),
        venue=np.fromiter((v_index.get(r[8], -1) for r in rows), np.int64, n),
        to_venue=np.fromiter((v_index.get(r[9], -1) for r in rows), np.int64, n),
        confirmed=np.fromiter((r[10] == "confirmed" for r in rows), bool, n),
        moving=np.fromiter((r[12] in ("travel", "transfer") for r in rows), bool, n),
        kinds=[r[12] for r in rows])

    # Who takes part: the mission's people for "everyone" items, else the listed ones.
    p_index: dict[int, int] = {}
    person_ids: list[int] = []

    def pidx(pid: int) -> int:
        i = p_index.get(pid)
        if i is None:
            i = p_index[pid] = len(person_ids)
            person_ids.append(pid)
        return i

    mq = select(Participant.mission_id, Participant.person_id).distinct()
    if window is not None:
        mq = mq.where(Participant.mission_id.in_(mission_ids))
    members: dict[int, list[int]] = defaultdict(list)
    for mid, pid in s.execute(mq):
        if mid in m_index:
            members[m_index[mid]].append(pidx(pid))
    for lst in members.values():
        lst.sort()
    item_pos = {int(i): k for k, i in enumerate(ids)}
    iq = select(ItemParticipant.item_id, ItemParticipant.person_id)
    if window is not None:
        iq = iq.join(Item, Item.id == ItemParticipant.item_id).where(cond)
    explicit_items: list[int] = []
    explicit_persons: list[int] = []
    for iid, pid in s.execute(iq):
        k = item_pos.get(iid)
        if k is not None:
            explicit_items.append(k)
            explicit_persons.append(pidx(pid))

    everyone = np.fromiter((bool(r[11]) for r in rows), bool, n)
    pi_item, pi_person = _expand(items.mission, everyone, members, len(missions.ids))
    if explicit_items:
        pi_item = np.concatenate([pi_item, np.asarray(explicit_items, np.int64)])
        pi_person = np.concatenate([pi_person, np.asarray(explicit_persons, np.int64)])

    bq = select(BusyBlock.person_id, BusyBlock.start_utc, BusyBlock.end_utc, BusyBlock.all_day,
                BusyBlock.source)
    if window is not None:
        bq = bq.where(BusyBlock.end_utc > window[0], BusyBlock.start_utc < window[1])
    busy = [b for b in s.execute(bq) if b[0] in p_index]
    refs = dict(s.execute(select(Person.id, Person.ref).where(Person.id.in_(person_ids)))
                .all()) if len(person_ids) < 30000 else dict(
                    s.execute(select(Person.id, Person.ref)).all())
    return PlanData(
        missions=missions, venues=venues, items=items, pi_person=pi_person, pi_item=pi_item,
        person_refs=[refs[p] for p in person_ids], person_ids=person_ids,
        busy_person=np.asarray([p_index[b[0]] for b in busy], np.int64),
        busy_start=np.asarray([_epoch(b[1]) for b in busy], np.int64),
        busy_end=np.asarray([_epoch(b[2]) for b in busy], np.int64),
        busy_all_day=np.asarray([bool(b[3]) for b in busy], bool),
        busy_source=[b[4] for b in busy],
        focus=m_index[focus_id] if focus_id is not None else None)


def _expand(item_mission: np.ndarray, everyone: np.ndarray, members: dict[int, list[int]],
            n_missions: int) -> tuple[np.ndarray, np.ndarray]:
    """(item, person) rows for the items that involve everyone in their mission."""
    sizes = np.zeros(n_missions, np.int64)
    flat: list[int] = []
    offsets = np.zeros(n_missions, np.int64)
    for m in range(n_missions):
        lst = members.get(m, ())
        offsets[m] = len(flat)
        sizes[m] = len(lst)
        flat.extend(lst)
    people = np.asarray(flat, np.int64)
    items = np.nonzero(everyone)[0]
    counts = sizes[item_mission[items]]
    total = int(counts.sum())
    rep_items = np.repeat(items, counts)
    within = np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(counts) - counts, counts)
    rep_people = people[offsets[item_mission[rep_items]] + within] if total else \
        np.zeros(0, np.int64)
    return rep_items.astype(np.int64), rep_people


def _missions(s, ids: list[int] | None) -> MissionTable:
    q = select(Mission.id, Mission.ref, Mission.timezone, Mission.start_date, Mission.end_date)
    rows = []
    if ids is None:
        rows = s.execute(q.order_by(Mission.id)).all()
    else:
        for i in range(0, len(ids), 500):
            rows.extend(s.execute(q.where(Mission.id.in_(ids[i:i + 500]))).all())
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
