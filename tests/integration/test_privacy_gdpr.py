"""GDPR: retention purge, subject access export, erasure; audited without personal data."""

from __future__ import annotations

import json
import logging
from datetime import date

import pytest
from sqlalchemy import select

from almere_missions import privacy
from almere_missions.db.models import Person
from almere_missions.errors import InvalidInput, NotFound, PermissionDenied, Refused
from almere_missions.services import users
from tests.integration.reliability.season import PERSONS, load_season

PERSONAL_VALUES = [v for p in PERSONS if not p["staff"]
                   for k, v in p.items() if k in privacy.RETAINED_FIELDS]
PERSONAL_VALUES += [p["name"] for p in PERSONS if not p["staff"]]


@pytest.fixture
def season(db, tmp_path):
    load_season(db, tmp_path)
    return db


@pytest.fixture
def changes(monkeypatch):
    """Every change record that reaches the commit hooks (where the audit trail reads them)."""
    seen = []
    monkeypatch.setattr("almere_missions.hooks.COMMIT_HOOKS",
                        (lambda uow: seen.extend(uow.changes),))
    return seen


def _person(db, ref):
    from almere_missions.services.missions import person_view

    with db.unit_of_work(db.test_admin, write=False) as u:
        return person_view(u.session.scalar(select(Person).where(Person.ref == ref)))


def test_add_months_clamps_to_the_month_end():
    assert privacy.add_months(date(2022, 4, 21), 12) == date(2023, 4, 21)
    assert privacy.add_months(date(2022, 8, 31), 6) == date(2023, 2, 28)
    assert privacy.add_months(date(2023, 8, 31), 6) == date(2024, 2, 29)
    assert privacy.add_months(date(2022, 11, 30), 3) == date(2023, 2, 28)


def test_purge_after_the_retention_period(season, uow, changes):
    # Last missions: guest-1 and guest-2 Taipei (ends 2022-04-21), guest-3 Milan (2022-07-05).
    with uow() as u:
        early = privacy.purge(u, 12, today=date(2023, 4, 20), dry_run=True)
    assert [d.ref for d in early.persons] == []
    with uow() as u:
        due = privacy.purge(u, 12, today=date(2023, 4, 21), dry_run=True)
    assert [d.ref for d in due.persons] == ["guest-1", "guest-2"]
    assert due.persons[0].fields == ("email", "phone", "birth_date", "dietary", "accessibility")
    assert _person(season, "guest-1").email == "lin@example.tw"  # dry run changed nothing

    with uow() as u:
        result = privacy.purge(u, 12, today=date(2023, 7, 5))
        u.commit()
    assert [d.ref for d in result.persons] == ["guest-1", "guest-2", "guest-3", "guest-4"]
    g1 = _person(season, "guest-1")
    assert (g1.email, g1.phone, g1.birth_date, g1.dietary, g1.accessibility) == (None,) * 5
    assert g1.name == "林美玲" and g1.nationality == ("TW",)  # who visited stays on record
    assert _person(season, "officer").email == "j.bakker@example.org"  # staff are not purged
    # guest-4 was only in a mission ending 2022-05-01: due 2023-05-01, so purged as well
    assert _person(season, "guest-4").email is None
    purges = [c for c in changes if c.action == "person.purge"]
    assert [c.ref for c in purges] == ["guest-1", "guest-2", "guest-3", "guest-4"]
    assert purges[0].after == {"fields": ["email", "phone", "birth_date", "dietary",
                                          "accessibility"], "months": 12}
    with uow() as u:  # nothing left to do: a second run is empty
        assert privacy.purge(u, 12, today=date(2023, 7, 5)).count == 0


def test_a_shorter_period_and_a_person_in_no_mission(season, uow):
    with uow() as u:
        due = privacy.purge(u, 3, today=date(2022, 8, 1), dry_run=True)
    assert [d.ref for d in due.persons] == ["guest-1", "guest-2", "guest-4"]
    with uow() as u:
        with pytest.raises(InvalidInput):
            privacy.purge(u, 0)


def test_a_future_mission_keeps_the_data(season, uow):
    from almere_missions.services.editing import update_mission

    with uow() as u:
        m = update_mission(u, "IN-TPE", None, end_date=date(2030, 1, 1))
        u.commit()
    assert m.end == date(2030, 1, 1)
    with uow() as u:
        refs = [d.ref for d in privacy.purge(u, 12, today=date(2029, 1, 1), dry_run=True).persons]
    assert "guest-1" not in refs and "guest-3" in refs


def test_export_holds_everything_on_the_person(season, uow, tmp_path, changes):
    out = tmp_path / "sar.json"
    with uow() as u:
        privacy.write_export(u, "guest-1", out)
        u.commit()
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["person"]["email"] == "lin@example.tw"
    assert doc["person"]["birth_date"] == "1970-05-04"
    assert doc["person"]["accessibility"] == "wheelchair"
    assert [m["mission"] for m in doc["missions"]] == ["IN-TPE"]
    assert doc["missions"][0]["role"] == "delegation_leader"
    assert doc["programme_items"] == []  # on items through the mission, not by name
    assert [c.action for c in changes] == ["person.export"]
    assert "lin@example.tw" not in json.dumps([c.after for c in changes])


def test_erase_anonymises_and_is_refused_while_a_mission_runs(season, uow, changes):
    with uow() as u:
        with pytest.raises(Refused, match="IN-TPE"):
            privacy.erase(u, "guest-1", today=date(2022, 4, 21))
    with uow() as u:
        result = privacy.erase(u, "guest-1", today=date(2022, 4, 22))
        u.commit()
    p = _person(season, "guest-1")
    assert p.name == privacy.ERASED_NAME
    assert (p.latin_name, p.email, p.phone, p.birth_date, p.dietary, p.accessibility,
            p.organisation, p.function) == (None,) * 8
    assert p.nationality == () and p.languages == ()
    assert "name" in result.fields and "email" in result.fields
    with season.unit_of_work(season.test_admin, write=False) as u:  # still counted in the visit
        from almere_missions.services.missions import get_mission

        assert "guest-1" in {x.person for x in get_mission(u, "IN-TPE").participants}
    assert [c.action for c in changes] == ["person.erase"]
    with uow() as u:
        with pytest.raises(NotFound):
            privacy.erase(u, "nobody")


def test_only_an_administrator_purges_or_erases(season, uow):
    with uow() as u:
        users.add(u, "clerk", ["officer"], None)
        users.add(u, "reader", ["viewer"], None)
        u.commit()
    with uow("clerk") as u:
        with pytest.raises(PermissionDenied):
            privacy.purge(u, dry_run=True)
        with pytest.raises(PermissionDenied):
            privacy.erase(u, "guest-1")
        assert privacy.export_person(u, "guest-1")["person"]["ref"] == "guest-1"
    with uow("reader") as u:
        with pytest.raises(PermissionDenied):
            privacy.export_person(u, "guest-1")


def test_personal_data_never_in_records_or_logs(season, uow, changes, caplog, tmp_path):
    caplog.set_level(logging.DEBUG)
    with uow() as u:
        privacy.write_export(u, "guest-1", tmp_path / "x.json")
        privacy.purge(u, 12, today=date(2024, 1, 1))
        privacy.erase(u, "guest-3", today=date(2024, 1, 1))
        u.commit()
    recorded = json.dumps([(c.action, c.ref, c.before, c.after) for c in changes],
                          ensure_ascii=False, default=str)
    logged = caplog.text
    for value in PERSONAL_VALUES:
        assert value not in recorded, value
        assert value not in logged, value


def test_privacy_commands(season, cli, tmp_path):
    r = cli(season, "privacy", "purge", "--dry-run", "--json")
    assert r.code == 0, r
    assert {p["ref"] for p in json.loads(r.out)["persons"]} >= {"guest-1", "guest-2", "guest-3"}
    assert _person(season, "guest-1").email == "lin@example.tw"
    r = cli(season, "privacy", "export", "guest-2", "-o", tmp_path / "g2.json")
    assert r.code == 0, r
    assert json.loads((tmp_path / "g2.json").read_text())["person"]["phone"] == "+886 2 5555"
    r = cli(season, "privacy", "purge")
    assert r.code == 0 and "purged personal data of" in r.out
    assert _person(season, "guest-2").phone is None
    r = cli(season, "privacy", "erase", "guest-2")
    assert r.code == 0 and "erased guest-2" in r.out
    r = cli(season, "privacy", "erase", "no-such-person")
    assert r.code == 2 and "no-such-person" in r.err


@pytest.fixture
def other_part_tables(season):
    """Two tables as another part would add them: one owned by the person, one naming them."""
    from sqlalchemy import Column, ForeignKey, Integer, String, Table, insert

    from almere_missions.db import metadata

    md = metadata()
    busy = Table("test_busy_block", md, Column("id", Integer, primary_key=True),
                 Column("person_id", ForeignKey("person.id", ondelete="CASCADE")),
                 Column("summary", String(100)))
    hits = Table("test_screening_hit", md, Column("id", Integer, primary_key=True),
                 Column("subject", String(100)), Column("score", Integer))
    try:
        busy.create(season.engine)
        hits.create(season.engine)
        with season.engine.begin() as conn:
            pid = conn.execute(select(Person.id).where(Person.ref == "guest-1")).scalar_one()
            conn.execute(insert(busy), [{"person_id": pid, "summary": "dentist"}])
            conn.execute(insert(hits), [{"subject": "guest-1", "score": 93},
                                        {"subject": "guest-2", "score": 10}])
        yield busy, hits
    finally:
        busy.drop(season.engine, checkfirst=True)
        hits.drop(season.engine, checkfirst=True)
        md.remove(busy)
        md.remove(hits)


def test_rows_of_other_parts_are_exported_and_erased(season, uow, other_part_tables):
    busy, hits = other_part_tables
    with uow() as u:
        doc = privacy.export_person(u, "guest-1")
    assert [r["summary"] for r in doc["other_records"]["test_busy_block"]] == ["dentist"]
    assert [r["score"] for r in doc["other_records"]["test_screening_hit"]] == [93]
    with uow() as u:
        result = privacy.erase(u, "guest-1", today=date(2023, 1, 1))
        u.commit()
    assert result.removed == {"test_busy_block": 1}
    with season.engine.connect() as conn:
        assert conn.execute(select(busy)).all() == []
        assert len(conn.execute(select(hits)).all()) == 2  # kept by its part's own rule
