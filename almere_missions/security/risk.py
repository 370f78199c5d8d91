"""The state-actor risk register: per country a level with rationale and date.

Kept by users with the security role. The product ships no such judgements:
the register starts empty and holds only what the security advisor records
(policy §3.4 k: espionage and undesired influence, digital and physical).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from almere_missions.db.models_security import StateActorRisk
from almere_missions.errors import InvalidInput, NotFound
from almere_missions.security.advice import normalise_country
from almere_missions.services import users
from almere_missions.timeutil import now_utc
from almere_missions.uow import UnitOfWork

LEVELS = ("none", "elevated", "high")


@dataclass(frozen=True)
class RiskEntry:
    country: str
    level: str
    rationale: str
    assessed_on: date
    set_by: str
    updated_at: datetime
    version: int


def _view(row: StateActorRisk) -> RiskEntry:
    return RiskEntry(row.country, row.level, row.rationale, row.assessed_on, row.set_by,
                     row.updated_at, row.version)


def list_risks(uow: UnitOfWork) -> list[RiskEntry]:
    users.require(uow, *users.ROLES)
    rows = uow.session.scalars(select(StateActorRisk).order_by(StateActorRisk.country))
    return [_view(r) for r in rows]


def get_risk(uow: UnitOfWork, country: str) -> RiskEntry | None:
    code = normalise_country(country)
    row = uow.session.scalar(select(StateActorRisk).where(StateActorRisk.country == code))
    return _view(row) if row else None


def set_risk(uow: UnitOfWork, country: str, level: str, rationale: str,
             assessed_on: date | None = None, expected_version: int | None = None) -> RiskEntry:
    """Record or change a country's level (security role); audited with before and after."""
    users.require(uow, "security")
    code = normalise_country(country)
    if level not in LEVELS:
        raise InvalidInput(f"unknown level {level!r} (one of {', '.join(LEVELS)})", field="level")
    rationale = (rationale or "").strip()
    if not rationale:
        raise InvalidInput("a level needs a rationale", field="rationale")
    row = uow.session.scalar(select(StateActorRisk).where(StateActorRisk.country == code))
    before = None
    if row is None:
        row = StateActorRisk(country=code)
        uow.session.add(row)
    else:
        if expected_version is not None and row.version != expected_version:
            from almere_missions.errors import EditConflict

            raise EditConflict(f"the risk of {code} was changed by someone else; reload it")
        before = {"level": row.level, "rationale": row.rationale,
                  "assessed_on": row.assessed_on.isoformat()}
    row.level, row.rationale = level, rationale
    row.assessed_on = assessed_on or now_utc().date()
    row.set_by, row.updated_at = uow.user, now_utc()
    uow.flush()
    uow.record("risk.set", "state_actor_risk", code, before=before,
               after={"level": level, "rationale": rationale,
                      "assessed_on": row.assessed_on.isoformat()})
    return _view(row)


def clear_risk(uow: UnitOfWork, country: str) -> None:
    users.require(uow, "security")
    code = normalise_country(country)
    row = uow.session.scalar(select(StateActorRisk).where(StateActorRisk.country == code))
    if row is None:
        raise NotFound(f"no state-actor risk recorded for {code}")
    uow.record("risk.clear", "state_actor_risk", code,
               before={"level": row.level, "rationale": row.rationale})
    uow.session.delete(row)
    uow.flush()


def worst_level(levels) -> str | None:
    ranked = [lv for lv in levels if lv in LEVELS]
    return max(ranked, key=LEVELS.index) if ranked else None
