"""An officer's task through the widgets: register a delegation visit, add the guests and
a host, build the programme, and see the clash the checks find."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QTime, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from almere_missions.services import missions


def when_modal(qtbot, cls, script, done: list) -> None:
    """Run ``script(dialog)`` once a modal dialog of ``cls`` is open."""
    def poll():
        w = QApplication.activeModalWidget()
        if isinstance(w, cls):
            try:
                script(w)
            finally:
                done.append(w)
        else:
            QTimer.singleShot(20, poll)
    QTimer.singleShot(20, poll)


@pytest.fixture
def window(ctx, settings, qtbot, idle):
    from ui.mainwindow import MainWindow

    w = MainWindow(ctx, settings)
    qtbot.addWidget(w)
    w.show()
    w.start()
    idle(ctx)
    return w


def new_person(qtbot, ctx, name, latin, nationality, staff=False):
    from ui.dialogs.persons import PersonsDialog

    def script(dlg: PersonsDialog):
        dlg.new_button.click()
        dlg.form.name.setText(name)
        dlg.form.latin.setText(latin)
        dlg.form.nationality.setText(nationality)
        dlg.form.staff.setChecked(staff)
        dlg.save_button.click()
        qtbot.waitUntil(lambda: dlg.chosen is not None, timeout=10_000)
        dlg.ok.click()
    return PersonsDialog, script


def test_officer_plans_a_delegation_visit(window, ctx, qtbot, idle):
    from ui.dialogs.new_mission import NewMissionDialog
    from ui.editor.item_dialog import ItemDialog

    assert window.stack.currentWidget() is window.welcome
    window.welcome.empty.click()

    # 1. A new mission, from the File menu's action (Ctrl+N).
    def fill_mission(dlg: NewMissionDialog):
        dlg.direction.setCurrentIndex(dlg.direction.findData("incoming"))
        dlg.title_nl.setText("Bezoek delegatie Taipei")
        dlg.title_en.setText("Taipei delegation visit")
        dlg.start.setDate(QDate(2022, 4, 20))
        dlg.end.setDate(QDate(2022, 4, 21))
        dlg.countries.setText("TW")
        dlg.counterpart.setText("Taipei City Government")
        dlg.ok.click()
    done = []
    when_modal(qtbot, NewMissionDialog, fill_mission, done)
    window.a_new.trigger()
    assert done
    editor = window.current_editor()
    assert editor is not None
    idle(ctx)
    ref = editor.ref
    assert ref == "IN-2022-001" and editor.view.title["en"] == "Taipei delegation visit"

    # 2. The guests (own script with Latin form) and a host.
    tab = editor.page("delegation")
    editor.tabs.setCurrentWidget(tab)
    for name, latin, nat, staff in (("林美玲", "Lin Mei-ling", "TW", False),
                                    ("陳建宏", "Chen Chien-hung", "TW", False),
                                    ("Marieke de Vries", "", "NL", True)):
        cls, script = new_person(qtbot, ctx, name, latin, nat, staff)
        done = []
        when_modal(qtbot, cls, script, done)
        tab.add_button.click()
        assert done
    roles = [r for _, r in editor.draft.participants]
    assert roles == ["delegation_member", "delegation_member", "host"]
    tab.model.setData(tab.model.index(0, 2), "delegation_leader")
    QApplication.processEvents()
    window.a_save.trigger()
    idle(ctx)
    assert not editor.is_dirty()
    with ctx.db.unit_of_work(ctx.user, write=False) as uow:
        stored = missions.get_mission(uow, ref)
    assert [p.role for p in stored.participants] == ["delegation_leader", "delegation_member",
                                                      "host"]

    # 3. A venue, from the Manage menu.
    from ui.dialogs.venues import VenuesDialog

    def fill_venue(dlg: VenuesDialog):
        dlg.new_button.click()
        dlg.name_nl.setText("Stadhuis Almere")
        dlg.name_en.setText("Almere City Hall")
        dlg.city.setText("Almere")
        dlg.country.setText("NL")
        dlg.timezone.setCurrentText("Europe/Amsterdam")
        dlg.capacity.setValue(80)
        dlg.save_button.click()
        qtbot.waitUntil(lambda: dlg.model.rowCount() == 1, timeout=10_000)
        dlg.reject()
    done = []
    when_modal(qtbot, VenuesDialog, fill_venue, done)
    window.a_venues.trigger()
    assert done
    editor.load()  # the editor offers the new venue
    idle(ctx)

    # 4. The programme: two items that overlap, for everyone in the mission.
    prog = editor.page("programme")
    editor.tabs.setCurrentWidget(prog)
    for title, start, end in (("Welcome by the mayor", QTime(9, 30), QTime(10, 30)),
                              ("Tour of Floriade Expo", QTime(10, 0), QTime(12, 0))):
        def fill_item(dlg: ItemDialog, title=title, start=start, end=end):
            dlg.title_en.setText(title)
            dlg.day.setDate(QDate(2022, 4, 20))
            dlg.start.setTime(start)
            dlg.end.setTime(end)
            dlg.kind.setCurrentIndex(dlg.kind.findData("visit"))
            dlg.venue.setCurrentIndex(1)
            dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        done = []
        when_modal(qtbot, ItemDialog, fill_item, done)
        prog.add_button.click()
        assert done
        idle(ctx)
    assert len(editor.view.items) == 2
    first = editor.view.items[0]
    assert first.timezone == "Europe/Amsterdam" and first.first_day == date(2022, 4, 20)
    assert first.venue == "almere-city-hall" and first.end_timezone is None

    # 5. The clash shows: on the blocks, in the list of problems, in the register.
    qtbot.waitUntil(lambda: bool(editor.clashes.problems), timeout=10_000)
    assert any(p.kind == "person_double_booked" for p in editor.clashes.problems)
    clashing = {b.item.ref for b in prog.timeline.blocks.values() if b.clash}
    assert clashing == {it.ref for it in editor.view.items}
    assert prog.problems.count() >= 1 and prog.problems.item(0).text().startswith("⚠")
    window.show_tab(window.register)
    idle(ctx)
    row = window.register.model.row_of(ref)
    assert window.register.model.clashes_of(ref) >= 1
    assert window.register.model.index(row, 0).data(3) is not None  # the tooltip says why
    assert window.register.model.index(row, 11).data().startswith("⚠")

    # 6. Undo the move of an item, through the timeline's signal, and back.
    editor_tab = window.open_mission(ref)
    item = editor_tab.view.items[1]
    from datetime import timedelta

    prog.timeline.moveRequested.emit(item.ref, item.start + timedelta(hours=2))
    idle(ctx)
    moved = next(it for it in editor_tab.view.items if it.ref == item.ref)
    assert moved.start == item.start + timedelta(hours=2)
    def double_booked():
        return [p for p in editor_tab.clashes.problems if p.kind == "person_double_booked"]
    assert not double_booked()
    editor_tab.undo.undo()
    idle(ctx)
    back = next(it for it in editor_tab.view.items if it.ref == item.ref)
    assert back.start == item.start and double_booked()
    editor_tab.undo.redo()
    idle(ctx)
    assert not double_booked()
