"""The wheel a user installs: built with ``python -m build``, installed into a new virtual
environment outside the repository, and used there from the command line and the desktop."""

from __future__ import annotations

import json
import re
import sys
import zipfile
from pathlib import Path

import pytest

from tests.packaging.support import ROOT, build_dists, fresh_venv, outside_env, run

pytestmark = [pytest.mark.slow, pytest.mark.packaging]


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    base = tmp_path_factory.mktemp("wheel")
    assert ROOT not in base.parents
    wheel, sdist = build_dists(base / "dist")
    home = base / "home"
    env = outside_env(home)
    bindir, seconds = fresh_venv(base / "venv", wheel, env)
    sys.stderr.write(f"\nwheel {wheel.stat().st_size / 1e6:.1f} MB, sdist "
                     f"{sdist.stat().st_size / 1e6:.1f} MB, installed in {seconds:.0f} s\n")
    work = base / "work"
    work.mkdir()
    return {"wheel": wheel, "sdist": sdist, "bin": bindir, "env": env, "cwd": work, "home": home}


def test_the_wheel_carries_the_data_migrations_and_translations(installed):
    names = set(zipfile.ZipFile(installed["wheel"]).namelist())
    for needed in ("almere_missions_resources/policy/almere-2020-2023.json",
                   "almere_missions_resources/demo/floriade-2022.json",
                   "almere_missions_resources/fonts/DejaVuSans.ttf",
                   "almere_missions_resources/fonts/LICENSE-Noto.txt",
                   "almere_missions_resources/translations/almere_missions_nl.qm",
                   "almere_missions_resources/icons/almere-missions.ico",
                   "almere_missions_resources/icons/almere-missions-256.png",
                   "almere_missions_resources/almere-missions.desktop",
                   "almere_missions/db/migrations/env.py",
                   "almere_missions/db/migrations/script.py.mako",
                   "almere_missions/db/migrations/versions/0001_initial_schema.py",
                   "ui/about.py"):
        assert needed in names, needed
    assert not any("__pycache__" in n or n.startswith("tests/") for n in names)


def test_the_installed_command_line_works_outside_the_repository(installed):
    b, env, cwd = installed["bin"], installed["env"], installed["cwd"]
    where = run([b / "python", "-c", "import almere_missions.paths as p; print(p.RESOURCES)"],
                cwd=cwd, env=env).stdout.strip()
    assert Path(where).is_relative_to(b.parent) and not Path(where).is_relative_to(ROOT)

    url = f"sqlite:///{cwd / 'office.sqlite'}"
    cli = [b / "almere-missions", "--db", url]
    out = run([*cli, "init"], cwd=cwd, env=env).stdout
    assert "policy framework loaded" in out
    demo = Path(where) / "demo" / "floriade-2022.json"
    assert "missions: 70 new" in run([*cli, "import", demo], cwd=cwd, env=env).stdout
    listed = json.loads(run([*cli, "list", "--json"], cwd=cwd, env=env).stdout)
    assert len(listed["missions"] if isinstance(listed, dict) else listed) == 70

    run([*cli, "programme", "FLO-2022-001", "-o", "p.pdf"], cwd=cwd, env=env)
    fonts = run(["pdffonts", cwd / "p.pdf"], cwd=cwd, env=env).stdout.splitlines()[2:]
    assert fonts and any("DejaVuSans" in f for f in fonts)
    for line in fonts:  # name type encoding emb sub uni object ID
        assert re.search(r"\byes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$", line), line
    text = run(["pdftotext", "-enc", "UTF-8", cwd / "p.pdf", "-"], cwd=cwd, env=env).stdout
    assert "Floriade" in text

    run([*cli, "ics", "FLO-2022-001", "-o", "c.ics"], cwd=cwd, env=env)
    ics = (cwd / "c.ics").read_text("utf-8")
    assert ics.startswith("BEGIN:VCALENDAR") and "BEGIN:VEVENT" in ics and "BEGIN:VTIMEZONE" in ics

    gui = b / "almere-missions-desktop"
    assert gui.exists()


def test_first_start_of_the_installed_desktop_offers_the_demo(installed):
    b, env, cwd = installed["bin"], dict(installed["env"]), installed["cwd"]
    env["QT_QPA_PLATFORM"] = "offscreen"
    driver = Path(__file__).with_name("installed_first_start.py")
    done = run([b / "python", driver], cwd=cwd, env=env, timeout=300)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert not Path(report["package"]).is_relative_to(ROOT)
    assert Path(report["package"]).is_relative_to(b.parent)
    assert report["welcome"] and report["demo_enabled"]
    assert report["missions"] == 70
    assert "missions: 70 new" in report["message"]
    # the database went where the platform keeps a user's data
    assert Path(report["database"]).is_relative_to(installed["home"] / "data")
    assert Path(report["database"]).exists()
    assert report["icon_sizes"] and max(report["icon_sizes"]) >= 256


def test_the_sdist_builds_the_same_files(installed):
    import tarfile

    names = {n.split("/", 1)[1] for n in tarfile.open(installed["sdist"]).getnames() if "/" in n}
    for needed in ("resources/demo/floriade-2022.json", "resources/fonts/DejaVuSans.ttf",
                   "resources/__init__.py", "almere_missions/db/migrations/script.py.mako",
                   "pyproject.toml", "README.md"):
        assert needed in names, needed
