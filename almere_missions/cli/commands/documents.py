"""``programme``, ``delegation-list``, ``badges``, ``season-book``, ``change-notice`` and
``approval-file``: the printed documents (PDF)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from almere_missions.app.documents import write_document
from almere_missions.cli.listing import checked
from almere_missions.permissions import AUDIENCES

_date = checked(date.fromisoformat, lambda text: argparse.ArgumentTypeError(
    f"{text!r} is not a date such as 2022-04-14"))


def _common(p, *, audience: bool = True) -> None:
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    p.add_argument("--lang", default="en", metavar="L",
                   help="language of the document (nl, en, or any language of the mission's "
                        "texts; falls back to English)")
    if audience:
        p.add_argument("--audience", choices=AUDIENCES, default="guest",
                       help="guest (default): public items, no notes; internal: for hosts")


def register(sub) -> None:
    p = sub.add_parser("programme", help="the printed visitor programme (PDF)")
    p.add_argument("ref", metavar="REF")
    _common(p)
    p.set_defaults(func=cmd_programme)

    p = sub.add_parser("delegation-list", help="the mission's participants as a table (PDF)")
    p.add_argument("ref", metavar="REF")
    _common(p, audience=False)
    p.set_defaults(func=cmd_delegation_list)

    p = sub.add_parser("badges", help="name badges, eight per A4 sheet (PDF)")
    p.add_argument("ref", metavar="REF")
    _common(p, audience=False)
    p.set_defaults(func=cmd_badges)

    p = sub.add_parser("season-book",
                       help="all programmes in a period, with contents and bookmarks (PDF)")
    p.add_argument("--from", dest="date_from", type=_date, required=True, metavar="DATE")
    p.add_argument("--to", dest="date_to", type=_date, required=True, metavar="DATE")
    _common(p)
    p.set_defaults(func=cmd_season_book)

    p = sub.add_parser("change-notice",
                       help="what changed since the programme was last issued (PDF)")
    p.add_argument("ref", metavar="REF")
    _common(p)
    p.set_defaults(func=cmd_change_notice)

    p = sub.add_parser("approval-file",
                       help="the approval file of a mission, for the approvers (PDF)")
    p.add_argument("ref", metavar="REF")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    p.add_argument("--lang", default="nl", metavar="L",
                   help="language of the document's words (nl, the default, or en); the "
                        "mission's own texts are picked in it")
    p.set_defaults(func=cmd_approval_file)


def _write(ctx, args, kind: str, ref: str | None = None, **dates) -> None:
    written = write_document(ctx.caller, ref, kind, getattr(args, "audience", "guest"),
                             args.lang, args.output, **dates)
    print(f"wrote {written.path} ({written.pages} {written.unit})")


def cmd_programme(ctx, args) -> None:
    _write(ctx, args, "programme", args.ref)


def cmd_delegation_list(ctx, args) -> None:
    _write(ctx, args, "delegation-list", args.ref)


def cmd_badges(ctx, args) -> None:
    _write(ctx, args, "badges", args.ref)


def cmd_season_book(ctx, args) -> None:
    _write(ctx, args, "season-book", date_from=args.date_from, date_to=args.date_to)


def cmd_change_notice(ctx, args) -> None:
    _write(ctx, args, "change-notice", args.ref)


def cmd_approval_file(ctx, args) -> None:
    _write(ctx, args, "approval-file", args.ref)
