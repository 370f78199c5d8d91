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

from almere_missions.db import Database
from almere_missions.uow import UnitOfWork

#: ``progress(done, total, text="")``; may raise ``errors.Cancelled``
Progress = Callable[..., None]

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
