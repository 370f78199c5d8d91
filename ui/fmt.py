"""Dates, times and amounts in the chosen language (babel, CLDR data)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache

from babel.dates import format_date, format_skeleton
from babel.numbers import format_currency, format_decimal

from almere_missions import codes
from almere_missions.text import Text, pick
from almere_missions.timeutil import abbreviation, utc_to_local
from ui import i18n


def lang() -> str:
    return i18n.current()


def document_lang() -> str:
    """The language of documents, reports and fetched advice: Dutch, else English."""
    return "nl" if lang() == "nl" else "en"


@lru_cache(maxsize=20_000)
def _date(d: date, loc: str, form: str) -> str:
    return format_date(d, form, locale=loc)


def day(d: date, form: str = "medium") -> str:
    """``20 apr. 2022`` / ``20 Apr 2022``."""
    return _date(d, i18n.babel_locale(), form)


def weekday(d: date) -> str:
    """``wo 20 apr.`` / ``Wed 20 Apr``."""
    return _skeleton(d, "MMMEd", i18n.babel_locale())


def month_year(d: date) -> str:
    return _skeleton(d, "yMMMM", i18n.babel_locale())


@lru_cache(maxsize=4096)
def _skeleton(d: date, skeleton: str, loc: str) -> str:
    return format_skeleton(skeleton, d, locale=loc)


def span(start: date, end: date) -> str:
    return day(start) if start == end else f"{day(start)} – {day(end)}"


def clock(instant: datetime, tz: str) -> str:
    """``09:30`` in the place's own time."""
    return utc_to_local(instant, tz).strftime("%H:%M")


def clock_zone(instant: datetime, tz: str) -> str:
    return f"{clock(instant, tz)} {abbreviation(instant, tz)}"


def money(amount: Decimal, currency: str = "EUR") -> str:
    return format_currency(amount, currency, locale=i18n.babel_locale())


def text(value: Text | None) -> str:
    return pick(value, lang())


@lru_cache(maxsize=1024)
def _country(code: str, lang: str) -> str:
    return codes.country_name(code, lang)


def country(code: str) -> str:
    return _country(code, lang())


def countries(values) -> str:
    return ", ".join(country(c) for c in values)


def number(n: int | float | Decimal) -> str:
    return format_decimal(n, locale=i18n.babel_locale())
