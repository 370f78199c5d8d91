"""What the desktop's logistics tab reads and undoes: the panel, per role, and the
removals and changes that undo an addition or an edit."""

from __future__ import annotations

from datetime import date

import pytest

from almere_missions.app import Caller
from almere_missions.app import logistics as lg
from almere_missions.errors import InvalidInput, NotFound, PermissionDenied
from almere_missions.services import users
from tests.integration.logistics.support import REF, build


def _as(db, name: str, *roles: str) -> Caller:
    with db.unit_of_work(db.test_admin) as u:
        users.add(u, name, list(roles))
        u.commit()
    return Caller(db.url, name)


def test_the_panel_shows_rooms_rides_interpreters_needs_and_invitations(db):
    caller = build(db)
    panel = lg.logistics_panel(caller, REF)
    assert panel.allowed
    assert [(b.ref, b.hotel, b.rooms, b.used) for b in panel.blocks] == [
        ("log-block", "hotel-a", 2, 2)]
    assert {(r.person, r.room, r.nights) for r in panel.rooms} == {
        ("log-lead", "101", 2), ("log-member", "102", 2)}
    trip = next(t for t in panel.trips if t.ref == "log-trip-1")
    assert (trip.vehicle, trip.driver, trip.from_item, trip.to_item) == (
        "van-1", "log-driver", "log-meeting", "log-lunch")
    assert trip.pickup < trip.arrive and trip.passengers == ("log-lead", "log-member")
    items = {i.ref: i.interpreters for i in panel.items}
    assert items["log-meeting"] == ("log-interpreter",) and items["log-side"] == ()
    needs = {n.person: n for n in panel.needs}
    assert needs["log-lead"].dietary == "vegetarian" and needs["log-lead"].step_free
    assert needs["log-member"].allergies == "peanuts"
    assert "log-driver" not in needs  # needs are the participants'
    assert ("hotel-a", "Hotel A") in panel.hotels
    assert {pl.what for pl in panel.pending} <= {"new"}  # nobody has an e-mail address yet


def test_roles_see_what_they_may(db):
    build(db)
    viewer = lg.logistics_panel(_as(db, "v-only", "viewer"), REF)
    assert not viewer.allowed and viewer.blocks == () and viewer.needs is None
    approver = lg.logistics_panel(_as(db, "appr", "approver"), REF)
    assert approver.allowed and approver.blocks and approver.needs is None
    with pytest.raises(PermissionDenied):
        lg.delete_trip(_as(db, "appr2", "approver"), "log-trip-1")


def test_removals_and_changes_undo_the_additions(db):
    caller = build(db)
    d10, d11, d12 = date(2022, 5, 10), date(2022, 5, 11), date(2022, 5, 12)
    lg.update_room(caller, "log-block", "log-member", d10, room="105", new_check_in=d11,
                   check_out=d12)
    rooms = {r.person: r for r in lg.logistics_panel(caller, REF).rooms}
    assert (rooms["log-member"].room, rooms["log-member"].check_in) == ("105", d11)
    with pytest.raises(NotFound):
        lg.unassign_room(caller, "log-block", "log-member", d10)
    with pytest.raises(InvalidInput, match="field check_out"):
        lg.update_room(caller, "log-block", "log-member", d11, room="105", new_check_in=d12,
                       check_out=d11)
    with pytest.raises(InvalidInput, match="rooms assigned"):
        lg.delete_room_block(caller, "log-block")
    lg.unassign_room(caller, "log-block", "log-member", d11)
    lg.unassign_room(caller, "log-block", "log-lead", d10)
    lg.delete_room_block(caller, "log-block")
    with pytest.raises(InvalidInput, match="used by rides"):
        lg.delete_vehicle(caller, "van-1")
    lg.delete_trip(caller, "log-trip-1")
    lg.delete_trip(caller, "log-trip-2")
    lg.delete_vehicle(caller, "van-1")
    lg.cancel_interpreter(caller, "log-meeting", "log-interpreter")
    with pytest.raises(NotFound):
        lg.cancel_interpreter(caller, "log-meeting", "log-interpreter")
    panel = lg.logistics_panel(caller, REF)
    assert panel.blocks == () and panel.rooms == () and panel.trips == ()
    assert "van-1" not in {v.ref for v in panel.vehicles}
    assert {i.ref: i.interpreters for i in panel.items}["log-meeting"] == ()
    assert lg.needs_of(caller, "log-member").allergies == "peanuts"
