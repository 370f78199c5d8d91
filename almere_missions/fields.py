"""The rules for the fields of missions, persons, venues and costs, in one wording.

The import (``exchange.validate``) and the forms (``services.editing``) both ask these,
so a value is refused for the same reason in the same words on either path. A rule takes
a value that already has its type and returns what is wrong with it, or None; the caller
adds where it is (file, record, field).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import date
from decimal import Decimal

from almere_missions import codes
from almere_missions.timeutil import is_valid_zone

#: a required text, name or reference left blank
EMPTY = "must not be empty"
#: a mission, which takes place somewhere, with no country
NO_COUNTRY = "needs at least one country"

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def country(code: str) -> str | None:
    if codes.is_country(code):
        return None
    return f"{code!r} is not an ISO 3166-1 alpha-2 country code"


def language(tag: str) -> str | None:
    if codes.is_language_tag(tag):
        return None
    return f"{tag!r} is not a BCP 47 language tag (e.g. nl, en, zh-Hant)"


def zone(name: str) -> str | None:
    if is_valid_zone(name):
        return None
    return f"{name!r} is not an IANA time zone such as Europe/Amsterdam"


def currency(code: str) -> str | None:
    if code in codes.currencies():
        return None
    return f"{code!r} is not an ISO 4217 currency code"


def choice(value: str, allowed: tuple[str, ...]) -> str | None:
    """A value of an enumerated field (direction, role, kind, status)."""
    if value in allowed:
        return None
    return f"unknown value {value!r} (one of {', '.join(allowed)})"


def policy_code(kind: str, value: str, known: Collection[str]) -> str | None:
    """A theme or goal code of the policy framework."""
    if value in known:
        return None
    return f"unknown {kind} code {value!r}"


def mission_dates(start: date, end: date) -> str | None:
    """Said of the end date."""
    if end >= start:
        return None
    return f"the end date {end.isoformat()} is before the start date {start.isoformat()}"


def latitude(value: float) -> str | None:
    return None if -90 <= value <= 90 else "must be a number from -90 to 90"


def longitude(value: float) -> str | None:
    return None if -180 <= value <= 180 else "must be a number from -180 to 180"


def capacity(value: int) -> str | None:
    return None if value >= 0 else "must be a whole number of people, 0 or more"


def email(value: str) -> str | None:
    # No value in the message: an address is personal data.
    return None if _EMAIL.match(value) else "is not an e-mail address"


def birth_date(value: date) -> str | None:
    return None if value <= date.today() else "lies in the future"


def amount(value: Decimal) -> str | None:
    """A cost line's amount: euros and cents (or another currency's), never negative."""
    if not value.is_finite() or value < 0:
        return "must be zero or more"
    if value.as_tuple().exponent < -2:
        return "has more than two decimals (cents)"
    return None
