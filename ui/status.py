"""Progress of background work in the status bar, with a Cancel button."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget


class WorkIndicator(QWidget):
    """Shows the one long operation in progress (import, export, checks)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.text = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(220)
        self.bar.setTextVisible(True)
        self.cancel = QPushButton(self)
        self.cancel.setAccessibleName(self.tr("Cancel the running task"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        self._op = None
        self.cancel.clicked.connect(self._cancel)
        self.cancel.setText(self.tr("Cancel"))
        self.hide()

    def start(self, op, text: str) -> None:
        self._op = op
        self.text.setText(text)
        self.bar.setRange(0, 0)
        self.cancel.setEnabled(True)
        self.show()

    def progress(self, done: int, total: int, text: str = "") -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
        if text:
            self.text.setText(text)

    def finish(self) -> None:
        self._op = None
        self.hide()

    def _cancel(self) -> None:
        if self._op is not None:
            self._op.cancel()
            self.cancel.setEnabled(False)
            self.text.setText(self.tr("Cancelling…"))
