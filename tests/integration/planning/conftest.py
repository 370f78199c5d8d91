"""Fixtures of the planning tests: small seasons written as exchange documents."""

from __future__ import annotations

import copy

import pytest

PERSONS = [
    {"ref": "mayor", "name": "Marieke de Vries", "staff": True},
    {"ref": "alderman", "name": "Jan Smit", "staff": True},
    {"ref": "officer", "name": "Jeroen Bakker", "staff": True},
    {"ref": "guest-1", "name": "林美玲", "latin_name": "Lin Mei-ling"},
    {"ref": "guest-2", "name": "陳建宏", "latin_name": "Chen Chien-hung"},
    {"ref": "guest-3", "name": "Anne Tremblay"},
    {"ref": "guest-4", "name": "Paul Roy"},
]

VENUES = [
    {"ref": "stadhuis", "name": {"nl": "Stadhuis Almere", "en": "Almere City Hall"},
     "country": "NL", "timezone": "Europe/Amsterdam", "lat": 52.3708, "lon": 5.2189},
    {"ref": "floriade", "name": "Floriade Expo 2022", "country": "NL",
     "timezone": "Europe/Amsterdam", "lat": 52.3623, "lon": 5.2038},
    {"ref": "schiphol", "name": "Schiphol", "country": "NL", "timezone": "Europe/Amsterdam",
     "lat": 52.3105, "lon": 4.7683},
    {"ref": "boardroom", "name": "Burgemeesterskamer", "country": "NL",
     "timezone": "Europe/Amsterdam", "lat": 52.3708, "lon": 5.2189, "capacity": 12,
     "exclusive": True},
    {"ref": "small-room", "name": "Spreekkamer", "country": "NL", "timezone": "Europe/Amsterdam",
     "lat": 52.3708, "lon": 5.2189, "capacity": 3},
    {"ref": "taipei-hall", "name": "Taipei City Hall", "country": "TW", "timezone": "Asia/Taipei",
     "lat": 25.0375, "lon": 121.5637},
    {"ref": "toronto-hall", "name": "Toronto City Hall", "country": "CA",
     "timezone": "America/Toronto", "lat": 43.6534, "lon": -79.3841},
    {"ref": "tpe-airport", "name": "Taoyuan Airport", "country": "TW", "timezone": "Asia/Taipei",
     "lat": 25.0797, "lon": 121.2342},
]


def mission(ref, start, end, people, programme, *, tz="Europe/Amsterdam", direction="incoming",
            countries=("TW",)):
    return {"ref": ref, "direction": direction, "title": f"Mission {ref}", "start": start,
            "end": end, "timezone": tz, "countries": list(countries),
            "participants": [{"person": p, "role": r} for p, r in people],
            "programme": programme}


def item(ref, start, end, **kw):
    return {"ref": ref, "title": f"Item {ref}", "start": start, "end": end, **kw}


def document(*missions):
    return {"format": "almere-missions/1", "persons": copy.deepcopy(PERSONS),
            "venues": copy.deepcopy(VENUES), "missions": list(missions)}


@pytest.fixture
def load_doc(db):
    """Import an exchange document (as the administrator, who is an officer)."""
    from almere_missions.exchange.importer import import_document

    def run(doc):
        with db.unit_of_work(db.test_admin) as u:
            import_document(u, doc, "test.json")
            u.commit()
        return db

    return run


@pytest.fixture
def problems(db):
    """``problems(ref=None)``: the check's problems as plain tuples."""
    from almere_missions.planning.checks import check

    def run(ref=None):
        with db.unit_of_work(db.test_admin, write=False) as u:
            return check(u, ref)

    return run
