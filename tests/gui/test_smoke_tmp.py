def test_window(example_ctx, settings, qtbot, idle, tmp_path):
    from ui.mainwindow import MainWindow
    w = MainWindow(example_ctx, settings)
    qtbot.addWidget(w)
    w.show()
    w.start()
    idle(example_ctx)
    assert w.register.model.rowCount() == 1
    w.grab().save(str(tmp_path / "main.png"))
    ed = w.open_mission(w.register.model.rows[0].ref)
    idle(example_ctx)
    ed.tabs.setCurrentIndex(2)
    w.grab().save("/tmp/ed_prog.png")
    ed.tabs.setCurrentIndex(1)
    w.grab().save("/tmp/ed_del.png")
    w.show_tab(w.board)
    w.board.go(ed.view.start)
    idle(example_ctx)
    w.grab().save("/tmp/board.png")
