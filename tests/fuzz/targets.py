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
    return Target("exchange", [example, json.dumps(doc, ensure_ascii=False).encode()],
                  ".json", lambda path: ["import", str(path)], structured=json_mutation)


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
