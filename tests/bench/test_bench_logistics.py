"""All logistics checks of the 10,000-mission database together, beside the clash check.

The scaled database gets logistics for every incoming visit (a room block and rooms,
vans, drivers and rides, needs; ``demo.logistics``) with a few planted problems.
Measured on the same loaded programme: the clash checks alone (``logistics=False``),
the logistics checks alone (``clashes=False``), and both. Before the timing, the
logistics checks must find exactly the planted problems (``PLANTED``), so the figures
are never those of a run that finds too much or nothing. Run with
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
    from almere_missions.demo.logistics import PLANTED, add_logistics

    path = tmp_path_factory.mktemp("scaled-logistics") / "scaled.sqlite"
    shutil.copy(scaled_db_file, path)
    db = Database(f"sqlite:///{path}")
    with db.unit_of_work("iz-admin") as u:
        made = add_logistics(u)
        u.commit()
    db.dispose()
    print(f"\nlogistics added: {json.dumps(made)}")
    return path, {k: list(v) for k, v in PLANTED.items()}


def _by_mission(problems) -> Counter:
    return Counter((p.kind, m) for p in problems if p.kind in LOGISTICS_KINDS
                   for m in p.missions)


@pytest.fixture
def logistics_db(logistics_db_file, tmp_path):
    target = tmp_path / "scaled.sqlite"
    shutil.copy(logistics_db_file[0], target)
    db = Database(f"sqlite:///{target}")
    yield db
    db.dispose()


def test_the_bench_logistics_give_exactly_the_planted_problems(logistics_db_file,
                                                                 logistics_db):
    """Not timed: every planted problem found once, and nothing else (no double booking
    made by the generator, no false alarm)."""
    planted = Counter((k, m) for k, refs in logistics_db_file[1].items() for m in refs)
    with logistics_db.unit_of_work("iz-admin", write=False) as u:
        found = _by_mission(check(u, clashes=False))
    assert found == planted, {"unplanted": found - planted, "not found": planted - found}
    # every room and transport check has something to find
    assert {"no_room", "checkout_before_last_item", "room_beyond_block",
            "vehicle_double_booked", "driver_double_booked", "too_many_passengers",
            "no_transport"} <= {k for k, _ in planted}


def _cpu(db, **parts) -> tuple[float, float, list]:
    with db.unit_of_work("iz-admin", write=False) as u:
        wall, cpu = time.perf_counter(), time.process_time()
        found = check(u, **parts)
        return time.perf_counter() - wall, time.process_time() - cpu, found


@pytest.mark.parametrize("part", ["clashes", "logistics", "both"])
def test_check_10000_missions_with_logistics(benchmark, logistics_db_file, logistics_db, part):
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
        # exactly the planted problems are found
        planted = Counter((k, m) for k, refs in logistics_db_file[1].items() for m in refs)
        assert _by_mission(found) == planted
    else:
        assert not set(kinds) & set(LOGISTICS_KINDS)
    if part == "logistics":
        assert figures["cpu_min_s"] <= GOAL_SECONDS, figures
