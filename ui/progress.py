"""The one progress-and-Cancel widget: every tab shows its long jobs with it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ui.tasks import Handle


class ProgressPanel(QWidget):
    """The title of the running job, its progress and a Cancel button; hidden when idle.

    ``watch(handle)`` shows a job; Cancel stops it (``Handle.cancel``). When the
    job stopped on Cancel the panel says whether anything was stored.
    """

    #: the watched job stopped on Cancel (True: it had stored its work before)
    stopped = Signal(bool)

    def __init__(self, parent: QWidget | None = None, name: str = "progressPanel"):
        super().__init__(parent)
        self.setObjectName(name)
        self.handle: Handle | None = None
        self.text = QLabel(self)
        self.text.setObjectName(f"{name}Text")
        self.bar = QProgressBar(self)
        self.bar.setObjectName(f"{name}Bar")
        self.bar.setMinimumWidth(160)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName(f"{name}Cancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.outcome = QLabel(self)
        self.outcome.setObjectName(f"{name}Outcome")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.outcome)
        self.retranslate()
        self._idle()

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the running work"))

    @property
    def busy(self) -> bool:
        return self.handle is not None

    def watch(self, handle: Handle) -> None:
        self.handle = handle
        self.text.setText(handle.title)
        self.text.setVisible(bool(handle.title))
        self.bar.setRange(0, 0)  # busy until the first report
        self.bar.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.outcome.setText("")
        self.outcome.hide()
        self.show()
        handle.progressed.connect(self._progress)
        handle.cancelled.connect(self._cancelled)
        handle.ended.connect(lambda h=handle: self._ended(h))

    def cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()
            self.cancel_button.setEnabled(False)
            self.text.setText(self.tr("Cancelling…"))

    def _progress(self, done: int, total: int, text: str) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        if text:
            self.bar.setFormat(f"{text} (%p%)")

    def _cancelled(self, stored: bool) -> None:
        self.outcome.setText(self.tr("Finished before the Cancel; it was stored.") if stored
                             else self.tr("Cancelled; nothing was stored."))
        self.stopped.emit(stored)

    def _ended(self, handle: Handle) -> None:
        if self.handle is not handle:
            return
        self.handle = None
        self._idle()

    def _idle(self) -> None:
        self.text.hide()
        self.bar.hide()
        self.bar.setFormat("%p%")
        self.cancel_button.hide()
        self.setVisible(bool(self.outcome.text()))
        self.outcome.setVisible(bool(self.outcome.text()))
