"""Time is a place's time: instants in UTC plus an IANA zone, never naive.

Local wall-clock times from people and files are turned into instants here,
refusing times that do not exist (spring-forward gap) or are ambiguous
(autumn fall-back) unless an explicit UTC offset settles them.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from functools import cache, lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

__all__ = [
    "UTC", "TimeProblem", "zone", "is_valid_zone", "local_to_utc", "utc_to_local",
    "parse_local", "format_local", "day_start_utc", "local_date", "abbreviation",
    "now_utc",
]

_LOCAL_RE = re.compile(
    r"^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?$"
)


class TimeProblem(ValueError):
    """A wall time that cannot be turned into one instant; the text says why."""


def now_utc() -> datetime:
    return datetime.now(UTC)


@cache
def _zones() -> frozenset[str]:
    return frozenset(available_timezones())


@lru_cache(maxsize=512)
def zone(name: str) -> ZoneInfo:
    if not is_valid_zone(name):
        raise TimeProblem(f"unknown time zone {name!r} (expected an IANA name such as Europe/Amsterdam)")
    return ZoneInfo(name)


def is_valid_zone(name: object) -> bool:
    """IANA names only: abbreviations such as CET or EST are refused on purpose."""
    if not isinstance(name, str) or "/" not in name and name != "UTC":
        return False
    if name not in _zones():
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def local_to_utc(local: datetime, tz: str) -> datetime:
    """An aware UTC instant for a naive wall time in ``tz``; refuse gaps and folds."""
    if local.tzinfo is not None:
        return local.astimezone(UTC)
    z = zone(tz)
    first = local.replace(tzinfo=z, fold=0)
    second = local.replace(tzinfo=z, fold=1)
    if first.utcoffset() != second.utcoffset():
        # In a gap, the round trip does not give the same wall time back.
        back = first.astimezone(UTC).astimezone(z).replace(tzinfo=None)
        if back != local:
            raise TimeProblem(
                f"{local:%Y-%m-%dT%H:%M} does not exist in {tz} (clocks move forward then)"
            )
        raise TimeProblem(
            f"{local:%Y-%m-%dT%H:%M} is ambiguous in {tz} (clocks move back then); "
            "add the UTC offset, e.g. +01:00"
        )
    return first.astimezone(UTC)


def utc_to_local(instant: datetime, tz: str) -> datetime:
    if instant.tzinfo is None:
        raise TimeProblem("naive datetime given where an instant is needed")
    return instant.astimezone(zone(tz))


def parse_local(value: str, tz: str) -> datetime:
    """Parse ``2022-04-20T09:30`` (wall time in tz) or with an offset; return UTC."""
    if not isinstance(value, str):
        raise TimeProblem("expected a local date-time such as 2022-04-20T09:30")
    m = _LOCAL_RE.match(value)
    if not m:
        raise TimeProblem(f"{value!r} is not a local date-time such as 2022-04-20T09:30")
    day, hh, mm, ss, offset = m.groups()
    try:
        naive = datetime.combine(date.fromisoformat(day), time(int(hh), int(mm), int(ss or 0)))
    except ValueError as exc:
        raise TimeProblem(f"{value!r}: {exc}") from None
    if offset:
        aware = datetime.fromisoformat(value.replace("Z", "+00:00"))
        z = zone(tz)
        # The offset must be one the zone really has at that moment.
        if aware.astimezone(z).utcoffset() != aware.utcoffset():
            raise TimeProblem(f"{value!r}: offset {offset} is not in force in {tz} at that time")
        return aware.astimezone(UTC)
    return local_to_utc(naive, tz)


def is_ambiguous(instant: datetime, tz: str) -> bool:
    """True if the local wall time of ``instant`` occurs twice in ``tz``."""
    local = utc_to_local(instant, tz).replace(tzinfo=None)
    z = zone(tz)
    return local.replace(tzinfo=z, fold=0).utcoffset() != local.replace(tzinfo=z, fold=1).utcoffset()


def format_local(instant: datetime, tz: str) -> str:
    """Canonical text of an instant as a wall time; with offset only where ambiguous."""
    local = utc_to_local(instant, tz)
    text = local.strftime("%Y-%m-%dT%H:%M")
    if local.second:
        text += f":{local.second:02d}"
    if is_ambiguous(instant, tz):
        offset = local.strftime("%z")
        text += f"{offset[:3]}:{offset[3:]}"
    return text


def day_start_utc(day: date, tz: str) -> datetime:
    """The instant a local day begins (midnight, or the first existing time)."""
    z = zone(tz)
    naive = datetime.combine(day, time(0))
    aware = naive.replace(tzinfo=z)
    back = aware.astimezone(UTC).astimezone(z).replace(tzinfo=None)
    if back != naive:  # midnight skipped by a DST change in a few zones
        aware = (naive + timedelta(hours=1)).replace(tzinfo=z)
    return aware.astimezone(UTC)


def local_date(instant: datetime, tz: str) -> date:
    return utc_to_local(instant, tz).date()


def abbreviation(instant: datetime, tz: str) -> str:
    """The zone's abbreviation at that instant (CEST, CST), or its UTC offset."""
    local = utc_to_local(instant, tz)
    abbr = local.tzname() or ""
    if abbr and abbr[0] in "+-":
        offset = local.strftime("%z")
        return f"UTC{offset[:3]}:{offset[3:]}" if offset[3:] != "00" else f"UTC{offset[:3]}"
    return abbr
