"""Publishing to a real Radicale server, read back with the ``caldav`` client.

The test that keeps publication state in the database runs on SQLite and
PostgreSQL; the others, about what reaches the server, on SQLite.
"""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime

import caldav
import pytest
from icalendar import Calendar

from almere_missions.calendars import ics
from almere_missions.calendars.caldav import publish
from almere_missions.db.models_calendars import CalendarPublication
from almere_missions.errors import EnvironmentProblem
from almere_missions.exchange.importer import import_document
from almere_missions.services.missions import load_snapshot
from tests.conftest import EXAMPLE
from tests.e2e import calendar_cases

USER = "iz-office"


def _load(db, doc):
    with db.unit_of_work(db.test_admin) as u:
        import_document(u, doc, "cases.json")
        u.commit()


def _publish(db, url, ref, name="Missions", **kw):
    with db.unit_of_work(db.test_admin) as u:
        result = publish(u, ref, url, name, username=USER, password="pw", **kw)
        u.commit()
    return result


def _read_back(url, name="Missions"):
    """{uid: VEVENT} as the server gives them back, and the resources' count."""
    client = caldav.DAVClient(url, username=USER, password="pw", enable_rfc6764=False)
    cal = next(c for c in client.principal().calendars() if c.get_display_name() == name)
    events = {}
    resources = cal.events()
    for res in resources:
        vevents = list(Calendar.from_ical(res.data).walk("VEVENT"))
        assert len(vevents) == 1, "one event per resource"
        events[str(vevents[0]["UID"])] = vevents[0]
    return cal, events


def _core_items(db, ref):
    with db.unit_of_work(db.test_admin, write=False) as u:
        return {ics.item_uid(it.ref): it for it in load_snapshot(u, [ref]).missions[0].items}


def test_publish_puts_each_item_as_its_own_resource_with_right_instants(sqlite_db, radicale):
    db = sqlite_db
    _load(db, calendar_cases.document())
    result = _publish(db, radicale, "CAL-EDGES")
    items = _core_items(db, "CAL-EDGES")
    assert sorted(result.created) == sorted(it.ref for it in items.values())
    cal, events = _read_back(radicale)
    assert set(events) == set(items)
    for uid, ev in events.items():
        it = items[uid]
        if it.all_day:
            assert ev["DTSTART"].dt == it.first_day
        else:
            assert ev["DTSTART"].dt.astimezone(UTC) == it.start
            assert ev["DTEND"].dt.astimezone(UTC) == it.end
        assert str(ev["STATUS"]) == it.status.upper()
        assert str(ev["X-ALMERE-MISSION"]) == "CAL-EDGES"
    # the server itself computes times from the VTIMEZONE it was sent: a time-range
    # query around 00:45-00:50 UTC on 27 March 2022 finds the item that spans the gap
    found = cal.search(start=datetime(2022, 3, 27, 0, 45, tzinfo=UTC),
                       end=datetime(2022, 3, 27, 0, 50, tzinfo=UTC), event=True)
    assert {str(e.icalendar_component["UID"]) for e in found} == {
        ics.item_uid("ams-spring-across")}
    found = cal.search(start=datetime(2022, 4, 2, 15, 25, tzinfo=UTC),
                       end=datetime(2022, 4, 2, 15, 26, tzinfo=UTC), event=True)
    assert {str(e.icalendar_component["UID"]) for e in found} == {ics.item_uid("syd-ends")}


def test_publish_again_updates_by_uid_removes_deleted_and_marks_cancelled(db, radicale):
    doc = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    _load(db, doc)
    # another mission on the same calendar
    _load(db, calendar_cases.document(calendar_cases.ITEMS[:3]))
    first = _publish(db, radicale, "FLO-2022-TPE")
    _publish(db, radicale, "CAL-EDGES")
    assert len(first.created) == 5
    _, before = _read_back(radicale)
    assert _publish(db, radicale, "FLO-2022-TPE").unchanged and not \
        _publish(db, radicale, "FLO-2022-TPE").updated

    changed = copy.deepcopy(doc)
    programme = changed["missions"][0]["programme"]
    programme[1]["start"], programme[1]["end"] = "2022-04-20T10:30", "2022-04-20T11:30"
    programme[2]["status"] = "cancelled"
    del programme[3]  # the internal briefing is dropped
    _load(db, changed)
    result = _publish(db, radicale, "FLO-2022-TPE")
    assert sorted(result.updated) == ["tpe-expo", "tpe-welcome"]
    assert result.cancelled == ["tpe-expo"]
    assert result.removed == [ics.item_uid("tpe-briefing")]
    assert sorted(result.unchanged) == ["tpe-arrival", "tpe-day2"]

    _, after = _read_back(radicale)
    welcome = after[ics.item_uid("tpe-welcome")]
    assert welcome["DTSTART"].dt.astimezone(UTC) == datetime(2022, 4, 20, 8, 30, tzinfo=UTC)
    assert int(welcome["SEQUENCE"]) > int(before[ics.item_uid("tpe-welcome")]["SEQUENCE"])
    assert str(after[ics.item_uid("tpe-expo")]["STATUS"]) == "CANCELLED"
    assert ics.item_uid("tpe-briefing") not in after
    # the other mission on the calendar was left alone
    edges = {uid for uid, ev in after.items() if str(ev["X-ALMERE-MISSION"]) == "CAL-EDGES"}
    assert edges == set(_core_items(db, "CAL-EDGES"))
    with db.unit_of_work(db.test_admin, write=False) as u:
        uids = set(u.session.scalars(CalendarPublication.__table__.select()
                                     .with_only_columns(CalendarPublication.uid)
                                     .where(CalendarPublication.mission_ref == "FLO-2022-TPE")))
    assert uids == {ics.item_uid(r) for r in ("tpe-arrival", "tpe-welcome", "tpe-expo",
                                              "tpe-day2")}


def test_guest_publication_holds_no_internal_items_or_notes(sqlite_db, radicale):
    db = sqlite_db
    _load(db, json.loads(EXAMPLE.read_text(encoding="utf-8")))
    _publish(db, radicale, "FLO-2022-TPE", name="Guests", audience="guest")
    _, events = _read_back(radicale, "Guests")
    assert ics.item_uid("tpe-briefing") not in events
    assert len(events) == 4
    for ev in events.values():
        assert "Gift" not in ev.to_ical().decode("utf-8")
        assert "ATTENDEE" not in ev and "ORGANIZER" not in ev


def test_publish_command_and_unreachable_server(sqlite_db, radicale, cli, monkeypatch):
    db = sqlite_db
    _load(db, json.loads(EXAMPLE.read_text(encoding="utf-8")))
    monkeypatch.setenv("ALMERE_MISSIONS_CALDAV_USERNAME", USER)
    monkeypatch.setenv("ALMERE_MISSIONS_CALDAV_PASSWORD", "pw")
    r = cli(db, "publish", "FLO-2022-TPE", "--caldav", radicale, "--calendar", "Floriade")
    assert r.code == 0, r
    assert "5 new" in r.out
    _, events = _read_back(radicale, "Floriade")
    assert len(events) == 5

    dead = radicale.rsplit(":", 1)[0] + ":9/"  # the discard port: nothing listens
    r = cli(db, "publish", "FLO-2022-TPE", "--caldav", dead, "--calendar", "Floriade")
    assert r.code == 1 and "cannot be reached" in r.err, r
    with pytest.raises(EnvironmentProblem), db.unit_of_work(db.test_admin) as u:
        publish(u, "FLO-2022-TPE", dead, "Floriade")
    r = cli(db, "publish", "FLO-2022-TPE", "--caldav", "http://u:secret@127.0.0.1:1/",
            "--calendar", "X")
    assert r.code == 2 and "password" in r.err


def test_the_use_case_talks_to_the_server_with_no_transaction_open_and_cancel_stores_nothing(
        sqlite_db, radicale, monkeypatch):
    from sqlalchemy import func, select

    from almere_missions.app import Caller
    from almere_missions.app import calendars as calendars_app
    from almere_missions.calendars import caldav as caldav_module
    from almere_missions.db.models_calendars import CalendarExportState
    from almere_missions.errors import Cancelled

    db = sqlite_db
    _load(db, calendar_cases.document())
    caller = Caller(db.url, db.test_admin)
    open_during_send = []
    real_send = caldav_module.send

    def watched_send(plan, progress=None):
        # another connection may write while the server is talked to: no lock is held
        with db.unit_of_work(db.test_admin) as u:
            u.record("test.probe", "mission", "CAL-EDGES")
            u.commit()
        open_during_send.append(True)
        return real_send(plan, progress)

    monkeypatch.setattr(caldav_module, "send", watched_send)
    sent = []

    def stop_after_the_first(done, total, text=""):
        if text == "publish" and done >= 1 and total > 1:
            sent.append(done)
            raise Cancelled()

    with pytest.raises(Cancelled):
        calendars_app.publish(caller, "CAL-EDGES", radicale, "Missions", username=USER,
                              password="pw", progress=stop_after_the_first)
    assert open_during_send and sent == [1]
    _cal, events = _read_back(radicale)
    assert len(events) == 1  # what reached the server stays there
    with db.unit_of_work(db.test_admin, write=False) as u:
        assert u.session.scalar(select(func.count()).select_from(CalendarPublication)) == 0
        assert u.session.scalar(select(func.count()).select_from(CalendarExportState)) == 0
    result = calendars_app.publish(caller, "CAL-EDGES", radicale, "Missions", username=USER,
                                   password="pw")
    items = _core_items(db, "CAL-EDGES")
    assert len(result.unchanged) == 1 and len(result.created) == len(items) - 1
    with db.unit_of_work(db.test_admin, write=False) as u:
        kept = u.session.scalar(select(func.count()).select_from(CalendarPublication))
    assert kept == len(items)
