"""One mechanism for all long work: operations run on a thread pool, results come back
to the UI thread.

In the spirit of Anki's ``CollectionOp``: ``Operation(fn).success(cb).failure(cb)
.progress(cb).run(runner)``. The function runs on a worker thread and never
touches widgets; its result, its failure and its progress reach the callbacks
as queued signals, so they run on the UI thread. Database work goes through a
serial pool of one thread, so two operations never race on the database; work
that does not need the database (rendering a file already read) may use the
shared pool. ``Runner.executed`` tells views that a writing operation went
through, so they refresh.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Cancelled(Exception):
    """Raised inside an operation when the person pressed Cancel."""


class Progress:
    """Handed to the work function: report progress, and stop when cancelled."""

    #: at most this often (seconds) does progress cross to the UI thread
    INTERVAL = 0.05

    def __init__(self, bridge: _Bridge):
        self._bridge = bridge
        self._cancel = threading.Event()
        self._last = 0.0

    def __call__(self, done: int, total: int, text: str = "") -> None:
        """Report ``done`` of ``total``; raises :class:`Cancelled` once cancelled."""
        self.check()
        now = time.monotonic()
        if now - self._last >= self.INTERVAL or done >= total:
            self._last = now
            self._bridge.progressed.emit(int(done), int(total), text)

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Bridge(QObject):
    """Lives in the UI thread; the worker emits, Qt queues the calls to the UI thread."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], bridge: _Bridge, progress: Progress):
        super().__init__()
        self.setAutoDelete(True)
        self._fn, self._bridge, self._progress = fn, bridge, progress

    def run(self) -> None:  # worker thread
        try:
            result = self._fn(self._progress)
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the UI
            self._bridge.failed.emit(exc)
        else:
            self._bridge.succeeded.emit(result)


class Operation:
    """A piece of work for the background, with callbacks that run on the UI thread."""

    def __init__(self, fn: Callable[[Progress], Any], *, label: str = "",
                 database: bool = True, writes: bool = False):
        self.fn, self.label, self.database, self.writes = fn, label, database, writes
        self._success: Callable[[Any], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None
        self._progress: Callable[[int, int, str], None] | None = None
        self.handle: Progress | None = None

    def success(self, cb: Callable[[Any], None]) -> Operation:
        self._success = cb
        return self

    def failure(self, cb: Callable[[BaseException], None]) -> Operation:
        self._failure = cb
        return self

    def on_progress(self, cb: Callable[[int, int, str], None]) -> Operation:
        self._progress = cb
        return self

    def run(self, runner: Runner) -> Progress:
        return runner.start(self)

    def cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()


class Runner(QObject):
    """Starts operations; one serial lane for the database, the shared pool for the rest."""

    #: an operation that writes went through (views refresh on it)
    executed = Signal(object)
    #: number of operations running changed (status bar, busy cursor)
    busyChanged = Signal(int)
    #: a failure no callback took: the application shows it
    unhandled = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._db_pool = QThreadPool(self)
        self._db_pool.setMaxThreadCount(1)
        self._pool = QThreadPool(self)
        self._running: set[_Bridge] = set()
        self._handles: dict[_Bridge, Progress] = {}

    @property
    def busy(self) -> int:
        return len(self._running)

    def start(self, op: Operation) -> Progress:
        bridge = _Bridge()
        progress = Progress(bridge)
        op.handle = progress

        def done() -> None:
            self._running.discard(bridge)
            self._handles.pop(bridge, None)
            bridge.deleteLater()
            self.busyChanged.emit(len(self._running))

        def ok(result: Any) -> None:
            done()
            if op.writes:
                self.executed.emit(op)
            if op._success is not None:
                op._success(result)

        def bad(exc: BaseException) -> None:
            done()
            if isinstance(exc, Cancelled):
                return
            if op._failure is not None:
                op._failure(exc)
            else:
                self.unhandled.emit(exc)

        bridge.succeeded.connect(ok)
        bridge.failed.connect(bad)
        if op._progress is not None:
            bridge.progressed.connect(op._progress)
        self._running.add(bridge)
        self._handles[bridge] = progress
        self.busyChanged.emit(len(self._running))
        (self._db_pool if op.database else self._pool).start(_Job(op.fn, bridge, progress))
        return progress

    def cancel_all(self) -> None:
        """Ask every running operation to stop (when the program closes)."""
        for progress in list(self._handles.values()):
            progress.cancel()

    def wait_idle(self, msecs: int = 30_000) -> bool:
        """Block until the pools are empty (for closing down and for tests)."""
        return self._db_pool.waitForDone(msecs) and self._pool.waitForDone(msecs)
