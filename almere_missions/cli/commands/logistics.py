"""``logistics``, ``invite`` and ``reply``: visit logistics and invitations.

``logistics`` holds the hotels and venues, room blocks and rooms, vehicles, drivers and
rides, interpreters, guests' needs and protocol, the logistics check and the three
sheets (driver's sheet, caterer's sheet, rooming list). Every command calls a use case
of ``almere_missions.app``; bad input is refused naming the record and field (exit 2)
and writes nothing.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from almere_missions.app import logistics as lapp
from almere_missions.cli import print_json
from almere_missions.cli.listing import add_group, add_listing, checked, show
from almere_missions.errors import InvalidInput

SHEETS = {"driver-sheet": "the driver's sheets: per driver per day, the rides in time order",
          "caterer-sheet": "the caterer's sheet: per meal the counts of diets, allergies and "
                           "access needs, no names",
          "rooming-list": "the rooming list: per hotel each guest's room and nights"}


def _date(flag: str):
    return checked(date.fromisoformat, lambda text: InvalidInput(
        f"{text!r} is not a date such as 2022-05-10", field=flag))


def _whole(text: str, record: str, field: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise InvalidInput(f"{text!r} is not a whole number", record=record,
                           field=field) from None


def _by_language(pairs: list[str], record: str, field: str) -> dict[str, str] | None:
    """``--title zh=市長 --title en=Mayor`` as ``{"zh": "市長", "en": "Mayor"}``."""
    if not pairs:
        return None
    out = {}
    for pair in pairs:
        lang, sep, text = pair.partition("=")
        if not sep or not lang.strip() or not text.strip():
            raise InvalidInput(f"{pair!r} is not LANG=TEXT, such as en=Mayor", record=record,
                               field=field)
        out[lang.strip()] = text.strip()
    return out


def _say(text: str) -> None:
    print(text, file=sys.stderr)


def register(sub) -> None:
    lg_sub = add_group(sub, "logistics", "visit logistics: rooms, rides, interpreters, needs",
                       "logistics_command")
    p = lg_sub.add_parser("demo", help="give the incoming visits demo logistics, with a few "
                                       "planted problems for `check` to find")
    p.set_defaults(func=cmd_demo)
    _venues_and_people(lg_sub)
    _rooms(lg_sub)
    _transport(lg_sub)
    p = lg_sub.add_parser("interpreter", help="book an interpreter (a person with two or more "
                                              "languages) for an item")
    p.add_argument("item", metavar="ITEM")
    p.add_argument("person", metavar="PERSON")
    p.set_defaults(func=cmd_interpreter)
    add_listing(lg_sub, "interpreters", "the interpreters booked per item", cmd_interpreters,
                "mission")
    add_listing(lg_sub, "check", "the logistics problems of a mission (rooms, rides, "
                                 "interpreters, access); exit 0 whether or not found",
                cmd_check, "mission")
    for name, text in SHEETS.items():
        p = lg_sub.add_parser(name, help=f"{text} (PDF)")
        p.add_argument("mission", metavar="MISSION")
        p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
        p.add_argument("--lang", default="en", metavar="L",
                       help="language of the sheet (nl or en; other languages: English words)")
        if name == "driver-sheet":
            p.add_argument("--driver", metavar="PERSON", help="this driver only")
            p.add_argument("--day", type=_date("--day"), metavar="DATE", help="this day only")
        if name == "caterer-sheet":
            p.add_argument("--item", metavar="ITEM", help="this meal only")
        p.set_defaults(func=cmd_sheet, kind=name)

    p = sub.add_parser("invite", help="send the hosts and staff invitations to the mission's "
                                      "items (iMIP): new, changed and cancelled ones")
    p.add_argument("ref", metavar="REF")
    p.add_argument("--smtp-host", required=True, metavar="HOST")
    p.add_argument("--smtp-port", type=int, default=587, metavar="PORT")
    p.add_argument("--no-starttls", action="store_true",
                   help="send without STARTTLS (a server on this machine only)")
    p.add_argument("--smtp-user", metavar="NAME",
                   help="log in as NAME; the password is read from the system keyring")
    p.add_argument("--organizer", required=True, metavar="EMAIL")
    p.add_argument("--organizer-name", default="", metavar="NAME")
    p.add_argument("--lang", default="en", metavar="L")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_invite)

    reply_sub = add_group(sub, "reply", "replies to invitations", "reply_command")
    p = reply_sub.add_parser("import", help="record the answers of an iMIP REPLY (.ics or .eml)")
    p.add_argument("file", type=Path, metavar="FILE")
    p.set_defaults(func=cmd_reply_import)
    p = reply_sub.add_parser("set", help="record an answer given by hand")
    p.add_argument("item", metavar="ITEM")
    p.add_argument("person", metavar="PERSON")
    p.add_argument("answer", choices=("accepted", "declined", "tentative"))
    p.set_defaults(func=cmd_reply_set)
    add_listing(reply_sub, "list", "who answered what, per item", cmd_reply_list, "ref")


def _venues_and_people(lg_sub) -> None:
    p = lg_sub.add_parser("venue", help="say whether a venue is a hotel and whether it is "
                                        "step-free")
    p.add_argument("venue", metavar="VENUE")
    p.add_argument("--kind", choices=lapp.VENUE_KINDS, default="venue")
    free = p.add_mutually_exclusive_group()
    free.add_argument("--step-free", dest="step_free", action="store_true", default=None,
                      help="step-free access throughout")
    free.add_argument("--steps", dest="step_free", action="store_false",
                      help="steps only (guests who need step-free access are warned)")
    p.set_defaults(func=cmd_venue)

    ns = add_group(lg_sub, "needs", "a guest's needs (personal data)", "needs_command")
    a = ns.add_parser("set", help="record a guest's needs; replaces those recorded before")
    a.add_argument("person", metavar="PERSON")
    a.add_argument("--diet", metavar="TEXT", help="e.g. vegetarian, halal")
    a.add_argument("--allergies", metavar="TEXT", help="comma-separated, e.g. peanuts, gluten")
    a.add_argument("--accessibility", metavar="TEXT")
    a.add_argument("--step-free", action="store_true",
                   help="needs step-free venues and vehicles (wheelchair, walking frame)")
    a.set_defaults(func=cmd_needs_set)
    add_listing(ns, "show", "a guest's needs", cmd_needs_show, "person")

    p = lg_sub.add_parser("protocol", help="title, form of address and rank in the order of "
                                           "precedence of a person; replaces those before")
    p.add_argument("person", metavar="PERSON")
    p.add_argument("--title", action="append", default=[], metavar="LANG=TEXT")
    p.add_argument("--address", action="append", default=[], metavar="LANG=TEXT",
                   help="the form of address, e.g. en=Your Excellency")
    p.add_argument("--precedence", metavar="N",
                   help="1 comes first (after the head of delegation); none: after the ranked")
    p.add_argument("--show", action="store_true", help="print what is recorded, change nothing")
    p.set_defaults(func=cmd_protocol)


def _rooms(lg_sub) -> None:
    bs = add_group(lg_sub, "block", "room blocks: rooms held at a hotel for a mission",
                   "block_command")
    a = bs.add_parser("add", help="hold rooms at a hotel (a venue of kind hotel)")
    a.add_argument("mission", metavar="MISSION")
    a.add_argument("ref", metavar="REF")
    a.add_argument("--hotel", required=True, metavar="VENUE")
    _stay(a)
    a.add_argument("--rooms", required=True, metavar="N")
    a.add_argument("--rate", required=True, metavar="AMOUNT", help="per room per night")
    a.add_argument("--currency", default="EUR", metavar="CODE")
    a.add_argument("--payer", required=True, metavar="WHO")
    a.set_defaults(func=cmd_block_add)
    add_listing(bs, "list", "the mission's room blocks and rooms", cmd_block_list, "mission")

    p = lg_sub.add_parser("room", help="give a guest a room in a block")
    p.add_argument("block", metavar="BLOCK")
    p.add_argument("person", metavar="PERSON")
    p.add_argument("--room", required=True, metavar="NUMBER")
    _stay(p)
    p.set_defaults(func=cmd_room)


def _stay(p) -> None:
    """The nights of a room block or of a guest's room."""
    for flag in ("--check-in", "--check-out"):
        p.add_argument(flag, required=True, type=_date(flag), metavar="DATE")


def _transport(lg_sub) -> None:
    vs = add_group(lg_sub, "vehicle", "vehicles", "vehicle_command")
    a = vs.add_parser("add", help="add a vehicle")
    a.add_argument("ref", metavar="REF")
    a.add_argument("--name", required=True)
    a.add_argument("--seats", required=True, metavar="N", help="passenger seats")
    a.add_argument("--plate", metavar="PLATE")
    a.set_defaults(func=cmd_vehicle_add)
    add_listing(vs, "list", "the vehicles", cmd_vehicle_list)

    add_listing(lg_sub, "drivers", "who drives in a mission, on which days (one "
                                   "driver's sheet each)", cmd_drivers, "mission")

    ts = add_group(lg_sub, "trip", "rides to programme items", "trip_command")
    a = ts.add_parser("add", help="a ride to an item; the pick-up time follows from the "
                                  "travel time between the venues")
    a.add_argument("mission", metavar="MISSION")
    a.add_argument("ref", metavar="REF")
    a.add_argument("--vehicle", required=True, metavar="VEHICLE")
    a.add_argument("--to", dest="to_item", required=True, metavar="ITEM")
    start = a.add_mutually_exclusive_group()
    start.add_argument("--from", dest="from_item", metavar="ITEM",
                       help="from the venue of this item, after it ends")
    start.add_argument("--from-venue", metavar="VENUE", help="from this venue, e.g. the hotel")
    a.add_argument("--driver", metavar="PERSON")
    a.add_argument("--passenger", action="append", default=[], dest="passengers",
                   metavar="PERSON")
    a.set_defaults(func=cmd_trip_add)
    add_listing(ts, "list", "the mission's rides in time order", cmd_trip_list, "mission")


def _caller(ctx):
    return ctx.caller  # the acting user on the database, its schema checked


def cmd_demo(ctx, args) -> None:
    made = lapp.add_demo_logistics(_caller(ctx))
    print(", ".join(f"{v} {k.replace('_', ' ')}" for k, v in made.items()))


def cmd_invite(ctx, args) -> None:
    from almere_missions.app.invitations import send_invitations
    from almere_missions.logistics.smtp import SmtpSettings

    settings = SmtpSettings(args.smtp_host, args.smtp_port, starttls=not args.no_starttls,
                            user=args.smtp_user)
    sent = send_invitations(_caller(ctx), args.ref, settings, organizer_email=args.organizer,
                            organizer_name=args.organizer_name, lang=args.lang)
    if args.json:
        print_json({"mission": args.ref, "sent": [
            {"item": s.item_ref, "uid": s.uid, "method": s.method, "sequence": s.sequence,
             "attendees": s.attendees} for s in sent]})
        return
    for s in sent:
        print(f"{s.item_ref}\t{s.method}\tSEQUENCE {s.sequence}\t{s.attendees} attendees")
    print(f"{len(sent)} messages sent" if sent else "nothing new to send")


def cmd_reply_import(ctx, args) -> None:
    from almere_missions.app.invitations import import_reply

    for r in import_reply(_caller(ctx), args.file):
        print(f"{r.item_ref}\t{r.person}\t{r.reply}")


def cmd_reply_set(ctx, args) -> None:
    from almere_missions.app.invitations import record_reply

    record_reply(_caller(ctx), args.item, args.person, args.answer)
    print(f"{args.person} {args.answer} {args.item}")


def cmd_reply_list(ctx, args) -> None:
    from almere_missions.app.invitations import replies

    rows = replies(_caller(ctx), args.ref)
    show(args, {"mission": args.ref, "replies": [
        {"item": r.item_ref, "person": r.person, "reply": r.reply} for r in rows]},
         rows, lambda r: f"{r.item_ref}\t{r.person}\t{r.reply}")


# --- logistics ----------------------------------------------------------------------------

def cmd_venue(ctx, args) -> None:
    lapp.set_venue_profile(_caller(ctx), args.venue, kind=args.kind, step_free=args.step_free)
    access = {True: "step-free", False: "steps", None: "access not known"}[args.step_free]
    _say(f"venue {args.venue}: {args.kind}, {access}")


def cmd_needs_set(ctx, args) -> None:
    lapp.set_needs(_caller(ctx), args.person, dietary=args.diet, allergies=args.allergies,
                   accessibility=args.accessibility, step_free=args.step_free)
    _say(f"person {args.person}: needs recorded")


def cmd_needs_show(ctx, args) -> None:
    doc = lapp.needs(_caller(ctx), args.person)
    if args.json:
        print_json(doc)
        return
    for key in ("dietary", "allergies", "accessibility", "step_free"):
        print(f"{key}\t{doc[key] if doc[key] not in (None, '') else ''}")


def cmd_protocol(ctx, args) -> None:
    record = f"person {args.person}"
    me = _caller(ctx)
    if args.show:
        print_json(lapp.protocol(me, args.person))
        return
    rank = _whole(args.precedence, record, "precedence") if args.precedence else None
    lapp.set_protocol(me, args.person, title=_by_language(args.title, record, "title"),
                      address=_by_language(args.address, record, "address"), precedence=rank)
    _say(f"person {args.person}: protocol recorded"
         + (f", precedence {rank}" if rank is not None else ""))


def cmd_block_add(ctx, args) -> None:
    record = f"room block {args.ref}"
    lapp.add_room_block(_caller(ctx), args.mission, args.ref, hotel=args.hotel,
                        check_in=args.check_in, check_out=args.check_out,
                        rooms=_whole(args.rooms, record, "rooms"), cost_per_night=args.rate,
                        payer=args.payer, currency=args.currency)
    _say(f"room block {args.ref}: {args.rooms} rooms at {args.hotel}, "
         f"{args.check_in} to {args.check_out}")


def cmd_block_list(ctx, args) -> None:
    blocks = lapp.room_blocks(_caller(ctx), args.mission)
    if args.json:
        print_json({"mission": args.mission, "blocks": blocks})
        return
    for b in blocks:
        print(f"{b['ref']}\t{b['hotel']}\t{b['check_in']}\t{b['check_out']}\t"
              f"{b['most_rooms_in_use']}/{b['rooms']} rooms\t{b['currency']} "
              f"{b['cost_per_night']}\t{b['payer']}")
        for a in b["assignments"]:
            print(f"\t{a['person']}\t{a['room']}\t{a['check_in']}\t{a['check_out']}\t"
                  f"{a['nights']} nights")


def cmd_room(ctx, args) -> None:
    lapp.assign_room(_caller(ctx), args.block, args.person, room=args.room,
                     check_in=args.check_in, check_out=args.check_out)
    _say(f"{args.person}: room {args.room} in {args.block}, {args.check_in} to "
         f"{args.check_out}")


def cmd_vehicle_add(ctx, args) -> None:
    record = f"vehicle {args.ref}"
    lapp.add_vehicle(_caller(ctx), args.ref, name=args.name,
                     seats=_whole(args.seats, record, "seats"), plate=args.plate)
    _say(f"vehicle {args.ref}: {args.name}, {args.seats} seats")


def cmd_vehicle_list(ctx, args) -> None:
    rows = lapp.vehicles(_caller(ctx))
    show(args, {"vehicles": rows}, rows,
         lambda v: f"{v['ref']}\t{v['name']}\t{v['seats']} seats\t{v['plate'] or ''}")


def cmd_drivers(ctx, args) -> None:
    rows = lapp.drivers(_caller(ctx), args.mission)
    show(args, {"mission": args.mission, "drivers": rows},
         [(d, day) for d in rows for day in d["days"]], _driver_day_line)


def _driver_day_line(driver_day: tuple[dict, dict]) -> str:
    d, day = driver_day
    return (f"{d['ref']}\t{d['name']}\t{day['day']}\t{day['rides']} rides\t"
            f"first pick-up {day['first_pickup']}")


def cmd_trip_add(ctx, args) -> None:
    info = lapp.add_trip(_caller(ctx), args.mission, args.ref, vehicle=args.vehicle,
                         to_item=args.to_item, from_item=args.from_item,
                         from_venue=args.from_venue, driver=args.driver,
                         passengers=args.passengers)
    print(f"{info.ref}\tpick-up {info.pickup}\tarrive {info.arrive}\t{info.minutes} min")


def cmd_trip_list(ctx, args) -> None:
    rows = lapp.trips(_caller(ctx), args.mission)
    show(args, {"mission": args.mission, "trips": rows}, rows, _trip_line)


def _trip_line(t: dict) -> str:
    start = t["from_item"] or t["from_venue"] or ""
    return (f"{t['ref']}\t{t['pickup']}\t{start} -> {t['to_item']}\t{t['vehicle']}\t"
            f"{t['driver'] or ''}\t{', '.join(t['passengers'])}")


def cmd_interpreter(ctx, args) -> None:
    lapp.book_interpreter(_caller(ctx), args.item, args.person)
    _say(f"{args.person} interprets at {args.item}")


def cmd_interpreters(ctx, args) -> None:
    rows = lapp.interpreter_bookings(_caller(ctx), args.mission)
    show(args, {"mission": args.mission, "bookings": rows}, rows,
         lambda r: f"{r['item']}\t{r['interpreter']}")


def cmd_check(ctx, args) -> None:
    problems = lapp.check(_caller(ctx), args.mission)
    if not show(args, {"mission": args.mission, "problems": [
            {"kind": p.kind, "severity": p.severity, "items": list(p.items),
             "persons": list(p.persons), "message": p.message} for p in problems]},
            problems, lambda p: f"{args.mission}\t{p.severity}\t{p.kind}\t{p.message}"):
        print(f"{len(problems)} problems" if problems else "no problems")


def cmd_sheet(ctx, args) -> None:
    from almere_missions.app.documents import write_document

    written = write_document(_caller(ctx), args.mission, args.kind, "internal", args.lang,
                             args.output, driver=getattr(args, "driver", None),
                             day=getattr(args, "day", None), item=getattr(args, "item", None))
    print(f"wrote {written.path} ({written.pages} {written.unit})")
