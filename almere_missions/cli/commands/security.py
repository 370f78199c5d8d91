"""``advice``, ``screen``, ``security`` and ``risk``: the security check on the command line."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from almere_missions.app import Caller
from almere_missions.app import security as app
from almere_missions.cli import print_json
from almere_missions.cli.listing import add_group, add_listing, show
from almere_missions.errors import InvalidInput
from almere_missions.security.advice import (
    DEFAULT_STALE_DAYS,
    FETCH_TIMEOUT_S,
    STALE_ENV,
    CountryAdvice,
)
from almere_missions.security.advice_reader import UNDETERMINED
from almere_missions.security.matching import THRESHOLD_ENV
from almere_missions.security.risk import LEVELS


def _shown(colour: str | None) -> str:
    """A colour as the officer reads it; the reader's "not determined" says what to do."""
    return "not determined (read the advice)" if colour == UNDETERMINED else str(colour)


def caller(ctx, *, check_schema: bool = True) -> Caller:
    """The command's caller, on the context's database (closed when the command ends)."""
    return ctx.acting(check_schema=check_schema)


def _threshold(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise InvalidInput(f"threshold {text!r} is not a number", field="--threshold") from None
    if not 0 < value <= 1:
        raise InvalidInput("the threshold lies between 0 and 1", field="--threshold")
    return value


def register(sub) -> None:
    asub = add_group(sub, "advice", "travel advice of the Dutch government", "advice_command")
    a = asub.add_parser("import", help="store travel-advice documents (open-data XML or JSON)")
    a.add_argument("files", nargs="+", type=Path, metavar="FILE")
    a.set_defaults(func=cmd_advice_import)
    a = asub.add_parser("show", help="the current colour per country and region")
    a.add_argument("countries", nargs="*", metavar="COUNTRY")
    a.add_argument("--json", action="store_true")
    a.add_argument("--stale-days", type=int, metavar="N",
                   help=f"warn when advice is older than N days (default "
                        f"${STALE_ENV} or {DEFAULT_STALE_DAYS})")
    a.set_defaults(func=cmd_advice_show)
    add_listing(asub, "mission", "the advice for each destination and region of a mission",
                cmd_advice_mission, "ref")
    a = asub.add_parser("history", help="every stored snapshot of a country's advice")
    a.add_argument("country", metavar="COUNTRY")
    a.set_defaults(func=cmd_advice_history)
    a = asub.add_parser("fetch", help="fetch the current advice from the public service")
    a.add_argument("countries", nargs="+", metavar="COUNTRY")
    a.add_argument("--timeout", type=float, default=FETCH_TIMEOUT_S)
    a.set_defaults(func=cmd_advice_fetch)

    p = sub.add_parser("screen", help="screen a mission against sanctions lists, and decide hits")
    p.add_argument("ref", metavar="REF")
    p.add_argument("--list", action="append", type=Path, dest="lists", metavar="FILE",
                   nargs="+", help="EU consolidated XML or CSV, UN consolidated XML; without "
                                   "it, the newest stored version of each list")
    p.add_argument("--threshold", type=_threshold, default=None,
                   help=f"score from which a match is a hit, 0..1 (default ${THRESHOLD_ENV} "
                        "or 0.80)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_screen)

    add_listing(sub, "hits", "the sanctions hits of a mission and their decisions", cmd_hits,
                "ref")

    p = sub.add_parser("decide", help="decide on a sanctions hit (security role)")
    p.add_argument("ref", metavar="REF")
    p.add_argument("--hit", type=int, required=True, metavar="ID")
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--false-positive", action="store_const", const="false_positive",
                   dest="decision")
    g.add_argument("--confirmed", action="store_const", const="confirmed", dest="decision")
    p.add_argument("--reason", default="", metavar="T")
    p.set_defaults(func=cmd_decide)

    add_listing(sub, "lists", "the stored sanctions list versions", cmd_lists)

    ssub = add_group(sub, "sanctions", "store sanctions list versions without screening",
                     "sanctions_command")
    a = ssub.add_parser("import", help="store list files (EU XML or CSV, UN XML)")
    a.add_argument("files", nargs="+", type=Path, metavar="FILE")
    a.set_defaults(func=cmd_sanctions_import)

    ssub = add_group(sub, "security", "the security check of a mission", "security_command")
    a = ssub.add_parser("assess", help="record the security check from a JSON file")
    a.add_argument("ref", metavar="REF")
    a.add_argument("file", type=Path, metavar="FILE.json")
    a.set_defaults(func=cmd_security_assess)
    add_listing(ssub, "status", "the security status of a mission", cmd_security_status, "ref")

    rsub = add_group(sub, "risk", "the state-actor risk register (security role)",
                     "risk_command")
    a = rsub.add_parser("set", help="record a country's level")
    a.add_argument("country", metavar="CC")
    a.add_argument("--level", required=True, choices=LEVELS)
    a.add_argument("--rationale", required=True, metavar="T")
    a.add_argument("--date", type=date.fromisoformat, metavar="YYYY-MM-DD")
    a.set_defaults(func=cmd_risk_set)
    add_listing(rsub, "list", "the register", cmd_risk_list)
    a = rsub.add_parser("clear", help="remove a country from the register")
    a.add_argument("country", metavar="CC")
    a.set_defaults(func=cmd_risk_clear)


# --- advice --------------------------------------------------------------------------

def cmd_advice_import(ctx, args) -> None:
    done = app.import_advice(caller(ctx), args.files)
    for doc, new in done:
        regions = f", {len(doc.regions)} regions" if doc.regions else ""
        state = "stored" if new else "already stored"
        print(f"{doc.country}: {_shown(doc.colour)}{regions}, modified "
              f"{doc.modified.isoformat().replace('+00:00', 'Z')} ({state}, {doc.source})")


def _advice_json(a: CountryAdvice) -> dict:
    return {"country": a.country, "colour": a.colour,
            "modified": a.modified.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "regions": [{"name": r.name, "colour": r.colour} for r in a.regions]}


def _warn_stale(items) -> None:
    for a in items:
        if a.stale:
            sys.stderr.write(f"warning: the travel advice for {a.country} was last confirmed "
                             f"{a.age_days} days ago; fetch or import a current one\n")


def cmd_advice_show(ctx, args) -> None:
    items = app.current_advice(caller(ctx), args.countries, stale_days=args.stale_days)
    _warn_stale(items)
    if args.json:
        print_json({"countries": [_advice_json(a) for a in items]})
        return
    for a in items:
        print(f"{a.country}\t{_shown(a.colour)}\t{a.modified.strftime('%Y-%m-%dT%H:%M:%SZ')}\t"
              f"{a.location}{'  (stale)' if a.stale else ''}")
        for r in a.regions:
            print(f"\t{_shown(r.colour)}\t{r.name}")


def cmd_advice_mission(ctx, args) -> None:
    rows = app.advice_for_mission(caller(ctx), args.ref)
    _warn_stale([r.advice for r in rows if r.advice])
    if args.json:
        print_json({"mission": args.ref, "destinations": [{
            "country": r.country, "route_colour": r.route_colour, "route_known": r.route_known,
            "places": list(r.places),
            "advice": None if r.advice is None else {
                **_advice_json(r.advice), "stale": r.advice.stale,
                "regions": [{"name": g.name, "colour": g.colour, "visited": g.visited}
                            for g in r.advice.regions]}} for r in rows]})
        return
    for r in rows:
        if r.advice is None:
            print(f"{r.country}\t-\tno travel advice stored")
            continue
        route = _shown(r.route_colour)
        if not r.route_known:
            route += " (route not known)"
        print(f"{r.country}\t{route}\tcountry {_shown(r.advice.colour)}, modified "
              f"{r.advice.modified:%Y-%m-%d}{'  (stale)' if r.advice.stale else ''}")
        for g in r.advice.regions:
            print(f"\t{_shown(g.colour)}\t{g.name}{'  (visited)' if g.visited else ''}")


def cmd_advice_history(ctx, args) -> None:
    for a in app.advice_history(caller(ctx), args.country):
        regions = ", ".join(f"{_shown(r.colour)}: {r.name}" for r in a.regions)
        print(f"{a.modified.strftime('%Y-%m-%dT%H:%M:%SZ')}\t{_shown(a.colour)}\t{a.source}"
              f"\t(imported {a.imported_at:%Y-%m-%d})" + (f"\t{regions}" if regions else ""))


def cmd_advice_fetch(ctx, args) -> int:
    code = 0
    for r in app.fetch_advice(caller(ctx), args.countries, timeout=args.timeout):
        colour = _shown(r.advice.colour) if r.advice else "-"
        print(f"{r.country}\t{colour}\t{'live' if r.live else 'snapshot'}\t{r.message}")
        if not r.live:
            code = 1 if r.advice is None else code
    return code


# --- screening -------------------------------------------------------------------------

def cmd_screen(ctx, args) -> None:
    files = [f for group in (args.lists or []) for f in group]
    report = app.screen_mission(caller(ctx), args.ref, files, threshold=args.threshold)
    if args.json:
        print_json(report.as_json())
        return
    for v in report.lists:
        print(f"list {v.source} generated {v.generated_iso}, {v.entity_count} entities, "
              f"sha256 {v.sha256}")
    if not report.hits:
        print(f"{report.mission}: no hits")
    for h in report.hits:
        print(f"{_hit_line(h)}\n\t{h.explanation}")


def cmd_hits(ctx, args) -> None:
    found = app.mission_hits(caller(ctx), args.ref)
    rows, state = found.hits, found.state
    if state.stale:
        sys.stderr.write("warning: the screening is stale (" + "; ".join(state.reasons)
                         + "); it is re-run on the next check\n")
    show(args, {"mission": args.ref, "stale": state.stale, "hits": [
        {**h.as_json(), "reason": h.reason, "decided_by": h.decided_by,
         "decided_at": h.decided_at.isoformat() if h.decided_at else None} for h in rows]},
         rows, _hit_line)


def _hit_line(h) -> str:
    return (f"hit {h.id}\t{h.subject}\t{h.score:.2f}\t{h.source} {h.entity_id}\t"
            f"{h.matched_name}\t{h.decision or 'open'}")


def cmd_decide(ctx, args) -> None:
    view = app.decide_hit(caller(ctx), args.ref, args.hit, args.decision, args.reason)
    print(f"hit {view.id}: {view.decision}" + (f" ({view.reason})" if view.reason else ""))


def cmd_lists(ctx, args) -> None:
    versions = app.sanctions_lists(caller(ctx))
    show(args, {"lists": [{**v.as_json(), "id": v.id, "format": v.file_format,
                           "names": v.name_count, "file": v.file_name} for v in versions]},
         versions, lambda v: f"{v.id}\t{v.source}\t{v.generated_iso}\t{v.entity_count} "
                             f"entities\t{v.name_count} names\t{v.sha256}\t{v.file_name}")


def cmd_sanctions_import(ctx, args) -> None:
    for v, new in app.import_sanctions(caller(ctx), args.files):
        print(f"{v.source} list generated {v.generated_iso}: {v.entity_count} entities "
              f"({'stored' if new else 'already stored'})")


# --- the security check ------------------------------------------------------------------

def cmd_security_assess(ctx, args) -> None:
    view = app.record_assessment_file(caller(ctx), args.ref, args.file)
    print(f"{view.mission}: security check recorded, residual risk {view.residual_risk}")


def cmd_security_status(ctx, args) -> None:
    st = app.security_status(caller(ctx), args.ref)  # keeps a re-screening a stale one needed
    doc = {"mission": st.mission_ref, "checked": st.checked, "residual_risk": st.residual_risk,
           "advice": st.advice, "assessed_by": st.assessed_by, "open_hits": st.open_hits,
           "confirmed_hits": st.confirmed_hits, "travel_advice": st.travel_advice,
           "state_actor_risk": st.state_actor_risk, "checklist": st.checklist}
    show(args, doc, doc.items(), lambda kv: f"{kv[0]}\t{kv[1]}")


def cmd_risk_set(ctx, args) -> None:
    entry = app.set_risk(caller(ctx), args.country, args.level, args.rationale, args.date)
    print(f"{entry.country}: {entry.level} ({entry.assessed_on})")


def cmd_risk_list(ctx, args) -> None:
    entries = app.risks(caller(ctx))
    show(args, {"countries": [
        {"country": e.country, "level": e.level, "rationale": e.rationale,
         "assessed_on": e.assessed_on.isoformat(), "set_by": e.set_by} for e in entries]},
         entries, lambda e: f"{e.country}\t{e.level}\t{e.assessed_on}\t{e.set_by}\t{e.rationale}")


def cmd_risk_clear(ctx, args) -> None:
    app.clear_risk(caller(ctx), args.country)
    print(f"{args.country}: removed from the register")
