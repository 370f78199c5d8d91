"""A process killed in the middle of a large import leaves the database exactly as before."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from tests.conftest import ROOT
from tests.fuzz.harness import fingerprint
from tests.integration.reliability.bigdoc import write_large_document

MISSIONS = 2500

#: imports the file and, once a third of the missions are written inside the open
#: transaction, says so and waits to be killed
IMPORTER = textwrap.dedent("""
    import sys, time
    from almere_missions.db import Database
    from almere_missions.exchange.importer import import_file

    url, user, path = sys.argv[1:4]
    db = Database(url)

    def progress(done, total):
        if done >= total // 3:
            print("WRITING", done, total, flush=True)
            time.sleep(120)

    with db.unit_of_work(user) as uow:
        import_file(uow, path, progress=progress)
        uow.commit()
    print("COMMITTED", flush=True)
""")


def _wait_for(proc, word: str, timeout: float = 180) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line and proc.poll() is not None:
            raise AssertionError(f"importer ended early: {proc.stderr.read()}")
        if line.startswith(word):
            return line
    raise AssertionError(f"importer did not reach {word}")


@pytest.mark.slow
def test_sigkill_during_a_large_import_changes_nothing(example_db, tmp_path):
    db = example_db
    big = write_large_document(tmp_path / "season.json", MISSIONS)
    before = fingerprint(db)
    db.dispose()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", IMPORTER, db.url, db.test_admin, str(big)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = _wait_for(proc, "WRITING")
        assert int(line.split()[1]) < MISSIONS  # killed in the middle, not after
        if db.is_sqlite:
            wal = db.url.removeprefix("sqlite:///") + "-wal"
            # the open transaction has already spilled pages to disk: this is a real test
            assert os.path.getsize(wal) > 1_000_000
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL

    if db.is_sqlite:
        conn = sqlite3.connect(db.url.removeprefix("sqlite:///"))
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        conn.close()
    else:
        from sqlalchemy import text

        with db.engine.connect() as conn:  # the server rolled back and released every lock
            conn.execute(text("SET lock_timeout = '10s'"))
            conn.execute(text("LOCK TABLE mission IN ACCESS EXCLUSIVE MODE"))
            conn.rollback()
    assert fingerprint(db) == before  # no partial rows: exactly as before
    with db.unit_of_work(db.test_admin, write=False) as uow:
        from almere_missions.services.missions import list_missions

        assert [m.ref for m in list_missions(uow)] == ["FLO-2022-TPE"]
