"""What the commands share: groups of subcommands, listings (``NAME [ARG] --json``) that
print their rows as JSON or one line each, and argument values checked in their own words."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from almere_missions.cli import print_json


def checked(convert: Callable[[str], Any], refuse: Callable[[str], Exception]):
    """An argparse ``type``: ``convert(text)``; where that fails (ValueError), the error
    ``refuse(text)`` says so in the command's words instead of argparse's."""
    def parse(text: str):
        try:
            return convert(text)
        except ValueError:
            raise refuse(text) from None
    return parse


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
