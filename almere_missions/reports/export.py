"""Reports to files: CSV for any tool, XLSX with native charts for Excel users.

Every file is written through ``fileio.atomic_write_bytes``: a crash never
leaves half a report behind.
"""

from __future__ import annotations

import csv
import io
import os
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from almere_missions.fileio import atomic_write_bytes
from almere_missions.reports.table import Table

#: Excel reads a CSV as UTF-8 only when it starts with a byte-order mark
BOM = "\ufeff"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def csv_bytes(table: Table, delimiter: str = ",") -> bytes:
    out = io.StringIO()
    w = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    w.writerow(table.columns)
    for row in table.rows:
        w.writerow([_cell(v) for v in row])
    if table.total is not None:
        w.writerow([_cell(v) for v in table.total])
    return (BOM + out.getvalue()).encode("utf-8")


def write_csv(table: Table, path: str | os.PathLike, delimiter: str = ",") -> None:
    atomic_write_bytes(path, csv_bytes(table, delimiter))


def _sheet_name(key: str, used: set[str]) -> str:
    name = "".join(ch for ch in key if ch not in "[]:*?/\\")[:31] or "report"
    base, n = name, 2
    while name in used:
        suffix = f"_{n}"
        name = base[:31 - len(suffix)] + suffix
        n += 1
    used.add(name)
    return name


def xlsx_bytes(tables: list[Table]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, Reference
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    used: set[str] = set()
    for t in tables:
        ws = wb.create_sheet(_sheet_name(t.key, used))
        ws.append([t.title])
        ws["A1"].font = Font(bold=True, size=13)
        first = 2
        if t.note:
            ws.append([t.note])
            first = 3
        ws.append(list(t.columns))
        for cell in ws[first]:
            cell.font = Font(bold=True)
        for row in t.rows:
            ws.append([_xl(v) for v in row])
        last_data = ws.max_row
        if t.total is not None:
            ws.append([_xl(v) for v in t.total])
            for cell in ws[ws.max_row]:
                cell.font = Font(bold=True)
        ws.freeze_panes = ws.cell(row=first + 1, column=1)
        for i, col in enumerate(t.columns, 1):
            width = max([len(str(col))] + [len(_cell(r[i - 1])) for r in t.rows[:500]])
            ws.column_dimensions[get_column_letter(i)].width = min(max(width + 2, 8), 60)
            if any(isinstance(r[i - 1], Decimal) for r in t.rows[:50]):
                for cells in ws.iter_rows(min_row=first + 1, min_col=i, max_col=i):
                    cells[0].number_format = "#,##0.00"
        if t.chart and t.rows:
            chart = BarChart()
            chart.type = "col"
            chart.title = t.title
            chart.y_axis.title = t.chart.unit or None
            if t.chart.kind == "stacked":
                chart.grouping = "stacked"
                chart.overlap = 100
            for c in t.chart.value_columns:
                data = Reference(ws, min_col=c + 1, min_row=first, max_row=last_data)
                chart.add_data(data, titles_from_data=True)
            cats = Reference(ws, min_col=t.chart.label_column + 1, min_row=first + 1,
                             max_row=last_data)
            chart.set_categories(cats)
            chart.width, chart.height = 22, 11
            ws.add_chart(chart, f"{get_column_letter(len(t.columns) + 2)}{first}")
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _xl(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)  # Excel has no zones; instants are shown in UTC
    return value


def write_xlsx(tables: list[Table], path: str | os.PathLike) -> None:
    atomic_write_bytes(path, xlsx_bytes(tables))
