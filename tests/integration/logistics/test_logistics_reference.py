"""The set-based room and transport checks against a plain reference, on random data.

Random room blocks, room assignments, vehicles, trips and passengers for the visit of
``support`` (SQLite and PostgreSQL); the problems the checks report, for all missions
and for the mission asked about, are those a few loops over the same rows give.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from itertools import combinations
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert, select

from almere_missions import app
from almere_missions.db.models import Item, Mission, Person, Venue
from almere_missions.db.models_logistics import (
    RoomAssignment,
    RoomBlock,
    Trip,
    TripPassenger,
    Vehicle,
)
from almere_missions.planning.checks import check
from tests.integration.logistics.support import REF, build

KINDS = ("no_room", "checkout_before_last_item", "room_beyond_block",
         "vehicle_double_booked", "driver_double_booked", "too_many_passengers")
GUESTS = ("log-lead", "log-member")
ITEMS = ("log-meeting", "log-lunch", "log-visit", "log-farewell")  # the guests' items
ZONE = ZoneInfo("Europe/Amsterdam")
DAY0 = date(2022, 5, 8)
T0 = datetime(2022, 5, 10, 6, 0, tzinfo=UTC)

stays = st.lists(st.tuples(st.sampled_from(GUESTS), st.integers(0, 5), st.integers(0, 3),
                           st.sampled_from(("101", "102", "103"))), max_size=4,
                 unique_by=lambda a: a[:2])  # one check-in a day per guest and block
blocks = st.one_of(st.none(), st.tuples(st.integers(0, 3), st.integers(1, 4),
                                        st.integers(0, 3)))
trips = st.lists(st.tuples(st.integers(0, 1), st.sampled_from((None, "log-driver", "log-host")),
                           st.sampled_from(ITEMS), st.integers(0, 40), st.integers(1, 8),
                           st.sets(st.sampled_from(GUESTS + ("log-officer",)))), max_size=5)


@pytest.fixture(autouse=True)
def _close():
    yield
    app.close_databases()


def _day(n: date) -> str:
    return n.isoformat()


def _reference(block, assignments, trip_rows, seats, item_times) -> Counter:
    """(kind, items, persons, detail) of every problem, by plain loops."""
    out: Counter = Counter()
    days = {ref: ((s.astimezone(ZONE)).date(), (e - timedelta(seconds=1)).astimezone(ZONE).date())
            for ref, (s, e) in item_times.items()}
    first = min(days[i][0] for i in ITEMS)
    last = max(days[i][1] for i in ITEMS)
    last_item = max(ITEMS, key=lambda i: item_times[i][1])
    if block is not None:
        b_in, b_out, rooms = block
        for g in GUESTS:
            mine = [(a_in, a_out) for who, a_in, a_out, _room in assignments if who == g]
            out_max = max((a_out for _i, a_out in mine), default=None)
            if out_max is not None and out_max < last:
                out[("checkout_before_last_item", (last_item,), (g,), "")] += 1
            until = last if out_max is None else min(last, out_max)
            missing = [first + timedelta(days=n) for n in range((until - first).days)]
            missing = [d for d in missing if not any(a <= d < b for a, b in mine)]
            if missing:
                out[("no_room", (), (g,), ", ".join(map(_day, missing)))] += 1
        for who, a_in, a_out, _room in assignments:
            if a_in < b_in or a_out > b_out:
                out[("room_beyond_block", (), (who,), "")] += 1
        nights = sorted({a_in + timedelta(days=n) for _w, a_in, a_out, _r in assignments
                         for n in range((a_out - a_in).days)})
        over = []
        for d in nights:
            used = {room for _w, a_in, a_out, room in assignments if a_in <= d < a_out}
            if len(used) > rooms:
                over.append(f"{len(used)} are in use on the night of {_day(d)}")
        if over:
            out[("room_beyond_block", (), (), ", ".join(over))] += 1
    for a, b in combinations(trip_rows, 2):
        if a["pickup"] < b["arrive"] and b["pickup"] < a["arrive"]:
            items = tuple(sorted((a["item"], b["item"]), key=lambda i: item_times[i]))
            if a["vehicle"] == b["vehicle"]:
                out[("vehicle_double_booked", items, (), "")] += 1
            if a["driver"] is not None and a["driver"] == b["driver"]:
                out[("driver_double_booked", items, (a["driver"],), "")] += 1
    for t in trip_rows:
        if len(t["passengers"]) > seats[t["vehicle"]]:
            out[("too_many_passengers", (t["item"],), tuple(sorted(t["passengers"])), "")] += 1
    return out


def _agree(found, expected: Counter) -> None:
    got = Counter((p.kind, p.items, p.persons) for p in found if p.kind in KINDS)
    assert got == Counter({k[:3]: n for k, n in expected.items()}), (found, expected)
    for kind, items, persons, detail in expected:
        if detail:
            assert any(p.kind == kind and p.items == items and p.persons == persons
                       and detail in p.message for p in found), (detail, found)


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(block=blocks, stays=stays, trips=trips, seats=st.tuples(st.integers(1, 3),
                                                                st.integers(1, 3)))
def test_the_checks_agree_with_a_plain_reference(built, block, stays, trips, seats):
    db = built
    with db.unit_of_work(db.test_admin) as u:
        s = u.session
        for model in (TripPassenger, Trip, RoomAssignment, RoomBlock):
            s.execute(delete(model))
        mid = s.scalar(select(Mission.id).where(Mission.ref == REF))
        hotel = s.scalar(select(Venue.id).where(Venue.ref == "hotel-a"))
        person = dict(s.execute(select(Person.ref, Person.id)).all())
        item = dict(s.execute(select(Item.ref, Item.id)).all())
        item_times = {r: (st_.replace(tzinfo=UTC) if st_.tzinfo is None else st_,
                          en.replace(tzinfo=UTC) if en.tzinfo is None else en)
                      for r, st_, en in s.execute(select(Item.ref, Item.start_utc,
                                                         Item.end_utc))}
        vans = [s.scalar(select(Vehicle.id).where(Vehicle.ref == ref))
                for ref in ("van-1", "car-2")]
        for vid, n in zip(vans, seats, strict=True):
            s.execute(Vehicle.__table__.update().where(Vehicle.id == vid).values(seats=n))
        block_row = None
        assignments = []
        if block is not None:
            start, nights, rooms = block
            block_row = (DAY0 + timedelta(days=start),
                         DAY0 + timedelta(days=start + nights), rooms)
            bid = s.execute(insert(RoomBlock).values(
                ref="rand-block", mission_id=mid, hotel_id=hotel, check_in=block_row[0],
                check_out=block_row[1], rooms=rooms, cost_per_night=Decimal("100.00"),
                currency="EUR", payer="Gemeente Almere")).inserted_primary_key[0]
            for who, start, nights, room in stays:
                a_in = DAY0 + timedelta(days=start)
                a_out = a_in + timedelta(days=nights)
                assignments.append((who, a_in, a_out, room))
                s.execute(insert(RoomAssignment).values(block_id=bid, person_id=person[who],
                                                        room=room, check_in=a_in,
                                                        check_out=a_out))
        trip_rows = []
        for n, (van, driver, to, start, length, riders) in enumerate(trips):
            pickup = T0 + timedelta(minutes=15 * start)
            arrive = pickup + timedelta(minutes=15 * length)
            tid = s.execute(insert(Trip).values(
                ref=f"rand-trip-{n}", mission_id=mid, vehicle_id=vans[van],
                driver_id=person[driver] if driver else None, to_item_id=item[to],
                pickup_utc=pickup, arrive_utc=arrive)).inserted_primary_key[0]
            for who in riders:
                s.execute(insert(TripPassenger).values(trip_id=tid, person_id=person[who]))
            trip_rows.append({"vehicle": van, "driver": driver, "item": to, "pickup": pickup,
                              "arrive": arrive, "passengers": riders})
        u.commit()
    expected = _reference(block_row, assignments, trip_rows, seats, item_times)
    with db.unit_of_work(db.test_admin, write=False) as u:
        _agree(check(u, clashes=False), expected)
        _agree(check(u, REF, clashes=False), expected)


@pytest.fixture
def built(db):
    caller = build(db)
    from almere_missions.app import logistics as lg

    lg.add_vehicle(caller, "car-2", name="Car", seats=3)
    return db
