"""The security checklist of a mission, its residual risk with mitigations, and the
security advice text that goes into the approval file.

Items come from the policy framework in force ("checklist_items"), each for
outgoing or incoming missions; a framework may add items and these keep their
meaning. Unknown items, or items of the other direction, are refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from almere_missions import policy
from almere_missions.db.models_security import SecurityAssessment
from almere_missions.errors import EditConflict, InvalidInput
from almere_missions.fileio import read_json
from almere_missions.services import users
from almere_missions.services.missions import mission_row
from almere_missions.timeutil import now_utc
from almere_missions.uow import UnitOfWork

RESIDUAL_RISKS = ("low", "medium", "high")


@dataclass(frozen=True)
class ChecklistItem:
    code: str
    direction: str
    label: str
    done: bool | None  # None: not answered yet


@dataclass(frozen=True)
class AssessmentView:
    mission: str
    checklist: dict[str, bool]
    residual_risk: str
    mitigations: tuple[str, ...]
    advice: str
    assessed_by: str
    assessed_at: datetime
    version: int


def items_for(uow: UnitOfWork, direction: str, lang: str = "en") -> list[tuple[str, str]]:
    """(code, label) of the checklist items for a direction, in the framework's order."""
    fw = policy.framework_in_force(uow.session, now_utc().date())
    if fw is None:
        return []
    return [(e.code, e.label(lang)) for e in fw.of("checklist_item")
            if e.data.get("direction") in (direction, None, "both") and not e.data.get("retired")]


def checklist(uow: UnitOfWork, ref: str, lang: str = "en") -> list[ChecklistItem]:
    """The mission's checklist with what was recorded (the desktop shows this)."""
    users.require(uow, *users.ROLES)
    mission = mission_row(uow, ref)
    row = _row(uow, mission.id)
    answers = dict(row.checklist) if row else {}
    return [ChecklistItem(code, mission.direction, label, answers.get(code))
            for code, label in items_for(uow, mission.direction, lang)]


def _row(uow: UnitOfWork, mission_id: int) -> SecurityAssessment | None:
    return uow.session.scalar(select(SecurityAssessment)
                              .where(SecurityAssessment.mission_id == mission_id))


def _validate(data: Any, allowed: dict[str, str], direction: str, where: str | None
              ) -> tuple[dict[str, bool], str, list[str], str]:
    if not isinstance(data, dict):
        raise InvalidInput("the security assessment must be a JSON object", file=where)
    items = data.get("checklist", {})
    if not isinstance(items, dict):
        raise InvalidInput("checklist must be an object of item: true/false", file=where,
                           field="checklist")
    out = {}
    for code, value in items.items():
        if code not in allowed:
            raise InvalidInput(f"unknown checklist item {code!r} for an {direction} mission "
                               f"(one of {', '.join(allowed)})", file=where,
                               field=f"checklist.{code}")
        if not isinstance(value, bool):
            raise InvalidInput("a checklist answer is true or false", file=where,
                               field=f"checklist.{code}")
        out[code] = value
    risk = data.get("residual_risk")
    if risk not in RESIDUAL_RISKS:
        raise InvalidInput(f"residual_risk must be one of {', '.join(RESIDUAL_RISKS)}",
                           file=where, field="residual_risk")
    mitigations = data.get("mitigations", [])
    if isinstance(mitigations, str):
        mitigations = [mitigations]
    if not isinstance(mitigations, list) or not all(isinstance(m, str) for m in mitigations):
        raise InvalidInput("mitigations must be a list of texts", file=where, field="mitigations")
    advice = data.get("advice", "")
    if not isinstance(advice, str):
        raise InvalidInput("advice must be a text", file=where, field="advice")
    if risk in ("medium", "high") and not [m for m in mitigations if m.strip()] \
            and not advice.strip():
        raise InvalidInput(f"a {risk} residual risk needs mitigations or advice", file=where,
                           field="mitigations")
    return out, risk, [m.strip() for m in mitigations if m.strip()], advice.strip()


def record_security_assessment(uow: UnitOfWork, ref: str, data: dict[str, Any], *,
                               expected_version: int | None = None,
                               source: str | None = None) -> AssessmentView:
    """Record (or replace) the security check of a mission; security role, audited.

    ``data``: ``{"checklist": {"item": true, ...}, "residual_risk": "low",
    "mitigations": ["..."], "advice": "..."}`` (contract: ``security assess``).
    """
    users.require(uow, "security")
    mission = mission_row(uow, ref)
    allowed = dict(items_for(uow, mission.direction))
    items, risk, mitigations, advice = _validate(data, allowed, mission.direction, source)
    fw = policy.framework_in_force(uow.session, mission.start_date)
    row = _row(uow, mission.id)
    before = None
    if row is None:
        row = SecurityAssessment(mission_id=mission.id)
        uow.session.add(row)
    else:
        if expected_version is not None and row.version != expected_version:
            raise EditConflict(f"the security check of {ref} was changed by someone else; "
                               "reload it and make your change again")
        before = {"checklist": dict(row.checklist), "residual_risk": row.residual_risk,
                  "mitigations": list(row.mitigations), "advice": row.advice}
    row.checklist, row.residual_risk = items, risk
    row.mitigations, row.advice = mitigations, advice
    row.framework_id = fw.id if fw else None
    row.assessed_by, row.assessed_at = uow.user, now_utc()
    uow.flush()
    uow.record("security.assess", "security_assessment", ref, mission_ref=ref, before=before,
               after={"checklist": items, "residual_risk": risk, "mitigations": mitigations,
                      "advice": advice})
    return _assessment_view(ref, row)


def record_from_file(uow: UnitOfWork, ref: str, path: str | Path) -> AssessmentView:
    path = Path(path)
    return record_security_assessment(uow, ref, read_json(path), source=str(path))


def _assessment_view(ref: str, row: SecurityAssessment) -> AssessmentView:
    return AssessmentView(ref, dict(row.checklist), row.residual_risk, tuple(row.mitigations),
                          row.advice, row.assessed_by, row.assessed_at, row.version)


def get_security_assessment(uow: UnitOfWork, ref: str) -> AssessmentView | None:
    users.require(uow, *users.ROLES)
    mission = mission_row(uow, ref)
    row = _row(uow, mission.id)
    return _assessment_view(ref, row) if row else None
