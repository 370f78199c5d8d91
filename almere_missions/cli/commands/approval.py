"""``assess``, ``approval ...`` and ``audit verify|head|log``."""

from __future__ import annotations

import sys
from dataclasses import asdict
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from almere_missions.app import approval as app
from almere_missions.app import audit
from almere_missions.cli import print_json
from almere_missions.cli.commands.security import caller
from almere_missions.cli.listing import add_group, add_listing, checked, show
from almere_missions.errors import InvalidInput


def register(sub) -> None:
    p = sub.add_parser("assess", help="record a mission's assessment against the policy "
                                      "principles (JSON file), or show it")
    p.add_argument("ref", metavar="REF")
    p.add_argument("file", metavar="FILE.json", type=Path, nargs="?")
    p.add_argument("--json", action="store_true", help="print the assessment as JSON")
    p.set_defaults(func=cmd_assess)

    asub = add_group(sub, "approval", "the travel-approval workflow", "approval_command")
    for name, func, needs_comment, help_text in (
            ("submit", cmd_submit, False, "submit the mission for approval"),
            ("approve", cmd_approve, False, "approve the step waiting for your role"),
            ("reject", cmd_reject, True, "reject the mission (a comment says why)"),
            ("send-back", cmd_send_back, True, "send the mission back to the officer"),
            ("cancel", cmd_cancel, True, "cancel the mission"),
            ("complete", cmd_complete, False, "mark an approved mission as completed"),
            ("status", cmd_status, False, "the approval state, steps and history")):
        a = asub.add_parser(name, help=help_text)
        a.add_argument("ref", metavar="REF")
        if name not in ("status", "complete"):
            a.add_argument("--comment", required=needs_comment)
        if name == "approve":
            a.add_argument("--content-hash", metavar="HASH",
                           help="refuse if the mission's content hash is no longer this one")
        a.add_argument("--json", action="store_true")
        a.set_defaults(func=func)
    add_listing(asub, "changes", "what changed since the mission was approved", cmd_changes,
                "ref")
    a = asub.add_parser("file", help="the approval file's content as JSON")
    a.add_argument("ref", metavar="REF")
    a.set_defaults(func=cmd_file)
    a = asub.add_parser("delegate", help="hand your authority for a role to a substitute "
                                         "for a period")
    a.add_argument("substitute")
    a.add_argument("--role", required=True, choices=app.DELEGABLE)
    a.add_argument("--from", dest="valid_from", required=True, type=_date, metavar="DATE")
    a.add_argument("--until", required=True, type=_date, metavar="DATE")
    a.add_argument("--for", dest="principal", metavar="USER",
                   help="delegate for another user (admin only)")
    a.add_argument("--reason")
    a.set_defaults(func=cmd_delegate)
    a = asub.add_parser("delegations", help="list delegations")
    a.add_argument("--active", action="store_true", help="only those in force today")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_delegations)
    a = asub.add_parser("revoke", help="end a delegation")
    a.add_argument("id", type=int)
    a.set_defaults(func=cmd_revoke)

    usub = add_group(sub, "audit", "the tamper-evident audit trail", "audit_command")
    a = usub.add_parser("verify", help="recompute the chain; exit 1 naming the first bad entry")
    a.add_argument("--head", metavar="HASH", help="a head hash kept outside the database "
                                                  "that must still be in the chain")
    a.set_defaults(func=cmd_audit_verify)
    a = usub.add_parser("head", help="print the hash at the head of the chain")
    a.set_defaults(func=cmd_audit_head)
    a = usub.add_parser("log", help="the latest entries")
    a.add_argument("--mission", metavar="REF")
    a.add_argument("--limit", type=int, default=50)
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_audit_log)


_date = checked(date.fromisoformat,
                lambda text: InvalidInput(f"{text!r} is not a date (YYYY-MM-DD)"))


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


# --- assessment -------------------------------------------------------------------

def assessment_json(a: app.Assessment) -> dict[str, Any]:
    return _plain({
        "mission": a.mission_ref, "recorded": a.recorded, "complete": a.complete,
        "framework": a.framework_code, "recorded_by": a.recorded_by,
        "recorded_at": a.recorded_at,
        "principles": [{"code": p.code, "mandatory": p.mandatory, "answer": p.answer,
                        "justification": p.justification} for p in a.principles],
        "missing": list(a.missing),
        "themes": [c for c, _ in a.themes], "goals": [c for c, _ in a.goals],
        "costs": {"by_payer": [{"payer": c.payer, "currency": c.currency, "amount": c.amount}
                               for c in a.costs_by_payer],
                  "total_eur": a.costs_total_eur, "unconverted": list(a.unconverted_currencies),
                  "budget_eur": a.budget_eur, "over_budget": a.over_budget},
        "co2": {"total_kg": a.co2.total_kg, "source": a.co2.source,
                "legs": [asdict(leg) for leg in a.co2.legs],
                "not_counted": list(a.co2.not_counted), "notices": list(a.co2.notices)},
    })


def _print_assessment(a: app.Assessment) -> None:
    print(f"{a.mission_ref}: assessment under {a.framework_code}"
          + ("" if a.recorded else " (not recorded yet)"))
    for p in a.principles:
        mark = "*" if p.mandatory else " "
        print(f" {mark}{p.code}  {p.answer or '—':<15}{p.justification or ''}")
    if a.missing:
        print(f"incomplete: principle(s) {', '.join(a.missing)} need an answer or justification")
    for c in a.costs_by_payer:
        print(f"costs {c.currency} {c.amount:>10}  {c.payer or '(no payer)'}")
    budget = f" of budget EUR {a.budget_eur}" if a.budget_eur is not None else ""
    over = " — over budget" if a.over_budget else ""
    print(f"costs total EUR {a.costs_total_eur}{budget}{over}")
    print(f"CO2 of the travel: {a.co2.total_kg} kg ({len(a.co2.legs)} legs)")
    for notice in a.co2.notices:
        print(f"notice: {notice}")


def cmd_assess(ctx, args) -> None:
    if args.file is None:
        result = app.assessment(caller(ctx), args.ref)
    else:
        result = app.record_assessment_file(caller(ctx), args.ref, args.file)
    if args.json:
        print_json(assessment_json(result))
    else:
        _print_assessment(result)


# --- workflow ---------------------------------------------------------------------

def _print_status(st: app.ApprovalStatus, as_json: bool) -> None:
    if as_json:
        print_json(st.as_json())
        return
    print(f"{st.mission_ref}: {st.state}  (content {st.content_hash[:16]}…)")
    for s in st.steps:
        who = f" by {s.by}" if s.by else ""
        if s.on_behalf_of:
            who += f" for {s.on_behalf_of}"
        when = f" at {s.at:%Y-%m-%d %H:%M} UTC" if s.at else ""
        print(f"  {s.step:<16}{s.role:<10}{s.state}{who}{when}")
    for c in st.changes_since_approval:
        print(f"  changed since approval: {c.message}")


def cmd_submit(ctx, args) -> None:
    _print_status(app.submit(caller(ctx), args.ref, args.comment), args.json)


def cmd_approve(ctx, args) -> None:
    _print_status(app.approve(caller(ctx), args.ref, args.comment,
                              expected_hash=args.content_hash), args.json)


def cmd_reject(ctx, args) -> None:
    _print_status(app.reject(caller(ctx), args.ref, args.comment), args.json)


def cmd_send_back(ctx, args) -> None:
    _print_status(app.send_back(caller(ctx), args.ref, args.comment), args.json)


def cmd_cancel(ctx, args) -> None:
    _print_status(app.cancel(caller(ctx), args.ref, args.comment), args.json)


def cmd_complete(ctx, args) -> None:
    _print_status(app.complete(caller(ctx), args.ref), args.json)


def cmd_status(ctx, args) -> None:
    _print_status(app.status(caller(ctx), args.ref), args.json)


def cmd_changes(ctx, args) -> None:
    changes = app.changes_since_approval(caller(ctx), args.ref)
    show(args, {"mission": args.ref, "changes": [
        _plain({"part": c.part, "ref": c.ref, "before": c.before, "after": c.after,
                "message": c.message}) for c in changes]}, changes, lambda c: c.message)


def cmd_file(ctx, args) -> None:
    f = app.approval_file(caller(ctx), args.ref)
    m = f.mission
    print_json(_plain({
        "mission": {"ref": m.ref, "direction": m.direction, "title": m.title,
                    "start": m.start, "end": m.end, "countries": m.countries,
                    "cities": m.cities, "counterpart": m.counterpart, "purpose": f.purpose},
        "delegation": [asdict(d) for d in f.delegation],
        "programme": [asdict(line) for line in f.programme],
        "assessment": assessment_json(f.assessment),
        "security": asdict(f.security) if f.security else None,
        "approval": f.approval.as_json(),
        "other_trips": [asdict(t) for t in f.other_trips],
        "generated_at": f.generated_at.isoformat(),
    }))


def cmd_delegate(ctx, args) -> None:
    d = app.delegate(caller(ctx), args.substitute, args.role, args.valid_from, args.until,
                     principal=args.principal, reason=args.reason)
    print(f"delegation {d.id}: {d.substitute} acts as {d.role} for {d.principal} "
          f"from {d.valid_from} until {d.valid_to}")


def cmd_delegations(ctx, args) -> None:
    rows = app.delegations(caller(ctx), active_on=date.today() if args.active else None)
    show(args, {"delegations": [_plain({
        "id": d.id, "principal": d.principal, "substitute": d.substitute, "role": d.role,
        "from": d.valid_from, "until": d.valid_to, "reason": d.reason,
        "revoked": d.revoked_at is not None}) for d in rows]},
         rows, _delegation_line)


def _delegation_line(d) -> str:
    revoked = "\trevoked" if d.revoked_at else ""
    return (f"{d.id}\t{d.principal} → {d.substitute}\t{d.role}\t{d.valid_from}"
            f"\t{d.valid_to}{revoked}")


def cmd_revoke(ctx, args) -> None:
    d = app.revoke(caller(ctx), args.id)
    print(f"delegation {d.id} revoked")


# --- audit ------------------------------------------------------------------------

def cmd_audit_verify(ctx, args) -> int:
    result = audit.verify(caller(ctx), expected_head=args.head)
    if result.ok:
        print(result.message())
        return 0
    sys.stderr.write(f"almere-missions: {result.message()}\n")
    return 1


def cmd_audit_head(ctx, args) -> None:
    print(audit.head(caller(ctx)))


def cmd_audit_log(ctx, args) -> None:
    rows = audit.entries(caller(ctx), mission_ref=args.mission, limit=args.limit)
    show(args, {"entries": [{
        "seq": e.seq, "at": e.at.isoformat(), "actor": e.actor, "action": e.action,
        "entity": e.entity, "ref": e.ref, "mission": e.mission_ref, "before": e.before,
        "after": e.after, "hash": e.hash} for e in rows]},
         rows, lambda e: f"{e.seq}\t{e.at:%Y-%m-%d %H:%M:%S}\t{e.actor}\t{e.action}\t{e.ref or ''}")

