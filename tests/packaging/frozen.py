"""Fixtures for the frozen desktop program and a real X display, shared by the packaging
tests and the start-up benchmark (loaded as a plugin by tests/conftest.py).

The frozen program is built once per test session (per xdist worker that needs it) with
scripts/build-desktop.sh into a temporary folder outside the repository.
"""

from __future__ import annotations

import getpass
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.packaging.support import ROOT, outside_env, run

WM_CLASS = "AlmereMissions"  # Qt's window class is the application name (paths.APP_NAME)


@dataclass(frozen=True)
class FrozenBuild:
    program: Path
    folder: Path
    build_seconds: float

    @property
    def size(self) -> int:
        """Bytes on disk, each file once (the folder holds symbolic links to its libraries)."""
        return sum(f.lstat().st_size for f in self.folder.rglob("*")
                   if f.is_file() and not f.is_symlink())


@pytest.fixture(scope="session")
def xserver():
    """A private Xvfb display; ``-displayfd`` makes it choose a free display number itself,
    so tests running beside other X servers never collide. ``-noreset``: without it the
    server resets when its last client leaves and refuses the next connection meanwhile."""
    if not sys.platform.startswith("linux"):
        pytest.skip("Xvfb: Linux only")
    if not shutil.which("Xvfb"):
        pytest.fail("Xvfb is missing (scripts/setup.sh --tests installs it)")
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24",
                               "-nolisten", "tcp", "-noreset"], pass_fds=(write,),
                              stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as f:
        number = f.readline().strip()
    if not number:
        server.kill()
        pytest.fail("Xvfb did not start")
    yield f":{number}"
    server.terminate()
    server.wait(30)


@pytest.fixture(scope="session")
def frozen_build(tmp_path_factory) -> FrozenBuild:
    base = tmp_path_factory.mktemp("frozen")
    assert ROOT not in base.parents
    start = time.perf_counter()
    run([ROOT / "scripts" / "build-desktop.sh", base / "dist", base / "work"], cwd=ROOT,
        env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"}, timeout=3600)
    seconds = time.perf_counter() - start
    folder = base / "dist" / "almere-missions"
    build = FrozenBuild(folder / "almere-missions", folder, seconds)
    sys.stderr.write(f"\nfrozen build: {seconds:.0f} s, folder {build.size / 1e6:.0f} MB\n")
    return build


@pytest.fixture
def demo_database(tmp_path, cli) -> str:
    """A SQLite database holding the demo season; the desktop acts as the login there."""
    from almere_missions import paths

    url = f"sqlite:///{tmp_path / 'demo.sqlite'}"
    me = getpass.getuser()
    assert cli(url, "init", user=me).code == 0
    assert cli(url, "import", paths.RESOURCES / "demo" / "floriade-2022.json", user=me).code == 0
    return url


@dataclass
class Run:
    window_seconds: float  # from the start of the process to its main window on the screen
    exit_code: int
    log: str
    geometry: tuple[int, int, int, int]  # the main window: x, y, width, height


class Started:
    """The desktop program started on ``display``, its main window on the screen.

    ``url=None`` leaves the database to the program: its default in the (fresh) user data
    folder under ``workdir/home``, as on a first start."""

    def __init__(self, command: list, display: str, url: str | None, workdir: Path):
        from tests.packaging import xwindow

        workdir.mkdir(parents=True, exist_ok=True)
        extra = {"ALMERE_MISSIONS_DB": url} if url else {}
        env = outside_env(workdir / "home", DISPLAY=display, QT_QPA_PLATFORM="xcb",
                          LANG="en_GB.UTF-8", **extra)
        self.display, self.logfile = display, workdir / "program.log"
        self.d = xwindow.connect(display)
        started = time.perf_counter()
        with open(self.logfile, "w") as out:
            # a session of its own: afterwards nothing may be left in its process group
            self.program = subprocess.Popen([str(c) for c in command], cwd=workdir, env=env,
                                            stdout=out, stderr=subprocess.STDOUT,
                                            start_new_session=True)
        try:
            self.win = xwindow.wait_for(self.d, WM_CLASS, 300,
                                        alive=lambda: self.program.poll() is None)
            self.window_seconds = time.perf_counter() - started
            g = self.win.get_geometry()
            self.geometry = (g.x, g.y, g.width, g.height)
        except BaseException:
            self.kill()
            raise

    def screenshot(self, shot: Path) -> None:
        from tests.packaging import xwindow

        xwindow.screenshot(self.display, shot)

    def close(self) -> Run:
        """Close the window as a window manager does; wait for the program and its helpers."""
        from tests.packaging import xwindow

        try:
            xwindow.close(self.d, self.win)
            code = self.program.wait(120)
            _assert_nothing_left(self.program.pid)
        finally:
            self.kill()
        return Run(self.window_seconds, code, self.logfile.read_text("utf-8", "replace"),
                   self.geometry)

    def kill(self) -> None:
        if self.program.poll() is None:
            os.killpg(self.program.pid, signal.SIGKILL)
            self.program.wait(30)
        if self.d is not None:
            self.d.close()
            self.d = None


def start_and_close(command: list, display: str, url: str | None, workdir: Path,
                    shot: Path | None = None, settle: float = 4.0) -> Run:
    """Start, optionally take a screenshot of the screen once the register has loaded
    (``settle`` seconds), and close."""
    started = Started(command, display, url, workdir)
    if shot is not None:
        try:
            time.sleep(settle)  # the register and its clash marks load in the background
            started.screenshot(shot)
        except BaseException:
            started.kill()
            raise
    return started.close()


def _live_members(group: int) -> list[int]:
    """Processes of the process group still running (zombies awaiting their reaper are not)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:  # ended while we looked
            continue
        fields = stat[stat.rindex(")") + 2:].split()  # state ppid pgrp ...
        if int(fields[2]) == group and fields[0] != "Z":
            found.append(int(entry.name))
    return found


def _assert_nothing_left(group: int, timeout: float = 30) -> None:
    """The job processes end with the program (they watch it and end by themselves)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if not _live_members(group):
            return
        time.sleep(0.1)
    left = _live_members(group)
    os.killpg(group, signal.SIGKILL)
    raise AssertionError(f"processes {left} of the program still ran {timeout} s after it ended")
