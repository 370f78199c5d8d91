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


@lru_cache(maxsize=1024)
def vtimezone(tzid: str, first_year: int, last_year: int) -> str:
    """The VTIMEZONE component (folded lines joined with CRLF, no final CRLF)."""
    opening, changes = transitions(tzid, first_year, last_year)
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}"]
    begin = datetime(first_year - 1, 12, 31)  # naive wall time: the VTIMEZONE's own clock
    lines += _component(opening, opening, begin)
    for change in changes:
        wall = (change.at + timedelta(seconds=change.before.utcoffset)).replace(tzinfo=None)
        lines += _component(change.before, change.after, wall)
    lines.append("END:VTIMEZONE")
    return cl.CRLF.join(cl.fold(line) for line in lines)


def _component(before: Period, after: Period, wall: datetime) -> list[str]:
    kind = "DAYLIGHT" if after.dst else "STANDARD"
    out = [f"BEGIN:{kind}", f"DTSTART:{cl.local_stamp(wall)}",
           f"TZOFFSETFROM:{cl.offset(before.utcoffset)}",
           f"TZOFFSETTO:{cl.offset(after.utcoffset)}"]
    if after.name:
        out.append(f"TZNAME:{cl.text(after.name)}")
    out.append(f"END:{kind}")
    return out
