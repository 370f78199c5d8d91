"""The desktop program, ended from outside, leaves no process behind and no lock held.

The real program (main.py) runs offscreen on a fresh SQLite database with the demo
season; once its job process has the database open it is sent SIGTERM (as a session
manager does at log-out) or SIGKILL. Every process it started must be gone within a
few seconds, and another connection must be able to write.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from almere_missions import paths
from tests.conftest import ROOT

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not Path("/proc/self/stat").exists(),
                                                   reason="walks /proc")]

DEMO = paths.RESOURCES / "demo" / "floriade-2022.json"
CLI = "import sys; from almere_missions.cli import main; sys.exit(main())"


def _stat(pid: int) -> tuple[int, str, str] | None:
    """(parent pid, state, start time) of a process, or None once it is gone."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return None
    fields = raw[raw.rindex(")") + 2:].split()
    return int(fields[1]), fields[0], fields[19]


def _descendants(root: int) -> dict[int, str]:
    """Every living process below ``root``: pid -> start time (tells a reused pid apart)."""
    children: dict[int, list[int]] = {}
    starts = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            st = _stat(int(entry.name))
            if st is not None and st[1] != "Z":
                children.setdefault(st[0], []).append(int(entry.name))
                starts[int(entry.name)] = st[2]
    found, todo = {}, [root]
    while todo:
        for child in children.get(todo.pop(), []):
            found[child] = starts[child]
            todo.append(child)
    return found


def _alive(pids: dict[int, str]) -> dict[int, str]:
    out = {}
    for pid, start in pids.items():
        st = _stat(pid)
        if st is not None and st[1] != "Z" and st[2] == start:
            out[pid] = start
    return out


def _holds(pid: int, path: Path) -> bool:
    try:
        return any(os.path.realpath(f"/proc/{pid}/fd/{fd}") == str(path)
                   for fd in os.listdir(f"/proc/{pid}/fd"))
    except (FileNotFoundError, PermissionError):
        return False


def _environment(base: Path, db_path: Path) -> dict:
    """A new user's: their own home and folders, the program offscreen."""
    return {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
            "ALMERE_MISSIONS_DB": f"sqlite:///{db_path}", "HOME": str(base / "home"),
            "XDG_CONFIG_HOME": str(base / "config"), "XDG_DATA_HOME": str(base / "data"),
            "XDG_STATE_HOME": str(base / "state")}


@pytest.fixture(scope="module")
def demo_database(tmp_path_factory) -> Path:
    """The demo season in a fresh database, set up with the command line (once)."""
    base = tmp_path_factory.mktemp("demo")
    db_path = (base / "missions.sqlite").resolve()
    for command in (["init"], ["import", str(DEMO)]):
        subprocess.run([sys.executable, "-c", CLI, *command], check=True, timeout=300,
                       env=_environment(base, db_path), capture_output=True)
    return db_path


@pytest.fixture
def season(demo_database, tmp_path):
    """A copy of the demo database for one test, and the environment to run in."""
    db_path = (tmp_path / "missions.sqlite").resolve()
    shutil.copyfile(demo_database, db_path)
    return db_path, _environment(tmp_path, db_path)


def _start_program(db_path: Path, env: dict, tmp_path: Path):
    """The program, once its job process holds the database: (process, its helpers)."""
    log = open(tmp_path / "program.log", "w")  # noqa: SIM115 - closed by the caller
    proc = subprocess.Popen([sys.executable, str(ROOT / "main.py")], env=env, stdout=log,
                            stderr=subprocess.STDOUT, cwd=tmp_path)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        helpers = _descendants(proc.pid)
        if any(_holds(pid, db_path) for pid in helpers):
            return proc, helpers, log
        if proc.poll() is not None:
            break
        time.sleep(0.2)
    proc.kill()
    log.close()
    raise AssertionError(f"no job process opened the database:\n"
                         f"{(tmp_path / 'program.log').read_text()}")


def _assert_all_gone(helpers: dict[int, str], seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    while _alive(helpers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(helpers), f"helper processes outlived the program: {_alive(helpers)}"


def _assert_unlocked(db_path: Path) -> None:
    conn = sqlite3.connect(db_path, timeout=0, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")  # the write lock: refused while anyone holds it
        conn.execute("CREATE TABLE lock_probe (x INTEGER)")
        conn.execute("ROLLBACK")
    finally:
        conn.close()


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_ends_the_program_and_its_helpers(season, tmp_path, how):
    db_path, env = season
    proc, helpers, log = _start_program(db_path, env, tmp_path)
    try:
        assert helpers, "the program started no job process"
        proc.send_signal(how)
        code = proc.wait(30)
    finally:
        if proc.poll() is None:
            proc.kill()
        log.close()
    output = (tmp_path / "program.log").read_text()
    assert code == 0, output  # the normal way out, not death by the signal
    assert "Traceback" not in output, output
    _assert_all_gone(helpers)
    _assert_unlocked(db_path)


def test_sigkill_of_the_program_ends_its_helpers(season, tmp_path):
    db_path, env = season
    proc, helpers, log = _start_program(db_path, env, tmp_path)
    try:
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    finally:
        log.close()
    assert proc.returncode == -signal.SIGKILL
    _assert_all_gone(helpers)
    _assert_unlocked(db_path)
    # and the next start is not blocked by anything the last one left
    proc, helpers, log = _start_program(db_path, env, tmp_path)
    try:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        log.close()
    _assert_all_gone(helpers)
