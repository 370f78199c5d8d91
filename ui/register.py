"""The mission register: filters above a sortable table of every mission."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QDate, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QLabel,
    QLineEdit,
    QWidget,
)

from almere_missions import codes
from almere_missions.app import register as register_app
from ui import crash, fmt
from ui.context import AppContext
from ui.labels import label
from ui.models.register import THEME_NAMES, MissionFilterProxy, MissionTableModel, RegisterFilter
from ui.tasks import JOBS, job
from ui.widgets import hbox, rows_view, set_names, set_texts, vbox

STATUSES = ("draft", "submitted", "approved", "sent_back", "rejected", "cancelled", "completed")


class RegisterView(QWidget):
    """Every mission, filtered and sorted; Enter or a double click opens one."""

    openMission = Signal(str)
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = MissionTableModel(self)
        self.proxy = MissionFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._themes: list = []

        self.text = QLineEdit(self)
        self.text.setObjectName("registerSearch")
        self.text.setClearButtonEnabled(True)
        self.direction, self.status, self.country, self.theme = (QComboBox(self)
                                                                 for _ in range(4))
        self.use_from, self.date_from = self._date_filter()
        self.use_to, self.date_to = self._date_filter()
        self.count = QLabel(self)
        self.count.setObjectName("registerCount")

        self.table = rows_view(self, self.proxy, "registerTable", alternate=True, wrap=False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setDefaultSectionSize(24)
        # Fixed rows: Qt keeps no per-row sizes for 10,000 rows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((108, 300, 80, 80, 95, 95, 110, 165, 150, 62, 52, 62, 70)):
            header.resizeSection(col, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)

        self.search_label = QLabel(self)
        self.search_label.setBuddy(self.text)
        combos = (self.direction, self.status, self.country, self.theme)
        bar = hbox(self.search_label, (self.text, 3), *((c, 1) for c in combos),
                   self.use_from, self.date_from, self.use_to, self.date_to)
        vbox(bar, (self.table, 1), self.count, parent=self, margins=6)

        # Typing filters after a short pause, not on every key.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.apply_filter)
        self.text.textChanged.connect(self._debounce.start)
        for combo in combos:
            combo.currentIndexChanged.connect(self.apply_filter)
        for w in (self.use_from, self.use_to):
            w.toggled.connect(self.apply_filter)
        for d in (self.date_from, self.date_to):
            d.dateChanged.connect(self.apply_filter)
        self.proxy.rowsInserted.connect(self._count)
        self.proxy.rowsRemoved.connect(self._count)
        self.proxy.modelReset.connect(self._count)
        self.proxy.layoutChanged.connect(self._count)

        order = (self.text, *combos, self.use_from, self.date_from, self.use_to, self.date_to,
                 self.table)
        for before, after in pairwise(order):
            self.setTabOrder(before, after)
        self.retranslate()

    def _date_filter(self) -> tuple[QCheckBox, QDateEdit]:
        """A day to filter on, from today, used once its check box is ticked."""
        use, day = QCheckBox(self), QDateEdit(self)
        day.setCalendarPopup(True)
        day.setEnabled(False)
        day.setDate(QDate.currentDate())
        use.toggled.connect(day.setEnabled)
        return use, day

    def retranslate(self) -> None:
        set_texts([(self.search_label, self.tr("&Find:")), (self.use_from, self.tr("From")),
                   (self.use_to, self.tr("To"))])
        self.text.setPlaceholderText(self.tr("Ref, title, counterpart, country…"))
        set_names([(self.text, self.tr("Search missions")),
                   (self.date_from, self.tr("Missions ending on or after")),
                   (self.date_to, self.tr("Missions starting on or before")),
                   (self.table, self.tr("Mission register"))])
        self._fill_combo(self.direction, self.tr("All directions"), self.tr("Direction"),
                         [(d, label(d)) for d in codes.DIRECTIONS])
        self._fill_combo(self.status, self.tr("All statuses"), self.tr("Status"),
                         [(s, label(s)) for s in STATUSES])
        self._fill_themes()
        self._fill_countries()
        self.model.retranslate()
        self._fit_number_columns()
        self._count()

    def _fit_number_columns(self) -> None:
        """The narrow columns as wide as their header in the current language."""
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        for col in (9, 10, 11, 12):
            text = str(self.model.headerData(col, Qt.Orientation.Horizontal))
            header.resizeSection(col, max(52, metrics.horizontalAdvance(text) + 26))

    def _fill_combo(self, combo: QComboBox, everything: str, name: str, entries) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for code, text in entries:
            combo.addItem(text, code)
        found = combo.findData(current)
        combo.setCurrentIndex(max(found, 0))
        combo.setAccessibleName(name)
        combo.blockSignals(False)

    def _fill_themes(self) -> None:
        self._fill_combo(self.theme, self.tr("All themes"), self.tr("Theme"),
                         [(code, fmt.text(name)) for code, name in self._themes])

    def _fill_countries(self) -> None:
        present = sorted({c for m in self.model.rows for c in m.countries},
                         key=lambda c: fmt.country(c).casefold())
        self._fill_combo(self.country, self.tr("All countries"), self.tr("Country"),
                         [(c, fmt.country(c)) for c in present])

    # --- data -----------------------------------------------------------------
    def reload(self) -> None:
        self.ctx.run(job(register_app.register, lane=JOBS, title=self.tr("Reading the register")),
                     self._loaded, failed=lambda exc: crash.handle(exc, self), parent=self)

    def _loaded(self, result) -> None:
        rows, themes = result.rows, result.themes
        selected = self.current_ref()
        self._themes = themes
        THEME_NAMES.clear()
        THEME_NAMES.update({code: fmt.text(name) for code, name in themes})
        self.model.set_rows(rows)
        self.model.set_overdue(result.overdue)
        header = self.table.horizontalHeader()
        # The rows come ordered by start date; sort only for another order.
        if header.sortIndicatorSection() >= 0 and (
                header.sortIndicatorSection(), header.sortIndicatorOrder()) != (
                4, Qt.SortOrder.AscendingOrder):
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._fill_themes()
        self._fill_countries()
        self._count()
        if selected:
            self.select(selected)
        self.loaded.emit()
        self.ctx.run(job(register_app.season_clashes, lane=JOBS,
                         title=self.tr("Checking the season")),
                     self._checked, failed=lambda exc: crash.handle(exc, self), parent=self)

    def _checked(self, clashes) -> None:
        self.model.set_clashes(clashes.per_mission)

    def apply_filter(self) -> None:
        self.proxy.set_filter(RegisterFilter(
            direction=self.direction.currentData(), status=self.status.currentData(),
            country=self.country.currentData(), theme=self.theme.currentData(),
            date_from=self.date_from.date().toPython() if self.use_from.isChecked() else None,
            date_to=self.date_to.date().toPython() if self.use_to.isChecked() else None,
            text=self.text.text().strip()))
        self._count()

    def _count(self, *args) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count.setText(self.tr("%1 missions").replace("%1", fmt.number(total)))
        else:
            self.count.setText(self.tr("%1 of %2 missions").replace("%1", fmt.number(shown))
                               .replace("%2", fmt.number(total)))

    # --- selection ------------------------------------------------------------
    def current_ref(self) -> str | None:
        return self.proxy.ref_at(self.table.currentIndex())

    def current_summary(self):
        idx = self.table.currentIndex()
        if not idx.isValid():
            return None
        return self.model.rows[self.proxy.mapToSource(idx).row()]

    def select(self, ref: str) -> bool:
        row = self.model.row_of(ref)
        if row < 0:
            return False
        idx = self.proxy.mapFromSource(self.model.index(row, 0))
        if not idx.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            idx, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(idx)
        return True

    def _open_index(self, index) -> None:
        ref = self.proxy.ref_at(index)
        if ref:
            self.openMission.emit(ref)

    def focus_search(self) -> None:
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.text.selectAll()


