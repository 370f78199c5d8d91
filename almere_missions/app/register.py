"""The mission register: one row per mission, the themes to filter by, the clashes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from almere_missions import permissions as p
from almere_missions import policy
from almere_missions.app import Caller, Progress, no_progress, run_read
from almere_missions.planning.clashes import Clashes, clashes
from almere_missions.services.missions import count_missions, list_missions
from almere_missions.views import MissionSummary


@dataclass(frozen=True)
class Register:
    rows: list[MissionSummary]  # ordered by start date
    themes: list[tuple[str, object]]  # (code, name) of the framework in force
    #: mission ref -> open follow-up actions past their due date (empty for viewers)
    overdue: dict[str, int] = field(default_factory=dict)


def register(caller: Caller, *, today: date | None = None,
             progress: Progress = no_progress) -> Register:
    with caller.read() as uow:
        roles = p.require(uow, p.MISSION_READ)
        fw = policy.framework_in_force(uow.session)
        themes = [(e.code, e.name) for e in fw.of("theme")] if fw else []
        return Register(list_missions(uow), themes, overdue_of(uow, roles, today))


def overdue_of(uow, roles: set[str], today: date | None = None) -> dict[str, int]:
    """Overdue follow-up actions per mission, for those who may read follow-ups."""
    from almere_missions.relations.queries import overdue_counts
    from almere_missions.timeutil import now_utc

    if not p.allowed(roles, p.FOLLOWUP_READ):
        return {}
    return overdue_counts(uow, today or now_utc().date())


def season_clashes(caller: Caller, ref: str | None = None, *,
                   progress: Progress = no_progress) -> Clashes:
    """The planning checks of one mission or of all."""
    return run_read(caller, p.MISSION_READ, clashes, ref)


def mission_count(caller: Caller) -> int:
    """How many missions the database holds (the welcome page shows on none)."""
    return run_read(caller, p.MISSION_READ, count_missions)


def my_roles(caller: Caller) -> set[str]:
    """The acting user's roles (empty: not registered); the screens enable buttons by them."""
    with caller.read() as uow:
        return p.roles_of(uow)
