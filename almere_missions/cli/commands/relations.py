"""``partner``, ``followup`` and ``gift``: the relations registers on the command line."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from almere_missions.app import followup as fapp
from almere_missions.app import gifts as gapp
from almere_missions.app import relations as rapp
from almere_missions.cli import UsageError, print_json
from almere_missions.cli.commands.security import caller
from almere_missions.cli.listing import add_group, checked, show
from almere_missions.errors import InvalidInput
from almere_missions.fileio import read_json
from almere_missions.relations.queries import reminder_lines
from almere_missions.reports.export import write_csv


def _date(flag: str):
    return checked(date.fromisoformat, lambda text: InvalidInput(
        f"{text!r} is not a date such as 2022-04-20", field=flag))


def _doc(path: Path) -> dict:
    doc = read_json(path)
    if not isinstance(doc, dict):
        raise InvalidInput("expected a JSON object", file=str(path))
    return doc


def _say(text: str) -> None:
    print(text, file=sys.stderr)


def register(sub) -> None:
    _partner(sub)
    _followup(sub)
    _gift(sub)


# --- partner --------------------------------------------------------------------------------

def _partner(sub) -> None:
    ps = add_group(sub, "partner", "partner cities, networks, companies, institutions",
                   "partner_command")
    a = ps.add_parser("add", help="add or change a partner")
    a.add_argument("ref", metavar="REF")
    a.add_argument("--kind", required=True, choices=rapp.PARTNER_KINDS)
    a.add_argument("--name", required=True)
    a.add_argument("--country", metavar="ALPHA2")
    a.add_argument("--city")
    a.add_argument("--website")
    a.set_defaults(func=cmd_partner_add)
    a = ps.add_parser("save", help="add or change a partner from a JSON file (exchange shape)")
    a.add_argument("file", type=Path, metavar="FILE.json")
    a.set_defaults(func=lambda ctx, args: _print_saved(rapp.save_partner(
        caller(ctx), _doc(args.file))))
    a = ps.add_parser("agreement", help="add or change an agreement (twinning, MoU, ...)")
    a.add_argument("ref", metavar="REF")
    a.add_argument("--partner", required=True, metavar="PARTNER")
    a.add_argument("--kind", required=True, choices=rapp.RELATION_KINDS)
    a.add_argument("--title", required=True)
    a.add_argument("--status", default="active", choices=rapp.RELATION_STATES)
    a.add_argument("--start", type=_date("--start"))
    a.add_argument("--end", type=_date("--end"))
    a.add_argument("--alderman", metavar="PERSON")
    a.add_argument("--department")
    a.add_argument("--theme", action="append", default=[], dest="themes")
    a.add_argument("--goal", action="append", default=[], dest="goals")
    a.add_argument("--contact", action="append", default=[], dest="contacts", metavar="PERSON")
    a.add_argument("--document", action="append", default=[], dest="documents", nargs=2,
                   metavar=("TITLE", "FILE"), help="a reference to a file (the MoU itself)")
    a.set_defaults(func=cmd_partner_agreement)
    a = ps.add_parser("list", help="partners and their agreements")
    a.add_argument("--kind", choices=rapp.PARTNER_KINDS)
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_partner_list)
    a = ps.add_parser("show", help="one partner with its agreements")
    a.add_argument("ref", metavar="REF")
    a.set_defaults(func=lambda ctx, args: print_json(rapp.get_partner(caller(ctx), args.ref)))
    a = ps.add_parser("link", help="say which partners a mission concerns")
    a.add_argument("mission", metavar="MISSION")
    a.add_argument("partners", nargs="*", metavar="PARTNER")
    a.set_defaults(func=cmd_partner_link)
    a = ps.add_parser("reminders", help="agreements that end soon")
    a.add_argument("--days", type=int, help="look this many days ahead (default: settings)")
    a.add_argument("--today", type=_date("--today"))
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_partner_reminders)
    a = ps.add_parser("history", help="everything on record with a partner, in time order")
    a.add_argument("ref", metavar="REF")
    a.add_argument("--person", action="store_true",
                   help="REF is a person: their missions, meetings, agreements and gifts")
    a.add_argument("--lang", default="nl")
    a.add_argument("--pdf", type=Path, metavar="FILE.pdf", help="write the dossier as a PDF")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_partner_history)


def _mission_record(group, name: str, help_text: str):
    """``NAME MISSION --ref REF``: a record kept with a mission, found by its own ref."""
    p = group.add_parser(name, help=help_text)
    p.add_argument("mission", metavar="MISSION")
    p.add_argument("--ref", required=True)
    return p


def _print_saved(doc: dict) -> None:
    kind = "gift" if "direction" in doc else "record"
    _say(f"{kind} {doc['ref']}: {doc['result']}")
    if doc.get("needs_decision"):
        _say(f"gift {doc['ref']} needs a decision before its mission can be completed "
             f"(above EUR {gapp.threshold()})")


def cmd_partner_add(ctx, args) -> None:
    doc = {"ref": args.ref, "kind": args.kind, "name": args.name}
    for key in ("country", "city", "website"):
        if getattr(args, key):
            doc[key] = getattr(args, key)
    _print_saved(rapp.save_partner(caller(ctx), doc))


def cmd_partner_agreement(ctx, args) -> None:
    doc = {"ref": args.ref, "partner": args.partner, "kind": args.kind, "title": args.title,
           "status": args.status, "themes": args.themes, "goals": args.goals,
           "contacts": args.contacts,
           "documents": [{"title": t, "file": f} for t, f in args.documents]}
    for key in ("start", "end"):
        if getattr(args, key):
            doc[key] = getattr(args, key).isoformat()
    for key in ("alderman", "department"):
        if getattr(args, key):
            doc[key] = getattr(args, key)
    _print_saved(rapp.save_partnership(caller(ctx), doc))


def cmd_partner_list(ctx, args) -> None:
    me = caller(ctx)
    partners = rapp.list_partners(me, args.kind)
    show(args, {"partners": partners}, partners, _partner_line)
    for line in reminder_lines(rapp.lapsing_agreements(me)):
        _say(f"reminder: {line}")


def _partner_line(d: dict) -> str:
    name = d["name"] if isinstance(d["name"], str) else next(iter(d["name"].values()))
    ships = ", ".join(f"{s['ref']} ({s['kind']}, {s['status']})" for s in d["partnerships"])
    return f"{d['ref']}\t{d['kind']}\t{name}\t{d.get('country', '')}\t{ships}"


def cmd_partner_link(ctx, args) -> None:
    linked = rapp.set_mission_partners(caller(ctx), args.mission, args.partners)
    _say(f"mission {args.mission}: partners {', '.join(linked) or '(none)'}")


def cmd_partner_reminders(ctx, args) -> None:
    rows = rapp.lapsing_agreements(caller(ctx), today=args.today, days=args.days)
    show(args, {"agreements": rows}, reminder_lines(rows), str)


def cmd_partner_history(ctx, args) -> None:
    me = caller(ctx)
    history, pdf = ((rapp.person_history, rapp.person_history_pdf) if args.person
                    else (rapp.relation_history, rapp.relation_history_pdf))
    if args.pdf:
        pages = pdf(me, args.ref, args.pdf, args.lang)
        _say(f"wrote {args.pdf} ({pages} pages)")
        if not args.json:
            return
    data = history(me, args.ref, args.lang)
    if args.json:
        print_json(data)
        return
    for e in data["events"]:
        print("\t".join((e["date"], e["kind"], e["ref"], e["title"], e["detail"],
                         e["mission"] or "")))


# --- followup -------------------------------------------------------------------------------

def _followup(sub) -> None:
    fs = add_group(sub, "followup", "outcomes and follow-up actions of missions; the agenda",
                   "followup_command")
    a = _mission_record(fs, "add", "add or change a follow-up action of a mission")
    a.add_argument("--title", required=True)
    a.add_argument("--owner", metavar="PERSON")
    a.add_argument("--department")
    a.add_argument("--due", required=True, type=_date("--due"))
    a.add_argument("--status", default="open", choices=fapp.ACTION_STATES)
    a.add_argument("--partnership", metavar="AGREEMENT")
    a.add_argument("--notes")
    a.set_defaults(func=cmd_followup_add)
    a = _mission_record(fs, "outcome", "record what a mission yielded")
    a.add_argument("--text", required=True)
    a.add_argument("--goal", action="append", default=[], dest="goals")
    a.add_argument("--theme", action="append", default=[], dest="themes")
    a.add_argument("--partnership", metavar="AGREEMENT")
    a.set_defaults(func=cmd_followup_outcome)
    a = fs.add_parser("status", help="move an action on: open, in_progress, done, cancelled")
    a.add_argument("ref", metavar="REF")
    a.add_argument("status", choices=fapp.ACTION_STATES)
    a.add_argument("--done-on", type=_date("--done-on"))
    a.set_defaults(func=cmd_followup_status)
    a = fs.add_parser("list", help="follow-up actions, of one mission or all")
    a.add_argument("--mission", metavar="MISSION")
    a.add_argument("--open", action="store_true", help="only open and in-progress actions")
    a.add_argument("--outcomes", action="store_true", help="the outcomes instead")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_followup_list)
    a = fs.add_parser("overdue", help="open actions past their due date")
    a.add_argument("--today", type=_date("--today"))
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_followup_overdue)
    a = fs.add_parser("agenda", help="the College's activity agenda: planned missions and open "
                                     "follow-ups per portfolio")
    a.add_argument("--from", dest="first", type=_date("--from"), help="default today")
    a.add_argument("--to", dest="last", type=_date("--to"), help="default a year on")
    a.add_argument("--today", type=_date("--today"), help="the day overdue is counted from")
    a.add_argument("--lang", default="nl")
    a.add_argument("--pdf", type=Path, metavar="FILE.pdf")
    a.add_argument("--xlsx", type=Path, metavar="FILE.xlsx")
    a.add_argument("--csv", type=Path, metavar="FILE.csv",
                   help="two files: FILE-agenda_missions.csv and FILE-agenda_followups.csv")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_followup_agenda)


def cmd_followup_add(ctx, args) -> None:
    doc = {"ref": args.ref, "mission": args.mission, "title": args.title,
           "due": args.due.isoformat(), "status": args.status}
    for key, value in (("owner", args.owner), ("owner_department", args.department),
                       ("partnership", args.partnership), ("notes", args.notes)):
        if value:
            doc[key] = value
    _print_saved(fapp.save_action(caller(ctx), doc))


def cmd_followup_outcome(ctx, args) -> None:
    doc = {"ref": args.ref, "mission": args.mission, "text": args.text, "goals": args.goals,
           "themes": args.themes}
    if args.partnership:
        doc["partnership"] = args.partnership
    _print_saved(fapp.save_outcome(caller(ctx), doc))


def cmd_followup_status(ctx, args) -> None:
    _print_saved(fapp.set_action_status(caller(ctx), args.ref, args.status,
                                        done_on=args.done_on))


def cmd_followup_list(ctx, args) -> None:
    me = caller(ctx)
    if args.outcomes:
        rows = fapp.outcomes(me, args.mission)
        show(args, {"outcomes": rows}, rows, _outcome_line)
        return
    rows = fapp.actions(me, mission_ref=args.mission, open_only=args.open)
    show(args, {"actions": rows}, rows, _action_line)


def _outcome_line(o: dict) -> str:
    text = o["text"] if isinstance(o["text"], str) else next(iter(o["text"].values()))
    return f"{o['ref']}\t{o['mission']}\t{','.join(o.get('goals', []))}\t{text}"


def _action_line(a: dict) -> str:
    title = a["title"] if isinstance(a["title"], str) else next(iter(a["title"].values()))
    return "\t".join((a["ref"], a["mission"], a["due"], a["status"] + (
        " (overdue)" if a["overdue"] else ""), title))


def cmd_followup_overdue(ctx, args) -> None:
    rows = fapp.overdue_actions(caller(ctx), today=args.today)
    show(args, {"actions": rows}, rows,
         lambda a: f"{a['ref']}\t{a['mission']}\tdue {a['due']} ({a['days_overdue']} days "
                   f"overdue)\t{a['owner']}\t{a['title']}")


def cmd_followup_agenda(ctx, args) -> None:
    me = caller(ctx)
    span = {"first": args.first, "last": args.last, "today": args.today}
    wrote = False
    if args.pdf:
        pages = fapp.agenda_pdf(me, args.pdf, lang=args.lang, **span)
        _say(f"wrote {args.pdf} ({pages} pages)")
        wrote = True
    if args.xlsx:
        fapp.agenda_xlsx(me, args.xlsx, lang=args.lang, **span)
        _say(f"wrote {args.xlsx}")
        wrote = True
    data = fapp.agenda(me, lang=args.lang, **span)
    if args.csv:
        for t in fapp.agenda_tables(data, args.lang):
            path = args.csv.with_name(f"{args.csv.stem}-{t.key}{args.csv.suffix}")
            write_csv(t, path)
            _say(f"wrote {path}")
        wrote = True
    if args.json:
        print_json(data)
    elif not wrote:
        for g in data["portfolios"]:
            print(f"# {g['portfolio']}")
            for m in g["missions"]:
                print(f"mission\t{m['ref']}\t{m['start']}\t{m['end']}\t{m['status']}\t{m['title']}")
            for a in g["followups"]:
                print(f"followup\t{a['ref']}\t{a['due']}\t{a['status']}"
                      f"{' (overdue)' if a['overdue'] else ''}\t{a['title']}")


# --- gift -----------------------------------------------------------------------------------

def _gift(sub) -> None:
    gs = add_group(sub, "gift", "the gift register: gifts received and given on missions",
                   "gift_command")
    a = _mission_record(gs, "add", "record a gift received or given on a mission")
    a.add_argument("--direction", required=True, choices=gapp.DIRECTIONS)
    a.add_argument("--what", required=True, help="what the gift is")
    a.add_argument("--date", required=True, type=_date("--date"))
    a.add_argument("--value", required=True, metavar="EUR", help="estimated value, e.g. 45.00")
    a.add_argument("--official", metavar="PERSON", help="who received or gave it")
    a.add_argument("--counterpart", help="from or to which organisation")
    a.add_argument("--counterpart-person", metavar="PERSON")
    a.add_argument("--partner", metavar="PARTNER")
    a.add_argument("--notes")
    a.set_defaults(func=cmd_gift_add)
    a = gs.add_parser("decide", help="what the city does with a gift received")
    a.add_argument("ref", metavar="REF")
    a.add_argument("decision", choices=gapp.DECISIONS)
    a.add_argument("--on", type=_date("--on"))
    a.set_defaults(func=lambda ctx, args: _print_saved(gapp.decide(
        caller(ctx), args.ref, args.decision, on=args.on)))
    a = gs.add_parser("list", help="the full register (internal)")
    a.add_argument("--mission", metavar="MISSION")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_gift_list)
    a = gs.add_parser("register", help="the public register of one year")
    a.add_argument("--year", type=int, required=True)
    a.add_argument("--lang", default="nl")
    a.add_argument("--pdf", type=Path, metavar="FILE.pdf")
    a.add_argument("--csv", type=Path, metavar="FILE.csv")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_gift_register)


def cmd_gift_add(ctx, args) -> None:
    doc = {"ref": args.ref, "mission": args.mission, "direction": args.direction,
           "description": args.what, "date": args.date.isoformat(), "value_eur": args.value}
    for key, value in (("official", args.official), ("counterpart", args.counterpart),
                       ("counterpart_person", args.counterpart_person),
                       ("partner", args.partner), ("notes", args.notes)):
        if value:
            doc[key] = value
    _print_saved(gapp.save_gift(caller(ctx), doc))


def cmd_gift_list(ctx, args) -> None:
    rows = gapp.gifts(caller(ctx), mission_ref=args.mission)
    show(args, {"gifts": rows}, rows, _gift_line)


def _gift_line(g: dict) -> str:
    what = g["description"] if isinstance(g["description"], str) else next(
        iter(g["description"].values()))
    state = g.get("decision") or ("needs a decision" if g["needs_decision"] else "")
    return "\t".join((g["ref"], g["mission"], g["date"], g["direction"], g["value_eur"],
                      state, what))


def cmd_gift_register(ctx, args) -> None:
    me = caller(ctx)
    if args.year < 1900 or args.year > 2200:
        raise UsageError(f"gift register: {args.year} is not a year")
    wrote = False
    if args.pdf:
        pages = gapp.register_pdf(me, args.year, args.pdf, lang=args.lang)
        _say(f"wrote {args.pdf} ({pages} pages)")
        wrote = True
    if args.csv:
        n = gapp.register_csv(me, args.year, args.csv, lang=args.lang)
        _say(f"wrote {args.csv} ({n} gifts)")
        wrote = True
    rows = gapp.register(me, args.year, public=True, lang=args.lang)
    if args.json:
        print_json({"year": args.year, "gifts": rows})
    elif not wrote:
        for r in rows:
            print("\t".join(str(r[k]) for k in ("date", "direction", "description", "official",
                                                "counterpart", "value_eur", "decision",
                                                "mission")))
