"""Checking an assessment document against the policy framework."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from almere_missions.approval.assessment import parse
from almere_missions.errors import InvalidInput
from almere_missions.policy import KINDS, POLICY_DIR, Entry, Framework


def framework() -> Framework:
    doc = json.loads((POLICY_DIR / "almere-2020-2023.json").read_text(encoding="utf-8"))
    entries = []
    for key, kind in KINDS.items():
        for raw in doc.get(key, []):
            entries.append(Entry(kind, raw["code"], raw["name"], raw.get("text"),
                                 raw.get("parent"), {k: v for k, v in raw.items()
                                                     if k not in ("code", "name", "text")}))
    return Framework(1, doc["code"], doc["title"], date(2020, 1, 1), None, tuple(entries))


FW = framework()


def answers(**special):
    out = []
    for code in "abcdefghijkl":
        answer, just = special.get(code, ("complies", f"why {code}"))
        out.append({"code": code, "answer": answer, "justification": just})
    return out


def test_a_full_assessment_is_returned_in_the_framework_order():
    given = list(reversed(answers(b=("not_applicable", None), c=("complies", ""))))
    parsed, budget = parse({"principles": given, "budget_eur": "2500.00"}, FW)
    assert [a["code"] for a in parsed] == list("abcdefghijkl")
    assert parsed[1] == {"code": "b", "answer": "not_applicable", "justification": ""}
    assert budget == Decimal("2500.00")


def test_a_partial_assessment_is_accepted_without_budget():
    parsed, budget = parse({"principles": answers()[:3]}, FW)
    assert [a["code"] for a in parsed] == ["a", "b", "c"] and budget is None


@pytest.mark.parametrize(("doc", "field", "words"), [
    ([], None, "JSON object"),
    ({}, "principles", "list"),
    ({"principles": ["a"]}, "principles[0]", "object"),
    ({"principles": [{"code": "m", "answer": "complies"}]}, "principles[0].code", "unknown"),
    ({"principles": answers()[:1] * 2}, "principles[1].code", "twice"),
    ({"principles": [{"code": "b", "answer": "yes"}]}, "principles[0].answer", "not one of"),
    ({"principles": [{"code": "b", "answer": "concern"}]}, "principles[0].justification",
     "concern"),
    ({"principles": [{"code": "b", "answer": "concern", "justification": "  "}]},
     "principles[0].justification", "concern"),
    ({"principles": [{"code": "i", "answer": "complies"}]}, "principles[0].justification",
     "mandatory"),
    ({"principles": [{"code": "b", "answer": "complies", "justification": 3}]},
     "principles[0].justification", "text"),
    ({"principles": [], "budget_eur": 2500}, "budget_eur", "decimal strings"),
    ({"principles": [], "budget_eur": "lots"}, "budget_eur", "not a decimal"),
    ({"principles": [], "budget_eur": "-1"}, "budget_eur", "zero or more"),
    ({"principles": [], "budget_eur": "NaN"}, "budget_eur", "zero or more"),
])
def test_bad_documents_are_refused_naming_the_field(doc, field, words):
    with pytest.raises(InvalidInput, match=words) as err:
        parse(doc, FW, "a.json", "mission M")
    assert err.value.file == "a.json" and err.value.record == "mission M"
    assert err.value.field == field
