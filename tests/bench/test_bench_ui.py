"""The desktop with 10,000 missions: the register loads, filters and sorts quickly, and
the UI thread keeps answering while a large export runs in the background."""

from __future__ import annotations

import os
import time

import pytest

from tests.bench.conftest import SCALED_MISSIONS

pytestmark = pytest.mark.gui


@pytest.fixture
def scaled_ctx(scaled_db, qapp):
    """The program's context on a copy of the 10,000-mission database."""
    from ui import i18n
    from ui.context import AppContext

    i18n.install("en")
    ctx = AppContext(scaled_db, scaled_db.test_admin)
    ctx.roles = {"admin", "officer"}
    yield ctx
    ctx.runner.wait_idle()


def _load() -> str:
    one, _, _ = os.getloadavg()
    return f"load average {one:.1f} on {os.cpu_count()} cores"


def _assert_responsive(worst_gap_ms: float, busiest_ms: float) -> None:
    """The UI thread's own work between two heartbeats stays under 100 ms; the wall-clock
    gap is held to the same bound when the machine is not oversubscribed (on a shared
    test machine another process may simply hold the processor)."""
    assert busiest_ms < 100
    if os.getloadavg()[0] <= (os.cpu_count() or 1):
        assert worst_gap_ms < 100


@pytest.fixture(scope="module", autouse=True)
def _job_process():
    yield
    from ui import jobs

    jobs.shutdown()


@pytest.fixture
def settings(tmp_path, qapp):
    from PySide6.QtCore import QSettings

    from ui.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def test_bench_register_loads_10000_missions(benchmark, scaled_ctx):
    from almere_missions.services.missions import list_missions
    from ui.models.register import MissionFilterProxy, MissionTableModel

    model = MissionTableModel()
    proxy = MissionFilterProxy()
    proxy.setSourceModel(model)

    ui_part = []

    def load():
        # The query runs on the worker; only set_rows and the first paint are on the UI thread.
        with scaled_ctx.db.unit_of_work(scaled_ctx.user, write=False) as uow:
            rows = list_missions(uow)
        t = time.perf_counter()
        model.set_rows(rows)
        for r in range(40):  # one screen of rows drawn
            for c in range(model.columnCount()):
                model.index(r, c).data()
        ui_part.append(time.perf_counter() - t)
        return rows

    rows = benchmark.pedantic(load, rounds=3, iterations=1)
    print(f"\nUI-thread part of a load: worst {max(ui_part) * 1000:.1f} ms")
    assert max(ui_part) < 0.1
    assert len(rows) == SCALED_MISSIONS == model.rowCount() == proxy.rowCount()


def test_bench_register_filter_and_sort_10000(benchmark, scaled_ctx, qtbot):
    from PySide6.QtCore import Qt

    from almere_missions.services.missions import list_missions
    from ui.models.register import MissionFilterProxy, MissionTableModel, RegisterFilter

    model = MissionTableModel()
    proxy = MissionFilterProxy()
    proxy.setSourceModel(model)
    with scaled_ctx.db.unit_of_work(scaled_ctx.user, write=False) as uow:
        model.set_rows(list_missions(uow))

    timings = {}

    def cycle():
        for name, action in (
            ("text filter", lambda: proxy.set_filter(RegisterFilter(text="delegation"))),
            ("direction filter", lambda: proxy.set_filter(RegisterFilter(direction="incoming"))),
            ("clear filter", lambda: proxy.set_filter(RegisterFilter())),
            ("sort by title", lambda: proxy.sort(1, Qt.SortOrder.AscendingOrder)),
            ("sort by start desc", lambda: proxy.sort(4, Qt.SortOrder.DescendingOrder)),
        ):
            t = time.perf_counter()
            action()
            timings[name] = max(timings.get(name, 0.0), time.perf_counter() - t)

    benchmark.pedantic(cycle, rounds=3, iterations=1)
    print("\nworst of 3 (ms):", {k: round(v * 1000, 1) for k, v in timings.items()})
    # Each step is well under a quarter second even on the shared two-core test machine
    # (about 40 ms when it is quiet).
    assert max(timings.values()) < 0.25


def test_bench_ui_stays_responsive_during_a_large_export(benchmark, scaled_ctx, qtbot,
                                                         tmp_path, settings):
    """A heartbeat timer every 10 ms on the UI thread; the worst gap must stay < 100 ms."""
    from PySide6.QtCore import QElapsedTimer, QTimer

    from ui.app import tune_gc
    from ui.mainwindow import MainWindow

    tune_gc()
    window = MainWindow(scaled_ctx, settings)
    qtbot.addWidget(window)
    window.show()
    window.show_workspace()
    qtbot.waitUntil(lambda: scaled_ctx.runner.busy == 0, timeout=60_000)

    def run_export():
        gaps, busy = [], []
        clock = QElapsedTimer()
        beat = QTimer()
        beat.setInterval(10)
        last = [0]
        cpu = [time.thread_time()]

        def tick():
            now = clock.elapsed()
            gaps.append(now - last[0])
            last[0] = now
            spent = time.thread_time()
            busy.append((spent - cpu[0]) * 1000)
            cpu[0] = spent

        beat.timeout.connect(tick)
        done = []
        clock.start()
        beat.start()
        window.export_path(tmp_path / "season.json", on_done=done.append)
        qtbot.waitUntil(lambda: bool(done), timeout=300_000)
        beat.stop()
        return max(gaps), max(busy), len(gaps), done[0]

    worst, busiest, beats, counts = benchmark.pedantic(run_export, rounds=1, iterations=1)
    print(f"\nexport of {counts['missions']} missions, {counts['items']} items: "
          f"{beats} heartbeats, worst gap {worst} ms, UI thread busiest {busiest:.0f} ms "
          f"between beats; {_load()}")
    benchmark.extra_info.update(worst_gap_ms=worst, ui_busy_ms=round(busiest))
    assert counts["missions"] == SCALED_MISSIONS
    _assert_responsive(worst, busiest)


def test_bench_ui_stays_responsive_while_the_register_and_checks_load(benchmark, scaled_ctx,
                                                                      qtbot, settings):
    """The same heartbeat while the register of 10,000 missions and the season's checks load."""
    from PySide6.QtCore import QElapsedTimer, QTimer

    from ui import jobs
    from ui.app import tune_gc
    from ui.mainwindow import MainWindow

    # As the program does at start: freeze what is loaded, start the job process.
    tune_gc()
    jobs.warm_up()
    window = MainWindow(scaled_ctx, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.wait(3000)

    def reload():
        gaps, busy, last = [], [], [0]
        clock = QElapsedTimer()
        beat = QTimer()
        beat.setInterval(10)
        cpu = [time.thread_time()]

        def tick():
            now = clock.elapsed()
            gaps.append(now - last[0])
            last[0] = now
            spent = time.thread_time()
            busy.append((spent - cpu[0]) * 1000)
            cpu[0] = spent

        beat.timeout.connect(tick)
        clock.start()
        beat.start()
        window.show_workspace()
        qtbot.waitUntil(lambda: window.register.model.rowCount() == SCALED_MISSIONS,
                        timeout=300_000)
        qtbot.waitUntil(lambda: scaled_ctx.runner.busy == 0, timeout=300_000)
        beat.stop()
        return max(gaps), max(busy), clock.elapsed()

    worst, busiest, total = benchmark.pedantic(reload, rounds=1, iterations=1)
    print(f"\nregister, board and checks of {SCALED_MISSIONS} missions in {total} ms; "
          f"worst gap {worst} ms, UI thread busiest {busiest:.0f} ms between beats; {_load()}")
    benchmark.extra_info.update(worst_gap_ms=worst, ui_busy_ms=round(busiest))
    _assert_responsive(worst, busiest)
