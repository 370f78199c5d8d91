"""The importers under fuzzing: one function per importer, listed in TARGETS."""

from __future__ import annotations

import json

from tests.conftest import DATA, EXAMPLE, ROOT
from tests.fuzz.harness import Target, ics_mutation, json_mutation, xml_mutation


def exchange() -> Target:
    """Exchange files (``import FILE``): the contract example and a two-mission variant."""
    example = EXAMPLE.read_bytes()
    doc = json.loads(example)
    second = json.loads(example)
    m = second["missions"][0]
    m["ref"] = "FLO-2022-TPE-B"
    for n, item in enumerate(m["programme"]):
        item["ref"] = f"{item['ref']}-b{n}"
    doc["missions"].append(m)
    return Target("exchange", [example, json.dumps(doc, ensure_ascii=False).encode(),
                               json.dumps(with_logistics(), ensure_ascii=False).encode()],
                  ".json", lambda path: ["import", str(path)], structured=json_mutation)


def with_logistics() -> dict:
    """The contract example as version 2 with a record of every kind of the logistics."""
    doc = json.loads(EXAMPLE.read_bytes())
    doc["format"] = "almere-missions/2"
    tpe = "FLO-2022-TPE"
    doc["venues"].append({"ref": "hotel-fuzz", "name": "Hotel", "country": "NL",
                          "timezone": "Europe/Amsterdam"})
    doc["logistics"] = {
        "venue_profiles": [{"venue": "hotel-fuzz", "kind": "hotel", "step_free": True}],
        "protocol": [{"person": "host-mayor", "title": {"nl": "Burgemeester"},
                      "address": {"en": "Your Worship"}, "precedence": 1}],
        "needs": [{"person": "tpe-2", "allergies": "peanuts", "step_free": True}],
        "vehicles": [{"ref": "fuzz-van", "name": "Van", "seats": 6, "plate": "V-123-AB"}],
        "room_blocks": [{"ref": "fuzz-block", "mission": tpe, "hotel": "hotel-fuzz",
                         "check_in": "2022-04-20", "check_out": "2022-04-22", "rooms": 3,
                         "cost_per_night": "129.00", "payer": "Gemeente Almere",
                         "assignments": [{"person": "tpe-lead", "room": "101",
                                          "check_in": "2022-04-20",
                                          "check_out": "2022-04-22"}]}],
        "trips": [{"ref": "fuzz-trip", "mission": tpe, "vehicle": "fuzz-van",
                   "driver": "iz-officer-1", "from_item": "tpe-welcome", "to_item": "tpe-expo",
                   "from_venue": "stadhuis", "to_venue": "floriade",
                   "pickup": "2022-04-20T10:40", "arrive": "2022-04-20T11:00",
                   "passengers": ["tpe-2", "tpe-lead"]}],
        "interpreter_bookings": [{"item": "tpe-expo", "interpreters": ["tpe-lead"]}],
        "invitations": [{"uid": "tpe-welcome@fuzz", "mission": tpe, "item": "tpe-welcome",
                         "method": "REQUEST", "sequence": 1,
                         "sent_at": "2022-04-01T08:00:00Z", "summary": "Welcome",
                         "start": "2022-04-20T07:30:00Z", "end": "2022-04-20T08:30:00Z",
                         "timezone": "Europe/Amsterdam",
                         "attendees": [{"person": "host-mayor", "reply": "accepted",
                                        "replied_at": "2022-04-02T09:00:00Z"}]}],
    }
    return doc


def _import_example(db) -> None:
    from almere_missions.exchange.importer import import_file

    with db.unit_of_work(db.test_admin) as uow:
        import_file(uow, EXAMPLE)
        uow.commit()


def busy_calendar() -> Target:
    """Busy-time calendars (``busy import --person REF FILE.ics``): Google, Outlook and
    Thunderbird exports; the person already has busy times that a refusal must keep."""
    seeds = [p.read_bytes() for p in sorted((ROOT / "tests" / "data" / "planning").glob("*.ics"))]

    def prepare(db):
        from almere_missions.planning.busy import import_busy

        _import_example(db)
        with db.unit_of_work(db.test_admin) as uow:
            import_busy(uow, "iz-officer-1", ROOT / "tests" / "data" / "planning" / "google.ics")
            uow.commit()

    return Target("busy_calendar", seeds, ".ics",
                  lambda path: ["busy", "import", "--person", "iz-officer-1", str(path)],
                  prepare=prepare, structured=ics_mutation)


def _security_role(db) -> None:
    from almere_missions.services import users

    with db.unit_of_work(db.test_admin) as uow:
        users.add(uow, db.test_admin, ["security"])
        uow.commit()


UN_LIST = """<?xml version="1.0" encoding="UTF-8"?>
<CONSOLIDATED_LIST dateGenerated="2026-09-01T02:00:03.123Z"><INDIVIDUALS>
 <INDIVIDUAL><DATAID>6908001</DATAID><FIRST_NAME>MEI-LING</FIRST_NAME><SECOND_NAME>LIN</SECOND_NAME>
  <REFERENCE_NUMBER>XXi.001</REFERENCE_NUMBER><NAME_ORIGINAL_SCRIPT>林美玲</NAME_ORIGINAL_SCRIPT>
  <NATIONALITY><VALUE>China</VALUE></NATIONALITY></INDIVIDUAL></INDIVIDUALS>
 <ENTITIES><ENTITY><DATAID>6908002</DATAID><FIRST_NAME>EXAMPLE TRADING CO LTD</FIRST_NAME>
  <REFERENCE_NUMBER>XXe.001</REFERENCE_NUMBER></ENTITY></ENTITIES>
</CONSOLIDATED_LIST>
"""


def sanctions_list() -> Target:
    """Sanctions lists (``sanctions import FILE``): the EU export sample and a UN list."""
    seeds = [(DATA / "sanctions" / "eu_fsd_sample.xml").read_bytes(), UN_LIST.encode()]

    def prepare(db):
        _import_example(db)
        _security_role(db)

    return Target("sanctions_list", seeds, ".xml",
                  lambda path: ["sanctions", "import", str(path)], prepare=prepare,
                  structured=xml_mutation)


def travel_advice() -> Target:
    """Travel advice (``advice import FILE``): the government's open-data XML, onto a
    database that already holds another country's advice."""
    folder = DATA / "travel-advice"
    seeds = [(folder / name).read_bytes() for name in ("DNK.xml", "TWN.xml")]

    def prepare(db):
        from almere_missions.cli import main

        _import_example(db)
        _security_role(db)
        assert main(["--db", db.url, "--user", db.test_admin, "advice", "import",
                     str(folder / "CAN.xml")]) == 0

    return Target("travel_advice", seeds, ".xml",
                  lambda path: ["advice", "import", str(path)], prepare=prepare,
                  structured=xml_mutation)


#: every importer of the product: one function each
TARGETS = [exchange, busy_calendar, sanctions_list, travel_advice]
