"""Partnerships: the city's partners, their agreements (lapsing ones marked), contacts and
documents, and a partner's relation history with its dossier PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from almere_missions import codes
from almere_missions import permissions as perms
from almere_missions.app import missions as missions_app
from almere_missions.app import relations as relations_app
from ui import crash, fmt
from ui.context import PLAIN
from ui.forms import (
    append_row,
    message_line,
    named_buttons,
    read_only_item,
    records_table,
    row_of,
)
from ui.labels import label
from ui.progress import ProgressPanel
from ui.recordforms import DELETE, Field, RecordChange, RecordForm
from ui.tasks import DB, JOBS, job
from ui.widgets import fit_columns, set_texts, workspace_tab

PARTNER_KINDS = relations_app.CODES["partner_kind"]
RELATION_KINDS = relations_app.CODES["relation_kind"]
RELATION_STATES = relations_app.CODES["relation_state"]

LAPSING = "#9c4a00"
#: the filter's entry for persons as partners: contacts of agreements, givers of gifts
PERSON = "person"


def relations_data(caller, kind: str | None = None, *, progress) -> dict:
    """The partners (of one kind) with their agreements, the agreements about to lapse and
    the names of the persons they name: what the view shows, read at once."""
    partners = (relations_app.person_partners(caller) if kind == PERSON
                else relations_app.list_partners(caller, kind))
    lapsing = {r["partnership"]: r for r in relations_app.lapsing_agreements(caller)}
    persons = {p.ref: p for p in missions_app.search_persons(caller, "", 100_000)}
    return {"partners": partners, "lapsing": lapsing, "persons": persons,
            "codes": relations_app.policy_codes(caller)}


_item = read_only_item


def _table(parent: QWidget, name: str, columns: int, stretch: int = 0) -> QTableWidget:
    """A table of the view; column ``stretch`` takes the width that is left."""
    t = records_table(parent, name, columns, alternate=True)
    t.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return t


class RelationsView(QWidget):
    """Partners on the left; the chosen one's agreements and relation history on the right."""

    openMission = Signal(str)
    loaded = Signal()
    historyLoaded = Signal()

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.setObjectName("relationsView")
        self.ctx = ctx
        self.undo = QUndoStack(self)
        self.undo.setObjectName("relationsUndo")
        self.data: dict = {"partners": [], "lapsing": {}, "persons": {}, "codes": {}}
        self.history: dict | None = None
        self._history_of: str | None = None

        self.kind = QComboBox(self)
        self.kind.setObjectName("partnerKind")
        self.l_kind = QLabel(self)
        self.l_kind.setBuddy(self.kind)
        self.add_partner_button, self.edit_partner_button, self.delete_partner_button = (
            named_buttons(self, "addPartner", "editPartner", "deletePartner"))
        self.partners = _table(self, "partnerTable", 4)

        self.heading = QLabel(self)
        self.heading.setObjectName("partnerHeading")
        f = self.heading.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.25)
        self.heading.setFont(f)
        self.facts = message_line(self, "partnerFacts")
        self.l_agreements = QLabel(self)
        self.agreements = _table(self, "agreementTable", 6)
        self.add_agreement_button, self.edit_agreement_button, self.delete_agreement_button = (
            named_buttons(self, "addAgreement", "editAgreement", "deleteAgreement"))
        self.details = message_line(self, "agreementDetails")
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.l_history = QLabel(self)
        self.history_table = _table(self, "historyTable", 5, stretch=2)
        self.history_note = message_line(self, "historyNote")
        [self.dossier_button] = named_buttons(self, "saveDossier")
        self.status = message_line(self, "relationsStatus")
        self.progress = ProgressPanel(self, "relationsProgress")

        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.l_kind)
        bar.addWidget(self.kind, 1)
        ll.addLayout(bar)
        ll.addWidget(self.partners, 1)
        ll.addLayout(row_of(self.add_partner_button, self.edit_partner_button,
                           self.delete_partner_button))
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.heading)
        rl.addWidget(self.facts)
        rl.addLayout(row_of(self.l_agreements, None, self.add_agreement_button,
                           self.edit_agreement_button, self.delete_agreement_button))
        rl.addWidget(self.agreements, 2)
        rl.addWidget(self.details)
        rl.addLayout(row_of(self.l_history, None, self.dossier_button))
        rl.addWidget(self.history_note)
        rl.addWidget(self.history_table, 3)
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([380, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(split, 1)
        foot = QHBoxLayout()
        foot.addWidget(self.status, 1)
        foot.addWidget(self.progress)
        layout.addLayout(foot)

        self.kind.currentIndexChanged.connect(lambda _i: self.reload())
        self.partners.itemSelectionChanged.connect(self._partner_chosen)
        self.partners.itemDoubleClicked.connect(lambda _i: self.edit_partner())
        self.agreements.itemSelectionChanged.connect(self._agreement_chosen)
        self.agreements.itemDoubleClicked.connect(lambda _i: self.edit_agreement())
        self.history_table.itemDoubleClicked.connect(self._open_history_row)
        for button, slot in ((self.add_partner_button, self.add_partner),
                             (self.edit_partner_button, self.edit_partner),
                             (self.delete_partner_button, self.delete_partner),
                             (self.add_agreement_button, self.add_agreement),
                             (self.edit_agreement_button, self.edit_agreement),
                             (self.delete_agreement_button, self.delete_agreement),
                             (self.dossier_button, self._ask_dossier)):
            button.clicked.connect(slot)
        self.retranslate()
        self._enable()

    def title(self) -> str:
        return self.tr("Partnerships")

    def retranslate(self) -> None:
        self.l_kind.setText(self.tr("&Kind:"))
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("All partners"), None)
        for k in PARTNER_KINDS:
            self.kind.addItem(label(k), k)
        self.kind.addItem(self.tr("Persons (contacts, gifts)"), PERSON)
        self.kind.setCurrentIndex(max(self.kind.findData(current), 0))
        self.kind.blockSignals(False)
        self.kind.setAccessibleName(self.tr("Kind of partner"))
        self.partners.setHorizontalHeaderLabels(
            [self.tr("Partner"), self.tr("Kind"), self.tr("Country"), self.tr("Agreements")])
        self.partners.setAccessibleName(self.tr("Partners"))
        self.agreements.setHorizontalHeaderLabels(
            [self.tr("Agreement"), self.tr("Kind"), self.tr("Status"), self.tr("Start"),
             self.tr("End"), self.tr("Reminder")])
        self.agreements.setAccessibleName(self.tr("Agreements of the partner"))
        self.history_table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("What"), self.tr("Title"), self.tr("Details"),
             self.tr("Mission")])
        self.history_table.setAccessibleName(self.tr("Relation history"))
        set_texts([(self.add_partner_button, self.tr("Add partner…")),
                   (self.edit_partner_button, self.tr("Edit…")),
                   (self.delete_partner_button, self.tr("Delete")),
                   (self.add_agreement_button, self.tr("Add agreement…")),
                   (self.edit_agreement_button, self.tr("Edit agreement…")),
                   (self.delete_agreement_button, self.tr("Delete agreement")),
                   (self.l_agreements, self.tr("<b>Agreements</b>")),
                   (self.l_history, self.tr("<b>Relation history</b>")),
                   (self.dossier_button, self.tr("Save dossier PDF…"))])
        self.dossier_button.setAccessibleName(self.tr("Save the relation history as a PDF "
                                                      "dossier"))
        if self.data["partners"]:
            self._fill_partners()

    # --- permissions -------------------------------------------------------------------
    def may_edit(self) -> bool:
        return perms.allowed(self.ctx.roles, perms.PARTNER_EDIT)

    def may_read_history(self) -> bool:
        return perms.allowed(self.ctx.roles, perms.RELATION_HISTORY)

    def _enable(self) -> None:
        edit, chosen = self.may_edit(), self.current_partner()
        partner = chosen is not None
        # a person is changed in the Persons dialog, and is a contact of agreements only
        organisation = partner and chosen["kind"] != PERSON
        self.add_partner_button.setEnabled(edit and self.kind.currentData() != PERSON)
        self.edit_partner_button.setEnabled(edit and organisation)
        self.delete_partner_button.setEnabled(edit and organisation)
        self.add_agreement_button.setEnabled(edit and organisation)
        agreement = self.current_agreement() is not None
        self.edit_agreement_button.setEnabled(edit and agreement)
        self.delete_agreement_button.setEnabled(edit and agreement)
        self.dossier_button.setEnabled(self.may_read_history() and partner
                                       and not self.progress.busy)

    # --- loading -----------------------------------------------------------------------
    def reload(self):
        return self.ctx.run(job(relations_data, self.kind.currentData(), lane=DB,
                                title=self.tr("Reading the partners")),
                            self._loaded, failed=self._failed, parent=self)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, PLAIN):
            self.status.setStyleSheet("color: #b3261e")
            self.status.setText(str(exc))
        else:
            crash.handle(exc, self)

    def _loaded(self, data: dict) -> None:
        chosen = self.current_partner()
        self.data = data
        self._fill_partners()
        refs = [p["ref"] for p in data["partners"]]
        if chosen and chosen["ref"] in refs:
            self.select_partner(chosen["ref"])
        elif refs and self.partners.currentRow() < 0:
            self.partners.selectRow(0)
        else:
            self._partner_chosen()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("%1 partners").replace("%1", str(len(refs))))
        self.loaded.emit()

    def _fill_partners(self) -> None:
        t = self.partners
        t.blockSignals(True)
        t.setRowCount(0)
        for p in sorted(self.data["partners"], key=lambda p: fmt.text(p["name"]).casefold()):
            lapsing = any(s["ref"] in self.data["lapsing"] for s in p["partnerships"])
            name = _item(fmt.text(p["name"]), p["ref"])
            if lapsing:
                name.setForeground(QBrush(QColor(LAPSING)))
                name.setToolTip(self.tr("An agreement is about to lapse"))
            append_row(t, [name, _item(label(p["kind"])),
                           _item(fmt.country(p["country"]) if p.get("country") else ""),
                           _item(str(len(p["partnerships"])))])
        t.blockSignals(False)
        fit_columns(t, 0)

    def partner_refs(self) -> list[str]:
        return [self.partners.item(r, 0).data(Qt.ItemDataRole.UserRole)
                for r in range(self.partners.rowCount())]

    def select_partner(self, ref: str) -> bool:
        refs = self.partner_refs()
        if ref not in refs:
            return False
        self.partners.selectRow(refs.index(ref))
        self._partner_chosen()
        return True

    def current_partner(self) -> dict | None:
        rows = self.partners.selectionModel().selectedRows() if self.partners.model() else []
        if not rows:
            return None
        ref = self.partners.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        return next((p for p in self.data["partners"] if p["ref"] == ref), None)

    def current_agreement(self) -> dict | None:
        p = self.current_partner()
        rows = self.agreements.selectionModel().selectedRows()
        if p is None or not rows:
            return None
        ref = self.agreements.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        return next((s for s in p["partnerships"] if s["ref"] == ref), None)

    def _partner_chosen(self) -> None:
        p = self.current_partner()
        self.agreements.setRowCount(0)
        self.details.clear()
        if p is None:
            self.heading.setText(self.tr("No partner chosen"))
            self.facts.clear()
            self.history_table.setRowCount(0)
            self.history_note.clear()
            self._enable()
            return
        self.heading.setText(fmt.text(p["name"]))
        facts = [label(p["kind"])]
        if p.get("city") or p.get("country"):
            facts.append(", ".join(x for x in (p.get("city"),
                                               fmt.country(p["country"]) if p.get("country")
                                               else None) if x))
        if p.get("organisation"):
            facts.append(p["organisation"])
        if p.get("website"):
            facts.append(p["website"])
        if p.get("notes"):
            facts.append(p["notes"])
        self.facts.setText(" · ".join(facts))
        for s in p["partnerships"]:
            append_row(self.agreements, [
                _item(fmt.text(s["title"]), s["ref"]), _item(label(s["kind"])),
                _item(label(s["status"])),
                *(_item(fmt.day(date.fromisoformat(s[key])) if s.get(key) else "")
                  for key in ("start", "end")),
                self._reminder(s["ref"])])
        fit_columns(self.agreements, 0)
        if p["partnerships"]:
            self.agreements.selectRow(0)
        self._enable()
        self.load_history(p["ref"])

    def _reminder(self, ref: str) -> QTableWidgetItem:
        r = self.data["lapsing"].get(ref)
        if r is None:
            return _item("")
        if r["lapsed"]:
            text = self.tr("◷ ended, still active")
        else:
            text = self.tr("◷ ends in %n day(s)", "", r["days_left"])
        item = _item(text, "lapsing")
        item.setForeground(QBrush(QColor(LAPSING)))
        item.setToolTip(self.tr("Renew the agreement or mark it ended"))
        return item

    def lapsing_rows(self) -> list[str]:
        """The agreements of the partner shown that carry the lapsing marker."""
        return [self.agreements.item(r, 0).data(Qt.ItemDataRole.UserRole)
                for r in range(self.agreements.rowCount())
                if self.agreements.item(r, 5).data(Qt.ItemDataRole.UserRole) == "lapsing"]

    def _agreement_chosen(self) -> None:
        s = self.current_agreement()
        self._enable()
        if s is None:
            self.details.clear()
            return
        persons = self.data["persons"]

        def name(ref):
            p = persons.get(ref)
            return f"{p.display_name} ({p.function})" if p and p.function else (
                p.display_name if p else ref)

        lines = []
        if s.get("alderman"):
            lines.append(self.tr("Alderman: %1").replace("%1", name(s["alderman"])))
        if s.get("department"):
            lines.append(self.tr("Department: %1").replace("%1", s["department"]))
        if "contacts" in s:
            lines.append(self.tr("Contacts: %1").replace(
                "%1", "; ".join(name(c) for c in s["contacts"]) or "—"))
        if s.get("documents"):
            lines.append(self.tr("Documents: %1").replace("%1", "; ".join(
                f"{d['title']} ({d['file']})" for d in s["documents"])))
        if s.get("notes"):
            lines.append(self.tr("Notes: %1").replace("%1", s["notes"]))
        self.details.setText("\n".join(lines))

    # --- the relation history ----------------------------------------------------------------
    def load_history(self, ref: str):
        self.history_table.setRowCount(0)
        self.history = None
        self._history_of = ref
        if not self.may_read_history():
            self.history_note.setText(self.tr("The relation history holds internal notes; it "
                                              "is for the International Affairs office, the "
                                              "approvers and the security advisor."))
            return None
        self.history_note.setText(self.tr("Reading the history…"))
        history = (relations_app.person_history if self._is_person(ref)
                   else relations_app.relation_history)
        return self.ctx.run(job(history, ref, fmt.document_lang(),
                                lane=DB, title=self.tr("Reading the history")),
                            lambda h, r=ref: self._history(r, h), failed=self._history_failed,
                            parent=self)

    def _is_person(self, ref: str) -> bool:
        return any(p["ref"] == ref and p["kind"] == PERSON for p in self.data["partners"])

    def _history_failed(self, exc: BaseException) -> None:
        if isinstance(exc, PLAIN):
            self.history_note.setText(str(exc))
        else:
            crash.handle(exc, self)

    def _history(self, ref: str, h: dict) -> None:
        if ref != self._history_of:
            return  # another partner was chosen meanwhile
        self.history = h
        t = self.history_table
        t.setRowCount(0)
        for e in h["events"]:
            append_row(t, [
                _item(fmt.day(date.fromisoformat(e["date"])), e["ref"]),
                _item(label(e["kind"]), e["kind"]), _item(e["title"]),
                _item(", ".join(label(x) if x in _CODES else x for x in e["detail"].split(", "))
                      if e["detail"] else ""),
                _item(e.get("mission") or "", e.get("mission"))])
        fit_columns(t, 2)
        self.history_note.setText(self.tr("%1 agreement(s), %2 mission(s), %3 entries in time "
                                          "order. Double-click a row to open its mission.")
                                  .replace("%1", str(h["agreements"]))
                                  .replace("%2", str(h["missions"]))
                                  .replace("%3", str(len(h["events"]))))
        self.historyLoaded.emit()

    def _open_history_row(self, item) -> None:
        mission = self.history_table.item(item.row(), 4).data(Qt.ItemDataRole.UserRole)
        if mission:
            self.openMission.emit(mission)

    def _ask_dossier(self) -> None:
        p = self.current_partner()
        if p is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save dossier"), f"dossier-{p['ref']}.pdf",
            self.tr("PDF files (*.pdf)"))
        if path:
            self.save_dossier(p["ref"], Path(path))

    def save_dossier(self, ref: str, path: Path, on_done=None):
        """Write the partner's dossier in the job process, with progress and Cancel."""
        def done(pages: int) -> None:
            self.status.setStyleSheet("")
            self.status.setText(self.tr("Dossier written to %1 (%n page(s)).", "", pages)
                                .replace("%1", str(path)))
            if on_done is not None:
                on_done(pages)

        dossier = (relations_app.person_history_pdf if self._is_person(ref)
                   else relations_app.relation_history_pdf)
        handle = self.ctx.run(
            job(dossier, ref, str(path), fmt.document_lang(),
                lane=JOBS, title=self.tr("Writing the dossier of %1").replace("%1", ref)),
            done, failed=self._failed, parent=self, panel=self.progress)
        handle.ended.connect(self._enable)  # after the panel let go of it
        self._enable()
        return handle

    # --- editing -----------------------------------------------------------------------------
    def partner_fields(self) -> list[Field]:
        return [
            Field("ref", lambda: self.tr("Ref"), required=True, ref=True),
            Field("kind", lambda: self.tr("Kind"), "choice",
                  lambda: [(k, label(k)) for k in PARTNER_KINDS], required=True),
            Field("name", lambda: self.tr("Name"), "text", required=True),
            Field("country", lambda: self.tr("Country"), "choice",
                  lambda: sorted(((c, fmt.country(c)) for c in codes.countries()),
                                 key=lambda x: x[1].casefold())),
            Field("city", lambda: self.tr("City")),
            Field("website", lambda: self.tr("Website")),
            Field("notes", lambda: self.tr("Notes"), "note"),
        ]

    def agreement_fields(self) -> list[Field]:
        persons = self.data["persons"]
        staff = sorted(((r, p.display_name + (f" ({p.function})" if p.function else ""))
                        for r, p in persons.items() if p.staff), key=lambda x: x[1].casefold())
        everyone = sorted(((r, p.display_name + (f" ({p.organisation})" if p.organisation
                                                  else "")) for r, p in persons.items()),
                          key=lambda x: x[1].casefold())
        fw = {k: [(c, fmt.text(n)) for c, n in v] for k, v in self.data["codes"].items()}
        return [
            Field("ref", lambda: self.tr("Ref"), required=True, ref=True),
            Field("title", lambda: self.tr("Title"), "text", required=True),
            Field("kind", lambda: self.tr("Kind"), "choice",
                  lambda: [(k, label(k)) for k in RELATION_KINDS], required=True),
            Field("status", lambda: self.tr("Status"), "choice",
                  lambda: [(k, label(k)) for k in RELATION_STATES], required=True),
            Field("start", lambda: self.tr("Start"), "date"),
            Field("end", lambda: self.tr("End"), "date"),
            Field("alderman", lambda: self.tr("Alderman"), "choice", lambda: staff),
            Field("department", lambda: self.tr("Department")),
            Field("themes", lambda: self.tr("Themes"), "codes", lambda: fw.get("theme", [])),
            Field("goals", lambda: self.tr("Goals"), "codes", lambda: fw.get("goal", [])),
            Field("contacts", lambda: self.tr("Contacts"), "codes", lambda: everyone),
            Field("notes", lambda: self.tr("Notes"), "note"),
        ]

    def _form(self, kind: str, fields, doc, title: str, fixed=None,
              values: dict | None = None) -> RecordForm:
        """Open the form of a record (``values`` filled in first); a save is undoable."""
        form = RecordForm(self.ctx, kind, fields, doc, title, self, fixed=fixed)
        form.accepted.connect(lambda: self._written(kind, doc, form.stored, title))
        self.form = form  # kept for tests and for the screenshots
        for key, value in (values or {}).items():
            form.set_value(key, value)
        form.open()
        return form

    def _chosen(self, kind: str) -> dict | None:
        return self.current_partner() if kind == "partners" else self.current_agreement()

    def _edit(self, kind: str, fields, title: str) -> RecordForm | None:
        """The form of the chosen partner or agreement; ``title`` names it by its ref."""
        doc = self._chosen(kind)
        if doc is None or not self.may_edit():
            return None
        return self._form(kind, fields(), doc, title.replace("%1", doc["ref"]))

    def _delete(self, kind: str, confirm: bool, title: str, question: str, text: str,
                name: str):
        """Delete the chosen partner or agreement once confirmed (``question`` names it by
        its ``name`` field, ``text`` by its ref); undo stores it again."""
        doc = self._chosen(kind)
        if doc is None:
            return None
        if confirm and QMessageBox.question(
                self, title, question.replace("%1", fmt.text(doc[name]))
        ) != QMessageBox.StandardButton.Yes:
            return None
        text = text.replace("%1", doc["ref"])
        return self.ctx.run(job(DELETE[kind], doc["ref"], writes=True, title=text),
                            lambda old: self._written(kind, old, None, text),
                            failed=self._failed, parent=self)

    def _written(self, kind: str, before, after, text: str) -> None:
        self.undo.push(RecordChange(self.ctx, kind, before, after, text,
                                    done=self.reload, failed=self._failed))
        self.reload()

    def add_partner(self) -> RecordForm:
        return self._form("partners", self.partner_fields(), None, self.tr("New partner"))

    def edit_partner(self) -> RecordForm | None:
        return self._edit("partners", self.partner_fields, self.tr("Partner %1"))

    def delete_partner(self, confirm: bool = True):
        return self._delete(
            "partners", confirm, self.tr("Delete partner"),
            self.tr("Delete %1? A partner with agreements is not deleted: mark its "
                    "agreements ended instead."), self.tr("Delete partner %1"), "name")

    def add_agreement(self) -> RecordForm | None:
        p = self.current_partner()
        if p is None:
            return None
        return self._form("partnerships", self.agreement_fields(), None,
                          self.tr("New agreement with %1").replace("%1", fmt.text(p["name"])),
                          fixed={"partner": p["ref"]}, values={"status": "active"})

    def edit_agreement(self) -> RecordForm | None:
        return self._edit("partnerships", self.agreement_fields, self.tr("Agreement %1"))

    def delete_agreement(self, confirm: bool = True):
        return self._delete(
            "partnerships", confirm, self.tr("Delete agreement"),
            self.tr("Delete %1? An agreement that ran is better marked ended; Undo brings "
                    "a deleted one back."), self.tr("Delete agreement %1"), "title")


#: the codes a history entry's details may hold (shown in words)
_CODES = {*RELATION_KINDS, *RELATION_STATES, "open", "in_progress", "done", "cancelled",
          "received", "given", "kept_by_city", "registered", "returned", "incoming",
          "outgoing", "draft", "submitted", "approved", "rejected", "completed", "sent_back",
          "meeting", "reception", "meal", "visit"}


def open_relations(window) -> RelationsView:
    """Show the partnerships as a tab of the main window's workspace (one at a time)."""
    def make() -> RelationsView:
        view = RelationsView(window.ctx, window)
        window.undo_group.addStack(view.undo)
        view.openMission.connect(window.open_mission)
        return view

    return workspace_tab(window, "relations_view", make, RelationsView.reload,
                         closed=lambda view: window.undo_group.removeStack(view.undo))
