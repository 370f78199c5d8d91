"""The relations registers through the use cases, on SQLite and PostgreSQL: partners and
agreements, outcomes and follow-up actions, gifts and the rule that blocks completing a
mission; refusals by role and by bad input leave the database as it was."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from almere_missions import app
from almere_missions.app import Caller
from almere_missions.app import followup as fapp
from almere_missions.app import gifts as gapp
from almere_missions.app import relations as rapp
from almere_missions.approval import workflow
from almere_missions.db.models import AuditEntry
from almere_missions.db.models_relations import Gift, Partner, Partnership
from almere_missions.errors import EditConflict, InvalidInput, NotFound, PermissionDenied, Refused
from tests.integration import approval_support
from tests.integration.approval_support import assessment_doc

team = approval_support.team
security = approval_support.security
TPE = "FLO-2022-TPE"

PARTNER = {"ref": "taipei", "kind": "city", "name": {"nl": "Taipei", "en": "Taipei"},
           "country": "TW", "city": "Taipei"}
MOU = {"ref": "taipei-mou", "partner": "taipei", "kind": "mou", "title": "MoU Taipei",
       "start": "2019-05-01", "end": "2023-01-15", "alderman": "host-mayor",
       "department": "Internationale Zaken", "themes": ["food"], "goals": ["knowledge"],
       "contacts": ["tpe-lead"], "documents": [{"title": "MoU", "file": "P:/IZ/mou.pdf"}],
       "notes": "renewal under discussion"}


def as_(team, key: str) -> Caller:
    db = team.database(key)
    return Caller(db.url, team[key])


def audit_count(team) -> int:
    with team.uow("admin", write=False) as uow:
        return uow.session.scalar(select(func.count()).select_from(AuditEntry))


def audit_actions(team, ref: str) -> list[str]:
    with team.uow("admin", write=False) as uow:
        return list(uow.session.scalars(select(AuditEntry.action).where(AuditEntry.ref == ref)
                                        .order_by(AuditEntry.seq)))


@pytest.fixture
def rel(team):
    """The example mission with a partner, an agreement and the mission linked to it."""
    off = as_(team, "off1")
    rapp.save_partner(off, PARTNER)
    rapp.save_partnership(off, MOU)
    rapp.set_mission_partners(off, TPE, ["taipei"])
    yield team
    app.close_databases()


def test_partner_and_agreement_are_stored_and_audited(rel):
    off = as_(rel, "off1")
    got = rapp.get_partner(off, "taipei")
    assert got["name"] == {"nl": "Taipei", "en": "Taipei"} and got["kind"] == "city"
    (ship,) = got["partnerships"]
    assert ship["contacts"] == ["tpe-lead"] and ship["alderman"] == "host-mayor"
    assert ship["documents"] == [{"title": "MoU", "file": "P:/IZ/mou.pdf"}]
    again = rapp.save_partnership(off, MOU)
    assert again["result"] == "unchanged"
    changed = rapp.save_partnership(off, {**MOU, "status": "dormant"})
    assert changed["result"] == "updated" and changed["status"] == "dormant"
    assert audit_actions(rel, "taipei-mou") == ["partnership.create", "partnership.update"]
    with rel.uow("admin", write=False) as uow:
        after = uow.session.scalars(select(AuditEntry.after).where(
            AuditEntry.action == "partnership.create")).one()
    assert "tpe-lead" not in after and '"contacts":1' in after  # no personal data
    assert rapp.mission_partners(off, TPE) == ["taipei"]


def test_a_viewer_reads_partners_without_contacts_or_notes_and_no_history(rel):
    viewer = as_(rel, "view1")
    (p,) = rapp.list_partners(viewer)
    (ship,) = p["partnerships"]
    assert "contacts" not in ship and "notes" not in ship and ship["kind"] == "mou"
    with pytest.raises(PermissionDenied):
        rapp.relation_history(viewer, "taipei")
    with pytest.raises(PermissionDenied):
        fapp.agenda(viewer)
    officer = rapp.list_partners(as_(rel, "off1"))[0]["partnerships"][0]
    assert officer["contacts"] == ["tpe-lead"] and officer["notes"]


@pytest.mark.parametrize("doc, field", [
    ({**MOU, "ref": "x1", "partner": "nowhere"}, "field partner: no partner with ref"),
    ({**MOU, "ref": "x2", "kind": "friendship"}, "field kind: unknown value 'friendship'"),
    ({**MOU, "ref": "x3", "end": "2018-01-01"}, "field end: 2018-01-01 is before the start"),
    ({**MOU, "ref": "x4", "themes": ["space"]}, "field themes: unknown theme code 'space'"),
    ({**MOU, "ref": "x5", "contacts": ["nobody"]}, "field contacts: no person with ref"),
    ({**MOU, "ref": "x6", "documents": [{"title": "MoU"}]}, "documents[0]: field file"),
])
def test_bad_agreements_are_refused_naming_record_and_field(rel, doc, field):
    before = audit_count(rel)
    with pytest.raises(InvalidInput) as exc:
        rapp.save_partnership(as_(rel, "off1"), doc)
    assert f"partnership ref={doc['ref']}" in str(exc.value) and field in str(exc.value)
    assert audit_count(rel) == before
    with rel.uow("admin", write=False) as uow:
        assert uow.session.scalar(select(Partnership).where(Partnership.ref == doc["ref"])) is None


@pytest.mark.parametrize("who", ["view1", "appr1", "mayor1", "sec1"])
def test_only_officers_edit_the_registers(rel, who):
    caller = as_(rel, who)
    before = audit_count(rel)
    calls = [lambda: rapp.save_partner(caller, {**PARTNER, "ref": "other"}),
             lambda: rapp.save_partnership(caller, {**MOU, "status": "ended"}),
             lambda: rapp.set_mission_partners(caller, TPE, []),
             lambda: fapp.save_action(caller, {"ref": "a", "mission": TPE, "title": "t",
                                               "owner": "iz-officer-1", "due": "2022-05-01"}),
             lambda: gapp.save_gift(caller, {"ref": "g", "mission": TPE, "direction": "given",
                                             "description": "book", "date": "2022-04-20",
                                             "value_eur": "30.00", "counterpart": "TCG"})]
    for call in calls:
        with pytest.raises(PermissionDenied):
            call()
    assert audit_count(rel) == before
    with rel.uow("admin", write=False) as uow:
        assert uow.session.scalar(select(func.count()).select_from(Partner)) == 1
        assert uow.session.scalar(select(Partnership.status)) == "active"


def test_an_edit_conflict_is_refused(rel):
    off = as_(rel, "off1")
    version = rapp.get_partner(off, "taipei")["version"]
    rapp.save_partner(off, {**PARTNER, "city": "Taipei City"}, expected_version=version)
    with pytest.raises(EditConflict):
        rapp.save_partner(off, {**PARTNER, "city": "Taibei"}, expected_version=version)
    assert rapp.get_partner(off, "taipei")["city"] == "Taipei City"


def test_a_partner_with_agreements_is_not_deleted(rel):
    with pytest.raises(Refused, match="1 agreement"):
        rapp.delete_partner(as_(rel, "off1"), "taipei")
    rapp.delete_partnership(as_(rel, "off1"), "taipei-mou")
    rapp.delete_partner(as_(rel, "off1"), "taipei")
    with pytest.raises(NotFound):
        rapp.get_partner(as_(rel, "off1"), "taipei")


def test_agreements_about_to_lapse_give_a_reminder(rel):
    off = as_(rel, "off1")
    assert rapp.lapsing_agreements(off, today=date(2022, 6, 1), days=90) == []
    (r,) = rapp.lapsing_agreements(off, today=date(2022, 12, 1), days=90)
    assert (r["partnership"], r["days_left"], r["lapsed"]) == ("taipei-mou", 45, False)
    (r,) = rapp.lapsing_agreements(off, today=date(2023, 2, 1))  # the settings' 90 days
    assert r["lapsed"] is True
    rapp.save_partnership(off, {**MOU, "status": "ended"})
    assert rapp.lapsing_agreements(off, today=date(2023, 2, 1)) == []


def test_outcomes_actions_overdue_and_status(rel):
    off = as_(rel, "off1")
    fapp.save_outcome(off, {"ref": "tpe-result", "mission": TPE, "text": {"en": "Food pact"},
                            "goals": ["knowledge"], "themes": ["food"],
                            "partnership": "taipei-mou"})
    fapp.save_action(off, {"ref": "tpe-report", "mission": TPE, "title": "Send the report",
                           "owner": "iz-officer-1", "due": "2022-05-01",
                           "partnership": "taipei-mou"})
    fapp.save_action(off, {"ref": "tpe-visit", "mission": TPE, "title": "Return visit",
                           "owner_department": "Internationale Zaken", "due": "2022-09-01"})
    (o,) = fapp.outcomes(off, TPE)
    assert o["goals"] == ["knowledge"] and o["partnership"] == "taipei-mou"
    late = fapp.overdue_actions(off, today=date(2022, 6, 1))
    assert [a["ref"] for a in late] == ["tpe-report"] and late[0]["days_overdue"] == 31
    assert late[0]["owner"] == "Jeroen Bakker"
    done = fapp.set_action_status(off, "tpe-report", "done", done_on=date(2022, 6, 2))
    assert done["status"] == "done" and done["done_on"] == "2022-06-02"
    assert fapp.overdue_actions(off, today=date(2022, 6, 3)) == []
    flags = {a["ref"]: a["overdue"] for a in fapp.actions(off, today=date(2022, 10, 1))}
    assert flags == {"tpe-report": False, "tpe-visit": True}
    assert audit_actions(rel, "tpe-report") == ["followup.create", "followup.update"]
    with pytest.raises(InvalidInput, match="field status"):
        fapp.set_action_status(off, "tpe-visit", "finished")
    with pytest.raises(InvalidInput, match="followup ref=x: field owner: an action needs"):
        fapp.save_action(off, {"ref": "x", "mission": TPE, "title": "t", "due": "2022-05-01"})
    with pytest.raises(InvalidInput, match="outcome ref=y: field goals: unknown goal"):
        fapp.save_outcome(off, {"ref": "y", "mission": TPE, "text": "t", "goals": ["fame"]})


def test_the_activity_agenda_per_portfolio(rel):
    off = as_(rel, "off1")
    fapp.save_action(off, {"ref": "tpe-report", "mission": TPE, "title": "Send the report",
                           "owner": "iz-officer-1", "due": "2022-05-01",
                           "partnership": "taipei-mou"})
    data = fapp.agenda(off, first=date(2022, 4, 1), last=date(2022, 12, 31),
                       today=date(2022, 6, 1))
    (group,) = data["portfolios"]
    assert group["person"] == "host-mayor" and "burgemeester" in group["portfolio"].lower()
    assert [m["ref"] for m in group["missions"]] == [TPE]
    assert [a["ref"] for a in group["followups"]] == ["tpe-report"]
    assert group["followups"][0]["overdue"] is True
    empty = fapp.agenda(off, first=date(2023, 1, 1), last=date(2023, 2, 1),
                        today=date(2022, 6, 1))
    assert [g["missions"] for g in empty["portfolios"]] == [[]]  # the open action stays
    with pytest.raises(InvalidInput, match="before the start"):
        fapp.agenda(off, first=date(2023, 1, 1), last=date(2022, 1, 1))


def test_relation_history_in_time_order(rel):
    off = as_(rel, "off1")
    gapp.save_gift(off, {"ref": "tpe-tea", "mission": TPE, "direction": "received",
                         "description": "Tea set", "date": "2022-04-20", "value_eur": "120.00",
                         "official": "host-mayor", "counterpart_person": "tpe-lead",
                         "partner": "taipei"})
    fapp.save_action(off, {"ref": "tpe-report", "mission": TPE, "title": "Send the report",
                           "owner": "iz-officer-1", "due": "2022-05-01"})
    h = rapp.relation_history(off, "taipei")
    kinds = [e["kind"] for e in h["events"]]
    assert kinds[0] == "agreement" and kinds[-1] == "agreement_end"
    assert {"mission", "meeting", "gift", "followup"} <= set(kinds)
    dates = [e["date"] for e in h["events"]]
    assert dates == sorted(dates)
    assert "tpe-briefing" in {e["ref"] for e in h["events"]}  # internal: the officer's dossier
    with pytest.raises(NotFound):
        rapp.relation_history(off, "atlantis")


def test_a_person_as_partner_has_a_history_and_a_dossier(rel, tmp_path):
    from tests.pdfcheck import check_pdf

    off = as_(rel, "off1")
    gapp.save_gift(off, {"ref": "tpe-tea", "mission": TPE, "direction": "received",
                         "description": "Tea set", "date": "2022-04-20", "value_eur": "120.00",
                         "official": "host-mayor", "counterpart_person": "tpe-lead"})
    fapp.save_action(off, {"ref": "tpe-report", "mission": TPE, "title": "Send the report",
                           "owner": "iz-officer-1", "due": "2022-05-01"})
    lead = rapp.person_history(off, "tpe-lead")
    assert lead["partner"]["kind"] == "person" and lead["partner"]["name"] == "林美玲"
    kinds = {e["kind"]: e for e in lead["events"]}
    assert {"agreement", "agreement_end", "mission", "meeting", "gift"} <= set(kinds)
    assert "followup" not in kinds  # owned by the officer, not by the guest
    assert kinds["mission"]["ref"] == TPE and kinds["agreement"]["ref"] == "taipei-mou"
    assert "Taipei" in kinds["agreement"]["title"]
    dates = [e["date"] for e in lead["events"]]
    assert dates == sorted(dates) and lead["agreements"] == 1 and lead["missions"] == 1
    officer = rapp.person_history(off, "iz-officer-1")
    assert [e["ref"] for e in officer["events"] if e["kind"] == "followup"] == ["tpe-report"]
    assert "tpe-tea" in {e["ref"] for e in rapp.person_history(off, "host-mayor")["events"]}
    with pytest.raises(NotFound):
        rapp.person_history(off, "nobody")
    with pytest.raises(PermissionDenied):
        rapp.person_history(as_(rel, "view1"), "tpe-lead")
    pdf = tmp_path / "lin.pdf"
    assert rapp.person_history_pdf(off, "tpe-lead", pdf, "en") >= 1
    check_pdf(pdf, tmp_path, ["Relation history: 林美玲", "MoU Taipei (Taipei)", "Tea set", TPE])


def _tea(**kw) -> dict:
    return {"ref": "tpe-tea", "mission": TPE, "direction": "received",
            "description": {"en": "Tea set", "nl": "Theeservies"}, "date": "2022-04-20",
            "value_eur": "120.00", "official": "host-mayor", "counterpart_person": "tpe-lead",
            **kw}


def test_gift_decisions_are_for_the_mayor_or_an_approver(rel):
    off = as_(rel, "off1")
    saved = gapp.save_gift(off, _tea())
    assert saved["needs_decision"] is True
    before = audit_count(rel)
    with pytest.raises(PermissionDenied):
        gapp.decide(off, "tpe-tea", "registered")
    with pytest.raises(PermissionDenied, match="may not decide"):
        gapp.save_gift(off, _tea(decision="kept_by_city"))
    assert audit_count(rel) == before
    got = gapp.decide(as_(rel, "mayor1"), "tpe-tea", "kept_by_city", on=date(2022, 5, 2))
    assert (got["decision"], got["decided_by"], got["decided_on"]) == (
        "kept_by_city", rel["mayor1"], "2022-05-02")
    assert gapp.save_gift(off, _tea(decision="kept_by_city", decided_by=rel["mayor1"],
                                    decided_on="2022-05-02", notes="in the display case")
                          )["result"] == "updated"
    assert audit_actions(rel, "tpe-tea") == ["gift.create", "gift.update", "gift.update"]


@pytest.mark.parametrize("doc, field", [
    (_tea(ref="g1", value_eur=120), "field value_eur: 120 is not an amount"),
    (_tea(ref="g2", value_eur="-5.00"), "field value_eur: must not be negative"),
    (_tea(ref="g3", date="2022-05-30"), "field date: 2022-05-30 lies outside the mission"),
    (_tea(ref="g4", direction="lent"), "field direction: unknown value 'lent'"),
    ({**_tea(ref="g5"), "counterpart_person": None}, "field counterpart: say from or to whom"),
    (_tea(ref="g6", direction="given", decision="returned"), "field decision: a gift the city"),
])
def test_bad_gifts_are_refused_and_nothing_is_written(rel, doc, field):
    before = audit_count(rel)
    with pytest.raises(InvalidInput) as exc:
        gapp.save_gift(as_(rel, "off1"), doc)
    assert f"gift ref={doc['ref']}" in str(exc.value) and field in str(exc.value)
    assert audit_count(rel) == before
    with rel.uow("admin", write=False) as uow:
        assert uow.session.scalar(select(func.count()).select_from(Gift)) == 0


def test_a_mission_with_an_undecided_gift_above_the_threshold_cannot_be_completed(
        rel, security):
    from almere_missions.approval.assessment import record_assessment
    from tests.integration.test_approval_workflow import act

    act(rel, "off1", record_assessment, TPE, assessment_doc())
    security.set(TPE, assessed_by=rel["sec1"])
    act(rel, "off1", workflow.submit, TPE)
    act(rel, "appr1", workflow.approve, TPE)
    off = as_(rel, "off1")
    gapp.save_gift(off, _tea(ref="tpe-pen", value_eur="50.00", description="Pen"))  # at it
    gapp.save_gift(off, _tea())
    with pytest.raises(Refused, match=r"tpe-tea \(EUR 120.00\)") as exc:
        act(rel, "off1", workflow.complete, TPE)
    assert "tpe-pen" not in str(exc.value) and "gift decide" in str(exc.value)
    with rel.uow("off1", write=False) as uow:
        assert "tpe-tea" in (workflow.action_refusal(uow, TPE, "complete") or "")
    gapp.decide(as_(rel, "mayor1"), "tpe-tea", "returned")
    assert act(rel, "off1", workflow.complete, TPE).state == "completed"


def test_the_public_register_names_only_holders_of_public_office(rel):
    off = as_(rel, "off1")
    with rel.uow("admin") as uow:  # a private person on the other side of a gift
        from almere_missions.db.models import Person

        uow.session.add(Person(ref="tpe-guide", name="Chen Private", function="tour guide",
                               organisation="Taipei Tours", staff=False))
        uow.commit()
    gapp.save_gift(off, _tea())
    gapp.save_gift(off, {"ref": "tpe-book", "mission": TPE, "direction": "given",
                         "description": "Book", "date": "2022-04-21", "value_eur": "35.00",
                         "official": "iz-officer-1", "counterpart_person": "tpe-guide"})
    public = {r["ref"]: r for r in gapp.register(as_(rel, "view1"), 2022)}
    assert public["tpe-tea"]["official"] == "Marieke de Vries (burgemeester)"
    assert public["tpe-tea"]["counterpart"].startswith("林美玲")  # a Deputy Mayor: public
    assert public["tpe-book"]["counterpart"] == "tour guide, Taipei Tours"
    assert "Chen" not in str(public) and "Jeroen" not in str(public)
    assert public["tpe-tea"]["value_eur"] == Decimal("120.00") and "notes" not in public["tpe-tea"]
    with pytest.raises(PermissionDenied):
        gapp.register(as_(rel, "view1"), 2022, public=False)
    full = {r["ref"]: r for r in gapp.register(off, 2022, public=False)}
    assert full["tpe-book"]["counterpart"].startswith("Chen Private")
    assert gapp.register(off, 2021) == []


def test_gift_threshold_setting(tmp_path, monkeypatch):
    from almere_missions.relations import settings

    assert settings.load().gift_threshold_eur == Decimal("50.00")
    path = tmp_path / "s.json"
    path.write_text('{"gift_threshold_eur": "75", "agreement_reminder_days": 30}', "utf-8")
    got = settings.load(str(path))
    assert (got.gift_threshold_eur, got.agreement_reminder_days) == (Decimal("75.00"), 30)
    for n, text, field in ((1, '{"gift_threshold_eur": 75.5}', "gift_threshold_eur"),
                           (2, '{"agreement_reminder_days": -1}', "agreement_reminder_days")):
        bad = tmp_path / f"bad{n}.json"
        bad.write_text(text, "utf-8")
        with pytest.raises(InvalidInput, match=f"field {field}"):
            settings.load(str(bad))


def test_contacts_and_gifts_follow_the_privacy_rules(rel):
    from almere_missions import privacy

    gapp.save_gift(as_(rel, "off1"), _tea())
    with rel.uow("admin") as uow:
        doc = privacy.export_person(uow, "tpe-lead")  # subject access
        uow.commit()
    other = doc["other_records"]
    assert len(other["partnership_contact"]) == 1
    assert [g["ref"] for g in other["gift"]] == ["tpe-tea"]
    with rel.uow("admin") as uow:
        done = privacy.erase(uow, "tpe-lead")
        uow.commit()
    assert "partnership_contact" in done.removed  # the contact goes with the identity
    off = as_(rel, "off1")
    assert "contacts" not in rapp.get_partnership(off, "taipei-mou")
    (gift,) = gapp.gifts(off)
    assert gift["counterpart_person"] == "tpe-lead"  # the record stays, the person is erased
    (row,) = gapp.register(off, 2022, public=False)
    assert "林美玲" not in row["counterpart"]
