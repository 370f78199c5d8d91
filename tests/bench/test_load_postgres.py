"""Load test: 8 concurrent writers on PostgreSQL (127.0.0.1) for 60 s.

Reports throughput and proves that no write was lost or written twice and
that every commit moved exactly one mission version. Run with
``pytest tests/bench/test_load_postgres.py --benchmark-enable -s``;
``ALMERE_LOAD_SECONDS`` and ``ALMERE_LOAD_WRITERS`` change the run.
"""

from __future__ import annotations

import os

import pytest

from tests.integration.reliability.load import run_load, seed_missions

SECONDS = float(os.environ.get("ALMERE_LOAD_SECONDS", "60"))
WRITERS = int(os.environ.get("ALMERE_LOAD_WRITERS", "8"))


@pytest.mark.postgres
@pytest.mark.parametrize("missions", [50, 3], ids=["spread", "contended"])
def test_eight_writers_for_a_minute(pg_server, benchmark, missions):
    from tests.conftest import _fresh_pg_database, _init

    url, drop = _fresh_pg_database(pg_server)
    db = _init(url)
    try:
        seed_missions(db, missions)
        result = benchmark.pedantic(run_load, args=(db, WRITERS, SECONDS), rounds=1,
                                    iterations=1)
        benchmark.extra_info.update({
            "writers": result.writers, "seconds": round(result.seconds, 1),
            "commits": result.commits, "commits_per_second": round(result.per_second, 1),
            "edit_conflicts": result.conflicts, "lost": result.lost,
            "duplicated": result.duplicated})
        print(f"\n{missions} missions: {result.summary()}")
        assert result.commits > 0
        assert result.lost == result.duplicated == result.unexpected == 0
        assert result.version_steps == result.commits
    finally:
        db.dispose()
        drop()
