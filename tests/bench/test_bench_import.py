"""Import of the 10,000-mission scaled file into SQLite, and listing 10,000 missions.

Goal: at least 5,000 programme items per second. Run with
``pytest tests/bench --benchmark-enable``; the figures (items/s, peak memory)
are printed and kept in ``extra_info``.
"""

from __future__ import annotations

import json
import tracemalloc

from almere_missions.exchange.importer import import_file
from almere_missions.services.missions import list_missions
from tests.conftest import _init


def test_import_scaled_file(benchmark, scaled_file, tmp_path):
    items = sum(len(m["programme"]) for m in json.loads(scaled_file.read_text("utf-8"))["missions"])
    runs = iter(range(100))

    def setup():
        db = _init(f"sqlite:///{tmp_path / f'import-{next(runs)}.sqlite'}")
        return (db,), {}

    def run(db):
        with db.unit_of_work(db.test_admin) as u:
            import_file(u, scaled_file)
            u.commit()
        db.dispose()

    benchmark.pedantic(run, setup=setup, rounds=1, iterations=1)
    seconds = benchmark.stats.stats.mean
    benchmark.extra_info["items"] = items
    benchmark.extra_info["items_per_second"] = round(items / seconds)
    # Peak memory of one more import, measured apart so tracing does not slow the timing.
    db, _ = setup()[0][0], None
    tracemalloc.start()
    run(db)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    benchmark.extra_info["peak_memory_mb"] = round(peak / 2**20)
    print(f"\nimport: {items} items in {seconds:.1f} s = {items / seconds:,.0f} items/s, "
          f"peak Python memory {peak / 2**20:,.0f} MiB")
    benchmark.extra_info["goal_5000_items_per_second_met"] = items / seconds >= 5000


def test_list_10000_missions(benchmark, scaled_db):
    def run():
        with scaled_db.unit_of_work("iz-admin", write=False) as u:
            return list_missions(u)

    rows = benchmark(run)
    assert len(rows) == 10_000
