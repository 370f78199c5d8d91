"""Who may print the logistics sheets and use the logistics commands: every role.

The harness and what it checks: ``tests/integration/rolematrix.py``. A refused sheet
writes no file, an allowed one writes it. The driver's sheet and the rooming list name
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
from tests.integration import rolematrix
from tests.integration.rolematrix import Env, N, Row, Y, check

env = rolematrix.env  # the fixture: a caller and a login per role on the example season

REF = "FLO-2022-TPE"
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
        try:
            write_document(caller, REF, kind, "internal", "en", out)
        except PermissionDenied:
            assert not out.exists(), f"refused, yet {out.name} was written"
            raise
        assert out.is_file(), "allowed, yet no file was written"

    def cli_args(env: Env):
        return ["logistics", kind, REF, "-o", env.tmp / f"{_new()}.pdf"]
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


def _block(env: Env) -> None:
    """A hotel and a room block, once per test."""
    if "block" not in env.state:
        env.state["block"] = True
        lg.set_venue_profile(env.boss, "stadhuis", kind="hotel")
        lg.add_room_block(env.boss, REF, f"b-{_new()}", hotel="stadhuis",
                          check_in=date(2022, 4, 19), check_out=date(2022, 4, 21), rooms=2,
                          cost_per_night="99.00", payer="Gemeente Almere")


@pytest.mark.parametrize("use_case", list(TABLE))
def test_role_matrix(use_case, env):
    app_call, cli_args = ROWS[use_case]
    check(Row(app_call, cli_args, prepare=_block), TABLE[use_case], env)
