"""The main window: the register, the season board and open missions as tabs."""

from __future__ import annotations

import calendar
import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QToolBar,
)

from almere_missions import errors, recovery
from almere_missions.app import exchange as exchange_app
from almere_missions.app import missions as missions_app
from almere_missions.app import register as register_app
from ui import crash
from ui.board import SeasonBoard
from ui.context import AppContext
from ui.editor.window import MissionEditor
from ui.progress import ProgressPanel
from ui.register import RegisterView
from ui.settings import Settings
from ui.tasks import PROCESS, job
from ui.welcome import DEMO, WelcomePage
from ui.widgets import save_as


def _roles_and_count(caller, *, progress) -> tuple[set[str], int]:
    return register_app.my_roles(caller), register_app.mission_count(caller)


class MainWindow(QMainWindow):
    #: the settings changed the database or the language; the application reopens
    reopenRequested = Signal(bool, bool)

    def __init__(self, ctx: AppContext, settings: Settings, parent=None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.ctx, self.settings = ctx, settings
        self.editors: dict[str, MissionEditor] = {}
        self._closing_after_save: set[str] = set()
        self._ending = False  # ended from outside: keep drafts instead of asking
        self.undo_group = QUndoGroup(self)

        self.register = RegisterView(ctx, self)
        self.board = SeasonBoard(ctx, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("workspaceTabs")
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.addTab(self.register, "")
        self.tabs.addTab(self.board, "")
        for n in (0, 1):  # the register and the board stay
            self.tabs.tabBar().setTabButton(n, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.welcome = WelcomePage(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.tabs)
        self.setCentralWidget(self.stack)

        self.work = ProgressPanel(self, "workProgress")
        self.user_label = QLabel(self)
        self.db_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.work)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.db_label)

        self._make_actions()
        self._make_menus()
        self.a_save.setEnabled(False)  # until a mission is open

        self.register.openMission.connect(self.open_mission)
        self.register.loaded.connect(self._place_board)
        self._board_placed = False
        self.board.openMission.connect(self.open_mission)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.welcome.demoRequested.connect(lambda: self.import_path(DEMO))
        self.welcome.importRequested.connect(self.import_dialog)
        self.welcome.emptyRequested.connect(self.show_workspace)
        ctx.changed.connect(self._changed)
        ctx.runner.busyChanged.connect(self._busy)
        self.retranslate()
        self.resize(1280, 800)
        geometry = settings.geometry("main")
        if geometry is not None:
            self.restoreGeometry(geometry)

    # --- actions ------------------------------------------------------------------
    def _act(self, name: str, slot, shortcut=None) -> QAction:
        a = QAction(self)
        a.setObjectName(name)
        if shortcut is not None:
            a.setShortcut(shortcut)
        a.triggered.connect(slot)
        return a

    def _make_actions(self) -> None:
        K = QKeySequence.StandardKey
        self.a_new = self._act("actionNew", self.new_mission, K.New)
        self.a_open = self._act("actionOpen", self.open_selected, QKeySequence("Ctrl+O"))
        self.a_save = self._act("actionSave", self.save_current, K.Save)
        self.a_close = self._act("actionCloseTab", self.close_current, K.Close)
        self.a_delete = self._act("actionDelete", self.delete_selected)
        self.a_import = self._act("actionImport", self.import_dialog, QKeySequence("Ctrl+I"))
        self.a_export = self._act("actionExport", self.export_dialog, QKeySequence("Ctrl+E"))
        self.a_settings = self._act("actionSettings", self.settings_dialog, K.Preferences)
        self.a_quit = self._act("actionQuit", self.close, K.Quit)
        self.a_undo = self.undo_group.createUndoAction(self)
        self.a_undo.setShortcut(K.Undo)
        self.a_undo.setObjectName("actionUndo")
        self.a_redo = self.undo_group.createRedoAction(self)
        self.a_redo.setShortcut(K.Redo)
        self.a_redo.setObjectName("actionRedo")
        self.a_find = self._act("actionFind", self.find, K.Find)
        self.a_register = self._act("actionRegister", lambda: self.show_tab(self.register),
                                    QKeySequence("Ctrl+1"))
        self.a_board = self._act("actionBoard", lambda: self.show_tab(self.board),
                                 QKeySequence("Ctrl+2"))
        self.a_reports = self._act("actionReports", self.show_reports, QKeySequence("Ctrl+3"))
        self.a_relations = self._act("actionRelations", self.show_relations,
                                     QKeySequence("Ctrl+4"))
        self.a_refresh = self._act("actionRefresh", self.refresh, K.Refresh)
        self.a_persons = self._act("actionPersons", self.persons_dialog)
        self.a_venues = self._act("actionVenues", self.venues_dialog)
        self.a_about = self._act("actionAbout", self.about)
        for a in self.actions_list():
            self.addAction(a)

    def actions_list(self) -> list[QAction]:
        return [self.a_new, self.a_open, self.a_save, self.a_close, self.a_delete,
                self.a_import, self.a_export, self.a_settings, self.a_quit, self.a_undo,
                self.a_redo, self.a_find, self.a_register, self.a_board, self.a_relations,
                self.a_refresh,
                self.a_persons, self.a_venues, self.a_about]

    def _make_menus(self) -> None:
        mb = self.menuBar()
        self.m_file = mb.addMenu("")
        for a in (self.a_new, self.a_open, self.a_save, self.a_close, None, self.a_import,
                  self.a_export, None, self.a_settings, None, self.a_quit):
            self.m_file.addSeparator() if a is None else self.m_file.addAction(a)
        self.m_edit = mb.addMenu("")
        for a in (self.a_undo, self.a_redo, None, self.a_find, None, self.a_delete):
            self.m_edit.addSeparator() if a is None else self.m_edit.addAction(a)
        self.m_view = mb.addMenu("")
        for a in (self.a_register, self.a_board, self.a_reports, self.a_relations, None,
                  self.a_refresh):
            self.m_view.addSeparator() if a is None else self.m_view.addAction(a)
        self.m_manage = mb.addMenu("")
        self.m_manage.addAction(self.a_persons)
        self.m_manage.addAction(self.a_venues)
        self.m_help = mb.addMenu("")
        self.m_help.addAction(self.a_about)
        tb = QToolBar(self)
        tb.setObjectName("mainToolbar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for a in (self.a_new, self.a_save, None, self.a_undo, self.a_redo, None, self.a_register,
                  self.a_board, self.a_relations, None, self.a_persons, self.a_venues, None, self.a_import,
                  self.a_export):
            tb.addSeparator() if a is None else tb.addAction(a)
        self.toolbar = tb
        self.addToolBar(tb)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Almere Missions"))
        texts = {
            self.a_new: self.tr("&New mission…"), self.a_open: self.tr("&Open mission"),
            self.a_save: self.tr("&Save"), self.a_close: self.tr("&Close tab"),
            self.a_delete: self.tr("&Delete mission…"), self.a_import: self.tr("&Import…"),
            self.a_export: self.tr("&Export…"), self.a_settings: self.tr("Se&ttings…"),
            self.a_quit: self.tr("&Quit"), self.a_find: self.tr("&Find"),
            self.a_register: self.tr("Mission &register"),
            self.a_board: self.tr("Season &board"), self.a_refresh: self.tr("&Refresh"),
            self.a_reports: self.tr("Re&ports"),
            self.a_relations: self.tr("Partner&ships"),
            self.a_persons: self.tr("&Persons…"), self.a_venues: self.tr("&Venues…"),
            self.a_about: self.tr("&About Almere Missions"),
        }
        for a, t in texts.items():
            a.setText(t)
        self.a_undo.setText(self.tr("&Undo"))
        self.a_redo.setText(self.tr("&Redo"))
        self.m_file.setTitle(self.tr("&File"))
        self.m_edit.setTitle(self.tr("&Edit"))
        self.m_view.setTitle(self.tr("&View"))
        self.m_manage.setTitle(self.tr("&Manage"))
        self.m_help.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.tabs.setTabText(0, self.tr("Register"))
        self.tabs.setTabText(1, self.tr("Season board"))
        self.tabs.setAccessibleName(self.tr("Workspace"))
        roles = ", ".join(sorted(self.ctx.roles)) or self.tr("no roles")
        self.user_label.setText(self.tr("User: %1 (%2)").replace("%1", self.ctx.user)
                                .replace("%2", roles))
        self.db_label.setText(repr(self.ctx.db).removeprefix("Database(").removesuffix(")")
                              .strip("'"))

    # --- start ----------------------------------------------------------------------
    def start(self) -> None:
        """Show the welcome page on an empty database, else the register."""
        def counted(n: int) -> None:
            if n:
                self.show_workspace()
                self.offer_recovery()
            else:
                self.stack.setCurrentWidget(self.welcome)
        self.ctx.run(job(_roles_and_count), lambda r: (self._roles(r[0]), counted(r[1])),
                     parent=self)

    def _roles(self, roles) -> None:
        self.ctx.roles = set(roles)
        self.retranslate()

    def show_workspace(self) -> None:
        self.stack.setCurrentWidget(self.tabs)
        self.register.reload()
        self.board.reload()

    def _place_board(self) -> None:
        """Open the board once on a month with missions: this one, else the next, else the last."""
        if self._board_placed or not self.register.model.rows:
            return
        self._board_placed = True
        today = date.today()
        rows = self.register.model.rows
        first = today.replace(day=1)
        last = today.replace(day=calendar.monthrange(today.year, today.month)[1])
        if any(m.start <= last and m.end >= first for m in rows):
            return
        upcoming = [m.start for m in rows if m.start >= today]
        self.board.go(min(upcoming) if upcoming else max(m.start for m in rows))

    def show_tab(self, widget) -> None:
        if self.stack.currentWidget() is not self.tabs:
            self.show_workspace()
        self.tabs.setCurrentWidget(widget)

    def show_reports(self):
        from ui.reports import open_reports

        return open_reports(self)

    def show_relations(self):
        from ui.relations import open_relations

        return open_relations(self)

    def refresh(self) -> None:
        self.register.reload()
        self.board.reload()
        view = getattr(self, "relations_view", None)
        if view is not None:
            view.reload()

    def _changed(self, refs) -> None:
        if self.stack.currentWidget() is self.tabs:
            self.refresh()

    def _busy(self, n: int) -> None:
        if n:
            self.statusBar().showMessage(self.tr("Working…"))
        else:
            self.statusBar().clearMessage()

    # --- missions --------------------------------------------------------------------
    def open_mission(self, ref: str) -> MissionEditor:
        editor = self.editors.get(ref)
        if editor is None:
            editor = MissionEditor(self.ctx, ref, self)
            self.editors[ref] = editor
            self.undo_group.addStack(editor.undo)
            self.tabs.addTab(editor, ref)
            editor.titleChanged.connect(lambda text, e=editor: self._retitle(e, text))
            editor.saved.connect(self._saved)
            editor.load()
        self.show_tab(editor)
        return editor

    def _retitle(self, editor, text: str) -> None:
        i = self.tabs.indexOf(editor)
        if i >= 0:
            self.tabs.setTabText(i, text if len(text) < 40 else text[:38] + "…")
            self.tabs.setTabToolTip(i, text)

    def _saved(self, ref: str) -> None:
        self.statusBar().showMessage(self.tr("%1 saved").replace("%1", ref), 4000)
        if ref in self._closing_after_save:
            self._closing_after_save.discard(ref)
            self._drop_editor(self.editors[ref])

    def _tab_changed(self, index: int) -> None:
        w = self.tabs.widget(index)
        relations = getattr(self, "relations_view", None)
        if isinstance(w, MissionEditor) or (w is not None and w is relations):
            self.undo_group.setActiveStack(w.undo)
        else:
            self.undo_group.setActiveStack(None)
        self.a_save.setEnabled(isinstance(w, MissionEditor))

    def current_editor(self) -> MissionEditor | None:
        w = self.tabs.currentWidget()
        return w if isinstance(w, MissionEditor) else None

    def save_current(self) -> None:
        editor = self.current_editor()
        if editor is not None:
            editor.save()

    def close_current(self) -> None:
        self.close_tab(self.tabs.currentIndex())

    def close_tab(self, index: int) -> bool:
        w = self.tabs.widget(index)
        if not isinstance(w, MissionEditor):
            return True
        if not w.maybe_close():
            if w.busy:  # Save chosen: close once it went through
                self._closing_after_save.add(w.ref)
            return False
        self._drop_editor(w)
        return True

    def _drop_editor(self, editor: MissionEditor) -> None:
        if not self._ending:  # saved or discarded: a draft kept at a log-out is no longer wanted
            recovery.discard(self.ctx.db.url, self.ctx.user, editor.ref)
        self.tabs.removeTab(self.tabs.indexOf(editor))
        self.undo_group.removeStack(editor.undo)
        self.editors.pop(editor.ref, None)
        editor.deleteLater()

    def open_selected(self) -> None:
        ref = self.register.current_ref()
        if ref:
            self.open_mission(ref)

    def find(self) -> None:
        self.show_tab(self.register)
        self.register.focus_search()

    def new_mission(self) -> None:
        from ui.dialogs.new_mission import NewMissionDialog

        dlg = NewMissionDialog(self.ctx, self)
        if dlg.exec() and dlg.created is not None:
            self.show_workspace()
            self.open_mission(dlg.created.ref)

    def delete_selected(self) -> None:
        row = self.register.current_summary()
        if row is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete mission"),
            self.tr("Delete %1 with its programme, participants and costs? Only a draft can "
                    "be deleted; this cannot be undone.").replace("%1", row.ref))
        if answer != QMessageBox.StandardButton.Yes:
            return
        editor = self.editors.get(row.ref)
        if editor is not None:
            self._drop_editor(editor)
        ref, version = row.ref, row.version

        def failed(exc):
            crash.handle(exc, self)

        self.ctx.run(job(missions_app.delete_mission, ref, version, writes=True, refs={ref}),
                     None, failed=failed, parent=self)

    # --- import and export (background, progress, cancel) --------------------------------
    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import missions"), "",
                                              self.tr("Mission exchange files (*.json)"))
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path):
        def done(result):
            self.show_workspace()
            QMessageBox.information(self, self.tr("Import finished"), result.summary())

        def failed(exc):
            if isinstance(exc, errors.MissionsError):
                crash.show_error(exc, self, self.tr("Nothing was imported"))
            else:
                crash.handle(exc, self)

        return self.ctx.run(job(exchange_app.import_file, str(path), lane=PROCESS,
                                writes=True, title=self.tr("Importing %1").replace("%1", path.name)),
                            done, failed=failed, parent=self, panel=self.work)

    def export_dialog(self) -> None:
        save_as(self, self.tr("Export missions"), "missions.json",
                self.tr("Mission exchange files (*.json)"), self.export_path)

    def export_path(self, path: Path, on_done=None):
        def done(counts):
            self.statusBar().showMessage(
                self.tr("Exported %1 missions to %2").replace("%1", str(counts["missions"]))
                .replace("%2", str(path)), 8000)
            if on_done is not None:
                on_done(counts)

        return self.ctx.run(job(exchange_app.export_file, str(path), lane=PROCESS,
                                title=self.tr("Exporting to %1").replace("%1", path.name)),
                            done, failed=lambda exc: crash.handle(exc, self), parent=self,
                            panel=self.work)

    # --- dialogs -------------------------------------------------------------------------
    def persons_dialog(self) -> None:
        from ui.dialogs.persons import PersonsDialog

        PersonsDialog(self.ctx, self).exec()

    def venues_dialog(self) -> None:
        from ui.dialogs.venues import VenuesDialog

        VenuesDialog(self.ctx, self).exec()

    def settings_dialog(self) -> None:
        from ui.dialogs.settings import SettingsDialog

        dlg = SettingsDialog(self.settings, self)
        if dlg.exec():
            db_changed, lang_changed = dlg.apply()
            if db_changed or lang_changed:
                if not self.close_all_editors():
                    return
                self.reopenRequested.emit(db_changed, lang_changed)

    def about(self) -> None:
        from ui.about import AboutDialog

        AboutDialog(self).exec()

    # --- closing ---------------------------------------------------------------------------
    def close_all_editors(self) -> bool:
        for editor in list(self.editors.values()):
            self.tabs.setCurrentWidget(editor)
            if not editor.maybe_close():
                return False
            self._drop_editor(editor)
        return True

    # --- ended from outside (signal, log-out): nobody to ask ---------------------------------
    def keep_drafts(self) -> list[str]:
        """Write every open mission's unsaved edits to a recovery draft; their refs."""
        kept = []
        for editor in list(self.editors.values()):
            try:
                if editor.keep_draft():
                    kept.append(editor.ref)
            except OSError as exc:  # a full disk: say so in the log, keep the others
                logging.getLogger("almere_missions").error(
                    "the unsaved changes of %s could not be kept: %s", editor.ref, exc)
        return kept

    def end_session(self) -> None:
        """Close without questions: unsaved edits become recovery drafts."""
        self._ending = True
        self.close()

    def offer_recovery(self) -> None:
        """Unsaved edits kept when the program was last ended: restore them, or discard."""
        url, user = self.ctx.db.url, self.ctx.user
        kept = recovery.pending(url, user)
        if not kept:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes kept"),
                          self.tr("When the program was last ended, %n mission(s) had changes "
                                  "that were not saved:", "", len(kept)),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("recoveryDialog")
        box.setInformativeText("\n".join(k["ref"] for k in kept) + "\n\n" + self.tr(
            "Restore opens them with those changes, still unsaved: check them, then Save. "
            "Discard drops the changes for good."))
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        restore.setObjectName("recoveryRestore")
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        discard.setObjectName("recoveryDiscard")
        box.setDefaultButton(restore)

        def answered(button) -> None:
            if button is restore:
                for k in kept:
                    self.open_mission(k["ref"]).restore_draft(k)
            elif button is discard:
                for k in kept:
                    recovery.discard(url, user, k["ref"])
            # closed any other way: the drafts stay for the next start

        box.buttonClicked.connect(answered)
        self.recovery_box = box
        box.open()

    def closeEvent(self, event) -> None:
        if self._ending:
            self.keep_drafts()
            for editor in list(self.editors.values()):
                self._drop_editor(editor)
        elif not self.close_all_editors():
            event.ignore()
            return
        self.settings.set_geometry("main", self.saveGeometry())
        self.settings.sync()
        self.ctx.runner.cancel_all()  # an import in progress is rolled back, not half-done
        self.ctx.runner.wait_idle()
        event.accept()
