"""Forms and undo for the relations records (partners, agreements, outcomes, actions, gifts).

A form is built from a list of :class:`Field` and edits one record document, the
shape the use cases take and return. It is checked by the core when saved: the
message names the record and the field, the form says it beside the field and
stays open. A write that went through can be undone: :class:`RecordChange`
writes the earlier document back (or deletes the new record) through the same
use cases, on the database lane.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWidget,
)

from almere_missions.app import followup as followup_app
from almere_missions.app import gifts as gifts_app
from almere_missions.app import relations as relations_app
from ui import crash, fmt
from ui.context import PLAIN
from ui.forms import (
    SAVE_CANCEL,
    checked_codes,
    column,
    date_edit,
    dialog_buttons,
    fill_checks,
    message_line,
)
from ui.tasks import job

SAVE = {"partners": relations_app.save_partner, "partnerships": relations_app.save_partnership,
        "outcomes": followup_app.save_outcome, "followups": followup_app.save_action,
        "gifts": gifts_app.save_gift}
DELETE = {"partners": relations_app.delete_partner,
          "partnerships": relations_app.delete_partnership,
          "outcomes": followup_app.delete_outcome, "followups": followup_app.delete_action,
          "gifts": gifts_app.delete_gift}
#: what the use cases add to a record when they hand it out; never written back
_DERIVED = ("partnerships", "version", "result", "needs_decision", "overdue")
FIELD = re.compile(r"field (\w+)")
NO_DATE = QDate(1900, 1, 1)


def clean(doc: dict | None) -> dict | None:
    if doc is None:
        return None
    return {k: v for k, v in doc.items() if k not in _DERIVED}


def problem_fields(text: str) -> list[str]:
    """The fields a core message names, in order (``partner ref=x: field name: ...``)."""
    return list(dict.fromkeys(FIELD.findall(text)))


def put_text(old: Any, value: str) -> Any:
    """A translated text with the current language's version replaced (others kept)."""
    value = value.strip()
    if isinstance(old, dict):
        new = {**old, fmt.lang(): value} if value else {
            k: v for k, v in old.items() if k != fmt.lang()}
        return new or ""
    return value


@dataclass
class Field:
    """One input of a form: ``kind`` is line, text (translated), note, choice, date, codes,
    or amount; ``choices`` are (code, label) for choice and codes."""

    key: str
    label: Callable[[], str]
    kind: str = "line"
    choices: Callable[[], list[tuple[str, str]]] = field(default=lambda: [])
    required: bool = False
    #: the ref: fixed once the record exists
    ref: bool = False


class RecordForm(QDialog):
    """Edit one record; Save writes it through the use case, in the background."""

    def __init__(self, ctx, kind: str, fields: list[Field], doc: dict | None, title: str,
                 parent: QWidget | None = None, *, fixed: dict | None = None,
                 refs: Any = None):
        super().__init__(parent)
        self.setObjectName(f"{kind}Form")
        self.ctx, self.kind, self.fields = ctx, kind, fields
        self.before = clean(doc)
        self.fixed = dict(fixed or {})
        self.refs = refs
        self.stored: dict | None = None
        self.setWindowTitle(title)
        self.widgets: dict[str, QWidget] = {}
        self.error = message_line(self, "formError", error=True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        form = QFormLayout()
        for f in fields:
            w = self._widget(f)
            w.setObjectName(f"field_{f.key}")
            w.setAccessibleName(f.label())
            self.widgets[f.key] = w
            form.addRow(f.label() + (" *" if f.required else ""), w)
        self.buttons = dialog_buttons(self, self.submit, SAVE_CANCEL)
        column(self, self.error, form, self.buttons)
        self.resize(520, self.sizeHint().height())

    # --- widgets ----------------------------------------------------------------------
    def _widget(self, f: Field) -> QWidget:
        value = (self.before or {}).get(f.key)
        if f.kind == "choice":
            w = QComboBox(self)
            if not f.required:
                w.addItem("—", None)
            for code, text in f.choices():
                w.addItem(text, code)
            w.setCurrentIndex(max(w.findData(value), 0))
            return w
        if f.kind == "date":
            w = date_edit(self)
            w.setMinimumDate(NO_DATE)
            w.setSpecialValueText("—")  # the minimum stands for "no date"
            w.setDate(QDate.fromString(value, "yyyy-MM-dd") if value else NO_DATE)
            return w
        if f.kind == "codes":
            w = QListWidget(self)
            fill_checks(w, f.choices(), set(value or ()))
            w.setMaximumHeight(120)
            return w
        if f.kind == "note":
            w = QPlainTextEdit(self)
            w.setPlainText(value or "")
            w.setMaximumHeight(80)
            return w
        w = QLineEdit(self)
        w.setText(fmt.text(value) if f.kind == "text" else str(value or ""))
        if f.ref and self.before is not None:
            w.setReadOnly(True)
        return w

    def value(self, f: Field) -> Any:
        w = self.widgets[f.key]
        if f.kind == "choice":
            return w.currentData()
        if f.kind == "date":
            d = w.date()
            return None if d == NO_DATE else d.toString("yyyy-MM-dd")
        if f.kind == "codes":  # the stored order first: an untouched list stays as it was
            checked = checked_codes(w)
            old = [c for c in (self.before or {}).get(f.key) or () if c in checked]
            return old + [c for c in checked if c not in old]
        if f.kind == "note":
            return w.toPlainText().strip()
        text = w.text()
        if f.kind == "text":
            return put_text((self.before or {}).get(f.key), text)
        return text.strip()

    def set_value(self, key: str, value: Any) -> None:
        """Fill one input (tests and the ref suggested for a new record)."""
        f = next(f for f in self.fields if f.key == key)
        w = self.widgets[key]
        if f.kind == "choice":
            w.setCurrentIndex(w.findData(value))
        elif f.kind == "date":
            w.setDate(QDate.fromString(value, "yyyy-MM-dd") if value else NO_DATE)
        elif f.kind == "codes":
            for i in range(w.count()):
                w.item(i).setCheckState(Qt.CheckState.Checked if w.item(i).data(
                    Qt.ItemDataRole.UserRole) in value else Qt.CheckState.Unchecked)
        elif f.kind == "note":
            w.setPlainText(value)
        else:
            w.setText(value)

    def document(self) -> dict:
        doc = dict(self.before or {})
        doc.update(self.fixed)
        for f in self.fields:
            v = self.value(f)
            if v in (None, "", [], {}):
                doc.pop(f.key, None)
            else:
                doc[f.key] = v
        return doc

    # --- saving -----------------------------------------------------------------------
    def submit(self):
        doc = self.document()
        self.buttons.setEnabled(False)
        self._mark([])
        return self.ctx.run(job(SAVE[self.kind], doc, writes=True, refs=self.refs,
                                title=self.windowTitle()),
                            self._saved, failed=self._failed, parent=self)

    def _saved(self, stored: dict) -> None:
        self.buttons.setEnabled(True)
        self.stored = clean(stored)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(exc, PLAIN):
            crash.handle(exc, self)
            return
        text = str(exc)
        self.error.setText(text)
        self.error.show()
        self._mark(problem_fields(text))

    def _mark(self, keys: list[str]) -> None:
        for key, w in self.widgets.items():
            w.setStyleSheet("border: 2px solid #b3261e;" if key in keys else "")
        first = next((self.widgets[k] for k in keys if k in self.widgets), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def marked(self) -> list[str]:
        return [k for k, w in self.widgets.items() if w.styleSheet()]


class RecordChange(QUndoCommand):
    """A record written (or deleted) at once; undo writes ``before`` back, redo ``after``.

    ``before`` None: the record was new (undo deletes it); ``after`` None: it was
    deleted (undo stores it again). ``done()`` runs once a write went through.
    """

    def __init__(self, ctx, kind: str, before: dict | None, after: dict | None, text: str,
                 *, refs: Any = None, done: Callable[[], None] | None = None,
                 failed: Callable[[BaseException], None] | None = None):
        super().__init__(text)
        self.ctx, self.kind = ctx, kind
        self.before, self.after = clean(before), clean(after)
        self.refs, self.done, self.failed = refs, done, failed
        self._first = True  # pushed after the write went through

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._write(self.after, self.before)

    def undo(self) -> None:
        self._write(self.before, self.after)

    def _write(self, target: dict | None, other: dict | None) -> None:
        if target is None:
            fn, arg = DELETE[self.kind], other["ref"]
        else:
            fn, arg = SAVE[self.kind], target
        self.ctx.run(job(fn, arg, writes=True, refs=self.refs, title=self.text()),
                     lambda _r: self.done and self.done(), failed=self.failed)
