"""Crash logs: the details of an unexpected error, kept for whoever fixes it."""

from __future__ import annotations

import platform
import sys
import traceback
from datetime import datetime
from pathlib import Path

from almere_missions import __version__, paths
from almere_missions.fileio import atomic_write_text


def write_crash_log(exc: BaseException, directory: Path | None = None) -> Path:
    directory = directory or paths.log_dir()
    directory.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    path = directory / f"crash-{stamp}.log"
    text = (f"Almere Missions {__version__}, Python {sys.version.split()[0]}, "
            f"{platform.platform()}\n\n"
            + "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    atomic_write_text(path, text)
    return path
