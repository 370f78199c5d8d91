"""Dutch and English: our translations, Qt's own, dates and amounts in the chosen locale."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest


@pytest.fixture
def dutch(qapp):
    from ui import i18n

    assert i18n.install("nl")
    yield
    i18n.install("en")


def test_the_window_speaks_dutch(ctx, dutch, settings, qtbot, idle):
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.dialogs.new_mission import NewMissionDialog
    from ui.mainwindow import MainWindow

    w = MainWindow(ctx, settings)
    qtbot.addWidget(w)
    assert w.m_file.title() == "&Bestand"
    assert w.a_new.text() == "&Nieuwe missie…"
    assert w.tabs.tabText(1) == "Seizoensoverzicht"
    assert w.register.model.headerData(0, __import__("PySide6.QtCore").QtCore.Qt.Orientation
                                       .Horizontal) == "Kenmerk"
    assert w.welcome.empty.text() == "Beginnen met een leeg register"
    dlg = NewMissionDialog(ctx, w)
    qtbot.addWidget(dlg)
    # Qt's own buttons come from qtbase_nl
    cancel = dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text().replace("&", "") == "Annuleren"
    assert dlg.direction.itemText(0) == "Inkomend"


def test_dates_and_amounts_follow_the_language(dutch):
    from ui import fmt, i18n

    assert fmt.day(date(2022, 4, 20)) == "20 apr 2022"
    assert fmt.money(Decimal("1250.5")) == "€\xa01.250,50"
    assert fmt.country("TW") == "Taiwan"
    assert fmt.weekday(date(2022, 4, 20)).startswith("wo")
    i18n.install("en")
    assert fmt.day(date(2022, 4, 20)) == "20 Apr 2022"
    assert fmt.money(Decimal("1250.5")) == "€1,250.50"
    assert fmt.weekday(date(2022, 4, 20)).startswith("Wed")


def test_every_text_is_translated_into_dutch():
    import xml.etree.ElementTree as ET

    from ui.i18n import TRANSLATIONS

    tree = ET.parse(TRANSLATIONS / "almere_missions_nl.ts")
    def texts(tr):  # a plural text has one translation per plural form
        forms = tr.findall("numerusform")
        return [f.text for f in forms] if forms else [tr.text]

    open_ = [m.find("source").text for m in tree.iter("message")
             if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
             or not all((t or "").strip() for t in texts(m.find("translation")))]
    assert open_ == []
    qm = TRANSLATIONS / "almere_missions_nl.qm"
    assert qm.stat().st_mtime >= (TRANSLATIONS / "almere_missions_nl.ts").stat().st_mtime - 1


def test_switching_language_in_the_settings_reopens_the_window(ctx, settings, qtbot, idle,
                                                               monkeypatch, qapp):
    from ui.app import Application
    from ui.mainwindow import MainWindow

    settings.language = "en"
    app = Application(qapp, settings)
    app.ctx = ctx
    app.window = MainWindow(ctx, settings)
    qtbot.addWidget(app.window)
    app.window.reopenRequested.connect(app.reopen)
    settings.language = "nl"
    app.window.reopenRequested.emit(False, True)
    qtbot.addWidget(app.window)
    idle(ctx)
    assert app.window.m_file.title() == "&Bestand"
    settings.language = "en"
    app.reopen(False, True)
    qtbot.addWidget(app.window)
    idle(ctx)
    assert app.window.m_file.title() == "&File"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_window_fits_a_1280_wide_screen_in_either_language(example_ctx, settings, qtbot,
                                                               idle, lang):
    from ui import i18n
    from ui.mainwindow import MainWindow

    i18n.install(lang)
    try:
        w = MainWindow(example_ctx, settings)
        qtbot.addWidget(w)
        w.show_workspace()
        editor = w.open_mission("FLO-2022-TPE")
        idle(example_ctx)
        widest = 0
        for n in range(editor.tabs.count()):
            editor.tabs.setCurrentIndex(n)
            widest = max(widest, w.minimumSizeHint().width(), w.minimumWidth())
        assert widest <= 1280
    finally:
        i18n.install("en")
