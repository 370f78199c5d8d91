"""Screenshots of the editor's Logistics tab at 1280×800 (docs/screenshots/).

    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \
        .venv/bin/python scripts/screenshots_logistics.py [en|nl]

The demo season with its logistics (``demo.logistics``: rooms, vans, drivers, rides,
interpreters, needs and a few planted problems); the visit with the most planted
problems, so the check beside the sections has findings to show.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from screenshots import settle  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def prepare(db, user: str) -> str:
    from almere_missions.demo import logistics as dl
    from almere_missions.exchange.importer import import_file
    from almere_missions.services import users
    from ui.welcome import DEMO

    with db.unit_of_work(user) as uow:
        import_file(uow, DEMO)
        users.add(uow, user, ["officer"])
        dl.add_logistics(uow)
        uow.commit()
    planted: dict[str, set[str]] = {}
    for kind, refs in dl.PLANTED.items():
        for ref in refs:
            planted.setdefault(ref, set()).add(kind)
    return max(planted, key=lambda r: (len(planted[r]), r))


def main() -> int:
    from ui import i18n
    from ui.app import open_database
    from ui.context import AppContext
    from ui.mainwindow import MainWindow
    from ui.settings import Settings

    lang = sys.argv[1] if len(sys.argv) > 1 else "en"
    app = QApplication(sys.argv[:1])
    i18n.install(lang)
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    settings = Settings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
    db, user = open_database(f"sqlite:///{tmp / 'missions.sqlite'}", "iz-officer")
    mission = prepare(db, user)
    ctx = AppContext(db, user)
    window = MainWindow(ctx, settings)
    window.resize(1280, 800)
    window.move(0, 0)
    window.show()
    window.start()
    window.show_workspace()
    settle(app, ctx)
    suffix = "" if lang == "en" else f"-{lang}"

    editor = window.open_mission(mission)
    settle(app, ctx)
    tab = editor.page("logistics")
    editor.tabs.setCurrentWidget(tab)
    settle(app, ctx, 1.0)
    shots = {"editor-logistics": tab.transport}
    if len(sys.argv) > 2:  # every section, to look at them all
        shots = {f"editor-logistics-{p.key}": p for p in tab.parts}
    for name, part in shots.items():
        tab.sections.setCurrentWidget(part)
        if part is tab.transport and part.trips_model.rows:
            part.trips.selectRow(0)
        settle(app, ctx, 0.6)
        window.grab().save(str(OUT / f"{name}{suffix}.png"))
        print("wrote", OUT / f"{name}{suffix}.png")
    window.close()
    ctx.runner.wait_idle()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
