"""Follow-up: what the mission yielded (outcomes tagged with the policy's goals and themes),
the actions that follow from it (owner, due date, status, agreement), and its gifts with
the decision on each; a gift received above the threshold without a decision is flagged.

These records are written at once, like the programme; each write is undoable on the
editor's undo stack (undo writes the earlier record back through the same use cases).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QInputDialog,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from almere_missions.app import followup as followup_app
from almere_missions.app import gifts as gifts_app
from almere_missions.app import relations as relations_app
from ui import fmt
from ui.editor.panel import PanelTab, message_label, section_title
from ui.forms import append_row, named_buttons, read_only_item, records_table, row_of
from ui.labels import label
from ui.recordforms import Field, RecordChange, RecordForm
from ui.tasks import job
from ui.widgets import fit_columns, set_texts

ACTION_STATES = relations_app.CODES["action_state"]
GIFT_DECISIONS = relations_app.CODES["gift_decision"]
GIFT_DIRECTIONS = relations_app.CODES["gift_direction"]
FLAG = "#b3261e"
REF_ROLE = Qt.ItemDataRole.UserRole


_item = read_only_item


def _day(iso: str | None) -> str:
    return fmt.day(date.fromisoformat(iso)) if iso else ""


class _Section(QWidget):
    """A titled table with Add, Edit and Delete buttons (and extra ones)."""

    def __init__(self, parent, name: str, columns: int):
        super().__init__(parent)
        self.title = section_title(self)
        self.table = records_table(self, f"{name}Table", columns)
        self.add, self.edit, self.delete = named_buttons(
            self, f"add_{name}", f"edit_{name}", f"delete_{name}")
        self.bar = row_of(self.title, None, self.add, self.edit, self.delete)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.bar)
        layout.addWidget(self.table, 1)

    def retranslate(self, title: str, headers: list[str], name: str, buttons: list[str],
                    add_name: str) -> None:
        """The section's words, given by the tab (whose translations they are)."""
        self.title.setText(title)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setAccessibleName(name)
        set_texts(zip((self.add, self.edit, self.delete), buttons, strict=True))
        self.add.setAccessibleName(add_name)

    def current_ref(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), 0).data(REF_ROLE) if rows else None

    def refs(self) -> list[str]:
        return [self.table.item(r, 0).data(REF_ROLE) for r in range(self.table.rowCount())]

    def select(self, ref: str) -> None:
        if ref in self.refs():
            self.table.selectRow(self.refs().index(ref))

    def fill(self, rows: list[tuple[str, list]]) -> None:
        """``rows``: (ref, [cell, ...]) where a cell is text or an item."""
        chosen = self.current_ref()
        t = self.table
        t.setRowCount(0)
        for ref, cells in rows:
            items = [cell if isinstance(cell, QTableWidgetItem) else _item(str(cell))
                     for cell in cells]
            items[0].setData(REF_ROLE, ref)
            append_row(t, items)
        fit_columns(t, 0)
        if chosen:
            self.select(chosen)


class FollowUpTab(PanelTab):
    key = "followup"

    def __init__(self, editor):
        super().__init__(editor)
        self.form: RecordForm | None = None
        self.flagged: list[str] = []
        self.outcomes = _Section(self, "outcome", 5)
        self.actions = _Section(self, "action", 6)
        [self.done_button] = named_buttons(self, "actionDone")
        self.actions.bar.addWidget(self.done_button)
        self.gifts = _Section(self, "gift", 6)
        [self.decide_button] = named_buttons(self, "giftDecide")
        self.gifts.bar.addWidget(self.decide_button)
        self.gift_flag = message_label(self, "giftFlag")  # the rule in words, in red
        self.gift_flag.setStyleSheet(f"color: {FLAG}; font-weight: bold")
        self.gift_flag.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.outcomes, 1)
        layout.addWidget(self.actions, 1)
        layout.addWidget(self.gift_flag)
        layout.addWidget(self.gifts, 1)
        for kind in ("outcomes", "followups", "gifts"):
            s = self.section(kind)
            s.add.clicked.connect(lambda _c=False, k=kind: self.open_form(k))
            s.edit.clicked.connect(lambda _c=False, k=kind: self.open_form(k, True))
            s.delete.clicked.connect(lambda _c=False, k=kind: self.delete(k))
            s.table.itemSelectionChanged.connect(self._enable)
            s.table.itemDoubleClicked.connect(lambda _i, k=kind: self.open_form(k, True))
        self.done_button.clicked.connect(self.mark_done)
        self.decide_button.clicked.connect(self.ask_decision)
        self._enable()

    def title(self) -> str:
        return self.tr("Follow-up")

    def retranslate(self) -> None:
        buttons = [self.tr("Add…"), self.tr("Edit…"), self.tr("Delete")]
        self.outcomes.retranslate(
            self.tr("Outcomes"), [self.tr("Outcome"), self.tr("Goals"), self.tr("Themes"),
                                  self.tr("Agreement"), self.tr("Recorded")],
            self.tr("Outcomes of the mission"), buttons, self.tr("Add an outcome"))
        self.actions.retranslate(
            self.tr("Follow-up actions"), [self.tr("Action"), self.tr("Owner"), self.tr("Due"),
                                           self.tr("Status"), self.tr("Agreement"),
                                           self.tr("Overdue")],
            self.tr("Follow-up actions of the mission"), buttons,
            self.tr("Add a follow-up action"))
        self.gifts.retranslate(
            self.tr("Gifts"), [self.tr("Gift"), self.tr("Date"), self.tr("Received / given"),
                               self.tr("Value"), self.tr("From / to"), self.tr("Decision")],
            self.tr("Gifts of the mission"), buttons, self.tr("Add a gift"))
        self.done_button.setText(self.tr("Mark done"))
        self.decide_button.setText(self.tr("Decide…"))
        self.decide_button.setAccessibleName(self.tr("Decide on the gift"))
        if self.data is not None:
            self.show_data(self.data)

    # --- showing ---------------------------------------------------------------------
    def show_data(self, data) -> None:
        if "refused" in data:
            self.tell(data["refused"], problem=True)
            for s in (self.outcomes, self.actions, self.gifts):
                s.table.setRowCount(0)
            self.gift_flag.hide()
            self._enable()
            return
        self.status.clear()
        ships = {ref: title for ref, title, _p, _s in data["partnerships"]}
        codes = self._codes()
        self.outcomes.fill([
            (o["ref"], [fmt.text(o["text"]),
                        ", ".join(codes["goal"].get(g, g) for g in o.get("goals", [])),
                        ", ".join(codes["theme"].get(t, t) for t in o.get("themes", [])),
                        ships.get(o.get("partnership"), o.get("partnership") or ""),
                        _day(o.get("recorded_on"))]) for o in data["outcomes"]])
        rows = []
        for a in data["actions"]:
            late = _item(self.tr("⚑ overdue") if a["overdue"] else "")
            if a["overdue"]:
                late.setForeground(QBrush(QColor(FLAG)))
            rows.append((a["ref"], [fmt.text(a["title"]), self._owner(a), _day(a["due"]),
                                    label(a["status"]),
                                    ships.get(a.get("partnership"), a.get("partnership") or ""),
                                    late]))
        self.actions.fill(rows)
        threshold = Decimal(data["threshold"])
        rows, flagged = [], []
        for g in data["gifts"]:
            if g["needs_decision"]:
                flagged.append(g["ref"])
                decision = _item(self.tr("⚠ needs a decision"))
                decision.setForeground(QBrush(QColor(FLAG)))
                decision.setToolTip(self.tr("A gift received above %1 needs a decision of the "
                                            "mayor or an approver before the mission is "
                                            "completed").replace("%1", fmt.money(threshold)))
            else:
                decision = _item(label(g.get("decision")))
            rows.append((g["ref"], [fmt.text(g["description"]), _day(g["date"]),
                                    label(g["direction"]),
                                    fmt.money(Decimal(g["value_eur"])), self._counterpart(g),
                                    decision]))
        self.gifts.fill(rows)
        self.flagged = flagged
        self.gift_flag.setVisible(bool(flagged))
        self.gift_flag.setText(self.tr(
            "⚠ %n gift(s) above %1 without a decision: the mission cannot be completed until "
            "the mayor or an approver decides.", "", len(flagged))
            .replace("%1", fmt.money(threshold)))
        self._enable()

    def _codes(self) -> dict[str, dict[str, str]]:
        fw = self.editor.framework
        return {kind: {e.code: fmt.text(e.name) for e in fw.of(kind)} if fw else {}
                for kind in ("theme", "goal")}

    def _person(self, ref: str | None) -> str:
        p = self.editor.persons.get(ref) if ref else None
        return p.display_name if p else (ref or "")

    def _owner(self, a: dict) -> str:
        return ", ".join(x for x in (self._person(a.get("owner")), a.get("owner_department"))
                         if x)

    def _counterpart(self, g: dict) -> str:
        partner = g.get("partner")
        names = (self.data or {}).get("partner_names", {})
        return "; ".join(x for x in (self._person(g.get("counterpart_person")),
                                     g.get("counterpart"), names.get(partner, partner)) if x)

    def _enable(self) -> None:
        data = self.data or {}
        edit = bool(data.get("may_edit")) and "refused" not in data
        for s in (self.outcomes, self.actions, self.gifts):
            s.add.setEnabled(edit)
            chosen = s.current_ref() is not None
            s.edit.setEnabled(edit and chosen)
            s.delete.setEnabled(edit and chosen)
        a = self.record("followups", self.actions.current_ref())
        self.done_button.setEnabled(edit and a is not None and a["status"] != "done")
        g = self.record("gifts", self.gifts.current_ref())
        self.decide_button.setEnabled(bool(data.get("may_decide")) and g is not None
                                      and g["direction"] == "received")

    def record(self, kind: str, ref: str | None) -> dict | None:
        key = {"outcomes": "outcomes", "followups": "actions", "gifts": "gifts"}[kind]
        return next((d for d in (self.data or {}).get(key, []) if d["ref"] == ref), None)

    def section(self, kind: str) -> _Section:
        return {"outcomes": self.outcomes, "followups": self.actions, "gifts": self.gifts}[kind]

    # --- forms -----------------------------------------------------------------------------
    def fields(self, kind: str) -> list[Field]:
        codes = self._codes()
        ships = [(ref, f"{fmt.text(title)} ({ref})") for ref, title, _p, _s in
                 self.data["partnerships"]]
        mission_persons = sorted(((r, p.display_name) for r, p in self.editor.persons.items()),
                                 key=lambda x: x[1].casefold())
        staff = [(r, n) for r, n in mission_persons if self.editor.persons[r].staff]
        ref = Field("ref", lambda: self.tr("Ref"), required=True, ref=True)
        if kind == "outcomes":
            return [ref, Field("text", lambda: self.tr("Outcome"), "text", required=True),
                    Field("goals", lambda: self.tr("Goals"), "codes",
                          lambda: list(codes["goal"].items())),
                    Field("themes", lambda: self.tr("Themes"), "codes",
                          lambda: list(codes["theme"].items())),
                    Field("partnership", lambda: self.tr("Agreement"), "choice", lambda: ships),
                    Field("recorded_on", lambda: self.tr("Recorded on"), "date")]
        if kind == "followups":
            return [ref, Field("title", lambda: self.tr("Action"), "text", required=True),
                    Field("owner", lambda: self.tr("Owner"), "choice", lambda: staff),
                    Field("owner_department", lambda: self.tr("Owner department")),
                    Field("due", lambda: self.tr("Due"), "date", required=True),
                    Field("status", lambda: self.tr("Status"), "choice",
                          lambda: [(s, label(s)) for s in ACTION_STATES], required=True),
                    Field("done_on", lambda: self.tr("Done on"), "date"),
                    Field("partnership", lambda: self.tr("Agreement"), "choice", lambda: ships),
                    Field("notes", lambda: self.tr("Notes"), "note")]
        partners = sorted(((r, n) for r, n in self.data["partner_names"].items()),
                          key=lambda x: x[1].casefold())
        return [ref, Field("description", lambda: self.tr("Gift"), "text", required=True),
                Field("direction", lambda: self.tr("Received / given"), "choice",
                      lambda: [(d, label(d)) for d in GIFT_DIRECTIONS], required=True),
                Field("date", lambda: self.tr("Date"), "date", required=True),
                Field("value_eur", lambda: self.tr("Value (EUR)"), required=True),
                Field("official", lambda: self.tr("Official"), "choice", lambda: staff),
                Field("counterpart", lambda: self.tr("From / to (organisation)")),
                Field("counterpart_person", lambda: self.tr("From / to (person)"), "choice",
                      lambda: mission_persons),
                Field("partner", lambda: self.tr("Partner"), "choice", lambda: partners),
                Field("notes", lambda: self.tr("Notes"), "note")]

    def _new_ref(self, kind: str) -> str:
        stem = {"outcomes": "result", "followups": "action", "gifts": "gift"}[kind]
        taken = {d["ref"] for key in ("outcomes", "actions", "gifts")
                 for d in self.data.get(key, [])}
        n = 1
        while f"{self.ref.lower()}-{stem}-{n}" in taken:
            n += 1
        return f"{self.ref.lower()}-{stem}-{n}"

    def open_form(self, kind: str, existing: bool = False) -> RecordForm | None:
        if not self.data or "refused" in self.data:
            return None
        doc = self.record(kind, self.section(kind).current_ref()) if existing else None
        if existing and doc is None:
            return None
        titles = {"outcomes": (self.tr("New outcome"), self.tr("Outcome %1")),
                  "followups": (self.tr("New follow-up action"), self.tr("Action %1")),
                  "gifts": (self.tr("New gift"), self.tr("Gift %1"))}[kind]
        title = titles[1].replace("%1", doc["ref"]) if doc else titles[0]
        form = RecordForm(self.ctx, kind, self.fields(kind), doc, title, self,
                          fixed={"mission": self.ref}, refs={self.ref})
        if doc is None:
            form.set_value("ref", self._new_ref(kind))
            if kind == "followups":
                form.set_value("status", "open")
            if kind == "gifts":
                form.set_value("direction", "received")
                form.set_value("date", self.editor.view.start.isoformat())
        form.accepted.connect(lambda: self._written(kind, doc, form.stored, title))
        self.form = form
        form.open()
        return form

    def _written(self, kind: str, before, after, text: str) -> None:
        self.editor.undo.push(RecordChange(self.ctx, kind, before, after, text,
                                           refs={self.ref}, failed=self.fail))
        if after is not None:
            self.tell(self.tr("Saved; Undo takes it back."))

    def delete(self, kind: str):
        doc = self.record(kind, self.section(kind).current_ref())
        if doc is None:
            return None
        text = self.tr("Delete %1").replace("%1", doc["ref"])
        from ui.recordforms import DELETE

        return self.run(job(DELETE[kind], doc["ref"], writes=True, refs={self.ref}, title=text),
                        lambda old: self._written(kind, old, None, text))

    def mark_done(self):
        a = self.record("followups", self.actions.current_ref())
        if a is None:
            return None
        text = self.tr("Mark %1 done").replace("%1", a["ref"])
        return self.run(job(followup_app.set_action_status, a["ref"], "done", writes=True,
                            refs={self.ref}, title=text),
                        lambda stored: self._written("followups", a, stored, text))

    def ask_decision(self) -> None:
        g = self.record("gifts", self.gifts.current_ref())
        if g is None:
            return
        names = [label(d) for d in GIFT_DECISIONS]
        choice, ok = QInputDialog.getItem(self, self.tr("Decide on the gift"),
                                          self.tr("What does the city do with %1?")
                                          .replace("%1", fmt.text(g["description"])), names,
                                          0, False)
        if ok:
            self.decide(g["ref"], GIFT_DECISIONS[names.index(choice)])

    def decide(self, ref: str, decision: str):
        g = self.record("gifts", ref)
        text = self.tr("Decide on %1").replace("%1", ref)
        return self.run(job(gifts_app.decide, ref, decision, writes=True, refs={self.ref},
                            title=text),
                        lambda stored: self._written("gifts", g, stored, text))
