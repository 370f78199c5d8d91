"""Overlaps by sweep line over sorted arrays, not by comparing all pairs.

Rows are sorted by (group, start). Offsetting each group's times by
``group * span`` keeps groups apart, so one running maximum of the ends (a
prefix maximum) tells for every row whether anything before it in its group
is still going on. Only those rows are followed up in Python, and only back
as far as the prefix maximum says an overlap is still possible.
"""

from __future__ import annotations

import numpy as np


def order(group: np.ndarray, start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """The permutation that sorts rows by group, then start, then end."""
    return np.lexsort((end, start, group))


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
    pairs: list[tuple[int, int]] = []
    s_list = s.tolist()
    e_list = e.tolist()
    cm_list = cm.tolist()
    for j in np.nonzero(s < prev)[0].tolist():
        sj = s_list[j]
        k = j - 1
        while k >= 0 and cm_list[k] > sj:
            if e_list[k] > sj:
                pairs.append((k, j))
            k -= 1
    return pairs, cm - shift
