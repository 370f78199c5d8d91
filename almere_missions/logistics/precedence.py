"""The order of precedence: head of delegation first, then by the rank given, then as
entered. Printed lists (delegation list, badges, the programme's "who is who") use it;
the exchange file keeps the order as entered."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select

from almere_missions.db.models import Person
from almere_missions.db.models_logistics import PersonProtocol
from almere_missions.uow import UnitOfWork
from almere_missions.views import Snapshot

LEADER = "delegation_leader"
_CHUNK = 500


def ranks(uow: UnitOfWork, refs) -> dict[str, int]:
    refs = sorted(set(refs))
    out: dict[str, int] = {}
    for n in range(0, len(refs), _CHUNK):
        out.update(uow.session.execute(
            select(Person.ref, PersonProtocol.precedence)
            .join(PersonProtocol, PersonProtocol.person_id == Person.id)
            .where(Person.ref.in_(refs[n:n + _CHUNK]),
                   PersonProtocol.precedence.is_not(None))).all())
    return out


def sort_key(role: str, rank: int | None, position: int) -> tuple:
    return (role != LEADER, rank is None, rank or 0, position)


def in_order(uow: UnitOfWork, snap: Snapshot) -> Snapshot:
    """The snapshot with each mission's participants in the order of precedence."""
    rank = ranks(uow, (p.person for m in snap.missions for p in m.participants))
    missions = []
    for m in snap.missions:
        parts = sorted(enumerate(m.participants),
                       key=lambda e: sort_key(e[1].role, rank.get(e[1].person), e[0]))
        missions.append(replace(m, participants=tuple(p for _, p in parts)))
    return Snapshot(missions=missions, persons=snap.persons, venues=snap.venues)
