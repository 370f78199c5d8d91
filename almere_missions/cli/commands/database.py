"""``init``: create or upgrade the database (the user commands are in ``users``)."""

from __future__ import annotations

from almere_missions.app import maintenance as app


def register(sub) -> None:
    p = sub.add_parser("init", help="create or upgrade the database and load the policy data")
    p.set_defaults(func=cmd_init)


def cmd_init(ctx, args) -> None:
    # not ctx.caller: that refuses a database whose tables are not current yet
    changed = app.init_database(ctx.acting(check_schema=False))
    print(f"database ready: {ctx.db!r}")
    for code in changed:
        print(f"policy framework loaded: {code}")
