"""The delegations received during Floriade Expo 2022 (14 April – 9 October 2022)."""

from __future__ import annotations

from datetime import date

from almere_missions.reports.context import load, taking_place
from almere_missions.reports.table import ChartSpec, Table
from almere_missions.uow import UnitOfWork

EXPO_OPEN = date(2022, 4, 14)
EXPO_CLOSE = date(2022, 10, 9)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def expo_delegations(uow: UnitOfWork, lang: str = "en", *, date_from: date = EXPO_OPEN,
                     date_to: date = EXPO_CLOSE) -> Table:
    """Incoming missions that overlap the expo, one row each."""
    data = load(uow, lang=lang, date_from=date_from, date_to=date_to)
    rows = []
    for m in taking_place(data.snapshot.missions):
        if m.direction != "incoming":
            continue
        rows.append((m.ref, data.title(m), m.start, m.end, ", ".join(m.countries),
                     m.counterpart or "", ", ".join(data.partner_cities(m)),
                     ", ".join(data.label("theme", c, m.start) for c in m.themes),
                     data.travellers(m), m.status))
    return Table(
        key="expo_delegations",
        title=f"Delegations received during the expo ({date_from} – {date_to})",
        columns=("Mission", "Title", "Start", "End", "Countries", "Counterpart",
                 "Partner cities", "Themes", "Guests", "Status"),
        rows=tuple(rows), total=("Total", len(rows), "", "", "", "", "", "",
                                 sum(r[8] for r in rows), ""))


def expo_by_month(table: Table) -> Table:
    """Delegations and guests per month of arrival: the shape of the season at a glance."""
    months: dict[tuple[int, int], list[int]] = {}
    for row in table.rows:
        start: date = row[2]
        entry = months.setdefault((start.year, start.month), [0, 0])
        entry[0] += 1
        entry[1] += row[8]
    rows = tuple((f"{_MONTHS[m - 1]} {y}", n, g) for (y, m), (n, g) in sorted(months.items()))
    return Table(
        key="expo_by_month", title="Delegations received during the expo, by month of arrival",
        columns=("Month", "Delegations", "Guests"), rows=rows,
        total=("Total", sum(r[1] for r in rows), sum(r[2] for r in rows)),
        chart=ChartSpec("bar", 0, (1,), "delegations"))
