"""The read-only ``record`` of an export: each mission's approvals and decisions.

Set-based: a few queries whatever the number of missions, and nothing for
missions that never entered the workflow.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import select

from almere_missions.db.models import Mission
from almere_missions.db.models_approval import ApprovalRound, ApprovalStep, Decision
from almere_missions.uow import UnitOfWork

_CHUNK = 500


def _stamp(t) -> str | None:
    return t.isoformat() if t else None


def approval_record(uow: UnitOfWork, refs: list[str]) -> dict[str, dict[str, Any]]:
    s = uow.session
    involved = dict(s.execute(select(Decision.mission_id, Mission.ref)
                              .join(Mission, Mission.id == Decision.mission_id)
                              .distinct()).all())
    wanted = set(refs)
    ids = {mid: ref for mid, ref in involved.items() if ref in wanted}
    if not ids:
        return {}
    rounds: dict[int, list[dict]] = defaultdict(list)
    decisions: dict[int, list[dict]] = defaultdict(list)
    id_list = sorted(ids)
    for i in range(0, len(id_list), _CHUNK):
        chunk = id_list[i:i + _CHUNK]
        round_rows = s.scalars(select(ApprovalRound).where(ApprovalRound.mission_id.in_(chunk))
                               .order_by(ApprovalRound.mission_id, ApprovalRound.number)).all()
        steps: dict[int, list[ApprovalStep]] = defaultdict(list)
        if round_rows:
            for st in s.scalars(select(ApprovalStep)
                                .where(ApprovalStep.round_id.in_([r.id for r in round_rows]))
                                .order_by(ApprovalStep.round_id, ApprovalStep.position)):
                steps[st.round_id].append(st)
        for r in round_rows:
            rounds[r.mission_id].append({
                "round": r.number, "state": r.state, "submitted_by": r.submitted_by,
                "submitted_at": _stamp(r.submitted_at), "content_hash": r.content_hash,
                "steps": [{"step": st.step, "role": st.role, "state": st.state,
                           "by": st.decided_by, "on_behalf_of": st.on_behalf_of,
                           "at": _stamp(st.decided_at)} for st in steps[r.id]]})
        for d in s.scalars(select(Decision).where(Decision.mission_id.in_(chunk))
                           .order_by(Decision.mission_id, Decision.at, Decision.id)):
            decisions[d.mission_id].append({
                "at": _stamp(d.at), "by": d.by, "on_behalf_of": d.on_behalf_of,
                "action": d.action, "step": d.step, "from": d.from_state, "to": d.to_state,
                "comment": d.comment, "content_hash": d.content_hash})
    return {ref: {"approvals": rounds[mid], "decisions": decisions[mid]}
            for mid, ref in ids.items()}
