"""The mission register: a table model over plain rows, and its filter.

Rows are ``MissionSummary`` values (never ORM objects). Sorting happens on the
Python list with key functions and filtering with one pass that yields the
accepted refs, so 10,000 missions sort and filter in milliseconds instead of
millions of ``lessThan`` calls across the Qt boundary.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from almere_missions.text import Text
from almere_missions.views import MissionSummary
from ui import fmt
from ui.labels import label

_ROOT = QModelIndex()
REF_ROLE = Qt.ItemDataRole.UserRole + 1
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 2


def _all_text(value: Text | None) -> str:
    if isinstance(value, dict):
        return " ".join(value.values())
    return value or ""


# (header, how to show, sort key)
COLUMNS = (
    ("Ref", lambda m: m.ref, lambda m: m.ref),
    ("Title", lambda m: fmt.text(m.title), lambda m: fmt.text(m.title).casefold()),
    ("Direction", lambda m: label(m.direction), lambda m: m.direction),
    ("Status", lambda m: label(m.status), lambda m: m.status),
    ("Start", lambda m: fmt.day(m.start), lambda m: m.start),
    ("End", lambda m: fmt.day(m.end), lambda m: m.end),
    ("Countries", lambda m: fmt.countries(m.countries), lambda m: m.countries),
    ("Counterpart", lambda m: m.counterpart or "", lambda m: (m.counterpart or "").casefold()),
    ("Themes", lambda m: ", ".join(THEME_NAMES.get(t, t) for t in m.themes), lambda m: m.themes),
    ("Persons", lambda m: m.person_count, lambda m: m.person_count),
    ("Items", lambda m: m.item_count, lambda m: m.item_count),
    # filled from the planning checks (see MissionTableModel.set_clashes)
    ("Clashes", None, None),
    # open follow-up actions past their due date (see MissionTableModel.set_overdue)
    ("Overdue", None, None),
)
CLASH_COLUMN = len(COLUMNS) - 2
OVERDUE_COLUMN = len(COLUMNS) - 1
#: theme code -> its name in the current language (set by the register view)
THEME_NAMES: dict[str, str] = {}
def header_text(name: str) -> str:
    words = {
        "Ref": QCoreApplication.translate("MissionTableModel", "Ref"),
        "Title": QCoreApplication.translate("MissionTableModel", "Title"),
        "Direction": QCoreApplication.translate("MissionTableModel", "Direction"),
        "Status": QCoreApplication.translate("MissionTableModel", "Status"),
        "Start": QCoreApplication.translate("MissionTableModel", "Start"),
        "End": QCoreApplication.translate("MissionTableModel", "End"),
        "Countries": QCoreApplication.translate("MissionTableModel", "Countries"),
        "Counterpart": QCoreApplication.translate("MissionTableModel", "Counterpart"),
        "Themes": QCoreApplication.translate("MissionTableModel", "Themes"),
        "Persons": QCoreApplication.translate("MissionTableModel", "Persons"),
        "Items": QCoreApplication.translate("MissionTableModel", "Items"),
        "Clashes": QCoreApplication.translate("MissionTableModel", "Clashes"),
        "Overdue": QCoreApplication.translate("MissionTableModel", "Overdue"),
    }
    return words[name]


class MissionTableModel(QAbstractTableModel):
    """The register's rows; display texts are made on demand and cached per row."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[MissionSummary] = []
        self._cache: dict[tuple[int, int], object] = {}
        self._clashes: dict[str, int] = {}
        self._overdue: dict[str, int] = {}

    # --- content ------------------------------------------------------------
    def set_rows(self, rows: list[MissionSummary]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._cache.clear()
        self.endResetModel()

    def set_clashes(self, counts: dict[str, int]) -> None:
        """Problems the planning checks found, per mission ref."""
        self._clashes = dict(counts)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, CLASH_COLUMN))

    def set_overdue(self, counts: dict[str, int]) -> None:
        """Open follow-up actions past their due date, per mission ref."""
        self._overdue = dict(counts)
        if self.rows:
            self.dataChanged.emit(self.index(0, OVERDUE_COLUMN),
                                  self.index(len(self.rows) - 1, OVERDUE_COLUMN))

    def overdue_of(self, ref: str) -> int:
        return self._overdue.get(ref, 0)

    def clashes_of(self, ref: str) -> int:
        return self._clashes.get(ref, 0)

    def retranslate(self) -> None:
        self.beginResetModel()
        self._cache.clear()
        self.endResetModel()

    def row_of(self, ref: str) -> int:
        return next((i for i, m in enumerate(self.rows) if m.ref == ref), -1)

    # --- QAbstractTableModel ----------------------------------------------------
    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return header_text(COLUMNS[section][0])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, col = index.row(), index.column()
        m = self.rows[row]
        if col in (CLASH_COLUMN, OVERDUE_COLUMN):
            # the count columns: a mark and the number, red when there is any
            overdue = col == OVERDUE_COLUMN
            n = (self._overdue if overdue else self._clashes).get(m.ref, 0)
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{'⚑' if overdue else '⚠'} {n}" if n else ""
            if role == Qt.ItemDataRole.ForegroundRole and n:
                return QBrush(QColor("#b3261e"))
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return str(n)
            if role == Qt.ItemDataRole.ToolTipRole and n and overdue:
                return QCoreApplication.translate(
                    "MissionTableModel", "%n follow-up action(s) past their due date", "", n)
        if role == Qt.ItemDataRole.DisplayRole:
            key = (row, col)
            value = self._cache.get(key)
            if value is None:
                value = self._cache[key] = COLUMNS[col][1](m)
            return value
        if role == REF_ROLE:
            return m.ref
        if role == SUMMARY_ROLE:
            return m
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (9, 10):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == 0 and m.ref in self._clashes:
            return QBrush(QColor("#b3261e"))
        if role == Qt.ItemDataRole.ToolTipRole and col == 0 and m.ref in self._clashes:
            return QCoreApplication.translate("MissionTableModel", "The programme of this mission has clashes")
        if role == Qt.ItemDataRole.AccessibleTextRole and col not in (CLASH_COLUMN,
                                                                       OVERDUE_COLUMN):
            return str(self.data(index))
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column][2] or (
            (lambda m: self._overdue.get(m.ref, 0)) if column == OVERDUE_COLUMN
            else (lambda m: self._clashes.get(m.ref, 0)))
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_refs = [(self.rows[i.row()].ref, i.column()) for i in old]
        self.rows.sort(key=lambda m: (key(m), m.ref),
                       reverse=order == Qt.SortOrder.DescendingOrder)
        self._cache.clear()
        where = {m.ref: n for n, m in enumerate(self.rows)}
        self.changePersistentIndexList(
            old, [self.index(where[ref], col) for ref, col in old_refs])
        self.layoutChanged.emit()


@dataclass(frozen=True)
class RegisterFilter:
    direction: str | None = None
    status: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    country: str | None = None
    theme: str | None = None
    text: str = ""

    def accepts(self, m: MissionSummary, haystack: str) -> bool:
        if self.direction and m.direction != self.direction:
            return False
        if self.status and m.status != self.status:
            return False
        if self.date_from and m.end < self.date_from:
            return False
        if self.date_to and m.start > self.date_to:
            return False
        if self.country and self.country not in m.countries:
            return False
        if self.theme and self.theme not in m.themes:
            return False
        if self.text:
            return all(word in haystack for word in self.text.casefold().split())
        return True


class MissionFilterProxy(QSortFilterProxyModel):
    """Filters by the register's fields; sorting is handed to the source model's list."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._flt = RegisterFilter()
        self._accepted: set[str] | None = None
        self._haystacks: dict[str, str] = {}

    def setSourceModel(self, model: MissionTableModel) -> None:
        super().setSourceModel(model)
        model.modelReset.connect(self._recompute)

    def _haystack(self, m: MissionSummary) -> str:
        text = self._haystacks.get(m.ref)
        if text is None:
            text = " ".join((m.ref, _all_text(m.title), m.counterpart or "",
                             " ".join(m.countries), fmt.countries(m.countries),
                             m.lead_department or "")).casefold()
            self._haystacks[m.ref] = text
        return text

    def _recompute(self) -> None:
        self._haystacks.clear()
        self._compute()

    def _compute(self) -> None:
        src: MissionTableModel = self.sourceModel()
        if self._flt == RegisterFilter() or src is None:
            self._accepted = None
        else:
            self._accepted = {m.ref for m in src.rows if self._flt.accepts(m, self._haystack(m))}

    @property
    def filter(self) -> RegisterFilter:
        return self._flt

    def set_filter(self, flt: RegisterFilter) -> None:
        if flt == self._flt:
            return
        self.beginFilterChange()
        self._flt = flt
        self._compute()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        if self._accepted is None:
            return True
        return self.sourceModel().rows[source_row].ref in self._accepted

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def ref_at(self, index) -> str | None:
        if not index.isValid():
            return None
        return self.data(index, REF_ROLE)

