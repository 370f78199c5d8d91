"""Fuzzing every importer: random bytes and corruptions of valid files are refused
cleanly (exit 2, no traceback) and never write half of anything.

One command: ``pytest tests/fuzz`` (``ALMERE_FUZZ_EXAMPLES=5000`` for a long run).
"""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings

from tests.conftest import _init
from tests.fuzz.harness import EXAMPLES, check_one, inputs
from tests.fuzz.targets import TARGETS


@pytest.mark.parametrize("make_target", TARGETS, ids=lambda f: f.__name__)
def test_importer_refuses_cleanly_and_writes_nothing(make_target, tmp_path, capsys):
    target = make_target()
    db = _init(f"sqlite:///{tmp_path / 'fuzz.sqlite'}")
    target.prepare(db)
    started = time.monotonic()

    @settings(max_examples=EXAMPLES, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(data=inputs(target))
    def run(data):
        check_one(target, db, data, tmp_path)

    try:
        run()
    finally:
        db.dispose()
    took = time.monotonic() - started
    with capsys.disabled():
        total = target.stats["refused"] + target.stats["accepted"]
        print(f"\nfuzz {target.name}: {total} inputs in {took:.1f} s, "
              f"{target.stats['refused']} refused cleanly, {target.stats['accepted']} accepted, "
              f"slowest {target.stats['slowest_ms']} ms")
    assert target.stats["refused"] > 0
