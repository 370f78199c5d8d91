"""``init``: create or upgrade the database (the user commands are in ``users``)."""

from __future__ import annotations

from almere_missions import policy
from almere_missions.db import schema
from almere_missions.services import users


def register(sub) -> None:
    p = sub.add_parser("init", help="create or upgrade the database and load the policy data")
    p.set_defaults(func=cmd_init)


def initialise(db, user: str) -> list[str]:
    """Create or upgrade, load the policy frameworks, make the first user admin."""
    schema.upgrade(db)
    with db.unit_of_work(user) as uow:
        changed = policy.load_reference_data(uow.session)
        users.ensure_first_admin(uow)
        uow.commit()
    return changed


def cmd_init(ctx, args) -> None:
    user = ctx.db.acting_user(ctx.user_arg)
    changed = initialise(ctx.db, user)
    print(f"database ready: {ctx.db!r}")
    for code in changed:
        print(f"policy framework loaded: {code}")

