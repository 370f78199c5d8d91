"""The material content an approval is bound to: what changes its hash, and what does not."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from almere_missions.approval.content import content_hash, diff, material_content
from almere_missions.views import CostView, ItemView, MissionView, ParticipantView

T0 = datetime(2022, 4, 20, 7, 30, tzinfo=UTC)


def item(ref="i1", **kw):
    base = ItemView(ref=ref, kind="meeting", title="Meeting", start=T0,
                    end=T0 + timedelta(hours=1), timezone="Europe/Amsterdam", venue="hall",
                    description="About food", notes="internal")
    return replace(base, **kw)


MISSION = MissionView(
    ref="M", direction="incoming", title={"en": "Visit", "nl": "Bezoek"},
    start=date(2022, 4, 20), end=date(2022, 4, 21), timezone="Europe/Amsterdam",
    countries=("TW",), cities=("Taipei",), purpose="Knowledge", counterpart="Taipei",
    participants=(ParticipantView("p1", "delegation_leader"), ParticipantView("p2", "host")),
    items=(item(), item("i2", start=T0 + timedelta(hours=2), end=T0 + timedelta(hours=3))),
    costs=(CostView("Lunch", Decimal("450.00"), "EUR", "Floriade"),))
ASSESSED = {"framework": "f1", "budget_eur": "2500.00",
            "answers": {"a": ["complies", "fits"]}}


def h(mission=MISSION, assessment=ASSESSED):
    return content_hash(material_content(mission, assessment))


def test_non_material_changes_keep_the_hash():
    base = h()
    same = [
        replace(MISSION, title="Visit (typo fixed)", purpose="Knowledge exchange",
                welcome="Welcome!", counterpart="Taipei", version=9),
        replace(MISSION, items=(item(description="About food systems", notes="gift",
                                     title="Meeting!", status="confirmed"), MISSION.items[1])),
        replace(MISSION, items=tuple(reversed(MISSION.items))),
        replace(MISSION, costs=(CostView("Lunch at City Hall", Decimal("450.00"), "EUR",
                                         "Floriade"),)),
        replace(MISSION, participants=tuple(reversed(MISSION.participants))),
    ]
    for mission in same:
        assert h(mission) == base, mission


def test_material_changes_change_the_hash():
    base = h()
    changed = {
        "dates": replace(MISSION, end=date(2022, 4, 22)),
        "countries": replace(MISSION, countries=("TW", "JP")),
        "participant added": replace(MISSION, participants=MISSION.participants + (
            ParticipantView("p3", "delegation_member"),)),
        "role changed": replace(MISSION, participants=(
            ParticipantView("p1", "delegation_member"), ParticipantView("p2", "host"))),
        "cost amount": replace(MISSION, costs=(CostView("Lunch", Decimal("480.00"), "EUR",
                                                        "Floriade"),)),
        "cost payer": replace(MISSION, costs=(CostView("Lunch", Decimal("450.00"), "EUR",
                                                       "IZ"),)),
        "item time": replace(MISSION, items=(item(start=T0 + timedelta(minutes=30)),
                                             MISSION.items[1])),
        "item venue": replace(MISSION, items=(item(venue="expo"), MISSION.items[1])),
        "item cancelled": replace(MISSION, items=(item(status="cancelled"), MISSION.items[1])),
        "item added": replace(MISSION, items=MISSION.items + (item("i3"),)),
    }
    for name, mission in changed.items():
        assert h(mission) != base, name
    assert h(assessment={**ASSESSED, "budget_eur": "3000.00"}) != base
    assert h(assessment={**ASSESSED, "answers": {"a": ["concern", "fits"]}}) != base
    assert h(assessment=None) != base


def test_diff_says_what_changed():
    old = material_content(MISSION, ASSESSED)
    new_mission = replace(
        MISSION, end=date(2022, 4, 22), countries=("TW", "JP"),
        participants=(ParticipantView("p1", "delegation_leader"),
                      ParticipantView("p3", "delegation_member")),
        items=(item(start=T0 + timedelta(minutes=30), end=T0 + timedelta(hours=2)),),
        costs=(CostView("Lunch", Decimal("500.00"), "EUR", "Floriade"),))
    new = material_content(new_mission, {**ASSESSED, "answers": {"a": ["concern", "x"]}})
    messages = [c.message for c in diff(old, new)]
    assert messages == [
        "dates changed from 2022-04-20–2022-04-21 to 2022-04-20–2022-04-22",
        "countries changed from ['TW'] to ['JP', 'TW']",
        "participant p3 added as delegation_member",
        "participant p2 (host) removed",
        "costs changed from EUR 450.00 to EUR 500.00",
        "programme item i2 removed or cancelled",
        "programme item i1: end, start changed",
        "assessment changed: principle a",
    ]
    assert diff(old, old) == []


def test_content_holds_refs_not_personal_data():
    content = material_content(MISSION, ASSESSED)
    assert content["participants"] == [["p1", "delegation_leader"], ["p2", "host"]]
    assert "title" not in content and "purpose" not in content
