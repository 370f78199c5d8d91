"""The plain table every report returns, and what chart suits it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class ChartSpec:
    """How to draw a table: one bar group per row, one series per value column."""

    kind: str  # "bar" (side by side) or "stacked"
    label_column: int
    value_columns: tuple[int, ...]
    unit: str = ""


@dataclass(frozen=True)
class Table:
    """A titled table: the header, the rows (plain values) and an optional total row."""

    key: str  # short name, used for sheet and file names
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    total: tuple[Any, ...] | None = None
    note: str = ""
    chart: ChartSpec | None = None
    #: extra facts for the reader (the year, the factor source, ...)
    meta: dict[str, str] = field(default_factory=dict)
