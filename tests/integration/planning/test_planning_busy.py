"""``busy import``: replace a person's busy times, refuse malformed files, feed the check."""

from __future__ import annotations

import json
from pathlib import Path

from tests.integration.planning.conftest import document, item, mission

DATA = Path(__file__).resolve().parents[2] / "data" / "planning"


def test_busy_import_replaces_and_feeds_the_check(db, cli, load_doc, tmp_path):
    load_doc(document(mission("A", "2022-05-10", "2022-05-12", (("mayor", "host"),), [
        # the mayor's Tuesday board meeting (10:00–11:00 CEST) overlaps this reception
        item("a-1", "2022-05-10T10:30", "2022-05-10T11:30", venue="stadhuis",
             status="confirmed"),
        # the free reminder on 11 May 08:30 is not busy
        item("a-2", "2022-05-11T08:30", "2022-05-11T09:00", venue="stadhuis"),
        # 12 May is an all-day working visit elsewhere
        item("a-3", "2022-05-12T14:00", "2022-05-12T15:00", venue="stadhuis")])))
    r = cli(db, "busy", "import", "--person", "mayor", DATA / "outlook.ics")
    assert r.code == 0, r
    assert "imported 5 busy times for mayor" in r.out
    shown = json.loads(cli(db, "busy", "show", "--person", "mayor", "--json").out)
    assert len(shown["busy"]) == 5
    doc = json.loads(cli(db, "check", "A", "--json").out)
    busy = [(p["items"], p["severity"]) for p in doc["missions"][0]["problems"]
            if p["kind"] == "busy"]
    assert busy == [(["a-1"], "error"), (["a-3"], "warning")]

    # A malformed file: refused with its line, and the earlier import stays.
    bad = tmp_path / "bad.ics"
    bad.write_bytes((DATA / "google.ics").read_bytes().replace(b"DTEND:20221028T080000Z",
                                                               b"DTEND:yesterday"))
    r = cli(db, "busy", "import", "--person", "mayor", bad)
    assert r.code == 2 and "bad.ics" in r.err and "line 10" in r.err, r
    assert len(json.loads(cli(db, "busy", "show", "--person", "mayor", "--json").out)["busy"]) == 5

    # Re-import replaces the person's earlier import.
    r = cli(db, "busy", "import", "--person", "mayor", DATA / "thunderbird.ics")
    assert r.code == 0 and "replacing 5" in r.out, r
    shown = json.loads(cli(db, "busy", "show", "--person", "mayor", "--json").out)
    assert [b["start"] for b in shown["busy"]] == ["2022-04-20T07:30:00+00:00",
                                                    "2022-04-27T11:00:00+00:00"]
    doc = json.loads(cli(db, "check", "A", "--json").out)
    assert [p for p in doc["missions"][0]["problems"] if p["kind"] == "busy"] == []


def test_busy_import_unknown_person_or_file(db, cli, load_doc, tmp_path):
    load_doc(document())
    r = cli(db, "busy", "import", "--person", "nobody", DATA / "outlook.ics")
    assert r.code == 2 and "nobody" in r.err
    r = cli(db, "busy", "import", "--person", "mayor", tmp_path / "missing.ics")
    assert r.code == 2 and "missing.ics" in r.err
