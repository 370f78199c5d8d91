"""Who may print the logistics sheets and use the logistics commands: every role.

As in ``test_role_matrix_ops``, the expected outcome is the table written out by hand,
tried through the application function and the command (refused: exit 3), on SQLite and
on PostgreSQL with a real login per role. A refused sheet writes no file; a refused
change leaves the audit trail as it was. The driver's sheet and the rooming list name
guests and their needs (those who may read needs); the caterer's sheet has counts only,
for those who plan the visit to hand on.
"""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from almere_missions.app import logistics as lg
from almere_missions.app.documents import write_document
from almere_missions.errors import PermissionDenied
from tests.integration import test_role_matrix_ops as ops
from tests.integration.test_role_matrix_ops import COLUMNS, Env, _audit_rows

env = ops.env  # the fixture: a caller and a login per role on the example season

REF = "FLO-2022-TPE"
Y, N = True, False
#: use case                      officer approver mayor security viewer admin
TABLE = {
    "driver's sheet":             (Y,     N,       N,    N,       N,     Y),
    "rooming list":               (Y,     N,       N,    N,       N,     Y),
    "caterer's sheet":            (Y,     Y,       Y,    Y,       N,     Y),
    "room blocks":                (Y,     Y,       Y,    Y,       N,     Y),
    "rides":                      (Y,     Y,       Y,    Y,       N,     Y),
    "logistics check":            (Y,     Y,       Y,    Y,       N,     Y),
    "needs (read)":               (Y,     N,       N,    N,       N,     Y),
    "needs (write)":              (Y,     N,       N,    N,       N,     N),
    "vehicle add":                (Y,     N,       N,    N,       N,     N),
    "venue profile":              (Y,     N,       N,    N,       N,     N),
}


def _new() -> str:
    return uuid.uuid4().hex[:8]


def _sheet(kind: str):
    def app_call(caller, env: Env):
        out = env.tmp / f"{_new()}.pdf"
        env.state["out"] = out
        write_document(caller, REF, kind, "internal", "en", out)

    def cli_args(env: Env):
        out = env.tmp / f"{_new()}.pdf"
        env.state["out"] = out
        return ["logistics", kind, REF, "-o", out]
    return app_call, cli_args


ROWS = {
    "driver's sheet": _sheet("driver-sheet"),
    "rooming list": _sheet("rooming-list"),
    "caterer's sheet": _sheet("caterer-sheet"),
    "room blocks": (lambda c, e: lg.room_blocks(c, REF),
                    lambda e: ["logistics", "block", "list", REF, "--json"]),
    "rides": (lambda c, e: lg.trips(c, REF), lambda e: ["logistics", "trip", "list", REF]),
    "logistics check": (lambda c, e: lg.check(c, REF),
                        lambda e: ["logistics", "check", REF, "--json"]),
    "needs (read)": (lambda c, e: lg.needs(c, "tpe-2"),
                     lambda e: ["logistics", "needs", "show", "tpe-2"]),
    "needs (write)": (lambda c, e: lg.set_needs(c, "tpe-2", dietary="vegan"),
                      lambda e: ["logistics", "needs", "set", "tpe-2", "--diet", "vegan"]),
    "vehicle add": (lambda c, e: lg.add_vehicle(c, f"v-{_new()}", name="Van", seats=7),
                    lambda e: ["logistics", "vehicle", "add", f"v-{_new()}", "--name", "Van",
                               "--seats", "7"]),
    "venue profile": (lambda c, e: lg.set_venue_profile(c, "stadhuis", step_free=True),
                      lambda e: ["logistics", "venue", "stadhuis", "--step-free"]),
}


def test_the_table_covers_every_row():
    assert set(TABLE) == set(ROWS)


@pytest.mark.parametrize("use_case", list(TABLE))
def test_role_matrix(use_case, env):
    app_call, cli_args = ROWS[use_case]
    boss = env.boss
    lg.set_venue_profile(boss, "stadhuis", kind="hotel")
    if "block" not in env.state:
        env.state["block"] = True
        lg.add_room_block(boss, REF, f"b-{_new()}", hotel="stadhuis",
                          check_in=date(2022, 4, 19), check_out=date(2022, 4, 21), rooms=2,
                          cost_per_night="99.00", payer="Gemeente Almere")
    failures = []
    for role, allowed in zip(COLUMNS, TABLE[use_case], strict=True):
        for how in ("app", "cli"):
            env.state.pop("out", None)
            before = _audit_rows(env.db)
            if how == "app":
                try:
                    app_call(env.callers[role], env)
                    refused, said = False, ""
                except PermissionDenied as exc:
                    refused, said = True, str(exc)
            else:
                res = env.cli_as(role, *cli_args(env))
                if res.code not in (0, 3):
                    failures.append(f"{role} via cli: exit {res.code}: {res.err.strip()}")
                    continue
                refused, said = res.code == 3, res.err
            if refused == allowed:
                failures.append(f"{role} via {how}: expected "
                                f"{'allowed' if allowed else 'refused'}, got "
                                f"{'refused: ' + said.strip() if refused else 'allowed'}")
            out = env.state.get("out")
            if out is not None and out.exists() == refused:
                failures.append(f"{role} via {how}: refused={refused}, file written="
                                f"{out.exists()}")
            if refused and _audit_rows(env.db) != before:
                failures.append(f"{role} via {how}: refused, yet the audit trail grew")
    assert not failures, "\n".join(failures)
