"""What the commands share: groups of subcommands, and listings (``NAME [ARG] --json``) that
print their rows as JSON or one line each."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from almere_missions.cli import print_json


def add_group(sub, name: str, help: str, dest: str):
    """``NAME ACTION ...``: a command made of subcommands; returns where they are added."""
    return sub.add_parser(name, help=help).add_subparsers(dest=dest, metavar="ACTION",
                                                          required=True)


def add_listing(sub, name: str, help: str, func, arg: str | None = None):
    """``NAME [ARG] --json``; ARG (a record's reference) is shown in capitals."""
    p = sub.add_parser(name, help=help)
    if arg is not None:
        p.add_argument(arg, metavar=arg.upper())
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=func)
    return p


def show(args, doc: Any, rows: Iterable, line: Callable[[Any], str]) -> bool:
    """``doc`` as JSON with ``--json``, else ``line(row)`` for each row; true if it was JSON
    (for the commands that add a closing line to the text)."""
    if args.json:
        print_json(doc)
        return True
    for row in rows:
        print(line(row))
    return False
