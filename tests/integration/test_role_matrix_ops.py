"""Who may do what in security, exchange, reports and maintenance: every use case for every role
(the harness and what it checks: ``tests/integration/rolematrix.py``). Backup and restore
work on the SQLite file only (the server has pg_dump), so
their rows run on SQLite.
"""

from __future__ import annotations

import json
import uuid
from datetime import date

import pytest
from sqlalchemy import select

from almere_missions import permissions
from almere_missions.app import exchange as x
from almere_missions.app import maintenance as m
from almere_missions.app import reports as r
from almere_missions.app import security as s
from almere_missions.app import users as u
from almere_missions.backup import backup as raw_backup
from almere_missions.db.models import Person
from tests.conftest import DATA, EXAMPLE
from tests.integration import rolematrix
from tests.integration.rolematrix import COLUMNS, Env, N, Row, Y, check, out

env = rolematrix.env  # the fixture: a caller and a login per role on the example season

REF = "FLO-2022-TPE"
EU_XML = DATA / "sanctions" / "eu_fsd_sample.xml"
TWN = DATA / "travel-advice" / "TWN.xml"

#: use case                       officer approver mayor security viewer admin
TABLE = {
    "advice import":                (Y,     N,       N,    Y,       N,     N),
    "advice fetch":                 (Y,     N,       N,    Y,       N,     N),
    "advice show":                  (Y,     Y,       Y,    Y,       Y,     Y),
    "advice for a mission":         (Y,     Y,       Y,    Y,       Y,     Y),
    "advice history":               (Y,     Y,       Y,    Y,       Y,     Y),
    "sanctions import":             (Y,     N,       N,    Y,       N,     N),
    "sanctions lists":              (Y,     Y,       Y,    Y,       Y,     Y),
    "screen a mission":             (Y,     N,       N,    Y,       N,     N),
    "hits of a mission":            (Y,     Y,       Y,    Y,       N,     Y),
    "decide a hit":                 (N,     N,       N,    Y,       N,     N),
    "security assess":              (N,     N,       N,    Y,       N,     N),
    "security status":              (Y,     Y,       Y,    Y,       N,     Y),
    "security checklist":           (Y,     Y,       Y,    Y,       N,     Y),
    "security assessment":          (Y,     Y,       Y,    Y,       N,     Y),
    "security panel":               (Y,     Y,       Y,    Y,       Y,     Y),
    "risk set":                     (N,     N,       N,    Y,       N,     N),
    "risk clear":                   (N,     N,       N,    Y,       N,     N),
    "risk register":                (Y,     Y,       Y,    Y,       N,     Y),
    "risk of a country":            (Y,     Y,       Y,    Y,       N,     Y),
    "exchange import":              (Y,     N,       N,    N,       N,     N),
    "exchange export":              (Y,     Y,       Y,    Y,       N,     Y),
    "report movements":             (Y,     Y,       Y,    Y,       Y,     Y),
    "report transparency pdf":      (Y,     Y,       Y,    Y,       Y,     Y),
    "report tables":                (Y,     Y,       Y,    Y,       Y,     Y),
    "backup":                       (N,     N,       N,    N,       N,     Y),
    "restore":                      (N,     N,       N,    N,       N,     Y),
    "privacy purge":                (N,     N,       N,    N,       N,     Y),
    "privacy export":               (Y,     N,       N,    N,       N,     Y),
    "privacy erase":                (N,     N,       N,    N,       N,     Y),
    "user add":                     (N,     N,       N,    N,       N,     Y),
    "user list":                    (Y,     Y,       Y,    Y,       Y,     Y),
}


def _offline(url, timeout):
    raise OSError("network unreachable")


def _plant_hit(env: Env) -> None:
    with env.db.unit_of_work(env.boss.user) as uow:
        p = uow.session.scalar(select(Person).where(Person.ref == "tpe-2"))
        p.name, p.latin_name = "Саддам Хусейн", "Saddam Husayn"
        p.birth_date, p.nationality = date(1937, 4, 28), ["IQ"]
        uow.commit()
    [hit] = s.screen_mission(env.boss, REF, [EU_XML]).hits
    env.state["hit"] = hit.id


def _assessment_file(env: Env) -> None:
    path = env.tmp / "security.json"
    path.write_text(json.dumps({"checklist": {}, "residual_risk": "low", "advice": "go"}))
    env.state["assess"] = path


def _backup_file(env: Env) -> None:
    env.state["backup"] = raw_backup(env.boss.db, env.tmp / f"b-{uuid.uuid4().hex[:6]}.sqlite").path


ROWS: dict[str, Row] = {
    "advice import": Row(lambda c, e: s.import_advice(c, [TWN]),
                         lambda e: ["advice", "import", TWN]),
    # the command would ask the real service: the row runs through the function, offline
    "advice fetch": Row(lambda c, e: s.fetch_advice(c, ["TW"], fetcher=_offline)),
    "advice show": Row(lambda c, e: s.current_advice(c, ["TW"]),
                       lambda e: ["advice", "show", "TW"],
                       prepare=lambda e: s.import_advice(e.boss, [TWN])),
    "advice for a mission": Row(lambda c, e: s.advice_for_mission(c, REF),
                                lambda e: ["advice", "mission", REF, "--json"]),
    "advice history": Row(lambda c, e: s.advice_history(c, "TW"),
                          lambda e: ["advice", "history", "TW"]),
    "sanctions import": Row(lambda c, e: s.import_sanctions(c, [EU_XML]),
                            lambda e: ["sanctions", "import", EU_XML]),
    "sanctions lists": Row(lambda c, e: s.sanctions_lists(c), lambda e: ["lists", "--json"]),
    "screen a mission": Row(lambda c, e: s.screen_mission(c, REF, [EU_XML]),
                            lambda e: ["screen", REF, "--list", EU_XML]),
    "hits of a mission": Row(lambda c, e: s.mission_hits(c, REF), lambda e: ["hits", REF],
                             prepare=_plant_hit),
    "decide a hit": Row(lambda c, e: s.decide_hit(c, REF, e.state["hit"], "confirmed"),
                        lambda e: ["decide", REF, "--hit", e.state["hit"], "--confirmed"],
                        prepare=_plant_hit),
    "security assess": Row(lambda c, e: s.record_assessment_file(c, REF, e.state["assess"]),
                           lambda e: ["security", "assess", REF, e.state["assess"]],
                           prepare=_assessment_file),
    "security status": Row(lambda c, e: s.security_status(c, REF),
                           lambda e: ["security", "status", REF, "--json"]),
    "security checklist": Row(lambda c, e: s.checklist_items(c, REF)),
    "security assessment": Row(lambda c, e: s.assessment(c, REF)),
    "security panel": Row(lambda c, e: s.security_panel(c, REF)),
    "risk set": Row(lambda c, e: s.set_risk(c, "TW", "elevated", "a reason"),
                    lambda e: ["risk", "set", "TW", "--level", "high", "--rationale", "why"]),
    "risk clear": Row(lambda c, e: s.clear_risk(c, "TW"), lambda e: ["risk", "clear", "TW"],
                      prepare=lambda e: s.set_risk(e.boss, "TW", "high", "set to clear")),
    "risk register": Row(lambda c, e: s.risks(c), lambda e: ["risk", "list", "--json"]),
    "risk of a country": Row(lambda c, e: s.risk_of(c, "TW")),
    "exchange import": Row(lambda c, e: x.import_file(c, EXAMPLE),
                           lambda e: ["import", EXAMPLE]),
    "exchange export": Row(lambda c, e: x.export_file(c, out(e, "x.json")),
                           lambda e: ["export", out(e, "x.json")]),
    "report movements": Row(lambda c, e: r.report(c, "movements", year=2022),
                            lambda e: ["report", "movements", "--year", "2022", "--json"]),
    "report transparency pdf": Row(
        lambda c, e: r.transparency_pdf(c, 2022, out(e, "t.pdf")),
        lambda e: ["report", "transparency", "--year", "2022", "--pdf", out(e, "t.pdf")]),
    "report tables": Row(lambda c, e: r.report_tables(c, None, "en")),
    "backup": Row(lambda c, e: m.backup(c, out(e, "b.sqlite")),
                  lambda e: ["backup", out(e, "b.sqlite")], sqlite_only=True),
    "restore": Row(lambda c, e: m.restore(c, e.state["backup"], keep_previous_in=e.tmp / "kept"),
                   lambda e: ["restore", e.state["backup"]], prepare=_backup_file,
                   sqlite_only=True),
    "privacy purge": Row(lambda c, e: m.purge(c, dry_run=True),
                         lambda e: ["privacy", "purge", "--dry-run"]),
    "privacy export": Row(lambda c, e: m.export_person(c, "tpe-3", out(e, "p.json")),
                          lambda e: ["privacy", "export", "tpe-3", "-o", out(e, "p.json")]),
    "privacy erase": Row(lambda c, e: m.erase_person(c, "tpe-3"),
                         lambda e: ["privacy", "erase", "tpe-3"]),
    "user add": Row(lambda c, e: u.add_user(c, "newcomer", ["viewer"]),
                    lambda e: ["user", "add", "newcomer", "--role", "viewer"]),
    "user list": Row(lambda c, e: u.list_users(c), lambda e: ["user", "list"]),
}

#: the actions of this part of the table, each taken by at least one row above
OPS_ACTIONS = {
    permissions.ADVICE_READ, permissions.ADVICE_IMPORT, permissions.SANCTIONS_READ,
    permissions.SANCTIONS_IMPORT, permissions.SCREENING_RUN, permissions.SCREENING_READ,
    permissions.SCREENING_DECIDE, permissions.SECURITY_READ, permissions.SECURITY_ASSESS,
    permissions.RISK_READ, permissions.RISK_EDIT, permissions.EXCHANGE_IMPORT,
    permissions.EXCHANGE_EXPORT, permissions.REPORT_READ, permissions.DATABASE_BACKUP,
    permissions.DATABASE_RESTORE, permissions.PRIVACY_PURGE, permissions.PRIVACY_EXPORT,
    permissions.PRIVACY_ERASE, permissions.USER_LIST, permissions.USER_MANAGE,
}


def test_the_table_has_a_column_per_role_and_a_row_per_use_case():
    assert COLUMNS == permissions.ROLES
    assert set(TABLE) == set(ROWS)
    assert all(len(v) == len(COLUMNS) for v in TABLE.values())
    assert OPS_ACTIONS <= set(permissions.RULES)


@pytest.mark.parametrize("use_case", list(TABLE))
def test_role_matrix(use_case, env):
    check(ROWS[use_case], TABLE[use_case], env)


def test_a_viewer_sees_the_advice_but_not_the_findings(env):
    _plant_hit(env)
    shown = s.security_panel(env.callers["viewer"], REF)
    assert shown.restricted and shown.hits == () and shown.state is None
    assert [a.country for a in shown.advice] == ["TW"]
    full = s.security_panel(env.callers["security"], REF)
    assert not full.restricted and len(full.hits) == 1 and full.state.screened
