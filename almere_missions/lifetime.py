"""Helper processes live no longer than the program that started them.

However the program ends (it quits, it is sent SIGTERM or SIGKILL, it crashes), a
helper must not stay behind holding the database open: a helper holding SQLite's
write lock would block the next start. Two watches, in the helper:

* on Linux, ``prctl(PR_SET_PDEATHSIG, SIGTERM)``: the kernel signals the helper as
  soon as its parent goes. The kernel means the parent *thread* that started the
  helper, so the parent starts every helper on one thread that lives as long as
  the program (:func:`start`); and since the parent may have gone before the
  helper got that far, the helper then compares ``os.getppid()`` with the parent
  it expects.
* everywhere, a daemon thread that waits on the parent's sentinel (multiprocessing
  keeps the write end of a pipe in the parent, or on Windows a process handle), and
  compares the parent's pid while it waits. This covers macOS and Windows. (On
  Windows a job object with JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE would end helpers
  even more promptly; the portable watch is what is done here.)

A helper asked to end (SIGTERM) unwinds: ``SystemExit`` is raised in its main
thread, so an open unit of work rolls back and its connection closes; if it is
stuck in a long call it is ended outright after :data:`GRACE` seconds (the
database rolls back what was not committed in any case). Ctrl+C in a terminal
reaches the whole process group; helpers ignore it and leave it to the program,
which ends them in order.

No Qt here: the helpers import this module.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import sys
import threading
from collections.abc import Callable
from multiprocessing.connection import wait
from typing import Any

#: seconds a helper told to end may take to unwind before it is ended outright
GRACE = 3.0
#: seconds between two looks at the parent's pid (the sentinel usually wakes first)
POLL = 0.5

_PR_SET_PDEATHSIG = 1  # linux/prctl.h


# --- in the helper -----------------------------------------------------------------------

def watched(fn: Callable, *args: Any) -> Any:
    """``fn(*args)`` in a helper, after the watches are set: a process target, or a
    pool's initializer (``initializer=watched, initargs=(fn,)``); pickles by name."""
    watch_parent()
    return fn(*args)


def watch_parent(parent_pid: int | None = None, sentinel: Any = None) -> None:
    """Set the watches on the parent (by default the multiprocessing parent)."""
    if parent_pid is None or sentinel is None:
        parent = multiprocessing.parent_process()
        if parent is None:
            raise RuntimeError("watch_parent() runs in a helper process started by multiprocessing")
        parent_pid = parent.pid if parent_pid is None else parent_pid
        sentinel = parent.sentinel if sentinel is None else sentinel
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _end_asked)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    _set_pdeathsig()
    # The parent may have gone before the signal was armed: then nobody will send it.
    if _parent_gone(parent_pid):
        _end()
    threading.Thread(target=_watch, args=(parent_pid, sentinel), name="parent-watch",
                     daemon=True).start()


def _set_pdeathsig() -> None:
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGTERM), 0, 0, 0)
    except (OSError, AttributeError):  # no prctl: the watching thread still covers it
        pass


def _parent_gone(parent_pid: int) -> bool:
    # Windows reports the pid the helper was started by for ever; the sentinel covers it.
    return os.name != "nt" and os.getppid() != parent_pid


def _watch(parent_pid: int, sentinel: Any) -> None:
    while True:
        try:
            if wait([sentinel], timeout=POLL):
                break  # the parent's end of the pipe closed: it is gone
        except OSError:
            break
        if _parent_gone(parent_pid):
            break
    _end()


def _end() -> None:
    """Ask the main thread to unwind, and make sure the process ends even if it cannot."""
    if threading.current_thread() is threading.main_thread():
        _end_asked(signal.SIGTERM, None)
    _end_later()
    if hasattr(signal, "pthread_kill"):
        # A real signal, to the main thread: it also breaks off a blocking read.
        signal.pthread_kill(threading.main_thread().ident, signal.SIGTERM)
    else:
        import _thread

        _thread.interrupt_main(signal.SIGTERM)  # runs _end_asked in the main thread


_unwinding = threading.Event()
_hard_stop_set = threading.Event()


def _end_asked(signum, _frame) -> None:
    _end_later()
    if _unwinding.is_set():
        return  # unwinding already; a second exit would break off the rollback
    _unwinding.set()
    raise SystemExit(128 + signum)


def _end_later() -> None:
    if _hard_stop_set.is_set():
        return
    _hard_stop_set.set()

    def hard_stop() -> None:
        threading.Event().wait(GRACE)
        os._exit(128 + signal.SIGTERM)

    threading.Thread(target=hard_stop, name="hard-stop", daemon=True).start()


# --- in the program ------------------------------------------------------------------------

class _Starter:
    """One thread, alive as long as the program, that starts every helper.

    ``PR_SET_PDEATHSIG`` fires when the thread that started a helper ends; a worker
    thread of a pool (Qt's expire after 30 idle seconds) would end a helper that
    the program still needs.
    """

    def __init__(self):
        self._tasks: queue.SimpleQueue = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def run(self, fn: Callable[[], Any]) -> Any:
        if threading.current_thread() is self._thread:
            return fn()
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._serve, name="helper-starter",
                                                daemon=True)
                self._thread.start()
        done = threading.Event()
        box: list = []
        self._tasks.put((fn, box, done))
        done.wait()
        kind, value = box[0]
        if kind == "error":
            raise value
        return value

    def _serve(self) -> None:
        while True:
            fn, box, done = self._tasks.get()
            try:
                box.append(("ok", fn()))
            except BaseException as exc:  # noqa: BLE001 - handed back to the caller
                box.append(("error", exc))
            finally:
                done.set()


_starter = _Starter()


def start(process: multiprocessing.process.BaseProcess) -> None:
    """Start a helper process (a ``multiprocessing`` Process) from the starter thread."""
    _starter.run(process.start)


def on_starter_thread(fn: Callable[[], Any]) -> Any:
    """Run ``fn()`` on the starter thread: for code that starts helpers itself
    (the first ``submit`` to a process pool starts its worker)."""
    return _starter.run(fn)


def end_helpers(timeout: float = 2.0) -> list[int]:
    """End every helper still running: each may finish by itself for up to ``timeout``
    seconds, then is asked to end (SIGTERM), then killed. Returns the pids killed."""
    helpers = multiprocessing.active_children()
    deadline = _now() + timeout
    for p in helpers:
        p.join(max(0.0, deadline - _now()))
    for p in helpers:
        if p.is_alive():
            p.terminate()
    deadline = _now() + GRACE
    killed = []
    for p in helpers:
        p.join(max(0.0, deadline - _now()))
        if p.is_alive():
            killed.append(p.pid)
            p.kill()
            p.join(1.0)
    return killed


def _now() -> float:
    import time

    return time.monotonic()
