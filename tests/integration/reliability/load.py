"""Concurrent writers, each a separate process: the load test and the two-instance test.

Every writer adds cost lines to randomly chosen missions, each in its own
transaction that first claims the mission (the version rises by one, in an
UPDATE conditional on the version read). On an edit conflict it reports the
conflict and tries the same write again. It prints what it committed; the
checker compares that with the database: nothing lost, nothing twice.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select

from tests.conftest import ROOT

PREFIX = "load-"


def write_for(db, user: str, writer_id: int, seconds: float, refs: list[str]) -> dict:
    """Write for ``seconds``; returns what was committed, the conflicts and busy waits."""
    from almere_missions.db.models import Cost
    from almere_missions.errors import EditConflict, EnvironmentProblem
    from almere_missions.services.missions import claim

    rng = random.Random(writer_id)
    committed, conflicts, busy = [], 0, 0
    started = time.monotonic()
    deadline = started + seconds
    n = 0
    while time.monotonic() < deadline:
        ref = rng.choice(refs)
        try:
            with db.unit_of_work(user) as uow:
                m = claim(uow, ref, None)
                uow.session.add(Cost(mission_id=m.id, position=1000 + n,
                                     description=f"{PREFIX}{writer_id}-{n}",
                                     amount=Decimal("1.00"), currency="EUR",
                                     paid_by=f"writer {writer_id}"))
                uow.record("cost.create", "cost", f"{writer_id}-{n}", mission_ref=ref)
                uow.commit()
        except EditConflict:
            conflicts += 1
            continue
        except EnvironmentProblem:  # SQLite: waited the whole busy timeout
            busy += 1
            continue
        committed.append(n)
        n += 1
    return {"writer": writer_id, "committed": committed, "conflicts": conflicts, "busy": busy,
            "seconds": time.monotonic() - started}


def writer(url: str, user: str, writer_id: int, seconds: float, refs: list[str]) -> dict:
    """A writer process: its own program instance, started with the others on "GO"."""
    from almere_missions.db import Database

    db = Database(url)
    with db.engine.connect():  # connected and imported: ready to start with the others
        pass
    print("READY", flush=True)
    sys.stdin.readline()
    try:
        return write_for(db, user, writer_id, seconds, refs)
    finally:
        db.dispose()


@dataclass
class LoadResult:
    writers: int
    seconds: float
    commits: int
    conflicts: int
    busy: int
    lost: int
    duplicated: int
    unexpected: int
    version_steps: int

    @property
    def per_second(self) -> float:
        return self.commits / self.seconds

    def summary(self) -> str:
        return (f"{self.writers} writers, {self.seconds:.1f} s: {self.commits} commits "
                f"({self.per_second:.1f}/s), {self.conflicts} edit conflicts retried, "
                f"{self.busy} busy waits, lost {self.lost}, duplicated {self.duplicated}, "
                f"unexpected {self.unexpected}, version steps {self.version_steps}")


def _versions(db) -> dict[str, int]:
    from almere_missions.db.models import Mission

    with db.engine.connect() as conn:
        return dict(conn.execute(select(Mission.ref, Mission.version)).all())


def _in_threads(db, writers: int, seconds: float, refs: list[str]) -> list[dict]:
    """Writers as threads, each with its own connection from one engine (one client each)."""
    reports: list[dict] = []
    barrier = threading.Barrier(writers)

    def run(i: int) -> None:
        barrier.wait()
        reports.append(write_for(db, db.test_admin, i, seconds, refs))

    threads = [threading.Thread(target=run, args=(i,)) for i in range(writers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(seconds + 120)
    assert len(reports) == writers
    return reports


def run_load(db, writers: int, seconds: float, *, processes: bool = True) -> LoadResult:
    """Run ``writers`` writers on ``db`` for ``seconds``, then check the database.

    Processes are separate program instances; threads (``processes=False``) are
    separate database clients of one program, cheaper to start.
    """

    refs = sorted(_versions(db))
    before = _versions(db)
    if not processes:
        db.engine.pool.dispose()
        reports = _in_threads(db, writers, seconds, refs)
        return _check(db, reports, refs, before, writers)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    code = ("import json, sys; from tests.integration.reliability.load import writer; "
            "print(json.dumps(writer(sys.argv[1], sys.argv[2], int(sys.argv[3]), "
            "float(sys.argv[4]), sys.argv[5].split(','))))")
    procs = [subprocess.Popen([sys.executable, "-c", code, db.url, db.test_admin, str(i),
                               str(seconds), ",".join(refs)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
             for i in range(writers)]
    for p in procs:  # start together, once every process is up and connected
        line = p.stdout.readline()
        assert line.startswith("READY"), p.stderr.read()
    for p in procs:
        p.stdin.write("GO\n")
        p.stdin.flush()
    reports = []
    for p in procs:
        out, err = p.communicate(timeout=seconds + 120)
        assert p.returncode == 0, err
        reports.append(json.loads(out.strip().splitlines()[-1]))
    return _check(db, reports, refs, before, writers)


def _check(db, reports: list[dict], refs: list[str], before: dict[str, int],
           writers: int) -> LoadResult:
    from almere_missions.db.models import Cost

    elapsed = max(r["seconds"] for r in reports)
    with db.engine.connect() as conn:
        rows = [d for (d,) in conn.execute(select(Cost.description)
                                           .where(Cost.paid_by.like("writer %")))]
        total = conn.execute(select(func.count()).select_from(Cost)
                             .where(Cost.paid_by.like("writer %"))).scalar_one()
    found = [r for r in rows if isinstance(r, str) and r.startswith(PREFIX)]
    claimed = {f"{PREFIX}{r['writer']}-{n}" for r in reports for n in r["committed"]}
    after = _versions(db)
    return LoadResult(
        writers=writers, seconds=elapsed,
        commits=sum(len(r["committed"]) for r in reports),
        conflicts=sum(r["conflicts"] for r in reports), busy=sum(r["busy"] for r in reports),
        lost=len(claimed - set(found)), duplicated=total - len(set(found)),
        unexpected=len(set(found) - claimed),
        version_steps=sum(after[r] - before[r] for r in refs))


def seed_missions(db, n: int) -> None:
    """``n`` small missions to write to."""
    from almere_missions.exchange.importer import import_document

    missions = [{"ref": f"LOAD-{i:02d}", "direction": "incoming", "title": f"Load {i}",
                 "start": "2022-05-01", "end": "2022-05-02", "timezone": "Europe/Amsterdam",
                 "countries": ["NL"]} for i in range(n)]
    with db.unit_of_work(db.test_admin) as uow:
        import_document(uow, {"format": "almere-missions/1", "persons": [], "venues": [],
                              "missions": missions}, "load.json")
        uow.commit()
