"""``check``, ``busy import``, ``slots``, ``template ...`` and ``issue``: programme planning."""

from __future__ import annotations

from almere_missions.cli import print_json


def register(sub) -> None:
    p = sub.add_parser("check", help="planning problems of one mission, or of all")
    p.add_argument("ref", nargs="?", metavar="REF")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_check)


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
