"""Backups while the program runs, checked restores, rotation at start; PostgreSQL refused."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from almere_missions import backup as backups
from almere_missions.errors import InvalidInput, Refused, SchemaTooNew


@pytest.fixture(autouse=True)
def data_home(tmp_path, monkeypatch):
    """The user's data folder (where safety copies go) inside the test's own folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


def _count(path, table="mission"):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def live(sqlite_db):
    from almere_missions.exchange.importer import import_file
    from tests.conftest import EXAMPLE

    with sqlite_db.unit_of_work(sqlite_db.test_admin) as u:
        import_file(u, EXAMPLE)
        u.commit()
    return sqlite_db


def _path(db):
    return backups.database_path(db)


def test_backup_is_a_consistent_copy_while_another_writer_is_busy(live, tmp_path):
    # Another program holds an open write transaction: its uncommitted row is not copied.
    other = sqlite3.connect(_path(live), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE mission SET counterpart = 'uncommitted', version = version + 1")
    try:
        seen = []
        info = backups.backup(live, tmp_path / "copy.sqlite", progress=lambda d, t: seen.append(d))
    finally:
        other.execute("ROLLBACK")
        other.close()
    copy = sqlite3.connect(info.path)
    assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert copy.execute("SELECT counterpart FROM mission").fetchone() == ("Taipei City Government",)
    assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # one file, no -wal
    copy.close()
    assert seen and info.pages > 0
    assert backups.verify_backup(info.path) is False


def test_restore_brings_the_data_back_and_keeps_the_replaced_database(live, tmp_path, cli,
                                                                     monkeypatch):
    seen = []
    monkeypatch.setattr("almere_missions.hooks.COMMIT_HOOKS",
                        (lambda uow: seen.extend(uow.changes),))
    copy = tmp_path / "copy.sqlite"
    assert cli(live, "backup", copy).code == 0
    with live.engine.begin() as conn:
        conn.execute(text("DELETE FROM mission"))
    assert _count(_path(live)) == 0
    r = cli(live, "restore", copy)
    assert r.code == 0, r
    assert _count(_path(live)) == 1
    kept = next(line.rsplit(" ", 1)[1] for line in r.out.splitlines() if "kept in" in line)
    assert _count(kept) == 0  # the way back to what was there before the restore
    assert cli(live, "list").out.startswith("FLO-2022-TPE")  # the program reads it at once
    restores = [c for c in seen if c.action == "database.restore"]
    assert [c.after["source"] for c in restores] == ["copy.sqlite"]


@pytest.mark.parametrize("damage", ["text", "garbage", "foreign", "truncated", "missing"])
def test_restore_refuses_a_bad_file_and_changes_nothing(live, tmp_path, cli, damage):
    bad = tmp_path / "bad.sqlite"
    if damage == "text":
        bad.write_text("this is a note, not a database\n")
    elif damage == "garbage":
        assert cli(live, "backup", bad).code == 0
        raw = bytearray(bad.read_bytes())
        raw[4096:4096 * 3] = b"\xa5" * (4096 * 2)  # wreck pages 2 and 3
        bad.write_bytes(bytes(raw))
    elif damage == "foreign":
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
        conn.commit()
        conn.close()
    elif damage == "truncated":
        assert cli(live, "backup", bad).code == 0
        bad.write_bytes(bad.read_bytes()[:5000])
    before = _path(live).read_bytes()
    r = cli(live, "restore", bad)
    assert r.code == 2, r
    assert str(bad) in r.err and "Traceback" not in r.err and "unexpected" not in r.err
    assert _count(_path(live)) == 1
    assert _path(live).read_bytes() == before


def test_restore_refuses_a_newer_schema(live, tmp_path, cli):
    newer = tmp_path / "newer.sqlite"
    assert cli(live, "backup", newer).code == 0
    conn = sqlite3.connect(newer)
    conn.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    conn.commit()
    conn.close()
    with pytest.raises(SchemaTooNew, match="newer version"):
        backups.verify_backup(newer)
    r = cli(live, "restore", newer)
    assert r.code == 1 and "newer version" in r.err and str(newer) in r.err


def test_restore_over_a_damaged_database_sets_it_aside(live, tmp_path, cli):
    copy = tmp_path / "copy.sqlite"
    assert cli(live, "backup", copy).code == 0
    live.dispose()
    path = _path(live)
    path.write_bytes(b"\x00garbage" * 1000)
    for side in ("-wal", "-shm"):
        path.with_name(path.name + side).unlink(missing_ok=True)
    assert cli(live, "list").code == 1
    r = cli(live, "restore", copy)
    assert r.code == 0, r
    assert _count(path) == 1
    kept = next(line.rsplit(" ", 1)[1] for line in r.out.splitlines() if "kept in" in line)
    assert "damaged" in kept and Path(kept).read_bytes()[:8] == b"\x00garbage"
    assert Path(kept).parent.is_relative_to(tmp_path)


def test_restore_of_itself_is_refused(live):
    with pytest.raises(InvalidInput, match="database itself"):
        backups.restore(live, _path(live))
    with pytest.raises(InvalidInput, match="database itself"):
        backups.backup(live, _path(live))


def test_rotating_backups_keep_the_newest(live, tmp_path, monkeypatch):
    folder = tmp_path / "auto"
    made = [backups.rotate_backups(live, keep=3, directory=folder) for _ in range(5)]
    kept = backups.automatic_backups(live, folder)
    assert kept == made[-3:]
    assert all(_count(p) == 1 for p in kept)
    (folder / "my-own-notes.sqlite").write_bytes(b"x")  # not ours: never deleted
    monkeypatch.setenv(backups.ENV_KEEP, "1")
    backups.rotate_backups(live, directory=folder)
    assert len(backups.automatic_backups(live, folder)) == 1
    assert (folder / "my-own-notes.sqlite").exists()
    monkeypatch.setenv(backups.ENV_KEEP, "none")
    with pytest.raises(InvalidInput, match=backups.ENV_KEEP):
        backups.rotate_backups(live, directory=folder)


def test_rotation_skips_a_database_not_made_yet(tmp_path):
    from almere_missions.db import Database

    db = Database(f"sqlite:///{tmp_path / 'new.sqlite'}")
    assert backups.rotate_backups(db, keep=2, directory=tmp_path / "auto") is None


@pytest.mark.postgres
def test_postgresql_points_to_pg_dump(pg_server, cli, tmp_path):
    from almere_missions.db import Database

    r = cli(pg_server, "backup", tmp_path / "x.sqlite")
    assert r.code == 3 and "pg_dump" in r.err
    r = cli(pg_server, "restore", tmp_path / "x.sqlite")
    assert r.code == 3 and "pg_restore" in r.err
    db = Database(pg_server)
    try:
        assert backups.rotate_backups(db) is None
        with pytest.raises(Refused):
            backups.database_path(db)
    finally:
        db.dispose()


def test_backup_finishes_while_another_program_keeps_saving(live, tmp_path, monkeypatch):
    """Page by page, yet never restarted by the other program's saves: one snapshot."""
    import threading

    monkeypatch.setattr(backups, "_PAGES_PER_STEP", 1)
    with live.engine.begin() as conn:  # enough pages for many steps
        conn.execute(text("CREATE TABLE filler (b BLOB)"))
        conn.execute(text("INSERT INTO filler SELECT randomblob(2000) FROM "
                          "(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                          "WHERE i < 300) SELECT i FROM n)"))
    stop = threading.Event()
    saves = []

    def keep_saving():
        other = sqlite3.connect(_path(live), isolation_level=None, timeout=30)
        until = time.monotonic() + 4  # a copy that restarts on every save ends after this
        while not stop.is_set() and time.monotonic() < until:
            other.execute("UPDATE mission SET counterpart = ?", (f"save {len(saves)}",))
            saves.append(1)
        other.close()

    remaining = []

    def progress(done, total):
        remaining.append(total - done)
        time.sleep(0.002)  # let the other program save between steps

    t = threading.Thread(target=keep_saving)
    t.start()
    try:
        info = backups.backup(live, tmp_path / "copy.sqlite", progress=progress)
    finally:
        stop.set()
        t.join()
    assert len(saves) > 10
    assert all(b <= a for a, b in zip(remaining, remaining[1:], strict=False)), "restarted"
    assert backups.verify_backup(info.path) is False


#: the heads of the schema parts before they were joined into one line (0750_merge)
PRE_MERGE_HEADS = ("0300_planning", "0400_calendars", "0600_approval", "0700_security")


def test_restore_onto_a_new_machine(live, tmp_path, cli):
    copy = tmp_path / "copy.sqlite"
    assert cli(live, "backup", copy).code == 0
    fresh = f"sqlite:///{tmp_path / 'elsewhere' / 'missions.sqlite'}"
    r = cli(fresh, "restore", copy)
    assert r.code == 0, r
    assert "kept in" not in r.out  # nothing was there to keep
    assert cli(fresh, "list").out.startswith("FLO-2022-TPE")


def test_an_older_backup_is_restored_and_then_upgraded(live, tmp_path, cli):
    older = tmp_path / "older.sqlite"
    assert cli(live, "backup", older).code == 0
    conn = sqlite3.connect(older)  # as if written before the newest migration
    conn.execute("DELETE FROM alembic_version")
    conn.executemany("INSERT INTO alembic_version VALUES (?)", [(h,) for h in PRE_MERGE_HEADS])
    conn.commit()
    conn.close()
    assert backups.verify_backup(older) is True
    r = cli(live, "restore", older)
    assert r.code == 0 and "run `almere-missions init`" in r.out


def test_the_desktop_program_backs_up_at_start(live, tmp_path, monkeypatch):
    from ui.app import open_database

    monkeypatch.setenv(backups.ENV_KEEP, "2")
    for _ in range(3):
        db, _user = open_database(live.url, "iz-admin")
        db.dispose()
    kept = backups.automatic_backups(live)
    assert len(kept) == 2 and all(_count(p) == 1 for p in kept)
    assert kept[0].parent.is_relative_to(tmp_path)  # in the (test's) user data folder
