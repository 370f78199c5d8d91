"""What every window needs: the acting user on the open database, and the one way to run
long work (:meth:`AppContext.run`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget
from shiboken6 import isValid

from almere_missions import app, errors
from almere_missions.app import Database
from ui import crash
from ui.tasks import Handle, Job, Runner


class AppContext(QObject):
    """The open database, the acting user, and the runner of their jobs."""

    #: missions were written (refs, or None for "anything may have changed")
    changed = Signal(object)

    def __init__(self, db: Database, user: str, runner: Runner | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.db, self.user = db, user
        app.adopt_database(db)  # the database lane's use cases share the open database
        self.caller = app.Caller(db.url, user)
        self.runner = runner or Runner(self)
        self.roles: set[str] = set()

    def run(self, job: Job, done: Callable[[Any], None] | None = None, *,
            failed: Callable[[BaseException], None] | None = None,
            cancelled: Callable[[bool], None] | None = None,
            parent: QWidget | None = None, panel=None) -> Handle:
        """Run ``job`` for the acting user, whatever its lane.

        ``done(result)`` runs on the UI thread when it went through (never after a
        Cancel); ``failed(exc)`` takes its failure (without it: refusals and bad
        input are shown as a message, anything else as a crash); an environment
        problem (database locked, server gone) offers Retry first. ``panel``, a
        :class:`ui.progress.ProgressPanel`, shows its progress and its Cancel button.
        """
        handle = self.runner.start(job, self.caller)

        def gone() -> bool:
            """The window that asked was closed meanwhile: its answer has nowhere to go."""
            return parent is not None and not isValid(parent)

        def ok(result: Any) -> None:
            if job.writes:
                self.changed.emit(job.refs)
            if done is not None and not gone():
                done(result)

        def bad(exc: BaseException) -> None:
            if gone():  # a failed write is still told, with no window to sit on
                if job.writes:
                    show_failure(exc, None)
                return
            if isinstance(exc, errors.EnvironmentProblem):
                if ask_retry(exc, parent):
                    self.run(job, done, failed=failed, cancelled=cancelled, parent=parent,
                             panel=panel)
                    return
            if failed is not None:
                failed(exc)
            else:
                show_failure(exc, parent)

        def stopped(stored: bool) -> None:
            if stored:
                self.changed.emit(job.refs)
            if cancelled is not None and not gone():
                cancelled(stored)

        handle.succeeded.connect(ok)
        handle.failed.connect(bad)
        handle.cancelled.connect(stopped)
        if panel is not None:
            panel.watch(handle)
        return handle


#: errors the person can act on: a message, not a crash
PLAIN = (errors.Refused, errors.InvalidInput, errors.PermissionDenied, errors.NotFound,
         errors.EditConflict, errors.EnvironmentProblem)


def show_failure(exc: BaseException, parent: QWidget | None) -> None:
    """A refusal or bad input in plain words; anything else is a crash (with its log)."""
    if isinstance(exc, PLAIN):
        box = QMessageBox(QMessageBox.Icon.Warning,
                          QCoreApplication.translate("Context", "This cannot be done"),
                          str(exc), QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("refusalDialog")
        box.open()
    else:
        crash.handle(exc, parent)


def ask_retry(exc: BaseException, parent: QWidget | None) -> bool:
    """An environment problem in plain words, with Retry as the way out."""
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("Context", "The database cannot be used right now"),
                      str(exc), QMessageBox.StandardButton.Retry
                      | QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("environmentDialog")
    box.setInformativeText(QCoreApplication.translate(
        "Context", "Nothing was changed. Try again when the problem is solved."))
    return box.exec() == QMessageBox.StandardButton.Retry
