"""Backups of the SQLite database: a consistent copy while the program runs, and back.

The copy is made with SQLite's online backup API, which reads a consistent
snapshot page by page while other connections keep working; it lands in a
temporary file beside the target and is renamed into place only when it is
complete and checks out. A restore checks the file first (it is a SQLite
database, it passes ``PRAGMA integrity_check``, it is an Almere Missions
database, and its schema is not newer than the program), keeps a copy of the
database it replaces, and writes the backup into the live file through the same
API, so the program's other connections see either the old or the new data.

PostgreSQL is backed up with the server's own tools (pg_dump/pg_restore); see
docs/operations.md.
"""

from __future__ import annotations

import os
import re
import sqlite3
import tempfile
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from almere_missions import paths
from almere_missions.errors import EnvironmentProblem, InvalidInput, Refused, SchemaTooNew

#: automatic backups kept at start, unless configured otherwise
DEFAULT_KEEP = 10
ENV_KEEP = "ALMERE_MISSIONS_BACKUP_KEEP"
SQLITE_HEADER = b"SQLite format 3\x00"
#: tables every Almere Missions database holds, whatever its parts
CORE_TABLES = {"alembic_version", "mission", "person", "venue", "item", "policy_framework"}
_PAGES_PER_STEP = 256
_BUSY_MS = 30_000

Progress = Callable[[int, int], None]

PG_MESSAGE = (
    "backup and restore here work on the SQLite file; a PostgreSQL team database is backed "
    "up on the server with pg_dump and brought back with pg_restore, e.g. "
    "`pg_dump --format=custom --file=missions.dump DBNAME` and "
    "`pg_restore --clean --if-exists --dbname=DBNAME missions.dump` "
    "(see docs/operations.md)"
)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    pages: int


@dataclass(frozen=True)
class RestoreInfo:
    source: Path
    database: Path
    #: the copy of the database as it was before the restore: the way back
    previous: Path | None
    #: True when the restored schema is older than the program: run ``init`` to upgrade it
    needs_upgrade: bool


def database_path(db) -> Path:
    """The file of a SQLite database; refuses PostgreSQL with the way to back it up."""
    url = make_url(db.url)
    if url.get_backend_name() != "sqlite":
        raise Refused(PG_MESSAGE)
    if not url.database or url.database == ":memory:":
        raise Refused("an in-memory database has no file to back up")
    return Path(url.database).resolve()


def _connect(path: Path, *, readonly: bool) -> sqlite3.Connection:
    mode = "ro" if readonly else "rw"
    conn = sqlite3.connect(f"{path.as_uri()}?mode={mode}", uri=True, timeout=_BUSY_MS / 1000,
                           isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout={_BUSY_MS}")
    return conn


def _copy(src: sqlite3.Connection, dst: sqlite3.Connection, progress: Progress | None) -> None:
    def step(_status, remaining, total):
        if progress is not None:
            progress(total - remaining, total)

    try:
        src.backup(dst, pages=_PAGES_PER_STEP, progress=step, sleep=0.01)
    except sqlite3.OperationalError as exc:
        raise _environment(exc) from exc


def _environment(exc: sqlite3.Error) -> EnvironmentProblem:
    msg = str(exc).lower()
    if "locked" in msg or "busy" in msg:
        return EnvironmentProblem("the database is locked by another program; try again in a "
                                  "moment, or close the other program")
    if "disk is full" in msg or "no space" in msg:
        return EnvironmentProblem("the disk is full; free some space and try again")
    return EnvironmentProblem(f"database error: {exc}")


def backup(db, target: str | os.PathLike, *, progress: Progress | None = None) -> BackupInfo:
    """Copy the running database to ``target`` (replaced atomically when complete)."""
    source = database_path(db)
    target = Path(target).resolve()
    if not source.exists():
        raise EnvironmentProblem(f"{source}: the database does not exist yet; nothing to back up")
    if target == source:
        raise InvalidInput("the backup cannot overwrite the database itself", file=str(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        with closing(_connect(source, readonly=True)) as src:
            check_readable(src, source)
            # An open read transaction pins one snapshot (WAL: writers carry on), so the
            # copy never restarts because someone saved in the meantime.
            src.execute("BEGIN")
            src.execute("SELECT count(*) FROM sqlite_master").fetchone()
            with closing(sqlite3.connect(tmp, isolation_level=None)) as dst:
                _copy(src, dst, progress)
                # A backup is one self-contained file: no -wal beside it to lose on the way.
                dst.execute("PRAGMA journal_mode=DELETE")
                pages = dst.execute("PRAGMA page_count").fetchone()[0]
                problems = _integrity(dst)
        if problems:
            raise EnvironmentProblem(f"{source}: the database is damaged, so the copy is too "
                                     f"({problems[0]}); restore an earlier backup")
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return BackupInfo(target, target.stat().st_size, pages)


def check_readable(conn: sqlite3.Connection, path: Path) -> None:
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        raise _unreadable(path, exc) from exc


def _unreadable(path: Path, exc: sqlite3.Error) -> EnvironmentProblem:
    msg = str(exc).lower()
    if "locked" in msg or "busy" in msg:
        return _environment(exc)
    return EnvironmentProblem(f"{path}: the file is damaged or is not a database ({exc}); "
                              "restore a backup with `almere-missions restore FILE`")


def _integrity(conn: sqlite3.Connection) -> list[str]:
    rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    return [] if rows == ["ok"] else rows


def verify_backup(path: str | os.PathLike) -> bool:
    """Check a backup file before it is used; returns whether its schema needs an upgrade.

    Raises InvalidInput naming the file when it is not a SQLite database, is
    damaged, or is not an Almere Missions database, and SchemaTooNew when a
    newer version of the program wrote it.
    """
    from almere_missions.db.schema import SchemaState, state

    path = Path(path)
    name = str(path)
    try:
        with open(path, "rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        raise InvalidInput("file not found", file=name) from None
    except OSError as exc:
        raise InvalidInput(f"cannot read the file: {exc.strerror}", file=name) from None
    if header != SQLITE_HEADER:
        raise InvalidInput("not a SQLite database file", file=name)
    try:
        conn = _connect(path.resolve(), readonly=True)
    except sqlite3.Error as exc:
        raise InvalidInput(f"cannot open the file: {exc}", file=name) from None
    try:
        problems = _integrity(conn)
        if problems:
            raise InvalidInput(f"the database is damaged: {'; '.join(problems[:3])}", file=name)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError as exc:
        raise InvalidInput(f"the database is damaged: {exc}", file=name) from None
    finally:
        conn.close()
    missing = CORE_TABLES - tables
    if missing:
        raise InvalidInput("not an Almere Missions database (no table "
                           f"{sorted(missing)[0]!r})", file=name)
    # Read-only engine: checking a backup must never change it.
    engine = create_engine(f"sqlite:///file:{path.resolve()}?mode=ro&uri=true")
    try:
        current = state(SimpleNamespace(engine=engine))
    except SchemaTooNew as exc:
        raise SchemaTooNew(f"{name}: {exc}") from None
    finally:
        engine.dispose()
    return current is SchemaState.OUTDATED


def restore(db, source: str | os.PathLike, *, user: str | None = None,
            progress: Progress | None = None, keep_previous_in: Path | None = None) -> RestoreInfo:
    """Replace the database's contents by a checked backup; keeps a copy of what it replaces.

    The restore itself is recorded in the restored database (``database.restore``),
    so its trail shows where the history was taken back.
    """
    live = database_path(db)
    source = Path(source)
    needs_upgrade = verify_backup(source)
    if source.resolve() == live:
        raise InvalidInput("this is the database itself, not a backup of it", file=str(source))
    db.dispose()  # the program's own pooled connections must not hold the file meanwhile
    previous = None
    if live.exists() and live.stat().st_size > 0:
        folder = keep_previous_in or backup_dir(db)
        if _is_damaged(live):
            previous = _set_aside(live, folder)
        else:
            previous = folder / f"{live.stem}-before-restore-{_stamp()}.sqlite"
            backup(db, previous)
    with (closing(_connect(source.resolve(), readonly=True)) as src,
          closing(sqlite3.connect(live, timeout=_BUSY_MS / 1000, isolation_level=None)) as dst):
        dst.execute(f"PRAGMA busy_timeout={_BUSY_MS}")
        try:
            _copy(src, dst, progress)
        except sqlite3.DatabaseError as exc:
            raise _unreadable(live, exc) from exc
        dst.execute("PRAGMA journal_mode=WAL")
        problems = _integrity(dst)
    if problems:
        raise EnvironmentProblem(f"{live}: the restored database does not check out "
                                 f"({problems[0]}); the previous one is in {previous}")
    if not needs_upgrade:
        with db.unit_of_work(user or db.acting_user()) as uow:
            uow.record("database.restore", "database", None,
                       after={"source": source.name, "previous": previous.name if previous
                              else None})
            uow.commit()
    return RestoreInfo(source, live, previous, needs_upgrade)


def _is_damaged(path: Path) -> bool:
    """True for a file SQLite cannot read as a database (not for one that is only locked)."""
    try:
        conn = _connect(path, readonly=True)
    except sqlite3.Error:
        return True
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return bool(_integrity(conn))
    except sqlite3.DatabaseError as exc:
        return not ("locked" in str(exc).lower() or "busy" in str(exc).lower())
    finally:
        conn.close()


def _set_aside(live: Path, folder: Path) -> Path:
    """Move a damaged database (and its WAL files) out of the way, kept for whoever needs it."""
    folder.mkdir(parents=True, exist_ok=True)
    kept = folder / f"{live.stem}-damaged-{_stamp()}{live.suffix}"
    os.replace(live, kept)
    for extra in ("-wal", "-shm"):
        side = live.with_name(live.name + extra)
        if side.exists():
            os.replace(side, kept.with_name(kept.name + extra))
    return kept


# --- automatic backups at start ------------------------------------------------

def backup_dir(db) -> Path:
    """Backups sit in the user's data folder, one subfolder per database file."""
    live = database_path(db)
    return paths.data_dir() / "backups" / live.stem


def configured_keep() -> int:
    raw = os.environ.get(ENV_KEEP)
    if not raw:
        return DEFAULT_KEEP
    try:
        keep = int(raw)
    except ValueError:
        raise InvalidInput(f"{ENV_KEEP} must be a whole number, not {raw!r}") from None
    if keep < 1:
        raise InvalidInput(f"{ENV_KEEP} must be at least 1")
    return keep


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def automatic_backups(db, directory: Path | None = None) -> list[Path]:
    """The automatic backups of this database, oldest first."""
    live = database_path(db)
    folder = directory or backup_dir(db)
    pattern = re.compile(rf"^{re.escape(live.stem)}-auto-\d{{8}}T\d{{12}}Z\.sqlite$")
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if pattern.match(p.name))


def rotate_backups(db, keep: int | None = None, *, directory: Path | None = None,
                   progress: Progress | None = None) -> Path | None:
    """Make a fresh automatic backup and keep only the newest ``keep``; called at start.

    Returns the new backup, or None when there is nothing to back up (a new
    database, or a PostgreSQL server, whose backups are the server's business).
    """
    if db.engine.dialect.name != "sqlite":
        return None
    keep = configured_keep() if keep is None else keep
    if keep < 1:
        raise InvalidInput("keep at least one backup")
    live = database_path(db)
    if not live.exists() or live.stat().st_size == 0:
        return None
    folder = directory or backup_dir(db)
    made = backup(db, folder / f"{live.stem}-auto-{_stamp()}.sqlite", progress=progress)
    for old in automatic_backups(db, folder)[:-keep]:
        old.unlink(missing_ok=True)
    return made.path
