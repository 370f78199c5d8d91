"""Programme services: edits, validation, revisions, locking and roles (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from almere_missions.errors import EditConflict, InvalidInput, NotFound, PermissionDenied
from almere_missions.planning import programme as prog
from almere_missions.planning.display import format_item_end, format_item_span, format_item_time
from almere_missions.planning.programme import ItemInput
from almere_missions.services.missions import get_mission
from tests.integration.planning.conftest import document, item, mission

AMS = ZoneInfo("Europe/Amsterdam")
TPE = ZoneInfo("Asia/Taipei")


@pytest.fixture
def edit(db, load_doc):
    """``edit(fn, *args)``: run a programme service in its own committed unit of work and
    return (the new MissionView, the recorded changes)."""
    load_doc(document(
        mission("M", "2022-10-28", "2022-10-31",
                (("mayor", "host"), ("officer", "staff"), ("guest-1", "delegation_leader")), [
                    item("m-1", "2022-10-29T09:30", "2022-10-29T10:30", venue="stadhuis",
                         status="confirmed"),
                    item("m-2", "2022-10-29T11:00", "2022-10-29T12:00", venue="floriade",
                         participants=["mayor", "guest-1"])])))

    def run(fn, *args, user=None):
        with db.unit_of_work(user or db.test_admin) as u:
            version = get_mission(u, "M").version
            view = fn(u, "M", version, *args)
            changes = list(u.changes)
            u.commit()
        return view, changes

    return run


def items(view):
    return {i.ref: i for i in view.items}


def test_add_item_defaults_ref_zone_and_records(edit):
    view, changes = edit(prog.add_item, ItemInput(
        kind="meal", title={"en": "Lunch", "nl": "Lunch"},
        start=datetime(2022, 10, 29, 12, 30, tzinfo=AMS),
        end=datetime(2022, 10, 29, 13, 30, tzinfo=AMS), venue="stadhuis",
        participants=("mayor", "guest-1")))
    new = [i for i in view.items if i.ref not in ("m-1", "m-2")]
    assert len(new) == 1
    it = new[0]
    assert it.ref == "M-1" and it.timezone == "Europe/Amsterdam" and it.revision == 0
    assert it.start == datetime(2022, 10, 29, 10, 30, tzinfo=UTC)
    assert it.participants == ("guest-1", "mayor")
    assert format_item_span(it) == "12:30 CEST – 13:30 CEST"
    assert [c.action for c in changes] == ["item.create"]
    assert changes[0].after["start"] == "2022-10-29T12:30" and changes[0].mission_ref == "M"
    assert view.version == 2  # one step per edit
    again, _ = edit(prog.add_item, ItemInput(
        kind="meal", title="Dinner", start=datetime(2022, 10, 29, 18, 0, tzinfo=AMS),
        end=datetime(2022, 10, 29, 20, 0, tzinfo=AMS)))
    assert "M-2" in items(again) and items(again)["M-2"].timezone == "Europe/Amsterdam"


BAD_INPUTS = [
    (dict(start=datetime(2022, 10, 29, 9, 0)), "start"),  # naive
    (dict(start=datetime(2022, 3, 27, 2, 30, tzinfo=AMS)), "start"),  # in the spring gap
    (dict(start=datetime(2022, 10, 30, 2, 30, tzinfo=AMS),
          end=datetime(2022, 10, 30, 4, 0, tzinfo=AMS)), "start"),  # ambiguous wall time
    (dict(end=datetime(2022, 10, 29, 8, 0, tzinfo=AMS)), "end"),  # before the start
    (dict(venue="nowhere"), "venue"),
    (dict(to_venue="nowhere"), "to_venue"),
    (dict(timezone="CET"), "timezone"),
    (dict(participants=("guest-3",)), "participants"),
    (dict(participants=("mayor", "mayor")), "participants"),
    (dict(kind="party"), "kind"),
    (dict(status="maybe"), "status"),
    (dict(title=""), "title"),
    (dict(ref="m-1"), "ref"),
]


def test_invalid_input_names_the_field_and_writes_nothing(db, edit):
    # One database for all cases: each is refused before anything is written.
    base = dict(kind="meeting", title="T", start=datetime(2022, 10, 29, 9, 0, tzinfo=AMS),
                end=datetime(2022, 10, 29, 10, 0, tzinfo=AMS))
    for data, field in BAD_INPUTS:
        with pytest.raises(InvalidInput) as err:
            edit(prog.add_item, ItemInput(**{**base, **data}))
        assert err.value.field == field, (data, str(err.value))
    with db.unit_of_work(db.test_admin, write=False) as u:
        m = get_mission(u, "M")
        assert set(items(m)) == {"m-1", "m-2"} and m.version == 1


def test_second_occurrence_of_an_ambiguous_time_is_accepted_with_fold(edit):
    view, _ = edit(prog.add_item, ItemInput(
        kind="meeting", title="Night call", ref="night",
        start=datetime(2022, 10, 30, 2, 30, tzinfo=AMS, fold=1),
        end=datetime(2022, 10, 30, 3, 0, tzinfo=AMS)))
    it = items(view)["night"]
    assert it.start == datetime(2022, 10, 30, 1, 30, tzinfo=UTC)
    assert format_item_span(it) == "02:30 CET – 03:00 CET"


def test_edit_conflict_and_roles(db, edit):
    from almere_missions.services import users

    with db.unit_of_work(db.test_admin) as u:
        version = get_mission(u, "M").version
    edit(prog.cancel_item, "m-2")
    with db.unit_of_work(db.test_admin) as u, pytest.raises(EditConflict):
        prog.move_item(u, "M", version, "m-1", datetime(2022, 10, 29, 9, 0, tzinfo=UTC))
    if db.is_sqlite:
        with db.unit_of_work(db.test_admin) as u:
            users.add(u, "reader", ["viewer"])
            u.commit()
        with pytest.raises(PermissionDenied):
            edit(prog.cancel_item, "m-1", user="reader")
    with pytest.raises(NotFound):
        edit(prog.cancel_item, "nope")


def test_move_keeps_duration_across_the_dst_change_and_raises_revision(edit):
    # 29 Oct 09:30 CEST → 30 Oct 09:30 CET: still one hour long
    view, changes = edit(prog.move_item, "m-1", datetime(2022, 10, 30, 9, 30, tzinfo=AMS))
    it = items(view)["m-1"]
    assert it.end - it.start == timedelta(hours=1)
    assert format_item_span(it) == "09:30 CET – 10:30 CET"
    assert it.revision == 1
    assert changes[0].action == "item.update"
    assert changes[0].before["start"] == "2022-10-29T09:30"
    assert changes[0].after["start"] == "2022-10-30T09:30"


def test_resize_cancel_restore_and_delete(edit):
    view, _ = edit(prog.resize_item, "m-2", datetime(2022, 10, 29, 12, 30, tzinfo=AMS))
    assert items(view)["m-2"].end == datetime(2022, 10, 29, 10, 30, tzinfo=UTC)
    assert items(view)["m-2"].revision == 1
    with pytest.raises(InvalidInput):
        edit(prog.resize_item, "m-2", datetime(2022, 10, 29, 10, 0, tzinfo=AMS))
    with pytest.raises(InvalidInput):
        edit(prog.restore_item, "m-1")  # not cancelled
    view, _ = edit(prog.cancel_item, "m-1")
    assert items(view)["m-1"].status == "cancelled" and items(view)["m-1"].revision == 1
    view, _ = edit(prog.restore_item, "m-1")
    assert items(view)["m-1"].status == "tentative" and items(view)["m-1"].revision == 2
    view, changes = edit(prog.delete_item, "m-2")
    assert "m-2" not in items(view)
    assert changes[0].action == "item.delete" and changes[0].before["ref"] == "m-2"


def test_update_item_revision_only_for_material_changes(edit):
    view, _ = edit(lambda u, r, v: get_mission(u, r))
    current = items(view)["m-1"]
    data = prog.item_input(current)
    view, changes = edit(prog.update_item, "m-1", ItemInput(**{**vars(data), "notes": "flowers"}))
    assert items(view)["m-1"].revision == 0 and items(view)["m-1"].notes == "flowers"
    assert changes[0].after["notes"] == "flowers"
    view, _ = edit(prog.update_item, "m-1", ItemInput(**{**vars(data), "venue": "floriade"}))
    assert items(view)["m-1"].revision == 1 and items(view)["m-1"].venue == "floriade"
    view, _ = edit(prog.update_item, "m-1",
                   ItemInput(**{**vars(data), "venue": "floriade", "participants": ("mayor",)}))
    assert items(view)["m-1"].revision == 2 and items(view)["m-1"].participants == ("mayor",)
    with pytest.raises(InvalidInput):
        edit(prog.update_item, "m-1", ItemInput(**{**vars(data), "ref": "other"}))


def test_flight_ends_in_another_zone_on_the_next_local_day(edit):
    view, _ = edit(prog.add_item, ItemInput(
        kind="travel", title="KL807 Amsterdam – Taipei", ref="flight",
        start=datetime(2022, 10, 28, 20, 40, tzinfo=AMS),
        end=datetime(2022, 10, 29, 14, 50, tzinfo=TPE), venue="schiphol",
        to_venue="tpe-airport", end_timezone="Asia/Taipei"))
    it = items(view)["flight"]
    assert it.timezone == "Europe/Amsterdam" and it.end_timezone == "Asia/Taipei"
    assert it.last_day == date(2022, 10, 29)
    assert format_item_span(it) == "20:40 CEST – Oct 29, 2022 14:50 CST"
    assert format_item_time(it) == "20:40 CEST"
    assert format_item_end(it, "nl") == "29 okt 2022 14:50 CST"


def test_all_day_items_are_stored_as_local_midnights(edit):
    view, _ = edit(prog.add_item, ItemInput(
        kind="visit", title="Expo", ref="expo", all_day=True, venue="floriade",
        start=datetime(2022, 10, 30, 0, 0, tzinfo=AMS),
        end=datetime(2022, 11, 1, 0, 0, tzinfo=AMS)))
    it = items(view)["expo"]
    assert it.all_day and (it.first_day, it.last_day) == (date(2022, 10, 30), date(2022, 10, 31))
    assert it.start == datetime(2022, 10, 29, 22, 0, tzinfo=UTC)  # midnight CEST
    assert it.end == datetime(2022, 10, 31, 23, 0, tzinfo=UTC)  # midnight CET
    view, _ = edit(prog.move_item, "expo", datetime(2022, 10, 28, 0, 0, tzinfo=AMS))
    it = items(view)["expo"]
    assert (it.first_day, it.last_day) == (date(2022, 10, 28), date(2022, 10, 29))


def test_duplicate_day_keeps_local_times_across_dst(edit):
    view, changes = edit(prog.duplicate_day, date(2022, 10, 29), date(2022, 10, 30))
    assert view.version == 2
    copies = [i for i in view.items if i.first_day == date(2022, 10, 30)]
    assert len(copies) == 2
    assert [format_item_span(i) for i in copies] == ["09:30 CET – 10:30 CET",
                                                      "11:00 CET – 12:00 CET"]
    assert all(i.status == "tentative" for i in copies)
    assert {i.participants for i in copies} == {None, ("guest-1", "mayor")}
    assert [c.action for c in changes] == ["item.create", "item.create"]
    with pytest.raises(InvalidInput):
        edit(prog.duplicate_day, date(2022, 11, 5), date(2022, 11, 6))


def test_shift_mission_by_days_and_by_hours(edit):
    before, _ = edit(lambda u, r, v: get_mission(u, r))
    view, changes = edit(prog.shift_mission, timedelta(days=1))
    assert view.version == before.version + 1
    assert (view.start, view.end) == (date(2022, 10, 29), date(2022, 11, 1))
    assert format_item_span(items(view)["m-1"]) == "09:30 CET – 10:30 CET"
    assert items(view)["m-1"].first_day == date(2022, 10, 30)
    assert all(i.revision == 1 for i in view.items)
    assert {c.action for c in changes} == {"mission.update", "item.update"}
    view, _ = edit(prog.shift_mission, timedelta(hours=2))
    assert (view.start, view.end) == (date(2022, 10, 29), date(2022, 11, 1))
    assert format_item_span(items(view)["m-1"]) == "11:30 CET – 12:30 CET"
