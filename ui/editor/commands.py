"""Undoable edits of the editor (QUndoStack).

Draft changes only touch the editor's draft until Save. Programme changes are
written at once (like a calendar), so their undo and redo write again, through
the same use cases, against the version the editor holds.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

_MERGE_BASE = 1000


class DraftChange(QUndoCommand):
    """One field of the draft from ``old`` to ``new``; typing in one field merges."""

    def __init__(self, editor, key: str, old, new, text: str, merge: bool = False):
        super().__init__(text)
        self.editor, self.key, self.old, self.new = editor, key, old, new
        self._merge = merge

    def id(self) -> int:
        return _MERGE_BASE + (abs(hash(self.key)) % 10_000) if self._merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, DraftChange) or other.key != self.key:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.editor.put(self.key, self.new)

    def undo(self) -> None:
        self.editor.put(self.key, self.old)


class _DoneChange(QUndoCommand):
    """A write already done when pushed: the push's own redo does nothing, a later redo
    writes ``forward`` again and undo writes ``backward``."""

    def __init__(self, text: str, forward, backward):
        super().__init__(text)
        self.forward, self.backward = forward, backward
        self._done = True  # pushed after the first write went through

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.write(self.forward)

    def undo(self) -> None:
        self.write(self.backward)

    def write(self, step) -> None:
        raise NotImplementedError


class ProgrammeChange(_DoneChange):
    """A programme write already done; undo and redo write again.

    ``forward`` and ``backward`` are the programme tab's steps (``ProgrammeTab.step``):
    given the version the editor holds then, the job of the use case that writes it.
    """

    def __init__(self, tab, text: str, forward: Callable, backward: Callable):
        super().__init__(text, forward, backward)
        self.tab = tab

    def write(self, step: Callable) -> None:
        self.tab.write(step, self.text())


class AppChange(_DoneChange):
    """A write through the application layer, already done; undo runs ``backward``, redo
    runs ``forward`` again. Both are jobs (``ui.tasks.Job``) that ``run(job)`` starts
    (on the database lane: they are small writes, each its own transaction)."""

    def __init__(self, run: Callable, text: str, forward, backward):
        super().__init__(text, forward, backward)
        self.run = run

    def write(self, step) -> None:
        self.run(step)
