"""``logistics demo``, ``invite`` and ``reply``: visit logistics and invitations.

The logistics problems are reported by ``check`` with the clashes.
"""

from __future__ import annotations

from pathlib import Path

from almere_missions.cli import print_json
from almere_missions.cli.commands.security import caller


def register(sub) -> None:
    lg = sub.add_parser("logistics", help="visit logistics: rooms, rides, interpreters, needs")
    lg_sub = lg.add_subparsers(dest="logistics_command", metavar="ACTION")
    lg_sub.required = True
    p = lg_sub.add_parser("demo", help="give the incoming visits demo logistics, with a few "
                                       "planted problems for `check` to find")
    p.set_defaults(func=cmd_demo)

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

    reply = sub.add_parser("reply", help="replies to invitations")
    reply_sub = reply.add_subparsers(dest="reply_command", metavar="ACTION")
    reply_sub.required = True
    p = reply_sub.add_parser("import", help="record the answers of an iMIP REPLY (.ics or .eml)")
    p.add_argument("file", type=Path, metavar="FILE")
    p.set_defaults(func=cmd_reply_import)
    p = reply_sub.add_parser("set", help="record an answer given by hand")
    p.add_argument("item", metavar="ITEM")
    p.add_argument("person", metavar="PERSON")
    p.add_argument("answer", choices=("accepted", "declined", "tentative"))
    p.set_defaults(func=cmd_reply_set)
    p = reply_sub.add_parser("list", help="who answered what, per item")
    p.add_argument("ref", metavar="REF")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_reply_list)


def cmd_demo(ctx, args) -> None:
    from almere_missions.app.logistics import add_demo_logistics

    made = add_demo_logistics(caller(ctx))
    print(", ".join(f"{v} {k.replace('_', ' ')}" for k, v in made.items()))


def cmd_invite(ctx, args) -> None:
    from almere_missions.app.invitations import send_invitations
    from almere_missions.logistics.smtp import SmtpSettings

    settings = SmtpSettings(args.smtp_host, args.smtp_port, starttls=not args.no_starttls,
                            user=args.smtp_user)
    sent = send_invitations(caller(ctx), args.ref, settings, organizer_email=args.organizer,
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

    for r in import_reply(caller(ctx), args.file):
        print(f"{r.item_ref}\t{r.person}\t{r.reply}")


def cmd_reply_set(ctx, args) -> None:
    from almere_missions.app.invitations import record_reply

    record_reply(caller(ctx), args.item, args.person, args.answer)
    print(f"{args.person} {args.answer} {args.item}")


def cmd_reply_list(ctx, args) -> None:
    from almere_missions.app.invitations import replies

    rows = replies(caller(ctx), args.ref)
    if args.json:
        print_json({"mission": args.ref, "replies": [
            {"item": r.item_ref, "person": r.person, "reply": r.reply} for r in rows]})
        return
    for r in rows:
        print(f"{r.item_ref}\t{r.person}\t{r.reply}")
