"""What a wheel carries: every package of the source tree, the data, the desktop entry."""

from __future__ import annotations

import configparser
import shlex
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from almere_missions import __version__, paths
from tests.conftest import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))


def test_every_package_of_the_source_tree_is_listed_for_the_wheel():
    listed = set(PYPROJECT["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts)
             for top in ("almere_missions", "ui") for p in (ROOT / top).rglob("*.py")
             if "__pycache__" not in p.parts}
    assert found | {"almere_missions_resources"} == listed


def test_the_version_has_one_source():
    assert PYPROJECT["project"]["dynamic"] == ["version"]
    assert PYPROJECT["tool"]["setuptools"]["dynamic"]["version"]["attr"] == "almere_missions.__version__"
    assert __version__


def test_a_source_tree_reads_its_own_resources():
    assert paths.RESOURCES == ROOT / "resources"
    assert (paths.RESOURCES / "policy").is_dir()


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils missing")
def test_the_desktop_entry_is_valid_and_installs_with_its_icons(tmp_path):
    from ui import desktopentry

    entry = desktopentry.install(tmp_path)
    subprocess.run(["desktop-file-validate", str(entry)], check=True)
    parsed = configparser.ConfigParser(interpolation=None)
    parsed.read(entry, encoding="utf-8")
    desktop = parsed["Desktop Entry"]
    assert desktop["Icon"] == "almere-missions"
    command = shlex.split(desktop["Exec"])
    beside = str(Path(sys.executable).parent / "almere-missions-desktop")
    assert command in ([beside], [shutil.which("almere-missions-desktop")], [sys.executable, "-m", "ui.app"])
    for size in desktopentry.ICON_SIZES:
        assert (tmp_path / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "almere-missions.png").is_file()
    assert (tmp_path / "icons" / "hicolor" / "scalable" / "apps" / "almere-missions.svg").is_file()
