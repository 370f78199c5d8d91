"""What every window needs: the open database, the acting user, the background runner."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.exc import OperationalError

from almere_missions import errors
from almere_missions.db import Database
from almere_missions.uow import UnitOfWork, translate_operational_error
from ui import crash
from ui.tasks import Operation, Progress, Runner

Work = Callable[[UnitOfWork, Progress], Any]


class AppContext(QObject):
    """The open database and the way to work on it off the UI thread."""

    #: missions were written (refs, or None for "anything may have changed")
    changed = Signal(object)

    def __init__(self, db: Database, user: str, runner: Runner | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.db, self.user = db, user
        self.runner = runner or Runner(self)
        self.roles: set[str] = set()

    def read(self, fn: Work, success: Callable[[Any], None], *, label: str = "",
             failure: Callable[[BaseException], None] | None = None,
             progress: Callable[[int, int, str], None] | None = None,
             parent: QWidget | None = None) -> Operation:
        return self._run(fn, success, write=False, label=label, failure=failure,
                         progress=progress, parent=parent)

    def write(self, fn: Work, success: Callable[[Any], None] | None = None, *, label: str = "",
              failure: Callable[[BaseException], None] | None = None,
              progress: Callable[[int, int, str], None] | None = None,
              parent: QWidget | None = None, refs: Any = None) -> Operation:
        """Run ``fn`` in one transaction; committed when it returns, rolled back if it raises."""
        def done(result: Any) -> None:
            self.changed.emit(refs)
            if success is not None:
                success(result)
        return self._run(fn, done, write=True, label=label, failure=failure,
                         progress=progress, parent=parent)

    def _run(self, fn: Work, success, *, write: bool, label: str, failure, progress,
             parent) -> Operation:
        db, user = self.db, self.user

        def work(p: Progress) -> Any:
            try:
                with db.unit_of_work(user, write=write) as uow:
                    result = fn(uow, p)
                    if write:
                        uow.commit()
                    return result
            except OperationalError as exc:  # raised outside a unit of work's own mapping
                raise translate_operational_error(exc) from exc

        op = Operation(work, label=label, writes=write).success(success)

        def failed(exc: BaseException) -> None:
            if failure is not None and not isinstance(exc, errors.EnvironmentProblem):
                failure(exc)
                return
            if isinstance(exc, errors.EnvironmentProblem):
                if ask_retry(exc, parent):
                    self._run(fn, success, write=write, label=label, failure=failure,
                              progress=progress, parent=parent)
                elif failure is not None:
                    failure(exc)
                return
            crash.handle(exc, parent)

        op.failure(failed)
        if progress is not None:
            op.on_progress(progress)
        op.run(self.runner)
        return op


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
