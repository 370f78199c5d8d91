"""The audit writer under a season-sized import: set-based, a small share of the import's time.

Run with ``pytest tests/bench --benchmark-enable``.
"""

from __future__ import annotations

import json
import time

import pytest

from almere_missions import audit
from almere_missions.exchange.importer import import_document
from almere_missions.uow import Change
from tests.conftest import _init

N = 10_000


@pytest.fixture
def fresh(tmp_path):
    db = _init(f"sqlite:///{tmp_path / 'bench.sqlite'}")
    yield db
    db.dispose()


def test_audit_writer_during_the_scaled_import(fresh, scaled_file, benchmark):
    """The 10,000-mission file: the entries of one import, written in one commit."""
    doc = json.loads(scaled_file.read_text(encoding="utf-8"))

    def run():
        with fresh.unit_of_work(fresh.test_admin) as uow:
            import_document(uow, doc, "scaled.json")
            started = time.perf_counter()
            audit.write_entries(uow)  # what the commit hook does, timed on its own
            run.audit_seconds = time.perf_counter() - started
            run.import_seconds = started - run.began
            uow.changes.clear()
            uow.commit()

    run.began = time.perf_counter()
    benchmark.pedantic(run, rounds=1, iterations=1)
    with fresh.unit_of_work(fresh.test_admin, write=False) as uow:
        result = audit.verify(uow.session)
    assert result.ok and result.entries >= N
    share = run.audit_seconds / (run.import_seconds + run.audit_seconds)
    benchmark.extra_info.update(entries=result.entries, audit_seconds=round(run.audit_seconds, 2),
                                import_seconds=round(run.import_seconds, 2),
                                audit_share=round(share, 3))
    print(f"\naudit writer: {result.entries} entries in {run.audit_seconds:.2f} s, "
          f"{share:.0%} of the import ({run.import_seconds:.1f} s)")
    assert share < 0.25


def test_hashing_ten_thousand_entries(benchmark):
    changes = [Change("mission.create", "mission", f"S-{i:05d}", None,
                      {"ref": f"S-{i:05d}", "title": {"nl": "Bezoek", "en": "Visit"},
                       "programme": [{"ref": f"i-{i}", "start": "2022-04-20T09:30"}] * 5},
                      f"S-{i:05d}") for i in range(N)]
    from almere_missions.timeutil import now_utc

    rows = benchmark(audit.build_rows, changes, "bench", now_utc(), 0, audit.GENESIS)
    assert len(rows) == N and rows[1]["prev_hash"] == rows[0]["hash"]
