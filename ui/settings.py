"""Typed options over QSettings: the database, the user, the language, the window."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from almere_missions import paths

#: raise when a key changes meaning; ``upgrade`` moves old values over
VERSION = 1
LANGUAGES = ("nl", "en")


def open_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                     paths.APP_AUTHOR, paths.APP_NAME)


class _Option:
    """A text option stored under ``key``; outside ``choices`` (when given) it reads as
    ``default``."""

    def __init__(self, key: str, default: str = "", choices: tuple[str, ...] = ()):
        self.key, self.default, self.choices = key, default, choices

    def __get__(self, settings, owner=None):
        if settings is None:
            return self
        value = settings._str(self.key, self.default)
        return self.default if self.choices and value not in self.choices else value

    def __set__(self, settings, value: str) -> None:
        settings.store.setValue(self.key, value)


class Settings:
    """The program's own options; everything else stays in the database."""

    def __init__(self, store: QSettings | None = None):
        self.store = store or open_settings()
        self.upgrade()

    def upgrade(self) -> None:
        found = int(self.store.value("settings/version", 0))
        if found < 1:
            # Version 0 had no keys worth keeping.
            self.store.setValue("settings/version", VERSION)

    def _str(self, key: str, default: str = "") -> str:
        value = self.store.value(key, default)
        return str(value) if value is not None else default

    #: a SQLite file or the team's PostgreSQL server
    database_url = _Option("database/url")
    user = _Option("user/name")
    language = _Option("ui/language", "nl", LANGUAGES)

    def geometry(self, name: str) -> QByteArray | None:
        value = self.store.value(f"window/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, name: str, data: QByteArray) -> None:
        self.store.setValue(f"window/{name}", data)

    def sync(self) -> None:
        self.store.sync()
