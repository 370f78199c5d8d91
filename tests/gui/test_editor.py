"""The mission editor: draft edits with undo and redo, Save, conflicts, unsaved changes."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from almere_missions.services import editing, missions

REF = "FLO-2022-TPE"


@pytest.fixture
def editor(example_ctx, qtbot, idle):
    from ui.editor.window import MissionEditor

    ed = MissionEditor(example_ctx, REF)
    qtbot.addWidget(ed)
    ed.load()
    idle(example_ctx)
    return ed


def stored(ctx):
    with ctx.db.unit_of_work(ctx.user, write=False) as uow:
        return missions.get_mission(uow, REF)


def type_into(line_edit, text):
    line_edit.setText(text)
    line_edit.editingFinished.emit()


def test_field_edits_undo_redo_and_save(editor, example_ctx, idle):
    overview = editor.page("overview")
    before = editor.view.counterpart
    type_into(overview.counterpart, "Taipei City, Department of Economic Development")
    assert editor.is_dirty() and editor.save_button.isEnabled()
    editor.undo.undo()
    assert overview.counterpart.text() == (before or "") and not editor.is_dirty()
    editor.undo.redo()
    assert overview.counterpart.text() == "Taipei City, Department of Economic Development"
    type_into(overview.countries, "tw, nl")
    assert editor.draft.countries == ("TW", "NL")
    type_into(overview.countries, "TW, XX")  # not a country: refused at once, named
    assert editor.draft.countries == ("TW", "NL")
    assert "XX" in overview.country_names.text()
    version = editor.version
    editor.save_button.click()
    idle(example_ctx)
    m = stored(example_ctx)
    assert m.counterpart == "Taipei City, Department of Economic Development" and m.countries == ("TW", "NL")
    assert m.version == version + 1 == editor.version
    assert not editor.is_dirty() and editor.undo.count() == 0


def test_title_in_two_languages(editor, example_ctx, idle):
    overview = editor.page("overview")
    type_into(overview.title_nl, "Bezoek van Taipei")
    type_into(overview.title_en, "Visit from Taipei")
    editor.save()
    idle(example_ctx)
    # the other languages of the title are kept
    assert stored(example_ctx).title == {"nl": "Bezoek van Taipei", "en": "Visit from Taipei",
                                         "zh-Hant": "台北市代表團參訪花卉博覽會"}


def test_participants_and_roles(editor, example_ctx, idle):
    from almere_missions.views import PersonView

    tab = editor.page("delegation")
    start = len(editor.draft.participants)
    with example_ctx.db.unit_of_work(example_ctx.user) as uow:
        guest = editing.save_person(uow, editing.PersonInput(
            name="김민준", latin_name="Kim Min-jun", nationality=("KR",)), None)
        uow.commit()
    assert isinstance(guest, PersonView)
    tab.add(guest)
    assert editor.draft.participants[-1] == (guest.ref, "delegation_member")
    row = tab.model.rowCount() - 1
    assert tab.model.index(row, 0).data() == "김민준"
    assert tab.model.index(row, 1).data() == "Kim Min-jun"
    tab.model.setData(tab.model.index(row, 2), "interpreter")
    QApplication.processEvents()
    assert editor.draft.participants[-1] == (guest.ref, "interpreter")
    editor.undo.undo()
    assert editor.draft.participants[-1] == (guest.ref, "delegation_member")
    editor.save()
    idle(example_ctx)
    m = stored(example_ctx)
    assert len(m.participants) == start + 1
    assert (m.participants[-1].person, m.participants[-1].role) == (guest.ref,
                                                                     "delegation_member")


def test_costs_accept_dutch_and_english_amounts(editor, example_ctx, idle):
    tab = editor.page("costs")
    n = len(editor.draft.costs)
    tab.add_line()
    QApplication.processEvents()
    tab.model.setData(tab.model.index(n, 1), "1.250,50")
    QApplication.processEvents()
    assert editor.draft.costs[n].amount == Decimal("1250.50")
    tab.model.setData(tab.model.index(n, 1), "2,345.75")
    QApplication.processEvents()
    assert editor.draft.costs[n].amount == Decimal("2345.75")
    tab.model.setData(tab.model.index(n, 1), "-3")
    QApplication.processEvents()
    assert editor.draft.costs[n].amount == Decimal("2345.75") and tab.problem.text()
    tab.model.setData(tab.model.index(n, 0), "Coach Schiphol–Almere")
    QApplication.processEvents()
    editor.save()
    idle(example_ctx)
    last = stored(example_ctx).costs[n]
    assert (last.amount, last.description) == (Decimal("2345.75"), "Coach Schiphol–Almere")
    from ui import fmt

    total = sum((c.amount for c in stored(example_ctx).costs), Decimal(0))
    assert tab.total.text() == f"Total: {fmt.money(total, 'EUR')}"


def _click_when_modal(button_text: str, seen: list) -> None:
    def click():
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, click)
            return
        seen.append(box)
        for b in box.findChildren(__import__("PySide6.QtWidgets").QtWidgets.QAbstractButton):
            if b.text().replace("&", "") == button_text:
                b.click()
                return
    QTimer.singleShot(20, click)


def test_edit_conflict_shows_a_dialog_and_reloads(editor, example_ctx, qtbot, idle):
    # Someone else saves the mission after it was opened here.
    with example_ctx.db.unit_of_work(example_ctx.user) as uow:
        editing.update_mission(uow, REF, None, counterpart="Changed elsewhere")
        uow.commit()
    type_into(editor.page("overview").counterpart, "Mine")
    seen = []
    _click_when_modal("Reload", seen)
    editor.save()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    idle(example_ctx)
    assert seen[0].objectName() == "conflictDialog"
    assert "changed by someone else" in seen[0].text()
    assert editor.view.counterpart == "Changed elsewhere" and not editor.is_dirty()
    assert stored(example_ctx).counterpart == "Changed elsewhere"  # nothing overwritten


def test_unsaved_changes_are_protected(editor, monkeypatch):
    type_into(editor.page("overview").counterpart, "Unsaved")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    assert editor.maybe_close() is False
    assert editor.maybe_close() is True
    assert not answers


def test_tabs_are_listed_in_one_place(editor):
    from ui.editor.tabs import TABS

    assert [type(p) for p in editor.pages] == TABS
    assert [editor.tabs.tabText(i) for i in range(editor.tabs.count())] == [
        "Overview", "Delegation and hosts", "Programme", "Costs", "Assessment", "Security",
        "Logistics", "Approval", "Outputs", "Follow-up"]
    for page in editor.pages:
        assert page.key and isinstance(page.keys, set)


def test_controls_have_accessible_names(editor):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QTableView

    missing = []
    for page in editor.pages:
        for w in page.findChildren(QLineEdit) + page.findChildren(QComboBox) \
                + page.findChildren(QTableView):
            if isinstance(w.parent(), QComboBox) or w.objectName().startswith("qt_"):
                continue  # parts of Qt's own compound widgets
            if not w.accessibleName():
                missing.append(f"{type(page).__name__}: {type(w).__name__} {w.objectName()}")
        for b in page.findChildren(QAbstractButton):
            if b.objectName().startswith("qt_"):
                continue
            if not (b.text() or b.accessibleName()):
                missing.append(f"{type(page).__name__}: button {b.objectName()}")
    assert missing == []


def test_a_fault_in_the_checks_does_not_stop_editing(editor, example_ctx, tmp_path,
                                                     monkeypatch):
    from dataclasses import replace

    from almere_missions import paths
    from almere_missions.planning import clashes

    monkeypatch.setattr(paths, "log_dir", lambda: tmp_path)

    def broken(uow, ref=None, **kw):
        raise IndexError("index 0 is out of bounds")

    monkeypatch.setattr(clashes, "check", broken)
    with example_ctx.db.unit_of_work(example_ctx.user, write=False) as uow:
        found = clashes.clashes(uow, REF)
    assert found.problems == [] and found.failed
    assert "IndexError" in next(tmp_path.glob("crash-*.log")).read_text()
    # the editor goes on, and says the checks did not run
    editor._loaded(replace(editor.bundle, clashes=found), keep_draft=True)
    assert "could not run" in editor.page("programme").problems_label.text()


def test_a_move_after_someone_else_saved_is_a_conflict_not_an_overwrite(editor, example_ctx,
                                                                          qtbot, idle):
    from datetime import timedelta

    item = editor.view.items[0]
    with example_ctx.db.unit_of_work(example_ctx.user) as uow:
        editing.update_mission(uow, REF, None, counterpart="Changed elsewhere")
        uow.commit()
    seen = []
    _click_when_modal("Reload", seen)
    editor.page("programme").timeline.moveRequested.emit(item.ref,
                                                         item.start + timedelta(hours=1))
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    idle(example_ctx)
    assert seen[0].objectName() == "conflictDialog"
    assert stored(example_ctx).items[0].start == item.start  # not moved
    assert editor.view.counterpart == "Changed elsewhere"  # reloaded
    assert editor.undo.count() == 0


def test_programme_moves_and_cancels_write_at_once_and_undo_writes_back(editor, example_ctx,
                                                                         idle):
    """Each programme change is stored as it is made, through the planning use cases; undo
    and redo store it again, against the version the editor then holds."""
    from datetime import timedelta

    def now(ref):
        return next(it for it in stored(example_ctx).items if it.ref == ref)

    tab = editor.page("programme")
    item = editor.view.items[0]
    later = item.start + timedelta(minutes=30)
    tab.timeline.moveRequested.emit(item.ref, later)
    idle(example_ctx)
    moved = now(item.ref)
    assert moved.start == later and moved.end - moved.start == item.end - item.start
    assert editor.undo.count() == 1 and editor.view.version == stored(example_ctx).version
    tab.select_item(item.ref)
    tab.toggle_cancel()
    idle(example_ctx)
    assert now(item.ref).status == "cancelled"
    assert editor.undo.count() == 2
    editor.undo.undo()  # the cancel: the item is back, to be confirmed again
    idle(example_ctx)
    assert now(item.ref).status == "tentative"
    editor.undo.undo()  # the move
    idle(example_ctx)
    assert now(item.ref).start == item.start
    editor.undo.redo()
    idle(example_ctx)
    assert now(item.ref).start == later
    assert not editor.is_dirty()  # programme changes are stored, not a draft to save
