"""``ics`` (calendar files) and ``publish`` (a mission on a CalDAV calendar)."""

from __future__ import annotations

import sys
from pathlib import Path

from almere_missions.cli import UsageError


def register(sub) -> None:
    p = sub.add_parser("ics", help="write a calendar file (RFC 5545)")
    p.add_argument("ref", nargs="?", metavar="REF", help="the mission")
    who = p.add_mutually_exclusive_group()
    who.add_argument("--person", metavar="REF", help="one person's agenda across all missions")
    who.add_argument("--all", action="store_true", help="every mission's items")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    p.add_argument("--lang", default="en", help="language of the texts (default en)")
    p.add_argument("--audience", choices=("guest", "internal"),
                   help="guest: public items only, no notes (the default for a mission and "
                        "the season); internal: everything. A person's agenda defaults to "
                        "internal for the municipality's staff, guest for anyone else")
    p.set_defaults(func=cmd_ics)

    p = sub.add_parser("publish", help="put the mission's items on a CalDAV calendar")
    p.add_argument("ref", metavar="REF", help="the mission")
    p.add_argument("--caldav", required=True, metavar="URL",
                   help="the CalDAV server; the password comes from "
                        "ALMERE_MISSIONS_CALDAV_PASSWORD or the system keyring")
    p.add_argument("--calendar", required=True, metavar="NAME",
                   help="the calendar's display name (made if missing)")
    p.add_argument("--lang", default="en", help="language of the texts (default en)")
    p.add_argument("--audience", choices=("guest", "internal"), default="internal",
                   help="internal (the default: the office's shared calendar) or guest")
    p.set_defaults(func=cmd_publish)


def cmd_ics(ctx, args) -> None:
    from almere_missions.app.calendars import write_calendar

    chosen = sum(bool(x) for x in (args.ref, args.person, args.all))
    if chosen != 1:
        raise UsageError("ics: name a mission REF, or --person REF, or --all")
    written = write_calendar(ctx.caller, args.output, mission=args.ref, person=args.person,
                             season=args.all, language=args.lang, audience=args.audience)
    print(f"wrote {written.events} events to {written.path}", file=sys.stderr)


def cmd_publish(ctx, args) -> None:
    from almere_missions.app.calendars import publish

    def progress(done: int, total: int, _text: str = "") -> None:
        if sys.stderr.isatty():
            print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

    result = publish(ctx.caller, args.ref, args.caldav, args.calendar, lang=args.lang,
                     audience=args.audience, progress=progress)
    print(result.summary())
