"""Approval bound to content: a commit hook that watches material changes.

Runs inside the transaction of every unit of work that recorded changes to a
mission. An approved mission whose material content hash no longer matches
the approved hash moves to ``reapproval_needed`` (with what changed); a
submitted mission's steps decided on the old content are voided and the
round is bound to the new content.
"""

from __future__ import annotations

from sqlalchemy import select

from almere_missions.approval import content as material
from almere_missions.db.models import Mission
from almere_missions.db.models_approval import ApprovalRound, Decision
from almere_missions.services import missions as mission_service
from almere_missions.timeutil import now_utc
from almere_missions.uow import UnitOfWork

WATCHED = ("approved", "submitted")


def check_material_changes(uow: UnitOfWork) -> None:
    touched = {c.mission_ref for c in uow.changes if c.mission_ref}
    touched |= {c.ref for c in uow.changes if c.entity == "mission" and c.ref}
    if not touched:
        return
    # Few missions are approved or under way at once: read those, not the touched ones
    # (an import touches thousands).
    rows = uow.session.execute(select(Mission.id, Mission.ref, Mission.status)
                               .where(Mission.status.in_(WATCHED))).all()
    for mid, ref, state in rows:
        if ref not in touched:
            continue
        rnd = uow.session.scalar(select(ApprovalRound).where(ApprovalRound.mission_id == mid)
                                 .order_by(ApprovalRound.number.desc()).limit(1))
        if rnd is None or rnd.state not in ("approved", "open"):
            continue
        content, digest = material.current_content(uow, ref)
        if digest == rnd.content_hash:
            continue
        changes = [c.message for c in material.diff(rnd.content, content)]
        summary = "; ".join(changes) or "material content changed"
        if state == "approved":
            _log(uow, mid, ref, rnd.number, "reapproval_needed", state, "reapproval_needed",
                 summary, digest, {"approved_hash": rnd.content_hash, "changes": changes})
            mission_service.set_status(uow, ref, "reapproval_needed")
        else:
            voided = [s.step for s in rnd.steps if s.state == "approved"]
            for s in rnd.steps:
                if s.state == "approved":
                    s.state, s.decided_by, s.on_behalf_of = "pending", None, None
                    s.decided_at, s.content_hash, s.comment = None, None, None
            previous = rnd.content_hash
            rnd.content, rnd.content_hash = content, digest
            _log(uow, mid, ref, rnd.number, "content_changed", state, state,
                 summary + (f"; decisions voided: {', '.join(voided)}" if voided else ""),
                 digest, {"previous_hash": previous, "changes": changes, "voided": voided})
    uow.flush()


def _log(uow: UnitOfWork, mid: int, ref: str, number: int, action: str, from_state: str,
         to_state: str, comment: str, digest: str, detail: dict) -> None:
    uow.session.add(Decision(mission_id=mid, round_number=number, at=now_utc(), by=uow.user,
                             action=action, from_state=from_state, to_state=to_state,
                             comment=comment, content_hash=digest))
    uow.record(f"approval.{action}", "approval", ref, before={"state": from_state},
               after={"state": to_state, "content_hash": digest, **detail}, mission_ref=ref)
