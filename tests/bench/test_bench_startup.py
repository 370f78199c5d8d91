"""Start-up of the desktop program on a real X display (Xvfb): from the source tree and
from the frozen one-folder build (scripts/build-desktop.sh, built once per session).

Timed from the start of the process until its main window is mapped on the screen: on the
demo season (70 missions, the register loading in the background) and on a first start
(no database yet: it is created in the user's data folder and the welcome page shown).
The frozen build prints its build time and folder size."""

from __future__ import annotations

import itertools
import sys

import pytest

from tests.packaging.frozen import Started
from tests.packaging.support import ROOT

pytestmark = [pytest.mark.slow, pytest.mark.packaging]

ROUNDS = 5


def _command(kind: str, frozen_build) -> list:
    if kind == "frozen":
        return [frozen_build.program]
    return [sys.executable, ROOT / "main.py"]


@pytest.fixture
def program(request):
    """The command for the kind under test; the frozen build only when it is asked for."""
    if request.param == "frozen":
        return _command("frozen", request.getfixturevalue("frozen_build"))
    return _command("source", None)


@pytest.mark.parametrize("program", ["source", "frozen"], indirect=True)
@pytest.mark.parametrize("database", ["demo", "first-start"])
def test_bench_startup_until_the_main_window_shows(benchmark, program, database, xserver,
                                                   request, tmp_path):
    url = request.getfixturevalue("demo_database") if database == "demo" else None
    rounds = itertools.count()
    running: list[Started] = []
    windows: list[float] = []

    def start():
        running.append(Started(program, xserver, url, tmp_path / f"run{next(rounds)}"))

    def close():
        started = running.pop()
        windows.append(started.window_seconds)
        result = started.close()
        assert result.exit_code == 0, result.log

    benchmark.pedantic(start, teardown=close, rounds=ROUNDS, warmup_rounds=1)
    while running:  # --benchmark-disable runs the target once, without its teardown
        close()
    windows = windows[-ROUNDS:]  # without the warm-up round
    benchmark.extra_info["window_seconds"] = windows
    sys.stderr.write(f"\n{request.node.callspec.id}: main window after "
                     + ", ".join(f"{s:.2f}" for s in windows) + " s\n")

