"""The logistics command line on SQLite and PostgreSQL: a visit planned end to end, and
wrong input refused with exit 2, naming the record and field, writing nothing."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from almere_missions import app
from almere_missions.db.models import AuditEntry
from almere_missions.exchange.importer import import_document
from tests.integration.logistics.support import REF, document
from tests.pdfcheck import check_pdf


@pytest.fixture(autouse=True)
def _close():
    yield
    app.close_databases()


@pytest.fixture
def visit(db):
    with db.unit_of_work(db.test_admin) as u:
        import_document(u, document(), "log.json")
        u.commit()
    return db


def _ok(result):
    assert result.code == 0, result
    return result


def _plan(cli, db) -> None:
    """The visit's logistics, all through the command line."""
    for args in (
        ("venue", "hotel-a", "--kind", "hotel", "--step-free"),
        ("venue", "stadhuis", "--step-free"),
        ("venue", "floriade", "--steps"),
        ("needs", "set", "log-lead", "--diet", "vegetarian", "--allergies", "peanuts",
         "--step-free"),
        ("protocol", "log-host", "--title", "en=Alderman", "--title", "nl=Wethouder",
         "--address", "en=Dear Alderman", "--precedence", "1"),
        ("block", "add", REF, "log-block", "--hotel", "hotel-a", "--check-in", "2022-05-10",
         "--check-out", "2022-05-12", "--rooms", "2", "--rate", "129.00", "--payer",
         "Gemeente Almere"),
        ("room", "log-block", "log-lead", "--room", "101", "--check-in", "2022-05-10",
         "--check-out", "2022-05-12"),
        ("room", "log-block", "log-member", "--room", "102", "--check-in", "2022-05-10",
         "--check-out", "2022-05-12"),
        ("vehicle", "add", "van-1", "--name", "Van", "--seats", "7", "--plate", "V-123-AB"),
        ("trip", "add", REF, "log-trip-1", "--vehicle", "van-1", "--driver", "log-driver",
         "--from", "log-meeting", "--to", "log-lunch", "--passenger", "log-member",
         "--passenger", "log-lead"),
        ("trip", "add", REF, "log-trip-0", "--vehicle", "van-1", "--driver", "log-driver",
         "--from-venue", "hotel-a", "--to", "log-meeting", "--passenger", "log-lead",
         "--passenger", "log-member"),
        ("interpreter", "log-meeting", "log-interpreter"),
    ):
        _ok(cli(db, "logistics", *args))


def test_a_visit_planned_on_the_command_line(visit, cli, tmp_path):
    _plan(cli, visit)
    r = _ok(cli(visit, "logistics", "trip", "add", REF, "log-trip-2", "--vehicle", "van-1",
                "--from", "log-visit", "--to", "log-farewell"))
    ref, pickup, arrive, minutes = r.out.strip().split("\t")
    assert ref == "log-trip-2" and pickup.startswith("pick-up 2022-05-12T07:")
    assert arrive == "arrive 2022-05-12T08:00:00+00:00" and minutes.endswith(" min")

    trips = json.loads(_ok(cli(visit, "logistics", "trip", "list", REF, "--json")).out)
    assert [t["ref"] for t in trips["trips"]] == ["log-trip-0", "log-trip-1", "log-trip-2"]
    assert trips["trips"][1]["passengers"] == ["log-lead", "log-member"]
    assert trips["trips"][1]["pickup"] == "2022-05-10T09:48:00+00:00"  # 12 min before 12:00
    blocks = json.loads(_ok(cli(visit, "logistics", "block", "list", REF, "--json")).out)
    [block] = blocks["blocks"]
    assert block["hotel"] == "hotel-a" and block["most_rooms_in_use"] == 2
    assert [a["person"] for a in block["assignments"]] == ["log-lead", "log-member"]
    drivers = json.loads(_ok(cli(visit, "logistics", "drivers", REF, "--json")).out)
    assert drivers["drivers"][0]["ref"] == "log-driver"
    assert [d["day"] for d in drivers["drivers"][0]["days"]] == ["2022-05-10"]
    vehicles = json.loads(_ok(cli(visit, "logistics", "vehicle", "list", "--json")).out)
    assert vehicles == {"vehicles": [{"ref": "van-1", "name": "Van", "seats": 7,
                                      "plate": "V-123-AB"}]}
    needs = json.loads(_ok(cli(visit, "logistics", "needs", "show", "log-lead", "--json")).out)
    assert needs == {"person": "log-lead", "dietary": "vegetarian", "allergies": "peanuts",
                     "accessibility": None, "step_free": True}
    proto = json.loads(_ok(cli(visit, "logistics", "protocol", "log-host", "--show")).out)
    assert proto == {"person": "log-host", "title": {"en": "Alderman", "nl": "Wethouder"},
                     "address": {"en": "Dear Alderman"}, "precedence": 1}
    booked = json.loads(_ok(cli(visit, "logistics", "interpreters", REF, "--json")).out)
    assert booked["bookings"] == [{"item": "log-meeting", "interpreter": "log-interpreter"}]

    # the planted gaps: no interpreter on most items, the Floriade has steps
    found = json.loads(_ok(cli(visit, "logistics", "check", REF, "--json")).out)
    kinds = {p["kind"] for p in found["problems"]}
    assert {"interpreter_needed", "step_free_access"} <= kinds, kinds
    text = _ok(cli(visit, "logistics", "check", REF)).out
    assert f"{REF}\terror\t" in text or f"{REF}\twarning\t" in text
    assert text.rstrip().endswith("problems")

    for sheet, lang, words in (("driver-sheet", "nl", ["Ritkaart chauffeur", "Driver"]),
                               ("caterer-sheet", "en", ["Caterer's sheet", "vegetarian"]),
                               ("rooming-list", "en", ["Rooming list", "101", "102"])):
        out = tmp_path / f"{sheet}.pdf"
        r = _ok(cli(visit, "logistics", sheet, REF, "--lang", lang, "-o", out))
        assert r.out.startswith(f"wrote {out} (")
        check_pdf(out, tmp_path, words)
    r = _ok(cli(visit, "logistics", "driver-sheet", REF, "-o", tmp_path / "day.pdf",
                "--driver", "log-driver", "--day", "2022-05-10"))
    assert "(1 pages)" in r.out


def _audit(db) -> int:
    with db.unit_of_work(db.test_admin, write=False) as u:
        return u.session.scalar(select(func.count()).select_from(AuditEntry))


#: wrong input: (arguments after ``logistics``, what stderr must name)
WRONG = [
    (("block", "add", REF, "b-2", "--hotel", "hotel-a", "--check-in", "2022-05-12",
      "--check-out", "2022-05-10", "--rooms", "2", "--rate", "99", "--payer", "IZ"),
     "room block b-2: field check_out"),
    (("block", "add", REF, "b-2", "--hotel", "hotel-a", "--check-in", "2022-05-10",
      "--check-out", "2022-05-12", "--rooms", "two", "--rate", "99", "--payer", "IZ"),
     "room block b-2: field rooms"),
    (("block", "add", REF, "b-2", "--hotel", "hotel-a", "--check-in", "2022-05-10",
      "--check-out", "2022-05-12", "--rooms", "2", "--rate", "lots", "--payer", "IZ"),
     "room block b-2: field cost_per_night"),
    (("block", "add", REF, "b-2", "--hotel", "stadhuis", "--check-in", "2022-05-10",
      "--check-out", "2022-05-12", "--rooms", "2", "--rate", "99", "--payer", "IZ"),
     "room block b-2: field hotel"),
    (("block", "add", REF, "log-block", "--hotel", "hotel-a", "--check-in", "2022-05-10",
      "--check-out", "2022-05-12", "--rooms", "2", "--rate", "99", "--payer", "IZ"),
     "room block log-block: field ref"),
    (("block", "add", REF, "b-2", "--hotel", "hotel-a", "--check-in", "2022-13-10",
      "--check-out", "2022-05-12", "--rooms", "2", "--rate", "99", "--payer", "IZ"),
     "field --check-in"),
    (("room", "log-block", "log-host", "--room", "", "--check-in", "2022-05-10",
      "--check-out", "2022-05-11"), "room of log-host in log-block: field room"),
    (("room", "log-block", "log-lead", "--room", "105", "--check-in", "2022-05-10",
      "--check-out", "2022-05-11"), "room of log-lead in log-block: field check_in"),
    (("room", "log-block", "log-driver", "--room", "105", "--check-in", "2022-05-10",
      "--check-out", "2022-05-11"), "room of log-driver in log-block: field person"),
    (("vehicle", "add", "car-2", "--name", "Car", "--seats", "0"), "vehicle car-2: field seats"),
    (("vehicle", "add", "car-2", "--name", "Car", "--seats", "4.5"),
     "vehicle car-2: field seats"),
    (("trip", "add", REF, "t-9", "--vehicle", "van-1", "--to", "log-side", "--from",
      "log-meeting"), "trip t-9: field from_item"),
    (("trip", "add", REF, "t-9", "--vehicle", "van-1", "--to", "log-lunch", "--passenger",
      "log-lead", "--passenger", "nobody"), "no person with ref 'nobody'"),
    (("trip", "add", REF, "t-9", "--vehicle", "bus-9", "--to", "log-lunch"),
     "no vehicle with ref 'bus-9'"),
    (("interpreter", "log-lunch", "log-member"),
     "interpreter log-member on log-lunch: field languages"),
    (("interpreter", "log-meeting", "log-interpreter"),
     "interpreter log-interpreter on log-meeting: field person"),
    (("protocol", "log-lead", "--title", "Mayor"), "person log-lead: field title"),
    (("protocol", "log-lead", "--precedence", "first"), "person log-lead: field precedence"),
    (("protocol", "log-lead", "--precedence", "0"), "person log-lead: field precedence"),
    (("venue", "stadhuis", "--kind", "castle"), "invalid choice: 'castle'"),
    (("needs", "set", "nobody", "--diet", "vegan"), "no person with ref 'nobody'"),
]


def _state(db) -> tuple:
    """Everything a wrong command could have touched, read through the use cases."""
    from almere_missions.app import Caller
    from almere_missions.app import logistics as lg

    me = Caller(db.url, db.test_admin)
    return (_audit(db), lg.room_blocks(me, REF), lg.trips(me, REF), lg.vehicles(me),
            lg.interpreter_bookings(me, REF), lg.protocol(me, "log-lead"),
            lg.needs(me, "log-lead"))


def test_wrong_input_is_refused_and_writes_nothing(visit, cli):
    _plan(cli, visit)
    before = _state(visit)
    failures = []
    for args, said in WRONG:
        r = cli(visit, "logistics", *args)
        if r.code != 2 or said not in r.err:
            failures.append(f"{' '.join(args)}: exit {r.code}, {r.err.strip()!r}")
        if _state(visit) != before:
            failures.append(f"{' '.join(args)}: something was written")
    assert not failures, "\n".join(failures)


def test_a_sheet_asked_wrongly_is_not_written(visit, cli, tmp_path):
    _plan(cli, visit)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "sheet.pdf"
    failures = []
    for args, said in [
        (("driver-sheet", REF, "--lang", "!!"), "field lang"),
        (("driver-sheet", REF, "--driver", "log-host"), "mission LOG-2022-TPE: field driver"),
        (("driver-sheet", REF, "--day", "2022-05-13"), "mission LOG-2022-TPE: field day"),
        (("driver-sheet", REF, "--day", "13 May"), "field --day"),
        (("caterer-sheet", REF, "--item", "log-nothing"), "mission LOG-2022-TPE: field item"),
        (("rooming-list", "NO-SUCH-MISSION"), "no mission with ref 'NO-SUCH-MISSION'"),
    ]:
        r = cli(visit, "logistics", *args, "-o", out)
        if r.code != 2 or said not in r.err:
            failures.append(f"{' '.join(args)}: exit {r.code}, {r.err.strip()!r}")
        if list(folder.iterdir()):
            failures.append(f"{' '.join(args)}: wrote {list(folder.iterdir())}")
    assert not failures, "\n".join(failures)
