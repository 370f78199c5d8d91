"""The importers under fuzzing: one function per importer, listed in TARGETS."""

from __future__ import annotations

import json

from tests.conftest import EXAMPLE
from tests.fuzz.harness import Target


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
                  ".json", lambda path: ["import", str(path)])


#: every importer of the product; sanctions lists, travel advice and busy-time
#: calendars are added here as their importers land
TARGETS = [exchange]
