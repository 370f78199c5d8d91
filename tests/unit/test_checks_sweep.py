"""The sweep line and the zone tables behind the checks, against brute force."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from almere_missions.planning.sweep import overlapping_pairs
from almere_missions.planning.zonetable import local_info, local_infos, year_segments
from almere_missions.timeutil import abbreviation

spans = st.lists(st.tuples(st.integers(0, 3), st.integers(0, 200), st.integers(1, 60)),
                 max_size=60)


@settings(max_examples=300, deadline=None)
@given(spans)
def test_overlapping_pairs_equal_brute_force(rows):
    rows = sorted((g, s, s + d) for g, s, d in rows)
    group = np.asarray([r[0] for r in rows], np.int64)
    start = np.asarray([r[1] for r in rows], np.int64)
    end = np.asarray([r[2] for r in rows], np.int64)
    pairs, prefix = overlapping_pairs(group, start, end)
    expected = {(i, j) for i in range(len(rows)) for j in range(i + 1, len(rows))
                if rows[i][0] == rows[j][0] and rows[i][1] < rows[j][2]
                and rows[j][1] < rows[i][2]}
    assert set(pairs) == expected
    assert len(pairs) == len(set(pairs))
    for n, (g, _, _) in enumerate(rows):
        assert prefix[n] == max(r[2] for r in rows[:n + 1] if r[0] == g)


def test_touching_spans_do_not_overlap():
    pairs, _ = overlapping_pairs(np.zeros(3, np.int64), np.asarray([0, 10, 20]),
                                 np.asarray([10, 20, 30]))
    assert pairs == []


ZONES = ["Europe/Amsterdam", "America/Toronto", "Asia/Taipei", "Australia/Lord_Howe",
         "America/Sao_Paulo", "Africa/Casablanca", "Pacific/Apia", "Asia/Kathmandu"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 2_100_000_000), st.integers(0, len(ZONES) - 1)),
                min_size=1, max_size=40))
def test_zone_tables_agree_with_zoneinfo(rows):
    epochs = np.asarray([e for e, _ in rows], np.int64)
    zones = np.asarray([z for _, z in rows], np.int64)
    offsets, abbrs = local_infos(epochs, zones, ZONES, with_abbreviations=True)
    for (e, z), off, abbr in zip(rows, offsets.tolist(), abbrs, strict=True):
        instant = datetime.fromtimestamp(e, UTC)
        real = int(instant.astimezone(ZoneInfo(ZONES[z])).utcoffset().total_seconds())
        assert (off, abbr) == (real, abbreviation(instant, ZONES[z]))
        assert local_info(e, ZONES[z]) == (real, abbr)


def test_dst_changes_to_the_second():
    starts, offsets, abbrs = year_segments("Europe/Amsterdam", 2022)
    change = int(datetime(2022, 3, 27, 1, 0, tzinfo=UTC).timestamp())
    assert change in starts
    assert local_info(change - 1, "Europe/Amsterdam") == (3600, "CET")
    assert local_info(change, "Europe/Amsterdam") == (7200, "CEST")
    assert local_info(int(datetime(2022, 10, 30, 1, 0, tzinfo=UTC).timestamp()),
                      "Europe/Amsterdam") == (3600, "CET")
