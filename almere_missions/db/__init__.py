"""Storage: the engine, the sessions and the schema's version.

SQLite by default (WAL, foreign keys on, a busy timeout); PostgreSQL by URL.
"""

from __future__ import annotations

import getpass
import os

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import sessionmaker

from almere_missions import paths
from almere_missions.db import (  # noqa: F401 - each part's module adds its tables
    models,
    models_approval,
    models_calendars,
    models_logistics,
    models_planning,
    models_relations,
    models_security,
)
from almere_missions.errors import Refused
from almere_missions.uow import UnitOfWork

ENV_URL = "ALMERE_MISSIONS_DB"
BUSY_TIMEOUT_MS = 30_000


def default_url() -> str:
    return os.environ.get(ENV_URL) or f"sqlite:///{paths.default_database_path()}"


def metadata():
    """The metadata of every table: the core's (``models``) and each part's."""
    return models.Base.metadata


def _make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            os.makedirs(os.path.dirname(os.path.abspath(parsed.database)), exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn, _record):
            # Let SQLAlchemy, not the driver, open transactions (see "begin" below).
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            if parsed.database and parsed.database != ":memory:":
                cur.execute("PRAGMA journal_mode=WAL")
                cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn):
            # A writer takes the write lock at BEGIN, so two writers queue on the
            # busy timeout instead of one failing half-way with "database is locked".
            immediate = conn.get_execution_options().get("sqlite_immediate")
            conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

        return engine
    return create_engine(url, pool_pre_ping=True)


class Database:
    """One database: its engine, sessions, and who is acting on it."""

    def __init__(self, url: str | None = None):
        self.url = url or default_url()
        self.engine = _make_engine(self.url)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        write_engine = (
            self.engine.execution_options(sqlite_immediate=True) if self.is_sqlite else self.engine
        )
        self.read_session = sessionmaker(self.engine, expire_on_commit=False)
        self.write_session = sessionmaker(write_engine, expire_on_commit=False)

    def __repr__(self) -> str:
        return f"Database({make_url(self.url).render_as_string(hide_password=True)!r})"

    def acting_user(self, requested: str | None = None) -> str:
        """SQLite: the given name or the login; PostgreSQL: the database login."""
        if self.is_sqlite:
            return requested or getpass.getuser()
        if requested:
            raise Refused("--user is refused against a PostgreSQL server: "
                          "the acting user is the database login")
        with self.engine.connect() as conn:
            return conn.execute(text("SELECT current_user")).scalar_one()

    def unit_of_work(self, user: str | None = None, *, write: bool = True):
        return UnitOfWork(self, user or self.acting_user(), write=write)

    def dispose(self) -> None:
        self.engine.dispose()
