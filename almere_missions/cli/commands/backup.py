"""``backup`` and ``restore``: a consistent copy of the (SQLite) database, and back."""

from __future__ import annotations

from pathlib import Path

from almere_missions.app import maintenance as app
from almere_missions.cli.commands.security import caller


def register(sub) -> None:
    for name, help_text, func in (
            ("backup", "a consistent copy of the (SQLite) database", cmd_backup),
            ("restore", "replace the database by a checked backup", cmd_restore)):
        p = sub.add_parser(name, help=help_text)
        p.add_argument("file", type=Path)
        p.set_defaults(func=func)


def cmd_backup(ctx, args) -> None:
    info = app.backup(caller(ctx, check_schema=False), args.file)
    print(f"backup written: {info.path} ({info.size:,} bytes)")


def cmd_restore(ctx, args) -> None:
    info = app.restore(caller(ctx, check_schema=False), args.file)
    print(f"restored {info.database} from {info.source}")
    if info.previous is not None:
        print(f"the database as it was is kept in {info.previous}")
    if info.needs_upgrade:
        print("the backup has an older schema: run `almere-missions init` to upgrade it")
