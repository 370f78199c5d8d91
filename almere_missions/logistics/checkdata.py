"""The logistics rows as arrays, indexed like the planning checks' data (:mod:`planning.checkdata`).

Loaded beside a :class:`PlanData`: only rows of the missions it holds, mapped to
its mission, item and person indexes (a person not in the plan gets a new index
after the plan's own, so drivers who take part in nothing are still known).

One query per table, numbers only: the database computes days and seconds since
the epoch and packs each table's integer columns into one comma-separated text,
which NumPy parses in C (a Python tuple per row would cost several times more on
the half a million passengers of a season). Texts (refs, room names) are fetched
afterwards, only for the rows a problem names (:meth:`LogisticsData.fetch_texts`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import numpy as np
from sqlalchemy import BigInteger, Integer, Text, case, cast, func, literal, select, type_coerce

from almere_missions.db import models_logistics as lm
from almere_missions.db.models import Item, Participant, Person
from almere_missions.planning.checkdata import PlanData, _lookup, _rows
from almere_missions.uow import UnitOfWork

GUEST_ROLES = ("delegation_leader", "delegation_member")
HOST_ROLES = ("host", "staff")
INTERPRETER_ROLE = "interpreter"
_CHUNK = 500
#: role codes: 0 guest, 1 host, 2 interpreter
_ROLE_CODES = {**{r: 0 for r in GUEST_ROLES}, **{r: 1 for r in HOST_ROLES}, INTERPRETER_ROLE: 2}


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
    block_ids: np.ndarray
    block_mission: np.ndarray
    block_in: np.ndarray  # days since the epoch
    block_out: np.ndarray
    block_rooms: np.ndarray
    # room assignments
    as_ids: np.ndarray
    as_block: np.ndarray  # index into blocks
    as_person: np.ndarray
    as_in: np.ndarray
    as_out: np.ndarray
    # trips
    trip_ids: np.ndarray
    trip_mission: np.ndarray
    trip_vehicle: np.ndarray  # index into vehicles
    trip_driver: np.ndarray  # person index, -1: none
    trip_to_item: np.ndarray  # item index, -1: item not loaded (cancelled)
    trip_pickup: np.ndarray
    trip_arrive: np.ndarray
    vehicle_ids: np.ndarray
    vehicle_seats: np.ndarray
    # passengers
    tp_trip: np.ndarray
    tp_person: np.ndarray
    # interpreters booked per item
    ib_item: np.ndarray
    ib_person: np.ndarray
    # texts of the rows problems name, by index (filled by fetch_texts)
    trip_refs: dict[int, str] = field(default_factory=dict)
    block_refs: dict[int, str] = field(default_factory=dict)
    vehicle_refs: dict[int, str] = field(default_factory=dict)
    room_names: dict[int, str] = field(default_factory=dict)  # by assignment index

    def fetch_texts(self, uow: UnitOfWork, *, trips=(), blocks=(), vehicles=(),
                    assignments=()) -> None:
        """The refs and room names of the rows given by index, in a few queries."""
        s = uow.session
        for wanted, ids, target, query, column in (
                (trips, self.trip_ids, self.trip_refs, select(lm.Trip.id, lm.Trip.ref), lm.Trip.id),
                (blocks, self.block_ids, self.block_refs, select(lm.RoomBlock.id, lm.RoomBlock.ref),
                 lm.RoomBlock.id),
                (vehicles, self.vehicle_ids, self.vehicle_refs,
                 select(lm.Vehicle.id, lm.Vehicle.ref), lm.Vehicle.id),
                (assignments, self.as_ids, self.room_names,
                 select(lm.RoomAssignment.id, lm.RoomAssignment.room), lm.RoomAssignment.id)):
            missing = sorted({int(n) for n in wanted} - target.keys())
            if not missing:
                continue
            by_id = {int(ids[n]): n for n in missing}
            for row_id, text in _in_chunks(s, query, column, list(by_id)):
                target[by_id[row_id]] = text


def _in_chunks(s, query, column, ids: list[int] | None) -> list[tuple]:
    conn = s.connection()
    if ids is None:
        return _rows(conn, query)
    out: list[tuple] = []
    for n in range(0, len(ids), _CHUNK):
        out.extend(_rows(conn, query.where(column.in_(ids[n:n + _CHUNK]))))
    return out


def _ints(s, query, column=None, ids: list[int] | None = None, *, instants: int = 0,
          ) -> np.ndarray:
    """The rows of a query of integer columns (no NULLs) as an (n, columns) array.

    The database joins all values into one text, parsed by NumPy in one call; the
    row count, fetched with it, guards against a value that did not parse. The last
    ``instants`` columns are UTC instants, as seconds since the epoch: computed by
    PostgreSQL; on SQLite their stored text is joined in the same pass over the rows
    (one aggregate each, so in the same order) and parsed by NumPy, which is quicker
    than SQLite's date functions.
    """
    width = len(query.selected_columns)
    if ids is not None and not ids:
        return np.zeros((0, width), np.int64)
    dialect = s.connection().dialect.name
    parts = []
    chunks = [query] if ids is None else [query.where(column.in_(ids[n:n + _CHUNK]))
                                          for n in range(0, len(ids), _CHUNK)]
    for q in chunks:
        sub = q.subquery()
        cols = list(sub.c)
        as_text = cols[len(cols) - instants:] if instants and dialect != "postgresql" else []
        numbers = cols[:len(cols) - len(as_text)]
        text = cast(numbers[0], Text)
        for c in numbers[1:]:
            text = text + literal(",") + cast(c, Text)
        count, joined, *times = s.execute(select(
            func.count(), func.aggregate_strings(text, ","),
            *(func.aggregate_strings(c, ",") for c in as_text)).select_from(sub)).one()
        arr = np.fromstring(joined or "", dtype=np.int64, sep=",")
        if len(arr) != count * len(numbers):
            raise ValueError(f"unreadable numbers in {q}: {count} rows, {len(arr)} values")
        arr = arr.reshape(count, len(numbers))
        if as_text:
            secs = [np.array(t.split(",") if t else [], dtype="datetime64[us]")
                    .astype(np.int64) // 1_000_000 for t in times]
            arr = np.column_stack([arr, *secs]) if count else np.zeros((0, width), np.int64)
        parts.append(arr)
    return np.concatenate(parts) if len(parts) > 1 else parts[0]


def _day_number(dialect: str, col):
    """Days since 1970-01-01 of a date column, computed by the database."""
    if dialect == "postgresql":
        return col - cast(literal("1970-01-01"), col.type)
    return cast(func.julianday(col) - 2440587.5, Integer)


def _epoch_seconds(dialect: str, col):
    """Whole seconds since the epoch of a UTC instant column (see ``_ints``' instants)."""
    if dialect == "postgresql":
        return cast(func.floor(func.extract("epoch", col)), BigInteger)
    return type_coerce(col, Text)  # the stored text, parsed by NumPy


class _index(_lookup):
    """:class:`_lookup` built from an array of ids, without a round trip through a list."""

    def __init__(self, ids):
        ids = np.asarray(ids, np.int64)
        self.table = np.full(int(ids.max()) + 1 if len(ids) else 1, -1, np.int64)
        self.table[ids] = np.arange(len(ids), dtype=np.int64)


class _People:
    """Person ids to indexes: the plan's own first, others appended as they turn up."""

    def __init__(self, ids: list[int]):
        self.ids = list(ids)
        self._table = _index(self.ids)

    def many(self, ids: np.ndarray, *, in_order: bool = False) -> np.ndarray:
        """Indexes of many ids, new ones appended sorted (or in first-seen order)."""
        ids = np.asarray(ids, np.int64)
        if not len(ids):
            return ids
        new = ids[self._table[ids] < 0]
        if len(new):
            uniq, first = np.unique(new, return_index=True)
            self.ids.extend((uniq[np.argsort(first)] if in_order else uniq).tolist())
            self._table = _index(self.ids)
        return self._table[ids]


def load(uow: UnitOfWork, data: PlanData) -> LogisticsData:
    s = uow.session
    dialect = s.connection().dialect.name
    focused = data.focus is not None
    mission_ids = list(data.missions.ids) if focused else None
    m_lookup = _lookup(data.missions.ids)
    item_lookup = _index(data.items.ids)
    v_lookup = _lookup(data.venues.ids)
    people = _People(data.person_ids)

    # Roles of the participants, coded by the database.
    code = case(_ROLE_CODES, value=Participant.role, else_=-1)
    rows = _ints(s, select(Participant.mission_id, Participant.person_id, code)
                 .where(Participant.role.in_(list(_ROLE_CODES))),
                 Participant.mission_id, mission_ids)
    role_mission = m_lookup[rows[:, 0]]
    role_person = people.many(rows[:, 1])
    keep = role_mission >= 0
    role_mission, role_person, role = role_mission[keep], role_person[keep], rows[keep, 2]

    # Blocks and assignments.
    brows = _ints(s, select(lm.RoomBlock.id, lm.RoomBlock.mission_id,
                            _day_number(dialect, lm.RoomBlock.check_in),
                            _day_number(dialect, lm.RoomBlock.check_out), lm.RoomBlock.rooms)
                  .order_by(lm.RoomBlock.id), lm.RoomBlock.mission_id, mission_ids)
    brows = brows[np.argsort(brows[:, 0], kind="stable")]
    b_lookup = _index(brows[:, 0])
    aq = select(lm.RoomAssignment.id, lm.RoomAssignment.block_id, lm.RoomAssignment.person_id,
                _day_number(dialect, lm.RoomAssignment.check_in),
                _day_number(dialect, lm.RoomAssignment.check_out))
    if focused:
        aq = aq.join(lm.RoomBlock, lm.RoomBlock.id == lm.RoomAssignment.block_id)
    arows = _ints(s, aq, lm.RoomBlock.mission_id, mission_ids)
    arows = arows[np.argsort(arows[:, 0], kind="stable")]

    # Trips, vehicles, passengers.
    trip_cols = (lm.Trip.id, lm.Trip.mission_id, lm.Trip.vehicle_id,
                 func.coalesce(lm.Trip.driver_id, 0), lm.Trip.to_item_id,
                 _epoch_seconds(dialect, lm.Trip.pickup_utc),
                 _epoch_seconds(dialect, lm.Trip.arrive_utc))
    trows = _ints(s, select(*trip_cols), lm.Trip.mission_id, mission_ids, instants=2)
    if focused and len(trows):
        # A vehicle or driver of this mission may be booked by another mission at the time.
        vehicles = np.unique(trows[:, 2]).tolist()
        drivers = np.unique(trows[trows[:, 3] > 0, 3]).tolist()
        extra = [_ints(s, select(*trip_cols), lm.Trip.vehicle_id, vehicles, instants=2)]
        if drivers:
            extra.append(_ints(s, select(*trip_cols), lm.Trip.driver_id, drivers, instants=2))
        trows = np.concatenate([trows, *extra])
        trows = trows[np.unique(trows[:, 0], return_index=True)[1]]
    trows = trows[np.argsort(trows[:, 0], kind="stable")]
    t_lookup = _index(trows[:, 0])
    vrows = _ints(s, select(lm.Vehicle.id, lm.Vehicle.seats).order_by(lm.Vehicle.id))
    vrows = vrows[np.argsort(vrows[:, 0], kind="stable")]
    veh_lookup = _index(vrows[:, 0])
    pq = select(lm.TripPassenger.trip_id, lm.TripPassenger.person_id)
    if focused:
        pq = pq.join(lm.Trip, lm.Trip.id == lm.TripPassenger.trip_id)
    prow = _ints(s, pq, lm.Trip.mission_id, mission_ids)
    tp_trip = t_lookup[prow[:, 0]]
    tp_person = people.many(prow[:, 1])
    keep = tp_trip >= 0
    driver_ids = trows[:, 3]
    trip_driver = np.full(len(trows), -1, np.int64)
    has_driver = driver_ids > 0
    trip_driver[has_driver] = people.many(driver_ids[has_driver], in_order=True)

    iq = select(lm.InterpreterBooking.item_id, lm.InterpreterBooking.person_id)
    if focused:
        iq = iq.join(Item, Item.id == lm.InterpreterBooking.item_id)
    irows = _ints(s, iq, Item.mission_id, mission_ids)
    ib_item = item_lookup[irows[:, 0]]
    ib_person = people.many(irows[:, 1])
    ikeep = ib_item >= 0

    as_block = b_lookup[arows[:, 1]]
    as_person = people.many(arows[:, 2])

    person_ids = people.ids
    masks, languages, step = _persons(s, person_ids, None if not focused else person_ids)
    venue_step = np.full(len(data.venues.ids), -1, np.int64)
    vrows_ = _ints(s, select(lm.VenueProfile.venue_id, cast(lm.VenueProfile.step_free, Integer))
                   .where(lm.VenueProfile.step_free.is_not(None)))
    v = v_lookup[vrows_[:, 0]]
    venue_step[v[v >= 0]] = np.where(vrows_[v >= 0, 1] != 0, 1, 0)
    data.person_ids[:] = person_ids  # refs of added persons can be fetched like the others

    return LogisticsData(
        role_mission=role_mission, role_person=role_person, role=role,
        lang_mask=masks, languages=languages, step_free_needed=step,
        venue_step_free=venue_step,
        block_ids=brows[:, 0], block_mission=m_lookup[brows[:, 1]],
        block_in=brows[:, 2], block_out=brows[:, 3], block_rooms=brows[:, 4],
        as_ids=arows[:, 0], as_block=as_block, as_person=as_person,
        as_in=arows[:, 3], as_out=arows[:, 4],
        trip_ids=trows[:, 0], trip_mission=m_lookup[trows[:, 1]],
        trip_vehicle=veh_lookup[trows[:, 2]], trip_driver=trip_driver,
        trip_to_item=item_lookup[trows[:, 4]],
        trip_pickup=trows[:, 5], trip_arrive=trows[:, 6],
        vehicle_ids=vrows[:, 0], vehicle_seats=vrows[:, 1],
        tp_trip=tp_trip[keep], tp_person=tp_person[keep],
        ib_item=ib_item[ikeep], ib_person=ib_person[ikeep])


def _persons(s, person_ids: list[int], only: list[int] | None,
             ) -> tuple[np.ndarray, list[str], np.ndarray]:
    """Per person index: the languages as a bit mask, the languages by bit, and whether
    step-free access is needed. Languages are numbered as they first turn up in the
    persons' order. All persons are read in one query unless ``only`` (a few) are asked."""
    n_persons = len(person_ids)
    index = _index(person_ids)
    # One row per distinct list of languages, with the ids of its persons packed as text
    # (a few hundred rows, not one per person).
    text = cast(Person.languages, Text)
    lq = select(text, func.aggregate_strings(cast(Person.id, Text), ",")).group_by(text)
    rows = _in_chunks(s, lq, Person.id, only)
    texts: dict[str, int] = {}
    pid_parts, code_parts = [], []
    for langs, ids in rows:
        ids = np.fromstring(ids, dtype=np.int64, sep=",")
        pid_parts.append(ids)
        code_parts.append(np.full(len(ids), texts.setdefault(langs or "[]", len(texts)),
                                  np.int64))
    pid = np.concatenate(pid_parts) if rows else np.zeros(0, np.int64)
    text_code = np.concatenate(code_parts) if rows else np.zeros(0, np.int64)
    pos = index[pid]
    known = pos >= 0
    per_person = np.full(n_persons, -1, np.int64)
    per_person[pos[known]] = text_code[known]
    # Bits in the order the lists first turn up over the persons by index.
    present = per_person[per_person >= 0]
    _, first = np.unique(present, return_index=True)
    order = present[np.sort(first)].tolist()
    by_code = list(texts)
    bits: dict[str, int] = {}
    code_mask = np.zeros(max(len(texts), 1), np.int64)
    for c in order:
        m = 0
        for lang in json.loads(by_code[c]) or ():
            key = str(lang).split("-")[0].strip().lower()
            if key:
                bit = bits.setdefault(key, len(bits))
                m |= 1 << min(bit, 62)
        code_mask[c] = m
    if len(bits) > 62:
        raise NotImplementedError("more than 62 languages in one check")
    masks = np.where(per_person >= 0, code_mask[np.maximum(per_person, 0)], 0)
    step = np.zeros(n_persons, bool)
    nq = select(lm.PersonNeed.person_id).where(lm.PersonNeed.step_free.is_(True))
    need = np.asarray([r[0] for r in _in_chunks(s, nq, lm.PersonNeed.person_id, only)], np.int64)
    need = index[need]
    step[need[need >= 0]] = True
    return masks, sorted(bits, key=bits.get), step
