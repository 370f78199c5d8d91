"""Clash checks: every kind, across missions and zones, on DST days (SQLite and PostgreSQL)."""

from __future__ import annotations

import json

from tests.integration.planning.conftest import document, item, mission

NL = (("mayor", "host"), ("officer", "staff"))


def kinds(problems, kind):
    return [p for p in problems if p.kind == kind]


def test_example_clash_is_found_by_check_json(example_db, cli):
    r = cli(example_db, "check", "--json")
    assert r.code == 0, r
    doc = json.loads(r.out)
    assert [m["ref"] for m in doc["missions"]] == ["FLO-2022-TPE"]
    problems = doc["missions"][0]["problems"]
    assert len(problems) == 1
    p = problems[0]
    assert p["kind"] == "person_double_booked"
    assert p["severity"] == "error"  # the transfer is confirmed
    assert p["items"] == ["tpe-arrival", "tpe-briefing"]
    assert p["persons"] == ["iz-officer-1"]
    assert "07:45–08:45 CEST" in p["message"]
    one = json.loads(cli(example_db, "check", "FLO-2022-TPE", "--json").out)
    assert one == doc
    text = cli(example_db, "check")
    assert text.code == 0 and "person_double_booked" in text.out


def test_check_of_unknown_mission_is_refused(example_db, cli):
    r = cli(example_db, "check", "NOPE", "--json")
    assert r.code == 2 and "NOPE" in r.err


def test_double_booking_across_two_missions_is_listed_under_both(db, load_doc, problems, cli):
    load_doc(document(
        mission("A", "2022-05-10", "2022-05-10", NL + (("guest-1", "delegation_leader"),), [
            item("a-1", "2022-05-10T10:00", "2022-05-10T11:00", venue="stadhuis",
                 status="confirmed")]),
        mission("B", "2022-05-10", "2022-05-10", (("mayor", "host"), ("guest-3", "delegation_leader")), [
            item("b-1", "2022-05-10T10:30", "2022-05-10T11:30", venue="stadhuis"),
            item("b-2", "2022-05-10T11:00", "2022-05-10T12:00", venue="stadhuis")]),
    ))
    found = kinds(problems(), "person_double_booked")
    pairs = {p.items: p for p in found}
    assert set(pairs) == {("a-1", "b-1"), ("b-1", "b-2")}
    cross = pairs[("a-1", "b-1")]
    assert cross.persons == ("mayor",) and cross.missions == ("A", "B")
    assert cross.severity == "error"  # a-1 is confirmed
    assert pairs[("b-1", "b-2")].severity == "warning"  # both tentative
    assert pairs[("b-1", "b-2")].persons == ("guest-3", "mayor")
    # Back to back (b-1 ends 11:30, b-2 starts 11:00) is an overlap; a-1 and b-2 only touch.
    assert ("a-1", "b-2") not in pairs
    doc = json.loads(cli(db, "check", "--json").out)
    listed = {m["ref"]: [tuple(p["items"]) for p in m["problems"]
                         if p["kind"] == "person_double_booked"] for m in doc["missions"]}
    assert ("a-1", "b-1") in listed["A"] and ("a-1", "b-1") in listed["B"]
    assert ("b-1", "b-2") not in listed["A"]
    assert {p.items for p in kinds(problems("A"), "person_double_booked")} == {("a-1", "b-1")}


def test_cancelled_items_never_clash(load_doc, problems):
    load_doc(document(
        mission("A", "2022-05-10", "2022-05-10", NL, [
            item("a-1", "2022-05-10T10:00", "2022-05-10T11:00", status="confirmed"),
            item("a-2", "2022-05-10T10:00", "2022-05-10T11:00", status="cancelled"),
            item("a-3", "2022-05-10T02:00", "2022-05-10T03:00", status="cancelled")]),
    ))
    assert problems() == []


def test_clash_across_zones_taipei_and_toronto_same_week(db, cli, load_doc, problems):
    # The alderman leads a trip to Taipei and is also booked for a Toronto mission that week.
    load_doc(document(
        mission("TPE", "2022-05-09", "2022-05-13", (("alderman", "delegation_leader"),), [
            # 20:00–22:00 in Taipei is 12:00–14:00 UTC
            item("tpe-dinner", "2022-05-10T20:00", "2022-05-10T22:00", venue="taipei-hall",
                 status="confirmed"),
            item("tpe-meet", "2022-05-11T09:00", "2022-05-11T10:00", venue="taipei-hall")],
            tz="Asia/Taipei", direction="outgoing"),
        mission("YYZ", "2022-05-09", "2022-05-13", (("alderman", "delegation_leader"),), [
            # 08:30–09:30 in Toronto (EDT) is 12:30–13:30 UTC: the same moment as the dinner
            item("yyz-breakfast", "2022-05-10T08:30", "2022-05-10T09:30", venue="toronto-hall"),
            # 09:00 local in both cities is twelve hours apart: no clash, but no time to fly
            item("yyz-meet", "2022-05-11T09:00", "2022-05-11T10:00", venue="toronto-hall")],
            tz="America/Toronto", direction="outgoing", countries=("CA",)),
    ))
    found = problems()
    clashes = kinds(found, "person_double_booked")
    assert [(p.items, p.persons, p.missions) for p in clashes] == [
        (("tpe-dinner", "yyz-breakfast"), ("alderman",), ("TPE", "YYZ"))]
    assert "20:00–22:00 CST" in clashes[0].message and "08:30–09:30 EDT" in clashes[0].message
    travel = {p.items for p in kinds(found, "travel_time")}
    assert ("tpe-meet", "yyz-meet") in travel
    # Neither is at night in its own place: 20:00 Taipei and 08:30 Toronto.
    assert kinds(found, "night_time") == []
    # The same through the command line: listed under both missions.
    doc = json.loads(cli(db, "check", "--json").out)
    for m in doc["missions"]:
        clash = [p for p in m["problems"] if p["kind"] == "person_double_booked"]
        assert [(p["items"], p["persons"], p["severity"]) for p in clash] == [
            (["tpe-dinner", "yyz-breakfast"], ["alderman"], "error")]
    yyz = json.loads(cli(db, "check", "YYZ", "--json").out)
    assert [m["ref"] for m in yyz["missions"]] == ["YYZ"]
    assert {p["kind"] for p in yyz["missions"][0]["problems"]} == {"person_double_booked",
                                                                   "travel_time"}


def test_dst_days_compare_instants_not_wall_times(load_doc, problems):
    load_doc(document(
        mission("DST", "2022-10-29", "2022-10-31", NL, [
            # Autumn: 02:15–02:45 happens twice in Amsterdam; an hour apart, no clash.
            item("first-pass", "2022-10-30T02:15+02:00", "2022-10-30T02:45+02:00",
                 participants=["officer"]),
            item("second-pass", "2022-10-30T02:15+01:00", "2022-10-30T02:45+01:00",
                 participants=["officer"]),
            # 01:30 CEST – 03:30 CET lasts three hours and covers both.
            item("long", "2022-10-30T01:30", "2022-10-30T03:30", participants=["mayor",
                                                                                   "officer"]),
            # The mayor after "long": 03:30 CET ends; 03:45 CET starts: fine.
            item("after", "2022-10-30T03:45", "2022-10-30T04:00", participants=["mayor"]),
        ]),
        mission("SPRING", "2022-03-27", "2022-03-27", NL, [
            # 01:30 CET – 03:30 CEST lasts one hour (02:00 → 03:00 is skipped).
            item("s-1", "2022-03-27T01:30", "2022-03-27T03:30", participants=["mayor"]),
            item("s-2", "2022-03-27T03:30", "2022-03-27T04:00", participants=["mayor"]),
            item("s-3", "2022-03-27T03:15", "2022-03-27T03:45", participants=["mayor"]),
        ]),
    ))
    found = problems()
    pairs = {p.items for p in kinds(found, "person_double_booked")}
    assert pairs == {("long", "first-pass"), ("long", "second-pass"), ("s-1", "s-3"),
                     ("s-3", "s-2")}
    night = {p.items[0] for p in kinds(found, "night_time")}
    assert night == {"first-pass", "second-pass", "long", "after", "s-1", "s-2", "s-3"}
    assert all(p.severity == "warning" for p in kinds(found, "night_time"))


def test_venue_clash_in_an_exclusive_room(load_doc, problems):
    load_doc(document(
        mission("A", "2022-05-10", "2022-05-10", NL, [
            item("a-1", "2022-05-10T10:00", "2022-05-10T11:00", venue="boardroom",
                 participants=["mayor"], status="confirmed"),
            # the same mission, other people, the same room at the same time
            item("a-2", "2022-05-10T10:30", "2022-05-10T11:30", venue="boardroom",
                 participants=["officer"]),
            # an all-day item frames its own mission's day, also in the room
            item("a-day", "2022-05-10", "2022-05-10", all_day=True, venue="boardroom"),
            item("a-3", "2022-05-10T11:30", "2022-05-10T12:00", venue="boardroom")]),
        mission("B", "2022-05-10", "2022-05-10", (("alderman", "host"),), [
            item("b-1", "2022-05-10T10:45", "2022-05-10T11:15", venue="boardroom")]),
    ))
    found = kinds(problems(), "venue_clash")
    sev = {p.items: (p.severity, p.missions) for p in found}
    assert sev == {("a-1", "a-2"): ("error", ("A",)),
                   ("a-1", "b-1"): ("error", ("A", "B")),
                   ("a-2", "b-1"): ("warning", ("A", "B")),
                   ("a-day", "b-1"): ("warning", ("A", "B"))}


def test_venue_clash_beyond_capacity_and_capacity(load_doc, problems):
    load_doc(document(
        mission("A", "2022-05-10", "2022-05-10",
                NL + (("guest-1", "delegation_leader"), ("guest-2", "delegation_member")), [
            item("a-1", "2022-05-10T10:00", "2022-05-10T11:00", venue="small-room",
                 participants=["mayor", "guest-1"]),
            # four people in a room for three
            item("a-big", "2022-05-10T14:00", "2022-05-10T15:00", venue="small-room",
                 status="confirmed")]),
        mission("B", "2022-05-10", "2022-05-10", (("alderman", "host"), ("guest-3", "delegation_leader")), [
            item("b-1", "2022-05-10T10:30", "2022-05-10T11:30", venue="small-room")]),
        mission("C", "2022-05-10", "2022-05-10", (("guest-4", "delegation_leader"),), [
            # only one more person: 3 in the room from 11:00, fits
            item("c-1", "2022-05-10T11:00", "2022-05-10T11:30", venue="small-room")]),
    ))
    found = problems()
    assert [p.items for p in kinds(found, "capacity")] == [("a-big",)]
    assert kinds(found, "capacity")[0].severity == "error"
    assert "4 people" in kinds(found, "capacity")[0].message
    assert [(p.items, p.missions) for p in kinds(found, "venue_clash")] == [
        (("a-1", "b-1"), ("A", "B"))]


def test_travel_time_depends_on_distance_and_gap(load_doc, problems):
    load_doc(document(
        mission("A", "2022-05-10", "2022-05-11", NL, [
            item("meet", "2022-05-10T09:00", "2022-05-10T10:00", venue="stadhuis",
                 status="confirmed"),
            # Schiphol is some 35 km away: ten minutes are not enough
            item("pickup", "2022-05-10T10:10", "2022-05-10T10:40", venue="schiphol",
                 kind="transfer", to_venue="floriade"),
            # the transfer ends at Floriade; the stadhuis is 1.4 km away, 20 minutes is plenty
            item("lunch", "2022-05-10T11:00", "2022-05-10T12:00", venue="stadhuis"),
            item("meet-2", "2022-05-11T09:00", "2022-05-11T10:00", venue="stadhuis"),
            item("trip", "2022-05-11T11:30", "2022-05-11T12:00", venue="schiphol")]),
    ))
    found = kinds(problems(), "travel_time")
    assert [p.items for p in found] == [("meet", "pickup")]
    assert found[0].persons == ("mayor", "officer")
    assert found[0].severity == "error"
    assert "by car" in found[0].message


def test_outside_mission_in_the_missions_zone(load_doc, problems):
    load_doc(document(
        mission("TPE", "2022-05-09", "2022-05-10", (("alderman", "delegation_leader"),), [
            # departs Amsterdam 8 May 22:00 CEST = 9 May 04:00 in Taipei: inside
            item("flight", "2022-05-08T22:00", "2022-05-09T16:00", venue="schiphol",
                 to_venue="tpe-airport", kind="travel", timezone="Europe/Amsterdam",
                 end_timezone="Asia/Taipei", status="confirmed"),
            # 11 May in Taipei: after the last day
            item("extra", "2022-05-11T10:00", "2022-05-11T11:00", venue="taipei-hall"),
            item("all", "2022-05-09", "2022-05-10", all_day=True, venue="taipei-hall")],
            tz="Asia/Taipei", direction="outgoing"),
    ))
    found = problems()
    out = kinds(found, "outside_mission")
    assert [p.items for p in out] == [("extra",)]
    assert out[0].severity == "warning"
    assert "2022-05-09 – 2022-05-10" in out[0].message


def test_night_time_uses_the_venues_zone(load_doc, problems):
    load_doc(document(
        mission("N", "2022-05-10", "2022-05-11", NL, [
            # 23:30 UTC given with an offset, but at the Taipei venue it is 07:30: fine
            item("tpe", "2022-05-10T23:30+00:00", "2022-05-11T00:30+00:00", venue="taipei-hall",
                 timezone="UTC"),
            item("late", "2022-05-10T23:00", "2022-05-10T23:30", venue="stadhuis",
                 status="confirmed"),
            item("early", "2022-05-11T05:59", "2022-05-11T06:30", venue="stadhuis"),
            item("ok", "2022-05-11T06:00", "2022-05-11T06:10", venue="stadhuis")]),
    ))
    night = kinds(problems(), "night_time")
    assert [p.items for p in night] == [("late",), ("early",)]
    assert all(p.severity == "warning" for p in night)
    assert "23:00 CEST" in night[0].message


def test_all_day_items_frame_their_own_mission_but_clash_with_others(load_doc, problems):
    load_doc(document(
        mission("A", "2022-05-10", "2022-05-10", NL, [
            item("a-day", "2022-05-10", "2022-05-10", all_day=True, venue="floriade",
                 status="confirmed"),
            item("a-lunch", "2022-05-10T12:00", "2022-05-10T13:00", venue="floriade")]),
        mission("B", "2022-05-10", "2022-05-10", (("mayor", "host"),), [
            item("b-1", "2022-05-10T15:00", "2022-05-10T16:00", venue="stadhuis")]),
    ))
    found = kinds(problems(), "person_double_booked")
    assert [(p.items, p.persons) for p in found] == [(("a-day", "b-1"), ("mayor",))]


def test_busy_blocks_clash_with_items(db, load_doc, problems):
    from datetime import UTC, datetime

    from sqlalchemy import select

    from almere_missions.db.models import Person
    from almere_missions.db.models_planning import BusyBlock

    load_doc(document(
        mission("A", "2022-05-10", "2022-05-10", NL, [
            item("a-1", "2022-05-10T10:00", "2022-05-10T11:00", status="confirmed"),
            item("a-2", "2022-05-10T14:00", "2022-05-10T15:00")]),
    ))
    with db.unit_of_work(db.test_admin) as u:
        pid = u.session.scalar(select(Person.id).where(Person.ref == "mayor"))
        u.session.add(BusyBlock(person_id=pid, start_utc=datetime(2022, 5, 10, 8, 30, tzinfo=UTC),
                                end_utc=datetime(2022, 5, 10, 9, 0, tzinfo=UTC),
                                source="agenda.ics"))
        u.commit()
    busy = kinds(problems(), "busy")
    # 10:30 CEST is 08:30 UTC: inside a-1; a-2 is free.
    assert [(p.items, p.persons, p.severity) for p in busy] == [(("a-1",), ("mayor",), "error")]
    assert "agenda.ics" in busy[0].message


def test_travel_leaves_from_the_item_that_ends_last(load_doc, problems):
    load_doc(document(
        mission("T", "2022-05-10", "2022-05-10", (("mayor", "host"),), [
            # an all-day item says nothing about where the mayor is
            item("t-day", "2022-05-10", "2022-05-10", all_day=True, venue="schiphol"),
            item("t-long", "2022-05-10T10:00", "2022-05-10T11:00", venue="schiphol"),
            item("t-short", "2022-05-10T10:00", "2022-05-10T10:30", venue="stadhuis"),
            # from Schiphol (where t-long ends last) to Floriade in 20 minutes: too short
            item("t-next", "2022-05-10T11:20", "2022-05-10T12:00", venue="floriade")]),
    ))
    found = problems()
    assert [p.items for p in kinds(found, "travel_time")] == [("t-long", "t-next")]
    assert [p.items for p in kinds(found, "person_double_booked")] == [("t-short", "t-long")]


def test_the_demo_seasons_planted_clashes_are_found(db, cli):
    from almere_missions.demo.generator import PLANTED_CLASHES, demo_season
    from almere_missions.exchange.importer import import_document

    doc = demo_season()
    with db.unit_of_work(db.test_admin) as u:
        import_document(u, doc, "floriade-2022.json")
        u.commit()
    report = json.loads(cli(db, "check", "--json").out)
    assert len(report["missions"]) == len(doc["missions"])
    found = {tuple(p["items"]) for m in report["missions"] for p in m["problems"]
             if p["kind"] == "person_double_booked"}
    for a, b in PLANTED_CLASHES:
        assert (a, b) in found or (b, a) in found
    # Messages name the items in the order of the problem's items.
    for m in report["missions"]:
        for p in m["problems"]:
            if p["kind"] == "person_double_booked":
                assert p["message"].index(p["items"][0]) < p["message"].index(p["items"][1])


def test_check_reports_progress(example_db):
    from almere_missions.planning.checks import check

    calls = []
    with example_db.unit_of_work(example_db.test_admin, write=False) as u:
        found = check(u, progress=lambda done, total: calls.append((done, total)))
    assert calls[-1] == (5, 5) and [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert [p.kind for p in found] == ["person_double_booked"]


def test_missions_that_will_not_take_place_do_not_clash(db, load_doc, problems):
    from almere_missions.services.missions import set_status

    load_doc(document(
        mission("A", "2022-05-10", "2022-05-10", NL, [
            item("a-1", "2022-05-10T10:00", "2022-05-10T11:00", status="confirmed")]),
        mission("B", "2022-05-10", "2022-05-10", (("mayor", "host"),), [
            item("b-1", "2022-05-10T10:00", "2022-05-10T11:00", status="confirmed")]),
    ))
    assert [p.items for p in problems()] == [("a-1", "b-1")]
    with db.unit_of_work(db.test_admin) as u:
        set_status(u, "B", "cancelled")
        u.commit()
    assert problems() == [] and problems("A") == []
