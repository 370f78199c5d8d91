"""Dialogs: settings, persons, venues, new mission, programme item — names for assistive
technology on every control, and the settings dialog's choices kept."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableView,
    QTimeEdit,
)


def unnamed(widget) -> list[str]:
    missing = []
    kinds = (QLineEdit, QComboBox, QTableView, QDateEdit, QTimeEdit, QPlainTextEdit, QListWidget)
    for kind in kinds:
        for w in widget.findChildren(kind):
            if w.objectName().startswith("qt_") or isinstance(w.parent(), QComboBox | QDateEdit
                                                               | QTimeEdit):
                continue
            if not w.accessibleName():
                missing.append(f"{type(w).__name__} {w.objectName()}")
    for b in widget.findChildren(QAbstractButton):
        if isinstance(b.parent(), QTableView | QLineEdit):
            continue  # Qt's own: a table's corner button, a line edit's clear button
        if not b.objectName().startswith("qt_") and not (b.text() or b.accessibleName()):
            missing.append(f"button {b.metaObject().className()} in "
                           f"{b.parent().metaObject().className()}")
    return missing


def test_main_window_and_dialogs_name_their_controls(example_ctx, settings, qtbot, idle):
    from ui.dialogs.new_mission import NewMissionDialog
    from ui.dialogs.persons import PersonsDialog
    from ui.dialogs.settings import SettingsDialog
    from ui.dialogs.venues import VenuesDialog
    from ui.editor.item_dialog import ItemDialog
    from ui.editor.window import MissionEditor
    from ui.mainwindow import MainWindow

    w = MainWindow(example_ctx, settings)
    qtbot.addWidget(w)
    editor = MissionEditor(example_ctx, "FLO-2022-TPE")
    qtbot.addWidget(editor)
    editor.load()
    idle(example_ctx)
    dialogs = [PersonsDialog(example_ctx, w, pick=True), VenuesDialog(example_ctx, w),
               NewMissionDialog(example_ctx, w), SettingsDialog(settings, w),
               ItemDialog(editor, editor.view.items[0], editor.view.start, w)]
    idle(example_ctx)
    for d in dialogs:
        qtbot.addWidget(d)
    found = {type(x).__name__: unnamed(x) for x in [w.register, w.board, w.welcome, *dialogs]}
    assert {k: v for k, v in found.items() if v} == {}


@pytest.mark.parametrize("local", [True, False])
def test_settings_dialog_keeps_the_choices(settings, qtbot, tmp_path, local):
    from ui.dialogs.settings import SettingsDialog

    settings.language = "nl"
    dlg = SettingsDialog(settings)
    qtbot.addWidget(dlg)
    if local:
        dlg.local.setChecked(True)
        dlg.path.setText(str(tmp_path / "team.sqlite"))
        dlg.user.setText("j.bakker")
    else:
        dlg.server.setChecked(True)
        dlg.url.setText("postgresql+psycopg://jbakker@db.almere.local/missions")
        assert not dlg.user.isEnabled()  # on the server the login is the user
    dlg.language.setCurrentIndex(dlg.language.findData("en"))
    db_changed, lang_changed = dlg.apply()
    assert db_changed and lang_changed
    if local:
        assert settings.database_url == f"sqlite:///{tmp_path / 'team.sqlite'}"
        assert settings.user == "j.bakker"
    else:
        assert settings.database_url.startswith("postgresql+psycopg://jbakker@")
        assert settings.user == ""
    assert settings.language == "en"
    again = SettingsDialog(settings)
    qtbot.addWidget(again)
    assert again.apply() == (False, False)
