"""Every logistics check on SQLite and PostgreSQL: a clean visit gives no alarm, each
planted problem is found, named with its people and mission."""

from __future__ import annotations

from datetime import date

import pytest

from almere_missions import app
from almere_missions.app import logistics as lg
from almere_missions.planning.checks import LOGISTICS_KINDS, check
from tests.integration.logistics.support import REF, build


@pytest.fixture(autouse=True)
def _close():
    yield
    app.close_databases()


def _found(db, ref=None, **parts):
    with db.unit_of_work(db.test_admin, write=False) as u:
        return check(u, ref, **parts)


def _kinds(problems):
    return sorted(p.kind for p in problems)


def test_a_clean_visit_gives_no_alarm(db):
    build(db)
    assert _found(db) == []
    assert _found(db, REF) == []


def test_a_guest_without_a_room_for_a_night(db):
    build(db, member_room=False)
    found = [p for p in _found(db, REF) if p.kind == "no_room"]
    assert len(found) == 1, found
    p = found[0]
    assert p.persons == ("log-member",) and p.missions == (REF,) and p.severity == "error"
    assert "2022-05-10, 2022-05-11" in p.message


def test_check_out_before_the_last_item(db):
    build(db, member_checkout=date(2022, 5, 11))
    found = _found(db)
    assert _kinds(found) == ["checkout_before_last_item"], found
    assert found[0].items == ("log-farewell",) and found[0].persons == ("log-member",)
    assert "checks out on 2022-05-11" in found[0].message


def test_more_rooms_in_use_than_the_block_holds(db):
    build(db, rooms=1)
    found = _found(db)
    assert _kinds(found) == ["room_beyond_block"], found
    assert "holds 1 rooms" in found[0].message and "2022-05-10" in found[0].message


def test_a_room_outside_the_block(db):
    caller = build(db)
    lg.assign_room(caller, "log-block", "log-member", room="102", check_in=date(2022, 5, 9),
                   check_out=date(2022, 5, 10))
    found = _found(db)
    assert _kinds(found) == ["room_beyond_block"], found
    assert found[0].persons == ("log-member",)


def test_vehicle_and_driver_in_two_places_at_once(db):
    caller = build(db)
    lg.add_vehicle(caller, "car-2", name="Car", seats=3)
    lg.add_trip(caller, REF, "log-trip-3", vehicle="van-1", from_venue="hotel-a",
                to_item="log-lunch")
    lg.add_trip(caller, REF, "log-trip-4", vehicle="car-2", driver="log-driver",
                from_item="log-meeting", to_item="log-lunch")
    found = _found(db)
    assert _kinds(found) == ["driver_double_booked", "vehicle_double_booked"], found
    by_kind = {p.kind: p for p in found}
    assert "log-trip-1" in by_kind["vehicle_double_booked"].message
    assert "log-trip-3" in by_kind["vehicle_double_booked"].message
    assert by_kind["driver_double_booked"].persons == ("log-driver",)


def test_more_passengers_than_seats(db):
    build(db, seats=1)
    found = _found(db)
    assert _kinds(found) == ["too_many_passengers"] * 2, found
    assert "2 passengers" in found[0].message and "1 seats" in found[0].message


def test_a_guest_with_no_way_to_the_next_venue(db):
    build(db, member_ride=False)
    found = _found(db)
    assert _kinds(found) == ["no_transport"], found
    assert found[0].items == ("log-meeting", "log-lunch")
    assert found[0].persons == ("log-member",)


def test_host_and_guest_without_a_common_language_need_an_interpreter(db):
    build(db, interpreter=False)
    found = _found(db)
    assert _kinds(found) == ["interpreter_needed"] * 4, found
    assert all("log-member" in p.persons and "log-host" in p.persons for p in found)
    assert "log-lead" not in found[0].persons  # speaks English with the hosts


def test_an_interpreter_in_two_places_at_once_is_a_clash(db):
    caller = build(db)
    lg.book_interpreter(caller, "log-side", "log-interpreter")
    found = _found(db)
    assert _kinds(found) == ["person_double_booked"], found
    assert found[0].persons == ("log-interpreter",)
    assert set(found[0].items) == {"log-meeting", "log-side"}


def test_a_venue_with_steps_for_a_guest_who_needs_step_free_access(db):
    build(db, step_free_stadhuis=False)
    found = _found(db)
    assert _kinds(found) == ["step_free_access"] * 2, found
    assert {p.items for p in found} == {("log-meeting",), ("log-farewell",)}
    assert all(p.persons == ("log-lead",) for p in found)


def test_logistics_only_and_clashes_only(db):
    build(db, member_room=False)
    assert _kinds(_found(db, clashes=False)) == ["no_room"]
    assert _found(db, logistics=False) == []
    assert set(LOGISTICS_KINDS) >= {p.kind for p in lg.check(
        app.Caller(db.url, db.test_admin), REF)}


def test_check_json_lists_logistics_problems_under_the_mission(db, cli):
    build(db, member_room=False)
    import json

    r = cli(db, "check", REF, "--json")
    assert r.code == 0, r
    doc = json.loads(r.out)
    assert [p["kind"] for p in doc["missions"][0]["problems"]] == ["no_room"]


def test_cli_demo_logistics_then_check_and_replies(db, cli):
    from almere_missions.demo.generator import demo_season
    from almere_missions.exchange.importer import import_document

    with db.unit_of_work(db.test_admin) as u:
        import_document(u, demo_season(), "demo.json")
        u.commit()
    r = cli(db, "logistics", "demo")
    assert r.code == 0 and "room blocks" in r.out, r
    again = cli(db, "logistics", "demo")  # refused in words, nothing added twice
    assert again.code != 0 and "logistics already" in again.err, again
    r = cli(db, "check")
    assert r.code == 0 and "\tno_room\t" in r.out and "\ttoo_many_passengers\t" in r.out, r
    r = cli(db, "reply", "set", "no-such-item", "nobody", "accepted")
    assert r.code == 2 and "was not invited" in r.err, r
    r = cli(db, "reply", "import", "/nonexistent.ics")
    assert r.code == 2 and "cannot read" in r.err, r
