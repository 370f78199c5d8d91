"""The frozen desktop program (PyInstaller, one folder): built with scripts/build-desktop.sh,
started on a real X display (Xvfb) on the demo season, its main window seen, a screenshot
taken, and closed as a window manager closes it. Start-up times: tests/bench/test_bench_startup.py."""

from __future__ import annotations

import sys

import pytest

from tests.packaging.frozen import start_and_close
from tests.packaging.support import ROOT

pytestmark = [pytest.mark.slow, pytest.mark.packaging]


def test_the_frozen_program_opens_its_window_on_the_demo_and_closes(frozen_build, xserver,
                                                                    demo_database, tmp_path):
    from PIL import Image

    program = frozen_build.program
    assert program.is_file() and not program.is_relative_to(ROOT)
    assert (frozen_build.folder / "_internal" / "almere_missions_resources" / "demo"
            / "floriade-2022.json").is_file()
    shot = tmp_path / "frozen.png"
    result = start_and_close([program], xserver, demo_database, tmp_path / "run", shot)
    assert result.exit_code == 0, result.log
    assert "Traceback" not in result.log, result.log
    sys.stderr.write(f"\nfrozen: main window after {result.window_seconds:.1f} s; "
                     f"screenshot {shot}\n")

    image = Image.open(shot).convert("RGB")
    assert image.size == (1280, 800)
    x, y, w, h = result.geometry
    assert w >= 640 and h >= 400
    window = image.crop((max(x, 0), max(y, 0), min(x + w, 1280), min(y + h, 800)))
    colours = window.getcolors(maxcolors=1 << 20)
    assert len(colours) > 200  # a drawn window with text and marks, not an empty area
    # no colour covers nearly all of it, as the black of an empty Xvfb screen would
    assert max(n for n, _ in colours) < 0.9 * window.width * window.height
