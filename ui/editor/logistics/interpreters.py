"""Interpreters: who is booked for each item; the items the check says need one are
marked (in colour and in words)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from almere_missions.app import logistics as lg
from ui import fmt
from ui.editor.logistics.common import (
    FormDialog,
    Section,
    combo,
    combo_value,
    fit,
    headers_changed,
    list_pane,
    select_where,
    selected,
    table,
)
from ui.editor.panel import message_label, section_title
from ui.models.rows import Column, RowsModel
from ui.widgets import PROBLEM, button, set_texts, show_message


class InterpreterItems(RowsModel):
    """Items; those that need an interpreter (``marked``) drawn as problems."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.FontRole and index.isValid() and index.row() in self.marked:
            from PySide6.QtGui import QFont

            f = QFont()
            f.setBold(True)
            return f
        return super().data(index, role)


class InterpretersSection(Section):
    key = "interpreters"

    def __init__(self, tab):
        super().__init__(tab)
        self.needed: set[str] = set()
        self.title = section_title(self)
        self.note = message_label(self, "interpreterNote")
        self.model = InterpreterItems([
            Column(lambda: self.tr("When"), lambda i: f"{fmt.weekday(i.start.date())} "
                                                      f"{fmt.clock(i.start, self.tab.tz)}"),
            Column(lambda: self.tr("Item"), lambda i: i.title),
            Column(lambda: self.tr("Interpreters"),
                   lambda i: ", ".join(self.tab.name_of(x) for x in i.interpreters)
                   or self.tr("none")),
            Column(lambda: self.tr("Needed"), lambda i: self.tr("interpreter needed")
                   if i.ref in self.needed else ""),
        ], self)
        self.items = table(self, self.model, "interpreterItems", stretch=1)
        self.book_button = button(self, "bookInterpreter", lambda: self.book())
        self.cancel_button = button(self, "cancelInterpreter", lambda: self.cancel())
        self.watch(self.items)
        list_pane(self, self.title, self.note, self.items,
                  buttons=(self.book_button, self.cancel_button))

    def retranslate(self) -> None:
        set_texts([(self.title, self.tr("Interpreters per item")),
                   (self.book_button, self.tr("Book interpreter…")),
                   (self.cancel_button, self.tr("Cancel booking"))])
        self.items.setAccessibleName(self.tr("Items and their interpreters"))
        headers_changed(self.model)
        self._note()

    def _note(self) -> None:
        if self.needed:
            show_message(self.note, self.tr("%1 items need an interpreter (marked in bold).")
                         .replace("%1", str(len(self.needed))), PROBLEM)
        else:
            show_message(self.note, self.tr("No item is known to need an interpreter."))

    def show_data(self, panel) -> None:
        rows = list(panel.items)
        self.model.set_rows(rows, {n for n, i in enumerate(rows) if i.ref in self.needed})
        fit(self.items)
        self._note()
        self.update_buttons()

    def show_needed(self, refs: set[str]) -> None:
        """The items the check found without an interpreter they need."""
        self.needed = set(refs)
        if self.tab.panel is not None and self.tab.panel.allowed:
            self.show_data(self.tab.panel)

    def update_buttons(self, *_args) -> None:
        ok = self.tab.may_edit()
        item = selected(self.items)
        self.book_button.setEnabled(ok and item is not None)
        self.cancel_button.setEnabled(ok and item is not None and bool(item.interpreters))

    def select(self, persons=(), items=()) -> None:
        select_where(self.items, lambda i: i.ref in items)

    def book(self, person: str | None = None):
        tab, item = self.tab, selected(self.items)
        if item is None:
            return None
        if person is None:
            speakers = [(p.ref, f"{p.name} ({', '.join(p.languages)})")
                        for p in tab.panel.people if len(p.languages) >= 2
                        and p.ref not in item.interpreters]
            who = combo(self, speakers, "interpreterPerson", editable=True)
            dlg = FormDialog(self, self.tr("Book interpreter"), "interpreterDialog",
                             [(self.tr("Interpreter:"), who)],
                             note=self.tr("For %1. An interpreter needs at least two languages "
                                          "on their record.").replace("%1", item.title))
            if not dlg.exec():
                return None
            person = combo_value(who)
            if not person:
                return None
        return tab.change(self.tr("Book %1 for %2").replace("%1", tab.name_of(person))
                          .replace("%2", item.title),
                          tab.write_job(lg.book_interpreter, item.ref, person),
                          tab.write_job(lg.cancel_interpreter, item.ref, person))

    def cancel(self, person: str | None = None):
        tab, item = self.tab, selected(self.items)
        if item is None or not item.interpreters:
            return None
        person = person or item.interpreters[0]
        return tab.change(self.tr("Cancel %1 for %2").replace("%1", tab.name_of(person))
                          .replace("%2", item.title),
                          tab.write_job(lg.cancel_interpreter, item.ref, person),
                          tab.write_job(lg.book_interpreter, item.ref, person))
