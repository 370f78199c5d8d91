"""Pieces of backups, reports and error translation that need no database."""

from __future__ import annotations

import os
import sqlite3

import pytest
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError

from almere_missions.fileio import atomic_write_bytes
from almere_missions.reports.co2 import ALMERE, great_circle_km, mode_for
from almere_missions.reports.export import _sheet_name
from almere_missions.reports.transparency import is_board_member
from almere_missions.uow import is_environment_error, translate_operational_error
from almere_missions.views import PersonView


def _op(message: str, cls=OperationalError):
    return cls("SELECT 1", {}, sqlite3.OperationalError(message))


@pytest.mark.parametrize(("message", "words"), [
    ("database is locked", ["/x/m.sqlite", "locked by another program", "try again"]),
    ("file is not a database", ["/x/m.sqlite", "not a database", "restore"]),
    ("database disk image is malformed", ["damaged", "restore"]),
    ("unable to open database file", ["cannot be opened", "folder"]),
    ("database or disk is full", ["disk is full"]),
])
def test_environment_problems_say_what_to_do(message, words):
    problem = translate_operational_error(_op(message), "sqlite:////x/m.sqlite")
    for w in words:
        assert w in str(problem)
    assert problem.exit_code == 1


def test_a_postgres_url_is_named_without_its_password():
    problem = translate_operational_error(_op("database is locked"),
                                          "postgresql+psycopg://u:secret@h/db")
    assert "secret" not in str(problem) and "h/db" in str(problem)


def test_only_environment_errors_are_translated():
    assert is_environment_error(_op("x"))
    assert is_environment_error(_op("file is not a database", DatabaseError))
    assert not is_environment_error(_op("UNIQUE constraint failed", IntegrityError))
    assert not is_environment_error(ValueError("x"))


def test_distances_and_modes():
    assert great_circle_km(ALMERE, ALMERE) == 0
    # Almere – Taipei is about 9,400 km
    assert 9300 < great_circle_km(ALMERE, (25.033, 121.565)) < 9500
    assert mode_for(150) == "train"
    assert mode_for(1500) == "flight"


@pytest.mark.parametrize(("function", "staff", "board"), [
    ("burgemeester", True, True), ("Wethouder Economie", True, True),
    ("Mayor", True, True), ("alderwoman", True, True), ("locoburgemeester", True, True),
    ("Deputy Mayor", False, False), ("beleidsadviseur", True, False), (None, True, False),
])
def test_board_members(function, staff, board):
    assert is_board_member(PersonView("p", "Name", function=function, staff=staff)) is board


def test_sheet_names_are_valid_and_unique():
    used: set[str] = set()
    assert _sheet_name("by_country", used) == "by_country"
    assert _sheet_name("by_country", used) == "by_country_2"
    assert len(_sheet_name("x" * 40, used)) == 31
    assert _sheet_name("a/b:c", used) == "abc"


def test_written_files_get_normal_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        atomic_write_bytes(tmp_path / "report.csv", b"x")
        assert (tmp_path / "report.csv").stat().st_mode & 0o777 == 0o644
        (tmp_path / "private.csv").write_bytes(b"")
        (tmp_path / "private.csv").chmod(0o600)
        atomic_write_bytes(tmp_path / "private.csv", b"y")  # replacing keeps the mode
        assert (tmp_path / "private.csv").stat().st_mode & 0o777 == 0o600
    finally:
        os.umask(old)


def test_drawing_a_chart_leaves_qt_alone():
    import subprocess
    import sys

    code = ("import sys\n"
            "from almere_missions.reports import ChartSpec, Table\n"
            "from almere_missions.reports.charts import chart_png\n"
            "png = chart_png(Table('t', 'T', ('A', 'B'), (('x', 1), ('y', 2)),\n"
            "                      chart=ChartSpec('bar', 0, (1,))))\n"
            "assert png.startswith(b'\\x89PNG')\n"
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'PyQt'))))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"
