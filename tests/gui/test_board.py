"""The season board: missions on the calendar, host load per week, click through."""

from __future__ import annotations

from datetime import date


def test_board_shows_missions_and_host_load_and_opens_a_mission(example_ctx, settings, qtbot,
                                                                idle):
    from PySide6.QtCore import QPoint, Qt

    from ui.board import monday
    from ui.mainwindow import MainWindow

    w = MainWindow(example_ctx, settings)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    w.show_workspace()
    idle(example_ctx)
    # the board opens on the month of the missions, not on an empty one
    assert w.board.anchor == date(2022, 4, 1)
    w.show_tab(w.board)
    w.board.go(date(2022, 4, 20))
    idle(example_ctx)
    canvas = w.board.canvas
    canvas.repaint()
    assert {ref for _, ref in canvas.boxes} == {"FLO-2022-TPE"}
    week = monday(date(2022, 4, 20))
    hours = canvas.data.host_hours[week]
    assert hours and all(h > 0 for h in hours.values())
    # the example's hosts and staff: the mayor and the IZ officer
    assert set(hours) <= {"host-mayor", "iz-officer-1"}
    assert "FLO-2022-TPE" in canvas.data.clashes  # the example's deliberate clash
    box = canvas.boxes[0][0]
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(int(box.center().x()),
                                                                   int(box.center().y())))
    idle(example_ctx)
    assert w.current_editor() is not None and w.current_editor().ref == "FLO-2022-TPE"
    # the week view and paging
    w.show_tab(w.board)
    w.board.week_button.click()
    idle(example_ctx)
    assert w.board.weeks() == [week]
    w.board.step(1)
    idle(example_ctx)
    canvas.repaint()
    assert canvas.boxes == []


def test_shortcuts_of_the_main_window(ctx, settings, qtbot):
    from PySide6.QtGui import QKeySequence

    from ui.mainwindow import MainWindow

    w = MainWindow(ctx, settings)
    qtbot.addWidget(w)
    keys = {a.objectName(): a.shortcut() for a in w.actions_list()}
    assert keys["actionNew"] == QKeySequence(QKeySequence.StandardKey.New)
    assert keys["actionSave"] == QKeySequence(QKeySequence.StandardKey.Save)
    assert keys["actionFind"] == QKeySequence(QKeySequence.StandardKey.Find)
    assert keys["actionUndo"] == QKeySequence(QKeySequence.StandardKey.Undo)
    assert keys["actionRedo"] == QKeySequence(QKeySequence.StandardKey.Redo)
    w.show()
    w.show_tab(w.board)
    w.a_find.trigger()
    assert w.tabs.currentWidget() is w.register
    assert w.register.text.hasFocus() or w.focusWidget() is w.register.text


def test_the_demo_season_from_the_welcome_page(ctx, settings, qtbot, idle, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from ui.mainwindow import MainWindow
    from ui.welcome import DEMO

    assert DEMO.exists()
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    w = MainWindow(ctx, settings)
    qtbot.addWidget(w)
    w.show()
    w.start()
    idle(ctx)
    assert w.stack.currentWidget() is w.welcome and w.welcome.demo.isEnabled()
    w.welcome.demo.click()
    qtbot.waitUntil(lambda: w.register.model.rowCount() == 70, timeout=60_000)
    idle(ctx)
    assert w.stack.currentWidget() is w.tabs
