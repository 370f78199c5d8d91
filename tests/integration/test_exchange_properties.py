"""Property-based tests of the exchange format (hypothesis).

Random valid documents round-trip (import → export → import → export gives the
same document); random corruptions of a valid document are refused with exit
status 2 and leave the database exactly as it was.
"""

from __future__ import annotations

import json
import shutil
from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from almere_missions.timeutil import TimeProblem, parse_local
from tests.conftest import EXAMPLE, _init

ZONES = ["Europe/Amsterdam", "Asia/Taipei", "America/Toronto", "Australia/Sydney",
         "Asia/Kolkata", "Europe/London", "America/Sao_Paulo", "Pacific/Auckland", "UTC"]
NAMES = st.text(st.characters(codec="utf-8", categories=("L", "M", "Zs", "Pd")),
                min_size=1, max_size=24).filter(lambda s: s.strip())
REFS = st.from_regex(r"[a-z][a-z0-9\-]{0,11}", fullmatch=True)
LANGS = st.sampled_from(["nl", "en", "zh-Hant", "de", "ja", "pt-BR"])
TEXTS = st.one_of(NAMES, st.dictionaries(LANGS, NAMES, min_size=1, max_size=3))


@st.composite
def documents(draw):
    person_refs = draw(st.lists(REFS, min_size=1, max_size=6, unique=True))
    persons = []
    for ref in person_refs:
        p = {"ref": ref, "name": draw(NAMES)}
        if draw(st.booleans()):
            p["latin_name"] = draw(NAMES)
        if draw(st.booleans()):
            p["nationality"] = draw(st.lists(st.sampled_from(["NL", "TW", "CN", "DE", "UA", "JP"]),
                                             min_size=1, max_size=2, unique=True))
        if draw(st.booleans()):
            p["birth_date"] = draw(st.dates(date(1940, 1, 1), date(2005, 1, 1))).isoformat()
        p["staff"] = draw(st.booleans())
        persons.append(p)
    venue_refs = draw(st.lists(REFS, min_size=1, max_size=4, unique=True))
    venues = [{"ref": "v-" + r, "name": draw(TEXTS), "country": "NL",
               "timezone": draw(st.sampled_from(ZONES)),
               **({"lat": draw(st.floats(-80, 80)), "lon": draw(st.floats(-170, 170))}
                  if draw(st.booleans()) else {}),
               **({"capacity": draw(st.integers(1, 500))} if draw(st.booleans()) else {})}
              for r in venue_refs]
    missions, item_counter = [], 0
    for n in range(draw(st.integers(1, 3))):
        start = draw(st.dates(date(2021, 1, 1), date(2024, 12, 1)))
        end = start + timedelta(days=draw(st.integers(0, 4)))
        tz = draw(st.sampled_from(ZONES))
        members = draw(st.lists(st.sampled_from(person_refs), min_size=1, unique=True))
        programme = []
        for _ in range(draw(st.integers(0, 5))):
            item_counter += 1
            venue = draw(st.sampled_from([None] + [v["ref"] for v in venues]))
            zone = next((v["timezone"] for v in venues if v["ref"] == venue), tz)
            day = start + timedelta(days=draw(st.integers(0, (end - start).days)))
            item = {"ref": f"item-{item_counter}", "kind": draw(st.sampled_from(
                ["meeting", "visit", "meal", "reception", "travel", "transfer", "free", "other"])),
                "title": draw(TEXTS), "status": draw(st.sampled_from(
                    ["tentative", "confirmed", "cancelled"])), "public": draw(st.booleans())}
            if venue:
                item["venue"] = venue
            if draw(st.booleans()):
                item.update(all_day=True, start=day.isoformat(), end=day.isoformat())
            else:
                begin = datetime.combine(day, datetime.min.time()) + timedelta(
                    minutes=15 * draw(st.integers(24, 80)))
                finish = begin + timedelta(minutes=15 * draw(st.integers(1, 16)))
                try:
                    parse_local(begin.strftime("%Y-%m-%dT%H:%M"), zone)
                    parse_local(finish.strftime("%Y-%m-%dT%H:%M"), zone)
                except TimeProblem:
                    continue
                item.update(start=begin.strftime("%Y-%m-%dT%H:%M"),
                            end=finish.strftime("%Y-%m-%dT%H:%M"))
            if draw(st.booleans()):
                item["participants"] = draw(st.lists(st.sampled_from(members), min_size=1,
                                                     unique=True))
            if draw(st.booleans()):
                item["notes"] = draw(NAMES)
            programme.append(item)
        missions.append({
            "ref": f"M-{n}", "direction": draw(st.sampled_from(["incoming", "outgoing"])),
            "title": draw(TEXTS), "start": start.isoformat(), "end": end.isoformat(),
            "timezone": tz, "countries": ["TW"],
            "themes": draw(st.lists(st.sampled_from(["floriade", "food", "digital"]), unique=True)),
            "participants": [{"person": p, "role": draw(st.sampled_from(
                ["delegation_leader", "delegation_member", "host", "staff"]))} for p in members],
            "programme": programme,
            "costs": [{"description": draw(TEXTS),
                       "amount": f"{draw(st.integers(0, 10**7))}.{draw(st.integers(0, 99)):02d}",
                       "currency": draw(st.sampled_from(["EUR", "TWD", "USD"]))}
                      for _ in range(draw(st.integers(0, 2)))],
        })
    return {"format": "almere-missions/1", "persons": persons, "venues": venues,
            "missions": missions}


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """An initialised SQLite file, copied for each example (init once, not per example)."""
    path = tmp_path_factory.mktemp("tpl") / "template.sqlite"
    db = _init(f"sqlite:///{path}")
    db.dispose()
    return path


def fresh(template, tmp_path, name):
    target = tmp_path / name
    for suffix in ("", "-wal", "-shm"):
        if target.with_name(target.name + suffix).exists():
            target.with_name(target.name + suffix).unlink()
    shutil.copy(template, target)
    return f"sqlite:///{target}"


def run(cli, url, *args):
    return cli(url, *args, user="iz-admin")


PROPS = settings(max_examples=25, deadline=None,
                 suppress_health_check=[HealthCheck.function_scoped_fixture,
                                        HealthCheck.too_slow])


@PROPS
@given(doc=documents())
def test_valid_documents_round_trip(doc, template, tmp_path, cli):
    src = tmp_path / "doc.json"
    src.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    a, b = fresh(template, tmp_path, "a.sqlite"), fresh(template, tmp_path, "b.sqlite")
    r = run(cli, a, "import", src)
    assert r.code == 0, r
    assert run(cli, a, "export", tmp_path / "a.json").code == 0
    assert run(cli, b, "import", tmp_path / "a.json").code == 0
    assert run(cli, b, "export", tmp_path / "b.json").code == 0
    first = (tmp_path / "a.json").read_text("utf-8")
    assert (tmp_path / "b.json").read_text("utf-8") == first
    again = run(cli, a, "import", src)
    assert "0 changed" in again.out and " 0 new" in again.out


def _corruptions():
    return st.sampled_from([
        ("persons", "name", None), ("persons", "name", 7), ("persons", "ref", ["x"]),
        ("persons", "nationality", ["Taiwan"]), ("persons", "birth_date", "31-12-1970"),
        ("persons", "staff", "yes"), ("venues", "timezone", "CEST"),
        ("venues", "timezone", None), ("venues", "country", "Netherlands"),
        ("venues", "lat", "52.3"), ("missions", "direction", "inbound"),
        ("missions", "start", "2022-02-30"), ("missions", "end", "2000-01-01"),
        ("missions", "countries", "TW"), ("missions", "themes", ["tulips"]),
        ("missions", "title", None), ("missions", "title", {"nl": None}),
        ("missions", "timezone", "GMT+1"), ("missions", "participants", [{"person": "ghost",
                                                                          "role": "host"}]),
        ("items", "start", "2022-04-20 09:30"), ("items", "end", "yesterday"),
        ("items", "kind", "party"), ("items", "venue", "atlantis"),
        ("items", "status", "done"), ("items", "timezone", "Europe/Almere"),
        ("items", "participants", ["nobody"]), ("items", "ref", None),
        ("costs", "amount", 12.5), ("costs", "amount", "1e3"), ("costs", "currency", "EURO"),
    ])


@PROPS
@given(corruption=_corruptions(), index=st.integers(0, 10))
def test_corruptions_are_refused_and_write_nothing(corruption, index, template, tmp_path, cli):
    url = fresh(template, tmp_path, "c.sqlite")
    assert run(cli, url, "import", EXAMPLE).code == 0
    assert run(cli, url, "export", tmp_path / "before.json").code == 0
    doc = json.loads(EXAMPLE.read_text("utf-8"))
    doc["missions"][0]["title"] = "changed, so that a partial write would show"
    where, key, value = corruption
    m = doc["missions"][0]
    records = {"persons": doc["persons"], "venues": doc["venues"], "missions": doc["missions"],
               "items": m["programme"], "costs": m["costs"]}[where]
    target = records[index % len(records)]
    target[key] = value
    (tmp_path / "bad.json").write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    r = run(cli, url, "import", tmp_path / "bad.json")
    assert r.code == 2, (corruption, r)
    assert "bad.json" in r.err
    assert run(cli, url, "export", tmp_path / "after.json").code == 0
    assert (tmp_path / "after.json").read_bytes() == (tmp_path / "before.json").read_bytes()
