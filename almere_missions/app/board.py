"""The season board: the missions of a period, the hosts' booked hours per week, clashes."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from almere_missions import permissions as p
from almere_missions.app import Caller, Progress, no_progress
from almere_missions.planning.clashes import clashes
from almere_missions.services.missions import load_snapshot

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
    #: mission ref -> open follow-up actions past their due date (empty for viewers)
    overdue: dict[str, int] = field(default_factory=dict)


def monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def board(caller: Caller, first: date, last: date, *, today: date | None = None,
          progress: Progress = no_progress) -> BoardData:
    """The missions of ``first`` to ``last``, host hours per week, which missions clash and
    which have overdue follow-up actions."""
    from almere_missions.app.register import overdue_of

    with caller.read() as uow:
        roles = p.require(uow, p.MISSION_READ)
        progress(0, 2, "")
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
        progress(1, 2, "")
        data.clashes = clashes(uow).missions
        shown = {m.ref for m in snap.missions}
        data.overdue = {ref: n for ref, n in overdue_of(uow, roles, today).items()
                        if ref in shown}
        progress(2, 2, "")
        return data
