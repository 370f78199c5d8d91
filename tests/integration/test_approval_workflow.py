"""The approval workflow in the core services: every rule and refusal (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from almere_missions.approval import assessment, delegation, workflow
from almere_missions.db.models import Mission, PolicyFramework
from almere_missions.errors import InvalidInput, PermissionDenied, Refused
from almere_missions.services import editing, missions
from almere_missions.timeutil import now_utc
from tests.integration import approval_support
from tests.integration.approval_support import (
    assessment_doc,
    import_doc,
    outgoing_doc,
    sqlite_only,
)

# fixtures of the approval tests
security = approval_support.security
team = approval_support.team

TPE = "FLO-2022-TPE"
BCN = "OUT-2022-BCN"


def act(team, who, func, *args, **kw):
    with team.uow(who) as uow:
        result = func(uow, *args, **kw)
        uow.commit()
    return result


def assess(team, ref, **kw):
    return act(team, "off1", assessment.record_assessment, ref, assessment_doc(**kw))


def ready(team, security, ref=TPE, **sec):
    assess(team, ref)
    security.set(ref, assessed_by=team["sec1"], **sec)


def state_of(team, ref):
    with team.uow("view1", write=False) as uow:
        return workflow.status(uow, ref)


@sqlite_only
def test_submit_needs_assessment_and_security_check(team, security):
    with pytest.raises(Refused, match="no assessment"):
        act(team, "off1", workflow.submit, TPE)
    act(team, "off1", assessment.record_assessment, TPE, assessment_doc(skip="cj"))
    with pytest.raises(Refused, match=r"incomplete: principle\(s\) c, j"):
        act(team, "off1", workflow.submit, TPE)
    assess(team, TPE)
    with pytest.raises(Refused, match="no recorded security check"):
        act(team, "off1", workflow.submit, TPE)
    security.set(TPE, checked=False)
    with pytest.raises(Refused, match="no recorded security check"):
        act(team, "off1", workflow.submit, TPE)
    security.set(TPE, open_hits=1)
    with pytest.raises(Refused, match="cannot be submitted: 1 sanctions hit"):
        act(team, "off1", workflow.submit, TPE)
    security.set(TPE, confirmed_hits=2)
    with pytest.raises(Refused, match="2 confirmed sanctions hit"):
        act(team, "off1", workflow.submit, TPE)
    assert state_of(team, TPE).state == "draft"
    security.set(TPE, assessed_by=team["sec1"])
    st = act(team, "off1", workflow.submit, TPE)
    assert st.state == "submitted"
    assert [(s.role, s.state) for s in st.steps] == [("approver", "pending")]


@sqlite_only
def test_submit_binds_the_framework_in_force(team, security):
    ready(team, security)
    act(team, "off1", workflow.submit, TPE)
    with team.uow("admin", write=False) as uow:
        fw_id = uow.session.scalar(select(Mission.framework_id).where(Mission.ref == TPE))
        code = uow.session.scalar(select(PolicyFramework.code)
                                  .where(PolicyFramework.id == fw_id))
    assert code == "almere-2020-2023"
    assert state_of(team, TPE).framework == "almere-2020-2023"


def test_roles_are_checked_in_the_services(team, security):
    ready(team, security)
    with pytest.raises(PermissionDenied, match="officer"):
        act(team, "appr1", workflow.submit, TPE)
    with pytest.raises(PermissionDenied, match="officer"):
        act(team, "view1", assessment.record_assessment, TPE, assessment_doc())
    act(team, "off1", workflow.submit, TPE)
    for who in ("view1", "sec1", "off2", "mayor1"):
        with pytest.raises(PermissionDenied, match="needs the role approver"):
            act(team, who, workflow.approve, TPE)
    with pytest.raises(PermissionDenied):
        act(team, "view1", workflow.reject, TPE, "no")


def test_four_eyes_submitter_cannot_approve(team, security):
    ready(team, security)
    # off1 also holds the approver role: still not for their own submission.
    with team.uow("admin") as uow:
        from almere_missions.services import users

        users.add(uow, team["off1"], ["approver"])
        uow.commit()
    act(team, "off1", workflow.submit, TPE)
    with pytest.raises(Refused, match="four-eyes.*submitted"):
        act(team, "off1", workflow.approve, TPE)
    assert state_of(team, TPE).state == "submitted"
    st = act(team, "appr1", workflow.approve, TPE, "fine")
    assert st.state == "approved"
    assert st.steps[0].by == team["appr1"] and st.steps[0].at is not None


def test_security_assessor_cannot_be_final_approver(team, security):
    ready(team, security)
    security.set(TPE, assessed_by=team["appr1"])  # the assessor also holds the approver role
    act(team, "off1", workflow.submit, TPE)
    with pytest.raises(Refused, match="assessed the security.*final approver"):
        act(team, "appr1", workflow.approve, TPE)
    assert act(team, "appr2", workflow.approve, TPE).state == "approved"


def test_outgoing_chain_and_one_person_one_step(team, security):
    import_doc(team, outgoing_doc(costs=("4000.00", "2500.00")))
    ready(team, security, BCN, travel_advice={"ES": "orange"})
    st = act(team, "off1", workflow.submit, BCN)
    # orange advice: security first; costs 6500 > 5000: Concerndirectie; an alderman leads: mayor.
    assert [s.step for s in st.steps] == ["security", "approver", "concerndirectie", "mayor"]
    with pytest.raises(Refused, match="'approver' .* waits for step 'security'"):
        act(team, "appr1", workflow.approve, BCN)  # the security sign-off comes first
    act(team, "sec1", workflow.approve, BCN)
    act(team, "appr1", workflow.approve, BCN)
    with pytest.raises(Refused, match="appr1 already decided step 'approver'"):
        act(team, "appr1", workflow.approve, BCN)
    act(team, "appr2", workflow.approve, BCN)
    assert state_of(team, BCN).state == "submitted"
    st = act(team, "mayor1", workflow.approve, BCN)
    assert st.state == "approved"
    assert [(s.step, s.by) for s in st.steps] == [
        ("security", team["sec1"]), ("approver", team["appr1"]),
        ("concerndirectie", team["appr2"]), ("mayor", team["mayor1"])]
    assert [h.action for h in st.history] == ["submit"] + ["approve"] * 4


@sqlite_only
def test_plain_outgoing_trip_needs_only_an_approver(team, security):
    import_doc(team, outgoing_doc(leader_function="senior adviseur"))
    ready(team, security, BCN)
    st = act(team, "off1", workflow.submit, BCN)
    assert [s.step for s in st.steps] == ["approver"]


@sqlite_only
def test_incoming_without_board_still_needs_a_second_person(team, security):
    doc = outgoing_doc()
    m = doc["missions"][0]
    m.update(ref="INC-2022-X", direction="incoming", participants=[
        {"person": "iz-officer-2", "role": "host"}])
    import_doc(team, doc)
    ready(team, security, "INC-2022-X", state_actor_risk="high")
    st = act(team, "off1", workflow.submit, "INC-2022-X")
    assert [s.step for s in st.steps] == ["security", "approver"]


@sqlite_only
def test_chain_grows_when_the_advice_turns_red_after_submission(team, security):
    import_doc(team, outgoing_doc(leader_function="adviseur"))
    ready(team, security, BCN)
    act(team, "off1", workflow.submit, BCN)
    security.set(BCN, assessed_by=team["sec1"], travel_advice={"ES": "red"})
    assert [s.step for s in state_of(team, BCN).steps] == ["security", "approver"]
    with pytest.raises(Refused, match="waits for step 'security'"):
        act(team, "appr1", workflow.approve, BCN)
    act(team, "sec1", workflow.approve, BCN)
    assert act(team, "appr1", workflow.approve, BCN).state == "approved"


@sqlite_only
def test_an_approver_may_say_no_before_the_security_sign_off(team, security):
    import_doc(team, outgoing_doc(leader_function="adviseur"))
    ready(team, security, BCN, travel_advice={"ES": "red"})
    act(team, "off1", workflow.submit, BCN)
    with team.uow("appr1", write=False) as uow:
        assert workflow.available_actions(uow, BCN) == ["reject", "send_back"]
        assert "waits for step 'security'" in workflow.action_refusal(uow, BCN, "approve")
        assert workflow.action_refusal(uow, BCN, "send_back") is None
    with team.uow("view1", write=False) as uow:
        assert "needs the role security" in workflow.action_refusal(uow, BCN, "reject")
    st = act(team, "appr1", workflow.send_back, BCN, "not to a red area")
    assert st.state == "sent_back"
    assert [(s.step, s.state, s.by) for s in st.steps] == [
        ("security", "pending", None), ("approver", "sent_back", team["appr1"])]


@sqlite_only
def test_sanctions_hit_blocks_approval(team, security):
    ready(team, security)
    act(team, "off1", workflow.submit, TPE)
    security.set(TPE, assessed_by=team["sec1"], open_hits=1)
    with pytest.raises(Refused, match="sanctions"):
        act(team, "appr1", workflow.approve, TPE)


@sqlite_only
def test_send_back_resubmit_reject(team, security):
    ready(team, security)
    act(team, "off1", workflow.submit, TPE)
    with pytest.raises(InvalidInput, match="comment"):
        act(team, "appr1", workflow.send_back, TPE, " ")
    st = act(team, "appr1", workflow.send_back, TPE, "add the costs of the interpreter")
    assert st.state == "sent_back" and st.steps[0].state == "sent_back"
    with pytest.raises(Refused, match="sent_back"):
        act(team, "appr1", workflow.approve, TPE)
    st = act(team, "off1", workflow.submit, TPE)
    assert st.state == "submitted" and st.round == 2 and st.steps[0].state == "pending"
    st = act(team, "appr2", workflow.reject, TPE, "not now")
    assert st.state == "rejected"
    for func, args in ((workflow.submit, ()), (workflow.cancel, ("x",))):
        with pytest.raises(Refused, match="rejected"):
            act(team, "off1", func, TPE, *args)
    actions = [h.action for h in st.history]
    assert actions == ["submit", "send_back", "submit", "reject"]
    assert st.history[1].comment == "add the costs of the interpreter"


@sqlite_only
def test_cancel_and_complete(team, security):
    ready(team, security)
    with pytest.raises(Refused, match="approved"):
        act(team, "off1", workflow.complete, TPE)
    act(team, "off1", workflow.submit, TPE)
    act(team, "appr1", workflow.approve, TPE)
    with pytest.raises(PermissionDenied):
        act(team, "appr1", workflow.complete, TPE)
    assert act(team, "off1", workflow.complete, TPE).state == "completed"
    with pytest.raises(Refused):
        act(team, "off1", workflow.cancel, TPE, "too late")
    import_doc(team, outgoing_doc())
    with pytest.raises(InvalidInput):
        act(team, "off1", workflow.cancel, BCN, "")
    assert act(team, "off1", workflow.cancel, BCN, "trip called off").state == "cancelled"


def test_material_change_after_approval_needs_reapproval(team, security):
    ready(team, security)
    act(team, "off1", workflow.submit, TPE)
    approved = act(team, "appr1", workflow.approve, TPE)
    # Not material: a typo in the title and the purpose.
    with team.uow("off1") as uow:
        m = missions.get_mission(uow, TPE)
        editing.update_mission(uow, TPE, m.version, title="Taipei delegation (corrected)",
                                purpose="Knowledge exchange on urban food systems.")
        uow.commit()
    st = state_of(team, TPE)
    assert st.state == "approved" and st.content_hash == approved.content_hash
    # Material: the dates.
    with team.uow("off1") as uow:
        m = missions.get_mission(uow, TPE)
        editing.update_mission(uow, TPE, m.version, end_date=m.end + timedelta(days=1))
        uow.commit()
    st = state_of(team, TPE)
    assert st.state == "reapproval_needed"
    assert st.content_hash != approved.content_hash
    assert st.bound_hash == approved.content_hash
    with team.uow("view1", write=False) as uow:
        changes = workflow.changes_since_approval(uow, TPE)
    assert [c.part for c in changes] == ["dates"]
    assert "2022-04-20–2022-04-22" in changes[0].message
    assert st.history[-1].action == "reapproval_needed"
    # Submitted again, approved again: bound to the new content.
    st = act(team, "off1", workflow.submit, TPE)
    assert st.state == "submitted" and st.round == 2
    st = act(team, "appr2", workflow.approve, TPE)
    assert st.state == "approved" and st.bound_hash == st.content_hash
    assert st.changes_since_approval == ()


@sqlite_only
def test_material_change_of_the_programme_and_assessment(team, security):
    ready(team, security)
    act(team, "off1", workflow.submit, TPE)
    act(team, "appr1", workflow.approve, TPE)
    assess(team, TPE, concern="d")
    st = state_of(team, TPE)
    assert st.state == "reapproval_needed"
    assert [c.part for c in st.changes_since_approval] == ["assessment"]
    assert "principle d" in st.changes_since_approval[0].message


def test_change_while_submitted_voids_decisions_taken(team, security):
    import_doc(team, outgoing_doc())
    ready(team, security, BCN)
    act(team, "off1", workflow.submit, BCN)
    act(team, "appr1", workflow.approve, BCN)
    doc = outgoing_doc(costs=("1800.00", "300.00"))
    import_doc(team, doc, "off1")
    st = state_of(team, BCN)
    assert st.state == "submitted"
    assert [(s.step, s.state) for s in st.steps] == [("approver", "pending"),
                                                     ("mayor", "pending")]
    assert st.history[-1].action == "content_changed"
    assert "costs changed" in st.history[-1].comment
    assert "voided: approver" in st.history[-1].comment
    # The approver who signed the old content may sign the new one.
    act(team, "appr1", workflow.approve, BCN)
    assert act(team, "mayor1", workflow.approve, BCN).state == "approved"


@sqlite_only
def test_approve_with_the_hash_read(team, security):
    ready(team, security)
    st = act(team, "off1", workflow.submit, TPE)
    with pytest.raises(Refused, match="changed since you read it"):
        act(team, "appr1", workflow.approve, TPE, expected_hash="0" * 64)
    assert act(team, "appr1", workflow.approve, TPE,
               expected_hash=st.content_hash).state == "approved"


def test_delegation_to_a_substitute(team, security):
    import_doc(team, outgoing_doc())
    ready(team, security, BCN)
    today = now_utc().date()
    act(team, "off1", workflow.submit, BCN)
    act(team, "appr1", workflow.approve, BCN)
    with pytest.raises(PermissionDenied, match="mayor"):
        act(team, "appr2", workflow.approve, BCN)
    # Only the principal (or an admin) delegates, and only a role they hold.
    with pytest.raises(PermissionDenied):
        act(team, "appr2", delegation.delegate, team["appr2"], "mayor", today, today,
            principal=team["mayor1"])
    with pytest.raises(Refused, match="does not hold the role mayor"):
        act(team, "appr2", delegation.delegate, team["appr3"], "mayor", today, today)
    with pytest.raises(InvalidInput, match="ends before"):
        act(team, "mayor1", delegation.delegate, team["appr2"], "mayor", today,
            today - timedelta(days=1))
    # A delegation in the past does not count.
    act(team, "mayor1", delegation.delegate, team["appr2"], "mayor",
        today - timedelta(days=10), today - timedelta(days=1))
    with pytest.raises(PermissionDenied):
        act(team, "appr2", workflow.approve, BCN)
    d = act(team, "mayor1", delegation.delegate, team["appr1"], "mayor", today,
            today + timedelta(days=7), reason="holiday")
    # appr1 already decided the approver step: four-eyes counts the substitute too.
    with pytest.raises(Refused, match="one person cannot fill two steps"):
        act(team, "appr1", workflow.approve, BCN)
    act(team, "mayor1", delegation.revoke, d.id)
    with pytest.raises(PermissionDenied):
        act(team, "appr1", workflow.approve, BCN)
    act(team, "mayor1", delegation.delegate, team["appr2"], "mayor", today, today)
    st = act(team, "appr2", workflow.approve, BCN, "for the mayor")
    assert st.state == "approved"
    assert (st.steps[-1].by, st.steps[-1].on_behalf_of) == (team["appr2"], team["mayor1"])
    with team.uow("view1", write=False) as uow:
        active = delegation.list_delegations(uow, active_on=today)
    assert [(d.principal, d.substitute) for d in active] == [(team["mayor1"], team["appr2"])]


@sqlite_only
def test_substitute_of_the_submitter_is_refused(team, security):
    ready(team, security)
    today = now_utc().date()
    with team.uow("admin") as uow:
        from almere_missions.services import users

        users.add(uow, team["off1"], ["approver"])
        uow.commit()
    act(team, "off1", delegation.delegate, team["off2"], "approver", today, today)
    act(team, "off1", workflow.submit, TPE)
    with pytest.raises(Refused, match="four-eyes"):
        act(team, "off2", workflow.approve, TPE)


@sqlite_only
def test_available_actions(team, security):
    ready(team, security)

    def actions(who):
        with team.uow(who, write=False) as uow:
            return workflow.available_actions(uow, TPE)

    assert actions("off1") == ["submit", "cancel"]
    assert actions("appr1") == []
    act(team, "off1", workflow.submit, TPE)
    assert actions("off1") == ["cancel"]
    assert actions("appr1") == ["approve", "reject", "send_back"]
    assert actions("view1") == []
    act(team, "appr1", workflow.approve, TPE)
    assert actions("off1") == ["cancel", "complete"]


@sqlite_only
def test_status_before_submission_shows_the_chain_the_rules_ask_for(team, security):
    st = state_of(team, TPE)
    assert st.state == "draft" and st.round is None
    assert [(s.role, s.state) for s in st.steps] == [("approver", "pending")]
    assert len(st.content_hash) == 64
