"""Recovery drafts: unsaved edits kept when the program was ended from outside.

A log-out, SIGTERM or Ctrl+C ends the program without a person to ask "save or
discard?"; the editor's unsaved changes are then written here, one JSON file per
mission, in the user's data folder, and the next start offers them back. The
folder is per database and user (a hash of both: no password ends up in a path).
Each file is written atomically, so an interrupted write leaves the old file or none.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from almere_missions import paths
from almere_missions.fileio import atomic_write_text

FORMAT = 1
_log = logging.getLogger("almere_missions")


def folder(url: str, user: str) -> Path:
    plain = make_url(url).render_as_string(hide_password=True)
    key = hashlib.sha256(f"{plain}\0{user}".encode()).hexdigest()[:20]
    return paths.data_dir() / "recovery" / key


def _file(url: str, user: str, ref: str) -> Path:
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", ref)
    return folder(url, user) / f"{safe}.json"


def store(url: str, user: str, ref: str, version: int | None, base: dict, draft: dict) -> Path:
    """Keep one mission's unsaved edits (``draft``) with what they were made on (``base``)."""
    path = _file(url, user, ref)
    atomic_write_text(path, json.dumps({
        "format": FORMAT, "ref": ref, "version": version,
        "kept_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "base": base, "draft": draft,
    }, ensure_ascii=False, indent=1))
    return path


def pending(url: str, user: str) -> list[dict]:
    """The drafts kept for this database and user, oldest first.

    A file that cannot be read is set aside (renamed ``.unreadable``), never deleted.
    """
    where = folder(url, user)
    if not where.is_dir():
        return []
    found = []
    for path in sorted(where.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != FORMAT or not isinstance(data.get("draft"), dict):
                raise ValueError(f"format {data.get('format')!r} is not {FORMAT}")
            found.append(data)
        except (OSError, ValueError, AttributeError) as exc:
            _log.warning("recovery draft %s cannot be read (%s); set aside", path, exc)
            _set_aside(path)
    return sorted(found, key=lambda d: d.get("kept_at", ""))


def _set_aside(path: Path) -> None:
    try:
        path.replace(path.with_suffix(".unreadable"))
    except OSError:
        pass


def set_aside(url: str, user: str, ref: str) -> None:
    """A draft that cannot be applied: kept beside, as ``.unreadable``, no longer offered."""
    _set_aside(_file(url, user, ref))


def discard(url: str, user: str, ref: str) -> None:
    try:
        _file(url, user, ref).unlink()
    except FileNotFoundError:
        pass
