"""Users and their roles (which role may do what: ``almere_missions.permissions``)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from almere_missions import permissions
from almere_missions.db.models import User
from almere_missions.errors import InvalidInput
from almere_missions.uow import UnitOfWork

ROLES = permissions.ROLES  # kept for the callers that name the roles themselves


@dataclass(frozen=True)
class UserInfo:
    name: str
    display_name: str
    roles: tuple[str, ...]
    active: bool


def _info(u: User) -> UserInfo:
    return UserInfo(u.name, u.display_name, tuple(u.roles or ()), u.active)


def current(uow: UnitOfWork) -> UserInfo | None:
    u = uow.session.scalar(select(User).where(User.name == uow.user))
    return _info(u) if u else None


def roles_of(uow: UnitOfWork, name: str | None = None) -> set[str]:
    return permissions.roles_of(uow, name)


def require(uow: UnitOfWork, *roles: str) -> set[str]:
    """Refuse unless the acting user holds one of ``roles`` (admin is not a wildcard).

    New checks name an action of ``permissions.RULES`` instead (``permissions.require``).
    """
    return permissions.require_roles(uow, roles)


def ensure_first_admin(uow: UnitOfWork) -> bool:
    """The first user to set up a new database becomes its administrator (and an officer)."""
    if uow.session.scalar(select(func.count()).select_from(User)):
        return False
    uow.session.add(User(name=uow.user, display_name=uow.user, roles=["admin", "officer"]))
    uow.record("user.create", "user", uow.user, after={"roles": ["admin", "officer"]})
    return True


def add(uow: UnitOfWork, name: str, roles: list[str], display_name: str | None = None) -> UserInfo:
    require(uow, "admin")
    bad = [r for r in roles if r not in ROLES]
    if bad:
        raise InvalidInput(f"unknown role {bad[0]!r} (one of {', '.join(ROLES)})", field="role")
    if not name.strip():
        raise InvalidInput("a user needs a name", field="NAME")
    user = uow.session.scalar(select(User).where(User.name == name))
    before = list(user.roles) if user else None
    if user is None:
        user = User(name=name, display_name=display_name or name, roles=[])
        uow.session.add(user)
    merged = sorted(set(user.roles or ()) | set(roles))
    user.roles = merged
    if display_name:
        user.display_name = display_name
    uow.record("user.roles", "user", name, before=before, after=merged)
    uow.flush()
    return _info(user)


def list_users(uow: UnitOfWork) -> list[UserInfo]:
    return [_info(u) for u in uow.session.scalars(select(User).order_by(User.name))]
