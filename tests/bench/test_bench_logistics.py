"""All logistics checks of the 10,000-mission database together, beside the clash check.

The scaled database gets logistics for every incoming visit (a room block and rooms,
a van, a driver and rides, needs; ``demo.logistics``) with a few planted problems.
Measured on the same loaded programme: the clash checks alone (``logistics=False``),
the logistics checks alone (``clashes=False``), and both. Run with
``pytest tests/bench/test_bench_logistics.py --benchmark-enable -s``.
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
from almere_missions.db.models_logistics import RoomAssignment, Trip, TripPassenger
from almere_missions.planning.checks import LOGISTICS_KINDS, check

GOAL_SECONDS = 2.0


@pytest.fixture(scope="module")
def logistics_db_file(scaled_db_file, tmp_path_factory):
    from almere_missions.demo.logistics import add_logistics

    path = tmp_path_factory.mktemp("scaled-logistics") / "scaled.sqlite"
    shutil.copy(scaled_db_file, path)
    db = Database(f"sqlite:///{path}")
    with db.unit_of_work("iz-admin") as u:
        made = add_logistics(u)
        u.commit()
    db.dispose()
    print(f"\nlogistics added: {json.dumps(made)}")
    return path


@pytest.fixture
def logistics_db(logistics_db_file, tmp_path):
    target = tmp_path / "scaled.sqlite"
    shutil.copy(logistics_db_file, target)
    db = Database(f"sqlite:///{target}")
    yield db
    db.dispose()


def _cpu(db, **parts) -> tuple[float, float, list]:
    with db.unit_of_work("iz-admin", write=False) as u:
        wall, cpu = time.perf_counter(), time.process_time()
        found = check(u, **parts)
        return time.perf_counter() - wall, time.process_time() - cpu, found


@pytest.mark.parametrize("part", ["clashes", "logistics", "both"])
def test_check_10000_missions_with_logistics(benchmark, logistics_db, part):
    parts = {"clashes": {"logistics": False}, "logistics": {"clashes": False},
             "both": {}}[part]
    cpu: list[float] = []

    def run():
        _, c, found = _cpu(logistics_db, **parts)
        cpu.append(c)
        return found

    found = benchmark.pedantic(run, rounds=3, iterations=1, warmup_rounds=1)
    with logistics_db.unit_of_work("iz-admin", write=False) as u:
        rows = {name: u.session.scalar(select(func.count()).select_from(model))
                for name, model in (("rooms", RoomAssignment), ("trips", Trip),
                                    ("passengers", TripPassenger))}
    kinds = Counter(p.kind for p in found)
    figures = {"part": part, **rows, "problems": len(found), "kinds": dict(kinds),
               "wall_min_s": round(benchmark.stats.stats.min, 3),
               "cpu_min_s": round(min(cpu), 3), "load_average": round(os.getloadavg()[0], 1)}
    benchmark.extra_info.update(figures)
    print(f"\ncheck {part}: {json.dumps(figures)}")
    assert rows["trips"] > 10_000
    if part != "clashes":
        # the planted problems are found
        assert {"no_room", "too_many_passengers"} <= set(kinds)
    else:
        assert not set(kinds) & set(LOGISTICS_KINDS)
    if part == "logistics":
        assert figures["cpu_min_s"] <= GOAL_SECONDS, figures
