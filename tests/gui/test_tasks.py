"""The one way to run long work: results, failures and progress reach the UI thread, and
Cancel means the same on every lane."""

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


def _start(runner, j):
    """Start ``j`` and collect what comes back."""
    got = {"ok": [], "failed": [], "cancelled": [], "progress": [], "thread": None}
    h = runner.start(j, None)

    def ok(result):
        got["ok"].append(result)
        got["thread"] = threading.get_ident()
    h.succeeded.connect(ok)
    h.failed.connect(got["failed"].append)
    h.cancelled.connect(got["cancelled"].append)
    h.progressed.connect(lambda d, t, _x: got["progress"].append((d, t)))
    return h, got


def _ended(got) -> bool:
    return bool(got["ok"] or got["failed"] or got["cancelled"])


def test_success_runs_on_the_ui_thread_with_the_result(runner, qtbot):
    from ui.tasks import job

    worker = {}

    def work(_caller, *, progress):
        worker["thread"] = threading.get_ident()
        return 42

    _h, got = _start(runner, job(work))
    qtbot.waitUntil(lambda: _ended(got))
    assert got["ok"] == [42]
    assert got["thread"] == threading.get_ident() != worker["thread"]


def test_a_failure_comes_back(runner, qtbot):
    from ui.tasks import job

    _h, got = _start(runner, job(lambda _c, progress: 1 / 0))
    qtbot.waitUntil(lambda: _ended(got))
    assert isinstance(got["failed"][0], ZeroDivisionError) and got["ok"] == []


def test_progress_and_cancel_on_the_database_lane(runner, qtbot):
    from ui.tasks import job

    started = threading.Event()

    def work(_caller, *, progress):
        for n in range(1000):
            started.set()
            progress(n, 1000, "step")
            time.sleep(0.002)
        return "finished"

    h, got = _start(runner, job(work))
    started.wait(5)
    qtbot.waitUntil(lambda: bool(got["progress"]), timeout=5000)
    h.cancel()
    qtbot.waitUntil(lambda: runner.busy == 0, timeout=5000)
    assert got["ok"] == [] and got["failed"] == [] and got["cancelled"] == [False]


def test_a_result_that_comes_after_cancel_is_not_applied(runner, qtbot):
    from ui.tasks import job

    release = threading.Event()

    def work(_caller, *, progress):
        release.wait(5)
        return "too late"

    h, got = _start(runner, job(work))
    h.cancel()
    release.set()
    qtbot.waitUntil(lambda: _ended(got), timeout=5000)
    assert got["ok"] == [] and got["cancelled"] == [False]


def test_the_database_lane_is_serial(runner, qtbot):
    from ui.tasks import job

    active, peak, lock = [0], [0], threading.Lock()
    done = []

    def work(_caller, *, progress):
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.02)
        with lock:
            active[0] -= 1

    for _ in range(5):
        runner.start(job(work), None).succeeded.connect(done.append)
    qtbot.waitUntil(lambda: len(done) == 5, timeout=5000)
    assert peak[0] == 1


def test_writes_are_announced(runner, qtbot):
    from ui.tasks import job

    with qtbot.waitSignal(runner.executed):
        runner.start(job(lambda _c, progress: None, writes=True), None)


def test_context_commits_writes_and_rolls_back_failures(ctx, qtbot, idle):
    from datetime import date

    from almere_missions.app import missions as app_missions
    from almere_missions.services import editing, missions
    from ui.tasks import DB, job

    visit = editing.MissionInput(direction="incoming", title="Visit", start=date(2022, 5, 1),
                                 end=date(2022, 5, 2), countries=("DE",))
    made = []
    with qtbot.waitSignal(ctx.changed):
        ctx.run(job(app_missions.create_mission, visit, lane=DB, writes=True), made.append)
    idle(ctx)
    errs = []

    def broken(caller, *, progress):
        with caller.write() as uow:
            editing.create_mission(uow, visit)
            raise ValueError("stop")

    ctx.run(job(broken, lane=DB, writes=True), None, failed=errs.append)
    idle(ctx)
    assert isinstance(errs[0], ValueError)
    with ctx.db.unit_of_work(ctx.user, write=False) as uow:
        assert [m.ref for m in missions.list_missions(uow)] == [made[0].ref]


@pytest.mark.parametrize("lane", ["jobs", "process"])
def test_cancel_stops_a_process_job_and_the_lane_serves_the_next(runner, qtbot, lane):
    from ui.tasks import job

    started = time.monotonic()
    h, got = _start(runner, job(_slow_job, 30, lane=lane))
    qtbot.waitUntil(lambda: bool(got["progress"]), timeout=20_000)
    h.cancel()
    qtbot.waitUntil(lambda: _ended(got), timeout=10_000)
    assert got["ok"] == [] and got["failed"] == [] and got["cancelled"] == [False]
    assert time.monotonic() - started < 25
    _h, nxt = _start(runner, job(_answer, 7, lane=lane))
    qtbot.waitUntil(lambda: _ended(nxt), timeout=20_000)
    assert nxt["ok"] == [7]


def test_a_job_that_ignores_cancel_is_ended_and_the_job_process_starts_again(runner, qtbot):
    from ui import jobs
    from ui.tasks import JOBS, job

    h, got = _start(runner, job(_deaf_job, 30, lane=JOBS))
    qtbot.wait(1500)  # the job process has it
    h.cancel()
    # the job would run 30 s: ending well before that means the job process was ended
    qtbot.waitUntil(lambda: _ended(got), timeout=(jobs.GRACE + 15) * 1000)
    assert got["cancelled"] == [False]
    _h, nxt = _start(runner, job(_answer, 8, lane=JOBS))
    qtbot.waitUntil(lambda: _ended(nxt), timeout=20_000)
    assert nxt["ok"] == [8]


def test_cancel_all_stops_every_lane(runner, qtbot):
    from ui.tasks import job

    handles = [_start(runner, job(_slow_job, 30, lane=lane)) for lane in ("jobs", "process")]
    qtbot.wait(1500)
    runner.cancel_all()
    qtbot.waitUntil(lambda: runner.busy == 0, timeout=10_000)
    assert all(got["cancelled"] == [False] and not got["ok"] for _h, got in handles)


def test_a_job_failure_comes_back_with_its_type(runner, qtbot):
    from almere_missions.errors import InvalidInput
    from ui.tasks import PROCESS, job

    _h, got = _start(runner, job(_failing_job, lane=PROCESS))
    qtbot.waitUntil(lambda: _ended(got), timeout=20_000)
    exc = got["failed"][0]
    assert isinstance(exc, InvalidInput) and "field title" in str(exc)
    assert "Traceback" in exc.child_traceback


def _slow_job(_caller, seconds, *, progress):
    for n in range(seconds * 10):
        progress(n, seconds * 10)
        time.sleep(0.1)
    return "finished"


def _deaf_job(_caller, seconds):
    time.sleep(seconds)  # never asks progress: only ending the process stops it
    return "finished"


def _answer(_caller, value, *, progress):
    return value


def _failing_job(_caller, *, progress):
    from almere_missions.errors import InvalidInput

    raise InvalidInput("bad value", field="title")


def test_the_answer_to_a_closed_window_goes_nowhere(ctx, qtbot, idle):
    from PySide6.QtWidgets import QWidget
    from shiboken6 import isValid

    from ui.tasks import DB, job

    window = QWidget()
    got = []
    ctx.run(job(_slow_job, 1, lane=DB), got.append, failed=got.append, parent=window)
    window.deleteLater()
    qtbot.waitUntil(lambda: not isValid(window), timeout=5_000)
    idle(ctx)
    qtbot.wait(200)
    assert got == []  # and no "already deleted" error in the event loop
