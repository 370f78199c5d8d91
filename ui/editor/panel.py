"""What the assessment, security, approval and outputs tabs share: their own data,
read in the background when the mission changes, and refusals shown in plain words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from almere_missions import errors
from ui import crash

#: advice colours of the ministry, and the words beside them (never colour alone)
CHIP_COLOURS = {"green": ("#2e7d32", "#ffffff"), "yellow": ("#f9d71c", "#1a1a1a"),
                "orange": ("#ef6c00", "#ffffff"), "red": ("#c62828", "#ffffff"),
                "none": ("#e0e0e0", "#1a1a1a"), "elevated": ("#ef6c00", "#ffffff"),
                "high": ("#c62828", "#ffffff"), "low": ("#2e7d32", "#ffffff"),
                "medium": ("#f9d71c", "#1a1a1a")}


def chip(parent: QWidget, key: str | None, text: str) -> QLabel:
    """A coloured label that carries its meaning in words as well."""
    w = QLabel(text, parent)
    bg, fg = CHIP_COLOURS.get(key or "", ("#e0e0e0", "#1a1a1a"))
    w.setStyleSheet(f"QLabel {{ background: {bg}; color: {fg}; border-radius: 8px; "
                    "padding: 2px 8px; }")
    w.setAlignment(Qt.AlignmentFlag.AlignCenter)
    w.setAccessibleName(text)
    return w


def message_label(parent: QWidget, name: str) -> QLabel:
    w = QLabel(parent)
    w.setObjectName(name)
    w.setWordWrap(True)
    w.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    w.setTextFormat(Qt.TextFormat.PlainText)
    return w


def section_title(parent: QWidget, text: str = "") -> QLabel:
    w = QLabel(text, parent)
    f = w.font()
    f.setBold(True)
    w.setFont(f)
    return w


def line(parent: QWidget) -> QFrame:
    f = QFrame(parent)
    f.setFrameShape(QFrame.Shape.HLine)
    f.setFrameShadow(QFrame.Shadow.Sunken)
    return f


#: errors the person can act on: shown beside the action, not as a crash
PLAIN = (errors.Refused, errors.InvalidInput, errors.PermissionDenied, errors.NotFound,
         errors.EditConflict)


class PanelTab(QWidget):
    """A tab with data of its own: ``fetch(uow)`` runs in the background whenever the
    editor shows another version of the mission; ``show_data(data)`` shows it."""

    key = ""
    keys: set[str] = set()

    def __init__(self, editor):
        super().__init__(editor)
        self.editor = editor
        self.data = None
        self._shown_version: tuple | None = None
        self.status = message_label(self, f"{type(self).__name__}Message")
        # A write from another tab (a security check, a screening) changes what this tab
        # shows without moving the mission's version: read again.
        editor.ctx.changed.connect(self._written)

    def _written(self, refs) -> None:
        if self.editor.view is not None and (refs is None or self.ref in refs):
            self._shown_version = (self.editor.view.ref, self.editor.view.version,
                                   self.editor.view.status)
            self.reload()

    # the tab's own part ------------------------------------------------------------
    def fetch(self, uow, ref: str):  # pragma: no cover - every tab defines it
        raise NotImplementedError

    def show_data(self, data) -> None:  # pragma: no cover
        raise NotImplementedError

    # shared ----------------------------------------------------------------------------
    @property
    def ctx(self):
        return self.editor.ctx

    @property
    def ref(self) -> str:
        return self.editor.ref

    def refresh(self) -> None:
        view = self.editor.view
        if view is None:
            return
        key = (view.ref, view.version, view.status)
        if key != self._shown_version:
            self._shown_version = key
            self.reload()

    def reload(self) -> None:
        ref = self.ref
        self.ctx.read(lambda uow, _p: self.fetch(uow, ref), self._fetched, parent=self,
                      failure=self.fail)

    def _fetched(self, data) -> None:
        self.data = data
        self.show_data(data)

    def tell(self, text: str, problem: bool = False) -> None:
        self.status.setStyleSheet("color: #b3261e" if problem else "color: #1b5e20")
        self.status.setText(text)

    def fail(self, exc: BaseException) -> None:
        """Refusals and bad input in plain words beside the action; anything else is a crash."""
        if isinstance(exc, PLAIN):
            self.tell(str(exc), problem=True)
        else:
            crash.handle(exc, self)

    def write(self, fn, done=None, *, label: str = "", progress=None):
        """Write in one transaction, then reload the mission (its version moved)."""
        def ok(result):
            self.editor.draft_reload()
            self._shown_version = None
            if done is not None:
                done(result)
        return self.ctx.write(fn, ok, failure=self.fail, parent=self, label=label,
                              refs={self.ref}, progress=progress)

    def may(self, *roles: str) -> bool:
        return any(r in self.ctx.roles for r in roles)  # admin is no wildcard in the core
