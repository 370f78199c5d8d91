"""Screenshots of the partnerships view (Shenzhen, its agreement and relation history) and
of the editor's follow-up tab, at 1280×800 (docs/screenshots/).

    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \
        .venv/bin/python scripts/screenshots_relations.py [en|nl]
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
#: a mission abroad: an outcome, two actions, and a gift above the threshold undecided
MISSION = "OUT-2022-04"


def main() -> int:
    from almere_missions.exchange.importer import import_file
    from ui import i18n
    from ui.app import open_database
    from ui.context import AppContext
    from ui.mainwindow import MainWindow
    from ui.settings import Settings
    from ui.welcome import DEMO

    lang = sys.argv[1] if len(sys.argv) > 1 else "en"
    app = QApplication(sys.argv[:1])
    i18n.install(lang)
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    settings = Settings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
    db, user = open_database(f"sqlite:///{tmp / 'missions.sqlite'}", "iz-officer")
    with db.unit_of_work(user) as uow:
        import_file(uow, DEMO)
        uow.commit()
    ctx = AppContext(db, user)
    window = MainWindow(ctx, settings)
    window.resize(1280, 800)
    window.move(0, 0)
    window.show()
    window.start()
    settle(app, ctx)
    suffix = "" if lang == "en" else f"-{lang}"

    def shot(name: str) -> None:
        settle(app, ctx, 0.8)
        window.grab().save(str(OUT / f"{name}{suffix}.png"))
        print("wrote", OUT / f"{name}{suffix}.png")

    view = window.show_relations()
    settle(app, ctx)
    view.select_partner("shenzhen")
    shot("relations")
    editor = window.open_mission(MISSION)
    settle(app, ctx)
    tab = editor.page("followup")
    editor.tabs.setCurrentWidget(tab)
    if tab.flagged:
        tab.gifts.select(tab.flagged[0])
    shot("editor-followup")
    window.close()
    ctx.runner.wait_idle()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
