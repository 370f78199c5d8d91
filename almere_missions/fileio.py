"""Files written so that a crash never leaves half of one behind, and read with an error
that names the file."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from almere_missions.errors import InvalidInput


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> None:
    """Write beside the target, flush to disk, then rename over it in one step."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        # mkstemp makes the file private (0600); give it the mode a plain write would have.
        os.chmod(tmp, _mode_for(path))
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o7777  # replacing a file keeps its permissions
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def atomic_write_text(path: str | os.PathLike, text: str, encoding: str = "utf-8") -> None:
    atomic_write_bytes(path, text.encode(encoding))


def read_bytes(path: str | os.PathLike) -> bytes:
    """A file's bytes; a clear error naming the file when it is missing or unreadable."""
    name = str(path)
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise InvalidInput("file not found", file=name) from None
    except OSError as exc:
        raise InvalidInput(f"cannot read the file: {exc.strerror}", file=name) from None


def read_capped(path: str | os.PathLike, max_bytes: int, too_large: Callable[[int], str]
                ) -> bytes:
    """A file's bytes, refused in words naming the file when it is missing, is a folder, or
    is larger than ``max_bytes`` (``too_large(size)`` says so)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InvalidInput(too_large(size), file=str(path))
        return path.read_bytes()
    except FileNotFoundError:
        raise InvalidInput("no such file", file=str(path)) from None
    except IsADirectoryError:
        raise InvalidInput("a folder, not a file", file=str(path)) from None


def read_json(path: str | os.PathLike) -> Any:
    """A JSON file (UTF-8, a byte-order mark allowed); a clear error naming the file when it
    is missing, unreadable or not JSON."""
    name = str(path)
    data = read_bytes(path)
    try:
        return json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise InvalidInput(f"not UTF-8 text (byte {exc.start})", file=name) from None
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}",
                           file=name) from None
