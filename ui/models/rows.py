"""A small table model over a list of plain rows, described by its columns."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()


@dataclass(frozen=True)
class Column:
    header: Callable[[], str]  # translated when asked, so a language switch shows at once
    show: Callable[[Any], Any]
    #: for editable columns: (row, text) -> None; the owner applies it (with undo)
    edit: Callable[[int, Any], None] | None = None
    align_right: bool = False
    tooltip: Callable[[Any], str | None] | None = None


class RowsModel(QAbstractTableModel):
    def __init__(self, columns: list[Column], parent=None):
        super().__init__(parent)
        self.columns = columns
        self.rows: list[Any] = []
        self.marked: set[int] = set()  # rows drawn as problems (clashes)

    def set_rows(self, rows: list[Any], marked: set[int] | None = None) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.marked = set(marked or ())
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.columns):
                return self.columns[section].header()
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        col = self.columns[index.column()]
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole,
                    Qt.ItemDataRole.AccessibleTextRole):
            value = col.show(row)
            return str(value) if role == Qt.ItemDataRole.AccessibleTextRole else value
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip is not None:
            return col.tooltip(row)
        if role == Qt.ItemDataRole.BackgroundRole and index.row() in self.marked:
            from PySide6.QtGui import QBrush, QColor

            return QBrush(QColor("#fde7e4"))
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].edit is not None:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        col = self.columns[index.column()]
        if col.edit is None or col.show(self.rows[index.row()]) == value:
            return False
        col.edit(index.row(), value)
        return True

    def row_at(self, index) -> Any:
        return self.rows[index.row()] if index.isValid() else None
