"""UTC offsets and zone abbreviations for many instants at once.

A zone's offset changes a few times a year at most, so each (zone, year) is
cut into stretches of constant offset — found by weekly samples and a
bisection to the second where two samples differ — and cached. Looking up
an instant is then a binary search, for a whole array at once with NumPy.
"""

from __future__ import annotations

import bisect
from datetime import UTC, datetime
from functools import lru_cache

import numpy as np

from almere_missions.timeutil import abbreviation, zone

_WEEK = 7 * 86400
_DAY = 86400


def _at(epoch: int, tz: str) -> tuple[int, str]:
    instant = datetime.fromtimestamp(epoch, UTC)
    return int(instant.astimezone(zone(tz)).utcoffset().total_seconds()), abbreviation(instant, tz)


def _year_start(year: int) -> int:
    return int(datetime(year, 1, 1, tzinfo=UTC).timestamp())


@lru_cache(maxsize=8192)
def year_segments(tz: str, year: int) -> tuple[tuple[int, ...], tuple[int, ...], tuple[str, ...]]:
    """(starts, offsets, abbreviations) of the constant stretches of ``tz`` in ``year``
    (UTC, with a day's margin on both sides)."""
    lo, hi = _year_start(year) - _DAY, _year_start(year + 1) + _DAY
    first = _at(lo, tz)
    starts, offsets, abbrs = [lo], [first[0]], [first[1]]
    samples = list(range(lo, hi, _WEEK)) + [hi]
    prev_t, prev = lo, (offsets[0], abbrs[0])
    for t in samples[1:]:
        cur = _at(t, tz)
        while cur != prev:  # a change in (prev_t, t]: find the first second of it
            a, b = prev_t, t
            while b - a > 1:
                mid = (a + b) // 2
                if _at(mid, tz) == prev:
                    a = mid
                else:
                    b = mid
            nxt = _at(b, tz)
            starts.append(b)
            offsets.append(nxt[0])
            abbrs.append(nxt[1])
            prev_t, prev = b, nxt
        prev_t, prev = t, cur
    return tuple(starts), tuple(offsets), tuple(abbrs)


def _year_of(epoch: int) -> int:
    return datetime.fromtimestamp(epoch, UTC).year


def local_info(epoch: int, tz: str) -> tuple[int, str]:
    """(UTC offset in seconds, abbreviation) of ``tz`` at ``epoch``."""
    starts, offsets, abbrs = year_segments(tz, _year_of(epoch))
    k = bisect.bisect_right(starts, epoch) - 1
    return offsets[k], abbrs[k]


def offsets(epochs: np.ndarray, zone_index: np.ndarray, names: list[str]) -> np.ndarray:
    """The UTC offset (seconds) at each instant in its zone (``names[zone_index]``)."""
    return local_infos(epochs, zone_index, names)[0]


def local_infos(epochs: np.ndarray, zone_index: np.ndarray, names: list[str],
                with_abbreviations: bool = False) -> tuple[np.ndarray, list[str]]:
    """Offsets (and, if asked, abbreviations) at each instant in its zone."""
    out = np.zeros(len(epochs), np.int64)
    abbr: list[str] = [""] * len(epochs) if with_abbreviations else []
    if not len(epochs):
        return out, abbr
    years = epochs.astype("datetime64[s]").astype("datetime64[Y]").astype(np.int64) + 1970
    key = zone_index.astype(np.int64) * 10_000 + years
    for k in np.unique(key).tolist():
        z, year = divmod(k, 10_000)
        rows = np.nonzero(key == k)[0]
        starts, offs, names_of = year_segments(names[z], year)
        pos = np.searchsorted(np.asarray(starts, np.int64), epochs[rows], side="right") - 1
        out[rows] = np.asarray(offs, np.int64)[pos]
        if with_abbreviations:
            for r, p in zip(rows.tolist(), pos.tolist(), strict=True):
                abbr[r] = names_of[p]
    return out, abbr
