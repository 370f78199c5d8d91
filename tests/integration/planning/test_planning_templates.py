"""Programme templates: the shipped ones, applying one at a date, saving a programme."""

from __future__ import annotations

import json
from datetime import date

import pytest

from almere_missions.errors import InvalidInput, Refused
from almere_missions.planning.display import format_item_span
from almere_missions.planning.templates import (
    instantiate,
    parse,
    save_as_template,
    shipped_templates,
)
from almere_missions.services.missions import get_mission
from almere_missions.text import pick
from tests.integration.planning.conftest import document, mission

PEOPLE = (("mayor", "host"), ("officer", "staff"), ("guest-1", "delegation_leader"),
          ("guest-2", "delegation_member"))


def test_shipped_templates_are_valid_and_include_the_floriade_visit():
    codes = {t.code: t for t in shipped_templates()}
    assert {"standard-floriade-visit", "half-day-city-visit", "outgoing-city-visit"} <= set(codes)
    titles = [pick(i.title, "en") for i in codes["standard-floriade-visit"].items]
    for wanted in ("Welcome at City Hall", "Guided tour of Floriade Expo", "Lunch",
                   "Theme visit"):
        assert wanted in titles


def test_apply_standard_floriade_visit_in_an_empty_database(db, cli):
    # The template brings its venues along: no venue needs to exist beforehand.
    from almere_missions.exchange.importer import import_document

    doc = document(mission("FLO", "2022-10-30", "2022-10-30", PEOPLE, []))
    doc["venues"] = []
    with db.unit_of_work(db.test_admin) as u:
        import_document(u, doc, "t.json")
        u.commit()
    r = cli(db, "template", "apply", "FLO", "standard-floriade-visit", "--date", "2022-10-30")
    assert r.code == 0, r
    with db.unit_of_work(db.test_admin, write=False) as u:
        m = get_mission(u, "FLO")
    by_title = {pick(i.title, "en"): i for i in m.items}
    welcome = by_title["Welcome at City Hall"]
    # 30 October 2022 is the day the clocks go back: still 09:30 local, now CET
    assert format_item_span(welcome) == "09:30 CET – 10:30 CET"
    assert welcome.venue == "stadhuis" and welcome.participants is None
    briefing = by_title["Internal briefing"]
    assert briefing.participants == ("mayor", "officer") and not briefing.public
    assert by_title["Transfer to Floriade"].to_venue == "floriade"
    assert all(i.ref.startswith("FLO-") for i in m.items)
    # the applied template passes the checks
    assert json.loads(cli(db, "check", "FLO", "--json").out)["missions"][0]["problems"] == []
    r = cli(db, "template", "apply", "FLO", "nope", "--date", "2022-10-30")
    assert r.code == 2


def test_outgoing_template_lands_in_the_missions_zone(db, load_doc):
    load_doc(document(mission("TPE", "2022-05-09", "2022-05-12", (("alderman", "host"),), [],
                              tz="Asia/Taipei", direction="outgoing")))
    with db.unit_of_work(db.test_admin) as u:
        m = instantiate(u, "TPE", None, "outgoing-city-visit", date(2022, 5, 9))
        u.commit()
    flight = next(i for i in m.items if i.kind == "travel" and i.venue == "schiphol")
    assert (flight.timezone, flight.end_timezone) == ("Europe/Amsterdam", "Asia/Taipei")
    assert format_item_span(flight) == "10:00 CEST – May 10, 2022 08:00 CST"
    meeting = next(i for i in m.items if i.kind == "meeting")
    assert meeting.timezone == "Asia/Taipei" and format_item_span(meeting) == "14:00 CST – 16:00 CST"


def test_save_programme_as_template_and_apply_it_elsewhere(db, load_doc, cli):
    from tests.integration.planning.conftest import item

    load_doc(document(
        mission("SRC", "2022-05-10", "2022-05-11", PEOPLE, [
            item("s-1", "2022-05-10T09:30", "2022-05-10T10:30", venue="stadhuis",
                 title={"nl": "Ontvangst", "en": "Welcome"}, status="confirmed"),
            item("s-2", "2022-05-11T14:00", "2022-05-11T15:00", venue="boardroom",
                 participants=["mayor", "guest-1"], notes="coffee"),
            item("s-3", "2022-05-11T16:00", "2022-05-11T17:00", status="cancelled")]),
        mission("DST", "2022-10-29", "2022-10-30", PEOPLE, [])))
    r = cli(db, "template", "save", "SRC", "two-day-visit", "--name", "Two-day visit")
    assert r.code == 0 and "2 items" in r.out, r
    listed = json.loads(cli(db, "template", "list", "--json").out)["templates"]
    saved = next(t for t in listed if t["code"] == "two-day-visit")
    assert saved["days"] == 2 and saved["shipped"] is False
    assert cli(db, "template", "save", "SRC", "two-day-visit", "--name", "x").code == 3
    assert cli(db, "template", "save", "SRC", "standard-floriade-visit", "--name", "x").code == 3
    r = cli(db, "template", "apply", "DST", "two-day-visit", "--date", "2022-10-29")
    assert r.code == 0 and "added 2 items" in r.out, r
    with db.unit_of_work(db.test_admin, write=False) as u:
        items = get_mission(u, "DST").items
    assert [format_item_span(i) for i in items] == ["09:30 CEST – 10:30 CEST",
                                                     "14:00 CET – 15:00 CET"]
    # a new mission's items start tentative, whatever the source's status
    assert items[0].status == "tentative" and items[1].participants == ("guest-1", "mayor")
    assert items[1].notes == "coffee" and items[1].venue == "boardroom"
    assert cli(db, "template", "delete", "two-day-visit").code == 0
    assert cli(db, "template", "delete", "standard-floriade-visit").code == 3
    with db.unit_of_work(db.test_admin) as u, pytest.raises(Refused):
        save_as_template(u, "SRC", "standard-floriade-visit", "x")


@pytest.mark.parametrize("change, field", [
    ({"format": "other"}, "format"),
    ({"code": "Has Spaces"}, "code"),
    ({"items": []}, "items"),
    ({"items": [{"day": 0, "start": "09:00", "end": "10:00", "title": "x"}]}, "day"),
    ({"items": [{"day": 1, "start": "9:00", "end": "10:00", "title": "x"}]}, "start"),
    ({"items": [{"day": 1, "start": "11:00", "end": "10:00", "title": "x"}]}, "end"),
    ({"items": [{"day": 1, "start": "09:00", "end": "10:00", "title": "x", "venue": "v"}]},
     "venue"),
    ({"items": [{"day": 1, "start": "09:00", "end": "10:00", "title": "x", "roles": ["boss"]}]},
     "roles"),
    ({"items": [{"day": 1, "start": "09:00", "end": "10:00", "title": "x",
                 "timezone": "CET"}]}, "timezone"),
])
def test_bad_templates_are_refused_naming_the_field(change, field):
    doc = {"format": "almere-missions-template/1", "code": "t", "name": "T",
           "items": [{"day": 1, "start": "09:00", "end": "10:00", "title": "x"}], **change}
    with pytest.raises(InvalidInput) as err:
        parse(doc, "t.json")
    assert err.value.field == field or field in str(err.value)
