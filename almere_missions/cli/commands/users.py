"""``user add`` and ``user list``: the users of the database and their roles."""

from __future__ import annotations

from almere_missions.app import users as app
from almere_missions.cli.commands.security import caller
from almere_missions.cli.listing import add_group
from almere_missions.permissions import ROLES


def register(sub) -> None:
    usub = add_group(sub, "user", "manage users (admin only)", "user_command")
    a = usub.add_parser("add", help="add a user or give an existing user more roles")
    a.add_argument("name")
    a.add_argument("--role", nargs="+", required=True, choices=ROLES, dest="roles")
    a.add_argument("--display-name")
    a.set_defaults(func=cmd_user_add)
    ls = usub.add_parser("list", help="list users and their roles")
    ls.set_defaults(func=cmd_user_list)


def cmd_user_add(ctx, args) -> None:
    info = app.add_user(caller(ctx), args.name, args.roles, args.display_name)
    print(f"{info.name}: {', '.join(info.roles)}")


def cmd_user_list(ctx, args) -> None:
    for u in app.list_users(caller(ctx)):
        state = "" if u.active else "\t(inactive)"
        print(f"{u.name}\t{', '.join(u.roles)}{state}")
