"""What the logistics tab's sections share: tables, a small form dialog, the words of the
check's kinds."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import fmt
from ui.editor.panel import TabPart
from ui.widgets import STRETCH, hbox, rows_view, vbox

#: the logistics check's kinds in words (the finding's own text follows them)
KINDS = {
    "no_room": QT_TRANSLATE_NOOP("LogisticsTab", "No room"),
    "room_beyond_block": QT_TRANSLATE_NOOP("LogisticsTab", "Room outside the block"),
    "checkout_before_last_item": QT_TRANSLATE_NOOP("LogisticsTab",
                                                   "Check-out before the last item"),
    "vehicle_double_booked": QT_TRANSLATE_NOOP("LogisticsTab", "Vehicle double-booked"),
    "driver_double_booked": QT_TRANSLATE_NOOP("LogisticsTab", "Driver double-booked"),
    "too_many_passengers": QT_TRANSLATE_NOOP("LogisticsTab", "Too many passengers"),
    "no_transport": QT_TRANSLATE_NOOP("LogisticsTab", "No transport"),
    "interpreter_needed": QT_TRANSLATE_NOOP("LogisticsTab", "Interpreter needed"),
    "step_free_access": QT_TRANSLATE_NOOP("LogisticsTab", "Step-free access"),
}
#: the section a finding of each kind is about (double-click goes there)
SECTION_OF = {"no_room": "rooms", "room_beyond_block": "rooms",
              "checkout_before_last_item": "rooms", "vehicle_double_booked": "transport",
              "driver_double_booked": "transport", "too_many_passengers": "transport",
              "no_transport": "transport", "interpreter_needed": "interpreters",
              "step_free_access": "needs"}


#: a column no wider than this (the rest shows in its tooltip or when widened)
MAX_COLUMN = 190


def button_bar(*buttons) -> QHBoxLayout:
    """The buttons of a list in one row, left-aligned."""
    return hbox(*buttons, STRETCH)


def list_pane(parent: QWidget, *widgets, buttons=(), margins: bool = True) -> QVBoxLayout:
    """A list with its title and notes above and its buttons below; the last widget
    before the buttons takes the height."""
    return vbox(*widgets[:-1], (widgets[-1], 1), button_bar(*buttons), parent=parent,
                margins=None if margins else 0)


def two_panes(section: QWidget, top: tuple, bottom: tuple, sizes: tuple[int, int]) -> None:
    """Two lists, one above the other in a splitter: each ``(widgets, buttons)``."""
    split = QSplitter(Qt.Orientation.Vertical, section)
    for widgets, buttons in (top, bottom):
        pane = QWidget(split)
        list_pane(pane, *widgets, buttons=buttons, margins=False)
        split.addWidget(pane)
    split.setStretchFactor(0, 1)
    split.setStretchFactor(1, 2)
    split.setSizes(list(sizes))
    vbox(split, parent=section)


def kind_word(kind: str) -> str:
    return QCoreApplication.translate("LogisticsTab", KINDS.get(kind, kind))


def table(parent: QWidget, model, name: str, stretch: int | None = None) -> QTableView:
    view = rows_view(parent, model, name, read_only=True, wrap=False, alternate=True)
    if stretch is not None:
        view.horizontalHeader().setStretchLastSection(False)
    view._stretch = stretch  # noqa: SLF001 - kept for fit()
    return view


def fit(view: QTableView) -> None:
    """Columns as wide as their contents, the descriptive one taking the rest."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for n in range(view.model().columnCount()):
        if header.sectionSize(n) > MAX_COLUMN:
            header.resizeSection(n, MAX_COLUMN)
    stretch = getattr(view, "_stretch", None)
    if stretch is not None and stretch < view.model().columnCount():
        view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def headers_changed(*models) -> None:
    """The column titles again, in the language now chosen."""
    for m in models:
        if m.columns:
            m.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(m.columns) - 1)


def selected(view: QTableView):
    return view.model().row_at(view.currentIndex())


def select_where(view: QTableView, test) -> bool:
    """Select the first row for which ``test(row)`` holds; False when none does."""
    for n, row in enumerate(view.model().rows):
        if test(row):
            view.selectRow(n)
            view.scrollTo(view.model().index(n, 0))
            return True
    return False


def day(d: date | None) -> str:
    return fmt.day(d) if d else ""


def date_edit(parent: QWidget, value: date, name: str) -> QDateEdit:
    w = QDateEdit(parent)
    w.setObjectName(name)
    w.setCalendarPopup(True)
    w.setDisplayFormat("yyyy-MM-dd")
    w.setDate(QDate(value.year, value.month, value.day))
    return w


def date_of(w: QDateEdit) -> date:
    return w.date().toPython()


def combo(parent: QWidget, choices, name: str, current=None, editable: bool = False):
    """A choice among ``(data, text)`` pairs; editable ones take a typed reference too."""
    w = QComboBox(parent)
    w.setObjectName(name)
    w.setEditable(editable)
    for data, text in choices:
        w.addItem(text, data)
    if current is not None:
        n = w.findData(current)
        if n >= 0:
            w.setCurrentIndex(n)
    return w


def combo_value(w: QComboBox):
    """The chosen reference; a typed text that names no choice is taken as a reference."""
    n = w.currentIndex()
    if w.isEditable() and (n < 0 or w.itemText(n) != w.currentText()):
        return w.currentText().strip() or None
    return w.currentData() if n >= 0 else None


class Section(TabPart, QWidget):
    """A part of the logistics tab: lists of rows, their buttons enabled by what is
    selected and what the person may edit."""

    key = ""

    def update_buttons(self, *_args) -> None:  # pragma: no cover - every section defines it
        raise NotImplementedError

    def watch(self, *views) -> None:
        """The buttons follow the selection of ``views``."""
        for view in views:
            view.selectionModel().selectionChanged.connect(self.update_buttons)

    def show_rows(self, *lists) -> None:
        """``(view, rows)``: each list shows its rows, fitted; then the buttons."""
        for view, rows in lists:
            view.model().set_rows(list(rows))
            fit(view)
        self.update_buttons()


class FormDialog(QDialog):
    """A title, rows of label and field, OK and Cancel."""

    def __init__(self, parent: QWidget, title: str, name: str, rows, note: str = ""):
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        if note:
            text = QLabel(note, self)
            text.setWordWrap(True)
            layout.addWidget(text)
        form = QFormLayout()
        for label, widget in rows:
            widget.setParent(self)
            widget.setAccessibleName(label.rstrip(":"))
            form.addRow(label, widget)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
