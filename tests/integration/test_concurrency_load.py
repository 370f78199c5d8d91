"""Concurrent writers in separate processes: nothing lost, nothing written twice.

SQLite: two program instances on one file. PostgreSQL: eight clients. The
60-second run of eight writers is in tests/bench/test_load_postgres.py.
"""

from __future__ import annotations

import pytest

from tests.integration.reliability.load import run_load, seed_missions


@pytest.mark.slow
def test_concurrent_writers_lose_nothing(db):
    seed_missions(db, 3)  # few missions: writers meet on the same rows
    # SQLite: two program instances (processes); PostgreSQL: eight clients
    if db.is_sqlite:
        result = run_load(db, 2, 2.0)
    else:
        result = run_load(db, 8, 2.0, processes=False)
    print(result.summary())
    assert result.commits > 0
    assert result.lost == 0 and result.duplicated == 0 and result.unexpected == 0
    # every commit moved exactly one mission one version up: no edit overwrote another
    assert result.version_steps == result.commits
