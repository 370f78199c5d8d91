"""The approval chain, from the rules kept as data in ``resources/approval/rules.json``."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any

from almere_missions.errors import InvalidInput
from almere_missions.paths import RESOURCES
from almere_missions.text import Text
from almere_missions.views import CostView, MissionView, PersonView, SecurityStatus

RULES_FILE = RESOURCES / "approval" / "rules.json"
ADVICE_ORDER = ("green", "yellow", "orange", "red")
RISK_ORDER = ("none", "elevated", "high")
#: a travel-advice colour the reader could not tell: it meets every threshold (the officer looks)
ADVICE_UNDETERMINED = "unknown"
UNDETERMINED_REASON = ("the colour of the travel advice on the route is not determined: the "
                       "advice could not be read with confidence, so the security advisor reads "
                       "it and signs off")
#: roles that decide on a mission (a security step signs off but does not approve)
DECIDING_ROLES = ("approver", "mayor")
#: our side of a mission: the roles the municipality's own people take
OWN_SIDE = {"outgoing": ("delegation_leader", "delegation_member", "staff", "security",
                         "interpreter"),
            "incoming": ("host", "staff")}


@dataclass(frozen=True)
class StepSpec:
    step: str
    role: str
    label: Text
    reason: str


@dataclass(frozen=True)
class Rules:
    board_words: tuple[str, ...]
    board_refs: frozenset[str]
    eur_rates: Mapping[str, Decimal]
    steps: tuple[tuple[StepSpec, dict[str, Any]], ...]
    fallback: StepSpec

    def is_board(self, person: PersonView | None, ref: str) -> bool:
        if ref in self.board_refs:
            return True
        if person is None or not person.function:
            return False
        return any(re.search(rf"(?<![\w]){re.escape(w)}(?![\w])", person.function, re.I)
                   for w in self.board_words)

    def costs_in_eur(self, costs: Iterable[CostView]) -> tuple[Decimal, tuple[str, ...]]:
        """The costs summed in euros, and the currencies without a rate (left out)."""
        total, unconverted = Decimal(0), set()
        for c in costs:
            if c.currency == "EUR":
                total += c.amount
            elif c.currency in self.eur_rates:
                total += c.amount * self.eur_rates[c.currency]
            else:
                unconverted.add(c.currency)
        return total, tuple(sorted(unconverted))


@dataclass(frozen=True)
class Facts:
    """What the rules look at, gathered once per decision."""

    direction: str
    board_leads: bool = False
    board_hosts: bool = False
    board_participates: bool = False
    costs_eur: Decimal = Decimal(0)
    unconverted_costs: tuple[str, ...] = ()  # currencies without a rate
    travel_advice: str | None = None  # worst colour on the route
    state_actor_risk: str | None = None
    board_members: tuple[str, ...] = field(default=())


_CONDITIONS = {"direction", "board_leads", "board_hosts", "board_participates",
               "costs_above_eur", "unconverted_costs", "travel_advice_at_least",
               "state_actor_risk_at_least", "any", "all"}


def _check_condition(cond: Any, where: str, file: str) -> None:
    if not isinstance(cond, dict):
        raise InvalidInput("a condition must be an object", file=file, record=where, field="when")
    for key, value in cond.items():
        if key not in _CONDITIONS:
            raise InvalidInput(f"unknown condition {key!r}", file=file, record=where,
                               field=f"when.{key}")
        if key in ("any", "all"):
            if not isinstance(value, list) or not value:
                raise InvalidInput("a non-empty list of conditions", file=file, record=where,
                                   field=f"when.{key}")
            for sub in value:
                _check_condition(sub, where, file)
        elif key == "costs_above_eur":
            try:
                Decimal(value)
            except (InvalidOperation, TypeError):
                raise InvalidInput("a decimal string", file=file, record=where,
                                   field="when.costs_above_eur") from None
        elif key == "travel_advice_at_least" and value not in ADVICE_ORDER:
            raise InvalidInput(f"one of {', '.join(ADVICE_ORDER)}", file=file, record=where,
                               field=f"when.{key}")
        elif key == "state_actor_risk_at_least" and value not in RISK_ORDER:
            raise InvalidInput(f"one of {', '.join(RISK_ORDER)}", file=file, record=where,
                               field=f"when.{key}")


def _spec(raw: dict, where: str, file: str) -> StepSpec:
    from almere_missions.permissions import ROLES

    for key in ("step", "role", "label"):
        if not raw.get(key):
            raise InvalidInput("missing", file=file, record=where, field=key)
    if raw["role"] not in ROLES:
        raise InvalidInput(f"unknown role {raw['role']!r}", file=file, record=where, field="role")
    return StepSpec(raw["step"], raw["role"], raw["label"], raw.get("reason", ""))


def parse_rules(doc: dict, file: str = str(RULES_FILE)) -> Rules:
    steps = []
    for i, raw in enumerate(doc.get("steps", [])):
        where = f"steps[{i}]"
        spec = _spec(raw, where, file)
        _check_condition(raw.get("when", {}), where, file)
        steps.append((spec, raw.get("when", {})))
    board = doc.get("board", {})
    rates = {k: Decimal(v) for k, v in doc.get("eur_rates", {}).get("rates", {}).items()}
    return Rules(tuple(w.casefold() for w in board.get("functions", [])),
                 frozenset(board.get("person_refs", [])), rates, tuple(steps),
                 _spec(doc["fallback"], "fallback", file))


@cache
def load_rules(path: Path = RULES_FILE) -> Rules:
    return parse_rules(json.loads(Path(path).read_text(encoding="utf-8")), str(path))


def _at_least(value: str | None, threshold: str, order: tuple[str, ...]) -> bool:
    return value in order and order.index(value) >= order.index(threshold)


def holds(cond: dict[str, Any], f: Facts) -> bool:
    for key, value in cond.items():
        ok = {
            "direction": lambda v: f.direction in ([v] if isinstance(v, str) else v),
            "board_leads": lambda v: f.board_leads == bool(v),
            "board_hosts": lambda v: f.board_hosts == bool(v),
            "board_participates": lambda v: f.board_participates == bool(v),
            "costs_above_eur": lambda v: f.costs_eur > Decimal(v),
            "unconverted_costs": lambda v: bool(f.unconverted_costs) == bool(v),
            "travel_advice_at_least": lambda v: f.travel_advice == ADVICE_UNDETERMINED
            or _at_least(f.travel_advice, v, ADVICE_ORDER),
            "state_actor_risk_at_least": lambda v: _at_least(f.state_actor_risk, v, RISK_ORDER),
            "any": lambda v: any(holds(c, f) for c in v),
            "all": lambda v: all(holds(c, f) for c in v),
        }[key](value)
        if not ok:
            return False
    return True


def _names_advice(cond: dict[str, Any]) -> bool:
    return "travel_advice_at_least" in cond or any(
        _names_advice(c) for key in ("any", "all") for c in cond.get(key, ()))


def _holds_without_advice(cond: dict[str, Any], f: Facts) -> bool:
    """Whether the condition holds with its travel-advice thresholds taken as unmet."""
    if "travel_advice_at_least" in cond:
        return False
    for key, value in cond.items():
        if key == "any":
            ok = any(_holds_without_advice(c, f) for c in value)
        elif key == "all":
            ok = all(_holds_without_advice(c, f) for c in value)
        else:
            ok = holds({key: value}, f)
        if not ok:
            return False
    return True


def required_steps(rules: Rules, f: Facts) -> list[StepSpec]:
    """The chain for these facts: the rules' steps in file order, each step once."""
    chain: dict[str, StepSpec] = {}
    for spec, cond in rules.steps:
        if spec.step not in chain and holds(cond, f):
            if f.travel_advice == ADVICE_UNDETERMINED and _names_advice(cond) \
                    and not _holds_without_advice(cond, f):
                spec = replace(spec, reason=UNDETERMINED_REASON)
            chain[spec.step] = spec
    if not any(s.role in DECIDING_ROLES for s in chain.values()):
        chain.setdefault(rules.fallback.step, rules.fallback)
    return list(chain.values())


def worst(values, order: tuple[str, ...]) -> str | None:
    ranked = [v for v in values if v in order]
    return max(ranked, key=order.index) if ranked else None


def gather_facts(rules: Rules, mission: MissionView, persons: Mapping[str, PersonView],
                 security: SecurityStatus | None) -> Facts:
    own = OWN_SIDE.get(mission.direction, ())
    board = [p for p in mission.participants
             if p.role in own and rules.is_board(persons.get(p.person), p.person)]
    total, unconverted = rules.costs_in_eur(mission.costs)
    return Facts(
        direction=mission.direction,
        board_leads=any(p.role == "delegation_leader" for p in board),
        board_hosts=any(p.role == "host" for p in board),
        board_participates=bool(board),
        costs_eur=total,
        unconverted_costs=unconverted,
        travel_advice=(ADVICE_UNDETERMINED
                       if ADVICE_UNDETERMINED in (security.travel_advice or {}).values()
                       else worst((security.travel_advice or {}).values(), ADVICE_ORDER))
        if security else None,
        state_actor_risk=security.state_actor_risk if security else None,
        board_members=tuple(dict.fromkeys(p.person for p in board)),
    )
