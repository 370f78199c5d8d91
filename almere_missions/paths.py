"""Where the product keeps its files."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import platformdirs

APP_NAME = "AlmereMissions"
APP_AUTHOR = "Gemeente Almere"

RESOURCE_PACKAGE = "almere_missions_resources"


def _resources() -> Path:
    """The product's data: fonts, policy data, demo season, translations, templates, icons.

    In a source tree it is ``resources/`` beside the package, so a checkout (or a second
    work tree on the same editable install) reads its own files; installed from a wheel,
    or frozen, it is the package ``almere_missions_resources``.
    """
    tree = Path(__file__).resolve().parent.parent
    if (tree / "pyproject.toml").is_file() and (tree / "resources" / "__init__.py").is_file():
        return tree / "resources"
    found = resources.files(RESOURCE_PACKAGE)
    if not isinstance(found, Path):  # e.g. a zip import: the fonts must be real files
        raise RuntimeError(f"{RESOURCE_PACKAGE} is not installed as a folder: {found}")
    return found


RESOURCES = _resources()


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
