"""Travel movements: missions counted per quarter, by direction, country, partner city,
theme, goal and department.

A mission counts in the quarter it starts. A mission with two countries (or
themes, goals) counts under each, so a breakdown's rows can add up to more
than the number of missions; its total column counts each mission once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from almere_missions.reports.context import NONE, ReportData, load, taking_place
from almere_missions.reports.table import ChartSpec, Table
from almere_missions.uow import UnitOfWork

DIMENSIONS = {
    "direction": "Direction",
    "country": "Country",
    "partner_city": "Partner city",
    "theme": "Theme",
    "goal": "Goal",
    "department": "Department",
}


@dataclass(frozen=True)
class Movement:
    ref: str
    title: str
    direction: str
    start: date
    end: date
    year: int
    quarter: int
    status: str
    countries: tuple[str, ...]
    partner_cities: tuple[str, ...]
    themes: tuple[str, ...]
    goals: tuple[str, ...]
    department: str
    #: outgoing: the city's own travellers; incoming: the visiting guests
    persons: int

    def values(self, dimension: str) -> tuple[str, ...]:
        value = {
            "direction": (self.direction,),
            "country": self.countries,
            "partner_city": self.partner_cities,
            "theme": self.themes,
            "goal": self.goals,
            "department": (self.department,),
        }[dimension]
        return value or (NONE,)

    @property
    def period(self) -> str:
        return f"{self.year} Q{self.quarter}"


def movements_of(data: ReportData) -> list[Movement]:
    out = []
    for m in taking_place(data.snapshot.missions):
        out.append(Movement(
            ref=m.ref, title=data.title(m), direction=m.direction, start=m.start, end=m.end,
            year=m.start.year, quarter=(m.start.month - 1) // 3 + 1, status=m.status,
            countries=m.countries, partner_cities=tuple(data.partner_cities(m)),
            themes=tuple(data.label("theme", c, m.start) for c in m.themes),
            goals=tuple(data.label("goal", c, m.start) for c in m.goals),
            department=data.department(m), persons=data.travellers(m)))
    return out


def movements(uow: UnitOfWork, year: int | None = None, lang: str = "en") -> list[Movement]:
    """The missions that take place (not cancelled or rejected), starting in ``year``."""
    return movements_of(load(uow, year, lang))


def register_table(moves: list[Movement]) -> Table:
    rows = tuple(
        (m.ref, m.title, m.direction, m.start, m.end, m.period, ", ".join(m.countries),
         ", ".join(m.partner_cities), ", ".join(m.themes), ", ".join(m.goals), m.department,
         m.persons, m.status)
        for m in moves)
    return Table(
        key="missions", title="Travel movements: the missions",
        columns=("Mission", "Title", "Direction", "Start", "End", "Quarter", "Countries",
                 "Partner cities", "Themes", "Goals", "Department", "Persons", "Status"),
        rows=rows, total=("Total", len(rows), *[""] * 9, sum(m.persons for m in moves), ""))


def breakdown(moves: list[Movement], dimension: str, year: int | None = None) -> Table:
    """Missions per value of ``dimension`` and per quarter (of ``year``, or every quarter seen)."""
    if dimension not in DIMENSIONS:
        raise ValueError(f"unknown dimension {dimension!r}")
    if year is not None:
        periods = [f"{year} Q{q}" for q in range(1, 5)]
    else:
        periods = sorted({m.period for m in moves})
    counts: dict[str, dict[str, int]] = {}
    persons: dict[str, int] = {}
    for m in moves:
        for value in dict.fromkeys(m.values(dimension)):
            row = counts.setdefault(value, dict.fromkeys(periods, 0))
            row[m.period] = row.get(m.period, 0) + 1
            persons[value] = persons.get(value, 0) + m.persons
    order = sorted(counts, key=lambda v: (v == NONE, -sum(counts[v].values()), v))
    rows = tuple((v, *(counts[v][p] for p in periods), sum(counts[v].values()), persons[v])
                 for v in order)
    per_period = [sum(1 for m in moves if m.period == p) for p in periods]
    label = DIMENSIONS[dimension]
    short = [p.split(" ")[1] if year is not None else p for p in periods]
    multi = dimension in ("country", "partner_city", "theme", "goal")
    return Table(
        key=f"by_{dimension}", title=f"Travel movements by {label.lower()}"
        + (f", {year}" if year is not None else ""),
        columns=(label, *short, "Missions", "Persons"), rows=rows,
        total=("All missions", *per_period, len(moves), sum(m.persons for m in moves)),
        note=("A mission with several values counts under each; the total row counts each "
              "mission once.") if multi else "",
        chart=ChartSpec("stacked", 0, tuple(range(1, len(periods) + 1)), "missions"))


def movement_tables(uow: UnitOfWork, year: int | None = None, lang: str = "en") -> list[Table]:
    """The register and one breakdown per dimension."""
    moves = movements(uow, year, lang)
    return [register_table(moves)] + [breakdown(moves, d, year) for d in DIMENSIONS]
