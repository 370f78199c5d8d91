"""Calendar exports on SQLite and PostgreSQL: content per audience, RFC 5545 form,
stable UIDs, SEQUENCE, and a round trip through the icalendar parser."""

from __future__ import annotations

import copy
import json
import re
from datetime import UTC, date, timedelta

import pytest
from icalendar import Calendar

from almere_missions.calendars import ics
from almere_missions.errors import NotFound, PermissionDenied
from almere_missions.exchange.importer import import_document
from almere_missions.services import users
from almere_missions.services.missions import load_snapshot
from tests.conftest import EXAMPLE
from tests.e2e import calendar_cases

REF = "FLO-2022-TPE"


def _doc():
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def _load(db, doc):
    with db.unit_of_work(db.test_admin) as u:
        import_document(u, doc, "doc.json")
        u.commit()


def _cal(db, fn, *args, **kw) -> bytes:
    with db.unit_of_work(db.test_admin) as u:
        data = fn(u, *args, **kw)
        u.commit()
    return data


def _events(data: bytes) -> dict[str, object]:
    return {str(e["UID"]): e for e in Calendar.from_ical(data).walk("VEVENT")}


def test_guest_calendar_of_a_mission(db):
    _load(db, _doc())
    data = _cal(db, ics.mission_calendar, REF)
    text = data.decode("utf-8")
    # CRLF everywhere, no bare LF, no line over 75 octets
    assert "\n" not in text.replace("\r\n", "")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    head = text.split("BEGIN:VTIMEZONE")[0]
    for prop in ("PRODID:-//Gemeente Almere//Almere Missions", "VERSION:2.0",
                 "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
                 "X-WR-CALNAME:Taipei delegation visit to Floriade (FLO-2022-TPE)"):
        assert prop in head
    events = _events(data)
    assert set(events) == {ics.item_uid(r) for r in
                           ("tpe-arrival", "tpe-welcome", "tpe-expo", "tpe-day2")}
    assert "Gift" not in text and "ATTENDEE" not in text and "ORGANIZER" not in text
    welcome = events[ics.item_uid("tpe-welcome")]
    assert str(welcome["SUMMARY"]) == "Welcome by the mayor"
    assert str(welcome["LOCATION"]) == "Almere City Hall, Stadhuisplein 1, 1315 HR, Almere"
    assert welcome["GEO"].latitude == pytest.approx(52.3708)
    assert welcome["DTSTART"].params["TZID"] == "Europe/Amsterdam"
    assert "DTSTART;TZID=Europe/Amsterdam:20220420T093000" in text
    assert str(welcome["STATUS"]) == "CONFIRMED"
    assert welcome.categories == ["Reception"]
    for prop in ("DTSTAMP", "LAST-MODIFIED", "SEQUENCE"):
        assert prop in welcome
    transfer = events[ics.item_uid("tpe-arrival")]
    assert str(transfer["LOCATION"]).startswith("Amsterdam Airport Schiphol, Haarlemmermeer → ")
    day2 = events[ics.item_uid("tpe-day2")]
    assert "DTSTART;VALUE=DATE:20220421\r\nDTEND;VALUE=DATE:20220422" in text
    assert day2["DTEND"].dt - day2["DTSTART"].dt == timedelta(days=1)


def test_internal_calendar_has_everything_and_known_addresses_only(db):
    _load(db, _doc())
    data = _cal(db, ics.mission_calendar, REF, audience="internal")
    events = _events(data)
    assert len(events) == 5
    briefing = events[ics.item_uid("tpe-briefing")]
    assert str(briefing["CLASS"]) == "CONFIDENTIAL"
    welcome = events[ics.item_uid("tpe-welcome")]
    assert "Internal notes: Gift: book on Almere Principles." in str(welcome["DESCRIPTION"])
    # only the officer has an e-mail address in the example
    assert str(welcome["ORGANIZER"]) == "mailto:j.bakker@example.org"
    attendees = welcome["ATTENDEE"]
    attendees = attendees if isinstance(attendees, list) else [attendees]
    assert [str(a) for a in attendees] == ["mailto:j.bakker@example.org"]
    assert attendees[0].params["CN"] == "Jeroen Bakker"


def test_round_trip_through_icalendar_gives_the_core_instants(db):
    _load(db, calendar_cases.document())
    data = _cal(db, ics.mission_calendar, "CAL-EDGES", audience="internal")
    parsed = _events(data)
    with db.unit_of_work(db.test_admin, write=False) as u:
        items = load_snapshot(u, ["CAL-EDGES"]).missions[0].items
    assert len(parsed) == len(items)
    for it in items:
        ev = parsed[ics.item_uid(it.ref)]
        if it.all_day:
            assert ev["DTSTART"].dt == it.first_day
            assert ev["DTEND"].dt == it.last_day + timedelta(days=1)
        else:
            assert ev["DTSTART"].dt.astimezone(UTC) == it.start, it.ref
            assert ev["DTEND"].dt.astimezone(UTC) == it.end, it.ref
    # one VTIMEZONE per zone used, each covering the years used (2022 to 2041)
    zones = {str(z["TZID"]): z for z in Calendar.from_ical(data).walk("VTIMEZONE")}
    assert set(zones) == {"Europe/Amsterdam", "America/Toronto", "Australia/Sydney",
                          "Australia/Lord_Howe", "Asia/Taipei", "Asia/Kolkata",
                          "Asia/Kathmandu"}
    assert "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n" in data.decode()
    flight = parsed[ics.item_uid("flight-ams-tpe")]
    assert flight["DTEND"].params["TZID"] == "Asia/Taipei"
    # a wall time the autumn change repeats is written in UTC, once in each pass
    assert parsed[ics.item_uid("ams-autumn-second")].to_ical().decode().count(
        "DTSTART:20221030T011500Z") == 1


def test_uids_are_the_same_from_another_database(db, sqlite_url, tmp_path):
    from tests.conftest import _init

    _load(db, _doc())
    other = _init(f"sqlite:///{tmp_path / 'other.sqlite'}")
    try:
        _load(other, _doc())
        first = set(_events(_cal(db, ics.mission_calendar, REF)))
        second = set(_events(_cal(other, ics.mission_calendar, REF)))
    finally:
        other.dispose()
    assert first == second == {f"{r}@missions.almere.nl" for r in
                               ("tpe-arrival", "tpe-welcome", "tpe-expo", "tpe-day2")}


def test_sequence_rises_with_changes_and_cancelled_items_stay(db):
    doc = _doc()
    _load(db, doc)
    first = _events(_cal(db, ics.mission_calendar, REF))
    again = _events(_cal(db, ics.mission_calendar, REF))
    assert {u: int(e["SEQUENCE"]) for u, e in first.items()} == \
        {u: int(e["SEQUENCE"]) for u, e in again.items()}

    changed = copy.deepcopy(doc)
    programme = changed["missions"][0]["programme"]
    programme[1]["start"], programme[1]["end"] = "2022-04-20T10:30", "2022-04-20T11:30"
    programme[2]["status"] = "cancelled"
    _load(db, changed)
    later = _events(_cal(db, ics.mission_calendar, REF))
    welcome, expo = ics.item_uid("tpe-welcome"), ics.item_uid("tpe-expo")
    assert int(later[welcome]["SEQUENCE"]) == int(first[welcome]["SEQUENCE"]) + 1
    assert int(later[expo]["SEQUENCE"]) == int(first[expo]["SEQUENCE"]) + 1
    assert str(later[expo]["STATUS"]) == "CANCELLED"
    arrival = ics.item_uid("tpe-arrival")
    assert int(later[arrival]["SEQUENCE"]) == int(first[arrival]["SEQUENCE"])

    # an item deleted and made again under the same ref restarts its revision at 0,
    # but calendars hold a higher SEQUENCE: the export keeps rising
    gone = copy.deepcopy(changed)
    del gone["missions"][0]["programme"][1]
    _load(db, gone)
    _cal(db, ics.mission_calendar, REF)
    back = copy.deepcopy(changed)
    back["missions"][0]["programme"][1]["title"] = "Welcome by the mayor, again"
    _load(db, back)
    last = _events(_cal(db, ics.mission_calendar, REF))
    assert int(last[welcome]["SEQUENCE"]) > int(later[welcome]["SEQUENCE"])
    # still CANCELLED in every later export
    assert str(last[expo]["STATUS"]) == "CANCELLED"


def test_person_agenda_spans_missions_and_season_holds_all(db):
    doc = _doc()
    second = copy.deepcopy(doc["missions"][0])
    second["ref"] = "FLO-2022-TPE-2"
    for n, it in enumerate(second["programme"]):
        it["ref"] = f"second-{n}"
        it["start"] = it["start"].replace("2022-04-2", "2022-05-1")
        it["end"] = it["end"].replace("2022-04-2", "2022-05-1")
    second["start"], second["end"] = "2022-05-10", "2022-05-11"
    doc["missions"].append(second)
    _load(db, doc)
    agenda = _cal(db, ics.person_calendar, "iz-officer-1")
    events = _events(agenda)
    # the officer is staff: the internal view of the items they take part in
    assert {u.split("@")[0] for u in events} == {
        "tpe-arrival", "tpe-welcome", "tpe-expo", "tpe-briefing", "tpe-day2",
        "second-0", "second-1", "second-2", "second-3", "second-4"}
    assert "X-WR-CALNAME:Agenda Jeroen Bakker" in agenda.decode()
    assert "Mission: Taipei delegation visit to Floriade (FLO-2022-TPE-2)" in \
        str(events[ics.item_uid("second-1")]["DESCRIPTION"])
    guest = _events(_cal(db, ics.person_calendar, "tpe-lead", "nl"))
    assert ics.item_uid("tpe-briefing") not in guest and len(guest) == 8
    assert str(guest[ics.item_uid("tpe-welcome")]["SUMMARY"]) == "Ontvangst door de burgemeester"
    season = _events(_cal(db, ics.season_calendar))
    assert len(season) == 8  # public items of both missions
    internal = _events(_cal(db, ics.season_calendar, audience="internal"))
    assert len(internal) == 10
    may = _events(_cal(db, ics.season_calendar, date_from=date(2022, 5, 1)))
    assert {u.split("@")[0] for u in may} == {"second-0", "second-1", "second-2", "second-4"}
    with pytest.raises(NotFound), db.unit_of_work(db.test_admin) as u:
        ics.person_calendar(u, "nobody")


def test_language_falls_back_to_english_then_dutch(db):
    doc = _doc()
    doc["missions"][0]["programme"][2]["title"] = {"nl": "Alleen Nederlands"}
    _load(db, doc)
    events = _events(_cal(db, ics.mission_calendar, REF, lang="zh-Hant"))
    assert str(events[ics.item_uid("tpe-welcome")]["SUMMARY"]) == "Welcome by the mayor"
    assert str(events[ics.item_uid("tpe-expo")]["SUMMARY"]) == "Alleen Nederlands"
    text = _cal(db, ics.mission_calendar, REF, lang="zh-Hant").decode()
    assert "X-WR-CALNAME:台北市代表團參訪花卉博覽會 (FLO-2022-TPE)" in text


def test_internal_calendars_need_an_office_role(sqlite_db):
    db = sqlite_db  # another acting user is a database login on PostgreSQL
    _load(db, _doc())
    with db.unit_of_work(db.test_admin) as u:
        users.add(u, "reader", ["viewer"])
        u.commit()
    with db.unit_of_work("reader") as u:
        assert b"BEGIN:VEVENT" in ics.mission_calendar(u, REF)
        with pytest.raises(PermissionDenied):
            ics.mission_calendar(u, REF, audience="internal")


def test_ics_command(db, cli, tmp_path):
    _load(db, _doc())
    out = tmp_path / "tpe.ics"
    r = cli(db, "ics", REF, "-o", out, "--lang", "nl", "--audience", "internal")
    assert r.code == 0, r
    assert "5 events" in r.err
    assert out.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    assert "SUMMARY:Ontvangst door de burgemeester" in out.read_text(encoding="utf-8")
    r = cli(db, "ics", "--person", "host-mayor", "-o", tmp_path / "mayor.ics")
    assert r.code == 0, r
    r = cli(db, "ics", "--all", "-o", tmp_path / "season.ics")
    assert r.code == 0 and len(_events((tmp_path / "season.ics").read_bytes())) == 4
    missing = tmp_path / "none.ics"
    r = cli(db, "ics", "NOPE", "-o", missing)
    assert r.code == 2 and "NOPE" in r.err and not missing.exists()
    r = cli(db, "ics", "-o", missing)
    assert r.code == 2 and not missing.exists()
    r = cli(db, "ics", REF, "--all", "-o", missing)
    assert r.code == 2
    r = cli(db, "ics", REF, "--lang", "e n", "-o", missing)
    assert r.code == 2 and "lang" in r.err and not missing.exists()
    assert re.search(r"UID:tpe-welcome@missions\.almere\.nl", out.read_text(encoding="utf-8"))
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    r = cli(db, "ics", REF, "-o", blocker / "tpe.ics")
    assert r.code == 1 and "cannot write" in r.err, r


def test_items_deleted_since_an_export_come_back_cancelled(db):
    doc = _doc()
    _load(db, doc)
    guest_before = _events(_cal(db, ics.mission_calendar, REF))
    _cal(db, ics.mission_calendar, REF, audience="internal")
    _cal(db, ics.season_calendar)
    smaller = copy.deepcopy(doc)
    programme = smaller["missions"][0]["programme"]
    smaller["missions"][0]["programme"] = [it for it in programme
                                           if it["ref"] not in ("tpe-expo", "tpe-briefing")]
    _load(db, smaller)

    guest = _events(_cal(db, ics.mission_calendar, REF))
    expo = ics.item_uid("tpe-expo")
    assert str(guest[expo]["STATUS"]) == "CANCELLED"
    assert int(guest[expo]["SEQUENCE"]) == int(guest_before[expo]["SEQUENCE"]) + 1
    assert guest[expo]["DTSTART"].dt == guest_before[expo]["DTSTART"].dt
    assert guest[expo]["DTEND"].dt == guest_before[expo]["DTEND"].dt
    # guests never had the internal briefing: its cancellation is not theirs either
    assert ics.item_uid("tpe-briefing") not in guest
    internal = _events(_cal(db, ics.mission_calendar, REF, audience="internal"))
    assert str(internal[ics.item_uid("tpe-briefing")]["STATUS"]) == "CANCELLED"
    # it stays, with the same SEQUENCE, in every later export, the season's too
    again = _events(_cal(db, ics.mission_calendar, REF))
    assert int(again[expo]["SEQUENCE"]) == int(guest[expo]["SEQUENCE"])
    season = _events(_cal(db, ics.season_calendar))
    assert str(season[expo]["STATUS"]) == "CANCELLED"
    # made again under the same ref, it is an event again, with a higher SEQUENCE
    _load(db, doc)
    back = _events(_cal(db, ics.mission_calendar, REF))
    assert str(back[expo]["STATUS"]) == "TENTATIVE"
    assert int(back[expo]["SEQUENCE"]) > int(again[expo]["SEQUENCE"])


def test_programme_edits_reach_the_calendar(db):
    """Edits through the planning services: a move raises SEQUENCE, a cancellation
    keeps the event as CANCELLED, a deletion sends it as CANCELLED."""
    from datetime import datetime

    from almere_missions.planning import programme

    _load(db, _doc())
    first = _events(_cal(db, ics.mission_calendar, REF))
    with db.unit_of_work(db.test_admin) as u:
        m = programme.move_item(u, REF, None, "tpe-welcome",
                                datetime(2022, 4, 20, 8, 0, tzinfo=UTC))
        m = programme.cancel_item(u, REF, m.version, "tpe-expo")
        programme.delete_item(u, REF, m.version, "tpe-day2")
        u.commit()
    later = _events(_cal(db, ics.mission_calendar, REF))
    welcome, expo, day2 = (ics.item_uid(r) for r in ("tpe-welcome", "tpe-expo", "tpe-day2"))
    assert later[welcome]["DTSTART"].dt.astimezone(UTC) == datetime(2022, 4, 20, 8, tzinfo=UTC)
    assert "DTSTART;TZID=Europe/Amsterdam:20220420T100000" in \
        later[welcome].to_ical().decode()
    for uid in (welcome, expo, day2):
        assert int(later[uid]["SEQUENCE"]) > int(first[uid]["SEQUENCE"])
    assert str(later[expo]["STATUS"]) == str(later[day2]["STATUS"]) == "CANCELLED"
    assert later[day2]["DTSTART"].dt == first[day2]["DTSTART"].dt
