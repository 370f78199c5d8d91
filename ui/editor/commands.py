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


class ProgrammeChange(QUndoCommand):
    """A programme write already done; undo and redo write again.

    ``forward`` and ``backward`` are the programme tab's steps (``ProgrammeTab.step``):
    given the version the editor holds then, the job of the use case that writes it.
    """

    def __init__(self, tab, text: str, forward: Callable, backward: Callable):
        super().__init__(text)
        self.tab, self.forward, self.backward = tab, forward, backward
        self._done = True  # pushed after the first write went through

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.tab.write(self.forward, self.text())

    def undo(self) -> None:
        self.tab.write(self.backward, self.text())


class AppChange(QUndoCommand):
    """A write through the application layer, already done; undo runs ``backward``, redo
    runs ``forward`` again. Both are jobs (``ui.tasks.Job``) that ``run(job)`` starts
    (on the database lane: they are small writes, each its own transaction)."""

    def __init__(self, run: Callable, text: str, forward, backward):
        super().__init__(text)
        self.run, self.forward, self.backward = run, forward, backward
        self._done = True  # pushed after the first write went through

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.run(self.forward)

    def undo(self) -> None:
        self.run(self.backward)
