"""Heavy jobs that run in a child process, so that their memory churn (and Python's
garbage collector pausing every thread) never stalls the UI thread.

This module imports no Qt: the child process starts quickly and stays small.
Each job opens its own connection to the database by URL and reports progress
through the callback it is given.
"""

from __future__ import annotations

import multiprocessing
import queue
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from almere_missions import lifetime

#: at most this often (seconds) does the child send progress
_INTERVAL = 0.1


class ChildFailed(RuntimeError):
    """The child process ended without an answer (killed, out of memory)."""


def export_job(url: str, user: str, path: str, refs: list[str] | None = None, *,
               progress: Callable) -> dict[str, int]:
    from almere_missions.db import Database
    from almere_missions.exchange.export import export_file

    db = Database(url)
    try:
        progress(0, 1, "")
        with db.unit_of_work(user, write=False) as uow:
            counts = export_file(uow, Path(path), refs)
        progress(1, 1, "")
        return counts
    finally:
        db.dispose()


def import_job(url: str, user: str, path: str, *, progress: Callable):
    from almere_missions.db import Database
    from almere_missions.exchange.importer import import_file

    db = Database(url)
    try:
        with db.unit_of_work(user) as uow:
            result = import_file(uow, Path(path), progress=progress)
            uow.commit()
        return result
    finally:
        db.dispose()


def _lower_priority() -> None:
    """Job processes yield the processor to the window (it is the one a person watches)."""
    import os

    if hasattr(os, "nice"):
        try:
            os.nice(10)
        except OSError:
            pass


# --- reads for the screens, on one long-lived job process ----------------------------

_pool = None
_databases: dict = {}  # in the job process: one Database per URL, kept open


def _database(url: str):
    from almere_missions.db import Database

    db = _databases.get(url)
    if db is None:
        for other in _databases.values():  # one database at a time (settings may switch)
            other.dispose()
        _databases.clear()
        db = _databases[url] = Database(url)
    return db


def _read(url: str, user: str, fn, *args):
    with _database(url).unit_of_work(user, write=False) as uow:
        return fn(uow, *args)


def register_job(url: str, user: str):
    """The register's rows and the themes to filter by."""
    from almere_missions import policy
    from almere_missions.services.missions import list_missions

    def work(uow):
        fw = policy.framework_in_force(uow.session)
        themes = [(e.code, e.name) for e in fw.of("theme")] if fw else []
        return list_missions(uow), themes
    return _read(url, user, work)


def checks_job(url: str, user: str, ref: str | None = None):
    from ui import checks

    return _read(url, user, checks.run, ref)


def mission_job(url: str, user: str, ref: str):
    """One mission for the editor: snapshot, clashes, policy framework."""
    from almere_missions import policy
    from almere_missions.services.missions import load_snapshot
    from ui import checks

    def work(uow):
        snap = load_snapshot(uow, [ref], all_venues=True)
        fw = policy.framework_in_force(uow.session, snap.missions[0].start)
        return snap, checks.run(uow, ref), fw
    return _read(url, user, work)


def board_job(url: str, user: str, first, last):
    from ui.boarddata import board_data

    return _read(url, user, board_data, first, last)


def _ping() -> bool:
    return True


def warm_up() -> None:
    """Start the job process now, while the program is small and nothing waits on it."""
    _executor().submit(_ping)


def _executor():
    global _pool
    if _pool is None:
        from concurrent.futures import ProcessPoolExecutor

        _pool = ProcessPoolExecutor(max_workers=1, initializer=lifetime.watched,
                                    initargs=(_lower_priority,),
                                    mp_context=multiprocessing.get_context("spawn"))
        lifetime.on_starter_thread(lambda: _pool.submit(_ping))  # its worker starts here
    return _pool


def call(fn, *args):
    """Run ``fn(*args)`` on the job process and wait (from a worker thread) for the answer.

    Reads of the whole season (the register, the board, the checks) make and drop
    hundreds of thousands of objects; in their own process neither their garbage
    collection nor their share of the interpreter lock reaches the UI thread.
    """
    return _executor().submit(fn, *args).result()


def shutdown(timeout: float = 2.0) -> None:
    """Drop the jobs not started, and end every helper (after ``timeout`` seconds, by force)."""
    global _pool
    if _pool is not None:
        _pool.shutdown(wait=False, cancel_futures=True)
        _pool = None
    lifetime.end_helpers(timeout)


def _child(target, args, kwargs, answers) -> None:  # runs in the child process
    _lower_priority()
    last = [0.0]

    def progress(done, total, text=""):
        now = time.monotonic()
        if now - last[0] >= _INTERVAL or done >= total:
            last[0] = now
            answers.put(("progress", int(done), int(total), text))

    try:
        answers.put(("ok", target(*args, progress=progress, **kwargs)))
    except BaseException as exc:  # noqa: BLE001 - every failure goes back to the parent
        exc.child_traceback = traceback.format_exc()
        try:
            answers.put(("error", exc))
        except Exception:  # noqa: BLE001 - an exception that does not pickle
            answers.put(("error", RuntimeError(f"{type(exc).__name__}: {exc}")))


def run_in_process(target: Callable, *args, progress=None, cancelled=None, **kwargs) -> Any:
    """Run ``target(*args, progress=..., **kwargs)`` in a fresh process and wait for it.

    ``progress(done, total, text)`` is called here as the child reports;
    ``cancelled()`` is polled and, once true, the child is stopped (a write it
    was doing is rolled back by the database) and :class:`Cancelled` raised.
    """
    from ui.tasks import Cancelled

    ctx = multiprocessing.get_context("spawn")  # never fork a process with Qt threads
    answers = ctx.Queue()
    child = ctx.Process(target=lifetime.watched, args=(_child, target, args, kwargs, answers),
                        daemon=True)
    lifetime.start(child)
    try:
        while True:
            if cancelled is not None and cancelled():
                raise Cancelled()
            try:
                msg = answers.get(timeout=0.05)
            except queue.Empty:
                if not child.is_alive():
                    try:
                        msg = answers.get(timeout=0.5)
                    except queue.Empty:
                        raise ChildFailed(f"the background process stopped unexpectedly "
                                          f"(exit code {child.exitcode})") from None
                else:
                    continue
            kind = msg[0]
            if kind == "progress":
                if progress is not None:
                    progress(*msg[1:])
            elif kind == "ok":
                return msg[1]
            else:
                raise msg[1]
    finally:
        if child.is_alive():
            child.terminate()
        child.join(5)
        answers.close()
        answers.join_thread()
