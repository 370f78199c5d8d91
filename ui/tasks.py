"""The one way the desktop program runs long work: a :class:`Job`, started by a
:class:`Runner`, watched through the :class:`Handle` it returns.

A job is a plain description: an application-layer function taking
``(caller, *args, progress=...)``, its arguments, the lane it runs on and a
title for the progress widget. The lanes:

- ``DB``: the database thread, one job at a time, in this process (small reads
  and writes);
- ``JOBS``: the long-lived job process (``ui.jobs``), for reads and documents that
  make and drop many objects, so their garbage collection never stalls the window;
- ``PROCESS``: a fresh process of its own (an import, an export).

Every lane reports progress the same way, and Cancel means the same on each:
the work stops at its next step (``progress`` raises ``errors.Cancelled``, a
write rolls back), a process that does not stop in time is ended, and the
result of a cancelled job is never handed to the screen. Results, failures and
progress reach the UI thread as queued signals; the work never touches widgets.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from almere_missions.errors import Cancelled

DB, JOBS, PROCESS = "db", "jobs", "process"
LANES = (DB, JOBS, PROCESS)

__all__ = ["DB", "JOBS", "PROCESS", "Cancelled", "Handle", "Job", "Progress", "Runner", "job"]


@dataclass(frozen=True)
class Job:
    """What to run: ``fn(caller, *args, progress=..., **kwargs)`` on ``lane``."""

    fn: Callable[..., Any]
    args: tuple = ()
    kwargs: dict = field(default_factory=dict)
    lane: str = DB
    title: str = ""
    #: the job writes: views refresh once it went through (``refs``: the missions it wrote)
    writes: bool = False
    refs: Any = None

    def __post_init__(self) -> None:
        if self.lane not in LANES:
            raise ValueError(f"unknown lane {self.lane!r}")


def job(fn: Callable[..., Any], *args: Any, lane: str = DB, title: str = "",
        writes: bool = False, refs: Any = None, **kwargs: Any) -> Job:
    """``job(app.security.screen_mission, ref, title=..., writes=True)``"""
    return Job(fn, args, kwargs, lane, title, writes, refs)


class Progress:
    """The ``progress(done, total, text)`` handed to the work: reports, and stops it once
    cancelled by raising :class:`errors.Cancelled`."""

    #: at most this often (seconds) does progress cross to the UI thread
    INTERVAL = 0.05

    def __init__(self, handle: Handle):
        self._handle = handle
        self._cancel = threading.Event()
        self._last = 0.0

    def __call__(self, done: int, total: int, text: str = "") -> None:
        self.check()
        now = time.monotonic()
        if now - self._last >= self.INTERVAL or done >= total:
            self._last = now
            self._handle.progressed.emit(int(done), int(total), text)

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class Handle(QObject):
    """A running job, seen from the UI thread. Exactly one of ``succeeded``, ``failed``
    and ``cancelled`` comes, then ``ended``."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    #: the job stopped on Cancel; True when it had already stored its work (a write that
    #: finished before the Cancel reached it), False when nothing was stored
    cancelled = Signal(bool)
    ended = Signal()
    # from the worker thread; the handle turns them into the signals above on the UI thread
    _finished = Signal(object, object)

    def __init__(self, job: Job, parent: QObject | None = None):
        super().__init__(parent)
        self.job = job
        self.progress = Progress(self)
        self.running = True
        self._finished.connect(self._deliver)

    @property
    def title(self) -> str:
        return self.job.title

    def cancel(self) -> None:
        """Stop the work; its result, if it still comes, is not applied."""
        self.progress.cancel()

    @property
    def cancel_requested(self) -> bool:
        return self.progress.cancelled

    # worker thread -------------------------------------------------------------------
    def _finish(self, result: Any, exc: BaseException | None) -> None:
        self._finished.emit(result, exc)

    # UI thread -------------------------------------------------------------------------
    def _deliver(self, result: Any, exc: BaseException | None) -> None:
        self.running = False
        if isinstance(exc, Cancelled):
            self.cancelled.emit(False)
        elif self.progress.cancelled and exc is None:
            self.cancelled.emit(self.job.writes)
        elif exc is not None:
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
        self.ended.emit()


class _Work(QRunnable):
    def __init__(self, fn: Callable[[], Any], handle: Handle):
        super().__init__()
        self.setAutoDelete(True)
        self._fn, self._handle = fn, handle

    def run(self) -> None:  # worker thread
        try:
            result = self._fn()
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the UI
            self._handle._finish(None, exc)
        else:
            self._handle._finish(result, None)


class Runner(QObject):
    """Starts jobs: one serial thread for the database lane; the process lanes are waited
    on from the shared pool (the job process itself takes one job at a time)."""

    #: a job that writes went through (views refresh on it): the job
    executed = Signal(object)
    #: number of jobs running changed (status bar, busy cursor)
    busyChanged = Signal(int)
    #: a job started: its handle (the main window's progress widget shows it)
    started = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._db_pool = QThreadPool(self)
        self._db_pool.setMaxThreadCount(1)
        self._pool = QThreadPool(self)
        self._running: set[Handle] = set()

    @property
    def busy(self) -> int:
        return len(self._running)

    def start(self, job: Job, caller: Any) -> Handle:
        """Run ``job`` for ``caller``; connect to the handle's signals for the outcome."""
        handle = Handle(job)
        p = handle.progress
        from ui import jobs

        if job.lane == DB:
            def work():
                return jobs.call_with_progress(job.fn, caller, *job.args, progress=p,
                                               **job.kwargs)
            pool = self._db_pool
        else:
            run = jobs.call if job.lane == JOBS else jobs.run_in_process

            def work():
                return run(job.fn, caller, *job.args, progress=p,
                           cancelled=lambda: p.cancelled, **job.kwargs)
            pool = self._pool

        def ended() -> None:
            self._running.discard(handle)
            handle.deleteLater()
            self.busyChanged.emit(len(self._running))

        if job.writes:
            handle.succeeded.connect(lambda _r: self.executed.emit(job))
            handle.cancelled.connect(lambda stored: stored and self.executed.emit(job))
        handle.ended.connect(ended)
        self._running.add(handle)
        self.busyChanged.emit(len(self._running))
        self.started.emit(handle)
        pool.start(_Work(work, handle))
        return handle

    def cancel_all(self) -> None:
        """Cancel every running job (when the program closes)."""
        for handle in list(self._running):
            handle.cancel()

    def wait_idle(self, msecs: int = 30_000) -> bool:
        """Block until the lanes are empty (for closing down and for tests)."""
        return self._db_pool.waitForDone(msecs) and self._pool.waitForDone(msecs)
