"""Charts as PNG images, for the desktop program and for attaching to a memo.

matplotlib draws them with its Agg renderer straight into memory (no GUI
toolkit is touched, so the core stays free of Qt).
"""

from __future__ import annotations

import io
import os
from decimal import Decimal

from almere_missions.fileio import atomic_write_bytes
from almere_missions.reports.table import Table


def chart_png(table: Table, *, width_px: int = 1000, height_px: int = 520) -> bytes:
    """The table's chart as PNG bytes; ValueError when the table has no chart or no rows."""
    if table.chart is None:
        raise ValueError(f"the report {table.key!r} has no chart")
    if not table.rows:
        raise ValueError(f"the report {table.key!r} is empty: nothing to draw")
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    spec = table.chart
    dpi = 100
    fig = Figure(figsize=(width_px / dpi, height_px / dpi), dpi=dpi)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    labels = [str(r[spec.label_column]) for r in table.rows]
    xs = range(len(labels))
    n = len(spec.value_columns)
    bottom = [0.0] * len(labels)
    width = 0.8 if spec.kind == "stacked" else 0.8 / n
    for k, col in enumerate(spec.value_columns):
        values = [_num(r[col]) for r in table.rows]
        if spec.kind == "stacked":
            ax.bar(xs, values, width, bottom=bottom, label=table.columns[col])
            bottom = [b + v for b, v in zip(bottom, values, strict=True)]
        else:
            ax.bar([x - 0.4 + width * (k + 0.5) for x in xs], values, width,
                   label=table.columns[col])
    ax.set_xticks(list(xs), labels, rotation=30 if len(labels) > 6 else 0, ha="right"
                  if len(labels) > 6 else "center", fontsize=8)
    if len(labels) < 4:  # a lone bar should not fill the whole picture
        ax.set_xlim(-1.5, len(labels) + 0.5)
    if all(isinstance(r[c], int) for r in table.rows for c in spec.value_columns):
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_title(table.title)
    if spec.unit:
        ax.set_ylabel(spec.unit)
    if n > 1:
        ax.legend(fontsize=8)
    ax.grid(axis="y", alpha=0.3)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return buf.getvalue()


def _num(value) -> float:
    if value is None:
        return 0.0
    if isinstance(value, Decimal):
        return float(value)
    return float(value)


def write_chart(table: Table, path: str | os.PathLike) -> None:
    atomic_write_bytes(path, chart_png(table))
