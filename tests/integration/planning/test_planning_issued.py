"""Issued programmes: immutable snapshots and the change notice since the last one."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from almere_missions.errors import Refused
from almere_missions.planning import programme as prog
from almere_missions.planning.issued import (
    change_notice,
    issue_programme,
    issued_items,
    list_issued,
)
from almere_missions.planning.programme import ItemInput
from almere_missions.services.missions import get_mission
from tests.integration.planning.conftest import document, item, mission


@pytest.fixture
def season(load_doc):
    return load_doc(document(mission("M", "2022-05-10", "2022-05-11", (("mayor", "host"),), [
        item("welcome", "2022-05-10T09:30", "2022-05-10T10:30", venue="stadhuis",
             status="confirmed"),
        item("tour", "2022-05-10T11:00", "2022-05-10T13:00", venue="floriade"),
        item("lunch", "2022-05-10T13:00", "2022-05-10T14:00", venue="stadhuis"),
        item("dinner", "2022-05-10T19:00", "2022-05-10T21:00", venue="stadhuis"),
        item("bye", "2022-05-11T10:00", "2022-05-11T11:00", venue="stadhuis")]),
        mission("EMPTY", "2022-05-10", "2022-05-11", (), [])))


def run(db, fn, *args):
    with db.unit_of_work(db.test_admin) as u:
        if fn in (issue_programme, change_notice, list_issued, issued_items):
            out = fn(u, *args)
        else:
            out = fn(u, "M", get_mission(u, "M").version, *args)
        u.commit()
    return out


def test_issue_then_change_notice(season, cli):
    db = season
    assert run(db, change_notice, "M") is None
    assert run(db, issue_programme, "M") == 1
    notice = run(db, change_notice, "M")
    assert notice.issued_number == 1 and notice.changes == ()
    run(db, prog.move_item, "welcome", datetime(2022, 5, 10, 8, 0, tzinfo=UTC))
    run(db, prog.cancel_item, "dinner")
    run(db, prog.delete_item, "bye")
    view = run(db, lambda u, r, v: get_mission(u, r))
    lunch = prog.item_input(next(i for i in view.items if i.ref == "lunch"))
    run(db, prog.update_item, "lunch", ItemInput(**{**vars(lunch), "venue": "floriade"}))
    tour = prog.item_input(next(i for i in view.items if i.ref == "tour"))
    run(db, prog.update_item, "tour", ItemInput(**{**vars(tour), "title": "Expo tour"}))
    run(db, prog.add_item, ItemInput(kind="meeting", title="Press", ref="press",
                                     start=datetime(2022, 5, 10, 15, 0, tzinfo=UTC),
                                     end=datetime(2022, 5, 10, 15, 30, tzinfo=UTC)))
    notice = run(db, change_notice, "M")
    got = [(c.change, c.item_ref) for c in notice.changes]
    assert got == [("moved", "welcome"), ("changed", "tour"), ("venue_changed", "lunch"),
                   ("new", "press"), ("cancelled", "dinner"), ("removed", "bye")]
    moved = notice.changes[0]
    assert moved.after.start - moved.before.start == timedelta(minutes=30)
    assert moved.before.revision == 0 and moved.after.revision == 1
    # The issued snapshot does not change with the programme.
    first = run(db, issued_items, "M", 1)
    assert [i.ref for i in first] == ["welcome", "tour", "lunch", "dinner", "bye"]
    assert first[0].start == datetime(2022, 5, 10, 7, 30, tzinfo=UTC)
    # Issue again: nothing changed since the second version.
    r = cli(db, "issue", "M", "--note", "after the mayor's change")
    assert r.code == 0 and "issued programme 2" in r.out
    assert [i.number for i in run(db, list_issued, "M")] == [1, 2]
    doc = json.loads(cli(db, "changes", "M", "--json").out)
    assert doc["issued_number"] == 2 and doc["changes"] == []
    run(db, prog.resize_item, "press", datetime(2022, 5, 10, 16, 0, tzinfo=UTC))
    doc = json.loads(cli(db, "changes", "M", "--json").out)
    assert [(c["change"], c["item"]) for c in doc["changes"]] == [("moved", "press")]
    assert doc["changes"][0]["before"]["end"] == "2022-05-10T17:30"
    assert doc["changes"][0]["after"]["end"] == "2022-05-10T18:00"
    text = cli(db, "changes", "M")
    assert "moved\tpress" in text.out


def test_an_empty_programme_is_not_issued(season, cli):
    with pytest.raises(Refused):
        run(season, issue_programme, "EMPTY")
    assert cli(season, "issue", "EMPTY").code == 3
    assert cli(season, "issue", "NOPE").code == 2
