"""The logistics rows as arrays, indexed like the planning checks' data (:mod:`planning.checkdata`).

Loaded beside a :class:`PlanData`: only rows of the missions it holds, mapped to
its mission, item and person indexes (a person not in the plan gets a new index
after the plan's own, so drivers who take part in nothing are still known).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from sqlalchemy import select

from almere_missions.db.models import Item, Participant, Person
from almere_missions.db.models_logistics import (
    InterpreterBooking,
    PersonNeed,
    RoomAssignment,
    RoomBlock,
    Trip,
    TripPassenger,
    Vehicle,
    VenueProfile,
)
from almere_missions.planning.checkdata import PlanData, _epoch, _lookup, _rows, _seconds
from almere_missions.uow import UnitOfWork

GUEST_ROLES = ("delegation_leader", "delegation_member")
HOST_ROLES = ("host", "staff")
INTERPRETER_ROLE = "interpreter"
_CHUNK = 500


@dataclass
class LogisticsData:
    #: (mission, person, role) of the missions' participants; role 0 guest, 1 host, 2 interpreter
    role_mission: np.ndarray
    role_person: np.ndarray
    role: np.ndarray
    #: per person index: languages as a bit mask (0: none known)
    lang_mask: np.ndarray
    languages: list[str]  # bit n -> language code
    step_free_needed: np.ndarray  # per person index
    venue_step_free: np.ndarray  # per venue index: 1 yes, 0 no, -1 unknown
    # room blocks
    block_ids: list[int]
    block_refs: list[str]
    block_mission: np.ndarray
    block_in: np.ndarray  # days since the epoch
    block_out: np.ndarray
    block_rooms: np.ndarray
    # room assignments
    as_block: np.ndarray  # index into blocks
    as_person: np.ndarray
    as_room: list[str]
    as_in: np.ndarray
    as_out: np.ndarray
    # trips
    trip_refs: list[str]
    trip_mission: np.ndarray
    trip_vehicle: np.ndarray  # index into vehicles
    trip_driver: np.ndarray  # person index, -1: none
    trip_to_item: np.ndarray  # item index, -1: item not loaded (cancelled)
    trip_pickup: np.ndarray
    trip_arrive: np.ndarray
    vehicle_refs: list[str]
    vehicle_seats: np.ndarray
    # passengers
    tp_trip: np.ndarray
    tp_person: np.ndarray
    # interpreters booked per item
    ib_item: np.ndarray
    ib_person: np.ndarray


def _in_chunks(s, query, column, ids: list[int] | None) -> list[tuple]:
    conn = s.connection()
    if ids is None:
        return _rows(conn, query)
    out: list[tuple] = []
    for n in range(0, len(ids), _CHUNK):
        out.extend(_rows(conn, query.where(column.in_(ids[n:n + _CHUNK]))))
    return out


def _days(values, dialect: str) -> np.ndarray:
    """Dates (ISO text on SQLite, date objects on PostgreSQL) as days since the epoch."""
    return np.array([str(v) for v in values], dtype="datetime64[D]").astype(np.int64)


def load(uow: UnitOfWork, data: PlanData) -> LogisticsData:
    s = uow.session
    dialect = s.connection().dialect.name
    mission_ids = None if data.focus is None else list(data.missions.ids)
    m_lookup = _lookup(data.missions.ids)
    item_lookup = _lookup(data.items.ids.tolist())
    v_lookup = _lookup(data.venues.ids)
    person_ids = list(data.person_ids)
    p_index = {pid: n for n, pid in enumerate(person_ids)}

    def person(pid: int | None) -> int:
        if pid is None:
            return -1
        n = p_index.get(pid)
        if n is None:
            n = p_index[pid] = len(person_ids)
            person_ids.append(pid)
        return n

    def persons(ids: list) -> np.ndarray:
        """Indexes of many person ids at once (new ones appended)."""
        arr = np.asarray(ids, np.int64)
        if not len(arr):
            return arr
        for pid in np.unique(arr[_lookup(person_ids)[arr] < 0]).tolist():
            person(pid)
        return _lookup(person_ids)[arr]

    # Roles of the participants.
    code = {**{r: 0 for r in GUEST_ROLES}, **{r: 1 for r in HOST_ROLES}, INTERPRETER_ROLE: 2}
    rows = _in_chunks(s, select(Participant.mission_id, Participant.person_id, Participant.role),
                      Participant.mission_id, mission_ids)
    rows = [r for r in rows if r[2] in code]
    role_mission = m_lookup[np.asarray([r[0] for r in rows], np.int64)]
    role_person = persons([r[1] for r in rows])
    role = np.asarray([code[r[2]] for r in rows], np.int64)
    keep = role_mission >= 0
    role_mission, role_person, role = role_mission[keep], role_person[keep], role[keep]

    # Blocks and assignments.
    brows = _in_chunks(s, select(RoomBlock.id, RoomBlock.ref, RoomBlock.mission_id,
                                 RoomBlock.check_in, RoomBlock.check_out, RoomBlock.rooms)
                       .order_by(RoomBlock.id), RoomBlock.mission_id, mission_ids)
    b_lookup = _lookup([r[0] for r in brows])
    arows = _in_chunks(s, select(RoomAssignment.block_id, RoomAssignment.person_id,
                                 RoomAssignment.room, RoomAssignment.check_in,
                                 RoomAssignment.check_out)
                       .join(RoomBlock, RoomBlock.id == RoomAssignment.block_id),
                       RoomBlock.mission_id, mission_ids)

    # Trips, vehicles, passengers.
    trows = _in_chunks(s, select(Trip.id, Trip.ref, Trip.mission_id, Trip.vehicle_id,
                                 Trip.driver_id, Trip.to_item_id,
                                 _epoch(dialect, Trip.pickup_utc),
                                 _epoch(dialect, Trip.arrive_utc)).order_by(Trip.id),
                       Trip.mission_id, mission_ids)
    if data.focus is not None and trows:
        # A vehicle or driver of this mission may be booked by another mission at the time.
        vehicles = sorted({r[3] for r in trows})
        drivers = sorted({r[4] for r in trows if r[4] is not None})
        seen = {r[0] for r in trows}
        q = select(Trip.id, Trip.ref, Trip.mission_id, Trip.vehicle_id, Trip.driver_id,
                   Trip.to_item_id, _epoch(dialect, Trip.pickup_utc),
                   _epoch(dialect, Trip.arrive_utc))
        extra = _in_chunks(s, q, Trip.vehicle_id, vehicles)
        extra += _in_chunks(s, q, Trip.driver_id, drivers) if drivers else []
        for r in extra:
            if r[0] not in seen:
                seen.add(r[0])
                trows.append(r)
        trows.sort()
    t_lookup = _lookup([r[0] for r in trows])
    vrows = s.execute(select(Vehicle.id, Vehicle.ref, Vehicle.seats).order_by(Vehicle.id)).all()
    veh_lookup = _lookup([r[0] for r in vrows])
    prow = _in_chunks(s, select(TripPassenger.trip_id, TripPassenger.person_id)
                      .join(Trip, Trip.id == TripPassenger.trip_id), Trip.mission_id, mission_ids)
    tp_trip = t_lookup[np.asarray([r[0] for r in prow], np.int64)]
    tp_person = persons([r[1] for r in prow])
    keep = tp_trip >= 0
    trip_driver = np.asarray([person(r[4]) for r in trows], np.int64)

    irows = _in_chunks(s, select(InterpreterBooking.item_id, InterpreterBooking.person_id)
                       .join(Item, Item.id == InterpreterBooking.item_id),
                       Item.mission_id, mission_ids)
    ib_item = item_lookup[np.asarray([r[0] for r in irows], np.int64)]
    ib_person = persons([r[1] for r in irows])
    ikeep = ib_item >= 0

    as_block = b_lookup[np.asarray([r[0] for r in arows], np.int64)]
    as_person = persons([r[1] for r in arows])

    # Per person: languages and step-free needs (only the persons known here).
    masks = np.zeros(len(person_ids), np.int64)
    step = np.zeros(len(person_ids), bool)
    bits: dict[str, int] = {}
    by_id = {pid: n for n, pid in enumerate(person_ids)}
    ids = list(by_id)
    for n in range(0, len(ids), _CHUNK):
        chunk = ids[n:n + _CHUNK]
        for pid, langs in s.execute(select(Person.id, Person.languages)
                                    .where(Person.id.in_(chunk))):
            m = 0
            for lang in langs or ():
                key = str(lang).split("-")[0].strip().lower()
                if key:
                    bit = bits.setdefault(key, len(bits))
                    m |= 1 << min(bit, 62)
            masks[by_id[pid]] = m
        for (pid,) in s.execute(select(PersonNeed.person_id).where(
                PersonNeed.person_id.in_(chunk), PersonNeed.step_free.is_(True))):
            step[by_id[pid]] = True
    if len(bits) > 62:
        raise NotImplementedError("more than 62 languages in one check")
    venue_step = np.full(len(data.venues.ids), -1, np.int64)
    for vid, free in s.execute(select(VenueProfile.venue_id, VenueProfile.step_free)
                               .where(VenueProfile.step_free.is_not(None))):
        v = v_lookup[np.asarray([vid])][0]
        if v >= 0:
            venue_step[v] = 1 if free else 0
    data.person_ids[:] = person_ids  # refs of added persons can be fetched like the others

    return LogisticsData(
        role_mission=role_mission, role_person=role_person, role=role,
        lang_mask=masks, languages=sorted(bits, key=bits.get), step_free_needed=step,
        venue_step_free=venue_step,
        block_ids=[r[0] for r in brows], block_refs=[r[1] for r in brows],
        block_mission=m_lookup[np.asarray([r[2] for r in brows], np.int64)],
        block_in=_days([r[3] for r in brows], dialect),
        block_out=_days([r[4] for r in brows], dialect),
        block_rooms=np.asarray([r[5] for r in brows], np.int64),
        as_block=as_block, as_person=as_person, as_room=[r[2] for r in arows],
        as_in=_days([r[3] for r in arows], dialect), as_out=_days([r[4] for r in arows], dialect),
        trip_refs=[r[1] for r in trows],
        trip_mission=m_lookup[np.asarray([r[2] for r in trows], np.int64)],
        trip_vehicle=veh_lookup[np.asarray([r[3] for r in trows], np.int64)],
        trip_driver=trip_driver,
        trip_to_item=item_lookup[np.asarray([r[5] for r in trows], np.int64)],
        trip_pickup=_seconds([r[6] for r in trows], dialect),
        trip_arrive=_seconds([r[7] for r in trows], dialect),
        vehicle_refs=[r[1] for r in vrows],
        vehicle_seats=np.asarray([r[2] for r in vrows], np.int64),
        tp_trip=tp_trip[keep], tp_person=tp_person[keep],
        ib_item=ib_item[ikeep], ib_person=ib_person[ikeep])
