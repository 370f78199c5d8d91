"""``programme``, ``delegation-list``, ``badges``, ``season-book`` and ``change-notice``: PDFs."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from almere_missions.documents.common import AUDIENCES
from almere_missions.errors import Refused


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date such as 2022-04-14") from None


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


def _done(path: Path, pages: int, what: str = "pages") -> None:
    print(f"wrote {path} ({pages} {what})")


def cmd_programme(ctx, args) -> None:
    from almere_missions.documents.programme import render_programme

    with ctx.uow(write=False) as uow:
        pages = render_programme(uow, args.ref, args.output, args.lang, args.audience)
    _done(args.output, pages)


def cmd_delegation_list(ctx, args) -> None:
    from almere_missions.documents.delegation import delegation_list

    with ctx.uow(write=False) as uow:
        pages = delegation_list(uow, args.ref, args.output, args.lang)
    _done(args.output, pages)


def cmd_badges(ctx, args) -> None:
    from almere_missions.documents.badges import badges

    with ctx.uow(write=False) as uow:
        sheets = badges(uow, args.ref, args.output, args.lang)
    _done(args.output, sheets, "sheets")


def cmd_season_book(ctx, args) -> None:
    from almere_missions.documents.season_book import season_book

    with ctx.uow(write=False) as uow:
        pages = season_book(uow, args.output, args.date_from, args.date_to, args.lang,
                            audience=args.audience)
    _done(args.output, pages)


def cmd_change_notice(ctx, args) -> None:
    from almere_missions.documents.change_notice import change_notice_pdf
    from almere_missions.documents.common import allow, check_request
    from almere_missions.planning.issued import change_notice
    from almere_missions.services.missions import load_snapshot

    check_request(args.lang, args.audience)
    with ctx.uow(write=False) as uow:
        allow(uow, args.audience)
        notice = change_notice(uow, args.ref)
        if notice is None:
            raise Refused(f"the programme of {args.ref} has not been issued yet, so there is "
                          "nothing to compare with")
        snap = load_snapshot(uow, [args.ref])
        pages = change_notice_pdf(notice, snap, args.output, args.lang, audience=args.audience)
    _done(args.output, pages)
