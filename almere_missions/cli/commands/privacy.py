"""``privacy purge|export|erase``: GDPR retention, subject access and erasure."""

from __future__ import annotations

from pathlib import Path

from almere_missions.app import maintenance as app
from almere_missions.cli import print_json
from almere_missions.cli.commands.security import caller
from almere_missions.cli.listing import add_group
from almere_missions.privacy import DEFAULT_MONTHS


def register(sub) -> None:
    psub = add_group(sub, "privacy", "GDPR: retention, subject access, erasure", "privacy_command")
    a = psub.add_parser("purge", help="clear personal data past the retention period")
    a.add_argument("--dry-run", action="store_true", help="only list who would be purged")
    a.add_argument("--months", type=int, default=DEFAULT_MONTHS,
                   help=f"retention after the last mission ended (default {DEFAULT_MONTHS})")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_purge)
    a = psub.add_parser("export", help="everything held on a person (subject access, JSON)")
    a.add_argument("person", metavar="PERSON")
    a.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    a.set_defaults(func=cmd_privacy_export)
    a = psub.add_parser("erase", help="anonymise a person for good")
    a.add_argument("person", metavar="PERSON")
    a.set_defaults(func=cmd_erase)


def cmd_purge(ctx, args) -> None:
    result = app.purge(caller(ctx), args.months, dry_run=args.dry_run)
    if args.json:
        print_json({"dry_run": result.dry_run, "months": result.months,
                    "today": result.today.isoformat(),
                    "persons": [{"ref": d.ref, "last_mission_end": d.last_mission_end,
                                 "due_since": d.due_since, "fields": list(d.fields)}
                                for d in result.persons]})
        return
    verb = "would purge" if args.dry_run else "purged"
    for d in result.persons:
        last = d.last_mission_end.isoformat() if d.last_mission_end else "no mission"
        print(f"{d.ref}\tlast mission ended {last}\t{', '.join(d.fields)}")
    print(f"{verb} personal data of {result.count} person(s) "
          f"({result.months} months after their last mission)")


def cmd_privacy_export(ctx, args) -> None:
    doc = app.export_person(caller(ctx), args.person, args.output)
    print(f"everything held on {args.person} written to {args.output} "
          f"({len(doc['missions'])} missions, {len(doc['programme_items'])} programme items)")


def cmd_erase(ctx, args) -> None:
    result = app.erase_person(caller(ctx), args.person)
    print(f"erased {result.ref}: cleared {', '.join(result.fields) or 'nothing left to clear'}")
    for table, n in sorted(result.removed.items()):
        print(f"removed {n} row(s) of {table}")
