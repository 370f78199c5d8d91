"""Ending the program from outside: SIGTERM, SIGINT (Ctrl+C), SIGHUP, the session's log-out.

All of them go the program's normal way out (the window closes, background work
is cancelled and rolled back, the helper processes end), except that nobody is
asked about unsaved changes: those become recovery drafts, offered at the next start.

Python runs a signal handler only when the main thread runs Python code; while Qt's
event loop waits in C++ it would not run until the next event. So the C-level
handler's wake-up byte (``signal.set_wakeup_fd``) goes into a socket pair that a
QSocketNotifier watches: the byte wakes the loop, the slot runs Python, the handler runs.
"""

from __future__ import annotations

import logging
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication

#: the signals that mean "end now, keeping what can be kept"
SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP")
                if hasattr(signal, name))

_log = logging.getLogger("almere_missions")


class SignalQuit(QObject):
    """Turns the signals into one call of ``end`` on the UI thread."""

    def __init__(self, end: Callable[[], None], parent: QObject | None = None):
        super().__init__(parent)
        self._end = end
        self.received: list[int] = []
        self._old_handlers: dict[int, object] = {}
        self._reader, self._writer = socket.socketpair()
        for s in (self._reader, self._writer):
            s.setblocking(False)
        self._old_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        for sig in SIGNALS:
            self._old_handlers[sig] = signal.signal(sig, self._handler)

    def _drain(self) -> None:
        try:
            while self._reader.recv(64):
                pass
        except (BlockingIOError, InterruptedError):
            pass
        # returning to Python here is what lets the handler run

    def _handler(self, signum, _frame) -> None:
        self.received.append(signum)
        if len(self.received) == 1:
            _log.info("ending on signal %s", signal.Signals(signum).name)
            # Not from inside whatever Python code the signal interrupted: from the loop.
            QTimer.singleShot(0, self._end)

    def uninstall(self) -> None:
        """Put back the handlers found (for tests, which go on in the same process)."""
        for sig, old in self._old_handlers.items():
            signal.signal(sig, old)
        signal.set_wakeup_fd(self._old_fd)
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()


def close_questions(then: Callable[[], None], tries: int = 40) -> None:
    """Answer open modal dialogs with Cancel, then call ``then`` once they are gone.

    A dialog's ``exec()`` returns only when its own event loop ends; the code after
    it (a question about unsaved changes, say) must run before the window closes.
    """
    modal = QApplication.activeModalWidget()
    if modal is None or tries <= 0:
        then()
        return
    reject = getattr(modal, "reject", None)
    (reject or modal.close)()
    QTimer.singleShot(50, lambda: close_questions(then, tries - 1))


def install(app: QApplication, end: Callable[..., None],
            keep: Callable[[], None]) -> SignalQuit:
    """Route the signals to ``end``; at a log-out, ``keep`` the drafts first.

    The session manager asks for the data (commitDataRequest) and may still cancel
    the log-out, so the program only keeps its drafts then; it ends when the session
    quits it (aboutToQuit, with the window still open: ``end(quit=False)``) or
    sends SIGTERM.
    """
    quit_on_signal = SignalQuit(lambda: close_questions(end), app)
    app.commitDataRequest.connect(lambda _manager: keep())
    app.aboutToQuit.connect(lambda: end(quit=False))
    return quit_on_signal
