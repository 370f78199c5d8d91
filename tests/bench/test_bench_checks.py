"""Clash check of every mission in the scaled databases (SQLite).

Goals: the 10,000-mission database (about 150,000 items) is checked in at
most 2 s, and ten times the items cost at most fifteen times the time
(1,000 against 10,000 missions). Run with ``pytest tests/bench
--benchmark-enable``; the figures (wall and CPU seconds, items, problems
found) are printed and kept in ``extra_info``. On a machine shared with other
work the wall time rises with the load; the CPU time is the figure to
compare with the goal there, and it is what the assertion holds.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections import Counter

import pytest
from sqlalchemy import func, select

from almere_missions.db import Database
from almere_missions.db.models import Item
from almere_missions.planning.checks import check
from tests.conftest import _init

GOAL_SECONDS = 2.0
SMALL_MISSIONS = 1_000
_FIGURES: dict[str, dict] = {}


@pytest.fixture(scope="module")
def small_db_file(tmp_path_factory):
    """A SQLite file with the 1,000-mission scaled season (same generator, same seed)."""
    from almere_missions.demo.generator import scaled_document
    from almere_missions.exchange.importer import import_document

    path = tmp_path_factory.mktemp("scaled-small") / "small.sqlite"
    db = _init(f"sqlite:///{path}")
    with db.unit_of_work(db.test_admin) as u:
        import_document(u, scaled_document(SMALL_MISSIONS), "small.json")
        u.commit()
    db.dispose()
    return path


@pytest.fixture
def small_db(small_db_file, tmp_path):
    target = tmp_path / "small.sqlite"
    shutil.copy(small_db_file, target)
    db = Database(f"sqlite:///{target}")
    yield db
    db.dispose()


def _measure(benchmark, db, name: str) -> dict:
    cpu: list[float] = []

    def run():
        with db.unit_of_work("iz-admin", write=False) as u:
            started = time.process_time()
            found = check(u)
            cpu.append(time.process_time() - started)
            return found

    problems = benchmark.pedantic(run, rounds=5, iterations=1, warmup_rounds=1)
    with db.unit_of_work("iz-admin", write=False) as u:
        items = u.session.scalar(select(func.count()).select_from(Item))
    figures = {
        "items": items, "problems": len(problems),
        "kinds": dict(Counter(p.kind for p in problems)),
        "wall_min_s": round(benchmark.stats.stats.min, 3),
        "wall_mean_s": round(benchmark.stats.stats.mean, 3),
        "cpu_min_s": round(min(cpu), 3),
        "load_average": round(os.getloadavg()[0], 1),
    }
    benchmark.extra_info.update(figures)
    _FIGURES[name] = figures
    print(f"\ncheck {name}: {json.dumps(figures)}")
    return figures


def test_check_1000_missions(benchmark, small_db):
    figures = _measure(benchmark, small_db, "1k")
    assert figures["items"] > 10_000
    assert figures["kinds"].get("person_double_booked")


def test_check_10000_missions(benchmark, scaled_db):
    figures = _measure(benchmark, scaled_db, "10k")
    assert figures["items"] > 140_000
    assert figures["cpu_min_s"] <= GOAL_SECONDS, figures
    small = _FIGURES.get("1k")
    if small is None:
        pytest.skip("run with the 1,000-mission benchmark to compare growth")
    growth_items = figures["items"] / small["items"]
    growth_time = figures["cpu_min_s"] / small["cpu_min_s"]
    print(f"items x{growth_items:.1f} -> CPU time x{growth_time:.1f} "
          f"(wall x{figures['wall_min_s'] / small['wall_min_s']:.1f})")
    benchmark.extra_info["growth_items"] = round(growth_items, 1)
    benchmark.extra_info["growth_time"] = round(growth_time, 1)
    assert growth_time <= 15 * growth_items / 10
