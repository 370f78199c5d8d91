"""Follow-up of missions: what each one yielded (outcomes tagged with the policy's goals and
themes), the actions that follow from it, overdue actions, and the College's activity agenda
(§5.1.1): planned missions and open follow-ups per portfolio."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from almere_missions import permissions as p
from almere_missions.app import Caller, Progress, no_progress, run_read
from almere_missions.app.relations import _amend, _delete, _save
from almere_missions.db.models_relations import (
    ACTION_STATES,  # also the front ends' choices
    OPEN_ACTION_STATES,
    FollowUpAction,
    MissionOutcome,
)
from almere_missions.errors import InvalidInput
from almere_missions.relations import queries, records
from almere_missions.timeutil import now_utc

#: the agenda's default span: from today, a year ahead
AGENDA_DAYS = 365


# --- outcomes -----------------------------------------------------------------------------

def save_outcome(caller: Caller, doc: dict, expected_version: int | None = None) -> dict:
    """``{"ref", "mission", "text", "goals", "themes", "partnership", "recorded_on"}``."""
    return _save(caller, "outcomes", doc, p.FOLLOWUP_EDIT, expected_version)


def delete_outcome(caller: Caller, ref: str) -> dict:
    return _delete(caller, "outcomes", ref, p.FOLLOWUP_EDIT)


def outcomes(caller: Caller, mission_ref: str | None = None) -> list[dict]:
    with caller.read() as uow:
        p.require(uow, p.FOLLOWUP_READ)
        where = None
        if mission_ref:
            where = MissionOutcome.mission_id == records.row_of_mission(uow, mission_ref)
        return records.read_all(uow, "outcomes", where)


# --- actions ------------------------------------------------------------------------------

def save_action(caller: Caller, doc: dict, expected_version: int | None = None) -> dict:
    """``{"ref", "mission", "title", "owner", "owner_department", "due", "status",
    "partnership", "done_on", "notes"}``; an action needs an owner or a department."""
    return _save(caller, "followups", doc, p.FOLLOWUP_EDIT, expected_version)


def set_action_status(caller: Caller, ref: str, status: str, *,
                      done_on: date | None = None) -> dict:
    """Move an action on: open, in_progress, done (on ``done_on``, default today), cancelled."""
    if status not in ACTION_STATES:
        raise InvalidInput(f"unknown value {status!r} (one of {', '.join(ACTION_STATES)})",
                           record=f"followup ref={ref}", field="status")

    def change(_uow, doc: dict) -> None:
        doc["status"] = status
        doc.pop("done_on", None)
        if status == "done":
            doc["done_on"] = (done_on or now_utc().date()).isoformat()

    return _amend(caller, "followups", ref, p.FOLLOWUP_EDIT, change)


def delete_action(caller: Caller, ref: str) -> dict:
    return _delete(caller, "followups", ref, p.FOLLOWUP_EDIT)


def actions(caller: Caller, *, mission_ref: str | None = None, open_only: bool = False,
            today: date | None = None) -> list[dict]:
    """Follow-up actions (of one mission, or all), each with whether it is overdue."""
    today = today or now_utc().date()
    with caller.read() as uow:
        p.require(uow, p.FOLLOWUP_READ)
        conds = []
        if mission_ref:
            conds.append(FollowUpAction.mission_id == records.row_of_mission(uow, mission_ref))
        if open_only:
            conds.append(FollowUpAction.status.in_(OPEN_ACTION_STATES))
        from sqlalchemy import and_

        docs = records.read_all(uow, "followups", and_(*conds) if conds else None)
    for d in docs:
        d["overdue"] = d["status"] in OPEN_ACTION_STATES and date.fromisoformat(d["due"]) < today
    return docs


def overdue_actions(caller: Caller, *, today: date | None = None, lang: str = "en") -> list[dict]:
    return run_read(caller, p.FOLLOWUP_READ, queries.overdue_actions, today or now_utc().date(),
                    lang)


# --- the activity agenda ------------------------------------------------------------------

def _span(first: date | None, last: date | None, today: date) -> tuple[date, date]:
    first = first or today
    last = last or first + timedelta(days=AGENDA_DAYS)
    if last < first:
        raise InvalidInput(f"the end {last} is before the start {first}", field="--to")
    return first, last


def agenda(caller: Caller, *, first: date | None = None, last: date | None = None,
           today: date | None = None, lang: str = "en") -> dict:
    """``{"from", "to", "portfolios": [{"portfolio", "person", "missions", "followups"}]}``."""
    today = today or now_utc().date()
    first, last = _span(first, last, today)
    with caller.read() as uow:
        p.require(uow, p.AGENDA_READ)
        groups = queries.agenda(uow, first, last, today, lang)
    return {"from": first.isoformat(), "to": last.isoformat(), "today": today.isoformat(),
            "portfolios": groups}


def agenda_tables(data: dict, lang: str = "en"):
    """The agenda as report tables (missions, follow-ups), for CSV and XLSX."""
    from almere_missions.documents.relations import agenda_tables as tables

    return tables(data, lang)


def agenda_pdf(caller: Caller, path: str | Path, *, first: date | None = None,
               last: date | None = None, today: date | None = None, lang: str = "nl",
               progress: Progress = no_progress) -> int:
    from almere_missions.documents.relations import agenda_pdf as write_pdf

    data = agenda(caller, first=first, last=last, today=today, lang=lang)
    return write_pdf(data, Path(path), lang, lambda done, total: progress(done, total))


def agenda_xlsx(caller: Caller, path: str | Path, *, first: date | None = None,
                last: date | None = None, today: date | None = None, lang: str = "nl") -> int:
    """Write the agenda as an Excel workbook; returns the number of rows written."""
    from almere_missions.reports.export import write_xlsx

    data = agenda(caller, first=first, last=last, today=today, lang=lang)
    tables = agenda_tables(data, lang)
    write_xlsx(tables, path)
    return sum(len(t.rows) for t in tables)


# --- overdue per mission, and the follow-up reports ---------------------------------------

def overdue_counts(caller: Caller, *, today: date | None = None) -> dict[str, int]:
    """Per mission ref, its open actions past their due date. Follow-ups are internal: for a
    user who may not read them the answer is empty (the register and board show no marker)."""
    with caller.read() as uow:
        if not p.allowed(p.roles_of(uow), p.FOLLOWUP_READ):
            return {}
        return queries.overdue_counts(uow, today or now_utc().date())


def followup_report(caller: Caller, *, year: int | None = None, today: date | None = None,
                    lang: str = "en") -> list:
    """Missions, outcomes, open and overdue actions per partnership, per theme and per goal
    (``year``: of the missions' start; None: all), as report tables."""
    from almere_missions.reports.followup import followup_tables

    return run_read(caller, p.FOLLOWUP_READ, followup_tables, year, today or now_utc().date(),
                    lang)


def followup_report_xlsx(caller: Caller, path: str | Path, *, year: int | None = None,
                         today: date | None = None, lang: str = "nl") -> int:
    """Write the three follow-up tables as an Excel workbook; returns the rows written."""
    from almere_missions.reports.export import write_xlsx

    tables = followup_report(caller, year=year, today=today, lang=lang)
    write_xlsx(tables, path)
    return sum(len(t.rows) for t in tables)


def mission_followup(caller: Caller, mission_ref: str, *, today: date | None = None,
                     lang: str = "en") -> dict:
    """What the editor's follow-up tab shows of one mission: its outcomes, its actions (each
    with whether it is overdue), its gifts (each with whether it still needs a decision), the
    agreements to link them to and the gift threshold. ``{"refused": text}`` for a user who
    may not read follow-ups, so the tab says why it is empty."""
    from almere_missions.app import gifts as gifts_app
    from almere_missions.errors import PermissionDenied
    from almere_missions.text import pick

    today = today or now_utc().date()
    with caller.read() as uow:
        roles = p.roles_of(uow)
        if not (p.allowed(roles, p.FOLLOWUP_READ) and p.allowed(roles, p.GIFT_READ)):
            try:
                p.require(uow, p.FOLLOWUP_READ)
                p.require(uow, p.GIFT_READ)
            except PermissionDenied as exc:
                return {"refused": str(exc)}
        ships = [(d["ref"], pick(d["title"], lang), d["partner"], d["status"])
                 for d in records.read_all(uow, "partnerships")]
        linked = records.mission_partners(uow, mission_ref)
        names = {d["ref"]: d["name"] for d in records.read_all(uow, "partners")}
    return {"outcomes": outcomes(caller, mission_ref),
            "actions": actions(caller, mission_ref=mission_ref, today=today),
            "gifts": gifts_app.gifts(caller, mission_ref=mission_ref),
            "partnerships": ships, "partners": linked,
            "partner_names": {ref: pick(name, lang) for ref, name in names.items()},
            "threshold": str(gifts_app.threshold()),
            "may_edit": p.allowed(roles, p.FOLLOWUP_EDIT),
            "may_decide": p.allowed(roles, p.GIFT_DECIDE)}
