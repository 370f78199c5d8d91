"""The demo season with its logistics goes through an export and an import whole: the
second database holds the same logistics and its checks find the same planted problems."""

from __future__ import annotations

import json

from almere_missions.demo import logistics as dl
from almere_missions.demo.generator import demo_season
from almere_missions.exchange.export import dumps, export_document
from almere_missions.exchange.importer import import_document
from almere_missions.planning.checks import LOGISTICS_KINDS, check
from tests.integration.logistics.test_logistics_exchange import counts


def _problems(db) -> set[tuple[str, str, tuple[str, ...]]]:
    with db.unit_of_work(db.test_admin, write=False) as u:
        return {(p.kind, p.missions[0], p.persons) for p in check(u)
                if p.kind in LOGISTICS_KINDS}


def test_the_demo_seasons_logistics_survive_export_and_import(db, empty_db):
    with db.unit_of_work(db.test_admin) as u:
        import_document(u, demo_season(), "floriade-2022.json")
        u.commit()
    with db.unit_of_work(db.test_admin) as u:
        made = dl.add_logistics(u)
        u.commit()
    with db.unit_of_work(db.test_admin, write=False) as u:
        first = dumps(export_document(u))
    section = json.loads(first)["logistics"]
    assert len(section["room_blocks"]) == made["room_blocks"]
    assert sum(len(b["assignments"]) for b in section["room_blocks"]) == made["rooms"]
    assert len(section["trips"]) == made["trips"]
    assert sum(len(t["passengers"]) for t in section["trips"]) == made["passengers"]
    assert len(section["vehicles"]) == made["vehicles"]
    assert sum(len(b["interpreters"]) for b in section["interpreter_bookings"]) == \
        made["interpreter_bookings"]
    assert len(section["needs"]) == made["needs"]
    assert {v["kind"] for v in section["venue_profiles"]} == {"hotel", "venue"}
    planted = _problems(db)
    assert {k for k, _m, _p in planted} >= {"no_room", "too_many_passengers",
                                            "step_free_access"}

    with empty_db.unit_of_work(empty_db.test_admin) as u:
        import_document(u, json.loads(first), "season.json")
        u.commit()
    assert counts(empty_db) == counts(db)
    with empty_db.unit_of_work(empty_db.test_admin, write=False) as u:
        assert dumps(export_document(u)) == first
    assert _problems(empty_db) == planted
