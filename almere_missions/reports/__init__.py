"""Reports on the missions: travel movements, costs, CO2, the expo, the transparency list.

Each report is a function ``(uow, ...) -> Table`` (or a list of them): plain
rows for the desktop program's table views, written to CSV or XLSX by
:mod:`almere_missions.reports.export` and drawn as charts by
:mod:`almere_missions.reports.charts`.
"""

from almere_missions.reports.table import ChartSpec, Table

__all__ = ["ChartSpec", "Table"]
