"""The partnership register: partners, their agreements, which missions concern them,
the reminders of agreements about to lapse, and a partner's relation history."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from almere_missions import permissions as p
from almere_missions.app import Caller, Progress, no_progress, run_read, run_write
from almere_missions.db.models import Person
from almere_missions.db.models_relations import (
    ACTION_STATES,
    GIFT_DECISIONS,
    GIFT_DIRECTIONS,
    PARTNER_KINDS,
    RELATION_KINDS,
    RELATION_STATES,
    Partner,
    Partnership,
)
from almere_missions.errors import InvalidInput, Refused
from almere_missions.relations import queries, records
from almere_missions.relations import settings as relation_settings
from almere_missions.timeutil import now_utc
from almere_missions.uow import UnitOfWork

#: the codes of the registers, for the choices of the front ends' forms
CODES = {"partner_kind": PARTNER_KINDS, "relation_kind": RELATION_KINDS,
         "relation_state": RELATION_STATES, "action_state": ACTION_STATES,
         "gift_direction": GIFT_DIRECTIONS, "gift_decision": GIFT_DECISIONS}

#: what a viewer does not see of a partnership: personal data and internal notes
_INTERNAL_FIELDS = ("contacts", "notes")


def _save(caller: Caller, kind: str, doc: Any, action: str,
          expected_version: int | None = None) -> dict[str, Any]:
    """Check and write one record in one transaction; the stored record and what happened."""
    with caller.write() as uow:
        p.require(uow, action)
        stored = _store(uow, kind, records.check_one(kind, doc, records.known(uow)),
                        expected_version)
        uow.commit()
    return stored


def _amend(caller: Caller, kind: str, ref: str, action: str,
           change: Callable[[UnitOfWork, dict[str, Any]], None]) -> dict[str, Any]:
    """Read one record, ``change(uow, doc)`` it, then check and write it back, in one
    transaction; the stored record and what happened."""
    with caller.write() as uow:
        p.require(uow, action)
        doc = records.read(uow, kind, ref)
        change(uow, doc)
        stored = _store(uow, kind, records.check_one(kind, doc, records.known(uow)))
        uow.commit()
    return stored


def _store(uow: UnitOfWork, kind: str, clean: dict[str, Any],
           expected_version: int | None = None) -> dict[str, Any]:
    """Write a checked record; the stored record with what happened (``result``)."""
    result = records.upsert(uow, kind, clean, expected_version=expected_version)
    return {**records.read(uow, kind, clean["ref"]), "result": result}


def _delete(caller: Caller, kind: str, ref: str, action: str) -> dict[str, Any]:
    return run_write(caller, action, records.delete_record, kind, ref)


def _public(doc: dict[str, Any], roles: set[str]) -> dict[str, Any]:
    if roles & p.INTERNAL:
        return doc
    return {k: v for k, v in doc.items() if k not in _INTERNAL_FIELDS}


# --- partners -----------------------------------------------------------------------------

def save_partner(caller: Caller, doc: dict, expected_version: int | None = None) -> dict:
    """Create or change a partner (by ref): ``{"ref", "kind", "name", "country", ...}``."""
    return _save(caller, "partners", doc, p.PARTNER_EDIT, expected_version)


def delete_partner(caller: Caller, ref: str) -> dict:
    """Remove a partner that has no agreements (an agreement is ended, not deleted)."""
    with caller.write() as uow:
        p.require(uow, p.PARTNER_EDIT)
        row = records.row_of(uow, "partners", ref)
        n = uow.session.scalar(select(func.count()).select_from(Partnership)
                               .where(Partnership.partner_id == row.id))
        if n:
            raise Refused(f"partner {ref} has {n} agreement(s); mark them ended instead")
        old = records.delete_record(uow, "partners", ref)
        uow.commit()
    return old


def list_partners(caller: Caller, kind: str | None = None) -> list[dict]:
    """Every partner with its agreements (a viewer sees no contacts and no notes)."""
    with caller.read() as uow:
        roles = p.require(uow, p.PARTNER_READ)
        where = Partner.kind == kind if kind else None
        partners = records.read_all(uow, "partners", where)
        ships: dict[str, list] = {}
        for d in records.read_all(uow, "partnerships"):
            ships.setdefault(d["partner"], []).append(_public(d, roles))
    return [{**_public(d, roles), "partnerships": ships.get(d["ref"], [])} for d in partners]


def get_partner(caller: Caller, ref: str) -> dict:
    with caller.read() as uow:
        roles = p.require(uow, p.PARTNER_READ)
        doc = records.read(uow, "partners", ref)
        row = records.row_of(uow, "partners", ref)
        ships = records.read_all(uow, "partnerships", Partnership.partner_id == row.id)
        doc["version"] = row.version
    return {**_public(doc, roles), "partnerships": [_public(d, roles) for d in ships]}


# --- agreements ---------------------------------------------------------------------------

def save_partnership(caller: Caller, doc: dict, expected_version: int | None = None) -> dict:
    """Create or change an agreement: ``{"ref", "partner", "kind", "title", "status", "start",
    "end", "alderman", "department", "themes", "goals", "contacts", "documents"}``."""
    return _save(caller, "partnerships", doc, p.PARTNER_EDIT, expected_version)


def delete_partnership(caller: Caller, ref: str) -> dict:
    return _delete(caller, "partnerships", ref, p.PARTNER_EDIT)


def get_partnership(caller: Caller, ref: str) -> dict:
    with caller.read() as uow:
        roles = p.require(uow, p.PARTNER_READ)
        return _public(records.read(uow, "partnerships", ref), roles)


def set_mission_partners(caller: Caller, mission_ref: str, partner_refs: list[str]) -> list[str]:
    """Say which partners a mission concerns (the list replaces the earlier one)."""
    with caller.write() as uow:
        p.require(uow, p.PARTNER_EDIT)
        kn = records.known(uow)
        if mission_ref not in kn.missions:
            raise InvalidInput(f"no mission with ref {mission_ref!r}", field="mission")
        for ref in partner_refs:
            if ref not in kn.partners:
                raise InvalidInput(f"no partner with ref {ref!r}", record=f"mission {mission_ref}",
                                   field="partners")
        records.set_mission_partners(uow, mission_ref, partner_refs)
        uow.commit()
        return records.mission_partners(uow, mission_ref)


def mission_partners(caller: Caller, mission_ref: str) -> list[str]:
    return run_read(caller, p.PARTNER_READ, records.mission_partners, mission_ref)


# --- reminders and history ----------------------------------------------------------------

def lapsing_agreements(caller: Caller, *, today: date | None = None, days: int | None = None,
                       lang: str = "en") -> list[dict]:
    """Active agreements ending within ``days`` (default: the settings' reminder period)."""
    with caller.read() as uow:
        p.require(uow, p.PARTNER_READ)
        if days is None:
            days = relation_settings.load().agreement_reminder_days
        if days < 0:
            raise InvalidInput("must not be negative", field="days")
        return queries.lapsing_agreements(uow, today or now_utc().date(), days, lang)


def relation_history(caller: Caller, partner_ref: str, lang: str = "en") -> dict:
    """What we have with a partner: agreements, missions, meetings, outcomes, follow-ups and
    gifts, in time order."""
    return run_read(caller, p.RELATION_HISTORY, queries.history, partner_ref, lang)


def relation_history_pdf(caller: Caller, partner_ref: str, path: str | Path, lang: str = "nl",
                         progress: Progress = no_progress) -> int:
    """The dossier an officer hands to the alderman before a visit; returns its page count."""

    def agreements(uow: UnitOfWork) -> list[dict]:
        return records.read_all(uow, "partnerships", Partnership.partner_id == records.row_of(
            uow, "partners", partner_ref).id)

    return _history_pdf(caller, p.RELATION_HISTORY,
                        lambda uow: queries.history(uow, partner_ref, lang), agreements,
                        path, lang, progress)


def person_partners(caller: Caller) -> list[dict]:
    """The persons the city deals with as partners: the contacts of agreements and those a
    gift went to or came from, each shaped as a partner (kind ``person``) with the
    agreements they are a contact of. Personal data: for the roles that read histories."""
    from almere_missions.db.models_relations import Gift, PartnershipContact

    with caller.read() as uow:
        p.require(uow, p.RELATION_HISTORY)
        s = uow.session
        ships: dict[str, list] = {}
        for d in records.read_all(uow, "partnerships"):
            for c in d.get("contacts", []):
                ships.setdefault(c, []).append(d)
        ids = set(s.scalars(select(PartnershipContact.person_id))) | set(
            s.scalars(select(Gift.counterpart_person_id)
                      .where(Gift.counterpart_person_id.is_not(None))))
        rows = s.execute(select(Person.ref, Person.name, Person.latin_name, Person.nationality,
                                Person.organisation, Person.function)
                         .where(Person.id.in_(ids)).order_by(Person.ref)).all() if ids else []
    return [{"ref": ref, "kind": "person",
             "name": f"{name} ({latin})" if latin and latin != name else name,
             "country": nationality[0] if nationality else None, "city": None,
             "organisation": ", ".join(x for x in (function, organisation) if x),
             "partnerships": ships.get(ref, [])}
            for ref, name, latin, nationality, organisation, function in rows]


def person_history(caller: Caller, person_ref: str, lang: str = "en") -> dict:
    """A person as a partner: missions, meetings, agreements they are a contact of,
    follow-ups they own and gifts, in time order."""
    return run_read(caller, p.RELATION_HISTORY, queries.person_history, person_ref, lang)


def person_history_pdf(caller: Caller, person_ref: str, path: str | Path, lang: str = "nl",
                       progress: Progress = no_progress) -> int:
    """The dossier on a person before a visit; returns its page count."""
    from almere_missions.db.models_relations import PartnershipContact

    def agreements(uow: UnitOfWork) -> list[dict]:
        person = select(Person.id).where(Person.ref == person_ref).scalar_subquery()
        theirs = select(PartnershipContact.partnership_id).where(
            PartnershipContact.person_id == person)
        return records.read_all(uow, "partnerships", Partnership.id.in_(theirs))

    return _history_pdf(caller, p.RELATION_HISTORY,
                        lambda uow: queries.person_history(uow, person_ref, lang), agreements,
                        path, lang, progress)


def _history_pdf(caller: Caller, action: str, history: Callable[[UnitOfWork], dict],
                 agreements_of: Callable[[UnitOfWork], list[dict]], path: str | Path,
                 lang: str, progress: Progress) -> int:
    """A dossier: the ``history``, the agreements it concerns and the names of the persons
    these name, read at once, then written as a PDF; its page count."""
    from almere_missions.documents.relations import history_pdf

    with caller.read() as uow:
        p.require(uow, action)
        data = history(uow)
        agreements = agreements_of(uow)
        names = _person_names(uow, {d.get("alderman") for d in agreements}
                              | {c for d in agreements for c in d.get("contacts", [])})
    return history_pdf(data, agreements, names, Path(path), lang,
                       lambda done, total: progress(done, total))


def _person_names(uow, refs: set) -> dict[str, str]:
    refs = {r for r in refs if r}
    if not refs:
        return {}
    return {ref: f"{name} ({function})" if function else name for ref, name, function in
            uow.session.execute(select(Person.ref, Person.name, Person.function)
                                .where(Person.ref.in_(refs)))}


def policy_codes(caller: Caller) -> dict[str, list[tuple[str, Any]]]:
    """The themes and goals of the framework in force, ``(code, name)``, for the forms that
    tag agreements and outcomes with them."""
    from almere_missions import policy

    with caller.read() as uow:
        p.require(uow, p.PARTNER_READ)
        fw = policy.framework_in_force(uow.session)
        return {kind: [(e.code, e.name) for e in fw.of(kind)] if fw else []
                for kind in ("theme", "goal")}
