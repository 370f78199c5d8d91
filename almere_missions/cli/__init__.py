"""The command line: ``almere-missions [--db URL] [--user NAME] COMMAND [ARGS]``.

Each module in ``almere_missions.cli.commands`` adds its commands through
``register(subparsers)``; a command is ``func(ctx, args) -> int | None``.
Exit status: 0 done, 2 invalid input or usage, 3 refused by a rule, 1 other.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import pkgutil
import sys
from dataclasses import dataclass
from typing import Any

from sqlalchemy.exc import DatabaseError

from almere_missions import __version__
from almere_missions.app import is_environment_error, translate_operational_error
from almere_missions.errors import MissionsError

log = logging.getLogger("almere_missions")


class UsageError(MissionsError):
    exit_code = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse exits 2 on usage errors too; keep its words
        self.print_usage(sys.stderr)
        raise UsageError(f"{self.prog}: {message}")


@dataclass
class Context:
    """What every command gets: the database and the acting user, as a :class:`Caller`."""

    db_url: str | None
    user_arg: str | None
    _db: Any = None

    @property
    def db(self):
        if self._db is None:
            from almere_missions.app import database, default_url

            self._db = database(self.db_url or default_url())
        return self._db

    @property
    def caller(self):
        """The acting user on this database, for the use cases of ``almere_missions.app``."""
        return self.acting()

    def acting(self, *, check_schema: bool = True):
        """The caller; without ``check_schema`` also on a database not (yet) current, for
        the commands that set it up or replace it."""
        from almere_missions.app import Caller, require_current

        if check_schema:
            require_current(self.db)
        return Caller(self.db.url, self.db.acting_user(self.user_arg))

    def uow(self, *, write: bool = True, check_schema: bool = True):
        if check_schema:
            from almere_missions.app import require_current

            require_current(self.db)
        return self.db.unit_of_work(self.db.acting_user(self.user_arg), write=write)

    def close(self) -> None:
        if self._db is not None:
            from almere_missions.app import close_databases

            close_databases()
            self._db = None


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2, default=str) + "\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="almere-missions",
                     description="Plan the international missions of the municipality of Almere.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", metavar="URL",
                        help="SQLAlchemy URL (default: $ALMERE_MISSIONS_DB, else a SQLite file "
                             "in the user's data folder)")
    parser.add_argument("--user", metavar="NAME",
                        help="acting user, SQLite only (default: the login name)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    from almere_missions.cli import commands

    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda i: i.name):
        importlib.import_module(f"{commands.__name__}.{info.name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    ctx = None
    try:
        args = build_parser().parse_args(argv)
        ctx = Context(args.db, args.user)
        code = args.func(ctx, args)
        return int(code or 0)
    except MissionsError as exc:
        sys.stderr.write(f"almere-missions: {exc}\n")
        return exc.exit_code
    except DatabaseError as exc:  # outside a unit of work, e.g. while opening the file
        if not is_environment_error(exc):
            return _crash(exc)
        problem = translate_operational_error(exc, ctx.db_url if ctx else None)
        sys.stderr.write(f"almere-missions: {problem}\n")
        return problem.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("almere-missions: interrupted; nothing was written\n")
        return 1
    except Exception as exc:  # a bug: say so plainly, keep the details in the log
        return _crash(exc)
    finally:
        if ctx is not None:
            ctx.close()


def _crash(exc: Exception) -> int:
    from almere_missions.crashlog import write_crash_log

    path = write_crash_log(exc)
    sys.stderr.write(f"almere-missions: unexpected error: {exc.__class__.__name__}: {exc}\n"
                     f"details were written to {path}\n")
    return 1
