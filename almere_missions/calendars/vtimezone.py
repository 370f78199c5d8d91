"""VTIMEZONE components computed from the IANA database, covering the years used.

icalendar 7's ``Timezone.from_tzinfo`` writes the onset of summer time at the
wall time *after* the change (DTSTART:...T030000 with TZOFFSETFROM:+0100 for
Amsterdam), which a parser that computes from the body (ical.js, Thunderbird)
reads as one hour late; by default it also stops in 2038. So the components are
written here: one per transition in the years the calendar uses, each DTSTART
being the wall time in the offset in force *before* the change, as RFC 5545
§3.6.5 defines it, plus one opening component for the offset in force on the
first of January of the first year.
"""

from __future__ import annotations

import calendar
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import NamedTuple

from almere_missions.calendars import contentlines as cl
from almere_missions.timeutil import zone


class Period(NamedTuple):
    utcoffset: int  # seconds
    dst: bool
    name: str


class Transition(NamedTuple):
    at: datetime  # UTC instant of the change
    before: Period
    after: Period


def _period(instant: datetime, tz) -> Period:
    local = instant.astimezone(tz)
    dst = local.dst()
    return Period(int(local.utcoffset().total_seconds()), bool(dst and dst.total_seconds()),
                  local.tzname() or "")


def transitions(tzid: str, first_year: int, last_year: int) -> tuple[Period, list[Transition]]:
    """The period in force on 1 January of ``first_year`` and every change until the
    end of ``last_year``: a daily scan, then a bisection to the second."""
    tz = zone(tzid)
    start = datetime(first_year, 1, 1, tzinfo=UTC) - timedelta(days=1)
    stop = datetime(last_year + 1, 1, 1, tzinfo=UTC) + timedelta(days=1)
    opening = _period(start, tz)
    found: list[Transition] = []
    step = timedelta(hours=12)
    t, current = start, opening
    while t < stop:
        nxt = t + step
        p = _period(nxt, tz)
        if p != current:
            lo, hi = t, nxt  # current holds at lo, p at hi
            while hi - lo > timedelta(seconds=1):
                mid = lo + (hi - lo) / 2
                mid = mid.replace(microsecond=0)
                if mid <= lo:
                    break
                if _period(mid, tz) == current:
                    lo = mid
                else:
                    hi = mid
            found.append(Transition(hi, current, p))
            current = p
        t = nxt
    return opening, found


#: years looked at past the last one used: a rule seen to go on that long is written
#: without an end (RRULE without UNTIL), so later dates read right too
LOOKAHEAD = 3
_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@lru_cache(maxsize=1024)
def vtimezone(tzid: str, first_year: int, last_year: int) -> str:
    """The VTIMEZONE component (folded lines joined with CRLF, no final CRLF)."""
    opening, changes = transitions(tzid, first_year, last_year + LOOKAHEAD)
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}"]
    begin = datetime(first_year - 1, 12, 31)  # naive wall time: the VTIMEZONE's own clock
    lines += _component(opening, opening, begin)
    for group in _yearly_groups(changes):
        lines += _component(group[0].before, group[0].after, _wall(group[0]),
                            _rrule(group, last_year + LOOKAHEAD))
    lines.append("END:VTIMEZONE")
    return cl.CRLF.join(cl.fold(line) for line in lines)


def _wall(change: Transition) -> datetime:
    """The change as the clock showed it just before (RFC 5545: DTSTART in TZOFFSETFROM)."""
    return (change.at + timedelta(seconds=change.before.utcoffset)).replace(tzinfo=None)


def _rule_of(change: Transition) -> tuple:
    """What a yearly rule must repeat: offsets, names, month, weekday and its place in
    the month (the last one, or the n-th), and the time of day."""
    wall = _wall(change)
    month_days = calendar.monthrange(wall.year, wall.month)[1]
    week = -1 if wall.day + 7 > month_days else (wall.day - 1) // 7 + 1
    return (change.before, change.after, wall.month, wall.weekday(), week, wall.time())


def _yearly_groups(changes: list[Transition]) -> list[list[Transition]]:
    """Changes that follow one rule in consecutive years, each run made one group."""
    groups: list[list[Transition]] = []
    running: dict[tuple, list[Transition]] = {}
    for change in changes:
        rule = _rule_of(change)
        group = running.get(rule)
        if group is not None and _wall(group[-1]).year == _wall(change).year - 1:
            group.append(change)
            continue
        group = [change]
        running[rule] = group
        groups.append(group)
    return groups


def _rrule(group: list[Transition], horizon: int) -> str | None:
    if len(group) == 1:
        return None
    _, _, month, weekday, week, _ = _rule_of(group[0])
    rule = f"RRULE:FREQ=YEARLY;BYMONTH={month};BYDAY={week}{_DAYS[weekday]}"
    if _wall(group[-1]).year >= horizon:
        return rule  # still in force as far as the IANA data was read
    return f"{rule};UNTIL={cl.utc_stamp(group[-1].at)}"


def _component(before: Period, after: Period, wall: datetime,
               rrule: str | None = None) -> list[str]:
    kind = "DAYLIGHT" if after.dst else "STANDARD"
    out = [f"BEGIN:{kind}", f"DTSTART:{cl.local_stamp(wall)}",
           f"TZOFFSETFROM:{cl.offset(before.utcoffset)}",
           f"TZOFFSETTO:{cl.offset(after.utcoffset)}"]
    if rrule:
        out.append(rrule)
    if after.name:
        out.append(f"TZNAME:{cl.text(after.name)}")
    out.append(f"END:{kind}")
    return out
