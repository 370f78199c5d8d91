"""The material content of a mission: what an approval is bound to. Defined here only.

Material: the dates, destinations (countries, cities), who takes part and in
which role, the costs (amount, currency, payer), the times and venues of the
programme items that will happen, and the assessment (framework, answers,
justifications, budget). Not material: titles, descriptions, notes, the
purpose text, an item's tentative/confirmed status — a typo fixed there needs
no new approval.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from almere_missions.db.models import Mission, PolicyFramework
from almere_missions.db.models_approval import Assessment
from almere_missions.services.missions import get_mission
from almere_missions.uow import UnitOfWork
from almere_missions.views import MissionView


def _instant(value) -> str:
    return value.isoformat()


def material_content(mission: MissionView, assessment: dict[str, Any] | None) -> dict[str, Any]:
    """The material content as plain JSON-ready data (person and venue refs, no personal data)."""
    return {
        "direction": mission.direction,
        "start": mission.start.isoformat(),
        "end": mission.end.isoformat(),
        "countries": sorted(mission.countries),
        "cities": sorted(mission.cities),
        "participants": sorted([p.person, p.role] for p in mission.participants),
        "costs": sorted([str(c.amount), c.currency, c.paid_by or ""] for c in mission.costs),
        "items": {
            it.ref: {"start": _instant(it.start), "end": _instant(it.end),
                     "timezone": it.timezone, "end_timezone": it.end_timezone,
                     "all_day": it.all_day, "venue": it.venue, "to_venue": it.to_venue}
            for it in mission.items if it.status != "cancelled"
        },
        "assessment": assessment,
    }


def content_hash(content: dict[str, Any]) -> str:
    raw = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def assessment_content(uow: UnitOfWork, mission_id: int) -> dict[str, Any] | None:
    row = uow.session.scalar(select(Assessment).where(Assessment.mission_id == mission_id))
    if row is None:
        return None
    code = uow.session.scalar(select(PolicyFramework.code)
                              .where(PolicyFramework.id == row.framework_id))
    return {"framework": code,
            "budget_eur": None if row.budget_eur is None else str(row.budget_eur),
            "answers": {a["code"]: [a["answer"], a.get("justification") or ""]
                        for a in row.answers}}


def current_content(uow: UnitOfWork, ref: str) -> tuple[dict[str, Any], str]:
    """The mission's material content now, and its hash."""
    mission = get_mission(uow, ref)
    mid = uow.session.scalar(select(Mission.id).where(Mission.ref == ref))
    content = material_content(mission, assessment_content(uow, mid))
    return content, content_hash(content)


@dataclass(frozen=True)
class MaterialChange:
    """One difference in the material content, in words and as data."""

    part: str  # dates, destinations, participants, costs, programme, assessment
    ref: str | None  # the item, person or principle concerned
    before: Any
    after: Any
    message: str


def diff(old: dict[str, Any], new: dict[str, Any]) -> list[MaterialChange]:
    """What changed between two material contents, part by part."""
    out: list[MaterialChange] = []
    if old.get("start") != new.get("start") or old.get("end") != new.get("end"):
        out.append(MaterialChange(
            "dates", None, [old.get("start"), old.get("end")], [new.get("start"), new.get("end")],
            f"dates changed from {old.get('start')}–{old.get('end')} "
            f"to {new.get('start')}–{new.get('end')}"))
    for key in ("direction", "countries", "cities"):
        if old.get(key) != new.get(key):
            out.append(MaterialChange("destinations", None, old.get(key), new.get(key),
                                      f"{key} changed from {old.get(key)} to {new.get(key)}"))
    old_p = {tuple(p) for p in old.get("participants", [])}
    new_p = {tuple(p) for p in new.get("participants", [])}
    for person, role in sorted(new_p - old_p):
        out.append(MaterialChange("participants", person, None, role,
                                  f"participant {person} added as {role}"))
    for person, role in sorted(old_p - new_p):
        out.append(MaterialChange("participants", person, role, None,
                                  f"participant {person} ({role}) removed"))
    if old.get("costs") != new.get("costs"):
        out.append(MaterialChange("costs", None, old.get("costs"), new.get("costs"),
                                  f"costs changed from {_total(old)} to {_total(new)}"))
    old_i, new_i = old.get("items", {}), new.get("items", {})
    for ref in sorted(new_i.keys() - old_i.keys()):
        out.append(MaterialChange("programme", ref, None, new_i[ref],
                                  f"programme item {ref} added ({new_i[ref]['start']})"))
    for ref in sorted(old_i.keys() - new_i.keys()):
        out.append(MaterialChange("programme", ref, old_i[ref], None,
                                  f"programme item {ref} removed or cancelled"))
    for ref in sorted(old_i.keys() & new_i.keys()):
        a, b = old_i[ref], new_i[ref]
        if a == b:
            continue
        what = [k for k in sorted(a.keys() | b.keys()) if a.get(k) != b.get(k)]
        out.append(MaterialChange("programme", ref, a, b,
                                  f"programme item {ref}: {', '.join(what)} changed"))
    oa, na = old.get("assessment") or {}, new.get("assessment") or {}
    if oa != na:
        codes = sorted(k for k in (oa.get("answers", {}).keys() | na.get("answers", {}).keys())
                       if oa.get("answers", {}).get(k) != na.get("answers", {}).get(k))
        parts = [f"principle {c}" for c in codes]
        if oa.get("budget_eur") != na.get("budget_eur"):
            parts.append(f"budget {oa.get('budget_eur')} → {na.get('budget_eur')}")
        if oa.get("framework") != na.get("framework"):
            parts.append(f"framework {oa.get('framework')} → {na.get('framework')}")
        out.append(MaterialChange("assessment", None, oa or None, na or None,
                                  "assessment changed: " + (", ".join(parts) or "recorded")))
    return out


def _total(content: dict[str, Any]) -> str:
    sums: dict[str, Decimal] = {}
    for amount, currency, _payer in content.get("costs", []):
        sums[currency] = sums.get(currency, Decimal(0)) + Decimal(amount)
    return ", ".join(f"{currency} {total:.2f}" for currency, total in sorted(sums.items())) or "none"
