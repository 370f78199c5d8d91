"""Travel advice through the command line and the services, on SQLite and PostgreSQL."""

from __future__ import annotations

import json

from sqlalchemy import func, select

from almere_missions.db.models_security import AdviceSnapshot
from almere_missions.security import advice
from almere_missions.services.editing import update_mission

from .conftest import ADVICE, REF

ALL = [ADVICE / f"{c}.xml" for c in ("CHN", "TUR", "TWN", "CAN", "DNK")]


def _count(db):
    with db.unit_of_work(db.test_admin) as uow:
        return uow.session.scalar(select(func.count()).select_from(AdviceSnapshot))


def test_import_and_show_json(sec_db, cli):
    r = cli(sec_db, "advice", "import", *ALL)
    assert r.code == 0, r
    r = cli(sec_db, "advice", "show", "--json", "--stale-days", "100000")
    assert r.code == 0, r
    doc = json.loads(r.out)
    by = {c["country"]: c for c in doc["countries"]}
    assert set(by) == {"CN", "TR", "TW", "CA", "DK"}
    assert by["CN"] == {"country": "CN", "colour": "yellow", "modified": "2026-08-28T14:26:49Z",
                        "regions": []}
    assert by["TR"]["colour"] == "yellow"
    assert [r["colour"] for r in by["TR"]["regions"]] == ["red", "red", "orange", "orange"]
    # importing the same files again keeps one snapshot each
    assert cli(sec_db, "advice", "import", *ALL).code == 0
    assert _count(sec_db) == 5
    r = cli(sec_db, "advice", "show", "TUR", "--json")
    assert [c["country"] for c in json.loads(r.out)["countries"]] == ["TR"]
    assert "warning" in r.err  # the samples are older than 30 days


def test_bad_file_refuses_the_lot(sec_db, cli, tmp_path):
    bad = tmp_path / "broken.xml"
    bad.write_bytes((ADVICE / "TUR.xml").read_bytes()[:3000])
    r = cli(sec_db, "advice", "import", ADVICE / "CHN.xml", bad)
    assert r.code == 2 and str(bad) in r.err
    assert _count(sec_db) == 0
    r = cli(sec_db, "advice", "show", "CN")
    assert r.code == 2 and "no travel advice" in r.err


def test_live_fetch_and_offline_fallback(sec_db):
    data = (ADVICE / "CHN.xml").read_bytes()
    calls = []

    def online(url, timeout):
        calls.append((url, timeout))
        return data

    def offline(url, timeout):
        raise TimeoutError("timed out")

    with sec_db.unit_of_work(sec_db.test_admin) as uow:
        res = advice.fetch_advice(uow, "CN", fetcher=offline, timeout=0.5)
        assert not res.live and res.advice is None
        res = advice.fetch_advice(uow, "CHN", fetcher=online, timeout=0.5)
        assert res.live and res.advice.colour == "yellow"
        assert calls[0][0].endswith("/countries/chn/traveladvice?output=json")
        assert calls[0][1] == 0.5
        uow.commit()
    with sec_db.unit_of_work(sec_db.test_admin) as uow:
        res = advice.fetch_advice(uow, "CN", fetcher=offline)
        assert not res.live and res.advice.colour == "yellow" and "last snapshot" in res.message
        res = advice.fetch_advice(uow, "CN", fetcher=lambda u, t: b"<document><trunc")
        assert not res.live and "unreadable" in res.message
        uow.commit()
    assert _count(sec_db) == 1


def test_stale_after_configured_days(sec_db, monkeypatch):
    with sec_db.unit_of_work(sec_db.test_admin) as uow:
        advice.import_advice(uow, [ADVICE / "CHN.xml"])
        uow.commit()
    with sec_db.unit_of_work(sec_db.test_admin) as uow:
        [a] = advice.current_advice(uow, ["CN"], stale_days=100000)
        assert not a.stale
        monkeypatch.setenv(advice.STALE_ENV, "1")
        [a] = advice.current_advice(uow, ["CN"])
        assert a.stale and a.age_days > 1


def test_advice_for_each_destination_and_region(sec_db, cli):
    with sec_db.unit_of_work(sec_db.test_admin) as uow:
        advice.import_advice(uow, [ADVICE / "TUR.xml", ADVICE / "CHN.xml"])
        update_mission(uow, REF, None, countries=["TR", "CN", "DK"], cities=["Sirnak"])
        uow.commit()
    with sec_db.unit_of_work(sec_db.test_admin) as uow:
        rows = {a.country: a for a in advice.advice_for_mission(uow, REF)}
    assert set(rows) == {"TR", "CN", "DK"}
    tr = rows["TR"]
    assert tr.route_known and tr.route_colour == "orange"
    visited = [r.name for r in tr.advice.regions if r.visited]
    assert visited == ["de provincies Şırnak en Hakkari, in het zuidoosten van Turkije"]
    assert rows["CN"].route_colour == "yellow"
    assert rows["DK"].advice is None and rows["DK"].route_colour is None
    r = cli(sec_db, "advice", "mission", REF, "--json")
    assert r.code == 0, r
    dest = {d["country"]: d for d in json.loads(r.out)["destinations"]}
    assert dest["TR"]["route_colour"] == "orange" and dest["DK"]["advice"] is None
    assert [g["visited"] for g in dest["TR"]["advice"]["regions"]] == [False, False, True, False]
    r = cli(sec_db, "advice", "mission", REF)
    assert r.code == 0 and "(visited)" in r.out


def test_unknown_route_counts_every_region(sec_db, cli):
    with sec_db.unit_of_work(sec_db.test_admin) as uow:
        advice.import_advice(uow, [ADVICE / "TUR.xml"])
        update_mission(uow, REF, None, countries=["TR"], cities=[])
        uow.commit()
    with sec_db.unit_of_work(sec_db.test_admin) as uow:
        [tr] = advice.advice_for_mission(uow, REF)
    assert not tr.route_known and tr.route_colour == "red"
    assert tr.advice.modified.isoformat() == "2026-10-01T13:23:45+00:00"
    r = cli(sec_db, "advice", "history", "TR")
    assert r.code == 0 and "yellow" in r.out


def test_fetch_command_falls_back_when_offline(sec_db, cli, monkeypatch, tmp_path):
    import urllib.error

    def offline(url, timeout):
        raise urllib.error.URLError("no network")

    monkeypatch.setattr(advice, "http_fetch", offline)
    r = cli(sec_db, "advice", "fetch", "CN")
    assert r.code == 1 and "no snapshot stored" in r.out
    # a JSON document of the API, imported as a file, is the snapshot shown then
    doc = {"id": "CHN", "type": "reisadvies", "isocode": "CHN", "location": "China",
           "introduction": "<li>De kleurcode van het reisadvies voor China is geel.</li>",
           "lastmodified": "2026-08-28T14:26:49.613Z", "content": []}
    path = tmp_path / "chn.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert cli(sec_db, "advice", "import", path).code == 0
    r = cli(sec_db, "advice", "fetch", "CN")
    assert r.code == 0 and "snapshot" in r.out and "yellow" in r.out


def test_show_without_advice_is_an_empty_list(sec_db, cli):
    r = cli(sec_db, "advice", "show", "--json")
    assert r.code == 0 and json.loads(r.out) == {"countries": []}
    assert cli(sec_db, "advice", "show", "XX").code == 2
