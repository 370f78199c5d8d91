"""The security, exchange and maintenance use cases: Cancel stores nothing, the advice
fetch waits on the network with no transaction open, a restore over a damaged database
asks the backup who is an administrator, and the report tables are the reports'."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from almere_missions import app
from almere_missions import db as dbmod
from almere_missions.app import Caller
from almere_missions.app import exchange as x
from almere_missions.app import maintenance as m
from almere_missions.app import reports as r
from almere_missions.app import security as s
from almere_missions.db.models import Mission, Person
from almere_missions.db.models_security import AdviceSnapshot, SanctionsList, Screening
from almere_missions.errors import Cancelled, InvalidInput, PermissionDenied
from almere_missions.reports.movements import movement_tables
from almere_missions.services import users
from tests.conftest import DATA, EXAMPLE

REF = "FLO-2022-TPE"
EU_XML = DATA / "sanctions" / "eu_fsd_sample.xml"
ADVICE = DATA / "travel-advice"


@pytest.fixture
def boss(example_db):
    """The administrator, also an officer and the security advisor."""
    with example_db.unit_of_work(example_db.test_admin) as uow:
        users.add(uow, example_db.test_admin, ["security"])
        uow.commit()
    yield Caller(example_db.url, example_db.test_admin)
    app.close_databases()


def _count(db, model) -> int:
    with db.unit_of_work(db.test_admin, write=False) as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def _cancel_at(step: int):
    seen = []

    def progress(done, total, text=""):
        seen.append(done)
        if len(seen) >= step:
            raise Cancelled()
    return progress


def test_cancelled_screening_stores_neither_the_screening_nor_its_lists(example_db, boss):
    with pytest.raises(Cancelled):
        s.screen_mission(boss, REF, [EU_XML], progress=_cancel_at(1))
    assert _count(example_db, Screening) == 0
    assert _count(example_db, SanctionsList) == 0
    report = s.screen_mission(boss, REF, [EU_XML])  # and the same call goes through
    assert report.stored and _count(example_db, Screening) == 1


def test_cancelled_import_stores_nothing(db):
    me = Caller(db.url, db.test_admin)
    try:
        with pytest.raises(Cancelled):
            x.import_file(me, EXAMPLE, progress=_cancel_at(1))
        assert _count(db, Mission) == 0 and _count(db, Person) == 0
        assert x.import_file(me, EXAMPLE).created["missions"] == 1
    finally:
        app.close_databases()


def test_cancelled_advice_import_stores_nothing(example_db, boss):
    files = [ADVICE / "TWN.xml", ADVICE / "CHN.xml"]
    with pytest.raises(Cancelled):
        s.import_advice(boss, files, progress=_cancel_at(3))  # after the first is stored
    assert _count(example_db, AdviceSnapshot) == 0


@pytest.mark.parametrize("initialised_url", ["sqlite"], indirect=True)
def test_the_advice_fetch_waits_on_the_network_outside_any_transaction(example_db, boss,
                                                                        monkeypatch):
    """While the service is asked, another program can write (SQLite would say 'locked'
    after the busy timeout if the fetch held the write lock)."""
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", 300)
    app.close_databases()
    other = dbmod.Database(example_db.url)
    body = (ADVICE / "TWN.xml").read_bytes()
    wrote = []

    def fetcher(url, timeout):
        with other.unit_of_work(example_db.test_admin) as uow:
            users.add(uow, f"writer-{len(wrote)}", ["viewer"])
            uow.commit()
        wrote.append(url)
        return body

    try:
        [result] = s.fetch_advice(boss, ["TW"], fetcher=fetcher)
    finally:
        other.dispose()
    assert wrote and result.live and result.advice.country == "TW"
    assert _count(example_db, AdviceSnapshot) == 1


def test_a_refused_fetch_asks_no_service(example_db, boss):
    with example_db.unit_of_work(example_db.test_admin) as uow:
        users.add(uow, "reader", ["viewer"])
        uow.commit()
    asked = []
    with pytest.raises(PermissionDenied):
        s.fetch_advice(Caller(boss.url, "reader"), ["TW"],
                       fetcher=lambda url, t: asked.append(url) or b"")
    assert asked == []


def test_decide_refuses_a_hit_of_another_mission(example_db, boss):
    with pytest.raises(InvalidInput, match="not a current hit of mission"):
        s.decide_hit(boss, REF, 999_999, "confirmed")


@pytest.mark.parametrize("initialised_url", ["sqlite"], indirect=True)
def test_restore_over_a_damaged_database_needs_an_administrator_of_the_backup(
        example_db, boss, tmp_path, monkeypatch, cli):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    with example_db.unit_of_work(example_db.test_admin) as uow:
        users.add(uow, "olga", ["officer"])
        uow.commit()
    copy = m.backup(boss, tmp_path / "copy.sqlite").path
    app.close_databases()
    example_db.dispose()
    live = tmp_path / "missions.sqlite"
    live.write_bytes(b"\x00garbage" * 1000)
    for side in ("-wal", "-shm"):
        live.with_name(live.name + side).unlink(missing_ok=True)
    with pytest.raises(PermissionDenied, match="in the backup"):
        m.restore(Caller(example_db.url, "olga"), copy)
    assert cli(example_db, "restore", copy, user="stranger").code == 3
    assert live.read_bytes().startswith(b"\x00garbage")  # left as it was
    info = m.restore(boss, copy)
    assert "damaged" in info.previous.name
    assert _count(example_db, Mission) == 1


def test_report_tables_are_the_reports(example_db, boss):
    got = r.report_tables(boss, 2022, "en")
    assert got["years"] == [2022]
    keys = [t.key for t in got["tables"]]
    assert keys[:7] == [t.key for t in r.report(boss, "movements", year=2022)]
    assert keys[7:] == ["costs_by_payer", "co2", "expo_delegations", "expo_by_month",
                        "transparency", "followup_partnerships", "followup_themes",
                        "followup_goals"]
    with example_db.unit_of_work(example_db.test_admin, write=False) as uow:
        assert got["tables"][:7] == movement_tables(uow, 2022, "en")


def test_security_status_keeps_a_screening_a_stale_one_needed(example_db, boss):
    s.import_sanctions(boss, [EU_XML])
    seen = []
    status = s.security_status(boss, REF, progress=lambda d, t, text="": seen.append(d))
    assert seen and status.open_hits == 0  # never screened: screened now against the list
    assert _count(example_db, Screening) == 1
    assert s.mission_hits(boss, REF).state.screened


def test_risk_register_round_trip(boss):
    entry = s.set_risk(boss, "TWN", "elevated", "influence", date(2026, 1, 5))
    assert (entry.country, entry.level, entry.assessed_on) == ("TW", "elevated", date(2026, 1, 5))
    assert [e.country for e in s.risks(boss)] == ["TW"]
    s.clear_risk(boss, "TW")
    assert s.risk_of(boss, "TW") is None
