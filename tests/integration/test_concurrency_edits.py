"""Edits from several program instances on one mission: conflicts are detected, none is lost.

Each instance works as the desktop program does: it reads the mission (one
transaction), then saves its change with the version it read (another). An
instance whose version is stale gets EditConflict, reloads and tries again.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time

import pytest

from almere_missions.errors import EditConflict
from almere_missions.services.editing import update_mission
from almere_missions.services.missions import get_mission
from tests.conftest import ROOT

EDITOR = """
import json, sys, time
from almere_missions.db import Database
from almere_missions.errors import EditConflict
from almere_missions.services.editing import update_mission
from almere_missions.services.missions import get_mission

url, user, name, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
db = Database(url)
print("READY", flush=True)
sys.stdin.readline()
conflicts = 0
for n in range(count):
    while True:
        with db.unit_of_work(user, write=False) as uow:   # the form is filled from this read
            m = get_mission(uow, "FLO-2022-TPE")
        time.sleep(0.002)                                  # the user types
        try:
            with db.unit_of_work(user) as uow:
                update_mission(uow, m.ref, m.version, cities=[*m.cities, f"{name}-{n}"])
                uow.commit()
            break
        except EditConflict:
            conflicts += 1
print(json.dumps({"conflicts": conflicts}), flush=True)
"""


@pytest.mark.slow
def test_instances_editing_one_mission_lose_nothing(example_db):
    db = example_db
    instances = 2 if db.is_sqlite else 3
    count = 15
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [subprocess.Popen([sys.executable, "-c", EDITOR, db.url, db.test_admin, f"i{k}",
                               str(count)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=env)
             for k in range(instances)]
    for p in procs:
        assert p.stdout.readline().startswith("READY"), p.stderr.read()
    for p in procs:
        p.stdin.write("GO\n")
        p.stdin.flush()
    conflicts = 0
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
        conflicts += json.loads(out.strip().splitlines()[-1])["conflicts"]
    with db.unit_of_work(db.test_admin, write=False) as uow:
        m = get_mission(uow, "FLO-2022-TPE")
    tokens = [c for c in m.cities if c != "Taipei"]
    expected = {f"i{k}-{n}" for k in range(instances) for n in range(count)}
    assert sorted(tokens) == sorted(expected)  # every edit is there, none twice
    assert m.version == 1 + instances * count  # one version step per saved edit
    print(f"{instances} instances, {instances * count} edits, {conflicts} conflicts detected")


def test_a_stale_edit_is_refused(example_db):
    db = example_db
    with db.unit_of_work(db.test_admin, write=False) as uow:
        seen = get_mission(uow, "FLO-2022-TPE")
    with db.unit_of_work(db.test_admin) as uow:
        update_mission(uow, seen.ref, seen.version, counterpart="First")
        uow.commit()
    with db.unit_of_work(db.test_admin) as uow:
        with pytest.raises(EditConflict, match="changed by someone else"):
            update_mission(uow, seen.ref, seen.version, counterpart="Second")
    with db.unit_of_work(db.test_admin, write=False) as uow:
        assert get_mission(uow, seen.ref).counterpart == "First"


def test_two_saves_in_flight_at_once(example_db):
    """Both read version 1 and save at the same moment: one wins, the other is told."""
    db = example_db
    with db.unit_of_work(db.test_admin, write=False) as uow:
        version = get_mission(uow, "FLO-2022-TPE").version
    first_flushed = threading.Event()
    outcome = {}

    def first():
        with db.unit_of_work(db.test_admin) as uow:
            update_mission(uow, "FLO-2022-TPE", version, counterpart="A")
            first_flushed.set()
            time.sleep(0.5)  # the second save arrives while this one is still open
            uow.commit()
        outcome["first"] = "saved"

    def second():
        first_flushed.wait(10)
        try:
            with db.unit_of_work(db.test_admin) as uow:
                update_mission(uow, "FLO-2022-TPE", version, counterpart="B")
                uow.commit()
            outcome["second"] = "saved"
        except EditConflict:
            outcome["second"] = "conflict"

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert outcome == {"first": "saved", "second": "conflict"}
    with db.unit_of_work(db.test_admin, write=False) as uow:
        m = get_mission(uow, "FLO-2022-TPE")
    assert (m.counterpart, m.version) == ("A", version + 1)
