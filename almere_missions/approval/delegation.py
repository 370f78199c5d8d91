"""Delegation: an approver hands their authority for one role to a substitute for a period.

The substitute then decides steps of that role *on behalf of* the principal;
both names are kept with the decision, and four-eyes counts both.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from almere_missions import permissions
from almere_missions.db.models_approval import Delegation
from almere_missions.errors import InvalidInput, NotFound, Refused
from almere_missions.timeutil import now_utc
from almere_missions.uow import UnitOfWork

#: roles whose authority can be delegated
DELEGABLE = ("approver", "mayor", "security")
MAX_DAYS = 366


@dataclass(frozen=True)
class DelegationView:
    id: int
    principal: str
    substitute: str
    role: str
    valid_from: date
    valid_to: date
    reason: str | None
    created_by: str
    created_at: datetime
    revoked_at: datetime | None

    def active_on(self, day: date) -> bool:
        return self.revoked_at is None and self.valid_from <= day <= self.valid_to


def _view(d: Delegation) -> DelegationView:
    return DelegationView(d.id, d.principal, d.substitute, d.role, d.valid_from, d.valid_to,
                          d.reason, d.created_by, d.created_at, d.revoked_at)


def delegate(uow: UnitOfWork, substitute: str, role: str, valid_from: date, valid_to: date,
             *, principal: str | None = None, reason: str | None = None) -> DelegationView:
    """Record a delegation; by the principal themselves, or by an administrator for them."""
    principal = principal or uow.user
    if principal != uow.user:
        permissions.require(uow, permissions.DELEGATION_EDIT)
    if role not in DELEGABLE:
        raise InvalidInput(f"the authority of role {role!r} cannot be delegated "
                           f"(one of {', '.join(DELEGABLE)})", field="role")
    if role not in permissions.roles_of(uow, principal):
        raise Refused(f"{principal} does not hold the role {role} and cannot delegate it")
    if substitute == principal:
        raise InvalidInput("a substitute must be someone else", field="substitute")
    if not permissions.roles_of(uow, substitute):
        raise InvalidInput(f"{substitute!r} is not a registered user", field="substitute")
    if valid_to < valid_from:
        raise InvalidInput("the period ends before it starts", field="until")
    if (valid_to - valid_from).days >= MAX_DAYS:
        raise InvalidInput(f"a delegation lasts at most {MAX_DAYS} days", field="until")
    row = Delegation(principal=principal, substitute=substitute, role=role,
                     valid_from=valid_from, valid_to=valid_to, reason=reason,
                     created_by=uow.user, created_at=now_utc())
    uow.session.add(row)
    uow.flush()
    uow.record("delegation.create", "delegation", str(row.id),
               after={"principal": principal, "substitute": substitute, "role": role,
                      "from": valid_from.isoformat(), "to": valid_to.isoformat(),
                      "reason": reason})
    return _view(row)


def revoke(uow: UnitOfWork, delegation_id: int) -> DelegationView:
    row = uow.session.get(Delegation, delegation_id)
    if row is None:
        raise NotFound(f"no delegation {delegation_id}")
    if row.principal != uow.user:
        permissions.require(uow, permissions.DELEGATION_EDIT)
    if row.revoked_at is not None:
        raise Refused(f"delegation {delegation_id} was already revoked")
    row.revoked_at, row.revoked_by = now_utc(), uow.user
    uow.record("delegation.revoke", "delegation", str(row.id), before={"revoked": False},
               after={"revoked": True})
    uow.flush()
    return _view(row)


def list_delegations(uow: UnitOfWork, *, active_on: date | None = None) -> list[DelegationView]:
    permissions.require(uow, permissions.DELEGATION_READ)
    rows = [_view(d) for d in uow.session.scalars(select(Delegation).order_by(Delegation.id))]
    return [d for d in rows if active_on is None or d.active_on(active_on)]


def principals_for(uow: UnitOfWork, substitute: str, role: str, day: date) -> list[str]:
    """Whose authority for ``role`` the substitute holds on ``day`` (principals still holding it)."""
    out = []
    for d in uow.session.scalars(select(Delegation).where(
            Delegation.substitute == substitute, Delegation.role == role,
            Delegation.revoked_at.is_(None))):
        if d.valid_from <= day <= d.valid_to and role in permissions.roles_of(uow, d.principal):
            out.append(d.principal)
    return sorted(set(out))
