"""Shared fixtures: a fresh database per test, on SQLite and on the real PostgreSQL server.

PostgreSQL tests use the server named by ``ALMERE_MISSIONS_TEST_PG`` (a
SQLAlchemy URL of a role that may create databases and roles); ``.ci/run``
starts one. Without it they are skipped locally, but fail under CI.
"""

from __future__ import annotations

import os
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLE = SHARED / "contract" / "examples" / "floriade-taipei.json"
DATA = SHARED / "data"
PG_URL = os.environ.get("ALMERE_MISSIONS_TEST_PG")
ADMIN = "iz-admin"

# the frozen program and a real X display, for tests/packaging and tests/bench
pytest_plugins = ["tests.packaging.frozen"]


def pytest_collection_modifyitems(config, items):
    for item in items:
        parts = Path(str(item.fspath)).parts
        if "gui" in parts:
            item.add_marker(pytest.mark.gui)
        if "e2e" in parts:
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(autouse=True, scope="session")
def _private_user_folders(tmp_path_factory):
    """Automatic backups and crash logs of the tests stay out of the user's own folders."""
    base = tmp_path_factory.mktemp("user-folders")
    patch = pytest.MonkeyPatch()
    patch.setenv("XDG_DATA_HOME", str(base / "data"))
    patch.setenv("XDG_STATE_HOME", str(base / "state"))
    yield base
    patch.undo()


@pytest.fixture(scope="session")
def pg_server():
    if not PG_URL:
        if os.environ.get("CI"):
            pytest.fail("ALMERE_MISSIONS_TEST_PG is not set: CI must run the PostgreSQL tests")
        pytest.skip("no PostgreSQL server (set ALMERE_MISSIONS_TEST_PG)")
    return PG_URL


def _fresh_pg_database(server_url: str, template: str | None = None) -> tuple[str, callable]:
    name = f"am_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        clause = f' TEMPLATE "{template}"' if template else ""
        conn.execute(text(f'CREATE DATABASE "{name}"{clause}'))
    url = make_url(server_url).set(database=name).render_as_string(hide_password=False)

    def drop():
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return url, drop


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    """An empty database: a SQLite file, or a new database on the PostgreSQL server."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'missions.sqlite'}"
        return
    url, drop = _fresh_pg_database(request.getfixturevalue("pg_server"))
    yield url
    drop()


@pytest.fixture(scope="session")
def pg_template(pg_server):
    """An initialised PostgreSQL database that each test copies (faster than migrating)."""
    url, drop = _fresh_pg_database(pg_server)
    db = _init(url)
    db.dispose()
    yield make_url(url).database
    drop()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def initialised_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'missions.sqlite'}"
        return
    url, drop = _fresh_pg_database(request.getfixturevalue("pg_server"),
                                   template=request.getfixturevalue("pg_template"))
    yield url
    drop()


@pytest.fixture
def sqlite_url(tmp_path):
    return f"sqlite:///{tmp_path / 'missions.sqlite'}"


def _init(url: str):
    from almere_missions.app.maintenance import initialise
    from almere_missions.db import Database

    db = Database(url)
    admin = ADMIN if db.is_sqlite else db.acting_user()
    initialise(db, admin)
    db.test_admin = admin
    return db


@pytest.fixture
def db(initialised_url):
    """An initialised database whose administrator (also an officer) is ``db.test_admin``."""
    database = _init(initialised_url)
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(sqlite_url):
    database = _init(sqlite_url)
    yield database
    database.dispose()


@pytest.fixture
def uow(db):
    """Open a unit of work as the administrator (or as ``user``)."""
    def make(user: str | None = None, *, write: bool = True):
        return db.unit_of_work(user or db.test_admin, write=write)
    return make


@pytest.fixture
def example_db(db):
    from almere_missions.exchange.importer import import_file

    with db.unit_of_work(db.test_admin) as u:
        import_file(u, EXAMPLE)
        u.commit()
    return db


class CliResult:
    def __init__(self, code: int, out: str, err: str):
        self.code, self.out, self.err = code, out, err

    def __repr__(self):
        return f"CliResult(code={self.code}, out={self.out[:300]!r}, err={self.err[:300]!r})"


@pytest.fixture
def cli(capsys):
    """Run the command line in-process: ``cli(db, "list", "--json")``."""
    from almere_missions.cli import main

    def run(db_or_url, *args, user: str | None = None) -> CliResult:
        url = db_or_url if isinstance(db_or_url, str) else db_or_url.url
        argv = ["--db", url]
        is_sqlite = url.startswith("sqlite")
        if is_sqlite:
            admin = getattr(db_or_url, "test_admin", ADMIN)
            argv += ["--user", user or admin]
        elif user:
            raise ValueError("on PostgreSQL the acting user is the login; use a login URL")
        capsys.readouterr()
        code = main(argv + [str(a) for a in args])
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


def pytest_sessionfinish(session, exitstatus):
    session.config.almere_exitstatus = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    """End a run that loaded Qt without the interpreter's final garbage collection.

    PySide6 6.12 at times trips over a reference-count error of its own while
    the interpreter shuts down (``bool_dealloc``), after every test passed and
    was reported; the exit status must be the tests' own, not that abort.
    """
    if "PySide6" in sys.modules and hasattr(config, "almere_exitstatus"):
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(config.almere_exitstatus)
