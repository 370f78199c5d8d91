"""The security check of a mission in one value: what approvals and the approval file read.

Agreed entry point: :func:`security_status`. It re-screens a stale screening
first (a newer list imported, a person changed), so the hit counts the approval
workflow reads are never those of an outdated check; open or confirmed hits
block submission and approval.
"""

from __future__ import annotations

from sqlalchemy import select

from almere_missions.db.models_security import StateActorRisk
from almere_missions.security import screening
from almere_missions.security.advice import advice_for_mission
from almere_missions.security.checklist import get_security_assessment
from almere_missions.security.risk import worst_level
from almere_missions.services.missions import mission_row
from almere_missions.uow import UnitOfWork
from almere_missions.views import SecurityStatus


def advice_text(advice: str, mitigations) -> str | None:
    """The advisor's text with the mitigations under it, as the approval file prints it."""
    parts = [advice.strip()] if advice and advice.strip() else []
    if mitigations:
        parts.append("Mitigations:\n" + "\n".join(f"- {m}" for m in mitigations))
    return "\n\n".join(parts) or None


def security_status(uow: UnitOfWork, ref: str) -> SecurityStatus:
    mission = mission_row(uow, ref)
    assessment = get_security_assessment(uow, ref)
    report = screening.refresh(uow, ref)
    open_hits = report.open_hits if report else 0
    confirmed = report.confirmed_hits if report else 0
    travel = {a.country: a.route_colour for a in advice_for_mission(uow, ref) if a.route_colour}
    countries = list(mission.countries or ())
    levels = uow.session.scalars(select(StateActorRisk.level)
                                 .where(StateActorRisk.country.in_(countries))).all() \
        if countries else []
    return SecurityStatus(
        mission_ref=ref,
        checked=assessment is not None,
        residual_risk=assessment.residual_risk if assessment else None,
        advice=advice_text(assessment.advice, assessment.mitigations) if assessment else None,
        assessed_by=assessment.assessed_by if assessment else None,
        open_hits=open_hits,
        confirmed_hits=confirmed,
        travel_advice=travel,
        state_actor_risk=worst_level(levels),
        checklist=dict(assessment.checklist) if assessment else {},
    )


def blocking_reasons(status: SecurityStatus) -> list[str]:
    """Why the security check stops submission and approval (empty: it does not).

    Open hits need a decision by the security advisor; a confirmed hit stops the
    mission until the person or counterpart is off it (and it is screened again).
    """
    reasons = []
    if status.open_hits:
        reasons.append(f"{status.open_hits} sanctions hit(s) of {status.mission_ref} wait for a "
                       "decision by the security advisor")
    if status.confirmed_hits:
        reasons.append(f"{status.confirmed_hits} confirmed sanctions hit(s) on "
                       f"{status.mission_ref}: take the person or counterpart off the mission")
    return reasons
