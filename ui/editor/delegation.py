"""Delegation and hosts: who takes part, names in their own script with the Latin form."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QLabel

from almere_missions import codes
from ui import fmt
from ui.editor.delegates import ChoiceDelegate, CodedRowsModel
from ui.editor.panel import DraftTab
from ui.labels import label
from ui.models.rows import Column
from ui.widgets import STRETCH, button, hbox, rows_view, set_texts, vbox


class ParticipantsModel(CodedRowsModel):
    """Rows are (person ref, role); the person's details come from the editor."""

    def code(self, row) -> str:
        return row[1]


class DelegationTab(DraftTab):
    key = "delegation"
    keys = {"participants"}

    def __init__(self, editor):
        super().__init__(editor)

        def person(row):
            return editor.persons.get(row[0])

        self.model = ParticipantsModel([
            Column(lambda: self.tr("Name"), lambda r: person(r).name if person(r) else r[0]),
            Column(lambda: self.tr("Latin form"),
                   lambda r: (person(r).latin_name or "") if person(r) else ""),
            Column(lambda: self.tr("Role"), lambda r: label(r[1]), edit=self._set_role),
            Column(lambda: self.tr("Organisation"),
                   lambda r: (person(r).organisation or "") if person(r) else ""),
            Column(lambda: self.tr("Function"),
                   lambda r: (person(r).function or "") if person(r) else ""),
            Column(lambda: self.tr("Nationality"),
                   lambda r: fmt.countries(person(r).nationality) if person(r) else ""),
            Column(lambda: self.tr("Needs"), lambda r: self._needs(person(r))),
        ], self)
        self.table = rows_view(self, self.model, "delegationTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        self.table.verticalHeader().setDefaultSectionSize(26)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((170, 170, 150, 250, 170, 150, 120)):
            head.resizeSection(col, width)
        head.setStretchLastSection(True)
        self.table.setItemDelegateForColumn(
            2, ChoiceDelegate(lambda: [(r, label(r)) for r in codes.PARTICIPANT_ROLES], self))
        self.add_button = button(self, "addParticipant", self.add_person)
        self.remove_button = button(self, slot=self.remove_selected)
        self.up_button = button(self, slot=lambda: self._move(-1))
        self.down_button = button(self, slot=lambda: self._move(1))
        self.summary = QLabel(self)
        vbox(hbox(self.add_button, self.remove_button, self.up_button, self.down_button,
                  STRETCH, self.summary),
             (self.table, 1), parent=self)

    def title(self) -> str:
        return self.tr("Delegation and hosts")

    def retranslate(self) -> None:
        set_texts([(self.add_button, self.tr("&Add person…")),
                   (self.remove_button, self.tr("&Remove")),
                   (self.up_button, self.tr("Move up")),
                   (self.down_button, self.tr("Move down"))])
        self.table.setAccessibleName(self.tr("Participants"))

    def _needs(self, p) -> str:
        if p is None:
            return ""
        marks = []
        if p.dietary:
            marks.append(self.tr("diet"))
        if p.accessibility:
            marks.append(self.tr("access"))
        return ", ".join(marks)

    def refresh(self) -> None:
        d = self.editor.draft
        if d is None:
            return
        current = self.table.currentIndex().row()
        self.model.set_rows(list(d.participants))
        if 0 <= current < len(d.participants):
            self.table.selectRow(current)
        guests = sum(1 for _, r in d.participants if r.startswith("delegation"))
        hosts = sum(1 for _, r in d.participants if r == "host")
        self.summary.setText(self.tr("Guests: %1 · Hosts: %2").replace("%1", str(guests))
                             .replace("%2", str(hosts)))

    # --- edits --------------------------------------------------------------------
    def _set_rows(self, rows, text) -> None:
        # Applied after the view finished committing its editor.
        QTimer.singleShot(0, lambda: self.editor.change("participants", tuple(rows), text))

    def _set_role(self, row: int, role) -> None:
        rows = list(self.editor.draft.participants)
        if role not in codes.PARTICIPANT_ROLES:
            return
        rows[row] = (rows[row][0], role)
        self._set_rows(rows, self.tr("Change role"))

    def add(self, person_view, role: str | None = None) -> None:
        self.editor.persons[person_view.ref] = person_view
        if role is None:
            incoming = self.editor.view.direction == "incoming"
            role = ("host" if incoming else "delegation_leader") if person_view.staff \
                else ("delegation_member" if incoming else "host")
        rows = list(self.editor.draft.participants)
        if (person_view.ref, role) in rows:
            return
        rows.append((person_view.ref, role))
        self.editor.change("participants", tuple(rows), self.tr("Add %1")
                           .replace("%1", person_view.display_name))

    def add_person(self) -> None:
        from ui.dialogs.persons import PersonsDialog

        dlg = PersonsDialog(self.editor.ctx, self, pick=True)
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.chosen is not None:
            self.add(dlg.chosen)

    def remove_selected(self) -> None:
        self.remove_current_row("participants", self.tr("Remove participant"))

    def _move(self, step: int) -> None:
        row = self.table.currentIndex().row()
        rows = list(self.editor.draft.participants)
        other = row + step
        if 0 <= row < len(rows) and 0 <= other < len(rows):
            rows[row], rows[other] = rows[other], rows[row]
            self.editor.change("participants", tuple(rows), self.tr("Reorder participants"))
            self.table.selectRow(other)
