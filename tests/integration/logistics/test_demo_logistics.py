"""The demo season's logistics: the checks find the planted problems and nothing else."""

from collections import Counter

from almere_missions.demo import logistics as dl
from almere_missions.demo.generator import demo_season
from almere_missions.exchange.importer import import_document
from almere_missions.planning.checks import LOGISTICS_KINDS, check


def test_the_demo_season_logistics_give_only_the_planted_problems(sqlite_db):
    db = sqlite_db
    with db.unit_of_work(db.test_admin) as u:
        import_document(u, demo_season(), "demo.json")
        u.commit()
    with db.unit_of_work(db.test_admin, write=False) as u:
        before = Counter(p.kind for p in check(u))
    with db.unit_of_work(db.test_admin) as u:
        made = dl.add_logistics(u)
        u.commit()
    assert made["room_blocks"] > 20 and made["trips"] > 100 and made["needs"] > 50
    with db.unit_of_work(db.test_admin, write=False) as u:
        found = check(u)
    clashes = Counter(p.kind for p in found if p.kind not in LOGISTICS_KINDS)
    assert clashes == before  # drivers, rides and interpreters add no clash
    # each planted problem found once (no van or driver booked twice by the generator)
    logistics = Counter((p.kind, m) for p in found if p.kind in LOGISTICS_KINDS
                        for m in p.missions)
    planted = Counter((k, m) for k, refs in dl.PLANTED.items() for m in refs)
    assert logistics == planted
    assert {"no_room", "too_many_passengers", "step_free_access", "room_beyond_block",
            "vehicle_double_booked", "driver_double_booked",
            "no_transport"} <= {k for k, _ in planted}
