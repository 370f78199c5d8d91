"""The reports view on the demo season: tables, charts, CSV and XLSX, from the main window."""

from __future__ import annotations

import csv

import pytest


@pytest.fixture
def window(ctx, settings, qtbot, idle):
    from almere_missions.exchange.importer import import_file
    from ui.mainwindow import MainWindow
    from ui.welcome import DEMO

    with ctx.db.unit_of_work(ctx.user) as uow:
        import_file(uow, DEMO)
        uow.commit()
    w = MainWindow(ctx, settings)
    qtbot.addWidget(w)
    w.show()
    w.start()
    idle(ctx)
    return w


def test_reports_tables_charts_and_files(window, ctx, qtbot, idle, tmp_path, qtmodeltester):
    from openpyxl import load_workbook

    window.a_reports.trigger()
    view = window.reports_view
    assert window.tabs.currentWidget() is view
    idle(ctx)
    qtbot.waitUntil(lambda: view.list.count() >= 8, timeout=60_000)
    titles = [view.list.item(i).text() for i in range(view.list.count())]
    for words in ("by direction", "by country", "by partner city", "by theme", "by goal",
                  "by department"):
        assert any(words in t.lower() for t in titles), words
    keys = [t.key for t in view.tables]
    assert {"costs_by_payer", "expo_delegations"} <= set(keys)
    assert any("co2" in k for k in keys) and any("transparency" in k for k in keys)
    assert view.year.count() > 1  # the years with missions
    qtmodeltester.check(view.model, force_py=True)
    # a breakdown with a chart: drawn in the background
    row = next(i for i, t in enumerate(view.tables) if t.chart is not None and t.rows)
    view.list.setCurrentRow(row)
    idle(ctx)
    qtbot.waitUntil(lambda: view.chart.pixmap() is not None and not view.chart.pixmap().isNull(),
                    timeout=60_000)
    assert view.model.rowCount() == len(view.tables[row].rows) + (
        1 if view.tables[row].total else 0)
    # this table as CSV, all as XLSX
    done = []
    view.export("csv", tmp_path / "t.csv", done.append)
    idle(ctx)
    qtbot.waitUntil(lambda: len(done) == 1, timeout=30_000)
    with open(tmp_path / "t.csv", encoding="utf-8-sig", newline="") as f:
        head = next(csv.reader(f))
    assert tuple(head) == view.tables[row].columns
    view.export("xlsx", tmp_path / "all.xlsx", done.append)
    idle(ctx)
    qtbot.waitUntil(lambda: len(done) == 2, timeout=30_000)
    assert len(load_workbook(tmp_path / "all.xlsx").sheetnames) == len(view.tables)
    # a year of its own
    year_index = view.year.count() - 1
    view.year.setCurrentIndex(year_index)
    view.year.activated.emit(year_index)
    idle(ctx)
    qtbot.waitUntil(lambda: view.refresh_button.isEnabled(), timeout=60_000)
    assert view.year.currentIndex() == year_index
    # the tab closes
    window.tabs.tabCloseRequested.emit(window.tabs.indexOf(view))
    assert window.reports_view is None


def test_follow_up_per_partnership_theme_and_goal_with_chart_and_csv(window, ctx, qtbot,
                                                                     idle, tmp_path):
    from almere_missions.app import followup as followup_app

    window.a_reports.trigger()
    view = window.reports_view
    idle(ctx)
    qtbot.waitUntil(lambda: view.list.count() >= 8, timeout=60_000)
    keys = [t.key for t in view.tables]
    assert keys[-3:] == ["followup_partnerships", "followup_themes", "followup_goals"]
    row = keys.index("followup_partnerships")
    view.list.setCurrentRow(row)
    idle(ctx)
    table = view.tables[row]
    assert table == followup_app.followup_report(ctx.caller, lang="en")[0]
    shenzhen = next(r for r in table.rows if r[0] == "shenzhen-mou")
    assert shenzhen[4] >= 1  # the mission to Shenzhen
    overdue = sum(followup_app.overdue_counts(ctx.caller).values())
    assert view.model.data(view.model.index(view.model.rowCount() - 1, 7)) == str(
        sum(r[7] for r in table.rows))
    assert sum(r[7] for r in table.rows) <= overdue  # actions without an agreement aside
    qtbot.waitUntil(lambda: view.chart.pixmap() is not None and not view.chart.pixmap().isNull(),
                    timeout=60_000)
    done = []
    view.export("csv", tmp_path / "ships.csv", done.append)
    qtbot.waitUntil(lambda: len(done) == 1, timeout=30_000)
    with open(tmp_path / "ships.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert tuple(rows[0]) == table.columns and any(r[0] == "shenzhen-mou" for r in rows)
