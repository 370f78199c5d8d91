"""Unexpected errors: a crash log and a dialog with details. Known errors: plain words."""

from __future__ import annotations

import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from almere_missions import errors
from almere_missions.crashlog import write_crash_log


def show_crash(exc: BaseException, parent: QWidget | None = None) -> QMessageBox:
    """Write the crash log and tell the person where it is, with the details at hand."""
    try:
        path = str(write_crash_log(exc))
    except OSError as log_error:  # a full disk must not hide the first error
        path = QCoreApplication.translate("Crash", "(the log could not be written: %1)").replace("%1", str(log_error))
    box = QMessageBox(parent or QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Crash", "Unexpected error"))
    box.setText(QCoreApplication.translate("Crash", "Something went wrong that the program did not expect. Your saved work is "
                    "safe; the last change may not have been saved."))
    box.setInformativeText(QCoreApplication.translate("Crash", "A report was written to %1. Please send it to the application "
                               "manager.").replace("%1", path))
    box.setDetailedText("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    box.setObjectName("crashDialog")
    box.open()
    return box


def excepthook(exc_type, exc, tb) -> QMessageBox | None:
    """sys.excepthook: never let a bug close the program silently."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return None
    if exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    if QApplication.instance() is None:
        write_crash_log(exc)
        sys.__excepthook__(exc_type, exc, tb)
        return None
    if isinstance(exc, errors.MissionsError):
        return show_error(exc)
    return show_crash(exc)


def install() -> None:
    sys.excepthook = excepthook


def show_error(exc: BaseException, parent: QWidget | None = None,
               title: str | None = None) -> QMessageBox:
    """A known error in plain words: invalid input, refusal, environment problem."""
    box = QMessageBox(parent or QApplication.activeWindow())
    if isinstance(exc, errors.EnvironmentProblem):
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title or QCoreApplication.translate("Crash", "The database cannot be used right now"))
    elif isinstance(exc, errors.PermissionDenied):
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(title or QCoreApplication.translate("Crash", "Not allowed"))
    else:
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title or QCoreApplication.translate("Crash", "Cannot do that"))
    box.setText(str(exc))
    box.setObjectName("errorDialog")
    box.open()
    return box


def handle(exc: BaseException, parent: QWidget | None = None) -> QMessageBox:
    """Known errors get words, bugs get the crash dialog."""
    if isinstance(exc, errors.MissionsError):
        return show_error(exc, parent)
    return show_crash(exc, parent)


def say_or_handle(exc: BaseException, message: QLabel, parent: QWidget | None = None) -> None:
    """Bad input and refusals on the form's own message line; anything else as :func:`handle`."""
    if isinstance(exc, errors.InvalidInput | errors.Refused):
        message.setText(str(exc))
    else:
        handle(exc, parent)
