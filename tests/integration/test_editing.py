"""The desktop program's simple edits (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from almere_missions.errors import EditConflict, InvalidInput, PermissionDenied, Refused
from almere_missions.services import editing, missions, users
from almere_missions.views import CostView


def _mission(uow, **over) -> editing.MissionInput:
    data = dict(direction="incoming", title={"en": "Visit from Taipei", "nl": "Bezoek Taipei"},
                start=date(2022, 4, 20), end=date(2022, 4, 22), countries=("TW",),
                themes=("floriade",), goals=("positioning",))
    data.update(over)
    return editing.MissionInput(**data)


def _create(uow, **over):
    with uow() as u:
        view = editing.create_mission(u, _mission(u, **over))
        u.commit()
    return view


def _person(uow, name="林美玲", latin="Lin Mei-ling", **over):
    with uow() as u:
        view = editing.save_person(u, editing.PersonInput(name=name, latin_name=latin, **over),
                                   None)
        u.commit()
    return view


def test_create_mission_numbers_refs_per_year_and_records(db, uow):
    first = _create(uow)
    second = _create(uow)
    out = _create(uow, direction="outgoing", start=date(2022, 6, 1), end=date(2022, 6, 3))
    assert (first.ref, second.ref, out.ref) == ("IN-2022-001", "IN-2022-002", "OUT-2022-001")
    assert first.status == "draft" and first.version == 1
    with uow(write=False) as u:
        rows = missions.list_missions(u)
    assert [r.ref for r in rows] == ["IN-2022-001", "IN-2022-002", "OUT-2022-001"]


def test_create_mission_records_the_change(db, uow):
    with uow() as u:
        editing.create_mission(u, _mission(u))
        assert [c.action for c in u.changes] == ["mission.create"]
        u.commit()


@pytest.mark.parametrize("over, field", [
    (dict(title=" "), "title"),
    (dict(direction="sideways"), "direction"),
    (dict(end=date(2022, 4, 1)), "end"),
    (dict(timezone="CET"), "timezone"),
    (dict(countries=("XX",)), "countries"),
    (dict(countries=()), "countries"),
    (dict(themes=("astrology",)), "themes"),
])
def test_create_mission_refuses_bad_input_and_writes_nothing(db, uow, over, field):
    with uow() as u, pytest.raises(InvalidInput) as err:
        editing.create_mission(u, _mission(u, **over))
    assert err.value.field == field
    with uow(write=False) as u:
        assert missions.list_missions(u) == []


def test_create_mission_refuses_a_taken_ref(db, uow):
    _create(uow, ref="FLO-1")
    with uow() as u, pytest.raises(InvalidInput, match="already exists"):
        editing.create_mission(u, _mission(u, ref="FLO-1"))


def test_only_officers_edit(db, uow):
    with uow() as u:
        users.add(u, "reader", ["viewer"])
        u.commit()
    with uow("reader") as u, pytest.raises(PermissionDenied):
        editing.create_mission(u, _mission(u))


def test_delete_mission_only_a_draft_and_with_locking(db, uow):
    m = _create(uow)
    with uow() as u, pytest.raises(EditConflict):
        editing.delete_mission(u, m.ref, m.version + 5)
    with uow() as u:
        missions.set_status(u, m.ref, "submitted")
        u.commit()
    with uow() as u, pytest.raises(Refused, match="only a draft"):
        editing.delete_mission(u, m.ref, None)
    other = _create(uow)
    with uow() as u:
        editing.delete_mission(u, other.ref, other.version)
        u.commit()
    with uow(write=False) as u:
        assert [r.ref for r in missions.list_missions(u)] == [m.ref]


def test_save_person_creates_with_a_ref_and_records_field_names_only(db, uow):
    with uow() as u:
        p = editing.save_person(u, editing.PersonInput(
            name="林美玲", latin_name="Lin Mei-ling", nationality=("TW",),
            languages=("zh-Hant", "en"), dietary="vegetarian", email="lin@example.org"), None)
        change = u.changes[-1]
        u.commit()
    assert p.ref == "lin-mei-ling" and p.version == 1
    assert change.action == "person.create"
    assert "vegetarian" not in repr(change) and "lin@example.org" not in repr(change)
    assert "dietary" in change.after
    second = _person(uow)
    assert second.ref == "lin-mei-ling-2"


def test_save_person_updates_and_detects_conflicts(db, uow):
    p = _person(uow)
    with uow() as u:
        changed = editing.save_person(u, editing.PersonInput(
            ref=p.ref, name=p.name, latin_name=p.latin_name, function="Deputy Mayor"), p.version)
        change = u.changes[-1]
        u.commit()
    assert changed.function == "Deputy Mayor" and changed.version == p.version + 1
    assert change.after == ["function"] and change.before is None
    with uow() as u, pytest.raises(EditConflict):
        editing.save_person(u, editing.PersonInput(ref=p.ref, name="x"), p.version)


@pytest.mark.parametrize("over, field", [
    (dict(name=""), "name"),
    (dict(nationality=("TWN",)), "nationality"),
    (dict(languages=("zh_Hant",)), "languages"),
    (dict(email="not-an-address"), "email"),
])
def test_save_person_validates(db, uow, over, field):
    data = dict(name="Jeroen Bakker") | over
    with uow() as u, pytest.raises(InvalidInput) as err:
        editing.save_person(u, editing.PersonInput(**data), None)
    assert err.value.field == field


def test_save_venue_create_update_validate(db, uow):
    with uow() as u:
        v = editing.save_venue(u, editing.VenueInput(
            name={"nl": "Stadhuis Almere", "en": "Almere City Hall"}, country="NL",
            timezone="Europe/Amsterdam", city="Almere", capacity=80), None)
        u.commit()
    assert v.ref == "almere-city-hall"
    with uow() as u:
        v2 = editing.save_venue(u, editing.VenueInput(
            ref=v.ref, name=v.name, country="NL", timezone="Europe/Amsterdam", city="Almere",
            capacity=120), v.version)
        u.commit()
    assert v2.capacity == 120 and v2.version == v.version + 1
    with uow() as u, pytest.raises(EditConflict):
        editing.save_venue(u, editing.VenueInput(ref=v.ref, name="x", country="NL",
                                                 timezone="Europe/Amsterdam"), v.version)
    for bad, field in ((dict(timezone="CEST"), "timezone"), (dict(country="NLD"), "country"),
                       (dict(name=""), "name"), (dict(lat=95.0), "lat")):
        data = dict(name="Floriade", country="NL", timezone="Europe/Amsterdam") | bad
        with uow() as u, pytest.raises(InvalidInput) as err:
            editing.save_venue(u, editing.VenueInput(**data), None)
        assert err.value.field == field


def test_set_participants_replaces_in_order_with_locking(db, uow):
    m = _create(uow)
    lead = _person(uow)
    host = _person(uow, name="Marieke de Vries", latin=None, staff=True)
    with uow() as u:
        view = editing.set_participants(u, m.ref, m.version,
                                        [(lead.ref, "delegation_leader"), (host.ref, "host")])
        u.commit()
    assert [(p.person, p.role) for p in view.participants] == [
        (lead.ref, "delegation_leader"), (host.ref, "host")]
    assert view.version == m.version + 1
    with uow() as u, pytest.raises(EditConflict):
        editing.set_participants(u, m.ref, m.version, [])
    with uow() as u, pytest.raises(InvalidInput) as err:
        editing.set_participants(u, m.ref, view.version, [("nobody", "host")])
    assert err.value.field == "participants[0].person"
    with uow() as u, pytest.raises(InvalidInput) as err:
        editing.set_participants(u, m.ref, view.version, [(lead.ref, "boss")])
    assert err.value.field == "participants[0].role"
    with uow(write=False) as u:
        assert len(missions.get_mission(u, m.ref).participants) == 2


def test_set_costs_validates_and_replaces(db, uow):
    m = _create(uow)
    lines = [CostView("Lunch", Decimal("450.00")),
             CostView({"nl": "Bus", "en": "Coach"}, Decimal("1250.5"), "EUR", "Floriade B.V.")]
    with uow() as u:
        view = editing.set_costs(u, m.ref, m.version, lines)
        u.commit()
    assert [c.amount for c in view.costs] == [Decimal("450.00"), Decimal("1250.5")]
    assert view.costs[1].paid_by == "Floriade B.V."
    for bad, field in ((CostView("x", Decimal("-1")), "costs[0].amount"),
                       (CostView("x", Decimal("1.001")), "costs[0].amount"),
                       (CostView("", Decimal("1")), "costs[0].description"),
                       (CostView("x", Decimal("1"), "EURO"), "costs[0].currency")):
        with uow() as u, pytest.raises(InvalidInput) as err:
            editing.set_costs(u, m.ref, view.version, [bad])
        assert err.value.field == field
    with uow() as u, pytest.raises(EditConflict):
        editing.set_costs(u, m.ref, m.version, [])
    with uow() as u:
        empty = editing.set_costs(u, m.ref, view.version, [])
        u.commit()
    assert empty.costs == ()


def test_update_mission_validates_form_fields_and_locks(db, uow):
    m = _create(uow)
    with uow() as u:
        view = editing.update_mission(u, m.ref, m.version, counterpart="  Taipei City ",
                                      cities=["Almere", " "], end_date=date(2022, 4, 23))
        u.commit()
    assert view.counterpart == "Taipei City" and view.cities == ("Almere",)
    assert view.end == date(2022, 4, 23)
    for bad, field in ((dict(countries=["XX"]), "countries"), (dict(title=""), "title"),
                       (dict(timezone="CET"), "timezone"), (dict(themes=["x"]), "themes")):
        with uow() as u, pytest.raises(InvalidInput) as err:
            editing.update_mission(u, m.ref, view.version, **bad)
        assert err.value.field == field
    with uow() as u, pytest.raises(EditConflict):
        editing.update_mission(u, m.ref, m.version, counterpart="x")
