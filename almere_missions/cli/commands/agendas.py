"""``busy import``, ``busy show`` and ``slots``: the hosts' agendas, busy and free times."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

from almere_missions.app import planning as app
from almere_missions.cli import UsageError, print_json
from almere_missions.cli.commands.security import caller
from almere_missions.cli.listing import add_group, checked, show


def register(sub) -> None:
    busy_sub = add_group(sub, "busy", "a person's existing agenda as busy times", "busy_command")
    p = busy_sub.add_parser("import", help="import an .ics export (replaces the person's "
                                            "earlier import)")
    p.add_argument("--person", required=True, metavar="REF")
    p.add_argument("--timezone", metavar="ZONE",
                   help="zone of floating times and all-day events (default: the file's, "
                        "else Europe/Amsterdam)")
    p.add_argument("file", type=Path, metavar="FILE.ics")
    p.set_defaults(func=cmd_busy_import)
    p = busy_sub.add_parser("show", help="list a person's busy times")
    p.add_argument("--person", required=True, metavar="REF")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_busy_show)

    p = sub.add_parser("slots", help="earliest free slots for a meeting with these hosts")
    p.add_argument("--host", required=True, action="extend", nargs="+", metavar="REF",
                   dest="hosts")
    p.add_argument("--duration", required=True, type=int, metavar="MIN")
    p.add_argument("--from", required=True, type=parse_date, metavar="DATE", dest="date_from")
    p.add_argument("--to", required=True, type=parse_date, metavar="DATE", dest="date_to")
    p.add_argument("--timezone", default=None, metavar="ZONE",
                   help="zone of the working hours (default Europe/Amsterdam)")
    p.add_argument("--start", type=_time, metavar="HH:MM", help="working day starts")
    p.add_argument("--end", type=_time, metavar="HH:MM", help="working day ends")
    p.add_argument("--limit", type=int, metavar="N", help="at most N slots")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_slots)


parse_date = checked(date.fromisoformat,
                     lambda text: UsageError(f"{text!r} is not a date such as 2022-04-20"))
_time = checked(time.fromisoformat,
                lambda text: UsageError(f"{text!r} is not a time such as 09:00"))


def cmd_busy_import(ctx, args) -> None:
    result = app.import_busy(caller(ctx), args.person, args.file, timezone=args.timezone)
    print(f"imported {result.blocks} busy times for {result.person} from {args.file}"
          + (f" (replacing {result.replaced})" if result.replaced else ""))


def cmd_busy_show(ctx, args) -> None:
    blocks = app.busy_times(caller(ctx), args.person)
    show(args, {"person": args.person, "busy": [
        {"start": b.start.isoformat(), "end": b.end.isoformat(), "all_day": b.all_day,
         "source": b.source} for b in blocks]},
         blocks, lambda b: f"{b.start:%Y-%m-%d %H:%M}Z\t{b.end:%Y-%m-%d %H:%M}Z\t"
                           f"{'all day' if b.all_day else ''}\t{b.source}")


def cmd_slots(ctx, args) -> None:
    from almere_missions.planning.display import format_instant

    tz = args.timezone or app.DEFAULT_ZONE
    slots = app.find_slots(caller(ctx), args.hosts, timedelta(minutes=args.duration),
                           args.date_from, args.date_to, timezone=tz, work_start=args.start,
                           work_end=args.end, limit=args.limit)
    if args.json:
        print_json({"hosts": args.hosts, "duration": args.duration, "timezone": tz,
                    "slots": [{"start": s.local_start.isoformat(),
                               "end": s.local_end.isoformat(),
                               "start_utc": s.start.isoformat(), "end_utc": s.end.isoformat()}
                              for s in slots]})
        return
    for s in slots:
        print(f"{s.local_start:%a %Y-%m-%d} {format_instant(s.start, tz)} – "
              f"{format_instant(s.end, tz)}")
    if not slots:
        print("no free slot in that period")
