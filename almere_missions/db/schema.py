"""The schema's version: create, upgrade, and refuse a database newer than the program."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.exc import DatabaseError

from almere_missions.db import Database
from almere_missions.errors import EnvironmentProblem, SchemaTooNew
from almere_missions.uow import is_environment_error, translate_operational_error

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class SchemaState(Enum):
    EMPTY = "empty"
    CURRENT = "current"
    OUTDATED = "outdated"


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def state(db: Database) -> SchemaState:
    """Where the database stands against this program's migrations."""
    script = _script()
    known = {rev.revision for rev in script.walk_revisions()}
    heads = set(script.get_heads())
    try:
        with db.engine.connect() as conn:
            current = set(MigrationContext.configure(conn).get_current_heads())
            has_tables = bool(inspect(conn).get_table_names())
    except DatabaseError as exc:  # a damaged, foreign or locked file: say so, no traceback
        if not is_environment_error(exc):
            raise
        raise translate_operational_error(exc, str(db.engine.url)) from exc
    unknown = current - known
    if unknown:
        raise SchemaTooNew(
            f"the database was written by a newer version of Almere Missions "
            f"(schema {', '.join(sorted(unknown))}); update the program before opening it"
        )
    if not current:
        if has_tables:
            raise EnvironmentProblem("this database holds tables of another program; "
                                     "choose an empty file or an Almere Missions database")
        return SchemaState.EMPTY
    return SchemaState.CURRENT if current == heads else SchemaState.OUTDATED


def upgrade(db: Database) -> None:
    """Create or upgrade to the newest schema (a database from before 0750_merge has one
    row per part; "heads" takes it to the single head)."""
    state(db)  # refuses a newer or foreign database first
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")


def require_current(db: Database) -> None:
    s = state(db)
    if s is SchemaState.EMPTY:
        raise EnvironmentProblem("the database is not set up yet; run `almere-missions init`")
    if s is SchemaState.OUTDATED:
        raise EnvironmentProblem("the database has an older schema; run `almere-missions init` "
                                 "to upgrade it (make a backup first)")
