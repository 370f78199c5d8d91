"""A damaged database file, a file that is not a database, a locked database: a plain
message with a way out, exit status 1, never a traceback."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from almere_missions import db as dbmod


@pytest.fixture(autouse=True)
def quick_busy_timeout(monkeypatch, tmp_path):
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", 300)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))  # crash logs, if any


def _plain_failure(r, *words):
    assert r.code == 1, r
    assert "Traceback" not in r.err and "unexpected error" not in r.err, r.err
    for w in words:
        assert w in r.err, r.err


def test_a_file_that_is_not_a_database(tmp_path, cli):
    f = tmp_path / "notes.sqlite"
    f.write_text("Agenda for Tuesday\n" * 200)
    for command in (["list"], ["init"], ["import", "x.json"], ["backup", tmp_path / "b"]):
        r = cli(f"sqlite:///{f}", *command)
        _plain_failure(r, str(f), "not a database")
        assert "restore" in r.err  # the way out
    assert f.read_text().startswith("Agenda for Tuesday")


def test_a_damaged_database(sqlite_db, tmp_path, cli):
    path = sqlite_db.url.removeprefix("sqlite:///")
    assert cli(sqlite_db, "backup", tmp_path / "good.sqlite").code == 0
    sqlite_db.dispose()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    raw = bytearray(Path(path).read_bytes())
    raw[100:4096] = b"\x13" * (4096 - 100)  # the schema page
    Path(path).write_bytes(bytes(raw))
    r = cli(sqlite_db, "list")
    _plain_failure(r, "damaged", "restore")
    r = cli(sqlite_db, "restore", tmp_path / "good.sqlite")  # and the way out works
    assert r.code == 0, r
    assert cli(sqlite_db, "list").code == 0


def test_a_database_locked_by_another_program(sqlite_db, cli, tmp_path):
    path = sqlite_db.url.removeprefix("sqlite:///")
    sqlite_db.dispose()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("PRAGMA locking_mode=EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    try:
        r = cli(sqlite_db, "list")
        _plain_failure(r, "locked by another program", "try again")
        r = cli(sqlite_db, "import", tmp_path / "x.json")
        _plain_failure(r, "locked by another program")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert cli(sqlite_db, "list").code == 0


def test_a_writer_waiting_for_another_writer_is_told_so(sqlite_db, cli):
    from tests.conftest import EXAMPLE

    path = sqlite_db.url.removeprefix("sqlite:///")
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # readers go on, writers wait
    try:
        assert cli(sqlite_db, "list").code == 0
        r = cli(sqlite_db, "import", EXAMPLE)
        _plain_failure(r, "locked by another program")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert cli(sqlite_db, "list").out == ""  # nothing half-imported
    assert cli(sqlite_db, "import", EXAMPLE).code == 0
