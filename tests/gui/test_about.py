"""Help → About and the window icon."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from almere_missions import __version__


def test_about_shows_the_version_and_the_licences(ctx, settings, qtbot):
    from ui.about import AboutDialog
    from ui.mainwindow import MainWindow

    window = MainWindow(ctx, settings)
    qtbot.addWidget(window)
    assert window.a_about in window.m_help.actions()
    seen = {}

    def look():
        dlg = QApplication.activeModalWidget()
        seen["dialog"] = type(dlg)
        seen["heading"] = dlg.heading.text()
        seen["licences"] = dlg.licences.toPlainText()
        seen["icon"] = not dlg.windowIcon().isNull()
        dlg.reject()

    QTimer.singleShot(0, look)
    window.a_about.trigger()
    assert seen["dialog"] is AboutDialog
    assert f"Almere Missions {__version__}" in seen["heading"]
    text = seen["licences"]
    for needed in ("PySide6-Essentials", "LGPL-3.0", "reportlab", "BSD-3-Clause", "SQLAlchemy",
                   "MIT", "icalendar", "BSD-2-Clause", "SIL Open Font License 1.1",
                   "DejaVu Sans", "Droid Sans Fallback", "Apache-2.0", "LICENSE-Noto.txt"):
        assert needed in text, needed
    import reportlab

    assert reportlab.Version in text  # versions come from the installed libraries
    assert seen["icon"]


def test_the_program_has_its_icon_in_every_size(qapp):
    from ui.icon import SIZES, app_icon

    icon = app_icon()
    assert sorted(s.width() for s in icon.availableSizes()) == sorted(SIZES)
    image = icon.pixmap(64, 64).toImage()
    blue = image.pixelColor(32, 6)  # the tile's upper edge is Almere blue
    assert blue.blue() > 150 and blue.red() < 90
