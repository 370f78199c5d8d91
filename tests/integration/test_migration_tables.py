"""The revisions, written from the table descriptions of ``db/migrations/tables.py``, make
the schema of the models, and their downgrades take away all they made."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from almere_missions.db import Database, metadata
from almere_missions.db.schema import alembic_config, upgrade


def _tables(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        return set(inspect(conn).get_table_names())


def _alembic(db: Database, step, target: str) -> None:
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        step(cfg, target)


def test_the_migrations_make_the_models_schema_and_undo_it(db_url):
    db = Database(db_url)
    try:
        upgrade(db)
        with db.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, metadata()) == []
        made = _tables(db)
        assert set(metadata().tables) <= made
        _alembic(db, command.downgrade, "base")
        assert _tables(db) == {"alembic_version"}
        _alembic(db, command.upgrade, "heads")  # again: the tables are built anew each time
        assert _tables(db) == made
    finally:
        db.dispose()
