"""Fixtures of the desktop tests: a database, the application context, settings in a file."""

from __future__ import annotations

import pytest

from tests.conftest import EXAMPLE


@pytest.fixture(scope="session", autouse=True)
def _job_process():
    """The job process of the screens' reads ends with the session."""
    yield
    from ui import jobs

    jobs.shutdown()


@pytest.fixture
def settings(tmp_path, qapp):
    from PySide6.QtCore import QSettings

    from ui.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def ctx(sqlite_db, qapp):
    from ui import i18n
    from ui.context import AppContext

    i18n.install("en")
    context = AppContext(sqlite_db, sqlite_db.test_admin)
    context.roles = {"admin", "officer"}
    yield context
    context.runner.wait_idle()


@pytest.fixture
def example_ctx(ctx):
    from almere_missions.exchange.importer import import_file

    with ctx.db.unit_of_work(ctx.user) as uow:
        import_file(uow, EXAMPLE)
        uow.commit()
    return ctx


@pytest.fixture
def demo_ctx(ctx):
    """The demo season: 70 missions with the city's partners, follow-ups and gifts."""
    from almere_missions.exchange.importer import import_file
    from ui.welcome import DEMO

    with ctx.db.unit_of_work(ctx.user) as uow:
        import_file(uow, DEMO)
        uow.commit()
    return ctx


@pytest.fixture
def idle(qtbot):
    """Wait until the background work of a context is done and its results delivered."""
    def wait(ctx, timeout: int = 20_000) -> None:
        qtbot.waitUntil(lambda: ctx.runner.busy == 0, timeout=timeout)
    return wait
