"""The harness of the role-matrix tests: a caller and a login per role on the example season,
and the check of one use case for every role.

Each test_role_matrix_* module writes its expected outcomes out by hand (never read from
``permissions.RULES``: a test that read the rules could not fail) and its rows as
:class:`Row`; :func:`check` tries a row for every role, through the application function
and, where the use case has one, through its command (refused: exit status 3). An allowed
call must succeed; a refused one must store nothing (the audit trail does not grow).
On PostgreSQL every user is a real database login.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from almere_missions import app, permissions
from almere_missions.app import Caller
from almere_missions.db.models import AuditEntry
from almere_missions.errors import PermissionDenied
from almere_missions.services import users

Y, N = True, False
COLUMNS = ("officer", "approver", "mayor", "security", "viewer", "admin")


@dataclass
class Env:
    """The database, a caller per role, and what a row prepared for its call."""

    db: Any
    tmp: Path
    callers: dict[str, Caller]
    cli_as: Callable[..., Any]
    boss: Caller  # admin, officer and security: prepares what a call needs
    state: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Row:
    app: Callable[[Caller, Env], Any]
    cli: Callable[[Env], list] | None = None  # the command's arguments; None: no command
    prepare: Callable[[Env], None] | None = None
    sqlite_only: bool = False


def out(env: Env, name: str) -> Path:
    """A fresh output file in the test's folder."""
    return env.tmp / f"{uuid.uuid4().hex[:8]}-{name}"


class Team:
    """One user per role: names on SQLite, real logins on PostgreSQL."""

    def __init__(self, db):
        self.db = db
        prefix = "" if db.is_sqlite else f"m{uuid.uuid4().hex[:8]}_"
        self.names = {role: f"{prefix}only-{role}" for role in permissions.ROLES}
        self.urls = {role: db.url for role in permissions.ROLES}
        if not db.is_sqlite:
            self._logins()
        with db.unit_of_work(db.test_admin) as uow:
            for role, name in self.names.items():
                users.add(uow, name, [role])
            users.add(uow, db.test_admin, ["security"])
            uow.commit()

    def _logins(self) -> None:
        engine = create_engine(self.db.url, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            for role, name in self.names.items():
                conn.execute(text(f'CREATE ROLE "{name}" LOGIN PASSWORD \'pw-{name}\''))
                conn.execute(text(f'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES '
                                  f'IN SCHEMA public TO "{name}"'))
                conn.execute(text(f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public '
                                  f'TO "{name}"'))
                self.urls[role] = (make_url(self.db.url).set(username=name,
                                                             password=f"pw-{name}")
                                   .render_as_string(hide_password=False))
        engine.dispose()

    def close(self) -> None:
        app.close_databases()
        if self.db.is_sqlite:
            return
        engine = create_engine(self.db.url, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            for name in self.names.values():
                conn.execute(text(f'DROP OWNED BY "{name}"'))
                conn.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
        engine.dispose()


@pytest.fixture
def env(example_db, tmp_path, cli, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # restore's safety copies
    team = Team(example_db)
    callers = {role: Caller(team.urls[role], team.names[role]) for role in permissions.ROLES}

    def cli_as(role, *args):
        if example_db.is_sqlite:
            return cli(example_db, *args, user=team.names[role])
        return cli(team.urls[role], *args)

    yield Env(example_db, tmp_path, callers, cli_as, Caller(example_db.url, example_db.test_admin))
    team.close()


def audit_rows(db) -> int:
    with db.unit_of_work(db.test_admin, write=False) as uow:
        return uow.session.scalar(select(func.count()).select_from(AuditEntry))


def check_row(env: Env, expected: tuple[bool, ...], app_call: Callable[[Caller, Env], Any],
              cli_args: Callable[[Env], list] | None = None,
              prepare: Callable[[Env], None] | None = None,
              refusal: type[Exception] = PermissionDenied) -> list[str]:
    """Try one use case for every role, through the function and, given ``cli_args``, the
    command; ``prepare`` runs before each try. ``refusal``: what the function raises when
    it refuses (a workflow's own rule may refuse a role, e.g. a step out of its turn). The
    failures, in words (empty: all as expected)."""
    failures = []
    for role, allowed in zip(COLUMNS, expected, strict=True):
        for how in ("app", "cli") if cli_args else ("app",):
            if prepare:
                prepare(env)
            before = audit_rows(env.db)
            if how == "app":
                try:
                    app_call(env.callers[role], env)
                    refused, said = False, ""
                except refusal as exc:
                    refused, said = True, str(exc)
            else:
                res = env.cli_as(role, *cli_args(env))
                if res.code not in (0, 3):
                    failures.append(f"{role} via cli: exit {res.code}: {res.err.strip()}")
                    continue
                refused, said = res.code == 3, res.err
            if refused == allowed:
                failures.append(f"{role} via {how}: expected "
                                f"{'allowed' if allowed else 'refused'}, got "
                                f"{'refused: ' + said.strip() if refused else 'allowed'}")
            if refused and audit_rows(env.db) != before:
                failures.append(f"{role} via {how}: refused, yet the audit trail grew")
    return failures


def check(row: Row, expected: tuple[bool, ...], env: Env) -> None:
    """Try ``row`` for every role; fail with every outcome that differs from ``expected``."""
    if row.sqlite_only and not env.db.is_sqlite:
        pytest.skip("a PostgreSQL server is backed up with pg_dump (docs/operations.md)")
    failures = check_row(env, expected, row.app, row.cli, row.prepare)
    assert not failures, "\n".join(failures)
