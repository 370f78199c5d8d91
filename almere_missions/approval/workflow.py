"""The travel-approval workflow: submit, a chain of steps with four-eyes, decisions.

States of a mission: draft → submitted → approved → completed, with
sent_back (back to the officer), rejected, cancelled, and reapproval_needed
(a material change after approval, see :mod:`almere_missions.approval.binding`).
Every rule is checked here, in the core, whoever calls: the desktop program,
the command line, or a script. Refusals raise :class:`~almere_missions.errors.Refused`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from almere_missions import permissions, policy
from almere_missions.approval import content as material
from almere_missions.approval import delegation
from almere_missions.approval.assessment import get_assessment
from almere_missions.approval.rules import StepSpec, gather_facts, load_rules, required_steps
from almere_missions.db.models import Mission, PolicyFramework
from almere_missions.db.models_approval import ApprovalRound, ApprovalStep, Decision
from almere_missions.errors import InvalidInput, MissionsError, PermissionDenied, Refused
from almere_missions.security import status as security_check
from almere_missions.services import missions as mission_service
from almere_missions.timeutil import now_utc
from almere_missions.uow import UnitOfWork
from almere_missions.views import SecurityStatus

STATES = ("draft", "submitted", "sent_back", "approved", "rejected", "reapproval_needed",
          "cancelled", "completed")
SUBMITTABLE = ("draft", "sent_back", "reapproval_needed")
CANCELLABLE = ("draft", "submitted", "sent_back", "approved", "reapproval_needed")
ACTIONS = ("submit", "approve", "reject", "send_back", "cancel", "complete")


@dataclass(frozen=True)
class StepStatus:
    step: str
    role: str
    label: Any
    reason: str
    state: str  # pending, approved, rejected, sent_back
    by: str | None = None
    on_behalf_of: str | None = None
    at: datetime | None = None
    comment: str | None = None


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    by: str
    action: str
    from_state: str
    to_state: str
    step: str | None = None
    on_behalf_of: str | None = None
    comment: str | None = None
    content_hash: str | None = None
    round: int | None = None


@dataclass(frozen=True)
class ApprovalStatus:
    mission_ref: str
    state: str
    content_hash: str  # the material content's hash now
    bound_hash: str | None  # the hash the current (or last) round is bound to
    steps: tuple[StepStatus, ...]
    history: tuple[HistoryEntry, ...]
    round: int | None = None
    submitted_by: str | None = None
    framework: str | None = None
    changes_since_approval: tuple[material.MaterialChange, ...] = ()

    def as_json(self) -> dict[str, Any]:
        """The ``approval status --json`` document (CLI contract) with a few extra keys."""
        def stamp(t):
            return t.isoformat() if t else None
        return {
            "mission": self.mission_ref, "state": self.state, "content_hash": self.content_hash,
            "bound_hash": self.bound_hash, "round": self.round,
            "submitted_by": self.submitted_by, "framework": self.framework,
            "steps": [{"role": s.role, "state": s.state, "by": s.by, "at": stamp(s.at),
                       "step": s.step, "on_behalf_of": s.on_behalf_of, "comment": s.comment}
                      for s in self.steps],
            "history": [{"at": stamp(h.at), "by": h.by, "action": h.action,
                         "from": h.from_state, "to": h.to_state, "step": h.step,
                         "on_behalf_of": h.on_behalf_of, "comment": h.comment}
                        for h in self.history],
            "changes_since_approval": [c.message for c in self.changes_since_approval],
        }


# --- the facts of one decision --------------------------------------------------

class _Case:
    """A mission, its open round and what the rules need, read once per action."""

    def __init__(self, uow: UnitOfWork, ref: str):
        self.uow, self.ref = uow, ref
        self.mission = mission_service.mission_row(uow, ref)
        self.round = uow.session.scalar(
            select(ApprovalRound).where(ApprovalRound.mission_id == self.mission.id)
            .order_by(ApprovalRound.number.desc()).limit(1))
        self._security: SecurityStatus | None = None

    @property
    def state(self) -> str:
        return self.mission.status

    @property
    def security(self) -> SecurityStatus:
        if self._security is None:
            self._security = security_check.security_status(self.uow, self.ref)
        return self._security

    def required(self) -> list[StepSpec]:
        snap = mission_service.load_snapshot(self.uow, [self.ref])
        rules = load_rules()
        facts = gather_facts(rules, snap.missions[0], snap.persons, self.security)
        return required_steps(rules, facts)

    def open_round(self) -> ApprovalRound:
        if self.round is None or self.round.state != "open":
            raise Refused(f"mission {self.ref} has no open submission")
        return self.round

    def pending(self) -> list[ApprovalStep]:
        return [s for s in self.open_round().steps if s.state == "pending"]


def _refuse_unless(case: _Case, allowed: tuple[str, ...], action: str) -> None:
    if case.state not in allowed:
        raise Refused(f"mission {case.ref} is {case.state}: it cannot be {action} "
                      f"(only when {' or '.join(allowed)})")


def _check_sanctions(case: _Case, doing: str) -> None:
    sec = case.security
    if sec.open_hits or sec.confirmed_hits:
        reasons = security_check.blocking_reasons(sec)
        raise Refused(f"mission {case.ref} cannot be {doing}: {'; '.join(reasons)}")


def _rank() -> dict[str, int]:
    rules = load_rules()
    order: dict[str, int] = {}
    for spec, _ in rules.steps:
        order.setdefault(spec.step, len(order))
    order.setdefault(rules.fallback.step, len(order))
    return order


def _authority(case: _Case, step: ApprovalStep) -> str | None:
    """None when the user holds the step's role; else the principal they substitute for."""
    uow = case.uow
    held = permissions.roles_of(uow)
    if not held:
        raise PermissionDenied(f"user {uow.user!r} is not registered in this database")
    if step.role in held:
        return None
    principals = delegation.principals_for(uow, uow.user, step.role, now_utc().date())
    if principals:
        return principals[0]
    raise PermissionDenied(
        f"step {step.step!r} of mission {case.ref} needs the role {step.role}; "
        f"user {uow.user!r} has {', '.join(sorted(held))} and no delegation for it")


def _four_eyes(case: _Case, step: ApprovalStep, on_behalf: str | None, *,
               approving: bool) -> None:
    rnd = case.open_round()
    me = case.uow.user
    people = {me} | ({on_behalf} if on_behalf else set())
    if rnd.submitted_by in people:
        raise Refused(f"four-eyes: {rnd.submitted_by} submitted mission {case.ref} and cannot "
                      "decide on it; another person with the role must")
    if not approving:
        return
    for other in rnd.steps:
        if other is step or other.state != "approved":
            continue
        filled = {other.decided_by, other.on_behalf_of} - {None}
        if filled & people:
            who = sorted(filled & people)[0]
            raise Refused(f"four-eyes: {who} already decided step {other.step!r} of mission "
                          f"{case.ref}; one person cannot fill two steps")
    is_final = [s for s in rnd.steps if s.state == "pending"] == [step]
    sec = case.security
    if is_final and sec.assessed_by and sec.assessed_by in people:
        raise Refused(f"four-eyes: {sec.assessed_by} assessed the security of mission "
                      f"{case.ref} and cannot be its final approver")


# --- checks (shared by the actions and by available_actions) ---------------------

def _check_submit(case: _Case) -> tuple[Any, policy.Framework]:
    permissions.require(case.uow, permissions.APPROVAL_SUBMIT)
    _refuse_unless(case, SUBMITTABLE, "submitted")
    assessment = get_assessment(case.uow, case.ref)
    if not assessment.recorded:
        raise Refused(f"mission {case.ref} has no assessment yet; record it with "
                      "`almere-missions assess` first")
    if assessment.missing:
        raise Refused(f"the assessment of mission {case.ref} is incomplete: principle(s) "
                      f"{', '.join(assessment.missing)} need an answer and, where required, "
                      "a justification")
    fw = policy.framework_in_force(case.uow.session, now_utc().date())
    if fw is not None and assessment.framework_code != fw.code:
        raise Refused(f"mission {case.ref} was assessed under framework "
                      f"{assessment.framework_code}, but {fw.code} is in force now; "
                      "assess it again")
    sec = case.security
    if not sec.checked:
        raise Refused(f"mission {case.ref} has no recorded security check; the security "
                      "advisor records one (`almere-missions security assess`) first")
    _check_sanctions(case, "submitted")
    return assessment, fw


def _current_step(case: _Case) -> ApprovalStep:
    _refuse_unless(case, ("submitted",), "decided on")
    pending = case.pending()
    if not pending:
        raise Refused(f"mission {case.ref} has no step waiting for a decision")
    return pending[0]


def _may_act(case: _Case, step: ApprovalStep) -> bool:
    try:
        _authority(case, step)
    except PermissionDenied:
        return False
    return True


def _check_decide(case: _Case, *, approving: bool) -> tuple[ApprovalStep, str | None]:
    """The step the user decides now, and for whom (a delegation), or a refusal.

    Approvals go in the chain's order; a rejection or sending back may come
    from the holder of any pending step (nobody waits for an earlier step to say no).
    """
    first = _current_step(case)
    step = first
    if approving:
        if not _may_act(case, first):
            later = next((s for s in case.pending()[1:] if _may_act(case, s)), None)
            if later is not None:
                raise Refused(f"step {later.step!r} of mission {case.ref} waits for step "
                              f"{first.step!r} ({first.role}) to be decided first")
    else:
        step = next((s for s in case.pending() if _may_act(case, s)), first)
    on_behalf = _authority(case, step)
    _four_eyes(case, step, on_behalf, approving=approving)
    if approving:
        _check_sanctions(case, "approved")
        sec = case.security
        if not sec.checked:
            raise Refused(f"mission {case.ref} has no recorded security check")
    return step, on_behalf


def _check_cancel(case: _Case) -> None:
    permissions.require(case.uow, permissions.APPROVAL_SUBMIT)
    _refuse_unless(case, CANCELLABLE, "cancelled")


def _check_complete(case: _Case) -> None:
    permissions.require(case.uow, permissions.APPROVAL_SUBMIT)
    _refuse_unless(case, ("approved",), "completed")
    today = now_utc().date()
    if case.mission.end_date > today:
        raise Refused(f"mission {case.ref} ends on {case.mission.end_date}: it can be "
                      "completed from its last day on")
    _check_gifts(case)


def _check_gifts(case: _Case) -> None:
    """Integrity rule: a gift received above the threshold needs a decision first."""
    from almere_missions.relations import queries
    from almere_missions.relations import settings as relation_settings

    limit = relation_settings.load().gift_threshold_eur
    open_gifts = queries.undecided_gifts(case.uow, case.mission.id, limit)
    if open_gifts:
        listed = ", ".join(f"{ref} (EUR {value})" for ref, value in open_gifts)
        raise Refused(f"mission {case.ref} cannot be completed: gift(s) received above "
                      f"EUR {limit} have no decision yet: {listed}; record whether the city "
                      "keeps, registers or returns each (`gift decide`)")


_CHECKS = {
    "submit": _check_submit,
    "approve": lambda c: _check_decide(c, approving=True),
    "reject": lambda c: _check_decide(c, approving=False),
    "send_back": lambda c: _check_decide(c, approving=False),
    "cancel": _check_cancel,
    "complete": _check_complete,
}


# --- writing ----------------------------------------------------------------------

def _decide(case: _Case, action: str, to_state: str, *, step: str | None = None,
            on_behalf: str | None = None, comment: str | None = None,
            content_hash: str | None = None) -> None:
    uow = case.uow
    from_state = case.state
    uow.session.add(Decision(
        mission_id=case.mission.id, round_number=case.round.number if case.round else None,
        at=now_utc(), by=uow.user, on_behalf_of=on_behalf, action=action, step=step,
        from_state=from_state, to_state=to_state, comment=comment, content_hash=content_hash))
    if to_state != from_state:
        mission_service.set_status(uow, case.ref, to_state)
    uow.record(f"approval.{action}", "approval", case.ref,
               before={"state": from_state},
               after={"state": to_state, "step": step, "on_behalf_of": on_behalf,
                      "comment": comment, "content_hash": content_hash,
                      "round": case.round.number if case.round else None},
               mission_ref=case.ref)
    uow.flush()


def _need_comment(comment: str | None, action: str) -> str:
    if not comment or not comment.strip():
        raise InvalidInput(f"{action} needs a comment that says why", field="comment")
    return comment.strip()


def submit(uow: UnitOfWork, ref: str, comment: str | None = None) -> ApprovalStatus:
    case = _Case(uow, ref)
    _assessment, fw = _check_submit(case)
    content, digest = material.current_content(uow, ref)
    number = (uow.session.scalar(select(func.max(ApprovalRound.number))
                                 .where(ApprovalRound.mission_id == case.mission.id)) or 0) + 1
    if case.round is not None and case.round.state == "open":
        case.round.state = "superseded"
    fw_id = uow.session.scalar(select(PolicyFramework.id).where(PolicyFramework.code == fw.code))
    rnd = ApprovalRound(mission_id=case.mission.id, number=number, framework_id=fw_id,
                        state="open", submitted_by=uow.user, submitted_at=now_utc(),
                        content_hash=digest, content=content)
    for i, spec in enumerate(case.required()):
        rnd.steps.append(ApprovalStep(position=i, step=spec.step, role=spec.role,
                                      label=spec.label, reason=spec.reason, state="pending"))
    uow.session.add(rnd)
    case.mission.framework_id = fw_id
    uow.flush()
    case.round = rnd
    _decide(case, "submit", "submitted", comment=(comment or "").strip() or None,
            content_hash=digest)
    return status(uow, ref)


def _sync_chain(case: _Case) -> None:
    """Add steps the rules ask for now but did not at submission (e.g. the advice turned red)."""
    rnd = case.open_round()
    have = {s.step for s in rnd.steps}
    added = [spec for spec in case.required() if spec.step not in have]
    if not added:
        return
    for spec in added:
        rnd.steps.append(ApprovalStep(step=spec.step, role=spec.role, label=spec.label,
                                      reason=spec.reason, state="pending", position=0))
    rank = _rank()
    for i, s in enumerate(sorted(rnd.steps, key=lambda s: (rank.get(s.step, len(rank)),
                                                           s.position))):
        s.position = i
    rnd.steps.sort(key=lambda s: s.position)
    case.uow.record("approval.chain_extended", "approval", case.ref,
                    after={"steps": [s.step for s in added]}, mission_ref=case.ref)
    case.uow.flush()


def approve(uow: UnitOfWork, ref: str, comment: str | None = None, *,
            expected_hash: str | None = None) -> ApprovalStatus:
    """Approve the step waiting for the acting user's role; the last one approves the mission.

    ``expected_hash``: the content hash the approver read (e.g. on the approval
    file); refused if the mission changed since.
    """
    case = _Case(uow, ref)
    _current_step(case)
    _sync_chain(case)
    step, on_behalf = _check_decide(case, approving=True)
    rnd = case.open_round()
    _content, digest = material.current_content(uow, ref)
    if digest != rnd.content_hash:
        raise Refused(f"mission {ref} changed since it was submitted; reload it")
    if expected_hash and expected_hash != digest:
        raise Refused(f"mission {ref} changed since you read it (content hash {digest[:12]}…, "
                      f"you read {expected_hash[:12]}…); read the approval file again")
    now = now_utc()
    step.state, step.decided_by, step.on_behalf_of = "approved", uow.user, on_behalf
    step.decided_at, step.content_hash = now, digest
    step.comment = (comment or "").strip() or None
    final = not any(s.state == "pending" for s in rnd.steps)
    if final:
        rnd.state, rnd.closed_at = "approved", now
    _decide(case, "approve", "approved" if final else "submitted", step=step.step,
            on_behalf=on_behalf, comment=step.comment, content_hash=digest)
    return status(uow, ref)


def _close(uow: UnitOfWork, ref: str, comment: str | None, action: str, to_state: str,
           step_state: str) -> ApprovalStatus:
    text = _need_comment(comment, action.replace("_", " "))
    case = _Case(uow, ref)
    step, on_behalf = _check_decide(case, approving=False)
    rnd = case.open_round()
    now = now_utc()
    step.state, step.decided_by, step.on_behalf_of = step_state, uow.user, on_behalf
    step.decided_at, step.comment = now, text
    step.content_hash = rnd.content_hash
    rnd.state, rnd.closed_at = to_state, now
    _decide(case, action, to_state, step=step.step, on_behalf=on_behalf, comment=text,
            content_hash=rnd.content_hash)
    return status(uow, ref)


def reject(uow: UnitOfWork, ref: str, comment: str) -> ApprovalStatus:
    return _close(uow, ref, comment, "reject", "rejected", "rejected")


def send_back(uow: UnitOfWork, ref: str, comment: str) -> ApprovalStatus:
    return _close(uow, ref, comment, "send_back", "sent_back", "sent_back")


def cancel(uow: UnitOfWork, ref: str, comment: str) -> ApprovalStatus:
    text = _need_comment(comment, "cancelling")
    case = _Case(uow, ref)
    _check_cancel(case)
    if case.round is not None and case.round.state == "open":
        case.round.state, case.round.closed_at = "cancelled", now_utc()
    _decide(case, "cancel", "cancelled", comment=text)
    return status(uow, ref)


def complete(uow: UnitOfWork, ref: str) -> ApprovalStatus:
    case = _Case(uow, ref)
    _check_complete(case)
    _decide(case, "complete", "completed", content_hash=case.round.content_hash
            if case.round else None)
    return status(uow, ref)


# --- reading ----------------------------------------------------------------------

def _step_status(s: ApprovalStep) -> StepStatus:
    return StepStatus(s.step, s.role, s.label, s.reason, s.state, s.decided_by, s.on_behalf_of,
                      s.decided_at, s.comment)


def history(uow: UnitOfWork, mission_id: int) -> tuple[HistoryEntry, ...]:
    rows = uow.session.scalars(select(Decision).where(Decision.mission_id == mission_id)
                               .order_by(Decision.at, Decision.id))
    return tuple(HistoryEntry(d.at, d.by, d.action, d.from_state, d.to_state, d.step,
                              d.on_behalf_of, d.comment, d.content_hash, d.round_number)
                 for d in rows)


def status(uow: UnitOfWork, ref: str) -> ApprovalStatus:
    permissions.require(uow, permissions.APPROVAL_READ)
    case = _Case(uow, ref)
    _content, digest = material.current_content(uow, ref)
    rnd = case.round
    steps: list[StepStatus] = []
    if rnd is not None:
        steps = [_step_status(s) for s in rnd.steps]
        if rnd.state == "open":
            have = {s.step for s in rnd.steps}
            steps += [StepStatus(p.step, p.role, p.label, p.reason, "pending")
                      for p in case.required() if p.step not in have]
            rank = _rank()
            steps.sort(key=lambda s: rank.get(s.step, len(rank)))
    elif case.state in SUBMITTABLE:
        # Before submission: the chain the rules would ask for now.
        steps = [StepStatus(p.step, p.role, p.label, p.reason, "pending")
                 for p in case.required()]
    fw = None
    if case.mission.framework_id is not None:
        fw = uow.session.scalar(select(PolicyFramework.code)
                                .where(PolicyFramework.id == case.mission.framework_id))
    return ApprovalStatus(
        mission_ref=ref, state=case.state, content_hash=digest,
        bound_hash=rnd.content_hash if rnd else None, steps=tuple(steps),
        history=history(uow, case.mission.id), round=rnd.number if rnd else None,
        submitted_by=rnd.submitted_by if rnd else None, framework=fw,
        changes_since_approval=tuple(changes_since_approval(uow, ref)))


def last_approved_round(uow: UnitOfWork, mission_id: int) -> ApprovalRound | None:
    return uow.session.scalar(
        select(ApprovalRound).where(ApprovalRound.mission_id == mission_id,
                                    ApprovalRound.state == "approved")
        .order_by(ApprovalRound.number.desc()).limit(1))


def changes_since_approval(uow: UnitOfWork, ref: str) -> list[material.MaterialChange]:
    """What changed in the material content since the mission was last approved."""
    mid = uow.session.scalar(select(Mission.id).where(Mission.ref == ref))
    if mid is None:
        mission_service.mission_row(uow, ref)  # raises NotFound
    rnd = last_approved_round(uow, mid)
    if rnd is None:
        return []
    content, digest = material.current_content(uow, ref)
    if digest == rnd.content_hash:
        return []
    return material.diff(rnd.content, content)


def action_refusal(uow: UnitOfWork, ref: str, action: str) -> str | None:
    """Why the acting user may not do ``action`` now (None: they may), e.g. for a tooltip."""
    if action not in ACTIONS:
        raise InvalidInput(f"unknown action {action!r} (one of {', '.join(ACTIONS)})",
                           field="action")
    try:
        _CHECKS[action](_Case(uow, ref))
    except MissionsError as exc:
        return str(exc)
    return None


def available_actions(uow: UnitOfWork, ref: str) -> list[str]:
    """What the acting user may do with the mission now (the desktop enables buttons by it)."""
    out = []
    case = _Case(uow, ref)
    for action, check in _CHECKS.items():
        try:
            check(case)
        except MissionsError:
            continue
        out.append(action)
    return out
