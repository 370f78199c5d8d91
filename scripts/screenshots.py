"""Screenshots of the main views at 1280×800 for the README (docs/screenshots/).

Run under a virtual X server with the real xcb platform:
    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb .venv/bin/python scripts/screenshots.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
MISSION = "FLO-2022-003"  # Taipei: names in Chinese script, a planted clash


def settle(app: QApplication, ctx, seconds: float = 0.4) -> None:
    end = time.monotonic() + 120
    while ctx.runner.busy and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


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
    ctx = AppContext(db, user)
    window = MainWindow(ctx, settings)
    window.resize(1280, 800)
    window.move(0, 0)
    window.show()
    window.start()
    settle(app, ctx)
    suffix = "" if lang == "en" else f"-{lang}"

    def shot(name: str) -> None:
        settle(app, ctx)
        window.grab().save(str(OUT / f"{name}{suffix}.png"))
        print("wrote", OUT / f"{name}{suffix}.png")

    shot("welcome")
    with db.unit_of_work(user) as uow:
        import_file(uow, DEMO)
        uow.commit()
    window.show_workspace()
    settle(app, ctx)
    window.register.select(MISSION)
    shot("register")
    editor = window.open_mission(MISSION)
    settle(app, ctx)
    shot("editor-overview")
    editor.tabs.setCurrentWidget(editor.page("delegation"))
    shot("editor-delegation")
    programme = editor.page("programme")
    editor.tabs.setCurrentWidget(programme)
    settle(app, ctx)
    programme.timeline.verticalScrollBar().setValue(
        int(programme.timeline.verticalScrollBar().maximum() * 0.1))
    shot("editor-programme")
    window.show_tab(window.board)
    window.board.go(editor.view.start)
    shot("season-board")
    window.close()
    ctx.runner.wait_idle()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
