"""The process lanes of ``ui.tasks``: the long-lived job process, and fresh processes.

Reads of the whole season (the register, the board, the checks) and the laying
out of documents make and drop hundreds of thousands of objects; in a process of
their own neither their garbage collection nor their share of the interpreter
lock reaches the UI thread. An import or an export runs in a fresh process.

Both speak one protocol: the parent sends ``(number, fn, args, kwargs)``, the
child calls ``fn(*args, progress=..., **kwargs)`` and answers with progress,
the result or the failure. Cancel sets an event the child's ``progress`` checks
(it raises ``errors.Cancelled``, so a write rolls back); a child that does not
answer within :data:`GRACE` seconds is ended, and the job process is started
again for the next job. This module imports no Qt: the children start quickly
and stay small. Functions and arguments cross by pickling (``Caller`` holds
plain strings).
"""

from __future__ import annotations

import multiprocessing
import queue
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

from almere_missions import lifetime
from almere_missions.errors import Cancelled

#: at most this often (seconds) does a child send progress
_INTERVAL = 0.1
#: how long (seconds) a cancelled child may take to stop by itself before it is ended
GRACE = 1.0


class ChildFailed(RuntimeError):
    """The child process ended without an answer (killed, out of memory)."""


def _lower_priority() -> None:
    """Job processes yield the processor to the window (it is the one a person watches)."""
    import os

    if hasattr(os, "nice"):
        try:
            os.nice(10)
        except OSError:
            pass


def _context():
    return multiprocessing.get_context("spawn")  # never fork a process with Qt threads


def start_process(target: Callable, args: tuple):
    """The one place where the desktop program starts a process."""
    child = _context().Process(target=lifetime.watched, args=(target, *args), daemon=True)
    lifetime.start(child)  # on the starter thread: the helper ends when the program does
    return child


def call_with_progress(fn: Callable, *args: Any, progress, **kwargs: Any) -> Any:
    """``fn(*args, progress=progress, **kwargs)``, or without ``progress`` for a short use
    case that takes none (it then still stops before it starts once cancelled)."""
    import inspect

    params = inspect.signature(fn).parameters
    if "progress" in params or any(p.kind is p.VAR_KEYWORD for p in params.values()):
        return fn(*args, progress=progress, **kwargs)
    progress(0, 1, "")
    return fn(*args, **kwargs)


# --- the child side ----------------------------------------------------------------------

def _serve(requests, answers, cancel, once: bool) -> None:  # runs in the child process
    _lower_priority()
    while True:
        request = requests.get()
        if request is None:
            return
        number, fn, args, kwargs = request
        last = [0.0]

        def progress(done, total, text="", number=number, last=last):
            if cancel.is_set():
                raise Cancelled()
            now = time.monotonic()
            if now - last[0] >= _INTERVAL or done >= total:
                last[0] = now
                answers.put(("progress", number, int(done), int(total), text))

        try:
            answers.put(("ok", number, call_with_progress(fn, *args, progress=progress,
                                                          **kwargs)))
        except SystemExit:
            raise  # told to end (lifetime): unwind, so an open unit of work rolls back
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the parent
            exc.child_traceback = traceback.format_exc()
            try:
                answers.put(("error", number, exc))
            except Exception:  # noqa: BLE001 - an exception that does not pickle
                answers.put(("error", number, RuntimeError(f"{type(exc).__name__}: {exc}")))
        if once:
            return


# --- the parent side ---------------------------------------------------------------------

class _Child:
    """A child process and its queues, taking one job at a time."""

    def __init__(self, once: bool):
        ctx = _context()
        self.requests, self.answers, self.cancel = ctx.Queue(), ctx.Queue(), ctx.Event()
        self.process = start_process(_serve, (self.requests, self.answers, self.cancel, once))
        self.number = 0

    def run(self, fn: Callable, args: tuple, kwargs: dict, progress=None,
            cancelled: Callable[[], bool] | None = None) -> Any:
        self.number += 1
        number = self.number
        self.cancel.clear()
        self.requests.put((number, fn, args, kwargs))
        stop_asked: float | None = None
        while True:
            if stop_asked is None and cancelled is not None and cancelled():
                self.cancel.set()
                stop_asked = time.monotonic()
            if stop_asked is not None and time.monotonic() - stop_asked > GRACE:
                self.stop(kill=True)
                raise Cancelled()
            try:
                kind, n, *rest = self.answers.get(timeout=0.05)
            except queue.Empty:
                if not self.process.is_alive():
                    try:
                        kind, n, *rest = self.answers.get(timeout=0.5)
                    except queue.Empty:
                        raise ChildFailed(f"the background process stopped unexpectedly "
                                          f"(exit code {self.process.exitcode})") from None
                else:
                    continue
            if n != number:
                continue  # the late answer of a job given up on
            if kind == "progress":
                if progress is not None and stop_asked is None:
                    try:
                        progress(*rest)
                    except Cancelled:
                        self.cancel.set()
                        stop_asked = time.monotonic()
            elif kind == "ok":
                if stop_asked is not None:
                    raise Cancelled()  # a cancelled job's result is never applied
                return rest[0]
            else:
                raise rest[0]

    @property
    def alive(self) -> bool:
        return self.process.is_alive()

    def stop(self, kill: bool = False) -> None:
        if self.process.is_alive():
            if kill:
                self.process.terminate()
            else:
                self.requests.put(None)
        self.process.join(5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)
        for q in (self.requests, self.answers):
            q.close()
            q.join_thread()


_job_process: _Child | None = None
_lock = threading.Lock()  # the job process takes one job at a time


def _job_child() -> _Child:
    global _job_process
    if _job_process is None or not _job_process.alive:
        if _job_process is not None:
            _job_process.stop()
        _job_process = _Child(once=False)
    return _job_process


def warm_up() -> None:
    """Start the job process now, while the program is small and nothing waits on it."""
    with _lock:
        _job_child()


def call(fn: Callable, *args: Any, progress=None, cancelled=None, **kwargs: Any) -> Any:
    """Run ``fn(*args, progress=..., **kwargs)`` on the job process and wait (from a worker
    thread) for the answer; :class:`Cancelled` once ``cancelled()`` turned true."""
    with _lock:
        if cancelled is not None and cancelled():
            raise Cancelled()
        child = _job_child()
        try:
            return child.run(fn, args, kwargs, progress, cancelled)
        except ChildFailed:
            shutdown_locked()
            raise


def run_in_process(fn: Callable, *args: Any, progress=None, cancelled=None,
                   **kwargs: Any) -> Any:
    """Run ``fn(*args, progress=..., **kwargs)`` in a fresh process and wait for it."""
    if cancelled is not None and cancelled():
        raise Cancelled()
    child = _Child(once=True)
    try:
        return child.run(fn, args, kwargs, progress, cancelled)
    finally:
        child.stop(kill=True)


def shutdown_locked() -> None:
    global _job_process
    if _job_process is not None:
        _job_process.stop()
        _job_process = None


def shutdown(timeout: float = 2.0) -> None:
    """End every helper: the idle job process at once, a job still running after
    ``timeout`` seconds by force. Takes no lock, since a running job holds it."""
    job = _job_process
    if job is not None and job.alive:
        job.requests.put(None)
    lifetime.end_helpers(timeout)


def ping() -> bool:
    """A job that does nothing: its answer means the job process finished what came before."""
    return True
