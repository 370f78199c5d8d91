"""The relations records: checked, written and read in one shape.

Each record is a plain JSON-ready document, the same the exchange format
(version 2) carries and the use cases take and return: dates as ISO text,
amounts as decimal strings, persons, partners and missions by ref. A check
collects every problem with the record and the field before anything is
written; a write upserts by ref and says what it changed in the audit trail.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, select

from almere_missions import codes, policy
from almere_missions.db import models_relations as rm
from almere_missions.db.models import Mission, Person
from almere_missions.errors import InvalidInput, NotFound
from almere_missions.exchange.validate import _DECIMAL, ExchangeErrors, _Check
from almere_missions.rowrefs import Refs
from almere_missions.timeutil import now_utc
from almere_missions.uow import UnitOfWork

#: the kinds of record, in the order they are written (later ones refer to earlier ones)
KINDS = ("partners", "partnerships", "outcomes", "followups", "gifts")
ENTITY = {"partners": "partner", "partnerships": "partnership", "outcomes": "outcome",
          "followups": "followup", "gifts": "gift"}
MODEL = {"partners": rm.Partner, "partnerships": rm.Partnership, "outcomes": rm.MissionOutcome,
         "followups": rm.FollowUpAction, "gifts": rm.Gift}


@dataclass
class Known:
    """The refs a record may point at: those in the database and those beside it in a file."""

    persons: set[str] = field(default_factory=set)
    partners: set[str] = field(default_factory=set)
    partnerships: set[str] = field(default_factory=set)
    #: mission ref -> (first day, last day)
    missions: dict[str, tuple[date, date]] = field(default_factory=dict)
    themes: set[str] = field(default_factory=set)
    goals: set[str] = field(default_factory=set)


def known(uow: UnitOfWork) -> Known:
    s = uow.session
    return Known(
        persons=set(s.scalars(select(Person.ref))),
        partners=set(s.scalars(select(rm.Partner.ref))),
        partnerships=set(s.scalars(select(rm.Partnership.ref))),
        missions={r: (a, b) for r, a, b in s.execute(
            select(Mission.ref, Mission.start_date, Mission.end_date))},
        themes=policy.all_codes(s, "theme"), goals=policy.all_codes(s, "goal"))


class Check(_Check):
    """The exchange format's checker; without a file, the message starts at the record."""

    def fail(self, where: str, fld: str | None, message: str) -> None:
        if self.file:
            super().fail(where, fld, message)
            return
        self.problems.append(f"{where}: field {fld}: {message}" if fld else f"{where}: {message}")

    def ref_to(self, obj: dict, key: str, where: str, pool: set[str] | dict, what: str, *,
               required: bool = False) -> str | None:
        value = self.string(obj, key, where, required=required)
        if value is not None and value not in pool:
            self.fail(where, key, f"no {what} with ref {value!r}")
            return None
        return value or None

    def refs_to(self, obj: dict, key: str, where: str, pool: set[str], what: str) -> list[str]:
        values = self.string_list(obj, key, where) or []
        for v in values:
            if v not in pool:
                self.fail(where, key, f"no {what} with ref {v!r}")
        if len(set(values)) != len(values):
            self.fail(where, key, "lists a ref twice")
        return sorted(set(values))

    def codes_of(self, obj: dict, key: str, where: str, pool: set[str], what: str) -> list[str]:
        values = self.string_list(obj, key, where) or []
        for v in values:
            if v not in pool:
                self.fail(where, key, f"unknown {what} code {v!r}")
        return list(dict.fromkeys(values))

    def amount(self, obj: dict, key: str, where: str, *, required: bool = False) -> str | None:
        value = self.given(obj, key, where, required)
        if value is None:
            return None
        if not isinstance(value, str) or not _DECIMAL.match(value):
            self.fail(where, key, f"{value!r} is not an amount such as \"45.00\" (a decimal "
                                  "string, never a number)")
            return None
        if Decimal(value) < 0:
            self.fail(where, key, "must not be negative")
            return None
        return str(Decimal(value).quantize(Decimal("0.01")))


def _put(doc: dict, key: str, value: Any) -> None:
    if value not in (None, "", [], {}):
        doc[key] = value


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


# --- checks: raw document -> canonical document -------------------------------------------

def check_partner(ck: Check, r: dict, where: str, kn: Known) -> dict | None:
    before = len(ck.problems)
    doc = {"ref": ck.string(r, "ref", where, required=True),
           "kind": ck.enum(r, "kind", where, rm.PARTNER_KINDS),
           "name": ck.text(r, "name", where, required=True)}
    country = ck.string(r, "country", where)
    if country is not None and not codes.is_country(country):
        ck.fail(where, "country", f"{country!r} is not an ISO 3166-1 alpha-2 country code")
    _put(doc, "country", country)
    for key in ("city", "website", "notes"):
        _put(doc, key, ck.string(r, key, where))
    return doc if len(ck.problems) == before else None


def check_partnership(ck: Check, r: dict, where: str, kn: Known) -> dict | None:
    before = len(ck.problems)
    doc = {"ref": ck.string(r, "ref", where, required=True),
           "partner": ck.ref_to(r, "partner", where, kn.partners, "partner", required=True),
           "kind": ck.enum(r, "kind", where, rm.RELATION_KINDS),
           "title": ck.text(r, "title", where, required=True),
           "status": ck.enum(r, "status", where, rm.RELATION_STATES, "active")}
    start, end = ck.date_(r, "start", where), ck.date_(r, "end", where)
    if start and end and end < start:
        ck.fail(where, "end", f"{end} is before the start {start}")
    _put(doc, "start", _iso(start))
    _put(doc, "end", _iso(end))
    _put(doc, "alderman", ck.ref_to(r, "alderman", where, kn.persons, "person"))
    _put(doc, "department", ck.string(r, "department", where))
    _put(doc, "themes", ck.codes_of(r, "themes", where, kn.themes, "theme"))
    _put(doc, "goals", ck.codes_of(r, "goals", where, kn.goals, "goal"))
    _put(doc, "contacts", ck.refs_to(r, "contacts", where, kn.persons, "person"))
    docs = []
    for dw, d in ck.objects(r, "documents", where,
                            not_object="must be an object with a title and a file"):
        title, file = ck.string(d, "title", dw, required=True), ck.string(d, "file", dw,
                                                                          required=True)
        if title and file:
            docs.append({"title": title, "file": file})
    _put(doc, "documents", docs)
    _put(doc, "notes", ck.string(r, "notes", where))
    return doc if len(ck.problems) == before else None


def check_outcome(ck: Check, r: dict, where: str, kn: Known) -> dict | None:
    before = len(ck.problems)
    doc = {"ref": ck.string(r, "ref", where, required=True),
           "mission": ck.ref_to(r, "mission", where, kn.missions, "mission", required=True),
           "text": ck.text(r, "text", where, required=True)}
    _put(doc, "goals", ck.codes_of(r, "goals", where, kn.goals, "goal"))
    _put(doc, "themes", ck.codes_of(r, "themes", where, kn.themes, "theme"))
    _put(doc, "partnership", ck.ref_to(r, "partnership", where, kn.partnerships,
                                       "partnership"))
    _put(doc, "recorded_on", _iso(ck.date_(r, "recorded_on", where)))
    return doc if len(ck.problems) == before else None


def check_followup(ck: Check, r: dict, where: str, kn: Known) -> dict | None:
    before = len(ck.problems)
    doc = {"ref": ck.string(r, "ref", where, required=True),
           "mission": ck.ref_to(r, "mission", where, kn.missions, "mission", required=True),
           "title": ck.text(r, "title", where, required=True)}
    owner = ck.ref_to(r, "owner", where, kn.persons, "person")
    department = ck.string(r, "owner_department", where)
    if not owner and not department and len(ck.problems) == before:
        ck.fail(where, "owner", "an action needs an owner: a person (owner) or a department "
                                "(owner_department)")
    _put(doc, "owner", owner)
    _put(doc, "owner_department", department)
    due = ck.date_(r, "due", where, required=True)
    doc["due"] = _iso(due)
    status = ck.enum(r, "status", where, rm.ACTION_STATES, "open")
    doc["status"] = status
    done_on = ck.date_(r, "done_on", where)
    if done_on and status != "done":
        ck.fail(where, "done_on", f"is for a done action; this one is {status}")
    _put(doc, "done_on", _iso(done_on))
    _put(doc, "partnership", ck.ref_to(r, "partnership", where, kn.partnerships,
                                       "partnership"))
    _put(doc, "notes", ck.string(r, "notes", where))
    return doc if len(ck.problems) == before else None


def check_gift(ck: Check, r: dict, where: str, kn: Known) -> dict | None:
    before = len(ck.problems)
    mission = ck.ref_to(r, "mission", where, kn.missions, "mission", required=True)
    doc = {"ref": ck.string(r, "ref", where, required=True), "mission": mission,
           "direction": ck.enum(r, "direction", where, rm.GIFT_DIRECTIONS),
           "description": ck.text(r, "description", where, required=True)}
    on = ck.date_(r, "date", where, required=True)
    if on and mission in kn.missions:
        first, last = kn.missions[mission]
        if not first <= on <= last:
            ck.fail(where, "date", f"{on} lies outside the mission {mission} "
                                   f"({first} to {last})")
    doc["date"] = _iso(on)
    doc["value_eur"] = ck.amount(r, "value_eur", where, required=True)
    _put(doc, "official", ck.ref_to(r, "official", where, kn.persons, "person"))
    _put(doc, "counterpart", ck.string(r, "counterpart", where))
    _put(doc, "counterpart_person", ck.ref_to(r, "counterpart_person", where, kn.persons,
                                              "person"))
    _put(doc, "partner", ck.ref_to(r, "partner", where, kn.partners, "partner"))
    if not any(doc.get(k) for k in ("counterpart", "counterpart_person", "partner")) \
            and len(ck.problems) == before:
        ck.fail(where, "counterpart", "say from or to whom: counterpart, counterpart_person "
                                      "or partner")
    decision = r.get("decision")
    if decision is not None:
        decision = ck.enum(r, "decision", where, rm.GIFT_DECISIONS)
        if doc["direction"] == "given":
            ck.fail(where, "decision", "a gift the city gave needs no decision")
    _put(doc, "decision", decision)
    _put(doc, "decided_by", ck.string(r, "decided_by", where))
    _put(doc, "decided_on", _iso(ck.date_(r, "decided_on", where)))
    if (doc.get("decided_by") or doc.get("decided_on")) and not decision:
        ck.fail(where, "decision", "decided_by and decided_on go with a decision")
    _put(doc, "notes", ck.string(r, "notes", where))
    return doc if len(ck.problems) == before else None


CHECKS = {"partners": check_partner, "partnerships": check_partnership,
          "outcomes": check_outcome, "followups": check_followup, "gifts": check_gift}


def check_one(kind: str, raw: Any, kn: Known) -> dict:
    """One record from a front end: its canonical form, or every problem at once (exit 2)."""
    ck = Check("")
    ref = raw.get("ref") if isinstance(raw, dict) else None
    where = f"{ENTITY[kind]} ref={ref}" if isinstance(ref, str) else ENTITY[kind]
    if not isinstance(raw, dict):
        raise InvalidInput("must be an object", record=where)
    doc = CHECKS[kind](ck, raw, where, kn)
    if ck.problems or doc is None:
        if len(ck.problems) == 1:
            raise InvalidInput(ck.problems[0])
        raise ExchangeErrors("", ck.problems)
    return doc


# --- reading: row -> canonical document ----------------------------------------------------

def to_doc(kind: str, row: Any, refs: Refs) -> dict[str, Any]:
    if kind == "partners":
        doc = {"ref": row.ref, "kind": row.kind, "name": row.name}
        for key in ("country", "city", "website", "notes"):
            _put(doc, key, getattr(row, key))
        return doc
    if kind == "partnerships":
        doc = {"ref": row.ref, "partner": refs(rm.Partner, row.partner_id), "kind": row.kind,
               "title": row.title, "status": row.status}
        _put(doc, "start", _iso(row.start_date))
        _put(doc, "end", _iso(row.end_date))
        _put(doc, "alderman", refs(Person, row.alderman_id))
        _put(doc, "department", row.department)
        _put(doc, "themes", list(row.themes or ()))
        _put(doc, "goals", list(row.goals or ()))
        contacts = refs.s.scalars(select(Person.ref).join(
            rm.PartnershipContact, rm.PartnershipContact.person_id == Person.id)
            .where(rm.PartnershipContact.partnership_id == row.id).order_by(Person.ref)).all()
        _put(doc, "contacts", list(contacts))
        _put(doc, "documents", list(row.documents or ()))
        _put(doc, "notes", row.notes)
        return doc
    if kind == "outcomes":
        doc = {"ref": row.ref, "mission": refs(Mission, row.mission_id), "text": row.text}
        _put(doc, "goals", list(row.goals or ()))
        _put(doc, "themes", list(row.themes or ()))
        _put(doc, "partnership", refs(rm.Partnership, row.partnership_id))
        _put(doc, "recorded_on", _iso(row.recorded_on))
        return doc
    if kind == "followups":
        doc = {"ref": row.ref, "mission": refs(Mission, row.mission_id), "title": row.title}
        _put(doc, "owner", refs(Person, row.owner_id))
        _put(doc, "owner_department", row.owner_department)
        doc["due"] = _iso(row.due_date)
        doc["status"] = row.status
        _put(doc, "done_on", _iso(row.done_on))
        _put(doc, "partnership", refs(rm.Partnership, row.partnership_id))
        _put(doc, "notes", row.notes)
        return doc
    doc = {"ref": row.ref, "mission": refs(Mission, row.mission_id), "direction": row.direction,
           "description": row.description, "date": _iso(row.on_date),
           "value_eur": None if row.value_eur is None else str(row.value_eur)}
    _put(doc, "official", refs(Person, row.official_id))
    _put(doc, "counterpart", row.counterpart)
    _put(doc, "counterpart_person", refs(Person, row.counterpart_person_id))
    _put(doc, "partner", refs(rm.Partner, row.partner_id))
    _put(doc, "decision", row.decision)
    _put(doc, "decided_by", row.decided_by)
    _put(doc, "decided_on", _iso(row.decided_on))
    _put(doc, "notes", row.notes)
    return doc


def row_of(uow: UnitOfWork, kind: str, ref: str) -> Any:
    row = uow.session.scalar(select(MODEL[kind]).where(MODEL[kind].ref == ref))
    if row is None:
        raise NotFound(f"no {ENTITY[kind]} with ref {ref!r}")
    return row


def read(uow: UnitOfWork, kind: str, ref: str) -> dict[str, Any]:
    return to_doc(kind, row_of(uow, kind, ref), Refs(uow))


def read_all(uow: UnitOfWork, kind: str, where=None) -> list[dict[str, Any]]:
    q = select(MODEL[kind]).order_by(MODEL[kind].ref)
    if where is not None:
        q = q.where(where)
    refs = Refs(uow)
    return [to_doc(kind, row, refs) for row in uow.session.scalars(q)]


# --- writing: canonical document -> row --------------------------------------------------

def _id(uow: UnitOfWork, model, ref: str | None) -> int | None:
    if ref is None:
        return None
    ident = uow.session.scalar(select(model.id).where(model.ref == ref))
    if ident is None:
        raise NotFound(f"no {model.__tablename__} with ref {ref!r}")
    return ident


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _columns(uow: UnitOfWork, kind: str, d: dict) -> dict[str, Any]:
    if kind == "partners":
        return {"kind": d["kind"], "name": d["name"], "country": d.get("country"),
                "city": d.get("city"), "website": d.get("website"), "notes": d.get("notes")}
    if kind == "partnerships":
        return {"partner_id": _id(uow, rm.Partner, d["partner"]), "kind": d["kind"],
                "title": d["title"], "status": d["status"],
                "start_date": _date(d.get("start")), "end_date": _date(d.get("end")),
                "alderman_id": _id(uow, Person, d.get("alderman")),
                "department": d.get("department"), "themes": d.get("themes", []),
                "goals": d.get("goals", []), "documents": d.get("documents", []),
                "notes": d.get("notes")}
    if kind == "outcomes":
        return {"mission_id": _id(uow, Mission, d["mission"]), "text": d["text"],
                "goals": d.get("goals", []), "themes": d.get("themes", []),
                "partnership_id": _id(uow, rm.Partnership, d.get("partnership")),
                "recorded_on": _date(d.get("recorded_on"))}
    if kind == "followups":
        return {"mission_id": _id(uow, Mission, d["mission"]), "title": d["title"],
                "owner_id": _id(uow, Person, d.get("owner")),
                "owner_department": d.get("owner_department"),
                "due_date": _date(d["due"]), "status": d["status"],
                "done_on": _date(d.get("done_on")),
                "partnership_id": _id(uow, rm.Partnership, d.get("partnership")),
                "notes": d.get("notes")}
    return {"mission_id": _id(uow, Mission, d["mission"]), "direction": d["direction"],
            "description": d["description"], "on_date": _date(d["date"]),
            "value_eur": Decimal(d["value_eur"]) if d.get("value_eur") else None,
            "official_id": _id(uow, Person, d.get("official")),
            "counterpart": d.get("counterpart"),
            "counterpart_person_id": _id(uow, Person, d.get("counterpart_person")),
            "partner_id": _id(uow, rm.Partner, d.get("partner")),
            "decision": d.get("decision"), "decided_by": d.get("decided_by"),
            "decided_on": _date(d.get("decided_on")), "notes": d.get("notes")}


def _set_contacts(uow: UnitOfWork, row: rm.Partnership, refs: list[str]) -> None:
    s = uow.session
    s.execute(delete(rm.PartnershipContact).where(rm.PartnershipContact.partnership_id == row.id))
    for ref in refs:
        s.add(rm.PartnershipContact(partnership_id=row.id, person_id=_id(uow, Person, ref)))


def _scrubbed(kind: str, doc: dict | None) -> dict | None:
    """The audit trail keeps no personal data: contacts by count, persons by ref only."""
    if doc is None or kind != "partnerships" or "contacts" not in doc:
        return doc
    return {**doc, "contacts": len(doc["contacts"])}


def upsert(uow: UnitOfWork, kind: str, doc: dict, *, expected_version: int | None = None,
           refs: Refs | None = None) -> str:
    """Write one checked record; "created", "updated" or "unchanged"."""
    model, entity = MODEL[kind], ENTITY[kind]
    refs = refs or Refs(uow)
    row = uow.session.scalar(select(model).where(model.ref == doc["ref"]))
    mission_ref = doc.get("mission")
    if row is None:
        row = model(ref=doc["ref"], **_columns(uow, kind, doc))
        uow.session.add(row)
        uow.flush()
        if kind == "partnerships":
            _set_contacts(uow, row, doc.get("contacts", []))
        uow.record(f"{entity}.create", entity, doc["ref"], after=_scrubbed(kind, doc),
                   mission_ref=mission_ref)
        return "created"
    if expected_version is not None and row.version != expected_version:
        from almere_missions.errors import EditConflict

        raise EditConflict(f"{entity} {doc['ref']} was changed by someone else (now version "
                           f"{row.version}, you had {expected_version}); reload it and make "
                           "your change again")
    old = to_doc(kind, row, refs)
    if old == doc:
        return "unchanged"
    for key, value in _columns(uow, kind, doc).items():
        setattr(row, key, value)
    if kind == "partnerships" and old.get("contacts", []) != doc.get("contacts", []):
        _set_contacts(uow, row, doc.get("contacts", []))
        row.updated_at = now_utc()  # the version rises with the contacts too
    changed = sorted(k for k in set(old) | set(doc) if old.get(k) != doc.get(k))
    uow.record(f"{entity}.update", entity, doc["ref"],
               before={k: v for k, v in (_scrubbed(kind, old) or {}).items() if k in changed},
               after={k: v for k, v in (_scrubbed(kind, doc) or {}).items() if k in changed},
               mission_ref=mission_ref or old.get("mission"))
    uow.flush()
    return "updated"


def delete_record(uow: UnitOfWork, kind: str, ref: str) -> dict:
    row = row_of(uow, kind, ref)
    old = to_doc(kind, row, Refs(uow))
    uow.session.delete(row)
    uow.record(f"{ENTITY[kind]}.delete", ENTITY[kind], ref, before=_scrubbed(kind, old),
               mission_ref=old.get("mission"))
    uow.flush()
    return old


# --- missions and partners ------------------------------------------------------------------

def mission_partners(uow: UnitOfWork, mission_ref: str) -> list[str]:
    return list(uow.session.scalars(
        select(rm.Partner.ref)
        .join(rm.MissionPartner, rm.MissionPartner.partner_id == rm.Partner.id)
        .join(Mission, Mission.id == rm.MissionPartner.mission_id)
        .where(Mission.ref == mission_ref).order_by(rm.Partner.ref)))


def set_mission_partners(uow: UnitOfWork, mission_ref: str, partner_refs: list[str]) -> bool:
    """Which partners the mission concerns (replaces the earlier list); True if it changed."""
    old = mission_partners(uow, mission_ref)
    new = sorted(set(partner_refs))
    if old == new:
        return False
    mid = _id(uow, Mission, mission_ref)
    ids = [_id(uow, rm.Partner, r) for r in new]
    uow.session.execute(delete(rm.MissionPartner).where(rm.MissionPartner.mission_id == mid))
    for pid in ids:
        uow.session.add(rm.MissionPartner(mission_id=mid, partner_id=pid))
    uow.record("mission.partners", "mission", mission_ref, before=old, after=new,
               mission_ref=mission_ref)
    uow.flush()
    return True


def row_of_mission(uow: UnitOfWork, ref: str) -> int:
    ident = uow.session.scalar(select(Mission.id).where(Mission.ref == ref))
    if ident is None:
        raise NotFound(f"no mission with ref {ref!r}")
    return ident
