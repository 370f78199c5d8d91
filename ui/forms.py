"""Small builders the dialogs and forms share: labelled form rows, message lines, button
rows, dialog buttons, read-only record tables and check lists.

Texts stay with the caller: these helpers make and place widgets, the caller's own
``self.tr()`` gives the words (so each text keeps its translation context).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import crash
from ui.labels import label
from ui.tasks import job
from ui.widgets import hbox, vbox

OK_CANCEL = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
SAVE_CANCEL = QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
ERROR_STYLE = "color: #b3261e"


def code_box(parent: QWidget, codes: Iterable[str]) -> QComboBox:
    """A choice among codes, each shown in words."""
    box = QComboBox(parent)
    for code in codes:
        box.addItem(label(code), code)
    return box


def date_edit(parent: QWidget) -> QDateEdit:
    """A date field in ISO form with a calendar to pick from."""
    d = QDateEdit(parent)
    d.setCalendarPopup(True)
    d.setDisplayFormat("yyyy-MM-dd")
    return d


def line_edits(parent: QWidget, count: int) -> list[QLineEdit]:
    return [QLineEdit(parent) for _ in range(count)]


def named_buttons(parent: QWidget, *names: str) -> list[QPushButton]:
    """Push buttons with these object names (their texts come in ``retranslate``)."""
    buttons = []
    for name in names:
        b = QPushButton(parent)
        b.setObjectName(name)
        buttons.append(b)
    return buttons


def message_line(parent: QWidget, name: str = "", *, error: bool = False) -> QLabel:
    """A wrapped label for what a dialog has to say (in red for errors)."""
    w = QLabel(parent)
    w.setWordWrap(True)
    if name:
        w.setObjectName(name)
    if error:
        w.setStyleSheet(ERROR_STYLE)
    return w


def labelled_rows(form: QFormLayout, parent: QWidget, rows: Iterable) -> list[QLabel]:
    """Add one row per field with a label whose buddy is the field; a row is a widget or a
    (widget or layout, buddy) pair. The labels get their texts from :func:`label_texts`."""
    labels = []
    for row in rows:
        field, buddy = row if isinstance(row, tuple) else (row, None)
        lab = QLabel(parent)
        lab.setBuddy(buddy or field)
        labels.append(lab)
        form.addRow(lab, field)
    return labels


def label_texts(labels: list[QLabel], texts: list[str]) -> None:
    """The labels' texts; each buddy is named by its label (without the shortcut mark)."""
    for lab, text in zip(labels, texts, strict=True):
        lab.setText(text)
        lab.buddy().setAccessibleName(text.replace("&", ""))


def column(parent: QWidget, *parts) -> QVBoxLayout:
    """The parent's vertical layout of widgets and layouts; (part, stretch) stretches one."""
    return vbox(*parts, parent=parent)


def row_of(*parts: QWidget | None) -> QHBoxLayout:
    """A row of widgets; None stands for a stretch between them."""
    return hbox(*parts)  # widgets.STRETCH is None


def dialog_buttons(dialog: QDialog, accepted: Callable | None,
                   buttons=OK_CANCEL) -> QDialogButtonBox:
    """The dialog's standard buttons: accepted runs ``accepted``, rejected closes it."""
    box = QDialogButtonBox(buttons, dialog)
    if accepted is not None:
        box.accepted.connect(accepted)
    box.rejected.connect(dialog.reject)
    return box


def records_view(parent: QWidget, model) -> QTableView:
    """A read-only table of records, one chosen at a time, filling its width."""
    t = QTableView(parent)
    t.setModel(model)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return t


def records_table(parent: QWidget, name: str, columns: int, *,
                  alternate: bool = False) -> QTableWidget:
    """A read-only table widget of records, whole rows chosen one at a time."""
    t = QTableWidget(0, columns, parent)
    t.setObjectName(name)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.verticalHeader().setVisible(False)
    if alternate:
        t.setAlternatingRowColors(True)
    t.setWordWrap(False)
    return t


def read_only_item(text: str, data=None) -> QTableWidgetItem:
    """A cell that can be chosen, not edited; ``data`` is kept in the user role."""
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


def append_row(t: QTableWidget, items: Iterable[QTableWidgetItem]) -> None:
    r = t.rowCount()
    t.insertRow(r)
    for c, item in enumerate(items):
        t.setItem(r, c, item)


def fill_checks(lw: QListWidget, entries: Iterable[tuple[str, str]], chosen) -> None:
    """Add a checkable entry per (code, text), checked when its code is in ``chosen``."""
    for code, text in entries:
        item = QListWidgetItem(text, lw)
        item.setData(Qt.ItemDataRole.UserRole, code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if code in chosen
                           else Qt.CheckState.Unchecked)


def checked_codes(lw: QListWidget) -> list[str]:
    """The codes of the checked entries, in the list's order."""
    return [lw.item(i).data(Qt.ItemDataRole.UserRole) for i in range(lw.count())
            if lw.item(i).checkState() == Qt.CheckState.Checked]


class RecordsDialog(QDialog):
    """Records in a table beside the form of the chosen one, with New and Save under the
    form and what the last save said; the dialog's buttons below."""

    def _records(self, model) -> None:
        self.model = model
        self.table = records_view(self, model)

    def _form_buttons(self, message_name: str = "") -> None:
        self.new_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.message = message_line(self, message_name)

    def _place(self, left: QWidget, form, sizes: list[int], buttons, *,
               margins: bool = True) -> None:
        """Lay out ``left`` beside the form; ``buttons`` is the dialog's button box, or what
        makes it once the splitter stands (where the focus chain has it)."""
        right = QWidget(self)
        rv = column(right, form, row_of(self.new_button, None, self.save_button), self.message)
        if not margins:
            rv.setContentsMargins(0, 0, 0, 0)
        rv.addStretch(1)
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes(sizes)
        column(self, (split, 1), buttons() if callable(buttons) else buttons)

    def _show_rows(self, rows, select: str | None) -> None:
        """Show the records read, choosing the one whose ref is ``select``."""
        self.model.set_rows(rows)
        for n, r in enumerate(rows):
            if r.ref == select:
                self.table.selectRow(n)

    def _save(self, save, data, version, done: Callable) -> None:
        """Write in the background; a refusal is said under the form."""
        self.ctx.run(job(save, data, version, writes=True), done,
                     failed=lambda exc: crash.say_or_handle(exc, self.message, self),
                     parent=self)
