"""The audit writer under a season-sized import: set-based, a small share of the import's time.

Run with ``pytest tests/bench --benchmark-enable``.
"""

from __future__ import annotations

import copy
import json
import time

import pytest

from almere_missions import audit
from almere_missions.exchange.importer import import_document
from almere_missions.uow import Change
from tests.conftest import EXAMPLE, _init

N = 10_000


def season(n: int) -> dict:
    """n missions shaped like the contract example, each with its own refs."""
    doc = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    template = doc["missions"][0]
    missions = []
    for i in range(n):
        m = copy.deepcopy(template)
        m["ref"] = f"S-{i:05d}"
        for it in m["programme"]:
            it["ref"] = f"{it['ref']}-{i:05d}"
        missions.append(m)
    doc["missions"] = missions
    return doc


@pytest.fixture
def fresh(tmp_path):
    db = _init(f"sqlite:///{tmp_path / 'bench.sqlite'}")
    yield db
    db.dispose()


def test_import_of_ten_thousand_missions_with_the_audit_trail(fresh, benchmark):
    doc = season(N)

    def run():
        with fresh.unit_of_work(fresh.test_admin) as uow:
            import_document(uow, doc, "season.json")
            started = time.perf_counter()
            audit.write_entries(uow)  # what the commit hook does, timed on its own
            run.audit_seconds = time.perf_counter() - started
            uow.changes.clear()
            uow.commit()

    benchmark.pedantic(run, rounds=1, iterations=1)
    with fresh.unit_of_work(fresh.test_admin, write=False) as uow:
        result = audit.verify(uow.session)
    assert result.ok and result.entries >= N
    benchmark.extra_info["audit_seconds"] = round(run.audit_seconds, 3)
    benchmark.extra_info["entries"] = result.entries
    print(f"\naudit writer: {result.entries} entries in {run.audit_seconds:.2f} s")


def test_hashing_ten_thousand_entries(benchmark):
    changes = [Change("mission.create", "mission", f"S-{i:05d}", None,
                      {"ref": f"S-{i:05d}", "title": {"nl": "Bezoek", "en": "Visit"},
                       "programme": [{"ref": f"i-{i}", "start": "2022-04-20T09:30"}] * 5},
                      f"S-{i:05d}") for i in range(N)]
    from almere_missions.timeutil import now_utc

    rows = benchmark(audit.build_rows, changes, "bench", now_utc(), 0, audit.GENESIS)
    assert len(rows) == N and rows[1]["prev_hash"] == rows[0]["hash"]
