"""``init`` and ``user add``."""

from __future__ import annotations

from almere_missions import policy
from almere_missions.db import schema
from almere_missions.services import users


def register(sub) -> None:
    p = sub.add_parser("init", help="create or upgrade the database and load the policy data")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("user", help="manage users (admin only)")
    usub = p.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    a = usub.add_parser("add", help="add a user or give an existing user more roles")
    a.add_argument("name")
    a.add_argument("--role", nargs="+", required=True, choices=users.ROLES, dest="roles")
    a.add_argument("--display-name")
    a.set_defaults(func=cmd_user_add)
    ls = usub.add_parser("list", help="list users and their roles")
    ls.set_defaults(func=cmd_user_list)


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


def cmd_user_add(ctx, args) -> None:
    with ctx.uow() as uow:
        info = users.add(uow, args.name, args.roles, args.display_name)
        uow.commit()
    print(f"{info.name}: {', '.join(info.roles)}")


def cmd_user_list(ctx, args) -> None:
    with ctx.uow(write=False) as uow:
        for u in users.list_users(uow):
            state = "" if u.active else "\t(inactive)"
            print(f"{u.name}\t{', '.join(u.roles)}{state}")
