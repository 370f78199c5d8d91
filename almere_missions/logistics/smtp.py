"""Sending mail through the office's SMTP server: host, port, STARTTLS and user from the
settings, the password from the system keyring only (never a file, a URL or a log)."""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Iterable
from dataclasses import dataclass
from email.message import EmailMessage

import keyring
from keyring.errors import KeyringError

from almere_missions.errors import EnvironmentProblem, InvalidInput

TIMEOUT_S = 30


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int = 587
    starttls: bool = True
    user: str | None = None  # None: the server takes mail without logging in

    def __post_init__(self):
        if not self.host or not isinstance(self.port, int) or not 0 < self.port < 65536:
            raise InvalidInput(f"{self.host!r}:{self.port!r} is not a server and port",
                               record="smtp", field="host")


def service_name(settings: SmtpSettings) -> str:
    """The keyring's service for a mail server, one entry per host and port."""
    return f"almere-missions smtp {settings.host}:{settings.port}"


def store_password(settings: SmtpSettings, password: str) -> None:
    if not settings.user:
        raise InvalidInput("a password needs a user", record="smtp", field="user")
    try:
        keyring.set_password(service_name(settings), settings.user, password)
    except KeyringError as exc:
        raise EnvironmentProblem(f"no system keyring to keep the password in ({exc})") from exc


def _password(settings: SmtpSettings) -> str:
    try:
        password = keyring.get_password(service_name(settings), settings.user)
    except KeyringError as exc:
        raise EnvironmentProblem(f"no system keyring to read the mail password from ({exc})"
                                 ) from exc
    if password is None:
        raise EnvironmentProblem(
            f"no password for {settings.user} on {settings.host}:{settings.port} in the "
            "system keyring; store it in the settings first")
    return password


def send(settings: SmtpSettings, messages: Iterable[EmailMessage], *, on_sent=None) -> int:
    """Send the messages over one connection; ``on_sent(n, message)`` after each."""
    password = _password(settings) if settings.user else None
    count = 0
    try:
        with smtplib.SMTP(settings.host, settings.port, timeout=TIMEOUT_S) as smtp:
            smtp.ehlo()
            if settings.starttls:
                smtp.starttls(context=ssl.create_default_context())
                smtp.ehlo()
            if settings.user:
                smtp.login(settings.user, password)
            for msg in messages:
                smtp.send_message(msg)
                count += 1
                if on_sent is not None:
                    on_sent(count, msg)
    except smtplib.SMTPAuthenticationError as exc:
        raise EnvironmentProblem(f"the mail server refused user {settings.user}: "
                                 f"{exc.smtp_code} {exc.smtp_error!r}") from exc
    except (smtplib.SMTPException, OSError) as exc:
        raise EnvironmentProblem(f"mail could not be sent through {settings.host}:"
                                 f"{settings.port} ({exc}); {count} sent before") from exc
    return count
