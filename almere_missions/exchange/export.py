"""Write exchange documents: the canonical form of what the database holds.

The same functions give the canonical form the importer compares against,
so that importing what is already there changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import timedelta
from pathlib import Path
from typing import Any

from almere_missions.exchange.validate import FORMAT
from almere_missions.fileio import atomic_write_text
from almere_missions.hooks import RECORD_PROVIDERS
from almere_missions.services.missions import load_snapshot
from almere_missions.timeutil import format_local, local_date
from almere_missions.uow import UnitOfWork
from almere_missions.views import ItemView, MissionView, PersonView, Snapshot, VenueView


def _put(doc: dict, key: str, value: Any) -> None:
    if value not in (None, "", [], ()):
        doc[key] = list(value) if isinstance(value, tuple) else value


def person_doc(p: PersonView) -> dict[str, Any]:
    doc: dict[str, Any] = {"ref": p.ref, "name": p.name}
    for key in ("latin_name", "organisation", "function", "nationality"):
        _put(doc, key, getattr(p, key))
    _put(doc, "birth_date", p.birth_date.isoformat() if p.birth_date else None)
    for key in ("email", "phone", "languages", "dietary", "accessibility"):
        _put(doc, key, getattr(p, key))
    doc["staff"] = p.staff
    return doc


def venue_doc(v: VenueView) -> dict[str, Any]:
    doc: dict[str, Any] = {"ref": v.ref, "name": v.name}
    _put(doc, "address", v.address)
    _put(doc, "city", v.city)
    doc["country"] = v.country
    doc["timezone"] = v.timezone
    if v.lat is not None and v.lon is not None:
        doc["lat"], doc["lon"] = v.lat, v.lon
    _put(doc, "capacity", v.capacity)
    if v.exclusive:
        doc["exclusive"] = True
    return doc


def item_doc(it: ItemView) -> dict[str, Any]:
    doc: dict[str, Any] = {"ref": it.ref, "kind": it.kind, "title": it.title}
    _put(doc, "description", it.description)
    if it.all_day:
        doc["start"] = local_date(it.start, it.timezone).isoformat()
        doc["end"] = local_date(it.end - timedelta(seconds=1), it.timezone).isoformat()
        doc["all_day"] = True
    else:
        doc["start"] = format_local(it.start, it.timezone)
        doc["end"] = format_local(it.end, it.arrival_timezone)
    doc["timezone"] = it.timezone
    _put(doc, "end_timezone", it.end_timezone)
    _put(doc, "venue", it.venue)
    _put(doc, "to_venue", it.to_venue)
    if it.participants is not None:
        doc["participants"] = list(it.participants)
    doc["status"] = it.status
    doc["public"] = it.public
    _put(doc, "notes", it.notes)
    return doc


def mission_doc(m: MissionView) -> dict[str, Any]:
    doc: dict[str, Any] = {"ref": m.ref, "direction": m.direction, "title": m.title}
    _put(doc, "purpose", m.purpose)
    doc["start"] = m.start.isoformat()
    doc["end"] = m.end.isoformat()
    doc["timezone"] = m.timezone
    doc["countries"] = list(m.countries)
    _put(doc, "cities", m.cities)
    _put(doc, "counterpart", m.counterpart)
    _put(doc, "themes", m.themes)
    _put(doc, "goals", m.goals)
    _put(doc, "lead_department", m.lead_department)
    _put(doc, "welcome", m.welcome)
    doc["participants"] = [{"person": p.person, "role": p.role} for p in m.participants]
    doc["programme"] = [item_doc(it) for it in m.items]
    doc["costs"] = [cost_doc(c) for c in m.costs]
    return doc


def cost_doc(c) -> dict[str, Any]:
    doc: dict[str, Any] = {"description": c.description, "amount": str(c.amount),
                           "currency": c.currency}
    _put(doc, "paid_by", c.paid_by)
    return doc


def snapshot_doc(snap: Snapshot, records: dict[str, dict[str, Any]] | None = None
                 ) -> dict[str, Any]:
    missions = []
    for m in snap.missions:
        doc = mission_doc(m)
        doc["status"] = m.status
        if records and records.get(m.ref):
            doc["record"] = records[m.ref]
        missions.append(doc)
    return {
        "format": FORMAT,
        "persons": [person_doc(p) for p in sorted(snap.persons.values(), key=lambda p: p.ref)],
        "venues": [venue_doc(v) for v in sorted(snap.venues.values(), key=lambda v: v.ref)],
        "missions": missions,
    }


def export_document(uow: UnitOfWork, refs: Iterable[str] | None = None) -> dict[str, Any]:
    """All missions with every person and venue, or the named ones with theirs."""
    refs = list(refs) if refs else None
    whole = refs is None
    snap = load_snapshot(uow, refs, all_persons=whole, all_venues=whole)
    records: dict[str, dict[str, Any]] = {}
    for provider in RECORD_PROVIDERS:
        for ref, part in provider(uow, [m.ref for m in snap.missions]).items():
            records.setdefault(ref, {}).update(part)
    doc = snapshot_doc(snap, records)
    _add_relations(uow, doc, None if whole else [m.ref for m in snap.missions])
    _add_logistics(uow, doc, None if whole else [m.ref for m in snap.missions])
    return doc


def _add_logistics(uow: UnitOfWork, doc: dict[str, Any], refs: list[str] | None) -> None:
    """The logistics section: everything for a whole export; for some missions their room
    blocks, trips (with their vehicles), interpreters and invitations, the persons and
    venues these name (drivers, interpreters, hotels), and the titles, needs and venue
    profiles of every person and venue in the file."""
    from sqlalchemy import select

    from almere_missions.db.models import Person, Venue
    from almere_missions.exchange import logistics_rows as rows
    from almere_missions.services.missions import person_view, venue_view

    if refs is None:
        doc["logistics"] = rows.read(uow)
        return
    section = rows.read(uow, refs, persons=(), venues=())
    persons, venues = rows.named(section)
    s = uow.session
    for key, model, view, to_doc, wanted in (
            ("persons", Person, person_view, person_doc, persons),
            ("venues", Venue, venue_view, venue_doc, venues)):
        have = {d["ref"] for d in doc[key]}
        missing = sorted(wanted - have)
        if missing:
            extra = [to_doc(view(r)) for r in s.scalars(select(model).where(
                model.ref.in_(missing)))]
            doc[key] = sorted(doc[key] + extra, key=lambda d: d["ref"])
    section["venue_profiles"] = rows.read_kind(uow, "venue_profiles",
                                               keys={v["ref"] for v in doc["venues"]})
    for kind in ("protocol", "needs"):
        section[kind] = rows.read_kind(uow, kind, keys={p["ref"] for p in doc["persons"]})
    doc["logistics"] = section


def _add_relations(uow: UnitOfWork, doc: dict[str, Any], refs: list[str] | None) -> None:
    """Version 2: the relations records of the missions exported (all of them for a whole
    export), the partners they concern and those partners' agreements, and any person these
    records name that the missions do not."""
    from sqlalchemy import select

    from almere_missions.db import models_relations as rm
    from almere_missions.db.models import Mission, Person
    from almere_missions.relations import records as rel
    from almere_missions.services.missions import person_view

    s = uow.session
    links: dict[str, list[str]] = {}
    q = (select(Mission.ref, rm.Partner.ref)
         .join(rm.MissionPartner, rm.MissionPartner.mission_id == Mission.id)
         .join(rm.Partner, rm.Partner.id == rm.MissionPartner.partner_id).order_by(rm.Partner.ref))
    if refs is not None:
        q = q.where(Mission.ref.in_(refs))
    for mref, pref in s.execute(q):
        links.setdefault(mref, []).append(pref)
    out: dict[str, list[dict[str, Any]]] = {}
    if refs is None:
        for kind in rel.KINDS:
            out[kind] = rel.read_all(uow, kind)
    else:
        ids = select(Mission.id).where(Mission.ref.in_(refs))
        out["outcomes"] = rel.read_all(uow, "outcomes", rm.MissionOutcome.mission_id.in_(ids))
        out["followups"] = rel.read_all(uow, "followups", rm.FollowUpAction.mission_id.in_(ids))
        out["gifts"] = rel.read_all(uow, "gifts", rm.Gift.mission_id.in_(ids))
        ships = {d["partnership"] for k in ("outcomes", "followups") for d in out[k]
                 if d.get("partnership")}
        partners = {p for ps in links.values() for p in ps} | {
            d["partner"] for d in out["gifts"] if d.get("partner")}
        partners |= set(s.scalars(
            select(rm.Partner.ref).join(rm.Partnership, rm.Partnership.partner_id == rm.Partner.id)
            .where(rm.Partnership.ref.in_(ships))))
        out["partners"] = rel.read_all(uow, "partners", rm.Partner.ref.in_(partners))
        out["partnerships"] = rel.read_all(uow, "partnerships", rm.Partnership.partner_id.in_(
            select(rm.Partner.id).where(rm.Partner.ref.in_(partners))))
    named = {d.get(k) for kind in rel.KINDS for d in out[kind]
             for k in ("alderman", "owner", "official", "counterpart_person")} | {
        c for d in out["partnerships"] for c in d.get("contacts", [])}
    have = {p["ref"] for p in doc["persons"]}
    missing = sorted(r for r in named if r and r not in have)
    if missing:
        extra = [person_doc(person_view(p)) for p in s.scalars(
            select(Person).where(Person.ref.in_(missing)))]
        doc["persons"] = sorted(doc["persons"] + extra, key=lambda p: p["ref"])
    for m in doc["missions"]:
        if m["ref"] in links:
            m["partners"] = links[m["ref"]]
    for kind in rel.KINDS:
        doc[kind] = out[kind]


def dumps(doc: dict[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def export_file(uow: UnitOfWork, path: Path, refs: Iterable[str] | None = None,
                progress=None) -> dict[str, int]:
    """Write the file atomically; ``progress`` is called (and may cancel) before the write,
    so a cancelled export leaves no file."""
    doc = export_document(uow, refs)
    text = dumps(doc)
    if progress is not None:
        progress(1, 2, "")
    atomic_write_text(path, text)
    return {"missions": len(doc["missions"]), "persons": len(doc["persons"]),
            "venues": len(doc["venues"]),
            "items": sum(len(m["programme"]) for m in doc["missions"])}
