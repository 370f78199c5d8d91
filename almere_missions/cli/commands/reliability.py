"""``backup``, ``restore``, ``privacy purge|export|erase`` and ``report ...``."""

from __future__ import annotations

import sys
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from almere_missions import backup as backups
from almere_missions import privacy
from almere_missions.cli import UsageError, print_json
from almere_missions.reports import Table
from almere_missions.reports.charts import write_chart
from almere_missions.reports.export import write_csv, write_xlsx

REPORTS = ("movements", "costs", "co2", "expo", "transparency")


def register(sub) -> None:
    p = sub.add_parser("backup", help="a consistent copy of the (SQLite) database")
    p.add_argument("file", type=Path)
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="replace the database by a checked backup")
    p.add_argument("file", type=Path)
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("privacy", help="GDPR: retention, subject access, erasure")
    psub = p.add_subparsers(dest="privacy_command", metavar="ACTION", required=True)
    a = psub.add_parser("purge", help="clear personal data past the retention period")
    a.add_argument("--dry-run", action="store_true", help="only list who would be purged")
    a.add_argument("--months", type=int, default=privacy.DEFAULT_MONTHS,
                   help=f"retention after the last mission ended (default "
                        f"{privacy.DEFAULT_MONTHS})")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_purge)
    a = psub.add_parser("export", help="everything held on a person (subject access, JSON)")
    a.add_argument("person", metavar="PERSON")
    a.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    a.set_defaults(func=cmd_privacy_export)
    a = psub.add_parser("erase", help="anonymise a person for good")
    a.add_argument("person", metavar="PERSON")
    a.set_defaults(func=cmd_erase)

    p = sub.add_parser("report", help="travel movements, costs, CO2, the expo, transparency")
    rsub = p.add_subparsers(dest="report", metavar="REPORT", required=True)
    for name, text in (("movements", "travel movements per quarter and breakdown"),
                       ("costs", "costs by payer"), ("co2", "CO2 of the trips abroad"),
                       ("expo", "delegations received during the expo"),
                       ("transparency", "the executive board's trips abroad (public list)")):
        r = rsub.add_parser(name, help=text)
        r.add_argument("--year", type=int, required=name == "transparency")
        if name == "movements":
            from almere_missions.reports.movements import DIMENSIONS

            r.add_argument("--by", choices=sorted(DIMENSIONS),
                           help="one breakdown only (default: the register and every breakdown)")
        r.add_argument("--lang", default="en", help="language of names and titles (default en)")
        r.add_argument("--csv", type=Path, metavar="FILE",
                       help="write CSV (UTF-8 with BOM); with several tables, one file each")
        r.add_argument("--delimiter", default=",", help="CSV field separator (default ,)")
        r.add_argument("--xlsx", type=Path, metavar="FILE", help="write an Excel workbook")
        r.add_argument("--chart", type=Path, metavar="FILE.png", help="write the chart as PNG")
        if name == "transparency":
            r.add_argument("--pdf", type=Path, metavar="FILE.pdf",
                           help="write the list as a PDF for publication")
        r.add_argument("--json", action="store_true")
        r.set_defaults(func=cmd_report)


# --- backups -------------------------------------------------------------------------

def cmd_backup(ctx, args) -> None:
    info = backups.backup(ctx.db, args.file)
    print(f"backup written: {info.path} ({info.size:,} bytes)")


def cmd_restore(ctx, args) -> None:
    info = backups.restore(ctx.db, args.file, user=ctx.db.acting_user(ctx.user_arg))
    print(f"restored {info.database} from {info.source}")
    if info.previous is not None:
        print(f"the database as it was is kept in {info.previous}")
    if info.needs_upgrade:
        print("the backup has an older schema: run `almere-missions init` to upgrade it")


# --- privacy -------------------------------------------------------------------------

def cmd_purge(ctx, args) -> None:
    with ctx.uow() as uow:
        result = privacy.purge(uow, args.months, dry_run=args.dry_run)
        if not args.dry_run:
            uow.commit()
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
    with ctx.uow() as uow:
        doc = privacy.write_export(uow, args.person, args.output)
        uow.commit()
    print(f"everything held on {args.person} written to {args.output} "
          f"({len(doc['missions'])} missions, {len(doc['programme_items'])} programme items)")


def cmd_erase(ctx, args) -> None:
    with ctx.uow() as uow:
        result = privacy.erase(uow, args.person)
        uow.commit()
    print(f"erased {result.ref}: cleared {', '.join(result.fields) or 'nothing left to clear'}")
    for table, n in sorted(result.removed.items()):
        print(f"removed {n} row(s) of {table}")


# --- reports -------------------------------------------------------------------------

def _tables(uow, args) -> list[Table]:
    if args.report == "movements":
        from almere_missions.reports.movements import breakdown, movement_tables, movements

        if args.by:
            return [breakdown(movements(uow, args.year, args.lang), args.by, args.year)]
        return movement_tables(uow, args.year, args.lang)
    if args.report == "costs":
        from almere_missions.reports.costs import costs_by_payer

        return [costs_by_payer(uow, args.year, args.lang)]
    if args.report == "co2":
        from almere_missions.reports.co2 import co2_report

        return [co2_report(uow, args.year, args.lang)]
    if args.report == "expo":
        from almere_missions.reports.expo import expo_by_month, expo_delegations

        if args.year is not None:
            raise UsageError("report expo: the expo has its own dates; --year does not apply")
        table = expo_delegations(uow, args.lang)
        return [table, expo_by_month(table)]
    from almere_missions.reports.transparency import transparency_list

    return [transparency_list(uow, args.year, args.lang)]


def cmd_report(ctx, args) -> None:
    with ctx.uow(write=False) as uow:
        tables = _tables(uow, args)
        wrote = False
        if getattr(args, "pdf", None):
            from almere_missions.reports.transparency_pdf import transparency_pdf

            pages = transparency_pdf(uow, args.year, args.pdf, args.lang)
            print(f"wrote {args.pdf} ({pages} pages)", file=sys.stderr)
            wrote = True
    if args.csv:
        paths = _csv_paths(args.csv, tables)
        for t, path in zip(tables, paths, strict=True):
            write_csv(t, path, args.delimiter)
            print(f"wrote {path}", file=sys.stderr)
        wrote = True
    if args.xlsx:
        write_xlsx(tables, args.xlsx)
        print(f"wrote {args.xlsx}", file=sys.stderr)
        wrote = True
    if args.chart:
        charted = [t for t in tables if t.chart is not None and t.rows]
        if not charted:
            raise UsageError(f"report {args.report}: nothing to chart")
        paths = _csv_paths(args.chart, charted)
        for t, path in zip(charted, paths, strict=True):
            write_chart(t, path)
            print(f"wrote {path}", file=sys.stderr)
        wrote = True
    if args.json:
        print_json({"tables": [{"key": t.key, "title": t.title, "columns": list(t.columns),
                                "rows": [[_plain(v) for v in r] for r in t.rows],
                                "total": [_plain(v) for v in t.total] if t.total else None,
                                "note": t.note} for t in tables]})
    elif not wrote:
        for t in tables:
            _print_table(t)


def _csv_paths(path: Path, tables: list[Table]) -> list[Path]:
    """One file for one table; for several, the table's key is added to the name."""
    if len(tables) == 1:
        return [path]
    return [path.with_name(f"{path.stem}-{t.key}{path.suffix}") for t in tables]


def _plain(v):
    if isinstance(v, date | datetime):
        return v.isoformat()
    if isinstance(v, Decimal):
        return str(v)
    return v


def _print_table(t: Table) -> None:
    print(f"# {t.title}")
    if t.note:
        print(f"# {t.note}")
    print("\t".join(t.columns))
    for row in t.rows:
        print("\t".join("" if v is None else str(_plain(v)) for v in row))
    if t.total is not None:
        print("\t".join("" if v is None else str(_plain(v)) for v in t.total))
    print()
