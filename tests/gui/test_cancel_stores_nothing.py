"""Cancel means one thing on every lane: the work stops, nothing is stored, and the lane
takes the next job. Each test cancels while the work is under way."""

from __future__ import annotations

import threading

from almere_missions.app import register as register_app
from almere_missions.app import security as security_app
from tests.gui.test_mission_panels import REF, editor, sec_ctx  # noqa: F401 - fixtures
from ui.tasks import job


def _next_read_answers(ctx, qtbot, lane_job) -> None:
    got = []
    ctx.run(lane_job, got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=20_000)


def test_cancel_during_a_screening_stores_no_screening(editor, sec_ctx, idle, qtbot,  # noqa: F811
                                                        monkeypatch):
    from almere_missions.security import screening

    before = security_app.mission_hits(sec_ctx.caller, REF)
    real = screening.screen_mission
    started, go_on = threading.Event(), threading.Event()

    def slow(uow, ref, files, *, threshold=None, progress=None):
        def held(done, total, text=""):
            started.set()
            go_on.wait(10)  # the screening is under way when Cancel is pressed
            progress(done, total, text)
        return real(uow, ref, files, threshold=threshold, progress=held)

    monkeypatch.setattr(screening, "screen_mission", slow)
    part = editor.page("security").screening
    handle = part.screen()
    assert started.wait(10)
    editor.page("security").progress.cancel()
    go_on.set()
    idle(sec_ctx)
    assert handle.cancel_requested
    assert "nothing was stored" in editor.page("security").status.text()
    after = security_app.mission_hits(sec_ctx.caller, REF)
    assert after == before  # no screening, no hits
    _next_read_answers(sec_ctx, qtbot, job(register_app.mission_count))


def test_cancel_during_an_export_leaves_no_file(example_ctx, settings, qtbot, idle, tmp_path):
    from ui.mainwindow import MainWindow
    from ui.tasks import PROCESS

    w = MainWindow(example_ctx, settings)
    qtbot.addWidget(w)
    w.show()
    w.start()
    idle(example_ctx)
    target = tmp_path / "out" / "missions.json"
    target.parent.mkdir()
    results = []
    handle = w.export_path(target, results.append)
    handle.cancel()  # the fresh process is still starting: the export stops at its first step
    idle(example_ctx)
    assert results == [] and list(target.parent.iterdir()) == []
    again = w.export_path(target, results.append)  # the lane takes the next export
    assert again is not None
    idle(example_ctx)
    assert results and results[0]["missions"] == 1 and target.exists()
    _next_read_answers(example_ctx, qtbot, job(register_app.mission_count, lane=PROCESS))


def test_cancel_during_a_preview_frees_the_job_lane(editor, sec_ctx, idle, qtbot):  # noqa: F811
    from ui.tasks import JOBS

    tab = editor.page("outputs")
    tab.preview()
    qtbot.wait(200)  # the job process has the layout under way
    tab.cancel_button.click()
    idle(sec_ctx)
    assert tab.pages_layout.count() == 0 and "Cancelled" in tab.status.text()
    _next_read_answers(sec_ctx, qtbot, job(register_app.mission_count, lane=JOBS))
    tab.preview()
    idle(sec_ctx)
    qtbot.waitUntil(lambda: tab.pages_layout.count() >= 1, timeout=20_000)
