"""The assessment of a mission against the policy principles, its budget and its CO2.

Recorded against the policy framework in force (``policy.framework_in_force``);
the assessment keeps pointing at that framework. Every principle gets an
answer — ``complies``, ``concern`` or ``not_applicable`` — and a justification
where the answer is a concern or the framework marks the principle mandatory.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select

from almere_missions import permissions, policy
from almere_missions.approval import co2
from almere_missions.approval.rules import load_rules
from almere_missions.db.models import PolicyFramework
from almere_missions.db.models_approval import Assessment as AssessmentRow
from almere_missions.errors import EnvironmentProblem, InvalidInput, Refused
from almere_missions.services import missions as mission_service
from almere_missions.text import Text
from almere_missions.timeutil import now_utc
from almere_missions.uow import UnitOfWork

ANSWERS = ("complies", "concern", "not_applicable")
#: states in which the assessment may still be changed (a change after approval
#: is material: the mission then needs approval again)
OPEN_STATES = ("draft", "sent_back", "reapproval_needed", "submitted", "approved")


@dataclass(frozen=True)
class PrincipleAnswer:
    code: str
    name: Text
    text: Text | None
    mandatory: bool
    answer: str | None  # None: not answered yet
    justification: str | None


@dataclass(frozen=True)
class PayerCosts:
    payer: str  # "" when the cost names no payer
    currency: str
    amount: Decimal


@dataclass(frozen=True)
class Assessment:
    mission_ref: str
    recorded: bool
    framework_code: str | None
    framework_title: Text | None
    recorded_by: str | None
    recorded_at: datetime | None
    principles: tuple[PrincipleAnswer, ...]
    missing: tuple[str, ...]  # principle codes without a (sufficient) answer
    themes: tuple[tuple[str, Text], ...]  # (code, name) served by the mission
    goals: tuple[tuple[str, Text], ...]
    costs_by_payer: tuple[PayerCosts, ...]
    costs_total_eur: Decimal
    unconverted_currencies: tuple[str, ...]
    budget_eur: Decimal | None
    over_budget: bool | None  # None without a budget
    co2: co2.Co2Estimate

    @property
    def complete(self) -> bool:
        return self.recorded and not self.missing

    @property
    def concerns(self) -> tuple[str, ...]:
        return tuple(p.code for p in self.principles if p.answer == "concern")


def _framework(uow: UnitOfWork) -> policy.Framework:
    fw = policy.framework_in_force(uow.session, now_utc().date())
    if fw is None:
        raise EnvironmentProblem("no policy framework is loaded; run `almere-missions init`")
    return fw


def _principles(fw: policy.Framework) -> list[policy.Entry]:
    return [e for e in fw.of("principle") if not e.data.get("retired")]


def parse(data: Any, fw: policy.Framework, file: str | None = None,
          record: str | None = None) -> tuple[list[dict[str, str]], Decimal | None]:
    """Check an assessment document; the answers in the framework's order, and the budget."""
    if not isinstance(data, dict):
        raise InvalidInput("an assessment is a JSON object with \"principles\"", file=file,
                           record=record)
    raw = data.get("principles")
    if not isinstance(raw, list):
        raise InvalidInput("a list of answers is required", file=file, record=record,
                           field="principles")
    known = {e.code: e for e in _principles(fw)}
    seen: dict[str, dict[str, str]] = {}
    for i, ans in enumerate(raw):
        where = f"principles[{i}]"
        if not isinstance(ans, dict):
            raise InvalidInput("an object with code, answer and justification", file=file,
                               record=record, field=where)
        code = ans.get("code")
        if code not in known:
            raise InvalidInput(f"unknown principle {code!r} in framework {fw.code} "
                               f"(one of {', '.join(known)})", file=file, record=record,
                               field=f"{where}.code")
        if code in seen:
            raise InvalidInput(f"principle {code} is answered twice", file=file, record=record,
                               field=f"{where}.code")
        answer = ans.get("answer")
        if answer not in ANSWERS:
            raise InvalidInput(f"answer {answer!r} is not one of {', '.join(ANSWERS)}",
                               file=file, record=record, field=f"{where}.answer")
        just = ans.get("justification")
        if just is not None and not isinstance(just, str):
            raise InvalidInput("a text", file=file, record=record, field=f"{where}.justification")
        just = (just or "").strip()
        if not just and answer == "concern":
            raise InvalidInput(f"a concern on principle {code} needs a justification",
                               file=file, record=record, field=f"{where}.justification")
        if not just and known[code].data.get("mandatory"):
            raise InvalidInput(f"principle {code} is mandatory in framework {fw.code}: "
                               "it needs a justification", file=file, record=record,
                               field=f"{where}.justification")
        seen[code] = {"code": code, "answer": answer, "justification": just}
    budget = data.get("budget_eur")
    if budget is not None:
        if not isinstance(budget, str):
            raise InvalidInput("amounts are decimal strings, e.g. \"2500.00\"", file=file,
                               record=record, field="budget_eur")
        try:
            budget = Decimal(budget)
        except InvalidOperation:
            raise InvalidInput(f"{data['budget_eur']!r} is not a decimal amount", file=file,
                               record=record, field="budget_eur") from None
        if not budget.is_finite() or budget < 0:
            raise InvalidInput("the budget must be zero or more", file=file, record=record,
                               field="budget_eur")
    return [seen[c] for c in known if c in seen], budget


def record_assessment(uow: UnitOfWork, ref: str, data: Any, *,
                      file: str | None = None) -> Assessment:
    """Record (or replace) the mission's assessment; answers may be completed later."""
    permissions.require(uow, permissions.APPROVAL_ASSESS)
    mission = mission_service.mission_row(uow, ref)
    if mission.status not in OPEN_STATES:
        raise Refused(f"mission {ref} is {mission.status}: its assessment can no longer change")
    fw = _framework(uow)
    answers, budget = parse(data, fw, file, f"mission {ref}")
    row = uow.session.scalar(select(AssessmentRow).where(AssessmentRow.mission_id == mission.id))
    before = _record_doc(row, uow) if row is not None else None
    mission_service.claim(uow, ref, None)
    values = {"framework_id": fw.id, "answers": answers, "budget_eur": budget,
              "recorded_by": uow.user, "recorded_at": now_utc()}
    if row is None:
        row = AssessmentRow(mission_id=mission.id, **values)
        uow.session.add(row)
    else:
        for key, value in values.items():
            setattr(row, key, value)
    uow.flush()
    uow.record("assessment.record", "assessment", ref, before=before,
               after=_record_doc(row, uow), mission_ref=ref)
    return get_assessment(uow, ref)


def _record_doc(row: AssessmentRow, uow: UnitOfWork) -> dict[str, Any]:
    code = uow.session.scalar(select(PolicyFramework.code)
                              .where(PolicyFramework.id == row.framework_id))
    return {"framework": code, "principles": list(row.answers),
            "budget_eur": None if row.budget_eur is None else str(row.budget_eur)}


def _framework_by_id(uow: UnitOfWork, fid: int) -> policy.Framework:
    return next(f for f in policy.frameworks(uow.session) if f.id == fid)


def get_assessment(uow: UnitOfWork, ref: str) -> Assessment:
    """The assessment as the approver reads it (also before anything is recorded)."""
    permissions.require(uow, permissions.APPROVAL_READ)
    snap = mission_service.load_snapshot(uow, [ref])
    mission = snap.missions[0]
    mid = mission_service.mission_row(uow, ref).id
    row = uow.session.scalar(select(AssessmentRow).where(AssessmentRow.mission_id == mid))
    fw = _framework_by_id(uow, row.framework_id) if row else _framework(uow)
    given = {a["code"]: a for a in (row.answers if row else [])}
    principles, missing = [], []
    for e in _principles(fw):
        a = given.get(e.code)
        mandatory = bool(e.data.get("mandatory"))
        principles.append(PrincipleAnswer(
            e.code, e.name, e.text, mandatory, a["answer"] if a else None,
            (a.get("justification") or None) if a else None))
        if a is None or (not a.get("justification")
                         and (mandatory or a["answer"] == "concern")):
            missing.append(e.code)
    rules = load_rules()
    sums: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    for c in mission.costs:
        sums[(c.paid_by or "", c.currency)] += c.amount
    total, unconverted = rules.costs_in_eur(mission.costs)
    budget = row.budget_eur if row else None
    return Assessment(
        mission_ref=ref, recorded=row is not None, framework_code=fw.code,
        framework_title=fw.title, recorded_by=row.recorded_by if row else None,
        recorded_at=row.recorded_at if row else None, principles=tuple(principles),
        missing=tuple(missing),
        themes=tuple((c, _name(fw, "theme", c)) for c in mission.themes),
        goals=tuple((c, _name(fw, "goal", c)) for c in mission.goals),
        costs_by_payer=tuple(PayerCosts(p, cur, amt) for (p, cur), amt in sorted(sums.items())),
        costs_total_eur=total, unconverted_currencies=unconverted,
        budget_eur=budget,
        over_budget=None if budget is None else total > budget,
        co2=co2.estimate(mission, snap.venues))


def _name(fw: policy.Framework, kind: str, code: str) -> Text:
    entry = fw.get(kind, code)
    return entry.name if entry else code
