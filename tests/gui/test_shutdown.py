"""Ended by a signal: unsaved edits become a recovery draft, and the next start offers it.

A real SIGTERM to this very process goes through ui.shutdown's wake-up and handler.
"""

from __future__ import annotations

import os
import signal

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from almere_missions import recovery
from tests.conftest import EXAMPLE

REF = "FLO-2022-TPE"
COUNTERPART = "Taipei City, Department of Economic Development"

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGTERM") or os.name == "nt",
                                reason="sends itself SIGTERM")


@pytest.fixture
def make_controller(qapp, qtbot, settings, tmp_path):
    from ui.app import Application

    settings.database_url = f"sqlite:///{tmp_path / 'missions.sqlite'}"
    settings.user = "iz-officer"
    settings.language = "en"
    made = []

    def make():
        controller = Application(qapp, settings)
        made.append(controller)
        return controller

    yield make
    for controller in made:
        # the tabs' reads delivered first (a panel answered after its editor went would fault)
        qtbot.waitUntil(lambda c=controller: c.runner.busy == 0, timeout=20_000)
        if controller.window is not None:
            controller.window.close()
            controller.window.deleteLater()
        controller.runner.wait_idle()
        if controller.ctx is not None:
            controller.ctx.db.dispose()


@pytest.fixture
def on_sigterm(qapp):
    """ui.shutdown's handlers for the test, ending ``controller`` as the program would."""
    from ui import shutdown

    installed = []

    def install(controller):
        quit_on_signal = shutdown.SignalQuit(
            lambda: shutdown.close_questions(lambda: controller.end_session(quit=False)), qapp)
        installed.append(quit_on_signal)
        return quit_on_signal

    yield install
    for quit_on_signal in installed:
        quit_on_signal.uninstall()


def _started(controller, qtbot):
    ready = []
    controller.start(ready.append)
    qtbot.waitUntil(lambda: bool(ready), timeout=30_000)
    qtbot.waitUntil(lambda: controller.runner.busy == 0, timeout=20_000)
    return ready[0]


def _editing(controller, qtbot):
    """The example mission open in the editor, its counterpart changed and not saved."""
    from almere_missions.exchange.importer import import_file

    window = _started(controller, qtbot)
    with controller.ctx.db.unit_of_work(controller.ctx.user) as uow:
        import_file(uow, EXAMPLE)
        uow.commit()
    window.show_workspace()
    editor = window.open_mission(REF)
    qtbot.waitUntil(lambda: editor.view is not None, timeout=20_000)
    # the tabs' own reads delivered (a panel answered after its editor went would fault)
    qtbot.waitUntil(lambda: controller.runner.busy == 0, timeout=20_000)
    overview = editor.page("overview")
    overview.counterpart.setText(COUNTERPART)
    overview.counterpart.editingFinished.emit()
    assert editor.is_dirty()
    return window, editor


def test_sigterm_keeps_the_unsaved_edit_and_the_next_start_restores_it(
        make_controller, on_sigterm, qtbot):
    first = make_controller()
    window, editor = _editing(first, qtbot)
    url, user = first.ctx.db.url, first.ctx.user
    before = editor.view.counterpart
    received = on_sigterm(first).received

    os.kill(os.getpid(), signal.SIGTERM)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert received == [signal.SIGTERM]
    kept = recovery.pending(url, user)
    assert [k["ref"] for k in kept] == [REF]
    assert kept[0]["draft"]["counterpart"] == COUNTERPART
    first.runner.wait_idle()
    first.ctx.db.dispose()

    second = make_controller()
    window = _started(second, qtbot)
    qtbot.waitUntil(lambda: getattr(window, "recovery_box", None) is not None
                    and window.recovery_box.isVisible(), timeout=10_000)
    box = window.recovery_box
    assert box.objectName() == "recoveryDialog" and REF in box.informativeText()
    assert {b.text() for b in box.buttons()} == {"Restore", "Discard"}
    box.findChild(type(box.buttons()[0]), "recoveryRestore").click()
    qtbot.waitUntil(lambda: REF in window.editors
                    and window.editors[REF].draft is not None
                    and window.editors[REF].draft.counterpart == COUNTERPART, timeout=20_000)
    restored = window.editors[REF]
    assert restored.is_dirty() and restored.view.counterpart == before  # back, still unsaved
    assert recovery.pending(url, user) == []  # offered once
    restored.undo.undo()  # the restore is one undoable step
    assert not restored.is_dirty()


def test_discard_drops_the_kept_edit(make_controller, on_sigterm, qtbot):
    first = make_controller()
    window, _editor = _editing(first, qtbot)
    url, user = first.ctx.db.url, first.ctx.user
    on_sigterm(first)
    os.kill(os.getpid(), signal.SIGTERM)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    first.runner.wait_idle()
    first.ctx.db.dispose()

    second = make_controller()
    window = _started(second, qtbot)
    qtbot.waitUntil(lambda: getattr(window, "recovery_box", None) is not None
                    and window.recovery_box.isVisible(), timeout=10_000)
    window.recovery_box.findChild(type(window.recovery_box.buttons()[0]),
                                  "recoveryDiscard").click()
    assert recovery.pending(url, user) == [] and REF not in window.editors


def test_sigterm_while_the_unsaved_changes_question_is_open(make_controller, on_sigterm, qtbot):
    """Closing by hand asks as before; a signal meanwhile answers it and keeps the draft."""
    controller = make_controller()
    window, _editor = _editing(controller, qtbot)
    url, user = controller.ctx.db.url, controller.ctx.user
    on_sigterm(controller)
    asked = []

    def signal_once_asked():
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QMessageBox):
            asked.append(modal.text())
            os.kill(os.getpid(), signal.SIGTERM)
        else:
            QTimer.singleShot(50, signal_once_asked)

    QTimer.singleShot(0, window.close)  # by hand: the question of old
    QTimer.singleShot(50, signal_once_asked)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=15_000)
    assert asked and "unsaved changes" in asked[0]
    assert [k["ref"] for k in recovery.pending(url, user)] == [REF]
