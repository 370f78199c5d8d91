"""The approval chain as data: which steps a mission needs, and a bad rules file."""

from __future__ import annotations

import copy
import json
from datetime import date
from decimal import Decimal

import pytest

from almere_missions.approval.rules import (
    RULES_FILE,
    Facts,
    gather_facts,
    load_rules,
    parse_rules,
    required_steps,
)
from almere_missions.errors import InvalidInput
from almere_missions.views import CostView, MissionView, ParticipantView, PersonView, SecurityStatus

RULES = load_rules()


def steps(**facts) -> list[str]:
    return [s.step for s in required_steps(RULES, Facts(**facts))]


@pytest.mark.parametrize(("facts", "expected"), [
    ({"direction": "outgoing"}, ["approver"]),
    ({"direction": "outgoing", "board_leads": True}, ["approver", "mayor"]),
    ({"direction": "outgoing", "costs_eur": Decimal("5000.00")}, ["approver"]),
    ({"direction": "outgoing", "costs_eur": Decimal("5000.01")},
     ["approver", "concerndirectie"]),
    ({"direction": "outgoing", "unconverted_costs": ("USD",)},
     ["approver", "concerndirectie"]),
    ({"direction": "outgoing", "travel_advice": "yellow"}, ["approver"]),
    ({"direction": "outgoing", "travel_advice": "orange"}, ["security", "approver"]),
    ({"direction": "outgoing", "travel_advice": "red", "board_leads": True,
      "costs_eur": Decimal("9000")}, ["security", "approver", "concerndirectie", "mayor"]),
    ({"direction": "outgoing", "state_actor_risk": "elevated"}, ["approver"]),
    ({"direction": "outgoing", "state_actor_risk": "high"}, ["security", "approver"]),
    # Incoming: a reception by the board needs an approver; travel advice does not apply.
    ({"direction": "incoming", "board_hosts": True}, ["approver"]),
    ({"direction": "incoming", "travel_advice": "red"}, ["approver"]),
    ({"direction": "incoming", "state_actor_risk": "high"}, ["security", "approver"]),
    # Four-eyes: never a chain without a deciding step.
    ({"direction": "incoming"}, ["approver"]),
])
def test_required_steps(facts, expected):
    assert steps(**facts) == expected


def test_roles_and_labels_of_the_steps():
    chain = required_steps(RULES, Facts("outgoing", board_leads=True, travel_advice="red",
                                        costs_eur=Decimal(6000)))
    assert [(s.step, s.role) for s in chain] == [
        ("security", "security"), ("approver", "approver"),
        ("concerndirectie", "approver"), ("mayor", "mayor")]
    assert chain[2].label["nl"] == "Concerndirectie"
    assert all(s.reason for s in chain)


def person(ref, function, staff=True):
    return PersonView(ref=ref, name=ref, function=function, staff=staff)


def mission(direction, participants, costs=()):
    return MissionView(ref="M", direction=direction, title="t", start=date(2022, 5, 1),
                       end=date(2022, 5, 2), timezone="Europe/Amsterdam", countries=("DE",),
                       participants=tuple(ParticipantView(p, r) for p, r in participants),
                       costs=tuple(costs))


def test_board_members_found_by_function_or_listed_ref():
    persons = {"w": person("w", "Wethouder Economie"), "b": person("b", "Burgemeester"),
               "o": person("o", "beleidsadviseur"), "dm": person("dm", "Deputy Mayor", False),
               "x": person("x", "Mayoral adviser")}
    f = gather_facts(RULES, mission("outgoing", [("w", "delegation_leader"), ("o", "staff")]),
                     persons, None)
    assert f.board_leads and f.board_participates and f.board_members == ("w",)
    f = gather_facts(RULES, mission("outgoing", [("o", "delegation_leader"),
                                                 ("b", "delegation_member")]), persons, None)
    assert not f.board_leads and f.board_participates
    # A word inside another word is not a board function.
    f = gather_facts(RULES, mission("outgoing", [("x", "delegation_leader")]), persons, None)
    assert not f.board_leads
    # Incoming: the visiting Deputy Mayor leads their delegation, our mayor hosts.
    f = gather_facts(RULES, mission("incoming", [("dm", "delegation_leader"), ("b", "host")]),
                     persons, None)
    assert f.board_hosts and not f.board_leads
    doc = json.loads(RULES_FILE.read_text(encoding="utf-8"))
    doc["board"]["person_refs"] = ["o"]
    flagged = parse_rules(doc)
    f = gather_facts(flagged, mission("outgoing", [("o", "delegation_leader")]), persons, None)
    assert f.board_leads


def test_costs_and_security_facts():
    m = mission("outgoing", [], costs=[CostView("a", Decimal("4000.00")),
                                       CostView("b", Decimal("1200.50"), "EUR", "IZ"),
                                       CostView("c", Decimal("100"), "USD")])
    sec = SecurityStatus("M", True, "low", None, None, 0, 0, {"DE": "yellow", "FR": "orange"},
                         "elevated", {})
    f = gather_facts(RULES, m, {}, sec)
    assert f.costs_eur == Decimal("5200.50") and f.unconverted_costs == ("USD",)
    assert f.travel_advice == "orange" and f.state_actor_risk == "elevated"
    doc = json.loads(RULES_FILE.read_text(encoding="utf-8"))
    doc["eur_rates"]["rates"] = {"USD": "0.90"}
    f = gather_facts(parse_rules(doc), m, {}, sec)
    assert f.costs_eur == Decimal("5290.50") and f.unconverted_costs == ()


@pytest.mark.parametrize(("change", "field"), [
    (lambda d: d["steps"][0].update(role="boss"), "field role"),
    (lambda d: d["steps"][1].update(when={"colour": "red"}), "field when.colour"),
    (lambda d: d["steps"][3]["when"]["any"][0].update(costs_above_eur="lots"),
     "field when.costs_above_eur"),
    (lambda d: d["steps"][0]["when"]["any"][0].update(travel_advice_at_least="purple"),
     "field when.travel_advice_at_least"),
    (lambda d: d["steps"][2].pop("step"), "field step"),
])
def test_a_bad_rules_file_is_named(change, field):
    doc = copy.deepcopy(json.loads(RULES_FILE.read_text(encoding="utf-8")))
    change(doc)
    with pytest.raises(InvalidInput, match=field) as err:
        parse_rules(doc, "rules.json")
    assert "rules.json" in str(err.value) and "steps[" in str(err.value)
