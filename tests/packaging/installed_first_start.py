"""Run by an installed program's own Python (not the repository's): the first start.

A user with no settings and no database starts the desktop program; it sets up its
database in the user's data folder and welcomes with the demo season, which is
imported with one click. Prints one JSON line of what it saw.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

import almere_missions
from almere_missions import paths
from almere_missions.db import default_url
from ui import jobs
from ui.app import Application


def main() -> int:
    app = QApplication(sys.argv)
    app.setOrganizationName(paths.APP_AUTHOR)
    app.setApplicationName(paths.APP_NAME)
    report: dict = {"package": almere_missions.__file__, "database": default_url().split("///", 1)[1]}
    messages: list[str] = []
    QMessageBox.information = staticmethod(lambda *a, **k: messages.append(a[2]))
    controller = Application(app)

    def ready(window) -> None:
        report["welcome"] = window.stack.currentWidget() is window.welcome
        report["demo_enabled"] = window.welcome.demo.isEnabled()
        report["icon_sizes"] = [s.width() for s in app.windowIcon().availableSizes()]
        window.welcome.demo.click()

        def poll() -> None:
            if messages and window.register.model.rowCount() > 0 and controller.runner.busy == 0:
                report["missions"] = window.register.model.rowCount()
                report["message"] = messages[0]
                app.quit()
            else:
                QTimer.singleShot(100, poll)

        poll()

    QTimer.singleShot(120_000, lambda: app.exit(3))  # nothing seen in two minutes: fail
    controller.start(ready)
    code = app.exec()
    controller.runner.wait_idle()
    jobs.shutdown()
    if controller.ctx is not None:
        controller.ctx.db.dispose()
    print(json.dumps(report))
    return code


if __name__ == "__main__":  # the job processes start from this file too (spawn)
    sys.exit(main())
