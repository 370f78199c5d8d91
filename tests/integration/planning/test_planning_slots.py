"""The slot finder: earliest free times of several hosts, around other missions and busy times."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta

import pytest

from almere_missions.errors import InvalidInput, NotFound
from almere_missions.planning.slots import find_slots
from tests.integration.planning.conftest import document, item, mission


@pytest.fixture
def busy_week(db, load_doc):
    load_doc(document(
        # Monday 9 May 2022: the mayor is in a mission 09:00–12:00, the alderman 13:00–14:00
        mission("A", "2022-05-09", "2022-05-09", (("mayor", "host"),), [
            item("a-1", "2022-05-09T09:00", "2022-05-09T12:00"),
            item("a-cancelled", "2022-05-09T14:00", "2022-05-09T17:30", status="cancelled")]),
        mission("B", "2022-05-09", "2022-05-10", (("alderman", "host"), ("officer", "staff")), [
            item("b-1", "2022-05-09T13:00", "2022-05-09T14:00"),
            # only the officer: does not block the mayor and the alderman
            item("b-2", "2022-05-09T14:00", "2022-05-09T17:30", participants=["officer"]),
            item("b-3", "2022-05-10T09:00", "2022-05-10T17:30", status="confirmed")])))
    from sqlalchemy import select

    from almere_missions.db.models import Person
    from almere_missions.db.models_planning import BusyBlock

    with db.unit_of_work(db.test_admin) as u:
        pid = u.session.scalar(select(Person.id).where(Person.ref == "mayor"))
        # the mayor's own agenda: 14:30–15:00 CEST on Monday
        u.session.add(BusyBlock(person_id=pid, start_utc=datetime(2022, 5, 9, 12, 30, tzinfo=UTC),
                                end_utc=datetime(2022, 5, 9, 13, 0, tzinfo=UTC)))
        u.commit()
    return db


def local(slots):
    return [(s.local_start.strftime("%a %H:%M"), s.local_end.strftime("%H:%M")) for s in slots]


def test_earliest_free_slots_of_two_hosts(busy_week):
    with busy_week.unit_of_work(busy_week.test_admin, write=False) as u:
        slots = find_slots(u, ["mayor", "alderman"], timedelta(minutes=60), date(2022, 5, 9),
                           date(2022, 5, 11))
        assert local(slots) == [
            ("Mon 12:00", "13:00"),  # between the mayor's mission and the alderman's
            ("Mon 15:00", "16:00"),  # after the mayor's own appointment
            # Tuesday: the alderman is in mission B all day
            ("Wed 09:00", "10:00"),
        ]
        longer = find_slots(u, ["mayor", "alderman"], timedelta(minutes=90), date(2022, 5, 9),
                            date(2022, 5, 9))
        assert local(longer) == [("Mon 15:00", "16:30")]
        early = find_slots(u, ["mayor"], timedelta(minutes=30), date(2022, 5, 9),
                           date(2022, 5, 9), work_start=time(8, 0), limit=1)
        assert local(early) == [("Mon 08:00", "08:30")]
        # a weekend is no working day
        assert find_slots(u, ["mayor"], timedelta(minutes=30), date(2022, 5, 14),
                          date(2022, 5, 15)) == []


def test_slots_in_another_zone_and_on_a_grid(busy_week):
    with busy_week.unit_of_work(busy_week.test_admin, write=False) as u:
        # Taipei working hours on Monday 9 May are 03:00–11:30 in Amsterdam:
        # the mayor is free until 09:00 CEST, i.e. 15:00 in Taipei
        slots = find_slots(u, ["mayor"], timedelta(minutes=45), date(2022, 5, 9),
                           date(2022, 5, 9), timezone="Asia/Taipei")
        assert local(slots) == [("Mon 09:00", "09:45")]
        assert slots[0].start == datetime(2022, 5, 9, 1, 0, tzinfo=UTC)


def test_slots_command(busy_week, cli):
    r = cli(busy_week, "slots", "--host", "mayor", "alderman", "--duration", "60",
            "--from", "2022-05-09", "--to", "2022-05-09", "--json")
    assert r.code == 0, r
    doc = json.loads(r.out)
    assert [s["start"] for s in doc["slots"]] == ["2022-05-09T12:00:00+02:00",
                                                  "2022-05-09T15:00:00+02:00"]
    text = cli(busy_week, "slots", "--host", "mayor", "--host", "alderman", "--duration", "60",
               "--from", "2022-05-09", "--to", "2022-05-09")
    assert "12:00 CEST – 13:00 CEST" in text.out
    assert cli(busy_week, "slots", "--host", "nobody", "--duration", "60", "--from",
               "2022-05-09", "--to", "2022-05-09").code == 2
    assert cli(busy_week, "slots", "--host", "mayor", "--duration", "60", "--from",
               "2022-05-10", "--to", "2022-05-09").code == 2


def test_bad_requests(busy_week):
    with busy_week.unit_of_work(busy_week.test_admin, write=False) as u:
        with pytest.raises(InvalidInput):
            find_slots(u, ["mayor"], timedelta(0), date(2022, 5, 9), date(2022, 5, 9))
        with pytest.raises(InvalidInput):
            find_slots(u, [], timedelta(minutes=5), date(2022, 5, 9), date(2022, 5, 9))
        with pytest.raises(InvalidInput):
            find_slots(u, ["mayor"], timedelta(minutes=5), date(2022, 5, 9), date(2022, 5, 9),
                       timezone="CET")
        with pytest.raises(NotFound):
            find_slots(u, ["mayor", "ghost"], timedelta(minutes=5), date(2022, 5, 9),
                       date(2022, 5, 9))
