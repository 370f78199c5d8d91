"""Start the desktop program: settings, language, crash handler, database, main window."""

from __future__ import annotations

import gc
import logging
import sys

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from almere_missions import errors, paths
from almere_missions.db import Database, default_url, schema
from almere_missions.uow import translate_operational_error
from ui import crash, i18n, jobs, shutdown
from ui.context import AppContext
from ui.icon import app_icon
from ui.mainwindow import MainWindow
from ui.settings import Settings
from ui.tasks import Runner, job


def _open(_caller, url: str, user: str | None, *, progress) -> tuple[Database, str]:
    """The database lane's job of opening (before there is a caller)."""
    return open_database(url, user)


def open_database(url: str, user: str | None) -> tuple[Database, str]:
    """Open (and on first use set up) the database; errors in plain words."""
    from almere_missions.app.maintenance import initialise

    db = Database(url)
    try:
        acting = db.acting_user(user or None) if db.is_sqlite else db.acting_user()
        state = schema.state(db)
        _start_backup(db)  # before anything changes, an upgrade included
        if state is not schema.SchemaState.CURRENT:
            initialise(db, acting)
    except DBAPIError as exc:  # locked, damaged, unreachable: words a person can act on
        db.dispose()
        raise translate_operational_error(exc) from exc
    except SQLAlchemyError as exc:
        db.dispose()
        raise errors.EnvironmentProblem(f"the database cannot be opened: {exc}") from exc
    except BaseException:
        db.dispose()
        raise
    return db, acting


def _start_backup(db: Database) -> None:
    """The rotating automatic backup of a local database (the newest N are kept)."""
    from almere_missions.backup import rotate_backups

    try:
        rotate_backups(db)
    except errors.MissionsError as exc:  # no backup today is no reason to refuse to work
        logging.getLogger("almere_missions").warning("automatic backup skipped: %s", exc)


class Application(QObject):
    """Owns the settings, the open database and the main window; reopens on change."""

    def __init__(self, app: QApplication, settings: Settings | None = None):
        super().__init__(app)
        self.app = app
        self.settings = settings or Settings()
        self.runner = Runner(self)
        self.ctx: AppContext | None = None
        self.window: MainWindow | None = None
        app.setWindowIcon(app_icon())
        app.setDesktopFileName("almere-missions")  # matches resources/almere-missions.desktop
        i18n.install(self.settings.language)

    def start(self, on_ready=None) -> None:
        url = self.settings.database_url or default_url()
        user = self.settings.user or None

        def opened(result) -> None:
            db, acting = result
            self.ctx = AppContext(db, acting, self.runner, self)
            self.window = MainWindow(self.ctx, self.settings)
            self.window.reopenRequested.connect(self.reopen)
            self.window.show()
            self.window.start()
            if on_ready is not None:
                on_ready(self.window)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, errors.MissionsError):
                self.cannot_open(exc, on_ready)
            else:
                crash.show_crash(exc)

        handle = self.runner.start(job(_open, url, user, title="open"), None)
        handle.succeeded.connect(opened)
        handle.failed.connect(failed)

    def cannot_open(self, exc: BaseException, on_ready=None) -> None:
        """The way out of a database that cannot be used: retry, choose another, or quit."""
        box = QMessageBox(QMessageBox.Icon.Warning,
                          QCoreApplication.translate("Application", "The database cannot be opened"), str(exc))
        box.setObjectName("openFailedDialog")
        retry = box.addButton(QCoreApplication.translate("Application", "Try again"), QMessageBox.ButtonRole.AcceptRole)
        other = box.addButton(QCoreApplication.translate("Application", "Choose another database…"),
                              QMessageBox.ButtonRole.ActionRole)
        box.addButton(QCoreApplication.translate("Application", "Quit"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is retry:
            self.start(on_ready)
        elif box.clickedButton() is other:
            from ui.dialogs.settings import SettingsDialog

            dlg = SettingsDialog(self.settings)
            if dlg.exec():
                dlg.apply()
                i18n.install(self.settings.language)
            self.start(on_ready)
        else:
            self.app.quit()

    def end_session(self, quit: bool = True) -> None:
        """Quit without questions (a signal, the end of the session): drafts are kept.

        ``quit=False`` when the application is quitting already (aboutToQuit).
        """
        if self.window is not None and self.window.isVisible():
            self.window.end_session()
        if quit:
            self.app.quit()

    def keep_drafts(self) -> None:
        if self.window is not None:
            self.window.keep_drafts()

    def reopen(self, db_changed: bool, lang_changed: bool) -> None:
        """After the settings changed: a new language or database means a new window."""
        old = self.window
        if old is not None:
            old.settings.set_geometry("main", old.saveGeometry())
            old.hide()
            old.deleteLater()
        self.window = None
        if lang_changed:
            i18n.install(self.settings.language)
        if db_changed:
            self.runner.wait_idle()
            if self.ctx is not None:
                self.ctx.db.dispose()
            self.start()
            return
        self.window = MainWindow(self.ctx, self.settings)
        self.window.reopenRequested.connect(self.reopen)
        self.window.show()
        self.window.start()


def tune_gc() -> None:
    """Keep the garbage collector's full passes short on the UI thread.

    Everything loaded at start (Qt, SQLAlchemy, babel, the widgets) lives as long as
    the program; frozen, the collector no longer walks it on every full pass.
    """
    gc.collect()
    gc.freeze()


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    if "--install-desktop-entry" in argv[1:]:
        from ui.desktopentry import install

        print(f"desktop entry written: {install()}")
        return 0
    crash.install()
    app = QApplication(argv)
    app.setOrganizationName(paths.APP_AUTHOR)
    app.setApplicationName(paths.APP_NAME)
    app.setApplicationDisplayName("Almere Missions")
    controller = Application(app)
    shutdown.install(app, controller.end_session, controller.keep_drafts)
    tune_gc()
    jobs.warm_up()
    controller.start()
    code = app.exec()
    jobs.shutdown()  # first: a read still queued for the job process is dropped, not waited for
    controller.runner.wait_idle()
    if controller.ctx is not None:
        controller.ctx.db.dispose()
    return code


if __name__ == "__main__":
    sys.exit(main())
