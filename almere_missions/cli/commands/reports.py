"""``report movements|costs|co2|expo|transparency``: the reports, as tables or files."""

from __future__ import annotations

import sys
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from almere_missions.app import reports as app
from almere_missions.cli import UsageError, print_json
from almere_missions.cli.commands.security import caller
from almere_missions.reports import Table
from almere_missions.reports.charts import write_chart
from almere_missions.reports.export import write_csv, write_xlsx
from almere_missions.reports.movements import DIMENSIONS


def register(sub) -> None:
    p = sub.add_parser("report", help="travel movements, costs, CO2, the expo, transparency")
    rsub = p.add_subparsers(dest="report", metavar="REPORT", required=True)
    for name, text in (("movements", "travel movements per quarter and breakdown"),
                       ("costs", "costs by payer"), ("co2", "CO2 of the trips abroad"),
                       ("expo", "delegations received during the expo"),
                       ("transparency", "the executive board's trips abroad (public list)")):
        r = rsub.add_parser(name, help=text)
        r.add_argument("--year", type=int, required=name == "transparency")
        if name == "movements":
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


def cmd_report(ctx, args) -> None:
    me = caller(ctx)
    tables = app.report(me, args.report, year=args.year, lang=args.lang,
                        by=getattr(args, "by", None))
    wrote = False
    if getattr(args, "pdf", None):
        pages = app.transparency_pdf(me, args.year, args.pdf, args.lang)
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
