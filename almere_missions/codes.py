"""Code lists of the exchange format: countries, languages, currencies, enumerations."""

from __future__ import annotations

import re
from functools import cache

from babel import Locale
from babel.numbers import list_currencies

DIRECTIONS = ("incoming", "outgoing")
PARTICIPANT_ROLES = ("delegation_leader", "delegation_member", "host", "staff", "interpreter",
                     "guide", "driver", "security")
ITEM_KINDS = ("meeting", "visit", "meal", "reception", "travel", "transfer", "free", "other")
ITEM_STATUSES = ("tentative", "confirmed", "cancelled")

# Region groupings and private-use codes that CLDR lists but are no countries.
_NOT_COUNTRIES = {"EU", "EZ", "UN", "ZZ", "QO", "XA", "XB"}

# BCP 47 language tag, well-formed (RFC 5646 §2.1, without grandfathered tags).
_BCP47 = re.compile(
    r"^(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})"
    r"(?:-[A-Za-z]{4})?"
    r"(?:-(?:[A-Za-z]{2}|\d{3}))?"
    r"(?:-(?:[A-Za-z\d]{5,8}|\d[A-Za-z\d]{3}))*"
    r"(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z\d]{2,8})+)*"
    r"(?:-x(?:-[A-Za-z\d]{1,8})+)?$"
)


@cache
def countries() -> frozenset[str]:
    return frozenset(k for k in Locale("en").territories
                     if len(k) == 2 and k.isalpha() and k not in _NOT_COUNTRIES)


def is_country(code: object) -> bool:
    return isinstance(code, str) and code in countries()


def country_name(code: str, lang: str = "en") -> str:
    try:
        return Locale.parse(lang.replace("-", "_")).territories.get(code, code)
    except (ValueError, TypeError):
        return Locale("en").territories.get(code, code)


def is_language_tag(tag: object) -> bool:
    return isinstance(tag, str) and bool(_BCP47.match(tag))


@cache
def currencies() -> frozenset[str]:
    return frozenset(list_currencies())
