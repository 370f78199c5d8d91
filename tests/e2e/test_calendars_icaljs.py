"""Calendars read by ical.js (Thunderbird's parser), which computes every time from
the VTIMEZONE bodies in the file: each event's UTC start and end must equal the
core's instants, to the second. ``ICS_RANDOM_ZONES=400`` widens the random sweep
to (nearly) every zone of the IANA database."""

from __future__ import annotations

import os
import random
from datetime import UTC, datetime, timedelta
from zoneinfo import available_timezones

import pytest

from almere_missions.calendars import ics
from almere_missions.exchange.importer import import_document
from almere_missions.services.missions import load_snapshot
from almere_missions.timeutil import format_local, is_valid_zone
from tests.e2e import calendar_cases, icaljs


def _load(db, doc):
    with db.unit_of_work(db.test_admin) as u:
        import_document(u, doc, "cases.json")
        u.commit()


def _expected(db, ref):
    """The core's instants: UTC ISO strings, or dates (exclusive end) for all-day items."""
    with db.unit_of_work(db.test_admin, write=False) as u:
        mission = load_snapshot(u, [ref]).missions[0]
    out = {}
    for it in mission.items:
        if it.all_day:
            out[ics.item_uid(it.ref)] = (it.first_day.isoformat(),
                                         (it.last_day + timedelta(days=1)).isoformat(), True)
        else:
            out[ics.item_uid(it.ref)] = (
                it.start.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                it.end.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), False)
    return out


def _export(db, tmp_path, ref, **kw):
    with db.unit_of_work(db.test_admin) as u:
        data = ics.mission_calendar(u, ref, **kw)
        u.commit()
    path = tmp_path / f"{ref}.ics"
    path.write_bytes(data)
    return path


def test_icaljs_reads_every_edge_case_to_the_second(db, tmp_path):
    icaljs.require_icaljs()
    _load(db, calendar_cases.document())
    expected = _expected(db, "CAL-EDGES")
    parsed = icaljs.parse(_export(db, tmp_path, "CAL-EDGES", audience="internal"))
    got = {e["uid"]: (e["start"], e["end"], e["date"]) for e in parsed["events"]}
    assert got == expected
    assert parsed["calendar"]["method"] == "PUBLISH"
    # every timed event was read in its own zone, not as floating or UTC time
    # (a wall time the autumn change repeats is written in UTC on purpose)
    zones = {e["uid"].split("@")[0]: (e["start_zone"], e["end_zone"]) for e in parsed["events"]}
    assert zones["flight-ams-tpe"] == ("Europe/Amsterdam", "Asia/Taipei")
    assert zones["ktm-meeting"] == ("Asia/Kathmandu", "Asia/Kathmandu")
    assert zones["syd-begins"] == ("Australia/Sydney", "Australia/Sydney")
    assert zones["ams-autumn-across"] == ("Europe/Amsterdam", "Europe/Amsterdam")
    assert zones["ams-autumn-first"] == ("UTC", "UTC")
    assert set(parsed["calendar"]["zones"]) >= {
        "Europe/Amsterdam", "America/Toronto", "Australia/Sydney", "Australia/Lord_Howe",
        "Asia/Taipei", "Asia/Kolkata", "Asia/Kathmandu"}


def test_icaljs_guest_calendar_and_person_agenda(db, tmp_path):
    icaljs.require_icaljs()
    items = [dict(it) for it in calendar_cases.ITEMS]
    items[0] = {**items[0], "public": False, "notes": "secret"}
    items[1] = {**items[1], "participants": ["cal-officer"]}
    _load(db, calendar_cases.document(items))
    expected = _expected(db, "CAL-EDGES")
    guest = icaljs.parse(_export(db, tmp_path, "CAL-EDGES", lang="nl"))
    got = {e["uid"]: (e["start"], e["end"], e["date"]) for e in guest["events"]}
    hidden = ics.item_uid("ams-winter")
    assert hidden not in got
    assert got == {k: v for k, v in expected.items() if k != hidden}
    assert {e["summary"] for e in guest["events"]} >= {"NL ams-summer"}

    with db.unit_of_work(db.test_admin) as u:
        data = ics.person_calendar(u, "cal-guest")
        u.commit()
    path = tmp_path / "guest-agenda.ics"
    path.write_bytes(data)
    agenda = icaljs.parse(path)
    got = {e["uid"]: (e["start"], e["end"], e["date"]) for e in agenda["events"]}
    # the guest sees public items they take part in: not the internal one, not the
    # item only the officer attends
    assert got == {k: v for k, v in expected.items()
                   if k not in (hidden, ics.item_uid("ams-summer"))}


ZONES = min(int(os.environ.get("ICS_RANDOM_ZONES", "120")), 400)


@pytest.mark.parametrize("seed", [2022])
def test_icaljs_agrees_in_random_zones_and_years(db, tmp_path, seed):
    """Many zones (each with its own rules and history), random instants 1995-2037."""
    icaljs.require_icaljs()
    rnd = random.Random(seed)
    names = sorted(z for z in available_timezones() if is_valid_zone(z) and "/" in z
                   and not z.startswith(("Etc/", "SystemV/")))
    items = []
    for n, tz in enumerate(rnd.sample(names, ZONES)):
        for k in range(3):
            start = datetime(1995, 1, 1, tzinfo=UTC) + timedelta(
                minutes=15 * rnd.randrange(0, 43 * 365 * 96))
            end = start + timedelta(minutes=15 * rnd.randrange(1, 200))
            end_tz = rnd.choice([None, None, rnd.choice(names)])
            item = {"ref": f"rnd-{n}-{k}", "title": tz, "timezone": tz,
                    "start": format_local(start, tz), "end": format_local(end, end_tz or tz)}
            if end_tz:
                item["end_timezone"] = end_tz
            items.append(item)
    _load(db, calendar_cases.document(items, ref="CAL-RANDOM"))
    expected = _expected(db, "CAL-RANDOM")
    parsed = icaljs.parse(_export(db, tmp_path, "CAL-RANDOM"))
    got = {e["uid"]: (e["start"], e["end"], e["date"]) for e in parsed["events"]}
    wrong = {k: (got.get(k), v) for k, v in expected.items() if got.get(k) != v}
    assert not wrong, f"{len(wrong)} events differ, e.g. {sorted(wrong.items())[:5]}"
