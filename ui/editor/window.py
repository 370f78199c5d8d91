"""The mission editor: tabs over one mission, with undo, Save and conflict handling."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QMessageBox, QTabWidget, QWidget

from almere_missions import errors, recovery
from almere_missions.app import editor as editor_app
from almere_missions.app import missions as missions_app
from almere_missions.planning.clashes import Clashes
from ui import crash, fmt
from ui.context import AppContext
from ui.editor.commands import DraftChange
from ui.editor.draft import Draft
from ui.labels import label
from ui.tasks import JOBS, job
from ui.widgets import bold_label, button, hbox, set_names, set_texts, vbox


class _Relay(QObject):
    """Forwards the undo stack's signals while the editor is whole.

    Made before the undo stack, so it is deleted before it: the stack's own
    signals while it is torn down reach nobody.
    """

    def __init__(self, fn, parent):
        super().__init__(parent)
        self.fn = fn

    @Slot()
    def ping(self) -> None:
        self.fn()


class MissionEditor(QWidget):
    """One mission. Edits go to a draft (undoable) until Save; programme edits write at once."""

    titleChanged = Signal(str)
    dirtyChanged = Signal(bool)
    saved = Signal(str)
    loadedSignal = Signal()

    def __init__(self, ctx: AppContext, ref: str, parent=None):
        super().__init__(parent)
        from ui.editor.tabs import TABS

        self.ctx, self.ref = ctx, ref
        relay = _Relay(lambda: self._update_state(), self)
        self.view = None
        self.version: int | None = None
        self.base: Draft | None = None
        self.draft: Draft | None = None
        self.persons: dict = {}
        self.venues: dict = {}
        self.clashes = Clashes()
        self.framework = None
        self.bundle: editor_app.MissionBundle | None = None
        self.busy = False
        self.undo = QUndoStack(self)
        self.undo.setObjectName("editorUndo")

        self.heading = bold_label(self, 1.35)
        self.heading.setObjectName("editorHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.state = QLabel(self)
        self.state.setObjectName("editorState")
        self.save_button = button(self, "editorSave", self.save)
        self.reload_button = button(self, "editorReload", self.ask_reload)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("editorTabs")
        self.tabs.setDocumentMode(True)
        self.pages = []
        for cls in TABS:
            page = cls(self)
            self.pages.append(page)
            self.tabs.addTab(page, page.title())

        vbox(hbox((self.heading, 1), self.state, self.reload_button, self.save_button),
             (self.tabs, 1), parent=self, margins=8)
        self.undo.cleanChanged.connect(relay.ping)
        self.undo.indexChanged.connect(relay.ping)
        self.retranslate()
        self.setEnabled(False)
        # A write from a tab or elsewhere (a screening, an approval) changes what the
        # tabs show, with or without moving the mission's version: read it again.
        ctx.changed.connect(self._written)

    def _written(self, refs) -> None:
        if self.bundle is not None and not self.busy and (refs is None or self.ref in refs):
            self.draft_reload()

    def retranslate(self) -> None:
        set_texts([(self.save_button, self.tr("&Save")), (self.reload_button, self.tr("Reload"))])
        set_names([(self.save_button, self.tr("Save the mission")),
                   (self.reload_button, self.tr("Reload the mission from the database"))])
        for n, page in enumerate(self.pages):
            self.tabs.setTabText(n, page.title())
            page.retranslate()
        self._update_state()

    def page(self, key: str):
        return next(p for p in self.pages if p.key == key)

    # --- loading --------------------------------------------------------------
    def read_mission(self, success, failure=None) -> None:
        """Everything the tabs show, read on the job process (the checks look at the
        whole season)."""
        self.ctx.run(job(editor_app.mission_bundle, self.ref, fmt.document_lang(), lane=JOBS,
                         title=self.tr("Reading %1").replace("%1", self.ref)),
                     success, failed=failure or (lambda exc: crash.handle(exc, self)),
                     parent=self)

    def load(self) -> None:
        self.read_mission(self._loaded)

    def _loaded(self, bundle: editor_app.MissionBundle, keep_draft: bool = False) -> None:
        snap, clashes, self.framework = bundle.snapshot, bundle.clashes, bundle.framework
        self.bundle = bundle
        self.view = snap.mission(self.ref)
        self.version = self.view.version
        self.persons = dict(snap.persons)
        self.venues = dict(snap.venues)
        self.clashes = clashes
        base = Draft.of(self.view)
        if not keep_draft or self.draft is None:
            self.draft = base
            self.undo.clear()
        self.base = base
        self.setEnabled(True)
        self.refresh()
        self.loadedSignal.emit()

    def refresh(self) -> None:
        for page in self.pages:
            page.refresh()
        self._update_state()

    def title_text(self) -> str:
        if self.draft is None:
            return self.ref
        return f"{self.ref} · {fmt.text(self.draft.title)}"

    def _update_state(self) -> None:
        if self.view is None:
            self.heading.setText(self.ref)
            self.save_button.setEnabled(False)
            return
        dirty = self.is_dirty()
        self.heading.setText(self.title_text())
        bits = [label(self.view.direction), label(self.view.status),
                fmt.span(self.draft.start, self.draft.end)]
        if dirty:
            bits.append(self.tr("unsaved changes"))
        self.state.setText(" · ".join(bits))
        self.save_button.setEnabled(dirty and not self.busy)
        self.titleChanged.emit(self.title_text() + (" *" if dirty else ""))
        self.dirtyChanged.emit(dirty)

    def is_dirty(self) -> bool:
        return self.draft is not None and self.draft != self.base

    # --- draft edits ------------------------------------------------------------
    def change(self, key: str, value, text: str, merge: bool = False) -> None:
        """Push an undoable change of the draft (no-op when nothing changes)."""
        old = getattr(self.draft, key)
        if old == value:
            return
        self.undo.push(DraftChange(self, key, old, value, text, merge))

    def put(self, key: str, value) -> None:
        self.draft = self.draft.with_(key, value)
        for page in self.pages:
            if key in page.keys:
                page.refresh()
        self._update_state()

    # --- saving -------------------------------------------------------------------
    def save(self) -> None:
        if not self.is_dirty() or self.busy:
            return
        ref, draft, base, version = self.ref, self.draft, self.base, self.version
        participants = (list(draft.participants) if draft.participants != base.participants
                        else None)
        costs = list(draft.costs) if draft.costs != base.costs else None

        def written(_version):
            # Read back (and check) in a transaction of its own: the save stands regardless.
            self.read_mission(self._saved,
                              lambda exc: (self._set_busy(False), crash.handle(exc, self)))

        self._set_busy(True)
        self.ctx.run(job(missions_app.save_draft, ref, version,
                         fields=draft.field_changes(base), participants=participants,
                         costs=costs, writes=True, refs={ref},
                         title=self.tr("Saving %1").replace("%1", ref)),
                     written, failed=self._save_failed, parent=self)

    def _saved(self, result) -> None:
        self._set_busy(False)
        recovery.discard(self.ctx.db.url, self.ctx.user, self.ref)  # one kept earlier is stale
        self.draft = None
        self._loaded(result)
        self.saved.emit(self.ref)

    def _save_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, errors.EditConflict):
            self.conflict(exc)
        else:
            crash.handle(exc, self)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_state()

    def conflict(self, exc: BaseException) -> None:
        """Someone else saved: say so, and offer to reload (the only safe way on)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Changed by someone else"),
                          self.tr("%1 was changed by someone else after you opened it. "
                                  "Nothing of yours was saved, and nothing of theirs was "
                                  "overwritten.").replace("%1", self.ref),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("conflictDialog")
        box.setInformativeText(self.tr("Reload shows their version; then make your change "
                                       "again. Your unsaved changes will be lost."))
        box.setDetailedText(str(exc))
        reload = box.addButton(self.tr("Reload"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(reload)
        box.exec()
        if box.clickedButton() is reload:
            self.draft = None
            self.load()

    def ask_reload(self) -> None:
        if self.is_dirty():
            answer = QMessageBox.question(
                self, self.tr("Reload"),
                self.tr("Reloading drops your unsaved changes. Reload anyway?"))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.draft = None
        self.load()

    def maybe_close(self) -> bool:
        """Unsaved-change protection: Save, Discard or Cancel."""
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("%1 has unsaved changes. Save them?").replace("%1", self.ref),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            self.save()
            return False  # closes after the save went through (see the main window)
        return answer == QMessageBox.StandardButton.Discard

    # --- recovery drafts (the program ended from outside) --------------------------
    def keep_draft(self) -> bool:
        """Write the unsaved edits to a recovery draft; False when there are none."""
        if not self.is_dirty():
            return False
        recovery.store(self.ctx.db.url, self.ctx.user, self.ref, self.version,
                       self.base.to_data(), self.draft.to_data())
        return True

    def restore_draft(self, kept: dict) -> None:
        """Apply a recovery draft, as undoable changes, once the mission is loaded.

        Only what the draft changed is applied, onto the mission as it is now: fields
        someone else changed meanwhile, and the draft did not, keep their new value.
        """
        def apply() -> None:
            if self.view is None:
                return
            self.loadedSignal.disconnect(apply)
            try:
                base, draft = Draft.from_data(kept["base"]), Draft.from_data(kept["draft"])
            except (ValueError, KeyError, TypeError) as exc:
                recovery.set_aside(self.ctx.db.url, self.ctx.user, self.ref)
                crash.show_error(errors.InvalidInput(
                    f"{self.ref}: the unsaved changes kept cannot be restored: {exc}"), self)
                return
            self.undo.beginMacro(self.tr("Restore unsaved changes"))
            for key in draft.changed_keys(base):
                self.change(key, getattr(draft, key), self.tr("Restore unsaved changes"))
            self.undo.endMacro()
            recovery.discard(self.ctx.db.url, self.ctx.user, self.ref)

        self.loadedSignal.connect(apply)
        apply()  # at once when the mission is loaded already

    # --- programme writes (at once, undoable) -------------------------------------
    def draft_reload(self) -> None:
        """Show the programme as stored again (after a refused move), keeping the draft."""
        self.read_mission(lambda r: self._loaded(r, keep_draft=True))
