"""Overlaps by sweep line over sorted arrays, not by comparing all pairs.

Rows are sorted by (group, start). Offsetting each group's times by
``group * span`` keeps groups apart, so one running maximum of the ends (a
prefix maximum) tells for every row whether anything before it in its group
is still going on. Only those rows are followed up in Python, and only back
as far as the prefix maximum says an overlap is still possible.
"""

from __future__ import annotations

import numpy as np


def overlapping_pairs(group: np.ndarray, start: np.ndarray, end: np.ndarray,
                      ) -> tuple[list[tuple[int, int]], np.ndarray]:
    """Pairs ``(i, j)``, ``i < j``, of rows in one group whose spans overlap.

    The arrays must already be sorted by (group, start). Also returns the
    prefix maximum of the (offset) ends, which callers use to tell a
    row's predecessor apart from an overlap.
    """
    n = len(start)
    if n == 0:
        return [], np.zeros(0, np.int64)
    t0 = int(start.min())
    span = int(end.max()) - t0 + 1
    shift = group.astype(np.int64) * span - t0
    s = start + shift
    e = end + shift
    cm = np.maximum.accumulate(e)
    prev = np.empty(n, np.int64)
    prev[0] = np.iinfo(np.int64).min
    prev[1:] = cm[:-1]
    # Walk back from every row that overlaps something, one step at a time for all of
    # them together, as long as the prefix maximum says an overlap is still possible.
    js = np.nonzero(s < prev)[0]
    sj = s[js]
    found_k: list[np.ndarray] = []
    found_j: list[np.ndarray] = []
    k = js - 1
    while len(js):
        hit = e[k] > sj
        found_k.append(k[hit])
        found_j.append(js[hit])
        go_on = (k > 0) & (cm[np.maximum(k - 1, 0)] > sj)
        js, sj, k = js[go_on], sj[go_on], k[go_on] - 1
    if not found_k:
        return [], cm - shift
    ks, jj = np.concatenate(found_k), np.concatenate(found_j)
    pairs = list(zip(ks.tolist(), jj.tolist(), strict=True))
    return pairs, cm - shift


def running_max(group: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For rows sorted by group: the largest value so far in the row's group, and the
    (latest) row holding it."""
    n = len(values)
    if n == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    lo = int(values.min())
    shift = group.astype(np.int64) * (int(values.max()) - lo + 1) - lo
    prefix = np.maximum.accumulate(values + shift) - shift
    holder = np.where(values == prefix, np.arange(n, dtype=np.int64), -1)
    return prefix, np.maximum.accumulate(holder)


def group_bounds(sorted_keys: np.ndarray) -> list[int]:
    """Where each run of equal keys starts, and the end: [0, ..., len]."""
    if not len(sorted_keys):
        return [0]
    firsts = np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])
    return np.r_[firsts, len(sorted_keys)].tolist()
