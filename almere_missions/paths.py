"""Where the product keeps its files."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "AlmereMissions"
APP_AUTHOR = "Gemeente Almere"

#: resources/ at the top of the repository (fonts, policy data, demo season, translations)
RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def data_dir() -> Path:
    path = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    path = Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "missions.sqlite"
