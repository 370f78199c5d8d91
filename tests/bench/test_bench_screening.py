"""Screening 1,000 people against a full-size synthetic EU list (about 5,000 entities,
24,000 names): at most 5 s, at least 10x faster than all pairs with rapidfuzz,
recall of at least 99% on planted name variants and at most 1% of the clean guests
flagged. The list's birth dates, citizenships and sexes are as patchy as on the EU
list (see synthetic_sanctions); a namesake whose entry states none of them stays a
hit, and is counted as a false positive all the same.

Run with ``pytest tests/bench --benchmark-enable``.
"""

from __future__ import annotations

import time

import pytest

from almere_missions.security.matching import Matcher, Subject, naive_screen
from almere_missions.security.names import fold
from almere_missions.security.sanctions.readers import parse_list

from .synthetic_sanctions import eu_xml, generate_list, generate_people

NAIVE_SAMPLE = 50


@pytest.fixture(scope="module")
def world(request):
    if not request.config.getoption("benchmark_enable", default=False):
        pytest.skip("benchmarks run with --benchmark-enable")
    listed = generate_list(5000)
    data = parse_list(eu_xml(listed), "synthetic-eu.xml")
    people = generate_people(listed, 1000, planted=200)
    subjects = [Subject(p.key, "person", (p.name,), p.birth,
                        (p.nationality,) if p.nationality else (), p.gender) for p in people]
    return data, people, subjects


def test_bench_screening(benchmark, world):
    if benchmark.disabled:
        pytest.skip("benchmarks run with --benchmark-enable")
    data, people, subjects = world
    assert data.entity_count == 5000 and data.name_count > 22_000

    started = time.perf_counter()
    matcher = Matcher(data.entities)
    index_s = time.perf_counter() - started

    results = benchmark.pedantic(lambda: {s.key: matcher.screen(s) for s in subjects},
                                 rounds=1, iterations=1)
    screen_s = benchmark.stats.stats.max

    started = time.perf_counter()
    naive_screen(subjects[:NAIVE_SAMPLE], data.entities)
    naive_s = (time.perf_counter() - started) * len(subjects) / NAIVE_SAMPLE

    planted = [p for p in people if p.planted is not None]
    found = [p for p in planted
             if any(m.entity.entity_id == str(p.planted) for m in results[p.key])]
    recall = len(found) / len(planted)
    by_variant: dict[str, list[int]] = {}
    for p in planted:
        by_variant.setdefault(p.variant, []).append(int(p in found))
    clean = [p for p in people if p.planted is None]
    flagged = [p for p in clean if results[p.key]]
    false_positive_rate = len(flagged) / len(clean)
    # Faker draws from small name pools: many "false" positives are the very same name.
    same_name = [p for p in flagged if any(
        sorted(fold(m.matched_name).split()) == sorted(fold(p.name).split())
        for m in results[p.key])]
    benchmark.extra_info.update({
        "entities": data.entity_count, "names": data.name_count, "people": len(subjects),
        "index_build_s": round(index_s, 2), "screen_s": round(screen_s, 2),
        "index_and_screen_s": round(index_s + screen_s, 2),
        "naive_all_pairs_s_extrapolated": round(naive_s, 1),
        "speedup": round(naive_s / screen_s, 1), "recall": recall,
        "false_positive_rate": round(false_positive_rate, 3),
        "false_positives_with_the_very_same_name": len(same_name),
        "false_positives": len(flagged),
        "recall_by_variant": {k: round(sum(v) / len(v), 3) for k, v in sorted(by_variant.items())}})
    print(benchmark.extra_info)
    assert screen_s <= 5.0
    assert naive_s / screen_s >= 10
    assert recall >= 0.99
    assert false_positive_rate <= 0.01
