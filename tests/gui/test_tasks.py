"""The background mechanism: results, failures and progress reach the UI thread."""

from __future__ import annotations

import threading
import time

import pytest


@pytest.fixture
def runner(qapp):
    from ui.tasks import Runner

    r = Runner()
    yield r
    r.wait_idle()


def test_success_runs_on_the_ui_thread_with_the_result(runner, qtbot):
    from ui.tasks import Operation

    seen = {}
    worker = {}

    def work(progress):
        worker["thread"] = threading.get_ident()
        return 42

    op = Operation(work).success(lambda r: seen.update(result=r, thread=threading.get_ident()))
    op.run(runner)
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == 42
    assert seen["thread"] == threading.get_ident() != worker["thread"]


def test_failure_and_unhandled_failure(runner, qtbot):
    from ui.tasks import Operation

    caught = []
    Operation(lambda p: 1 / 0).failure(caught.append).run(runner)
    qtbot.waitUntil(lambda: bool(caught))
    assert isinstance(caught[0], ZeroDivisionError)
    with qtbot.waitSignal(runner.unhandled) as blocker:
        Operation(lambda p: {}["missing"]).run(runner)
    assert isinstance(blocker.args[0], KeyError)


def test_progress_and_cancel(runner, qtbot):
    from ui.tasks import Operation

    reports, results, failures = [], [], []
    started = threading.Event()

    def work(progress):
        for n in range(1000):
            started.set()
            progress(n, 1000, "step")
            time.sleep(0.002)
        return "finished"

    op = Operation(work).success(results.append).failure(failures.append) \
        .on_progress(lambda d, t, text: reports.append((d, t)))
    op.run(runner)
    qtbot.waitUntil(lambda: len(reports) >= 2, timeout=5000)
    op.cancel()
    qtbot.waitUntil(lambda: runner.busy == 0, timeout=5000)
    assert results == [] and failures == []  # a cancel is neither a result nor an error
    assert all(t == 1000 for _, t in reports) and reports[-1][0] < 999


def test_database_work_is_serial(runner, qtbot):
    from ui.tasks import Operation

    active, overlap, done = [0], [False], []
    lock = threading.Lock()

    def work(progress):
        with lock:
            active[0] += 1
            overlap[0] |= active[0] > 1
        time.sleep(0.02)
        with lock:
            active[0] -= 1
        return True

    for _ in range(5):
        Operation(work, database=True).success(done.append).run(runner)
    qtbot.waitUntil(lambda: len(done) == 5, timeout=5000)
    assert not overlap[0]


def test_writes_are_announced(runner, qtbot):
    from ui.tasks import Operation

    with qtbot.waitSignal(runner.executed):
        Operation(lambda p: None, writes=True).run(runner)


def test_context_commits_writes_and_rolls_back_failures(ctx, qtbot, idle):
    from datetime import date

    from almere_missions.services import editing, missions

    def create(uow, p):
        return editing.create_mission(uow, editing.MissionInput(
            direction="incoming", title="Visit", start=date(2022, 5, 1),
            end=date(2022, 5, 2), countries=("DE",)))

    made = []
    with qtbot.waitSignal(ctx.changed):
        ctx.write(create, made.append)
    idle(ctx)
    errs = []

    def broken(uow, p):
        create(uow, p)
        raise ValueError("stop")

    ctx.write(broken, None, failure=errs.append)
    idle(ctx)
    assert isinstance(errs[0], ValueError)
    with ctx.db.unit_of_work(ctx.user, write=False) as uow:
        assert [m.ref for m in missions.list_missions(uow)] == [made[0].ref]


def test_cancel_all_stops_a_job_in_a_child_process(runner, qtbot):
    import time as _time

    from ui import jobs
    from ui.tasks import Operation

    results, failures = [], []

    def work(progress):
        return jobs.run_in_process(_slow_job, 30, progress=progress,
                                   cancelled=lambda: progress.cancelled)

    started = _time.monotonic()
    Operation(work, database=False).success(results.append).failure(failures.append) \
        .run(runner)
    qtbot.wait(1500)
    runner.cancel_all()
    qtbot.waitUntil(lambda: runner.busy == 0, timeout=10_000)
    assert results == [] and failures == []
    assert _time.monotonic() - started < 10


def test_a_job_failure_comes_back_with_its_type(runner, qtbot):
    from almere_missions.errors import InvalidInput
    from ui import jobs
    from ui.tasks import Operation

    failures = []

    def work(progress):
        return jobs.run_in_process(_failing_job, progress=progress)

    Operation(work, database=False).failure(failures.append).run(runner)
    qtbot.waitUntil(lambda: bool(failures), timeout=20_000)
    assert isinstance(failures[0], InvalidInput) and "field title" in str(failures[0])
    assert "Traceback" in failures[0].child_traceback


def _slow_job(seconds, *, progress):
    import time as _time

    for n in range(seconds * 10):
        progress(n, seconds * 10)
        _time.sleep(0.1)
    return "done"


def _failing_job(*, progress):
    from almere_missions.errors import InvalidInput

    raise InvalidInput("a mission needs a title", record="mission X", field="title")
