"""Exchange format: import, export, upsert, and refusal of wrong input (SQLite and PostgreSQL)."""

from __future__ import annotations

import copy
import json

import pytest

from tests.conftest import EXAMPLE


def example() -> dict:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def write(tmp_path, doc, name="in.json") -> str:
    path = tmp_path / name
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return str(path)


def export(cli, db, tmp_path, name="out.json") -> str:
    out = tmp_path / name
    r = cli(db, "export", out)
    assert r.code == 0, r
    return out.read_text(encoding="utf-8")


def test_import_export_round_trip_is_identical(db, cli, tmp_path):
    assert cli(db, "import", EXAMPLE).code == 0
    first = export(cli, db, tmp_path, "a.json")
    # Into an empty database and out again: the same document.
    from tests.conftest import _init

    other = _init(db.url.replace("missions.sqlite", "other.sqlite")) if db.is_sqlite else None
    if other is not None:
        assert cli(other, "import", tmp_path / "a.json").code == 0
        assert export(cli, other, tmp_path, "b.json") == first
        other.dispose()
    assert cli(db, "import", tmp_path / "a.json").code == 0
    assert export(cli, db, tmp_path, "c.json") == first


def test_example_content_survives(example_db, cli, tmp_path):
    doc = json.loads(export(cli, example_db, tmp_path))
    persons = {p["ref"]: p for p in doc["persons"]}
    assert persons["tpe-lead"]["name"] == "林美玲"
    assert persons["tpe-lead"]["latin_name"] == "Lin Mei-ling"
    assert persons["tpe-3"]["nationality"] == ["NL", "NO"]
    m = doc["missions"][0]
    assert m["status"] == "draft"
    items = {i["ref"]: i for i in m["programme"]}
    assert items["tpe-welcome"]["start"] == "2022-04-20T09:30"
    assert items["tpe-welcome"]["timezone"] == "Europe/Amsterdam"
    assert items["tpe-briefing"]["public"] is False
    assert items["tpe-briefing"]["participants"] == ["host-mayor", "iz-officer-1"]
    assert items["tpe-day2"] == {**items["tpe-day2"], "start": "2022-04-21", "end": "2022-04-21",
                                 "all_day": True}
    assert "participants" not in items["tpe-welcome"]  # everyone
    assert [c["amount"] for c in m["costs"]] == ["450.00", "180.00"]


def test_second_import_changes_nothing(example_db, cli, tmp_path):
    before = export(cli, example_db, tmp_path, "a.json")
    r = cli(example_db, "import", EXAMPLE)
    assert r.code == 0
    assert "missions: 0 new, 0 changed, 1 unchanged" in r.out
    assert export(cli, example_db, tmp_path, "b.json") == before
    from almere_missions.services.missions import get_mission

    with example_db.unit_of_work(example_db.test_admin) as u:
        assert get_mission(u, "FLO-2022-TPE").version == 1


def test_upsert_updates_by_ref_and_bumps_item_revision(example_db, cli, tmp_path):
    doc = example()
    prog = doc["missions"][0]["programme"]
    prog[1]["start"], prog[1]["end"] = "2022-04-20T10:00", "2022-04-20T11:00"
    del prog[2]  # the expo tour is dropped from the programme
    prog.append({"ref": "tpe-dinner", "kind": "meal", "title": "Dinner",
                 "start": "2022-04-20T19:00", "end": "2022-04-20T21:00", "venue": "stadhuis"})
    doc["persons"][2]["function"] = "Mayor"
    r = cli(example_db, "import", write(tmp_path, doc))
    assert r.code == 0, r
    assert "missions: 0 new, 1 changed" in r.out
    out = json.loads(export(cli, example_db, tmp_path))
    items = {i["ref"]: i for i in out["missions"][0]["programme"]}
    assert "tpe-expo" not in items and "tpe-dinner" in items
    assert items["tpe-welcome"]["start"] == "2022-04-20T10:00"
    assert {p["ref"]: p for p in out["persons"]}["tpe-lead"]["function"] == "Mayor"
    from almere_missions.services.missions import get_mission

    with example_db.unit_of_work(example_db.test_admin) as u:
        m = get_mission(u, "FLO-2022-TPE")
        revs = {i.ref: i.revision for i in m.items}
        assert revs["tpe-welcome"] == 1 and revs["tpe-arrival"] == 0 and revs["tpe-dinner"] == 0
        assert m.version == 2


def _set(doc, path, value):
    target = doc
    for key in path[:-1]:
        target = target[key]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value


M = ("missions", 0)
P = ("missions", 0, "programme")

BAD = [
    # (change, words the message must contain)
    (("format",), "almere-missions/0", "field format"),
    (("persons", 0, "ref"), KeyError, "persons[0]"),
    (("persons", 1, "name"), 42, "persons[1] ref=iz-officer-1: field name"),
    (("persons", 2, "nationality"), ["TWN"], "field nationality"),
    (("persons", 2, "languages"), ["zh_Hant!"], "field languages"),
    (("persons", 2, "birth_date"), "1970-02-30", "field birth_date"),
    (("persons", 4, "ref"), "tpe-2", "duplicate ref"),
    (("venues", 0, "timezone"), "CET", "venues[0] ref=stadhuis: field timezone"),
    (("venues", 0, "country"), "NLD", "field country"),
    (("venues", 1, "lat"), 123.0, "field lat"),
    (("venues", 2, "capacity"), -5, "field capacity"),
    ((*M, "direction"), "sideways", "unknown value 'sideways'"),
    ((*M, "start"), "2022-04-22", "missions[0] ref=FLO-2022-TPE: field end"),
    ((*M, "timezone"), "Europe/Almere", "field timezone"),
    ((*M, "countries"), [], "field countries"),
    ((*M, "countries"), ["XX"], "field countries"),
    ((*M, "themes"), ["floriade", "space"], "unknown theme code 'space'"),
    ((*M, "goals"), ["fame"], "unknown goal code 'fame'"),
    ((*M, "title"), {"nl": 5}, "field title"),
    ((*M, "participants", 0, "role"), "king", "unknown value 'king'"),
    ((*M, "participants", 0, "person"), "nobody", "no person with ref 'nobody'"),
    ((*P, 0, "start"), "2022-04-20T25:00", "programme[0] ref=tpe-arrival: field start"),
    ((*P, 0, "end"), "2022-04-20T07:00", "programme[0] ref=tpe-arrival: field end"),
    ((*P, 0, "venue"), "nowhere", "no venue with ref 'nowhere'"),
    ((*P, 0, "kind"), "party", "unknown value 'party'"),
    ((*P, 0, "status"), "maybe", "unknown value 'maybe'"),
    ((*P, 0, "timezone"), "EST", "field timezone"),
    ((*P, 0, "public"), "yes", "field public"),
    ((*P, 1, "ref"), "tpe-arrival", "duplicate item ref"),
    ((*P, 3, "participants"), ["host-mayor", "stranger"], "not a participant"),
    ((*P, 4, "end"), "2022-04-20", "field end"),
    ((*M, "costs", 0, "amount"), 450.0, "decimal string"),
    ((*M, "costs", 0, "amount"), "4,50", "decimal string"),
    ((*M, "costs", 0, "currency"), "EURO", "field currency"),
]


@pytest.mark.parametrize("path,value,words", BAD, ids=[f"{'.'.join(map(str, b[0]))}" for b in BAD])
def test_wrong_input_is_refused_with_exit_2_and_nothing_written(example_db, cli, tmp_path, path,
                                                                  value, words):
    before = export(cli, example_db, tmp_path, "before.json")
    doc = example()
    doc["missions"][0]["ref"] = "FLO-2022-TPE"
    # make the file otherwise a change, so that a partial write would show
    doc["missions"][0]["title"] = {"en": "changed"} if path[-1] != "title" else doc["missions"][0]["title"]
    _set(doc, path, value)
    name = write(tmp_path, doc, "bad.json")
    r = cli(example_db, "import", name)
    assert r.code == 2, r
    assert "bad.json" in r.err and words in r.err, r.err
    assert export(cli, example_db, tmp_path, "after.json") == before


@pytest.mark.parametrize("value,words", [
    ("2022-03-27T02:30", "does not exist"),
    ("2022-10-30T02:30", "ambiguous"),
])
def test_dst_gap_and_fold_refused_unless_offset(db, cli, tmp_path, value, words):
    doc = example()
    m = doc["missions"][0]
    m["start"], m["end"] = "2022-03-26", "2022-10-31"
    item = m["programme"][1]
    item["start"] = value
    item["end"] = value[:11] + "04:00"
    r = cli(db, "import", write(tmp_path, doc))
    assert r.code == 2 and words in r.err and "programme[1] ref=tpe-welcome: field start" in r.err
    if "ambiguous" in words:
        item["start"] = value + "+01:00"
        assert cli(db, "import", write(tmp_path, doc)).code == 0
        out = json.loads(export(cli, db, tmp_path))
        items = {i["ref"]: i for i in out["missions"][0]["programme"]}
        assert items["tpe-welcome"]["start"] == "2022-10-30T02:30+01:00"


def test_not_json_not_utf8_missing_file(db, cli, tmp_path):
    (tmp_path / "broken.json").write_text('{"format": "almere-missions/1", "persons": [', "utf-8")
    r = cli(db, "import", tmp_path / "broken.json")
    assert r.code == 2 and "broken.json" in r.err and "line 1" in r.err
    (tmp_path / "latin1.json").write_bytes('{"x": "Ødegaard"}'.encode("latin-1"))
    r = cli(db, "import", tmp_path / "latin1.json")
    assert r.code == 2 and "UTF-8" in r.err
    r = cli(db, "import", tmp_path / "missing.json")
    assert r.code == 2 and "not found" in r.err
    r = cli(db, "import", write(tmp_path, [1, 2]))
    assert r.code == 2


def test_unknown_fields_are_ignored_and_flight_crosses_zones(db, cli, tmp_path):
    doc = example()
    doc["persons"][0]["shoe_size"] = 44
    doc["venues"].append({"ref": "tpe-airport", "name": "Taoyuan International Airport",
                          "country": "TW", "timezone": "Asia/Taipei"})
    m = copy.deepcopy(doc["missions"][0])
    m.update(ref="OUT-2022-TPE", direction="outgoing", start="2022-11-01", end="2022-11-05",
             timezone="Asia/Taipei", participants=[{"person": "host-mayor", "role": "delegation_leader"}],
             costs=[], programme=[{"ref": "out-flight", "kind": "travel", "title": "KL807",
                                   "start": "2022-11-01T21:00", "end": "2022-11-02T16:25",
                                   "venue": "schiphol", "to_venue": "tpe-airport",
                                   "end_timezone": "Asia/Taipei"}])
    doc["missions"].append(m)
    r = cli(db, "import", write(tmp_path, doc))
    assert r.code == 0, r
    from almere_missions.services.missions import get_mission

    with db.unit_of_work(db.test_admin) as u:
        flight = get_mission(u, "OUT-2022-TPE").items[0]
    assert (flight.end - flight.start).total_seconds() / 3600 == pytest.approx(12.42, abs=0.01)
    out = json.loads(export(cli, db, tmp_path))
    f = next(x for x in out["missions"] if x["ref"] == "OUT-2022-TPE")["programme"][0]
    assert (f["start"], f["end"], f["timezone"], f["end_timezone"]) == (
        "2022-11-01T21:00", "2022-11-02T16:25", "Europe/Amsterdam", "Asia/Taipei")


def test_export_of_one_mission_carries_only_its_people_and_places(example_db, cli, tmp_path):
    out = tmp_path / "one.json"
    assert cli(example_db, "export", out, "--mission", "FLO-2022-TPE").code == 0
    doc = json.loads(out.read_text("utf-8"))
    assert len(doc["missions"]) == 1 and len(doc["persons"]) == 5
    assert cli(example_db, "export", out, "--mission", "NOPE").code == 2
