"""Schema versions: init is idempotent, a newer or foreign database is refused."""

from sqlalchemy import create_engine, text

from almere_missions.db import Database
from almere_missions.db.schema import SchemaState, state


def test_init_is_idempotent_and_makes_the_first_user_admin(db_url, cli):
    sqlite = db_url.startswith("sqlite")
    first = cli(db_url, "init", user="first" if sqlite else None)
    assert first.code == 0, first
    assert "policy framework loaded: almere-2020-2023" in first.out
    again = cli(db_url, "init", user="second" if sqlite else None)
    assert again.code == 0 and "policy framework loaded" not in again.out
    db = Database(db_url)
    assert state(db) is SchemaState.CURRENT
    with db.unit_of_work("x") as u:
        from almere_missions.services.users import list_users

        users = {x.name: x.roles for x in list_users(u)}
    db.dispose()
    expected = "first" if db_url.startswith("sqlite") else None
    if expected:
        assert users == {"first": ("admin", "officer")}
    else:
        assert len(users) == 1 and "admin" in next(iter(users.values()))


def test_database_newer_than_the_program_is_refused(db, cli):
    with db.engine.begin() as conn:
        # one row per branch head (each part has its own): make one of them unknown
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future' WHERE "
                          "version_num = (SELECT MIN(version_num) FROM alembic_version)"))
    for args in (("init",), ("list",)):
        r = cli(db, *args)
        assert r.code == 1 and "newer version of Almere Missions" in r.err, r


def test_a_database_of_another_program_is_refused(tmp_path, cli):
    path = tmp_path / "other.sqlite"
    eng = create_engine(f"sqlite:///{path}")
    with eng.begin() as conn:
        conn.execute(text("CREATE TABLE invoices (id INTEGER)"))
    eng.dispose()
    r = cli(f"sqlite:///{path}", "init")
    assert r.code == 1 and "another program" in r.err


def test_commands_before_init_say_what_to_do(tmp_path, cli):
    r = cli(f"sqlite:///{tmp_path / 'new.sqlite'}", "list")
    assert r.code == 1 and "almere-missions init" in r.err


def test_sqlite_runs_in_wal_with_foreign_keys(sqlite_db):
    with sqlite_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_migrations_are_one_line_from_the_merge_on():
    from almere_missions.db.schema import _script

    script = _script()
    assert len(script.get_heads()) == 1
    joins = [r.revision for r in script.walk_revisions() if isinstance(r.down_revision, tuple)]
    assert joins == ["0750_merge"]  # the only merge: a new migration revises the head


def test_a_database_from_before_the_merge_is_taken_to_the_one_head(tmp_path, cli):
    url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    assert cli(url, "init", user="iz-admin").code == 0
    db = Database(url)
    from alembic import command

    from almere_missions.db.schema import alembic_config

    cfg = alembic_config()
    with db.engine.begin() as conn:  # without the revisions that came after the merge
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0750_merge")
    with db.engine.begin() as conn:  # as the program left it before the parts were joined
        conn.execute(text("DELETE FROM alembic_version"))
        for head in ("0300_planning", "0400_calendars", "0600_approval", "0700_security"):
            conn.execute(text("INSERT INTO alembic_version VALUES (:h)"), {"h": head})
    assert state(db) is SchemaState.OUTDATED
    assert cli(url, "init").code == 0
    assert state(db) is SchemaState.CURRENT
    with db.engine.connect() as conn:
        rows = [r[0] for r in conn.execute(text("SELECT version_num FROM alembic_version"))]
    db.dispose()
    assert len(rows) == 1
