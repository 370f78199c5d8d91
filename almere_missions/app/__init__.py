"""The application layer: one function per use case, for every front end.

A use case is a plain function named for what the user does, e.g.
``missions.save_draft(caller, ...)``. It opens its own units of work, checks
the acting user's permission first (``permissions.require``), commits its
writes itself and returns plain data (dataclasses, tuples, dicts), never ORM
objects. Long use cases take ``progress(done, total, text)``, which raises
``errors.Cancelled`` to stop them; a write then rolls back and stores nothing.
Network calls (CalDAV, SMTP) are made outside any open transaction.

The command line and the desktop program call only these functions. A
:class:`Caller` holds plain strings, so the same call runs on the desktop's
database thread, on its long-lived job process or in a fresh process.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from almere_missions import permissions
from almere_missions.db import Database
from almere_missions.errors import EnvironmentProblem, MissionsError
from almere_missions.uow import UnitOfWork

# The front ends put a database failure met outside a use case in the same words:
from almere_missions.uow import is_environment_error as is_environment_error
from almere_missions.uow import translate_operational_error as translate_operational_error

#: ``progress(done, total, text="")``; may raise ``errors.Cancelled``
Progress = Callable[..., None]

T = TypeVar("T")

_databases: dict[str, Database] = {}


def database(url: str) -> Database:
    """This process's open database for ``url`` (one at a time: settings may switch)."""
    db = _databases.get(url)
    if db is None:
        close_databases()
        db = _databases[url] = Database(url)
    return db


def adopt_database(db: Database) -> None:
    """Use the already open ``db`` for its URL in this process (the desktop program opens
    it at start and hands it over, so its use cases share the one engine)."""
    if _databases.get(db.url) is not db:
        for url, other in list(_databases.items()):
            if url != db.url:
                other.dispose()
        _databases.clear()
        _databases[db.url] = db


def default_url() -> str:
    """The database when none is named: ``$ALMERE_MISSIONS_DB``, else the user's SQLite file."""
    from almere_missions.db import default_url as url

    return url()


def require_current(db: Database) -> None:
    """Refuse a database whose schema this program does not write (older or newer)."""
    from almere_missions.db.schema import require_current as check

    check(db)


def open_database(url: str, user: str | None) -> tuple[Database, str]:
    """Open the desktop's database and the acting user, setting it up (or upgrading it)
    on first use after the day's automatic backup; its failures in plain words."""
    from sqlalchemy.exc import DBAPIError, SQLAlchemyError

    from almere_missions.app.maintenance import initialise
    from almere_missions.db import schema

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
        raise EnvironmentProblem(f"the database cannot be opened: {exc}") from exc
    except BaseException:
        db.dispose()
        raise
    return db, acting


def _start_backup(db: Database) -> None:
    """The rotating automatic backup of a local database (the newest N are kept)."""
    import logging

    from almere_missions.backup import rotate_backups

    try:
        rotate_backups(db)
    except MissionsError as exc:  # no backup today is no reason to refuse to work
        logging.getLogger("almere_missions").warning("automatic backup skipped: %s", exc)


def close_databases() -> None:
    for db in _databases.values():
        db.dispose()
    _databases.clear()


@dataclass(frozen=True)
class Caller:
    """Who acts, on which database: the first argument of every use case."""

    url: str
    user: str

    @property
    def db(self) -> Database:
        return database(self.url)

    def read(self) -> UnitOfWork:
        return self.db.unit_of_work(self.user, write=False)

    def write(self) -> UnitOfWork:
        return self.db.unit_of_work(self.user)


def no_progress(done: int, total: int, text: str = "") -> None:
    """The progress of a caller that does not watch (the command line)."""


# A use case that is one service call names its action and calls one of these:


def run_read(caller: Caller, action: str, fn: Callable[..., T], /, *args: Any,
             **kwargs: Any) -> T:
    """``fn(uow, *args, **kwargs)`` in a read, once the caller may do ``action``."""
    with caller.read() as uow:
        permissions.require(uow, action)
        return fn(uow, *args, **kwargs)


def run_write(caller: Caller, action: str, fn: Callable[..., T], /, *args: Any,
              **kwargs: Any) -> T:
    """``fn(uow, *args, **kwargs)`` in a write, committed when it returns, once the caller
    may do ``action``."""
    with caller.write() as uow:
        permissions.require(uow, action)
        result = fn(uow, *args, **kwargs)
        uow.commit()
    return result


def require(caller: Caller, action: str) -> None:
    """Refuse early a caller who may not do ``action`` (before a file is read or a
    download made), in a short read of its own."""
    with caller.read() as uow:
        permissions.require(uow, action)
