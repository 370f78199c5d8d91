"""The reports: travel movements, costs, CO2, the expo and the transparency list.

Every report is a list of :class:`almere_missions.reports.Table` (plain rows,
an optional total and chart); writing them to CSV, XLSX or PNG needs no
database and is left to :mod:`almere_missions.reports.export` and ``.charts``.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from almere_missions import permissions as p
from almere_missions.app import Caller, Progress, no_progress, run_read
from almere_missions.errors import InvalidInput
from almere_missions.reports import Table

REPORTS = ("movements", "costs", "co2", "expo", "transparency")


def _tables(uow, name: str, year: int | None, lang: str, by: str | None) -> list[Table]:
    if name == "movements":
        from almere_missions.reports.movements import breakdown, movement_tables, movements

        if by:
            return [breakdown(movements(uow, year, lang), by, year)]
        return movement_tables(uow, year, lang)
    if by:
        raise InvalidInput(f"report {name}: --by applies to the travel movements only",
                           field="--by")
    if name == "costs":
        from almere_missions.reports.costs import costs_by_payer

        return [costs_by_payer(uow, year, lang)]
    if name == "co2":
        from almere_missions.reports.co2 import co2_report

        return [co2_report(uow, year, lang)]
    if name == "expo":
        from almere_missions.reports.expo import expo_by_month, expo_delegations

        if year is not None:
            raise InvalidInput("report expo: the expo has its own dates; --year does not apply")
        table = expo_delegations(uow, lang)
        return [table, expo_by_month(table)]
    if name == "transparency":
        from almere_missions.reports.transparency import transparency_list

        if year is None:
            raise InvalidInput("report transparency: the list is per year", field="--year")
        return [transparency_list(uow, year, lang)]
    raise InvalidInput(f"unknown report {name!r} (one of {', '.join(REPORTS)})", field="REPORT")


def report(caller: Caller, name: str, *, year: int | None = None, lang: str = "en",
           by: str | None = None) -> list[Table]:
    """One report's tables (``name`` one of :data:`REPORTS`; ``by``: one breakdown only)."""
    return run_read(caller, p.REPORT_READ, _tables, name, year, lang, by)


def mission_years(caller: Caller) -> list[int]:
    """The years from the first mission's start to the last one's (empty: no missions)."""
    return run_read(caller, p.REPORT_READ, _years)


def _years(uow) -> list[int]:
    from almere_missions.db.models import Mission

    first, last = uow.session.execute(select(func.min(Mission.start_date),
                                             func.max(Mission.start_date))).one()
    return list(range(first.year, last.year + 1)) if first else []


def report_tables(caller: Caller, year: int | None = None, lang: str = "en") -> dict:
    """Every report for ``year`` (None: all years), read at once, for the desktop's view.

    ``{"years": [...], "tables": [Table, ...]}``: the years that have missions,
    and the tables in the order shown. The transparency list is per year: for
    ``None``, the latest year with missions (left out without missions). The follow-up
    tables (per partnership, theme and goal) come last, for those who may read follow-ups.
    """
    with caller.read() as uow:
        roles = p.require(uow, p.REPORT_READ)
        years = _years(uow)
        tables = _tables(uow, "movements", year, lang, None)
        tables += _tables(uow, "costs", year, lang, None)
        tables += _tables(uow, "co2", year, lang, None)
        tables += _tables(uow, "expo", None, lang, None)
        for_year = year if year is not None else (years[-1] if years else None)
        if for_year is not None:
            tables += _tables(uow, "transparency", for_year, lang, None)
        if p.allowed(roles, p.FOLLOWUP_READ):
            from almere_missions.reports.followup import followup_tables
            from almere_missions.timeutil import now_utc

            tables += followup_tables(uow, year, now_utc().date(), lang)
    return {"years": years, "tables": tables}


def transparency_pdf(caller: Caller, year: int, path: str | Path, lang: str = "nl",
                     progress: Progress = no_progress) -> int:
    """Write the transparency list as a PDF for publication; returns its number of pages."""
    from almere_missions.reports.transparency_pdf import transparency_pdf as write_pdf

    with caller.read() as uow:
        p.require(uow, p.REPORT_READ)
        return write_pdf(uow, year, Path(path), lang, lambda done, total: progress(done, total))
