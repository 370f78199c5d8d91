"""Small builders of the widgets and layouts the screens are made of: a button wired to
its action, rows and columns of widgets, a table of rows with the usual options, and the
words of many widgets set from one table in ``retranslate()``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

#: in ``hbox``/``vbox``: a stretch of 1 at this place
STRETCH = None
#: the colour of a message that reports a problem, and of one that says all went well
PROBLEM, FINE = "#b3261e", "#1b5e20"


def button(parent: QWidget, name: str = "", slot=None, text: str = "") -> QPushButton:
    """A push button, named for the tests and the style, that runs ``slot()`` when clicked
    (called without the ``checked`` argument)."""
    b = QPushButton(text, parent)
    if name:
        b.setObjectName(name)
    if slot is not None:
        b.clicked.connect(lambda _checked=False: slot())
    return b


def line_edit(parent: QWidget, name: str, password: bool = False) -> QLineEdit:
    w = QLineEdit(parent)
    w.setObjectName(name)
    if password:
        w.setEchoMode(QLineEdit.EchoMode.Password)
    return w


def fill(layout: QBoxLayout, *items) -> QBoxLayout:
    """Add ``items`` in order: a widget or layout, ``(item, stretch)``, an int (spacing)
    or ``STRETCH``."""
    for item in items:
        stretch = 0
        if isinstance(item, tuple):
            item, stretch = item
        if item is STRETCH:
            layout.addStretch(1)
        elif isinstance(item, int):
            layout.addSpacing(item)
        elif isinstance(item, QLayout):
            layout.addLayout(item, stretch)
        else:
            layout.addWidget(item, stretch)
    return layout


def _box(cls, items, parent, margins):
    layout = cls(parent) if parent is not None else cls()
    if margins is not None:
        layout.setContentsMargins(*((margins,) * 4 if isinstance(margins, int) else margins))
    return fill(layout, *items)


def hbox(*items, parent: QWidget | None = None, margins=None) -> QHBoxLayout:
    """A row of ``items`` (see ``fill``); ``parent`` gets it as its layout."""
    return _box(QHBoxLayout, items, parent, margins)


def vbox(*items, parent: QWidget | None = None, margins=None) -> QVBoxLayout:
    """A column of ``items`` (see ``fill``); ``parent`` gets it as its layout."""
    return _box(QVBoxLayout, items, parent, margins)


def rows_view(parent: QWidget, model, name: str, *, single: bool = True,
              read_only: bool = False, alternate: bool = False, wrap: bool = True,
              stretch: int | None = None, whole_rows: bool = True) -> QTableView:
    """A table of rows (selected whole) without row numbers; ``stretch``: the column
    that takes the width left."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    if whole_rows:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    if read_only:
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(wrap)
    view.setAlternatingRowColors(alternate)
    if stretch is not None:
        stretch_column(view, stretch)
    return view


def stretch_column(view: QTableView, column: int) -> None:
    view.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


def fit_columns(view: QTableView, stretch: int) -> None:
    """Columns as wide as their contents, ``stretch`` taking the rest."""
    view.resizeColumnsToContents()
    stretch_column(view, stretch)


def scrolled(parent: QWidget, widget: QWidget) -> QScrollArea:
    """``widget`` in a scroll area that resizes it to its width."""
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setWidget(widget)
    return scroll


def bold_label(parent: QWidget, scale: float = 1.0) -> QLabel:
    """A label in bold, ``scale`` times the usual size (a heading)."""
    w = QLabel(parent)
    f = w.font()
    if scale != 1.0:
        f.setPointSizeF(f.pointSizeF() * scale)
    f.setBold(True)
    w.setFont(f)
    return w


def show_message(label: QLabel, text: str, colour: str = "") -> None:
    """``text`` in ``colour`` (empty: the usual colour)."""
    label.setStyleSheet(f"color: {colour}" if colour else "")
    label.setText(text)


def set_texts(pairs) -> None:
    """``(widget, text)``: each widget's words, in the language now chosen."""
    for widget, text in pairs:
        widget.setText(text)


def set_names(pairs) -> None:
    """``(widget, name)``: each widget's accessible name, in the language now chosen."""
    for widget, name in pairs:
        widget.setAccessibleName(name)


def splitter(parent: QWidget, *widgets, stretch=(), sizes=None,
             vertical: bool = False) -> QSplitter:
    """``widgets`` side by side (or one above the other), with the stretch factors and
    the first sizes given."""
    split = QSplitter(Qt.Orientation.Vertical if vertical else Qt.Orientation.Horizontal,
                      parent)
    for w in widgets:
        split.addWidget(w)
    for n, factor in enumerate(stretch):
        if factor is not None:
            split.setStretchFactor(n, factor)
    if sizes is not None:
        split.setSizes(list(sizes))
    return split


def save_as(parent: QWidget, title: str, name: str, filters: str, then) -> None:
    """Ask where to save, proposing ``name``; ``then(path)`` once a file is chosen."""
    path, _ = QFileDialog.getSaveFileName(parent, title, name, filters)
    if path:
        then(Path(path))


def workspace_tab(window, attr: str, make, start, closed=None):
    """The main window's one tab of a kind, kept as ``window.<attr>``: made by ``make()``
    and started by ``start(view)`` on first use, brought to the front every time.
    ``closed(view)`` tidies up when its tab is closed (the window closes only editors
    itself)."""
    view = getattr(window, attr, None)
    if view is None or window.tabs.indexOf(view) < 0:
        view = make()
        setattr(window, attr, view)
        window.tabs.addTab(view, view.title())

        def close(index: int) -> None:
            if window.tabs.widget(index) is view:
                window.tabs.removeTab(index)
                if closed is not None:
                    closed(view)
                setattr(window, attr, None)
                window.tabs.tabCloseRequested.disconnect(close)
                view.deleteLater()

        window.tabs.tabCloseRequested.connect(close)
        start(view)
    window.tabs.setCurrentWidget(view)
    return view
