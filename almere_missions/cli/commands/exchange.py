"""``import``, ``export`` and ``list``."""

from __future__ import annotations

import sys
from pathlib import Path

from almere_missions.app import exchange as app
from almere_missions.app.missions import list_missions
from almere_missions.cli.commands.security import caller
from almere_missions.cli.listing import add_listing, show
from almere_missions.text import pick


def register(sub) -> None:
    p = sub.add_parser("import", help="read an exchange file (all or nothing)")
    p.add_argument("file", type=Path)
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", help="write an exchange file")
    p.add_argument("file", type=Path)
    p.add_argument("--mission", action="append", metavar="REF", dest="missions")
    p.set_defaults(func=cmd_export)

    add_listing(sub, "list", "list the missions", cmd_list)


def cmd_import(ctx, args) -> None:
    result = app.import_file(caller(ctx), args.file)
    print(f"imported {args.file}: {result.summary()}")


def cmd_export(ctx, args) -> None:
    counts = app.export_file(caller(ctx), args.file, args.missions)
    print(f"exported {counts['missions']} missions, {counts['items']} items, "
          f"{counts['persons']} persons, {counts['venues']} venues to {args.file}",
          file=sys.stderr)


def cmd_list(ctx, args) -> None:
    rows = list_missions(caller(ctx))
    show(args, {"missions": [
        {"ref": r.ref, "direction": r.direction, "title": r.title,
         "start": r.start.isoformat(), "end": r.end.isoformat(), "status": r.status,
         "countries": list(r.countries)} for r in rows]},
         rows, lambda r: f"{r.ref}\t{r.direction}\t{r.start}\t{r.end}\t{r.status}\t"
                         f"{','.join(r.countries)}\t{pick(r.title, 'en')}")
