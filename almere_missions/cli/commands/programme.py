"""``check``, ``issue``, ``changes`` and ``template ...``: a mission's programme."""

from __future__ import annotations

from almere_missions.app import missions as missions_app
from almere_missions.app import planning as app
from almere_missions.cli import print_json
from almere_missions.cli.commands.agendas import parse_date
from almere_missions.cli.commands.security import caller
from almere_missions.cli.listing import add_group, add_listing, show
from almere_missions.exchange.export import item_doc
from almere_missions.planning.display import format_item_span
from almere_missions.text import pick


def register(sub) -> None:
    p = sub.add_parser("check", help="planning problems of one mission, or of all")
    p.add_argument("ref", nargs="?", metavar="REF")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("issue", help="keep the programme as sent to guests and hosts "
                                     "(an issued version)")
    p.add_argument("ref", metavar="REF")
    p.add_argument("--note", help="a note kept with the issued version")
    p.set_defaults(func=cmd_issue)

    add_listing(sub, "changes", "what changed since the programme was last issued",
                cmd_changes, "ref")

    tpl_sub = add_group(sub, "template", "programme templates", "template_command")
    add_listing(tpl_sub, "list", "the shipped and saved templates", cmd_template_list)
    p = tpl_sub.add_parser("apply", help="add a template's items to a mission")
    p.add_argument("ref", metavar="REF")
    p.add_argument("code", metavar="TEMPLATE")
    p.add_argument("--date", required=True, type=parse_date, metavar="DATE",
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


def cmd_check(ctx, args) -> None:
    report = app.check_report(caller(ctx), args.ref)
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


def cmd_issue(ctx, args) -> None:
    number = app.issue_programme(caller(ctx), args.ref, note=args.note)
    print(f"issued programme {number} of {args.ref}")


def _item_json(it) -> dict | None:
    return None if it is None else item_doc(it)


def cmd_changes(ctx, args) -> int:
    notice = app.change_notice(caller(ctx), args.ref)
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


def cmd_template_list(ctx, args) -> None:
    templates = app.list_templates(caller(ctx))
    show(args, {"templates": [
        {"code": t.code, "name": t.name, "description": t.description, "days": t.days,
         "items": len(t.items), "shipped": t.shipped} for t in templates]},
         templates, lambda t: f"{t.code}\t{t.days} day(s)\t{len(t.items)} items\t"
                              f"{'shipped' if t.shipped else 'saved'}\t{pick(t.name, 'en')}")


def cmd_template_apply(ctx, args) -> None:
    who = caller(ctx)
    before = len(missions_app.get_mission(who, args.ref).items)
    view = app.apply_template(who, args.ref, None, args.code, args.date)
    print(f"added {len(view.items) - before} items from {args.code} to {args.ref}")


def cmd_template_save(ctx, args) -> None:
    t = app.save_template(caller(ctx), args.ref, args.code, args.name)
    print(f"saved template {t.code} with {len(t.items)} items")


def cmd_template_delete(ctx, args) -> None:
    app.delete_template(caller(ctx), args.code)
    print(f"deleted template {args.code}")
