"""Reports: the tables of ``almere_missions.reports`` with their charts, exported to CSV
or XLSX. The tables, charts (matplotlib) and files are made in the job process."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QWidget

from almere_missions.app import reports as reports_app
from ui import crash, fmt, outputjobs
from ui.context import PLAIN
from ui.progress import ProgressPanel
from ui.tasks import JOBS, Handle, job
from ui.widgets import (
    STRETCH,
    bold_label,
    button,
    hbox,
    rows_view,
    save_as,
    scrolled,
    set_names,
    set_texts,
    splitter,
    vbox,
    workspace_tab,
)

_ROOT = QModelIndex()


def cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, date):
        return fmt.day(value)
    if isinstance(value, int | float | Decimal):
        return fmt.number(value)
    return str(value)


class ReportModel(QAbstractTableModel):
    """One report: its rows, then its total row in bold."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.table = None

    def set_table(self, table) -> None:
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    def _rows(self) -> tuple:
        if self.table is None:
            return ()
        return self.table.rows + ((self.table.total,) if self.table.total else ())

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows())

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() or self.table is None else len(self.table.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and self.table is not None and 0 <= section < len(self.table.columns)):
            return self.table.columns[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        rows = self._rows()
        if not index.isValid() or index.row() >= len(rows):
            return None
        row = rows[index.row()]
        value = row[index.column()] if index.column() < len(row) else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return cell_text(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | float | Decimal) \
                and not isinstance(value, bool):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self.table.total and index.row() == len(rows) - 1:
            f = QFont()
            f.setBold(True)
            return f
        return None


class ReportsView(QWidget):
    """The reports as a workspace tab: a list of reports, the table, its chart, export."""

    closed = Signal()

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.setObjectName("reportsView")
        self.ctx = ctx
        self.tables: list = []
        self._op = None
        self._chart_op = None
        self._pix = None
        self.year = QComboBox(self)
        self.year.setObjectName("reportYear")
        self.l_year = QLabel(self)
        self.refresh_button = button(self, "reportRefresh", self.load)
        self.csv_button = button(self, "reportCsv", lambda: self._ask_export("csv"))
        self.xlsx_button = button(self, "reportXlsx", lambda: self._ask_export("xlsx"))
        self.list = QListWidget(self)
        self.list.setObjectName("reportList")
        self.list.setMaximumWidth(320)
        self.list.setWordWrap(True)
        self.heading = bold_label(self, 1.2)
        self.heading.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555")
        self.model = ReportModel(self)
        self.view = rows_view(self, self.model, "reportTable", single=False, alternate=True)
        self.chart = QLabel(self)
        self.chart.setObjectName("reportChart")
        self.chart.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart_scroll = scrolled(self, self.chart)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.progress = ProgressPanel(self, "reportProgress")

        bar = hbox(self.l_year, self.year, self.refresh_button, STRETCH, self.csv_button,
                   self.xlsx_button)
        right = QWidget(self)
        rl = vbox(self.heading, self.note, parent=right, margins=0)
        split = splitter(right, self.view, self.chart_scroll, sizes=(420, 320), vertical=True)
        split.splitterMoved.connect(lambda *_a: self._fit())
        rl.addWidget(split, 1)
        body = splitter(self, self.list, right, stretch=(None, 1))
        vbox(bar, (body, 1), hbox((self.status, 1), self.progress), parent=self)

        self.year.addItem("", None)
        self.year.activated.connect(lambda _i: self.load())
        self.list.currentRowChanged.connect(self.show_table)
        self.retranslate()

    def retranslate(self) -> None:
        set_texts([(self.l_year, self.tr("Year:")), (self.refresh_button, self.tr("Refresh")),
                   (self.csv_button, self.tr("This table as CSV…")),
                   (self.xlsx_button, self.tr("All tables as XLSX…"))])
        self.year.setItemText(0, self.tr("All years"))
        set_names([(self.year, self.tr("Year of the reports")),
                   (self.list, self.tr("Reports")), (self.view, self.tr("Report table")),
                   (self.chart, self.tr("Chart of the report"))])

    def title(self) -> str:
        return self.tr("Reports")

    # loading -----------------------------------------------------------------------------
    def _job(self, target, *args, done, text: str, panel: bool = True) -> Handle:
        def failed(exc):
            self._busy(False)
            if isinstance(exc, (ValueError, *PLAIN)):
                self.status.setText(str(exc))
            else:
                crash.handle(exc, self)

        def ok(result):
            self._busy(False)
            done(result)

        handle = self.ctx.run(job(target, *args, lane=JOBS, title=text), ok, failed=failed,
                              cancelled=lambda _stored: (self._busy(False),
                                                         self.status.clear()),
                              parent=self, panel=self.progress if panel else None)
        self.status.setText(text)
        self._busy(True)
        return handle

    def _busy(self, busy: bool) -> None:
        for w in (self.refresh_button, self.csv_button, self.xlsx_button, self.year):
            w.setEnabled(not busy)

    def load(self) -> Handle:
        year = self.year.currentData()
        lang = fmt.document_lang()
        self._op = self._job(reports_app.report_tables, year, lang, done=self._loaded,
                             text=self.tr("Making the reports…"))
        return self._op

    def _loaded(self, result) -> None:
        chosen = self.year.currentData()
        self.year.blockSignals(True)
        while self.year.count() > 1:
            self.year.removeItem(1)
        for y in result["years"]:
            self.year.addItem(str(y), y)
        self.year.setCurrentIndex(max(0, self.year.findData(chosen)))
        self.year.blockSignals(False)
        key = self.tables[self.list.currentRow()].key if self.tables and \
            self.list.currentRow() >= 0 else None
        self.tables = list(result["tables"])
        self.list.blockSignals(True)
        self.list.clear()
        for t in self.tables:
            self.list.addItem(t.title)
            self.list.item(self.list.count() - 1).setToolTip(t.title)
        self.list.blockSignals(False)
        keys = [t.key for t in self.tables]
        self.list.setCurrentRow(keys.index(key) if key in keys else 0)
        self.status.setText(self.tr("%1 reports.").replace("%1", str(len(self.tables))))

    def show_table(self, row: int) -> None:
        if not 0 <= row < len(self.tables):
            return
        t = self.tables[row]
        self.model.set_table(t)
        self.view.resizeColumnsToContents()
        self.heading.setText(t.title)
        facts = [f"{k}: {v}" for k, v in t.meta.items()]
        self.note.setText("  ".join([t.note, *facts]).strip())
        self.note.setVisible(bool(self.note.text()))
        self.chart.clear()
        self._pix = None
        # a table without a chart gets the whole height
        self.chart_scroll.setVisible(t.chart is not None and bool(t.rows))
        if t.chart is None or not t.rows:
            self.chart.setText(self.tr("No chart for this table."))
            return
        self.chart.setText(self.tr("Drawing the chart…"))
        self._chart_op = self._job(outputjobs.chart, t, done=lambda png: self._chart(t, png),
                                   text=self.tr("Drawing the chart…"), panel=False)

    def _chart(self, table, png: bytes) -> None:
        if self.model.table is not table:
            return  # another report was chosen meanwhile
        pix = QPixmap()
        pix.loadFromData(png, "PNG")
        self._pix = pix
        self._fit()
        self.status.clear()

    def _fit(self) -> None:
        """The chart whole in the space it has, in proportion."""
        if self._pix is None or self._pix.isNull():
            return
        size = self.chart_scroll.viewport().size()
        self.chart.setPixmap(self._pix.scaled(
            size.width() - 4, size.height() - 4, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    # export --------------------------------------------------------------------------------
    def _ask_export(self, kind: str) -> None:
        if not self.tables:
            return
        current = self.model.table
        name = f"{current.key}.csv" if kind == "csv" else "reports.xlsx"
        flt = self.tr("CSV files (*.csv)") if kind == "csv" else self.tr("Excel files (*.xlsx)")
        save_as(self, self.tr("Export"), name, flt, lambda path: self.export(kind, path))

    def export(self, kind: str, path: Path, on_done=None) -> Handle:
        tables = [self.model.table] if kind == "csv" else list(self.tables)

        def done(_none):
            self.status.setText(self.tr("Written to %1.").replace("%1", str(path)))
            if on_done is not None:
                on_done(path)

        return self._job(outputjobs.write_table, kind, tables, str(path), done=done,
                         text=self.tr("Writing %1…").replace("%1", path.name))


def open_reports(window) -> ReportsView:
    """Show the reports as a tab of the main window's workspace (one at a time)."""
    return workspace_tab(window, "reports_view", lambda: ReportsView(window.ctx, window),
                         ReportsView.load)
