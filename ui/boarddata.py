"""What the season board shows, computed without Qt (it runs in the job process)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from almere_missions.services.missions import load_snapshot
from almere_missions.uow import UnitOfWork
from ui import checks

HOST_ROLES = ("host", "staff")


@dataclass
class BoardData:
    first: date
    last: date
    missions: list = field(default_factory=list)  # MissionView
    clashes: set[str] = field(default_factory=set)
    #: Monday of the week -> {person ref: booked hours}
    host_hours: dict[date, dict[str, float]] = field(default_factory=dict)
    persons: dict = field(default_factory=dict)


def monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def board_data(uow: UnitOfWork, first: date, last: date) -> BoardData:
    """The missions of the period, host hours per week, and which missions clash."""
    snap = load_snapshot(uow, date_from=first, date_to=last)
    data = BoardData(first, last, snap.missions, persons=snap.persons)
    load: dict[date, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for m in snap.missions:
        hosts = set(m.with_role(*HOST_ROLES))
        for it in m.items:
            if it.status == "cancelled" or it.all_day:
                continue
            hours = (it.end - it.start).total_seconds() / 3600
            for person in m.persons_of(it):
                if person in hosts:
                    load[monday(it.first_day)][person] += hours
    data.host_hours = {k: dict(v) for k, v in load.items()}
    data.clashes = checks.run(uow).missions
    return data
