"""Starting the program: first start, settings, errors in plain words, the crash handler."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.conftest import EXAMPLE


@pytest.fixture
def controller(qapp, settings, tmp_path):
    from ui.app import Application

    settings.database_url = f"sqlite:///{tmp_path / 'fresh.sqlite'}"
    settings.user = "iz-officer"
    settings.language = "en"
    app = Application(qapp, settings)
    yield app
    if app.window is not None:
        app.window.close()
        app.window.deleteLater()
    app.runner.wait_idle()
    if app.ctx is not None:
        app.ctx.db.dispose()


def _started(controller, qtbot):
    ready = []
    controller.start(ready.append)
    qtbot.waitUntil(lambda: bool(ready), timeout=30_000)
    qtbot.waitUntil(lambda: controller.runner.busy == 0, timeout=10_000)
    return ready[0]


def test_first_start_sets_up_the_database_and_welcomes(controller, qtbot):
    window = _started(controller, qtbot)
    assert window.stack.currentWidget() is window.welcome
    assert controller.ctx.user == "iz-officer"
    assert controller.ctx.roles == {"admin", "officer"}  # the first user administers
    window.welcome.empty.click()
    assert window.stack.currentWidget() is window.tabs


def test_import_from_the_welcome_page_fills_the_register(controller, qtbot, monkeypatch):
    window = _started(controller, qtbot)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    window.import_path(EXAMPLE)
    qtbot.waitUntil(lambda: window.register.model.rowCount() == 1, timeout=20_000)
    assert window.stack.currentWidget() is window.tabs
    assert "missions: 1 new" in shown[0]
    assert not window.work.isVisible()


def test_window_geometry_is_remembered(controller, qtbot, settings, tmp_path):
    from PySide6.QtCore import QSettings

    from ui.settings import Settings

    window = _started(controller, qtbot)
    window.resize(800, 560)  # the offscreen screen is 800 wide
    window.close()
    assert settings.geometry("main") is not None
    from ui.mainwindow import MainWindow

    again = MainWindow(controller.ctx, settings)
    qtbot.addWidget(again)
    assert again.height() == 560 and again.height() != MainWindow(controller.ctx, Settings(
        QSettings(str(tmp_path / "other.ini"), QSettings.Format.IniFormat))).height()


def test_settings_survive_a_restart(settings, tmp_path):
    from PySide6.QtCore import QSettings

    from ui.settings import Settings

    settings.database_url = "postgresql+psycopg://iz@server/missions"
    settings.language = "en"
    settings.sync()
    again = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert again.database_url == "postgresql+psycopg://iz@server/missions"
    assert again.language == "en"
    again.language = "fr"  # not offered: falls back to Dutch
    assert again.language == "nl"


def test_a_damaged_database_is_an_environment_problem_in_plain_words(tmp_path):
    from almere_missions.errors import EnvironmentProblem
    from ui.app import open_database

    bad = tmp_path / "broken.sqlite"
    bad.write_bytes(b"this is not a database at all" * 200)
    with pytest.raises(EnvironmentProblem, match="damaged or is not a database"):
        open_database(f"sqlite:///{bad}", "iz")


def test_cannot_open_offers_a_way_out(controller, qtbot, tmp_path, monkeypatch):
    from almere_missions.errors import EnvironmentProblem

    chosen = []

    def fake_exec(box):
        chosen.append([b.text() for b in box.buttons()])
        box.clickedButton = lambda: box.buttons()[0]  # "Try again"
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    ready = []
    controller.cannot_open(EnvironmentProblem("the database is locked"), ready.append)
    assert any("Choose another database…" in texts for texts in chosen)
    qtbot.waitUntil(lambda: bool(ready), timeout=30_000)  # retried and opened


def test_environment_problem_in_an_operation_offers_retry(ctx, qtbot, idle, monkeypatch):
    from almere_missions.errors import EnvironmentProblem
    from ui import context

    attempts, answers = [], [True, False]
    monkeypatch.setattr(context, "ask_retry", lambda exc, parent: answers.pop(0))

    def work(_caller, *, progress):
        attempts.append(1)
        raise EnvironmentProblem("the disk is full; free some space and try again")

    from ui.tasks import DB, job

    failures = []
    ctx.run(job(work, lane=DB, writes=True), None, failed=failures.append)
    qtbot.waitUntil(lambda: len(failures) == 1, timeout=10_000)
    idle(ctx)
    assert len(attempts) == 2  # tried, retried once, then given up
    assert "disk is full" in str(failures[0])


def test_crash_handler_writes_a_log_and_shows_the_details(qapp, qtbot, tmp_path, monkeypatch):
    from almere_missions import paths
    from ui import crash

    monkeypatch.setattr(paths, "log_dir", lambda: tmp_path)
    try:
        raise RuntimeError("unexpected state")
    except RuntimeError as exc:
        box = crash.excepthook(type(exc), exc, exc.__traceback__)
    logs = list(tmp_path.glob("crash-*.log"))
    assert len(logs) == 1 and "unexpected state" in logs[0].read_text()
    assert box.objectName() == "crashDialog" and box.isVisible()
    assert str(logs[0]) in box.informativeText()
    assert "RuntimeError: unexpected state" in box.detailedText()
    box.close()
    box.deleteLater()


def test_known_errors_get_words_not_a_crash_log(qapp, tmp_path, monkeypatch):
    from almere_missions import paths
    from almere_missions.errors import InvalidInput
    from ui import crash

    monkeypatch.setattr(paths, "log_dir", lambda: tmp_path)
    exc = InvalidInput("a mission needs a title", record="mission X", field="title")
    box = crash.excepthook(InvalidInput, exc, None)
    assert not list(tmp_path.glob("crash-*.log"))
    assert box.objectName() == "errorDialog"
    assert "field title" in box.text()
    box.close()
    box.deleteLater()
