"""The unit of work: one transaction, committed explicitly, rolled back otherwise.

Services take a unit of work and return plain data. Writes say what they
changed with :meth:`UnitOfWork.record`; commit hooks (``almere_missions.hooks``,
e.g. the audit trail) see those changes inside the same transaction, so both
land or neither does. Personal data of persons never goes into a change
record: for persons, record the names of the fields that changed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from almere_missions.errors import EditConflict, EnvironmentProblem


class Sessions(Protocol):
    """What a unit of work needs of its database (``almere_missions.db.Database``)."""

    url: str
    read_session: Callable[[], Session]
    write_session: Callable[[], Session]


@dataclass
class Change:
    action: str  # e.g. "mission.update", "item.create", "approval.approve"
    entity: str  # table-level name: mission, item, person, ...
    ref: str | None
    before: Any = None
    after: Any = None
    mission_ref: str | None = None


@dataclass
class UnitOfWork:
    database: Sessions
    user: str
    write: bool = True
    session: Session = field(init=False)
    changes: list[Change] = field(init=False, default_factory=list)
    _committed: bool = field(init=False, default=False)

    def __enter__(self) -> UnitOfWork:
        factory = self.database.write_session if self.write else self.database.read_session
        self.session = factory()
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if not self._committed:
                self.session.rollback()
        finally:
            self.session.close()
        if is_environment_error(exc):
            raise translate_operational_error(exc, self.database.url) from exc

    def record(self, action: str, entity: str, ref: str | None, *, before: Any = None,
               after: Any = None, mission_ref: str | None = None) -> None:
        self.changes.append(Change(action, entity, ref, before, after, mission_ref))

    def flush(self) -> None:
        try:
            self.session.flush()
        except StaleDataError as exc:
            raise EditConflict("someone else saved this record in the meantime; "
                               "reload it and make your change again") from exc

    def commit(self) -> None:
        from almere_missions import hooks  # late: the hooks' parts import this module

        self.flush()
        for hook in hooks.COMMIT_HOOKS:
            hook(self)
        try:
            self.session.commit()
        except StaleDataError as exc:
            raise EditConflict("someone else saved this record in the meantime; "
                               "reload it and make your change again") from exc
        self._committed = True
        self.changes.clear()

    def rollback(self) -> None:
        self.session.rollback()
        self.changes.clear()


def is_environment_error(exc: BaseException | None) -> bool:
    """Errors of the database file or server, not of the program: locked, damaged, gone.

    ``DatabaseError`` itself (not its subclasses such as ``IntegrityError``) is
    what SQLite raises for a file that is not a database.
    """
    return isinstance(exc, OperationalError) or type(exc) is DatabaseError


def _where(url: str | None) -> str:
    if not url:
        return "the database"
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        return f"the database file {parsed.database}"
    return f"the database {parsed.render_as_string(hide_password=True)}"


def translate_operational_error(exc: DatabaseError, url: str | None = None) -> EnvironmentProblem:
    """Name the known environment problems in words a person can act on, with a way out."""
    msg = str(exc.orig).lower() if exc.orig is not None else str(exc).lower()
    where = _where(url)
    if "locked" in msg or "busy" in msg:
        return EnvironmentProblem(f"{where} is locked by another program; "
                                  "try again in a moment, or close the other program")
    if "disk is full" in msg or "no space" in msg:
        return EnvironmentProblem("the disk is full; free some space and try again")
    if "not a database" in msg or "malformed" in msg or "corrupt" in msg:
        return EnvironmentProblem(f"{where} is damaged or is not a database; "
                                  "restore a backup (`almere-missions restore FILE`) "
                                  "or choose another file with --db")
    if "unable to open" in msg or "readonly" in msg or "read-only" in msg:
        return EnvironmentProblem(f"{where} cannot be opened for writing; check that the "
                                  "folder exists and that you may write there")
    if "could not connect" in msg or "connection refused" in msg or "timeout" in msg:
        return EnvironmentProblem("the database server cannot be reached; "
                                  "check the network and the server address in the settings")
    return EnvironmentProblem(f"database error: {exc.orig or exc}")
