"""``check``, ``busy import``, ``slots``, ``template ...`` and ``issue``: programme planning."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from almere_missions.cli import print_json


def register(sub) -> None:
    p = sub.add_parser("check", help="planning problems of one mission, or of all")
    p.add_argument("ref", nargs="?", metavar="REF")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_check)

    busy = sub.add_parser("busy", help="a person's existing agenda as busy times")
    busy_sub = busy.add_subparsers(dest="busy_command", metavar="ACTION")
    busy_sub.required = True
    p = busy_sub.add_parser("import", help="import an .ics export (replaces the person's "
                                            "earlier import)")
    p.add_argument("--person", required=True, metavar="REF")
    p.add_argument("--timezone", metavar="ZONE",
                   help="zone of floating times and all-day events (default: the file's, "
                        "else Europe/Amsterdam)")
    p.add_argument("file", type=Path, metavar="FILE.ics")
    p.set_defaults(func=cmd_busy_import)
    p = sub.add_parser("issue", help="keep the programme as sent to guests and hosts "
                                     "(an issued version)")
    p.add_argument("ref", metavar="REF")
    p.add_argument("--note", help="a note kept with the issued version")
    p.set_defaults(func=cmd_issue)

    p = sub.add_parser("changes", help="what changed since the programme was last issued")
    p.add_argument("ref", metavar="REF")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_changes)

    p = sub.add_parser("slots", help="earliest free slots for a meeting with these hosts")
    p.add_argument("--host", required=True, action="extend", nargs="+", metavar="REF",
                   dest="hosts")
    p.add_argument("--duration", required=True, type=int, metavar="MIN")
    p.add_argument("--from", required=True, type=_date, metavar="DATE", dest="date_from")
    p.add_argument("--to", required=True, type=_date, metavar="DATE", dest="date_to")
    p.add_argument("--timezone", default=None, metavar="ZONE",
                   help="zone of the working hours (default Europe/Amsterdam)")
    p.add_argument("--start", type=_time, metavar="HH:MM", help="working day starts")
    p.add_argument("--end", type=_time, metavar="HH:MM", help="working day ends")
    p.add_argument("--limit", type=int, metavar="N", help="at most N slots")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_slots)

    tpl = sub.add_parser("template", help="programme templates")
    tpl_sub = tpl.add_subparsers(dest="template_command", metavar="ACTION")
    tpl_sub.required = True
    p = tpl_sub.add_parser("list", help="the shipped and saved templates")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_template_list)
    p = tpl_sub.add_parser("apply", help="add a template's items to a mission")
    p.add_argument("ref", metavar="REF")
    p.add_argument("code", metavar="TEMPLATE")
    p.add_argument("--date", required=True, type=_date, metavar="DATE",
                   help="the date of the template's first day")
    p.set_defaults(func=cmd_template_apply)
    p = tpl_sub.add_parser("save", help="save a mission's programme as a new template")
    p.add_argument("ref", metavar="REF")
    p.add_argument("code", metavar="TEMPLATE")
    p.add_argument("--name", required=True)
    p.set_defaults(func=cmd_template_save)
    p = tpl_sub.add_parser("delete", help="delete a saved template")
    p.add_argument("code", metavar="TEMPLATE")
    p.set_defaults(func=cmd_template_delete)

    p = busy_sub.add_parser("show", help="list a person's busy times")
    p.add_argument("--person", required=True, metavar="REF")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_busy_show)


def cmd_check(ctx, args) -> None:
    from almere_missions.planning.checks import check_report

    with ctx.uow(write=False) as uow:
        report = check_report(uow, args.ref)
    if args.json:
        print_json(report)
        return
    total = 0
    for m in report["missions"]:
        for p in m["problems"]:
            total += 1
            print(f"{m['ref']}\t{p['severity']}\t{p['kind']}\t{p['message']}")
    missions = len(report["missions"])
    print(f"{total} problems in {missions} missions" if total else
          f"no problems in {missions} missions")


def cmd_busy_import(ctx, args) -> None:
    from almere_missions.planning.busy import import_busy

    with ctx.uow() as uow:
        result = import_busy(uow, args.person, args.file, timezone=args.timezone)
        uow.commit()
    print(f"imported {result.blocks} busy times for {result.person} from {args.file}"
          + (f" (replacing {result.replaced})" if result.replaced else ""))


def cmd_busy_show(ctx, args) -> None:
    from almere_missions.planning.busy import busy_times

    with ctx.uow(write=False) as uow:
        blocks = busy_times(uow, args.person)
    if args.json:
        print_json({"person": args.person, "busy": [
            {"start": b.start.isoformat(), "end": b.end.isoformat(), "all_day": b.all_day,
             "source": b.source} for b in blocks]})
        return
    for b in blocks:
        print(f"{b.start:%Y-%m-%d %H:%M}Z\t{b.end:%Y-%m-%d %H:%M}Z\t"
              f"{'all day' if b.all_day else ''}\t{b.source}")


def cmd_issue(ctx, args) -> None:
    from almere_missions.planning.issued import issue_programme

    with ctx.uow() as uow:
        number = issue_programme(uow, args.ref, note=args.note)
        uow.commit()
    print(f"issued programme {number} of {args.ref}")


def _item_json(it) -> dict | None:
    if it is None:
        return None
    from almere_missions.exchange.export import item_doc

    return item_doc(it)


def cmd_changes(ctx, args) -> int:
    from almere_missions.planning.display import format_item_span
    from almere_missions.planning.issued import change_notice
    from almere_missions.text import pick

    with ctx.uow(write=False) as uow:
        notice = change_notice(uow, args.ref)
    if args.json:
        print_json(None if notice is None else {
            "mission": notice.mission_ref, "issued_number": notice.issued_number,
            "issued_at": notice.issued_at.isoformat(),
            "changes": [{"change": c.change, "item": c.item_ref, "before": _item_json(c.before),
                         "after": _item_json(c.after)} for c in notice.changes]})
        return 0
    if notice is None:
        print(f"{args.ref} has not been issued yet")
        return 0
    print(f"changes since issued programme {notice.issued_number} "
          f"({notice.issued_at:%Y-%m-%d %H:%M} UTC):")
    for c in notice.changes:
        it = c.after or c.before
        print(f"{c.change}\t{c.item_ref}\t{format_item_span(it)}\t{pick(it.title, 'en')}")
    if not notice.changes:
        print("none")
    return 0


def _date(value: str) -> date:
    from almere_missions.cli import UsageError

    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{value!r} is not a date such as 2022-04-20") from None


def _time(value: str):
    from datetime import time

    from almere_missions.cli import UsageError

    try:
        return time.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{value!r} is not a time such as 09:00") from None


def cmd_slots(ctx, args) -> None:
    from datetime import timedelta

    from almere_missions.planning.display import format_instant
    from almere_missions.planning.slots import DEFAULT_ZONE, find_slots

    tz = args.timezone or DEFAULT_ZONE
    with ctx.uow(write=False) as uow:
        slots = find_slots(uow, args.hosts, timedelta(minutes=args.duration), args.date_from,
                           args.date_to, timezone=tz, work_start=args.start,
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


def cmd_template_list(ctx, args) -> None:
    from almere_missions.planning.templates import list_templates
    from almere_missions.text import pick

    with ctx.uow(write=False) as uow:
        templates = list_templates(uow)
    if args.json:
        print_json({"templates": [
            {"code": t.code, "name": t.name, "description": t.description, "days": t.days,
             "items": len(t.items), "shipped": t.shipped} for t in templates]})
        return
    for t in templates:
        print(f"{t.code}\t{t.days} day(s)\t{len(t.items)} items\t"
              f"{'shipped' if t.shipped else 'saved'}\t{pick(t.name, 'en')}")


def cmd_template_apply(ctx, args) -> None:
    from almere_missions.planning.templates import instantiate

    with ctx.uow() as uow:
        before = len(_items(uow, args.ref))
        view = instantiate(uow, args.ref, None, args.code, args.date)
        uow.commit()
    print(f"added {len(view.items) - before} items from {args.code} to {args.ref}")


def _items(uow, ref):
    from almere_missions.services.missions import get_mission

    return get_mission(uow, ref).items


def cmd_template_save(ctx, args) -> None:
    from almere_missions.planning.templates import save_as_template

    with ctx.uow() as uow:
        t = save_as_template(uow, args.ref, args.code, args.name)
        uow.commit()
    print(f"saved template {t.code} with {len(t.items)} items")


def cmd_template_delete(ctx, args) -> None:
    from almere_missions.planning.templates import delete_template

    with ctx.uow() as uow:
        delete_template(uow, args.code)
        uow.commit()
    print(f"deleted template {args.code}")
