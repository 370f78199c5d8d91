"""Screening, decisions, re-screening, the risk register, the checklist and
security_status, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from almere_missions.db.models import Person
from almere_missions.db.models_security import SanctionsList, Screening
from almere_missions.errors import InvalidInput, PermissionDenied
from almere_missions.security import checklist, risk, screening
from almere_missions.security.status import blocking_reasons, security_status

from .conftest import EU_XML, REF


def _plant(db, ref="tpe-2", name="Саддам Хусейн", latin="Saddam Husayn",
           born=date(1937, 4, 28), nats=("IQ",)):
    with db.unit_of_work(db.test_admin) as uow:
        p = uow.session.scalar(select(Person).where(Person.ref == ref))
        p.name, p.latin_name, p.birth_date, p.nationality = name, latin, born, list(nats)
        uow.commit()


def _newer_list(tmp_path, extra=""):
    text = EU_XML.read_text(encoding="utf-8")
    text = text.replace('generationDate="2026-08-05T16:47:04.449+02:00"',
                        'generationDate="2026-09-01T10:00:00+02:00"')
    text = text.replace("</export>", extra + "</export>")
    path = tmp_path / "eu-newer.xml"
    path.write_text(text, encoding="utf-8")
    return path


def test_screen_json_hit_decide_and_status(sec_db, cli):
    _plant(sec_db)
    r = cli(sec_db, "screen", REF, "--list", EU_XML, "--json")
    assert r.code == 0, r
    doc = json.loads(r.out)
    assert doc["mission"] == REF
    assert doc["lists"] == [{"source": "EU", "generated": "2026-08-05T16:47:04+02:00",
                             "sha256": "778d56b7038174213c21fd07929d3c3443c489a29b35569a17bb9629821e437e",
                             "entities": 5}]
    [hit] = doc["hits"]
    assert (hit["subject"], hit["list"], hit["entity"]) == ("tpe-2", "EU", "13")
    assert hit["matched_name"] == "Saddam Hussein Al-Tikriti"
    assert 0.8 <= hit["score"] <= 1 and "Birth date 1937-04-28 is the same" in hit["explanation"]
    assert hit["name"] in ("Саддам Хусейн", "Saddam Husayn")

    with sec_db.unit_of_work(sec_db.test_admin) as uow:
        st = security_status(uow, REF)
        assert (st.open_hits, st.confirmed_hits) == (1, 0)
        assert "wait for a decision" in blocking_reasons(st)[0]

    # a false positive needs a reason; an officer may not decide
    r = cli(sec_db, "decide", REF, "--hit", hit["id"], "--false-positive")
    assert r.code == 2 and "reason" in r.err
    with sec_db.unit_of_work("officer-x") as uow, pytest.raises(PermissionDenied):
        screening.decide_hit(uow, hit["id"], "confirmed")
    r = cli(sec_db, "decide", REF, "--hit", hit["id"], "--false-positive",
            "--reason", "other person: passport seen")
    assert r.code == 0, r
    with sec_db.unit_of_work(sec_db.test_admin) as uow:
        st = security_status(uow, REF)
        assert (st.open_hits, st.confirmed_hits) == (0, 0) and blocking_reasons(st) == []
        [h] = screening.hits(uow, REF)
        assert h.decision == "false_positive" and h.decided_by == sec_db.test_admin


def test_decision_is_audited(sec_db):
    _plant(sec_db)
    with sec_db.unit_of_work(sec_db.test_admin) as uow:
        report = screening.screen_mission(uow, REF, [EU_XML])
        assert [c.action for c in uow.changes] == ["sanctions.import", "screening.run"]
        uow.changes.clear()
        screening.decide_hit(uow, report.hits[0].id, "confirmed", "identity established")
        [change] = uow.changes
        assert change.action == "screening.decide" and change.mission_ref == REF
        assert change.after["decision"] == "confirmed"
        assert "Саддам" not in json.dumps(change.after, ensure_ascii=False)
        uow.commit()
    with sec_db.unit_of_work(sec_db.test_admin) as uow:
        st = security_status(uow, REF)
        assert (st.open_hits, st.confirmed_hits) == (0, 1)


def test_newer_list_and_changed_person_trigger_rescreening(sec_db, cli, tmp_path):
    _plant(sec_db)
    with sec_db.unit_of_work(sec_db.test_admin) as uow:
        report = screening.screen_mission(uow, REF, [EU_XML])
        screening.decide_hit(uow, report.hits[0].id, "false_positive", "different person")
        uow.commit()
    # a newer list version: stale, re-screened on the next check; the decision carries over
    newer = _newer_list(tmp_path, extra="""
  <sanctionEntity designationDetails="" unitedNationId="" euReferenceNumber="EU.1.1" logicalId="424242">
    <subjectType code="enterprise" classificationCode="E"/>
    <nameAlias firstName="" middleName="" lastName="" wholeName="Taipei City Government Holdings" strong="true" logicalId="1"/>
  </sanctionEntity>
""")
    assert cli(sec_db, "sanctions", "import", newer).code == 0
    with sec_db.unit_of_work(sec_db.test_admin) as uow:
        state = screening.screening_state(uow, REF)
        assert state.stale and "newer EU list" in state.reasons[0]
        st = security_status(uow, REF)
        uow.commit()
    assert (st.open_hits, st.confirmed_hits) == (1, 0)  # the counterpart now, tpe-2 carried
    with sec_db.unit_of_work(sec_db.test_admin) as uow:
        rows = {h.subject: h for h in screening.hits(uow, REF)}
        assert rows["tpe-2"].decision == "false_positive"
        assert rows["counterpart"].decision is None and rows["counterpart"].entity_id == "424242"
        assert not screening.screening_state(uow, REF).stale
        assert uow.session.scalar(select(func.count()).select_from(Screening)) == 2
    # the person changes: the earlier decision no longer holds
    _plant(sec_db, born=date(1937, 4, 29))
    with sec_db.unit_of_work(sec_db.test_admin, write=False) as uow:
        st = security_status(uow, REF)  # read-only: computed, not kept
        assert st.open_hits == 2
    with sec_db.unit_of_work(sec_db.test_admin) as uow:
        assert security_status(uow, REF).open_hits == 2
        uow.commit()
    with sec_db.unit_of_work(sec_db.test_admin) as uow:
        assert uow.session.scalar(select(func.count()).select_from(Screening)) == 3


def test_bad_list_writes_nothing(sec_db, cli, tmp_path):
    bad = tmp_path / "eu.xml"
    bad.write_bytes(EU_XML.read_bytes()[:7000])
    r = cli(sec_db, "screen", REF, "--list", EU_XML, bad)
    assert r.code == 2 and str(bad) in r.err and "line" in r.err
    with sec_db.unit_of_work(sec_db.test_admin) as uow:
        assert uow.session.scalar(select(func.count()).select_from(SanctionsList)) == 0
        assert uow.session.scalar(select(func.count()).select_from(Screening)) == 0


def test_several_list_versions_are_kept(sec_db, cli, tmp_path):
    assert cli(sec_db, "sanctions", "import", EU_XML).code == 0
    assert cli(sec_db, "sanctions", "import", _newer_list(tmp_path)).code == 0
    assert cli(sec_db, "sanctions", "import", EU_XML).code == 0  # same content: kept once
    r = cli(sec_db, "lists", "--json")
    versions = json.loads(r.out)["lists"]
    assert [v["generated"] for v in versions] == ["2026-09-01T10:00:00+02:00",
                                                   "2026-08-05T16:47:04+02:00"]
    assert all(v["entities"] == 5 for v in versions)


def test_risk_register(sec_db, cli):
    with sec_db.unit_of_work("officer-x") as uow, pytest.raises(PermissionDenied):
        risk.set_risk(uow, "CN", "high", "reason")
    r = cli(sec_db, "risk", "set", "TW", "--level", "elevated", "--rationale",
            "example only: cyber activity reported", "--date", "2026-11-01")
    assert r.code == 0, r
    r = cli(sec_db, "risk", "set", "TW", "--level", "severe", "--rationale", "x")
    assert r.code == 2
    with sec_db.unit_of_work(sec_db.test_admin) as uow:
        [entry] = risk.list_risks(uow)
        assert (entry.country, entry.level, entry.assessed_on) == ("TW", "elevated", date(2026, 11, 1))
        assert security_status(uow, REF).state_actor_risk == "elevated"
        with pytest.raises(InvalidInput):
            risk.set_risk(uow, "TW", "high", "  ")


def test_security_assess(sec_db, cli, tmp_path):
    good = tmp_path / "sec.json"
    good.write_text(json.dumps({
        "checklist": {"building_access": True, "network_access": True, "photography": False,
                      "gifts": True},
        "residual_risk": "medium", "mitigations": ["escort at all times"],
        "advice": "Receive the delegation; keep the guest network apart.", "extra": 1}))
    r = cli(sec_db, "security", "assess", REF, good)
    assert r.code == 0, r
    with sec_db.unit_of_work(sec_db.test_admin) as uow:
        st = security_status(uow, REF)
        assert st.checked and st.residual_risk == "medium" and st.assessed_by == sec_db.test_admin
        assert st.checklist["photography"] is False
        assert "escort at all times" in st.advice and "guest network" in st.advice
        items = checklist.checklist(uow, REF)
        assert [i.code for i in items] == ["building_access", "network_access", "photography",
                                           "gifts"]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"checklist": {"vpn": True}, "residual_risk": "low"}))
    r = cli(sec_db, "security", "assess", REF, bad)
    assert r.code == 2 and "checklist.vpn" in r.err  # an outgoing item on an incoming mission
    bad.write_text(json.dumps({"checklist": {}, "residual_risk": "high"}))
    assert cli(sec_db, "security", "assess", REF, bad).code == 2
    bad.write_text("{")
    assert cli(sec_db, "security", "assess", REF, bad).code == 2
    with sec_db.unit_of_work("officer-x") as uow, pytest.raises(PermissionDenied):
        checklist.record_security_assessment(uow, REF, {"residual_risk": "low"})


def test_check_screens_an_unscreened_mission_against_stored_lists(sec_db, cli):
    _plant(sec_db)
    with sec_db.unit_of_work(sec_db.test_admin) as uow:
        assert security_status(uow, REF).open_hits == 0  # no list stored: nothing to screen
    assert cli(sec_db, "sanctions", "import", EU_XML).code == 0
    with sec_db.unit_of_work(sec_db.test_admin, write=False) as uow:
        assert security_status(uow, REF).open_hits == 1  # computed, not kept
        assert not screening.screening_state(uow, REF).screened
    with sec_db.unit_of_work(sec_db.test_admin) as uow:
        assert security_status(uow, REF).open_hits == 1
        assert [c.action for c in uow.changes] == ["screening.auto"]
        uow.commit()
    r = cli(sec_db, "hits", REF, "--json")
    assert r.code == 0 and [h["entity"] for h in json.loads(r.out)["hits"]] == ["13"]


def test_threshold_from_the_environment(sec_db, cli, monkeypatch):
    _plant(sec_db, latin=None, name="Saddam Husayn", born=None, nats=())
    monkeypatch.setenv("ALMERE_MISSIONS_SCREEN_THRESHOLD", "0.95")
    r = cli(sec_db, "screen", REF, "--list", EU_XML, "--json")
    assert r.code == 0 and json.loads(r.out)["hits"] == []
    monkeypatch.delenv("ALMERE_MISSIONS_SCREEN_THRESHOLD")
    r = cli(sec_db, "screen", REF, "--json")  # the stored list, default threshold
    assert [h["subject"] for h in json.loads(r.out)["hits"]] == ["tpe-2"]


UN_XML = """<?xml version="1.0" encoding="UTF-8"?>
<CONSOLIDATED_LIST dateGenerated="2026-09-01T02:00:03.123Z"><INDIVIDUALS>
 <INDIVIDUAL><DATAID>6908001</DATAID><FIRST_NAME>MEI-LING</FIRST_NAME><SECOND_NAME>LIN</SECOND_NAME>
  <REFERENCE_NUMBER>XXi.001</REFERENCE_NUMBER><NAME_ORIGINAL_SCRIPT>林美玲</NAME_ORIGINAL_SCRIPT>
  <NATIONALITY><VALUE>China</VALUE></NATIONALITY></INDIVIDUAL></INDIVIDUALS>
 <ENTITIES><ENTITY><DATAID>6908002</DATAID><FIRST_NAME>TAIPEI CITY GOVERNMENT CO LTD</FIRST_NAME>
  <REFERENCE_NUMBER>XXe.001</REFERENCE_NUMBER></ENTITY></ENTITIES>
</CONSOLIDATED_LIST>
"""


def test_several_lists_at_once(sec_db, cli, tmp_path):
    un = tmp_path / "consolidated.bin"
    un.write_text(UN_XML, encoding="utf-8")
    csv_file = tmp_path / "eu.csv"
    csv_file.write_text(
        "fileGenerationDate;Entity_LogicalId;Entity_SubjectType;NameAlias_WholeName\n"
        "01/07/2026;13;person;Saddam Hussein Al-Tikriti\n", encoding="utf-8")
    r = cli(sec_db, "screen", REF, "--list", EU_XML, un, "--list", csv_file, "--json")
    assert r.code == 0, r
    doc = json.loads(r.out)
    assert [(v["source"], v["entities"]) for v in doc["lists"]] == [("EU", 5), ("UN", 2)]
    hits = {(h["subject"], h["list"], h["entity"]) for h in doc["hits"]}
    assert hits == {("tpe-lead", "UN", "6908001"), ("counterpart", "UN", "6908002")}
    lead = next(h for h in doc["hits"] if h["subject"] == "tpe-lead")
    assert lead["score"] <= 0.96  # the name is the same, the nationality (TW, CN) is not
    r = cli(sec_db, "lists", "--json")
    assert len(json.loads(r.out)["lists"]) == 3
