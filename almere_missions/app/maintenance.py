"""Keeping the database: setting it up, backup and restore (SQLite), and the GDPR duties
on persons.

A PostgreSQL team database is backed up on the server (pg_dump): ``backup`` and
``restore`` refuse it before anything is opened. A restore must also work when
the live database is damaged or missing: the acting user's role is then read
from the backup being restored, which must make them an administrator.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from almere_missions import backup as backups
from almere_missions import permissions as p
from almere_missions import policy, privacy
from almere_missions.app import Caller, Progress, no_progress, require, run_write
from almere_missions.backup import BackupInfo, RestoreInfo
from almere_missions.db import Database, schema
from almere_missions.errors import PermissionDenied
from almere_missions.privacy import ErasureResult, PurgeResult
from almere_missions.services import users


def init_database(caller: Caller) -> list[str]:
    """Create or upgrade the database and load the policy frameworks; the codes of the
    frameworks loaded. No role is asked: a new database has no users yet (whoever sets it
    up becomes its administrator), and on one in use this only upgrades the tables and
    loads the shipped policy data again."""
    return initialise(caller.db, caller.user)


def initialise(db: Database, user: str) -> list[str]:
    """:func:`init_database` on an open database (the desktop program sets it up while
    opening it, before it has a caller)."""
    schema.upgrade(db)
    with db.unit_of_work(user) as uow:
        changed = policy.load_reference_data(uow.session)
        users.ensure_first_admin(uow)
        uow.commit()
    return changed


def _two(progress: Progress):
    """The database tools report ``(done, total)``; the use cases' progress takes a text too."""
    return lambda done, total: progress(done, total, "")


def backup(caller: Caller, target: str | Path, progress: Progress = no_progress) -> BackupInfo:
    """A consistent copy of the SQLite database while it keeps working (admin)."""
    backups.database_path(caller.db)  # a PostgreSQL server: refused, pointing to pg_dump
    require(caller, p.DATABASE_BACKUP)
    return backups.backup(caller.db, target, progress=_two(progress))


def restore(caller: Caller, source: str | Path, progress: Progress = no_progress, *,
            keep_previous_in: Path | None = None) -> RestoreInfo:
    """Replace the database by a checked backup, keeping a copy of what it replaces (admin)."""
    live = backups.database_path(caller.db)
    if _holds_users(live):
        require(caller, p.DATABASE_RESTORE)
    else:
        # Nothing to ask (a new machine, or a damaged file): the backup must name the user
        # an administrator. Checked first, so a bad file is refused as it always is.
        backups.verify_backup(source)
        _require_in_file(Path(source), caller.user, p.DATABASE_RESTORE)
    return backups.restore(caller.db, source, user=caller.user, progress=_two(progress),
                           keep_previous_in=keep_previous_in)


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def _holds_users(path: Path) -> bool:
    """True for a readable database with a user table (so its roles can be asked)."""
    if not path.exists() or path.stat().st_size == 0 or backups._is_damaged(path):
        return False
    conn = _read_only(path)
    try:
        return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                            "AND name = 'app_user'").fetchone() is not None
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


def _require_in_file(path: Path, user: str, action: str) -> None:
    conn = _read_only(path)
    try:
        row = conn.execute("SELECT roles, active FROM app_user WHERE name = ?",
                           (user,)).fetchone()
    finally:
        conn.close()
    held = set(json.loads(row[0]) or ()) if row and row[1] else set()
    if not p.allowed(held, action):
        need = " or ".join(sorted(p.RULES[action]))
        raise PermissionDenied(f"user {user!r} may not do this ({action}): it needs the role "
                               f"{need} in the backup {path}, as the database itself cannot "
                               "be read")


# --- privacy (GDPR) ---------------------------------------------------------------------


def purge(caller: Caller, months: int = privacy.DEFAULT_MONTHS, *, dry_run: bool = False,
          progress: Progress = no_progress) -> PurgeResult:
    """Clear the personal data past the retention period (``dry_run``: only say whose)."""
    with caller.write() as uow:
        p.require(uow, p.PRIVACY_PURGE)
        result = privacy.purge(uow, months, dry_run=dry_run, progress=_two(progress))
        if not dry_run:
            uow.commit()
    return result


def export_person(caller: Caller, ref: str, path: str | Path) -> dict[str, Any]:
    """Everything held on a person, written to ``path`` as JSON (subject access); recorded."""
    return run_write(caller, p.PRIVACY_EXPORT, privacy.write_export, ref, path)


def erase_person(caller: Caller, ref: str) -> ErasureResult:
    """Anonymise a person for good; refused while they are in a mission that has not ended."""
    return run_write(caller, p.PRIVACY_ERASE, privacy.erase, ref)
