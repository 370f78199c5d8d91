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

    # database: a SQLite file or the team's PostgreSQL server
    @property
    def database_url(self) -> str:
        return self._str("database/url")

    @database_url.setter
    def database_url(self, url: str) -> None:
        self.store.setValue("database/url", url)

    @property
    def user(self) -> str:
        return self._str("user/name")

    @user.setter
    def user(self, name: str) -> None:
        self.store.setValue("user/name", name)

    @property
    def language(self) -> str:
        lang = self._str("ui/language", "nl")
        return lang if lang in LANGUAGES else "nl"

    @language.setter
    def language(self, lang: str) -> None:
        self.store.setValue("ui/language", lang)

    def geometry(self, name: str) -> QByteArray | None:
        value = self.store.value(f"window/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, name: str, data: QByteArray) -> None:
        self.store.setValue(f"window/{name}", data)

    def sync(self) -> None:
        self.store.sync()
