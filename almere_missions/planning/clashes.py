"""The planning checks arranged the way the screens look them up: per item, per mission."""

from __future__ import annotations

from dataclasses import dataclass, field

from almere_missions.crashlog import write_crash_log
from almere_missions.errors import MissionsError
from almere_missions.planning.checks import check
from almere_missions.uow import UnitOfWork


@dataclass
class Clashes:
    """Problems of the programme, with where the screens show them."""

    problems: list = field(default_factory=list)
    #: where the checks themselves failed: the crash log written for it
    failed: str | None = None
    items: dict[str, list] = field(default_factory=dict)  # item ref -> problems
    missions: set[str] = field(default_factory=set)
    per_mission: dict[str, int] = field(default_factory=dict)

    @classmethod
    def of(cls, problems: list) -> Clashes:
        out = cls(problems=list(problems))
        for p in problems:
            for ref in getattr(p, "items", ()) or ():
                out.items.setdefault(ref, []).append(p)
            for ref in getattr(p, "missions", ()) or ():
                out.missions.add(ref)
                out.per_mission[ref] = out.per_mission.get(ref, 0) + 1
        return out


def clashes(uow: UnitOfWork, ref: str | None = None) -> Clashes:
    """The checks for one mission or all. A fault in the checks themselves must not stop
    the editing: it is logged, and the screens say the checks could not run."""
    try:
        return Clashes.of(check(uow, ref))
    except MissionsError:
        raise
    except Exception as exc:  # noqa: BLE001 - see above
        return Clashes(failed=str(write_crash_log(exc)))
