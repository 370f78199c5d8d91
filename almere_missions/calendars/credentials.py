"""CalDAV credentials: from the environment or the system keyring, never from a file.

Looked up in this order: the values a caller passes (the desktop asks the
person); ``ALMERE_MISSIONS_CALDAV_USERNAME`` / ``ALMERE_MISSIONS_CALDAV_PASSWORD``;
the user name in the URL; the system keyring (Windows Credential Locker, macOS
Keychain, Secret Service), under a service name per server. A password written
into the URL is refused: command lines and logs are readable by others.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit, urlunsplit

import keyring
from keyring.errors import KeyringError

from almere_missions.errors import EnvironmentProblem, InvalidInput

ENV_USERNAME = "ALMERE_MISSIONS_CALDAV_USERNAME"
ENV_PASSWORD = "ALMERE_MISSIONS_CALDAV_PASSWORD"


@dataclass(frozen=True)
class Credentials:
    url: str  # without user information
    username: str | None
    password: str | None = None

    def __repr__(self) -> str:  # never print a password
        return f"Credentials(url={self.url!r}, username={self.username!r}, password=***)"


def split_url(url: str) -> tuple[str, str | None]:
    """The URL without user information, and the user name it held."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InvalidInput(f"{url!r} is not a CalDAV address such as "
                           "https://calendar.example.org/dav/", field="caldav")
    if parts.password:
        raise InvalidInput("do not put the password in the address; set "
                           f"{ENV_PASSWORD} or store it in the system keyring", field="caldav")
    host = parts.hostname + (f":{parts.port}" if parts.port else "")
    clean = urlunsplit((parts.scheme, host, parts.path or "/", parts.query, ""))
    return clean, unquote(parts.username) if parts.username else None


def service_name(url: str) -> str:
    """The keyring's service for a server: one entry per scheme, host and port."""
    parts = urlsplit(url)
    port = f":{parts.port}" if parts.port else ""
    return f"almere-missions caldav {parts.scheme}://{parts.hostname}{port}"


def resolve(url: str, username: str | None = None, password: str | None = None) -> Credentials:
    clean, url_user = split_url(url)
    username = username or os.environ.get(ENV_USERNAME) or url_user
    if password is None:
        password = os.environ.get(ENV_PASSWORD)
    if password is None:
        password, username = _from_keyring(clean, username)
    return Credentials(clean, username, password)


def _from_keyring(url: str, username: str | None) -> tuple[str | None, str | None]:
    try:
        if username:
            return keyring.get_password(service_name(url), username), username
        found = keyring.get_credential(service_name(url), None)
    except KeyringError:  # no keyring on this machine (a server, a container): none stored
        return None, username
    if found is None:
        return None, username
    return found.password, found.username


def store(url: str, username: str, password: str) -> None:
    """Keep a password in the system keyring (the desktop's settings use this)."""
    clean, _ = split_url(url)
    try:
        keyring.set_password(service_name(clean), username, password)
    except KeyringError as exc:
        raise EnvironmentProblem(
            f"no system keyring to keep the password in ({exc}); set {ENV_PASSWORD} "
            "in the environment instead") from exc


def forget(url: str, username: str) -> None:
    clean, _ = split_url(url)
    try:
        keyring.delete_password(service_name(clean), username)
    except KeyringError:
        pass
