"""A clean three-day visit with its logistics, and switches to plant one problem each."""

from __future__ import annotations

from datetime import date

from almere_missions.app import Caller
from almere_missions.app import logistics as lg
from almere_missions.exchange.importer import import_document

REF = "LOG-2022-TPE"


def _person(ref, name, languages, staff=False):
    return {"ref": ref, "name": name, "languages": languages, "staff": staff}


def document() -> dict:
    items = [
        {"ref": "log-meeting", "kind": "meeting", "title": {"en": "Meeting"},
         "start": "2022-05-10T10:00", "end": "2022-05-10T11:00", "venue": "stadhuis",
         "status": "confirmed"},
        {"ref": "log-side", "kind": "meeting", "title": {"en": "Side talk"},
         "start": "2022-05-10T10:00", "end": "2022-05-10T11:00", "venue": "stadhuis",
         "participants": [], "status": "tentative"},
        {"ref": "log-lunch", "kind": "meal", "title": {"en": "Lunch"},
         "start": "2022-05-10T12:00", "end": "2022-05-10T13:30", "venue": "floriade",
         "status": "confirmed"},
        {"ref": "log-visit", "kind": "visit", "title": {"en": "Expo"},
         "start": "2022-05-11T09:30", "end": "2022-05-11T11:00", "venue": "floriade"},
        {"ref": "log-farewell", "kind": "reception", "title": {"en": "Farewell"},
         "start": "2022-05-12T10:00", "end": "2022-05-12T11:00", "venue": "stadhuis"},
    ]
    return {
        "format": "almere-missions/1",
        "persons": [
            _person("log-host", "Host", ["nl", "en"], True),
            _person("log-officer", "Officer", ["nl", "en"], True),
            _person("log-lead", "Lead", ["zh", "en"]),
            _person("log-member", "Member", ["zh"]),
            _person("log-interpreter", "Interpreter", ["zh", "nl"]),
            _person("log-driver", "Driver", ["nl"], True),
        ],
        "venues": [
            {"ref": "stadhuis", "name": {"nl": "Stadhuis"}, "country": "NL",
             "timezone": "Europe/Amsterdam", "lat": 52.3708, "lon": 5.2189},
            {"ref": "floriade", "name": {"nl": "Floriade"}, "country": "NL",
             "timezone": "Europe/Amsterdam", "lat": 52.3623, "lon": 5.2038},
            {"ref": "hotel-a", "name": {"en": "Hotel A"}, "country": "NL",
             "timezone": "Europe/Amsterdam", "lat": 52.3760, "lon": 5.2460},
        ],
        "missions": [{
            "ref": REF, "direction": "incoming", "title": {"en": "Visit"},
            "start": "2022-05-10", "end": "2022-05-12", "timezone": "Europe/Amsterdam",
            "countries": ["TW"], "participants": [
                {"person": "log-member", "role": "delegation_member"},
                {"person": "log-lead", "role": "delegation_leader"},
                {"person": "log-host", "role": "host"},
                {"person": "log-officer", "role": "staff"},
            ],
            "programme": items, "costs": []}],
    }


def build(db, *, interpreter=True, member_checkout=date(2022, 5, 12), member_room=True,
          member_ride=True, seats=7, rooms=2, step_free_stadhuis=True) -> Caller:
    with db.unit_of_work(db.test_admin) as u:
        import_document(u, document(), "log.json")
        u.commit()
    caller = Caller(db.url, db.test_admin)
    lg.set_venue_profile(caller, "hotel-a", kind="hotel", step_free=True)
    lg.set_venue_profile(caller, "stadhuis", step_free=step_free_stadhuis)
    lg.set_venue_profile(caller, "floriade", step_free=True)
    lg.set_needs(caller, "log-lead", dietary="vegetarian", step_free=True)
    lg.set_needs(caller, "log-member", allergies="peanuts")
    lg.add_room_block(caller, REF, "log-block", hotel="hotel-a", check_in=date(2022, 5, 10),
                      check_out=date(2022, 5, 12), rooms=rooms, cost_per_night="129.00",
                      payer="Gemeente Almere")
    lg.assign_room(caller, "log-block", "log-lead", room="101", check_in=date(2022, 5, 10),
                   check_out=date(2022, 5, 12))
    if member_room:
        lg.assign_room(caller, "log-block", "log-member", room="102",
                       check_in=date(2022, 5, 10), check_out=member_checkout)
    lg.add_vehicle(caller, "van-1", name="Van", seats=seats)
    guests = ["log-lead", "log-member"]
    lg.add_trip(caller, REF, "log-trip-1", vehicle="van-1", driver="log-driver",
                from_item="log-meeting", to_item="log-lunch",
                passengers=guests if member_ride else guests[:1])
    lg.add_trip(caller, REF, "log-trip-2", vehicle="van-1", driver="log-driver",
                from_item="log-visit", to_item="log-farewell", passengers=guests)
    if interpreter:
        for item in ("log-meeting", "log-lunch", "log-visit", "log-farewell"):
            lg.book_interpreter(caller, item, "log-interpreter")
    return caller
