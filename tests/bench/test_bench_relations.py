"""The relation history of one partner and the College's activity agenda on the
10,000-mission database, with relations records spread over it.

    .venv/bin/python -m pytest tests/bench/test_bench_relations.py --benchmark-enable -s

The partner is linked to every 20th mission (500 missions, ~7,500 programme items of which
the meetings enter the history), with agreements, outcomes, actions and gifts on them; the
whole database holds an outcome, an action and a gift on every 4th mission.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import insert, select

from almere_missions import app
from almere_missions.app import Caller
from almere_missions.app import followup as fapp
from almere_missions.app import relations as rapp
from almere_missions.db.models import Mission, Person
from almere_missions.db.models_relations import (
    FollowUpAction,
    Gift,
    MissionOutcome,
    MissionPartner,
    Partner,
    Partnership,
)

TODAY = date(2025, 6, 1)


@pytest.fixture
def relations_db(scaled_db):
    db = scaled_db
    with db.unit_of_work(db.test_admin) as uow:
        s = uow.session
        missions = s.execute(select(Mission.id, Mission.ref, Mission.start_date,
                                    Mission.end_date).order_by(Mission.id)).all()
        hosts = list(s.scalars(select(Person.id).where(Person.staff.is_(True))))
        s.execute(insert(Partner), [{"ref": f"partner-{i}", "kind": "city", "name": f"City {i}",
                                     "country": "TW", "version": 1} for i in range(50)])
        pid = dict(s.execute(select(Partner.ref, Partner.id)).all())
        s.execute(insert(Partnership), [
            {"ref": f"ship-{i}-{k}", "partner_id": pid[f"partner-{i}"], "kind": "mou",
             "title": f"MoU {i}.{k}", "status": "active", "start_date": date(2015 + k, 1, 1),
             "end_date": date(2026 + k, 6, 30), "alderman_id": hosts[i % 8], "themes": ["food"],
             "goals": ["knowledge"], "documents": [], "version": 1}
            for i in range(50) for k in range(3)])
        ship = dict(s.execute(select(Partnership.ref, Partnership.id)).all())
        links, outcomes, actions, gifts = [], [], [], []
        for n, (mid, ref, start, end) in enumerate(missions):
            partner = "partner-0" if n % 20 == 0 else f"partner-{1 + n % 49}"
            links.append({"mission_id": mid, "partner_id": pid[partner]})
            if n % 4 and n % 20:
                continue
            sid = ship[f"ship-{partner.removeprefix('partner-')}-{n % 3}"]
            outcomes.append({"ref": f"{ref}-o", "mission_id": mid, "partnership_id": sid,
                             "text": "Outcome", "goals": ["knowledge"], "themes": ["food"],
                             "recorded_on": end, "version": 1})
            actions.append({"ref": f"{ref}-a", "mission_id": mid, "partnership_id": sid,
                            "title": "Report", "owner_id": hosts[8 + n % 30],
                            "due_date": end + timedelta(days=60),
                            "status": ("open", "done", "in_progress", "cancelled")[n % 4],
                            "version": 1})
            gifts.append({"ref": f"{ref}-g", "mission_id": mid, "direction": "received",
                          "description": "Vase", "on_date": start, "value_eur":
                          Decimal(20 + n % 200), "official_id": hosts[n % 8],
                          "counterpart": "City government", "partner_id": pid[partner],
                          "version": 1})
        s.execute(insert(MissionPartner), links)
        s.execute(insert(MissionOutcome), outcomes)
        s.execute(insert(FollowUpAction), actions)
        s.execute(insert(Gift), gifts)
        uow.commit()
    yield db
    app.close_databases()


def test_relation_history_of_one_partner(benchmark, relations_db):
    me = Caller(relations_db.url, relations_db.test_admin)
    result = benchmark(rapp.relation_history, me, "partner-0")
    assert result["missions"] == 500 and result["agreements"] == 3
    kinds = {e["kind"] for e in result["events"]}
    assert {"agreement", "mission", "meeting", "outcome", "followup", "gift"} <= kinds
    print(f"\nrelation history: {len(result['events'])} events")


def test_activity_agenda_of_a_year(benchmark, relations_db):
    me = Caller(relations_db.url, relations_db.test_admin)
    result = benchmark(fapp.agenda, me, first=date(2025, 1, 1), last=date(2025, 12, 31),
                       today=TODAY)
    missions = {m["ref"] for g in result["portfolios"] for m in g["missions"]}
    followups = {a["ref"] for g in result["portfolios"] for a in g["followups"]}
    assert len(missions) > 500 and len(followups) > 500
    assert len(result["portfolios"]) >= 8
    print(f"\nagenda: {len(missions)} missions, {len(followups)} open follow-ups, "
          f"{len(result['portfolios'])} portfolios")


def test_followup_report_of_the_whole_database(benchmark, relations_db):
    me = Caller(relations_db.url, relations_db.test_admin)
    ships, themes, goals = benchmark(fapp.followup_report, me, today=TODAY)
    assert len(ships.rows) == 150
    # an outcome on every 4th mission, less those on cancelled and rejected missions
    assert 2_000 < sum(r[5] for r in ships.rows) <= 2_500
    by_theme = {r[0]: r for r in themes.rows}
    assert by_theme["food"][3] == sum(r[5] for r in ships.rows)
    print(f"\nfollow-up report: {len(ships.rows)} agreements, {len(themes.rows)} themes, "
          f"{len(goals.rows)} goals")


def test_overdue_counts_for_the_register(benchmark, relations_db):
    me = Caller(relations_db.url, relations_db.test_admin)
    counts = benchmark(fapp.overdue_counts, me, today=TODAY)
    assert counts and all(n == 1 for n in counts.values())
    print(f"\noverdue: {len(counts)} missions with an overdue action")
