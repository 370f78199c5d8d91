"""Who may do what in planning: the programme's items, templates, busy times, free slots,
the checks and issuing, with setting up the database, the mission list and the demo
logistics: every use case for every role.

As in ``test_role_matrix_ops``, the expected outcome is the table written out by hand,
tried through the application function and the command where there is one (refused:
exit 3), on SQLite and on PostgreSQL with a real login per role; a refused call leaves
the audit trail as it was. Setting up the database changes its tables, which the
logins may not: that row runs on SQLite.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from almere_missions import permissions
from almere_missions.app import logistics as lg
from almere_missions.app import maintenance as m
from almere_missions.app import missions as ms
from almere_missions.app import planning as pl
from almere_missions.errors import PermissionDenied
from tests.integration import rolematrix
from tests.integration.rolematrix import COLUMNS, Env, Row, check_row

env = rolematrix.env  # the fixture: a caller and a login per role on the example season

REF = "FLO-2022-TPE"
ITEM = "tpe-welcome"  # 09:30-10:30 in Almere on 20 April 2022
ICS = Path(__file__).resolve().parents[1] / "data" / "planning" / "google.ics"
SHIPPED = "half-day-city-visit"

Y, N = True, False
#: use case                      officer approver mayor security viewer admin
TABLE = {
    "item add":                   (Y,     N,       N,    N,       N,     N),
    "item edit":                  (Y,     N,       N,    N,       N,     N),
    "item move":                  (Y,     N,       N,    N,       N,     N),
    "item resize":                (Y,     N,       N,    N,       N,     N),
    "item cancel":                (Y,     N,       N,    N,       N,     N),
    "item restore":               (Y,     N,       N,    N,       N,     N),
    "item delete":                (Y,     N,       N,    N,       N,     N),
    "day duplicate":              (Y,     N,       N,    N,       N,     N),
    "mission shift":              (Y,     N,       N,    N,       N,     N),
    "template list":              (Y,     Y,       Y,    Y,       Y,     Y),
    "template apply":             (Y,     N,       N,    N,       N,     N),
    "template save":              (Y,     N,       N,    N,       N,     N),
    "template delete":            (Y,     N,       N,    N,       N,     N),
    "busy import":                (Y,     N,       N,    N,       N,     N),
    "busy show":                  (Y,     Y,       Y,    Y,       Y,     Y),
    "free slots":                 (Y,     Y,       Y,    Y,       Y,     Y),
    "check":                      (Y,     Y,       Y,    Y,       Y,     Y),
    "clashes":                    (Y,     Y,       Y,    Y,       Y,     Y),
    "issue":                      (Y,     N,       N,    N,       N,     N),
    "issued list":                (Y,     Y,       Y,    Y,       Y,     Y),
    "issued items":               (Y,     Y,       Y,    Y,       Y,     Y),
    "changes since issued":       (Y,     Y,       Y,    Y,       Y,     Y),
    # no user is asked for a role: a new database has none yet (the first becomes admin)
    "init":                       (Y,     Y,       Y,    Y,       Y,     Y),
    "mission list":               (Y,     Y,       Y,    Y,       Y,     Y),
    "logistics demo":             (Y,     N,       N,    N,       N,     N),
}


def _code() -> str:
    return f"t-{uuid.uuid4().hex[:8]}"


def _extra(ref: str | None = None) -> pl.ItemInput:
    return pl.ItemInput(kind="meeting", title={"en": "Extra meeting"},
                        start=datetime(2022, 4, 20, 12, 0, tzinfo=UTC),
                        end=datetime(2022, 4, 20, 13, 0, tzinfo=UTC), ref=ref)


def _item(env: Env):
    return next(it for it in ms.get_mission(env.boss, REF).items if it.ref == ITEM)


def _edited(env: Env) -> pl.ItemInput:
    return replace(pl.item_input(_item(env)), title={"en": f"Welcome {_code()}"})


def _new_item(env: Env) -> None:
    env.state["item"] = ref = f"{REF}-x{uuid.uuid4().hex[:6]}"
    pl.add_item(env.boss, REF, None, _extra(ref))


def _saved_template(env: Env) -> None:
    env.state["template"] = code = _code()
    pl.save_template(env.boss, REF, code, "Saved to delete")


def _issued(env: Env) -> None:
    if not pl.list_issued(env.boss, REF):
        pl.issue_programme(env.boss, REF)


SLOTS = ["slots", "--host", "host-mayor", "--duration", "60", "--from", "2022-04-20",
         "--to", "2022-04-22", "--json"]

ROWS: dict[str, Row] = {
    "item add": Row(lambda c, e: pl.add_item(c, REF, None, _extra())),
    "item edit": Row(lambda c, e: pl.update_item(c, REF, None, ITEM, _edited(e))),
    "item move": Row(lambda c, e: pl.move_item(c, REF, None, ITEM,
                                               datetime(2022, 4, 20, 8, 0, tzinfo=UTC))),
    "item resize": Row(lambda c, e: pl.resize_item(c, REF, None, ITEM,
                                                   datetime(2022, 4, 20, 8, 45, tzinfo=UTC))),
    "item cancel": Row(lambda c, e: pl.cancel_item(c, REF, None, ITEM)),
    "item restore": Row(lambda c, e: pl.restore_item(c, REF, None, ITEM),
                        prepare=lambda e: pl.cancel_item(e.boss, REF, None, ITEM)),
    "item delete": Row(lambda c, e: pl.delete_item(c, REF, None, e.state["item"]),
                       prepare=_new_item),
    "day duplicate": Row(lambda c, e: pl.duplicate_day(c, REF, None, date(2022, 4, 20),
                                                       date(2022, 4, 22))),
    "mission shift": Row(lambda c, e: pl.shift_mission(c, REF, None, timedelta(hours=1))),
    "template list": Row(lambda c, e: pl.list_templates(c),
                         lambda e: ["template", "list", "--json"]),
    "template apply": Row(lambda c, e: pl.apply_template(c, REF, None, SHIPPED,
                                                         date(2022, 4, 21)),
                          lambda e: ["template", "apply", REF, SHIPPED, "--date", "2022-04-21"]),
    "template save": Row(lambda c, e: pl.save_template(c, REF, _code(), "Saved"),
                         lambda e: ["template", "save", REF, _code(), "--name", "Saved"]),
    "template delete": Row(lambda c, e: pl.delete_template(c, e.state["template"]),
                           lambda e: ["template", "delete", e.state["template"]],
                           prepare=_saved_template),
    "busy import": Row(lambda c, e: pl.import_busy(c, "host-mayor", ICS),
                       lambda e: ["busy", "import", "--person", "host-mayor", ICS]),
    "busy show": Row(lambda c, e: pl.busy_times(c, "host-mayor"),
                     lambda e: ["busy", "show", "--person", "host-mayor", "--json"],
                     prepare=lambda e: pl.import_busy(e.boss, "host-mayor", ICS)),
    "free slots": Row(lambda c, e: pl.find_slots(c, ["host-mayor"], timedelta(minutes=60),
                                                 date(2022, 4, 20), date(2022, 4, 22)),
                      lambda e: SLOTS),
    "check": Row(lambda c, e: pl.check_report(c, REF), lambda e: ["check", REF, "--json"]),
    "clashes": Row(lambda c, e: pl.clashes(c, REF)),
    "issue": Row(lambda c, e: pl.issue_programme(c, REF), lambda e: ["issue", REF]),
    "issued list": Row(lambda c, e: pl.list_issued(c, REF), prepare=_issued),
    "issued items": Row(lambda c, e: pl.issued_items(c, REF), prepare=_issued),
    "changes since issued": Row(lambda c, e: pl.change_notice(c, REF),
                                lambda e: ["changes", REF, "--json"], prepare=_issued),
    "init": Row(lambda c, e: m.init_database(c), lambda e: ["init"], sqlite_only=True),
    "mission list": Row(lambda c, e: ms.list_missions(c), lambda e: ["list", "--json"]),
    # through the function only: the demo logistics can be added once (a second run of the
    # command stops at the vehicles already there)
    "logistics demo": Row(lambda c, e: lg.add_demo_logistics(c)),
}

#: the actions of this part of the table, each taken by at least one row above
PLANNING_ACTIONS = {
    permissions.MISSION_READ, permissions.MISSION_EDIT, permissions.PROGRAMME_ISSUE,
    permissions.TEMPLATE_EDIT, permissions.BUSY_IMPORT, permissions.PLANNING_READ,
    permissions.LOGISTICS_EDIT,
}


def test_the_table_has_a_column_per_role_and_a_row_per_use_case():
    assert COLUMNS == permissions.ROLES
    assert set(TABLE) == set(ROWS)
    assert all(len(v) == len(COLUMNS) for v in TABLE.values())
    assert PLANNING_ACTIONS <= set(permissions.RULES)


@pytest.mark.parametrize("use_case", list(TABLE))
def test_role_matrix(use_case, env):
    row = ROWS[use_case]
    if row.sqlite_only and not env.db.is_sqlite:
        pytest.skip("the logins of the team database may not change its tables")
    failures = check_row(env, TABLE[use_case], row.app, row.cli, row.prepare)
    assert not failures, "\n".join(failures)


def test_an_unregistered_user_is_refused_every_planning_read(env):
    from almere_missions.app import Caller

    stranger = Caller(env.db.url, "nobody-registered") if env.db.is_sqlite else None
    if stranger is None:
        pytest.skip("on PostgreSQL the acting user is the login")
    for call in (lambda: pl.list_templates(stranger), lambda: pl.check_report(stranger, REF),
                 lambda: pl.busy_times(stranger, "host-mayor"),
                 lambda: pl.change_notice(stranger, REF)):
        with pytest.raises(PermissionDenied, match="not registered"):
            call()
