"""Needs: dietary wishes, allergies and accessibility per person (personal data: the tab
hides this section from the roles that may not read it)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit

from almere_missions.app import logistics as lg
from ui.editor.logistics.common import (
    FormDialog,
    Section,
    headers_changed,
    list_pane,
    select_where,
    selected,
    table,
)
from ui.editor.panel import message_label, section_title
from ui.labels import label
from ui.models.rows import Column, RowsModel
from ui.widgets import button, set_texts


class NeedsSection(Section):
    key = "needs"

    def __init__(self, tab):
        super().__init__(tab)
        self.title = section_title(self)
        self.note = message_label(self, "needsNote")
        self.model = RowsModel([
            Column(lambda: self.tr("Person"), lambda n: n.name or n.person),
            Column(lambda: self.tr("Role"), lambda n: label(self.tab.role_of(n.person))),
            Column(lambda: self.tr("Dietary"), lambda n: n.dietary),
            Column(lambda: self.tr("Allergies"), lambda n: n.allergies),
            Column(lambda: self.tr("Accessibility"), lambda n: n.accessibility),
            Column(lambda: self.tr("Step-free"),
                   lambda n: self.tr("needs step-free access") if n.step_free else ""),
        ], self)
        self.table = table(self, self.model, "needsTable", stretch=4)
        self.edit_button = button(self, "editNeeds", lambda: self.edit())
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.watch(self.table)
        list_pane(self, self.title, self.note, self.table, buttons=(self.edit_button,))

    def retranslate(self) -> None:
        set_texts([(self.title, self.tr("Needs per person")),
                   (self.note, self.tr("Personal data: kept under the retention rule and erased "
                                       "with the person. The caterer's sheet carries counts "
                                       "only.")),
                   (self.edit_button, self.tr("Edit needs…"))])
        self.table.setAccessibleName(self.tr("Needs per person"))
        headers_changed(self.model)

    def show_data(self, panel) -> None:
        self.show_rows((self.table, panel.needs or ()))

    def update_buttons(self, *_args) -> None:
        self.edit_button.setEnabled(self.tab.may_edit() and selected(self.table) is not None)

    def select(self, persons=(), items=()) -> None:
        select_where(self.table, lambda n: n.person in persons)

    def edit(self, values: dict | None = None):
        tab, n = self.tab, selected(self.table)
        if n is None:
            return None
        if values is None:
            dietary, allergies, access = (QLineEdit(n.dietary), QLineEdit(n.allergies),
                                          QLineEdit(n.accessibility))
            step_free = QCheckBox(self.tr("Needs a venue without steps"))
            step_free.setChecked(n.step_free)
            dlg = FormDialog(self, self.tr("Needs of %1").replace("%1", n.name or n.person),
                             "needsDialog", [
                                 (self.tr("Dietary:"), dietary),
                                 (self.tr("Allergies:"), allergies),
                                 (self.tr("Accessibility:"), access),
                                 (self.tr("Step-free:"), step_free)])
            if not dlg.exec():
                return None
            values = {"dietary": dietary.text(), "allergies": allergies.text(),
                      "accessibility": access.text(), "step_free": step_free.isChecked()}
        old = {"dietary": n.dietary, "allergies": n.allergies,
               "accessibility": n.accessibility, "step_free": n.step_free}
        new = {k: values.get(k, old[k]) for k in old}
        if new == old:
            return None
        return tab.change(self.tr("Change the needs of %1").replace("%1", n.name or n.person),
                          tab.write_job(lg.set_needs, n.person, **new),
                          tab.write_job(lg.set_needs, n.person, **old))
