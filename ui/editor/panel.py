"""What the assessment, security, approval and outputs tabs share: their own data,
read in the background when the mission changes, and refusals shown in plain words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from almere_missions import errors
from ui import crash
from ui.widgets import FINE, PROBLEM, hbox, show_message

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


class DraftTab(QWidget):
    """A tab that shows and edits fields of the editor's draft (``keys``); each edit is
    an undoable change of the draft."""

    key = ""
    keys: set[str] = set()

    def __init__(self, editor):
        super().__init__(editor)
        self.editor = editor

    def remove_current_row(self, key: str, text: str) -> None:
        """Take the row selected in ``self.table`` out of the draft's list ``key``."""
        row = self.table.currentIndex().row()
        rows = list(getattr(self.editor.draft, key))
        if 0 <= row < len(rows):
            del rows[row]
            self.editor.change(key, tuple(rows), text)


class TabPart:
    """Mixed into the widget class of a part of an editor tab: built with the tab,
    which it keeps as ``self.tab``."""

    def __init__(self, tab):
        super().__init__(tab)
        self.tab = tab


class RememberedSettings:
    """Mixed into a part whose server and user are kept in the program's settings (never
    a password: that lives in the system keyring only); read when first shown empty."""

    def _store(self):
        settings = getattr(self.window(), "settings", None)
        return getattr(settings, "store", None)

    def load_settings(self) -> None:
        store = self._store()
        if store is not None:
            self.read_settings(store)

    def read_settings(self, store) -> None:  # pragma: no cover - every part defines it
        raise NotImplementedError

    def keep_settings(self, values: dict) -> None:
        store = self._store()
        if store is not None:
            for key, value in values.items():
                store.setValue(key, value)

    def settings_unread(self) -> bool:  # pragma: no cover - every part defines it
        raise NotImplementedError

    def showEvent(self, event) -> None:
        if self.settings_unread():
            self.load_settings()
        super().showEvent(event)


def stored_text(store, key: str) -> str:
    return str(store.value(key, "") or "")


#: errors the person can act on: shown beside the action, not as a crash
PLAIN = (errors.Refused, errors.InvalidInput, errors.PermissionDenied, errors.NotFound,
         errors.EditConflict)


class PanelTab(QWidget):
    """A tab with data of its own, read with the mission (``app.editor.mission_bundle``
    holds it as ``panels[key]``); ``show_data(data)`` shows it whenever the editor has
    read the mission again."""

    key = ""
    keys: set[str] = set()

    def __init__(self, editor):
        super().__init__(editor)
        self.editor = editor
        self.data = None
        self._shown = None
        self.status = message_label(self, f"{type(self).__name__}Message")

    def show_data(self, data) -> None:  # pragma: no cover - every tab defines it
        raise NotImplementedError

    def footer(self, *widgets) -> QHBoxLayout:
        """The tab's message, taking the width, and ``widgets`` after it."""
        return hbox((self.status, 1), *widgets)

    @property
    def ctx(self):
        return self.editor.ctx

    @property
    def ref(self) -> str:
        return self.editor.ref

    def refresh(self) -> None:
        bundle = self.editor.bundle
        if bundle is None or bundle is self._shown:
            return
        self._shown = bundle
        self.data = bundle.panels[self.key]
        self.show_data(self.data)

    def reload(self) -> None:
        """Read the mission again (after a write here or elsewhere), keeping the draft."""
        self.editor.draft_reload()

    def tell(self, text: str, problem: bool = False) -> None:
        show_message(self.status, text, PROBLEM if problem else FINE)

    def fail(self, exc: BaseException) -> None:
        """Refusals and bad input in plain words beside the action; anything else is a crash."""
        if isinstance(exc, PLAIN):
            self.tell(str(exc), problem=True)
        else:
            crash.handle(exc, self)

    def run(self, job, done=None, *, failed=None, cancelled=None, panel=None):
        """Run ``job`` (``ui.tasks.job``) with refusals shown beside the action; a write
        makes the editor read the mission again."""
        return self.ctx.run(job, done, failed=failed or self.fail, cancelled=cancelled,
                            parent=self, panel=panel)

    def may(self, *roles: str) -> bool:
        return any(r in self.ctx.roles for r in roles)  # admin is no wildcard in the core
