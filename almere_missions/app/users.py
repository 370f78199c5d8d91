"""The users of a database and their roles (reference-codes.md: Roles)."""

from __future__ import annotations

from almere_missions import permissions as p
from almere_missions.app import Caller
from almere_missions.services import users
from almere_missions.services.users import UserInfo


def add_user(caller: Caller, name: str, roles: list[str],
             display_name: str | None = None) -> UserInfo:
    """Add a user, or give an existing one more roles (admin)."""
    with caller.write() as uow:
        p.require(uow, p.USER_MANAGE)
        info = users.add(uow, name, roles, display_name)
        uow.commit()
    return info


def list_users(caller: Caller) -> list[UserInfo]:
    """Every user with their roles, by name (inactive ones too)."""
    with caller.read() as uow:
        p.require(uow, p.USER_LIST)
        return users.list_users(uow)

