"""The demo season and the scaled benchmark files: deterministic, valid, realistic."""

from __future__ import annotations

import json
import unicodedata
from datetime import date

from almere_missions.demo import generator
from almere_missions.exchange.validate import KnownRefs, validate
from almere_missions.paths import RESOURCES

THEMES = {"floriade", "economy", "urban", "energy", "circular", "food", "mobility",
          "biodiversity", "climate_adaptation", "education", "culture", "digital"}
GOALS = {"positioning", "knowledge", "finance", "influence"}


def _valid(doc):
    return validate(doc, "generated", KnownRefs(themes=THEMES, goals=GOALS))


def test_committed_demo_file_is_what_the_generator_makes():
    committed = json.loads((RESOURCES / "demo" / "floriade-2022.json").read_text("utf-8"))
    assert committed == generator.demo_season()
    assert generator.demo_season() == generator.demo_season()


def test_demo_season_is_a_valid_floriade_season():
    doc = generator.demo_season()
    parsed = _valid(doc)  # raises on any contract violation (zones, DST, refs, dates)
    incoming = [m for m in doc["missions"] if m["direction"] == "incoming"]
    outgoing = [m for m in doc["missions"] if m["direction"] == "outgoing"]
    assert len(incoming) >= 60 and len(outgoing) >= 5
    assert all(date(2022, 4, 14) <= date.fromisoformat(m["start"]) and
               date.fromisoformat(m["end"]) <= date(2022, 10, 9) for m in incoming)
    cities = {c for m in doc["missions"] for c in m.get("cities", [])}
    assert {"Shenzhen", "Toronto", "Taipei", "Tainan", "Taichung", "Milan", "Aalborg",
            "Rendsburg", "Lancaster", "Milton Keynes"} <= cities
    assert all(3 <= sum(p["role"].startswith("delegation") for p in m["participants"]) <= 12
               for m in incoming)
    # hosts serve many missions
    hosting = [p["person"] for m in incoming for p in m["participants"] if p["role"] == "host"]
    assert max(hosting.count(h) for h in set(hosting)) >= 8
    # items lie inside their missions (in the mission's zone)
    for m in parsed.missions:
        for it in m.items:
            from almere_missions.timeutil import local_date

            assert m.fields["start_date"] <= local_date(it.start_utc, m.fields["timezone"])
            assert local_date(it.end_utc, m.fields["timezone"]) <= m.fields["end_date"] or it.all_day


def test_names_in_their_own_scripts_with_latin_forms():
    persons = generator.demo_season()["persons"]
    scripts = set()
    for p in persons:
        for ch in p["name"]:
            n = unicodedata.name(ch, "")
            for script in ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "CYRILLIC", "GREEK"):
                if n.startswith(script):
                    scripts.add(script)
        if any(ord(c) > 0x2E7F for c in p["name"]) or any("CYRILLIC" in unicodedata.name(c, "")
                                                         or "GREEK" in unicodedata.name(c, "")
                                                         for c in p["name"]):
            assert p.get("latin_name"), p
    assert {"CJK", "HANGUL", "CYRILLIC", "GREEK"} <= scripts
    assert scripts & {"HIRAGANA", "KATAKANA"} or "CJK" in scripts


def test_outgoing_flights_cross_zones():
    doc = generator.demo_season()
    flights = [i for m in doc["missions"] if m["direction"] == "outgoing"
               for i in m["programme"] if i["kind"] == "travel"]
    assert any(f.get("end_timezone") == "Asia/Taipei" for f in flights)
    assert any(f["start"][:10] != f["end"][:10] for f in flights)  # lands on another local day


def test_planted_clashes_share_a_person_and_overlap():
    doc = generator.demo_season()
    parsed = _valid(doc)
    items = {it.ref: (m, it) for m in parsed.missions for it in m.items}
    assert len(generator.PLANTED_CLASHES) >= 3
    for a, b in generator.PLANTED_CLASHES:
        (ma, ia), (mb, ib) = items[a], items[b]
        assert ia.start_utc < ib.end_utc and ib.start_utc < ia.end_utc

        def people(m, it):
            return set(it.participants) if it.participants is not None else {
                p for p, _ in m.participants}
        assert people(ma, ia) & people(mb, ib)


def test_scaled_document_has_the_size_asked_for():
    doc = generator.scaled_document(200)
    parsed = _valid(doc)
    items = sum(len(m.items) for m in parsed.missions)
    assert len(parsed.missions) == 200
    assert 12 <= items / 200 <= 18
    assert generator.scaled_document(50) == generator.scaled_document(50)
