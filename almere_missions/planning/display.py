"""Local time of a programme item for people: the place's wall time and zone abbreviation."""

from __future__ import annotations

from datetime import datetime, timedelta

from babel.dates import format_date

from almere_missions.timeutil import abbreviation, utc_to_local
from almere_missions.views import ItemView


def format_instant(instant: datetime, tz: str) -> str:
    """``09:30 CEST``: the wall time in ``tz`` with the zone's abbreviation at that moment."""
    return f"{utc_to_local(instant, tz):%H:%M} {abbreviation(instant, tz)}"


def _babel_locale(lang: str) -> str:
    return lang.replace("-", "_") if lang else "en"


def format_day(instant: datetime, tz: str, lang: str = "en") -> str:
    """The local date in the language's own words, e.g. ``Wed 20 Apr 2022``."""
    local = utc_to_local(instant, tz).date()
    try:
        return format_date(local, format="medium", locale=_babel_locale(lang))
    except (ValueError, LookupError):
        return format_date(local, format="medium", locale="en")


def format_item_time(item: ItemView, lang: str = "en") -> str:
    """``09:30 CEST – 10:30 CEST``; a journey ends in its arrival zone, with the date if it
    lands on another local day; all-day items read ``all day``."""
    if item.all_day:
        days = (item.last_day - item.first_day).days
        word = {"nl": "hele dag", "de": "ganztägig"}.get(lang.split("-")[0], "all day")
        if days:
            last = format_day(item.end - timedelta(microseconds=1), item.timezone, lang)
            return f"{word} – {last}"
        return word
    start = format_instant(item.start, item.timezone)
    end = format_instant(item.end, item.arrival_timezone)
    if item.last_day != item.first_day:
        end = f"{format_day(item.end, item.arrival_timezone, lang)} {end}"
    return f"{start} – {end}"
