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


def _all_day_word(lang: str) -> str:
    return {"nl": "hele dag", "de": "ganztägig"}.get((lang or "en").split("-")[0], "all day")


def format_item_time(item: ItemView, lang: str = "en") -> str:
    """The item's start in its own zone: ``09:30 CEST`` (``all day`` for all-day items)."""
    if item.all_day:
        return _all_day_word(lang)
    return format_instant(item.start, item.timezone)


def format_item_end(item: ItemView, lang: str = "en") -> str:
    """The item's end in its arrival zone, with the local date when that is another day
    than the start's (a flight landing the next morning): ``Oct 29, 2022 14:50 CST``."""
    if item.all_day:
        return format_day(item.end - timedelta(microseconds=1), item.timezone, lang)
    end = format_instant(item.end, item.arrival_timezone)
    if item.last_day != item.first_day:
        return f"{format_day(item.end, item.arrival_timezone, lang)} {end}"
    return end


def format_item_span(item: ItemView, lang: str = "en") -> str:
    """``09:30 CEST – 10:30 CEST``; all-day items read ``all day`` (with their last day when
    they last several days)."""
    if item.all_day:
        if item.last_day != item.first_day:
            return f"{_all_day_word(lang)} – {format_item_end(item, lang)}"
        return _all_day_word(lang)
    return f"{format_item_time(item, lang)} – {format_item_end(item, lang)}"
