"""The users of a database and their roles (reference-codes.md: Roles)."""

from __future__ import annotations

from almere_missions import permissions as p
from almere_missions.app import Caller, run_read, run_write
from almere_missions.services import users
from almere_missions.services.users import UserInfo


def add_user(caller: Caller, name: str, roles: list[str],
             display_name: str | None = None) -> UserInfo:
    """Add a user, or give an existing one more roles (admin)."""
    return run_write(caller, p.USER_MANAGE, users.add, name, roles, display_name)


def list_users(caller: Caller) -> list[UserInfo]:
    """Every user with their roles, by name (inactive ones too)."""
    return run_read(caller, p.USER_LIST, users.list_users)

