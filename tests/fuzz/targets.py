"""The importers under fuzzing: one function per importer, listed in TARGETS."""

from __future__ import annotations

import json

from tests.conftest import EXAMPLE, ROOT
from tests.fuzz.harness import Target, ics_mutation, json_mutation


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


#: every importer of the product: one function each (sanctions lists and travel advice
#: are added here as their importers land)
TARGETS = [exchange, busy_calendar]
