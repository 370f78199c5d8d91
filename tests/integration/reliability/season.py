"""A small season for the reports and privacy tests: trips of the board, expo visits, costs."""

from __future__ import annotations

import json
from pathlib import Path

PERSONS = [
    {"ref": "mayor", "name": "Marieke de Vries", "organisation": "Gemeente Almere",
     "function": "burgemeester", "staff": True},
    {"ref": "alderman", "name": "Pieter Jansen", "organisation": "Gemeente Almere",
     "function": "Wethouder economie", "staff": True},
    {"ref": "officer", "name": "Jeroen Bakker", "organisation": "Gemeente Almere",
     "function": "beleidsadviseur", "staff": True, "email": "j.bakker@example.org"},
    {"ref": "guest-1", "name": "林美玲", "latin_name": "Lin Mei-ling", "staff": False,
     "email": "lin@example.tw", "phone": "+886 2 1234 5678", "birth_date": "1970-05-04",
     "dietary": "vegetarian", "accessibility": "wheelchair", "nationality": ["TW"]},
    {"ref": "guest-2", "name": "Chen Chien-hung", "staff": False, "phone": "+886 2 5555"},
    {"ref": "guest-3", "name": "Anna Rossi", "staff": False, "email": "anna@example.it",
     "dietary": "no pork"},
    {"ref": "guest-4", "name": "Sam Toronto", "staff": False, "email": "sam@example.ca"},
]

VENUES = [
    {"ref": "stadhuis", "name": "Stadhuis Almere", "city": "Almere", "country": "NL",
     "timezone": "Europe/Amsterdam", "lat": 52.3708, "lon": 5.2189},
    {"ref": "shenzhen-hall", "name": "Shenzhen Civic Centre", "city": "Shenzhen",
     "country": "CN", "timezone": "Asia/Shanghai", "lat": 22.5431, "lon": 114.0579},
    {"ref": "schiphol", "name": "Amsterdam Airport Schiphol", "city": "Haarlemmermeer",
     "country": "NL", "timezone": "Europe/Amsterdam", "lat": 52.3105, "lon": 4.7683},
    {"ref": "brussels", "name": "Committee of the Regions", "city": "Brussels", "country": "BE",
     "timezone": "Europe/Brussels", "lat": 50.8386, "lon": 4.3755},
]


def _mission(ref, direction, start, end, countries, *, cities=(), people=(), costs=(),
             themes=(), goals=(), dept=None, venue=None, tz="Europe/Amsterdam", purpose=None,
             items=()):
    m = {"ref": ref, "direction": direction, "title": {"en": f"Mission {ref}"},
         "start": start, "end": end, "timezone": tz, "countries": list(countries),
         "cities": list(cities), "themes": list(themes), "goals": list(goals),
         "participants": [{"person": p, "role": r} for p, r in people],
         "costs": [{"description": "cost", "amount": a, "currency": c, "paid_by": by}
                   for a, c, by in costs]}
    if dept:
        m["lead_department"] = dept
    if purpose:
        m["purpose"] = {"en": purpose}
    if venue:
        m["programme"] = [{"ref": f"{ref}-visit", "title": "Visit", "start": f"{start}T10:00",
                           "end": f"{start}T12:00", "venue": venue}, *items]
    return m


MISSIONS = [
    # Q2 2022, incoming during the expo, partner city Taipei
    _mission("IN-TPE", "incoming", "2022-04-20", "2022-04-21", ["TW"], cities=["Taipei"],
             people=[("guest-1", "delegation_leader"), ("guest-2", "delegation_member"),
                     ("mayor", "host")],
             costs=[("450.00", "EUR", "Floriade Almere 2022 B.V."),
                    ("180.00", "EUR", "Internationale Zaken")],
             themes=["floriade", "food"], goals=["knowledge"], dept="Internationale Zaken",
             venue="stadhuis"),
    # Q3 2022, incoming during the expo, Milan
    _mission("IN-MIL", "incoming", "2022-07-05", "2022-07-05", ["IT"], cities=["Milano"],
             people=[("guest-3", "delegation_leader")],
             costs=[("300.00", "EUR", "Floriade Almere 2022 B.V.")],
             themes=["floriade"], goals=["positioning"], dept="iz", venue="stadhuis"),
    # Q4 2022, outgoing long haul with the mayor: on the transparency list
    _mission("OUT-SZ", "outgoing", "2022-11-07", "2022-11-11", ["CN"], cities=["Shenzhen"],
             people=[("mayor", "delegation_leader"), ("officer", "staff")],
             costs=[("4200.00", "EUR", "Internationale Zaken"),
                    ("1000.00", "USD", "Internationale Zaken")],
             themes=["economy"], goals=["influence", "positioning"],
             dept="Economic Development and Land", venue="shenzhen-hall", tz="Asia/Shanghai",
             purpose="Trade mission with the partner city Shenzhen",
             items=[{"ref": "OUT-SZ-flight", "kind": "travel", "title": "Flight to Shenzhen",
                     "start": "2022-11-06T12:00", "end": "2022-11-07T06:00",
                     "timezone": "Europe/Amsterdam", "end_timezone": "Asia/Shanghai",
                     "venue": "schiphol", "to_venue": "shenzhen-hall"}]),
    # Q2 2022, outgoing by train to Brussels with an alderman
    _mission("OUT-BRU", "outgoing", "2022-06-14", "2022-06-14", ["BE"], cities=["Brussels"],
             people=[("alderman", "delegation_leader")],
             costs=[("120.50", "EUR", "Internationale Zaken")],
             themes=["urban"], goals=["influence"], venue="brussels", tz="Europe/Brussels"),
    # Q1 2023: a trip of an officer only (not on the list), no venue coordinates
    _mission("OUT-TOR", "outgoing", "2023-02-01", "2023-02-03", ["CA"], cities=["Toronto"],
             people=[("officer", "delegation_leader")], costs=[("900.00", "EUR", None)]),
    # cancelled: counted nowhere
    _mission("IN-CAN", "incoming", "2022-05-01", "2022-05-01", ["CA"],
             people=[("guest-4", "delegation_leader")]),
]


def season_document() -> dict:
    return {"format": "almere-missions/1", "persons": PERSONS, "venues": VENUES,
            "missions": MISSIONS}


def load_season(db, tmp_path: Path, *, cancel=("IN-CAN",)) -> None:
    from almere_missions.exchange.importer import import_file
    from almere_missions.services.missions import set_status

    path = tmp_path / "season.json"
    path.write_text(json.dumps(season_document(), ensure_ascii=False), encoding="utf-8")
    with db.unit_of_work(db.test_admin) as uow:
        import_file(uow, path)
        for ref in cancel:
            set_status(uow, ref, "cancelled")
        uow.commit()
