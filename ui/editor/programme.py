"""Programme: the day/week timeline and the list of items, with clash markers.

Changes of the programme are written at once through the planning use cases
(``almere_missions.app.planning``, on the database lane) and can be undone; for a user
who is no officer the programme is shown read-only.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from almere_missions import errors
from almere_missions.app import planning
from almere_missions.timeutil import abbreviation
from ui import crash, fmt
from ui.editor.timeline import Timeline
from ui.labels import label
from ui.models.rows import Column, RowsModel
from ui.tasks import job
from ui.widgets import STRETCH, button, hbox, rows_view, set_names, set_texts, splitter, vbox


class ProgrammeTab(QWidget):
    key = "programme"
    keys: set[str] = set()

    def __init__(self, editor):
        super().__init__(editor)
        self.editor = editor
        self.first = None  # first day shown
        self.week = True

        def venue(it):
            v = editor.venues.get(it.venue)
            return fmt.text(v.name) if v else ""

        self.timeline = Timeline(self)
        self.list_model = RowsModel([
            Column(lambda: self.tr("Day"), lambda it: fmt.weekday(it.first_day)),
            Column(lambda: self.tr("Start"), lambda it: fmt.clock(it.start, it.timezone)),
            Column(lambda: self.tr("End"), lambda it: fmt.clock(it.end, it.arrival_timezone)),
            Column(lambda: self.tr("Zone"), lambda it: abbreviation(it.start, it.timezone),
                   tooltip=lambda it: it.timezone),
            Column(lambda: self.tr("Title"), lambda it: fmt.text(it.title)),
            Column(lambda: self.tr("Kind"), lambda it: label(it.kind)),
            Column(lambda: self.tr("Venue"), venue),
            Column(lambda: self.tr("Status"), lambda it: label(it.status)),
            Column(lambda: self.tr("Guests see it"), lambda it: self.tr("yes") if it.public else self.tr("no")),
        ], self)
        self.list = rows_view(self, self.list_model, "programmeList", stretch=4)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.timeline)
        self.stack.addWidget(self.list)

        self.show_timeline = button(self, slot=lambda: self.stack.setCurrentIndex(0))
        self.show_list = button(self, slot=lambda: self.stack.setCurrentIndex(1))
        self.day_button = button(self, slot=lambda: self._mode(False))
        self.week_button = button(self, slot=lambda: self._mode(True))
        for group_buttons in ((self.show_timeline, self.show_list),
                              (self.day_button, self.week_button)):
            group = QButtonGroup(self)
            for b in group_buttons:
                b.setCheckable(True)
                group.addButton(b)
        self.show_timeline.setChecked(True)
        self.week_button.setChecked(True)
        self.prev_button = button(self, slot=lambda: self._page(-1), text="◀")
        self.next_button = button(self, slot=lambda: self._page(1), text="▶")
        for b in (self.prev_button, self.next_button):
            b.setFixedWidth(36)
        self.range_label = QLabel(self)
        self.add_button = button(self, "addItem", self.add_item)
        self.edit_button = button(self, slot=lambda: self.edit_item(self.selected_ref()))
        self.cancel_button = button(self, slot=self.toggle_cancel)
        self.delete_button = button(self, slot=self.delete_item)
        self.problems = QListWidget(self)
        self.problems.setObjectName("clashList")
        self.problems.setWordWrap(True)
        self.problems_label = QLabel(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)

        lower = QWidget(self)
        vbox(self.problems_label, self.problems, parent=lower, margins=0)
        split = splitter(self, self.stack, lower, sizes=(520, 110), vertical=True)
        vbox(hbox(self.show_timeline, self.show_list, 12, self.day_button, self.week_button,
                  self.prev_button, self.range_label, self.next_button, STRETCH,
                  self.add_button, self.edit_button, self.cancel_button, self.delete_button),
             self.note, (split, 1), parent=self)

        self.timeline.moveRequested.connect(self.move_item)
        self.timeline.resizeRequested.connect(self.resize_item)
        self.timeline.refused.connect(self._refused)
        self.timeline.itemClicked.connect(self.select_item)
        self.timeline.itemActivated.connect(self.edit_item)
        self.list.doubleClicked.connect(lambda idx: self.edit_item(
            self.list_model.row_at(idx).ref))
        self.problems.itemActivated.connect(self._problem_activated)
        self._selected: str | None = None

    def title(self) -> str:
        return self.tr("Programme")

    def retranslate(self) -> None:
        set_texts([(self.show_timeline, self.tr("Timeline")), (self.show_list, self.tr("List")),
                   (self.day_button, self.tr("Day")), (self.week_button, self.tr("Week")),
                   (self.add_button, self.tr("&Add item…")),
                   (self.edit_button, self.tr("Edit item…")),
                   (self.cancel_button, self.tr("Cancel item")),
                   (self.delete_button, self.tr("Delete item"))])
        set_names([(self.prev_button, self.tr("Previous")), (self.next_button, self.tr("Next")),
                   (self.timeline, self.tr("Programme timeline")),
                   (self.list, self.tr("Programme list")), (self.problems, self.tr("Clashes"))])

    # --- showing ------------------------------------------------------------------------
    def days(self):
        v = self.editor.view
        if self.first is None:
            self.first = v.start
        # A week, or the whole mission when it is shorter (at least three days, to move into).
        span = (v.end - v.start).days + 1
        count = min(7, max(span, 3)) if self.week else 1
        return [self.first + timedelta(days=n) for n in range(count)]

    def _mode(self, week: bool) -> None:
        self.week = week
        self.refresh()

    def _page(self, step: int) -> None:
        if self.first is None:
            return
        self.first += timedelta(days=len(self.days()) * step)
        self.refresh()

    def refresh(self) -> None:
        ed = self.editor
        v = ed.view
        if v is None:
            return
        editable = "officer" in ed.ctx.roles  # the core refuses the others' changes anyway
        days = self.days()
        clashes = ed.clashes.items
        self.timeline.show_items(v.items, days, clashes, editable)
        marked = {n for n, it in enumerate(v.items) if it.ref in clashes}
        self.list_model.set_rows(list(v.items), marked)
        self.range_label.setText(fmt.span(days[0], days[-1]))
        for b in (self.add_button, self.edit_button, self.cancel_button, self.delete_button):
            b.setEnabled(editable)
        self.note.setVisible(not editable)
        if not editable:
            self.note.setText(self.tr("The programme is shown read-only: changing it is for "
                                      "officers."))
        self.problems.clear()
        for p in ed.clashes.problems:
            entry = QListWidgetItem(f"⚠ {label(getattr(p, 'severity', ''))}: "
                                    f"{getattr(p, 'message', p)}", self.problems)
            entry.setData(Qt.ItemDataRole.UserRole, tuple(getattr(p, "items", ()) or ()))
            entry.setForeground(Qt.GlobalColor.darkRed)
        count = len(ed.clashes.problems)
        if ed.clashes.failed:
            self.problems_label.setText(self.tr("The clash checks could not run; a report was "
                                                "written to %1.").replace("%1", ed.clashes.failed))
        elif count:
            self.problems_label.setText(self.tr("Clashes: %1").replace("%1", str(count)))
        else:
            self.problems_label.setText(self.tr("No clashes found."))

    def select_item(self, ref: str) -> None:
        self._selected = ref
        for n, it in enumerate(self.list_model.rows):
            if it.ref == ref:
                self.list.selectRow(n)

    def selected_ref(self) -> str | None:
        if self.stack.currentIndex() == 1:
            row = self.list_model.row_at(self.list.currentIndex())
            return row.ref if row else None
        return self._selected

    def item(self, ref: str | None):
        return next((it for it in self.editor.view.items if it.ref == ref), None)

    def _problem_activated(self, entry: QListWidgetItem) -> None:
        refs = entry.data(Qt.ItemDataRole.UserRole) or ()
        it = self.item(refs[0]) if refs else None
        if it is not None:
            if it.first_day not in self.days():
                self.first = it.first_day
                self.refresh()
            self.select_item(it.ref)
            block = self.timeline.blocks.get(it.ref)
            if block is not None:
                self.timeline.ensureVisible(block)
                block.setSelected(True)

    def _refused(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Cannot move there"), message)

    # --- changes (written at once, undoable) ------------------------------------------------
    def step(self, fn, *args):
        """A programme write of the use case ``fn(caller, mission, version, *args)``: a
        function of the version (the one the editor holds when it runs) and a title, giving
        the job."""
        mission = self.editor.ref

        def make(version, title: str):
            return job(fn, mission, version, *args, title=title, writes=True, refs={mission})

        return make

    def write(self, step, text: str, on_done=None) -> None:
        """Write ``step`` on the database lane against the editor's version, then show the
        mission as stored (with its clashes), keeping the draft."""
        ed = self.editor

        def ok(bundle):
            ed._loaded(bundle, keep_draft=True)
            if on_done is not None:
                on_done()

        def bad(exc):
            if isinstance(exc, errors.EditConflict):
                ed.conflict(exc)
            else:
                crash.handle(exc, ed)
                ed.draft_reload()

        ed.ctx.run(step(ed.version, text), lambda _view: ed.read_mission(ok), failed=bad,
                   parent=ed)

    def move_item(self, ref: str, new_start) -> None:
        self._set_time("move", planning.move_item, ref, new_start, "start", self.tr("Move %1"))

    def resize_item(self, ref: str, new_end) -> None:
        self._set_time("resize", planning.resize_item, ref, new_end, "end",
                       self.tr("Resize %1"))

    def _set_time(self, what: str, fn, ref: str, new, field: str, text: str) -> None:
        """Write ``fn(caller, mission, version, ref, new)``; undo writes the item's
        ``field`` back as it was."""
        it = self.item(ref)
        if it is None:
            return
        forward, backward = self.step(fn, ref, new), self.step(fn, ref, getattr(it, field))
        self.write(forward, text.replace("%1", fmt.text(it.title)),
                   on_done=lambda: self._push(what, ref, it.title, forward, backward))

    def _push(self, what, ref, title, forward, backward) -> None:
        from ui.editor.commands import ProgrammeChange

        texts = {"move": self.tr("Move %1"), "resize": self.tr("Change end of %1"),
                 "cancel": self.tr("Cancel %1"), "restore": self.tr("Restore %1"),
                 "add": self.tr("Add %1"), "edit": self.tr("Change %1")}
        self.editor.undo.push(ProgrammeChange(
            self, texts[what].replace("%1", fmt.text(title)), forward, backward))

    def toggle_cancel(self) -> None:
        ref = self.selected_ref()
        it = self.item(ref)
        if it is None:
            return
        cancel, restore = (self.step(planning.cancel_item, ref),
                           self.step(planning.restore_item, ref))
        if it.status == "cancelled":
            what, fwd, back = "restore", restore, cancel
            text = self.tr("Restore %1")
        else:
            what, fwd, back = "cancel", cancel, restore
            text = self.tr("Cancel %1")
        self.write(fwd, text.replace("%1", fmt.text(it.title)),
                   on_done=lambda: self._push(what, ref, it.title, fwd, back))

    def delete_item(self) -> None:
        ref = self.selected_ref()
        it = self.item(ref)
        if it is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete programme item"),
            self.tr("Delete “%1” from the programme? This cannot be undone; cancelling the "
                    "item keeps it visible as cancelled.").replace("%1", fmt.text(it.title)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.write(self.step(planning.delete_item, ref), self.tr("Delete programme item"))

    def add_item(self) -> None:
        from dataclasses import replace

        from ui.editor.item_dialog import ItemDialog

        dlg = ItemDialog(self.editor, None, self.days()[0], self)
        if not dlg.exec():
            return
        data = dlg.value()
        before = {it.ref for it in self.editor.view.items}

        def added():
            new = [it.ref for it in self.editor.view.items if it.ref not in before]
            if not new:
                return
            ref = new[0]
            # redone, the item comes back under the ref it was given
            self._push("add", ref, data.title, self.step(planning.add_item,
                                                         replace(data, ref=ref)),
                       self.step(planning.delete_item, ref))
            self.select_item(ref)

        self.write(self.step(planning.add_item, data), self.tr("Add item"), on_done=added)

    def edit_item(self, ref: str | None) -> None:
        from ui.editor.item_dialog import ItemDialog

        it = self.item(ref)
        if it is None:
            return
        dlg = ItemDialog(self.editor, it, it.first_day, self)
        if not dlg.exec():
            return
        data, old = dlg.value(), planning.item_input(it)
        forward = self.step(planning.update_item, ref, data)
        backward = self.step(planning.update_item, ref, old)
        self.write(forward, self.tr("Change item"), on_done=lambda: self._push(
            "edit", ref, data.title, forward, backward))
