"""The fuzzing harness: one ``Target`` per importer, mutated inputs, the checks that hold.

For every input, the importer's command must either succeed (exit 0) or
refuse it cleanly (exit 2, a message, no traceback, no crash log), and a
refusal must leave the database exactly as it was (every row of every table).

Adding an importer is one function returning a ``Target`` and one line in
``TARGETS`` (see docs/operations.md).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import strategies as st
from sqlalchemy import select

#: examples per target; the suite runs a few, a fuzzing session thousands
EXAMPLES = int(os.environ.get("ALMERE_FUZZ_EXAMPLES", "40"))
#: a small input that takes longer than this hangs the program for its user
SLOW_SECONDS = float(os.environ.get("ALMERE_FUZZ_SLOW_SECONDS", "20"))


@dataclass
class Target:
    name: str
    #: valid inputs the mutations start from
    seeds: list[bytes]
    suffix: str
    #: the command-line arguments that import ``path``
    command: Callable[[Path], list[str]]
    #: prepares a fresh database (e.g. imports what the importer refers to)
    prepare: Callable[[Any], None] = lambda db: None
    #: corruptions that keep the file's structure (JSON nodes, calendar lines)
    structured: Callable[[bytes], Any] | None = None
    stats: Counter = field(default_factory=Counter)


def fingerprint(db) -> str:
    """A digest of every row of every table: equal digests, equal databases."""
    from almere_missions.db import metadata

    h = hashlib.sha256()
    with db.engine.connect() as conn:
        for table in metadata().sorted_tables:
            rows = [json.dumps([str(v) for v in row], ensure_ascii=False)
                    for row in conn.execute(select(table))]
            h.update(table.name.encode())
            for row in sorted(rows):
                h.update(row.encode())
    return h.hexdigest()


# --- mutations -------------------------------------------------------------------

def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    out = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            out.extend(_paths(v, (*prefix, k)))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out.extend(_paths(v, (*prefix, i)))
    return out


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-2**63, 2**63) | st.floats(allow_nan=False)
    | st.text(max_size=40) | st.sampled_from(["", "2022-02-30", "2022-03-27T02:30", "Mars/Base",
                                            "ZZ", "-1", "1e309", "NaN", "\u0000", "x" * 5000]),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=8)


@st.composite
def json_mutation(draw, seed: bytes) -> bytes:
    """Replace, drop or retype one node of a JSON document, a few times over."""
    doc = json.loads(seed)
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in _paths(doc) if p]
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent = doc
        for key in path[:-1]:
            parent = parent[key]
        op = draw(st.sampled_from(["replace", "drop", "duplicate"]))
        if op == "drop":
            del parent[path[-1]]
        elif op == "duplicate" and isinstance(parent, list):
            parent.append(parent[path[-1]])
        else:
            parent[path[-1]] = draw(JSON_VALUES)
    return json.dumps(doc, ensure_ascii=draw(st.booleans())).encode("utf-8")


@st.composite
def byte_mutation(draw, seed: bytes) -> bytes:
    """Flip, insert, delete bytes or cut the file short."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 8))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        op = draw(st.sampled_from(["flip", "insert", "delete", "truncate"]))
        if op == "flip":
            data[at] = draw(st.integers(0, 255))
        elif op == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif op == "delete":
            del data[at:at + draw(st.integers(1, 16))]
        else:
            del data[at:]
    return bytes(data)


ICS_VALUES = st.sampled_from([
    "", "20221301T250000", "20221030T023000", "20221030T023000Z", "99999999T999999",
    "FREQ=SECONDLY", "FREQ=DAILY;COUNT=100000", "FREQ=YEARLY;UNTIL=99991231",
    "FREQ=MINUTELY;INTERVAL=0", "Mars/Olympus_Mons", "W. Europe Standard Time", "-PT1H",
    "P100000D", "\\", "é" * 300]) | st.text(max_size=60)


@st.composite
def ics_mutation(draw, seed: bytes) -> bytes:
    """Drop, duplicate or swap content lines, or give a property a strange value."""
    lines = seed.decode("utf-8").replace("\r\n", "\n").split("\n")
    for _ in range(draw(st.integers(1, 4))):
        if not lines:
            break
        at = draw(st.integers(0, len(lines) - 1))
        op = draw(st.sampled_from(["drop", "duplicate", "swap", "value"]))
        if op == "drop":
            del lines[at]
        elif op == "duplicate":
            lines.insert(at, lines[at])
        elif op == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
        elif ":" in lines[at]:
            name = lines[at].split(":", 1)[0]
            lines[at] = f"{name}:{draw(ICS_VALUES)}"
    return "\r\n".join(lines).encode("utf-8")


@st.composite
def xml_mutation(draw, seed: bytes) -> bytes:
    """Drop, duplicate or re-text elements, or give an attribute a strange value."""
    import xml.etree.ElementTree as ET

    root = ET.fromstring(seed)  # our own seed files only
    for _ in range(draw(st.integers(1, 4))):
        nodes = list(root.iter())
        parents = {child: parent for parent in nodes for child in parent}
        node = draw(st.sampled_from(nodes))
        op = draw(st.sampled_from(["drop", "duplicate", "text", "attribute"]))
        if op in ("drop", "duplicate") and node in parents:
            parent = parents[node]
            if op == "drop":
                parent.remove(node)
            else:
                parent.insert(list(parent).index(node), node)
        elif op == "attribute" and node.attrib:
            node.set(draw(st.sampled_from(sorted(node.attrib))), draw(ICS_VALUES))
        else:
            node.text = draw(ICS_VALUES)
    return ET.tostring(root, encoding="utf-8", xml_declaration=draw(st.booleans()))


def inputs(target: Target):
    seeds = st.sampled_from(target.seeds)
    choices = [st.binary(max_size=2048), seeds.flatmap(byte_mutation)]
    if target.structured is not None:
        choices.append(seeds.flatmap(target.structured))
    return st.one_of(*choices)


# --- the check ----------------------------------------------------------------------

def check_one(target: Target, db, data: bytes, workdir: Path) -> None:
    import time

    from almere_missions.cli import main

    path = workdir / f"input{target.suffix}"
    path.write_bytes(data)
    before = fingerprint(db)
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        started = time.monotonic()
        code = main(["--db", db.url, "--user", db.test_admin, *target.command(path)])
        took = time.monotonic() - started
    message = err.getvalue()
    target.stats["slowest_ms"] = max(target.stats["slowest_ms"], int(took * 1000))
    assert took < SLOW_SECONDS, f"{took:.1f} s for one small file"
    assert "unexpected error" not in message and "Traceback" not in message, message
    assert code in (0, 2), f"exit {code}: {message}"
    if code == 2:
        assert message.strip(), "a refusal must say why"
        assert fingerprint(db) == before, "a refused import wrote to the database"
        target.stats["refused"] += 1
    else:
        target.stats["accepted"] += 1
