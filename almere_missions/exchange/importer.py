"""Read exchange documents: validate all, then upsert by ref in one transaction.

A record whose canonical form equals what the database holds is left alone,
so importing the same file twice changes nothing the second time. New
missions go in with set-based INSERTs (not a flush per row): a season of ten
thousand missions is one bulk job.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select, update

from almere_missions import policy
from almere_missions.db.models import (
    Cost,
    Item,
    ItemParticipant,
    Mission,
    Participant,
    Person,
    Venue,
)
from almere_missions.db.models_relations import Partner, Partnership
from almere_missions.exchange import logistics, logistics_rows
from almere_missions.exchange.export import item_doc, mission_doc, person_doc, venue_doc
from almere_missions.exchange.validate import Document, ItemRec, KnownRefs, MissionRec, validate
from almere_missions.fileio import read_json
from almere_missions.rowrefs import Refs
from almere_missions.services import users
from almere_missions.services.missions import _chunks, load_snapshot, person_view, venue_view
from almere_missions.timeutil import now_utc
from almere_missions.uow import UnitOfWork
from almere_missions.views import CostView, ItemView, MissionView, ParticipantView


@dataclass
class ImportResult:
    created: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    updated: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    unchanged: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def summary(self) -> str:
        parts = []
        for kind in ("missions", "items", "persons", "venues", "partners", "partnerships",
                     "outcomes", "followups", "gifts", *logistics.KINDS):
            c, u, n = self.created[kind], self.updated[kind], self.unchanged[kind]
            if c or u or n:
                parts.append(f"{kind}: {c} new, {u} changed, {n} unchanged")
        return "; ".join(parts) or "nothing to import"


def import_file(uow: UnitOfWork, path: Path, *, progress=None) -> ImportResult:
    return import_document(uow, read_json(path), str(path), progress=progress)


def known_refs(uow: UnitOfWork, *, with_logistics: bool = False) -> KnownRefs:
    s = uow.session
    return KnownRefs(
        logistics=logistics_rows.known(uow) if with_logistics else None,
        persons=set(s.scalars(select(Person.ref))),
        venues=dict(s.execute(select(Venue.ref, Venue.timezone)).all()),
        themes=policy.all_codes(s, "theme"),
        goals=policy.all_codes(s, "goal"),
        missions={r: (a, b) for r, a, b in s.execute(
            select(Mission.ref, Mission.start_date, Mission.end_date))},
        partners=set(s.scalars(select(Partner.ref))),
        partnerships=set(s.scalars(select(Partnership.ref))),
    )


def import_document(uow: UnitOfWork, raw: Any, file: str, *, progress=None) -> ImportResult:
    """Validate ``raw`` as a whole, then write it; raises before writing anything."""
    users.require(uow, "officer")
    # the database's logistics refs are read only for a file whose section holds records
    section = raw.get(logistics.SECTION) if isinstance(raw, dict) else None
    with_logistics = isinstance(section, dict) and any(section.values())
    doc = validate(raw, file, known_refs(uow, with_logistics=with_logistics))
    result = ImportResult()
    _Writer(uow, result, progress).write(doc)
    return result


def _rec_view(rec: MissionRec, status: str = "draft") -> MissionView:
    f = rec.fields
    return MissionView(
        ref=rec.ref, direction=f["direction"], title=f["title"], start=f["start_date"],
        end=f["end_date"], timezone=f["timezone"], countries=tuple(f["countries"]),
        purpose=f["purpose"], cities=tuple(f["cities"]), counterpart=f["counterpart"],
        themes=tuple(f["themes"]), goals=tuple(f["goals"]),
        lead_department=f["lead_department"], welcome=f["welcome"], status=status,
        participants=tuple(ParticipantView(p, r) for p, r in rec.participants),
        items=tuple(sorted((_item_view(i) for i in rec.items),
                           key=lambda v: (v.start, v.end, v.position, v.ref))),
        costs=tuple(CostView(c["description"], c["amount"], c["currency"], c["paid_by"])
                    for c in rec.costs))


def _item_view(i: ItemRec) -> ItemView:
    return ItemView(
        ref=i.ref, kind=i.kind, title=i.title, start=i.start_utc, end=i.end_utc,
        timezone=i.timezone, end_timezone=i.end_timezone, all_day=i.all_day,
        description=i.description, venue=i.venue, to_venue=i.to_venue, status=i.status,
        public=i.public, notes=i.notes,
        participants=tuple(i.participants) if i.participants is not None else None,
        position=i.position)


class _Writer:
    def __init__(self, uow: UnitOfWork, result: ImportResult, progress):
        self.uow, self.s, self.result = uow, uow.session, result
        self.progress = progress or (lambda done, total: None)
        self.now = now_utc()

    def write(self, doc: Document) -> None:
        self._persons(doc.persons)
        self._venues(doc.venues)
        self.person_id = dict(self.s.execute(select(Person.ref, Person.id)).all())
        self.venue_id = dict(self.s.execute(select(Venue.ref, Venue.id)).all())
        self._missions(doc.missions)
        self.uow.flush()
        self._relations(doc)
        if doc.logistics is not None:
            logistics_rows.write(self.uow, doc.logistics, self.result)
        self.s.expire_all()

    def _relations(self, doc: Document) -> None:
        """Version 2: partners, agreements, outcomes, follow-ups and gifts, upserted by ref."""
        if not doc.relations and not doc.mission_partners:
            return
        from almere_missions.relations import records

        refs = Refs(self.uow)
        for kind in records.KINDS:
            for d in doc.relations.get(kind, ()):
                outcome = records.upsert(self.uow, kind, d, refs=refs)
                bucket = {"created": self.result.created, "updated": self.result.updated,
                          "unchanged": self.result.unchanged}[outcome]
                bucket[kind] += 1
        for mission, partners in doc.mission_partners.items():
            records.set_mission_partners(self.uow, mission, partners)
        self.uow.flush()

    # --- persons and venues -------------------------------------------------

    def _changes(self, model, kind: str, docs: list[dict], doc_of: Callable[[Any], dict],
                 columns_of: Callable[[dict], dict]) -> Iterator[tuple[dict, dict | None]]:
        """``(doc, None)`` for each doc with no row yet, ``(doc, before)`` for each that
        changes its row (updated by then, and counted); unchanged ones are only counted."""
        existing = self._rows(model, [d["ref"] for d in docs])
        for d in docs:
            row = existing.get(d["ref"])
            if row is None:
                yield d, None
                continue
            before = doc_of(row)
            if before == d:
                self.result.unchanged[kind] += 1
                continue
            for key, value in columns_of(d).items():
                setattr(row, key, value)
            self.result.updated[kind] += 1
            yield d, before

    def _persons(self, docs: list[dict]) -> None:
        new = []
        for d, before in self._changes(Person, "persons", docs,
                                       lambda row: person_doc(person_view(row)),
                                       _person_columns):
            if before is None:
                new.append(_person_columns(d) | {"version": 1, "updated_at": self.now})
                continue
            self.uow.record("person.update", "person", d["ref"],
                            after=sorted(k for k in d.keys() | before.keys()
                                         if d.get(k) != before.get(k)))
        for chunk in _chunks(new, 5000):
            self.s.execute(Person.__table__.insert(), chunk)
        if new:
            # One entry for all new persons of a file, never their data: the
            # missions' own entries name who takes part.
            self.uow.record("person.import", "person", None, after={"created": len(new)})
        self.result.created["persons"] += len(new)

    def _venues(self, docs: list[dict]) -> None:
        new = []
        for d, before in self._changes(Venue, "venues", docs,
                                       lambda row: venue_doc(venue_view(row)), _venue_columns):
            if before is None:
                new.append(_venue_columns(d) | {"version": 1})
                self.uow.record("venue.create", "venue", d["ref"], after=d)
                continue
            self.uow.record("venue.update", "venue", d["ref"], before=before, after=d)
        if new:
            self.s.execute(Venue.__table__.insert(), new)
        self.result.created["venues"] += len(new)
        self.uow.flush()

    def _rows(self, model, refs: list[str]) -> dict[str, Any]:
        rows = {}
        for chunk in _chunks(refs):
            for row in self.s.scalars(select(model).where(model.ref.in_(chunk))):
                rows[row.ref] = row
        return rows

    # --- missions -------------------------------------------------------------

    def _missions(self, recs: list[MissionRec]) -> None:
        existing = self._rows(Mission, [r.ref for r in recs])
        current = {}
        if existing:
            snap = load_snapshot(self.uow, list(existing))
            current = {m.ref: m for m in snap.missions}
        new, changed = [], []
        for rec in recs:
            if rec.ref not in existing:
                new.append(rec)
                continue
            old = current[rec.ref]
            if mission_doc(old) == mission_doc(_rec_view(rec, old.status)):
                self.result.unchanged["missions"] += 1
                self.result.unchanged["items"] += len(rec.items)
            else:
                changed.append((rec, existing[rec.ref], old))
        total = len(new) + len(changed)
        done = 0
        for chunk in _chunks(new, 1000):
            self._insert_missions(chunk)
            done += len(chunk)
            self.progress(done, total)
        for rec, row, old in changed:
            self._update_mission(rec, row, old)
            done += 1
            if done % 100 == 0:
                self.progress(done, total)
        self.progress(total, total)

    def _insert_missions(self, recs: list[MissionRec]) -> None:
        rows = [rec.fields | {"ref": rec.ref, "status": "draft", "version": 1,
                              "created_at": self.now, "updated_at": self.now} for rec in recs]
        ids = dict(self.s.execute(insert(Mission).returning(Mission.ref, Mission.id), rows).all())
        parts, items, costs = [], [], []
        for rec in recs:
            mid = ids[rec.ref]
            parts.extend(self._participant_rows(mid, rec))
            items.extend(self._item_row(mid, it) for it in rec.items)
            costs.extend(_cost_rows(mid, rec))
            self.uow.record("mission.create", "mission", rec.ref,
                            after=mission_doc(_rec_view(rec)), mission_ref=rec.ref)
        if parts:
            self.s.execute(Participant.__table__.insert(), parts)
        self._insert_items(items, [it for rec in recs for it in rec.items])
        if costs:
            self.s.execute(Cost.__table__.insert(), costs)
        self.result.created["missions"] += len(recs)
        self.result.created["items"] += len(items)

    def _participant_rows(self, mid: int, rec: MissionRec) -> list[dict]:
        return [{"mission_id": mid, "person_id": self.person_id[p], "role": r, "position": n}
                for n, (p, r) in enumerate(rec.participants)]

    def _item_row(self, mid: int, it: ItemRec, revision: int = 0) -> dict:
        return {
            "mission_id": mid, "ref": it.ref, "kind": it.kind, "title": it.title,
            "description": it.description, "start_utc": it.start_utc, "end_utc": it.end_utc,
            "timezone": it.timezone, "end_timezone": it.end_timezone, "all_day": it.all_day,
            "venue_id": self.venue_id.get(it.venue) if it.venue else None,
            "to_venue_id": self.venue_id.get(it.to_venue) if it.to_venue else None,
            "status": it.status, "public": it.public, "notes": it.notes,
            "everyone": it.participants is None, "position": it.position,
            "revision": revision, "updated_at": self.now,
        }

    def _insert_items(self, rows: list[dict], recs: list[ItemRec]) -> None:
        # Core executemany without RETURNING is the fast path on both backends;
        # ids are fetched afterwards only for items that list their participants.
        if not rows:
            return
        for chunk in _chunks(rows, 5000):
            self.s.execute(Item.__table__.insert(), chunk)
        listed = [it for it in recs if it.participants]
        ids = {}
        for chunk in _chunks([it.ref for it in listed]):
            ids.update(self.s.execute(select(Item.ref, Item.id).where(Item.ref.in_(chunk))).all())
        links = [{"item_id": ids[it.ref], "person_id": self.person_id[p]}
                 for it in listed for p in it.participants]
        for chunk in _chunks(links, 5000):
            self.s.execute(ItemParticipant.__table__.insert(), chunk)

    def _update_mission(self, rec: MissionRec, row: Mission, old: MissionView) -> None:
        before = mission_doc(old)
        for key, value in rec.fields.items():
            setattr(row, key, value)
        row.updated_at = self.now  # the version rises with this update
        mid = row.id
        self.s.execute(delete(Participant).where(Participant.mission_id == mid))
        self.s.execute(delete(Cost).where(Cost.mission_id == mid))
        if rec.participants:
            self.s.execute(Participant.__table__.insert(), self._participant_rows(mid, rec))
        costs = _cost_rows(mid, rec)
        if costs:
            self.s.execute(Cost.__table__.insert(), costs)

        old_items = {it.ref: it for it in old.items}
        incoming = {it.ref for it in rec.items}
        # Items this mission no longer has.
        gone = [ref for ref in old_items if ref not in incoming]
        if gone:
            self.s.execute(delete(Item).where(Item.mission_id == mid, Item.ref.in_(gone)))
        # Items that exist (here or, moved, in another mission) are updated in place,
        # keeping their revision history; the rest are new.
        found = dict(self.s.execute(select(Item.ref, Item.id).where(Item.ref.in_(incoming)))
                     .all()) if incoming else {}
        revisions = dict(self.s.execute(select(Item.ref, Item.revision)
                                        .where(Item.ref.in_(incoming))).all()) if incoming else {}
        new_rows, new_recs = [], []
        for it in rec.items:
            if it.ref not in found:
                new_rows.append(self._item_row(mid, it))
                new_recs.append(it)
                continue
            prev = old_items.get(it.ref)
            if prev is not None and item_doc(prev) == item_doc(_item_view(it)):
                if prev.position != it.position:
                    self.s.execute(update(Item).where(Item.id == found[it.ref])
                                   .values(position=it.position))
                continue
            values = self._item_row(mid, it, revisions[it.ref] + 1)
            self.s.execute(update(Item).where(Item.id == found[it.ref]).values(**values))
            self.s.execute(delete(ItemParticipant)
                           .where(ItemParticipant.item_id == found[it.ref]))
            if it.participants:
                self.s.execute(ItemParticipant.__table__.insert(), [
                    {"item_id": found[it.ref], "person_id": self.person_id[p]}
                    for p in it.participants])
            self.result.updated["items"] += 1
        self._insert_items(new_rows, new_recs)
        self.result.created["items"] += len(new_rows)
        self.result.updated["missions"] += 1
        self.uow.record("mission.update", "mission", rec.ref, before=before,
                        after=mission_doc(_rec_view(rec, old.status)), mission_ref=rec.ref)
        self.uow.flush()


def _person_columns(d: dict) -> dict:
    from datetime import date

    return {
        "ref": d["ref"], "name": d["name"], "latin_name": d.get("latin_name"),
        "organisation": d.get("organisation"), "function": d.get("function"),
        "nationality": d.get("nationality", []),
        "birth_date": date.fromisoformat(d["birth_date"]) if d.get("birth_date") else None,
        "email": d.get("email"), "phone": d.get("phone"), "languages": d.get("languages", []),
        "dietary": d.get("dietary"), "accessibility": d.get("accessibility"),
        "staff": d["staff"],
    }


def _venue_columns(d: dict) -> dict:
    return {
        "ref": d["ref"], "name": d["name"], "address": d.get("address"), "city": d.get("city"),
        "country": d["country"], "timezone": d["timezone"], "lat": d.get("lat"),
        "lon": d.get("lon"), "capacity": d.get("capacity"),
        "exclusive": d.get("exclusive", False),
    }


def _cost_rows(mid: int, rec: MissionRec) -> list[dict]:
    return [{"mission_id": mid, "position": n, "description": c["description"],
             "amount": c["amount"], "currency": c["currency"], "paid_by": c["paid_by"]}
            for n, c in enumerate(rec.costs)]
