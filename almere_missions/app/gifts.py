"""The gift register: gifts received and given on missions, the decision on each gift
received (kept by the city, registered, returned), the rule that a gift above the threshold
needs a decision before its mission is completed, and the public register per year."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from almere_missions import permissions as p
from almere_missions.app import Caller, Progress, no_progress, run_read, run_write
from almere_missions.app.relations import _amend, _store
from almere_missions.db.models_relations import GIFT_DECISIONS, GIFT_DIRECTIONS, Gift
from almere_missions.errors import InvalidInput, PermissionDenied
from almere_missions.relations import queries, records
from almere_missions.relations import settings as relation_settings
from almere_missions.timeutil import now_utc

#: a gift is given or received; what is decided on a gift received (the choices offered)
DIRECTIONS, DECISIONS = GIFT_DIRECTIONS, GIFT_DECISIONS
_DECISION_FIELDS = ("decision", "decided_by", "decided_on")


def threshold() -> Any:
    """The value in EUR above which a gift received needs a decision (settings)."""
    return relation_settings.load().gift_threshold_eur


def save_gift(caller: Caller, doc: dict, expected_version: int | None = None) -> dict:
    """Record a gift: ``{"ref", "mission", "direction", "description", "date", "value_eur",
    "official", "counterpart", "counterpart_person", "partner", "notes"}``. The decision is
    kept as it is: it is taken with :func:`decide`."""
    with caller.write() as uow:
        roles = p.require(uow, p.GIFT_EDIT)
        kn = records.known(uow)
        clean = records.check_one("gifts", doc, kn)
        old = None
        if uow.session.query(Gift.id).filter(Gift.ref == clean["ref"]).first():
            old = records.read(uow, "gifts", clean["ref"])
        before = {k: (old or {}).get(k) for k in _DECISION_FIELDS}
        if any(clean.get(k) != before[k] for k in _DECISION_FIELDS) and not p.allowed(
                roles, p.GIFT_DECIDE):
            raise PermissionDenied(
                f"user {uow.user!r} may not decide on gift {clean['ref']} ({p.GIFT_DECIDE}): "
                f"it needs the role {' or '.join(sorted(p.RULES[p.GIFT_DECIDE]))}")
        stored = _store(uow, "gifts", clean, expected_version)
        uow.commit()
    return {**stored, "needs_decision": _needs(stored)}


def _needs(doc: dict) -> bool:
    from decimal import Decimal

    return (doc["direction"] == "received" and not doc.get("decision")
            and Decimal(doc["value_eur"]) > threshold())


def decide(caller: Caller, ref: str, decision: str, *, on: date | None = None,
           notes: str | None = None) -> dict:
    """What the city does with a gift received: kept_by_city, registered or returned."""
    if decision not in GIFT_DECISIONS:
        raise InvalidInput(f"unknown value {decision!r} (one of {', '.join(GIFT_DECISIONS)})",
                           record=f"gift ref={ref}", field="decision")

    def change(uow, doc: dict) -> None:
        doc.update(decision=decision, decided_by=uow.user,
                   decided_on=(on or now_utc().date()).isoformat())
        if notes:
            doc["notes"] = notes

    return {**_amend(caller, "gifts", ref, p.GIFT_DECIDE, change), "needs_decision": False}


def delete_gift(caller: Caller, ref: str) -> dict:
    return run_write(caller, p.GIFT_EDIT, records.delete_record, "gifts", ref)


def gifts(caller: Caller, *, mission_ref: str | None = None) -> list[dict]:
    """The full register (with personal data and notes), each with whether it needs a decision."""
    with caller.read() as uow:
        p.require(uow, p.GIFT_READ)
        where = Gift.mission_id == records.row_of_mission(uow, mission_ref) if mission_ref else None
        docs = records.read_all(uow, "gifts", where)
    return [{**d, "needs_decision": _needs(d)} for d in docs]


def register(caller: Caller, year: int, *, public: bool = True, lang: str = "en") -> list[dict]:
    """The gifts of one year; ``public`` leaves out personal data of non-public persons."""
    return run_read(caller, p.GIFT_REGISTER if public else p.GIFT_READ, queries.gifts_of_year, year,
                    lang, public=public)


def register_table(rows: list[dict], year: int, lang: str = "en"):
    from almere_missions.documents.relations import gift_table

    return gift_table(rows, year, lang)


def register_csv(caller: Caller, year: int, path: str | Path, *, lang: str = "nl",
                 delimiter: str = ",") -> int:
    """The public register as CSV; returns the number of gifts."""
    from almere_missions.reports.export import write_csv

    rows = register(caller, year, public=True, lang=lang)
    write_csv(register_table(rows, year, lang), path, delimiter)
    return len(rows)


def register_pdf(caller: Caller, year: int, path: str | Path, *, lang: str = "nl",
                 progress: Progress = no_progress) -> int:
    """The public register as a PDF for publication; returns its page count."""
    from almere_missions.documents.relations import gift_register_pdf

    rows = register(caller, year, public=True, lang=lang)
    return gift_register_pdf(rows, year, Path(path), lang, threshold(),
                             lambda done, total: progress(done, total))
