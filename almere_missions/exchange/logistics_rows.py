"""The logistics section to and from the database's rows.

:func:`read` gives the canonical records (what the export writes and what the writer
compares with); :func:`write` upserts checked records by their key. A record present
in a file replaces what it holds (a block's rooms, a trip's passengers, an item's
interpreters, an invitation's attendees); records not in the file are left alone.
The audit trail names persons' records by ref and field names only, never the needs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, select, update

from almere_missions.db import models_logistics as lm
from almere_missions.db.models import Item, Mission, Participant, Person, Venue
from almere_missions.exchange.logistics import KEYS, KINDS, Known, instant_text
from almere_missions.rowrefs import Refs
from almere_missions.services.missions import _chunks
from almere_missions.timeutil import format_local, parse_local
from almere_missions.uow import UnitOfWork


def known(uow: UnitOfWork) -> Known:
    """The database's refs for the section's checks (read only when a file has one)."""
    s = uow.session
    kn = Known(persons=set(), venues=set(s.scalars(select(Venue.ref))),
               missions=set(s.scalars(select(Mission.ref))),
               vehicles=set(s.scalars(select(lm.Vehicle.ref))))
    for ref, langs in s.execute(select(Person.ref, Person.languages)):
        kn.persons.add(ref)
        kn.languages[ref] = list(langs or ())
    kn.venue_kinds = dict(s.execute(
        select(Venue.ref, lm.VenueProfile.kind)
        .join(lm.VenueProfile, lm.VenueProfile.venue_id == Venue.id)).all())
    for mref, pref in s.execute(select(Mission.ref, Person.ref)
                                .join(Participant, Participant.mission_id == Mission.id)
                                .join(Person, Person.id == Participant.person_id)):
        kn.participants.setdefault(mref, set()).add(pref)
    kn.items = {ref: (mref, tz) for ref, mref, tz in s.execute(
        select(Item.ref, Mission.ref, Item.timezone).join(Mission, Mission.id == Item.mission_id))}
    return kn


def _put(doc: dict, key: str, value: Any) -> None:
    if value not in (None, "", [], {}):
        doc[key] = value


def _filtered(s, query, column, values: Iterable | None) -> list:
    if values is None:
        return list(s.execute(query))
    out: list = []
    for chunk in _chunks(sorted(set(values))):
        out.extend(s.execute(query.where(column.in_(chunk))))
    return out


# --- reading -----------------------------------------------------------------------------

def read_kind(uow: UnitOfWork, kind: str, *, keys: Iterable[str] | None = None,
              missions: Iterable[str] | None = None, refs: Refs | None = None) -> list[dict]:
    """The canonical records of one kind, sorted by key: all, those with ``keys``, or (for
    the kinds that belong to a mission) those of ``missions``."""
    s, refs = uow.session, refs or Refs(uow)
    if kind == "venue_profiles":
        q = select(Venue.ref, lm.VenueProfile.kind, lm.VenueProfile.step_free).join(
            lm.VenueProfile, lm.VenueProfile.venue_id == Venue.id)
        out = []
        for ref, vkind, step_free in _filtered(s, q, Venue.ref, keys):
            doc = {"venue": ref, "kind": vkind}
            if step_free is not None:
                doc["step_free"] = step_free
            out.append(doc)
    elif kind == "protocol":
        q = select(Person.ref, lm.PersonProtocol).join(lm.PersonProtocol,
                                                    lm.PersonProtocol.person_id == Person.id)
        out = []
        for ref, row in _filtered(s, q, Person.ref, keys):
            doc = {"person": ref}
            _put(doc, "title", dict(row.title or {}))
            _put(doc, "address", dict(row.address or {}))
            _put(doc, "precedence", row.precedence)
            out.append(doc)
    elif kind == "needs":
        q = select(Person.ref, lm.PersonNeed.allergies, lm.PersonNeed.step_free).join(
            lm.PersonNeed, lm.PersonNeed.person_id == Person.id)
        out = []
        for ref, allergies, step_free in _filtered(s, q, Person.ref, keys):
            if not (allergies or step_free):
                continue  # an empty row says nothing (the use case never keeps one)
            doc = {"person": ref}
            _put(doc, "allergies", allergies)
            doc["step_free"] = bool(step_free)
            out.append(doc)
    elif kind == "vehicles":
        out = []
        for (row,) in _filtered(s, select(lm.Vehicle), lm.Vehicle.ref, keys):
            doc = {"ref": row.ref, "name": row.name, "seats": row.seats}
            _put(doc, "plate", row.plate)
            out.append(doc)
    elif kind == "room_blocks":
        out = _room_blocks(s, keys, missions, refs)
    elif kind == "trips":
        out = _trips(s, keys, missions, refs)
    elif kind == "interpreter_bookings":
        q = (select(Item.ref, Person.ref).join(lm.InterpreterBooking,
                                               lm.InterpreterBooking.item_id == Item.id)
             .join(Person, Person.id == lm.InterpreterBooking.person_id))
        rows = (_filtered(s, q.join(Mission, Mission.id == Item.mission_id), Mission.ref,
                          missions) if missions is not None else _filtered(s, q, Item.ref, keys))
        by_item: dict[str, list[str]] = defaultdict(list)
        for iref, pref in rows:
            by_item[iref].append(pref)
        out = [{"item": i, "interpreters": sorted(p)} for i, p in by_item.items()]
    else:
        out = _invitations(s, keys, missions)
    return sorted(out, key=lambda d: d[KEYS[kind]])


def _room_blocks(s, keys, missions, refs: Refs) -> list[dict]:
    q = (select(lm.RoomBlock, Mission.ref, Venue.ref)
         .join(Mission, Mission.id == lm.RoomBlock.mission_id)
         .join(Venue, Venue.id == lm.RoomBlock.hotel_id))
    rows = (_filtered(s, q, Mission.ref, missions) if missions is not None
            else _filtered(s, q, lm.RoomBlock.ref, keys))
    ids = [b.id for b, _m, _h in rows]
    rooms: dict[int, list[dict]] = defaultdict(list)
    qa = select(lm.RoomAssignment.block_id, Person.ref, lm.RoomAssignment.room,
                lm.RoomAssignment.check_in, lm.RoomAssignment.check_out
                ).join(Person, Person.id == lm.RoomAssignment.person_id)
    for bid, pref, room, a_in, a_out in _filtered(s, qa, lm.RoomAssignment.block_id, ids):
        rooms[bid].append({"person": pref, "room": room, "check_in": a_in.isoformat(),
                           "check_out": a_out.isoformat()})
    out = []
    for b, mref, href in rows:
        out.append({"ref": b.ref, "mission": mref, "hotel": href,
                    "check_in": b.check_in.isoformat(), "check_out": b.check_out.isoformat(),
                    "rooms": b.rooms, "cost_per_night": str(b.cost_per_night),
                    "currency": b.currency, "payer": b.payer,
                    "assignments": sorted(rooms[b.id], key=lambda a: (a["person"],
                                                                      a["check_in"]))})
    return out


def _trips(s, keys, missions, refs: Refs) -> list[dict]:
    q = (select(lm.Trip, Mission.ref, Item.ref, Item.timezone)
         .join(Mission, Mission.id == lm.Trip.mission_id)
         .join(Item, Item.id == lm.Trip.to_item_id))
    rows = (_filtered(s, q, Mission.ref, missions) if missions is not None
            else _filtered(s, q, lm.Trip.ref, keys))
    ids = [t.id for t, *_ in rows]
    riders: dict[int, list[str]] = defaultdict(list)
    qp = select(lm.TripPassenger.trip_id, Person.ref).join(Person,
                                                        Person.id == lm.TripPassenger.person_id)
    for tid, pref in _filtered(s, qp, lm.TripPassenger.trip_id, ids):
        riders[tid].append(pref)
    out = []
    for t, mref, to_item, zone in rows:
        doc = {"ref": t.ref, "mission": mref, "vehicle": refs(lm.Vehicle, t.vehicle_id)}
        _put(doc, "driver", refs(Person, t.driver_id))
        _put(doc, "from_item", refs(Item, t.from_item_id))
        doc["to_item"] = to_item
        _put(doc, "from_venue", refs(Venue, t.from_venue_id))
        _put(doc, "to_venue", refs(Venue, t.to_venue_id))
        doc["pickup"] = format_local(t.pickup_utc, zone)
        doc["arrive"] = format_local(t.arrive_utc, zone)
        doc["passengers"] = sorted(riders[t.id])
        _put(doc, "notes", t.notes)
        out.append(doc)
    return out


def _invitations(s, keys, missions) -> list[dict]:
    # Only invitations of missions that exist: one of a deleted mission can no longer be
    # sent again or cancelled from here.
    q = (select(lm.Invitation, Item.revision)
         .join(Mission, Mission.ref == lm.Invitation.mission_ref)
         .outerjoin(Item, Item.id == lm.Invitation.item_id))
    rows = (_filtered(s, q, lm.Invitation.mission_ref, missions) if missions is not None
            else _filtered(s, q, lm.Invitation.uid, keys))
    uids = [inv.uid for inv, _rev in rows]
    people: dict[str, list[dict]] = defaultdict(list)
    qa = (select(lm.InvitationAttendee.uid, Person.ref, lm.InvitationAttendee.partstat,
                 lm.InvitationAttendee.replied_at)
          .join(Person, Person.id == lm.InvitationAttendee.person_id))
    for uid, pref, partstat, replied in _filtered(s, qa, lm.InvitationAttendee.uid, uids):
        att = {"person": pref, "reply": partstat.lower()}
        if replied is not None:
            att["replied_at"] = instant_text(replied)
        people[uid].append(att)
    out = []
    for inv, revision in rows:
        doc = {"uid": inv.uid, "mission": inv.mission_ref, "item": inv.item_ref,
               "method": inv.method, "sequence": inv.sequence,
               "sent_at": instant_text(inv.sent_at), "summary": inv.summary,
               "start": instant_text(inv.start_utc), "end": instant_text(inv.end_utc),
               "timezone": inv.timezone, "all_day": inv.all_day}
        if revision is not None and revision != inv.revision:
            doc["revised_since_sent"] = True
        doc["attendees"] = sorted(people[inv.uid], key=lambda a: a["person"])
        out.append(doc)
    return out


def read(uow: UnitOfWork, missions: list[str] | None = None,
         persons: Iterable[str] | None = None, venues: Iterable[str] | None = None
         ) -> dict[str, list[dict]]:
    """The section of a whole export (no arguments) or of the named missions, with the
    profiles, titles and needs of the named ``persons`` and ``venues``. The vehicles are
    those the missions' trips use."""
    refs = Refs(uow)
    out: dict[str, list[dict]] = {}
    for kind in ("room_blocks", "trips", "interpreter_bookings", "invitations"):
        out[kind] = read_kind(uow, kind, missions=missions, refs=refs)
    whole = missions is None
    out["vehicles"] = read_kind(uow, "vehicles", refs=refs, keys=None if whole else {
        t["vehicle"] for t in out["trips"]})
    out["venue_profiles"] = read_kind(uow, "venue_profiles", keys=None if whole else venues)
    for kind in ("protocol", "needs"):
        out[kind] = read_kind(uow, kind, keys=None if whole else persons)
    return {kind: out[kind] for kind in KINDS}


def named(section: dict[str, list[dict]]) -> tuple[set[str], set[str]]:
    """The persons and venues the mission-bound records name (drivers, passengers,
    interpreters, invited persons; hotels and the trips' venues)."""
    persons: set[str] = set()
    venues: set[str] = set()
    for b in section["room_blocks"]:
        venues.add(b["hotel"])
        persons.update(a["person"] for a in b["assignments"])
    for t in section["trips"]:
        persons.update(t["passengers"])
        persons.update(t[k] for k in ("driver",) if t.get(k))
        venues.update(t[k] for k in ("from_venue", "to_venue") if t.get(k))
    for b in section["interpreter_bookings"]:
        persons.update(b["interpreters"])
    for inv in section["invitations"]:
        persons.update(a["person"] for a in inv["attendees"])
    return persons, venues


# --- writing -------------------------------------------------------------------------------
# Set-based: per kind one read of what is there, then INSERTs in batches, an UPDATE per
# changed record, and the child rows (rooms, passengers, interpreters, attendees) of every
# record written replaced in batches. The session holds no objects of these tables here,
# so nothing is flushed per record.

def _day(value: str) -> date:
    return date.fromisoformat(value)


def _moment(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


class _Ids:
    """Id of a ref per table, read once per write; refreshed for rows written since."""

    def __init__(self, uow: UnitOfWork):
        self.s = uow.session
        self._maps: dict[Any, dict[str, int]] = {}

    def map(self, model) -> dict[str, int]:
        m = self._maps.get(model)
        if m is None:
            m = self._maps[model] = dict(self.s.execute(select(model.ref, model.id)).all())
        return m

    def __call__(self, model, ref: str | None) -> int | None:
        return None if ref is None else self.map(model)[ref]

    def learn(self, model, refs: list[str]) -> None:
        m = self.map(model)
        for chunk in _chunks(refs):
            m.update(self.s.execute(select(model.ref, model.id)
                                    .where(model.ref.in_(chunk))).all())


def _insert(s, table, rows: list[dict]) -> None:
    for chunk in _chunks(rows, 2000):
        s.execute(table.insert(), chunk)


def _delete(s, column, ids: list[int]) -> None:
    for chunk in _chunks(ids):
        s.execute(delete(column.table).where(column.in_(chunk)))


def _replace(s, column, parents: list, rows: list[dict]) -> None:
    """The child rows of the records written: those whose ``column`` is one of ``parents``
    deleted, then ``rows`` inserted."""
    _delete(s, column, parents)
    _insert(s, column.table, rows)


def _record_imports(uow, action: str, entity: str, docs: list[dict], children: str,
                    count: str) -> None:
    """The audit trail of records written with their child rows: the fields, and how many
    ``children`` they have (as ``count``)."""
    for d in docs:
        uow.record(action, entity, d["ref"], mission_ref=d["mission"], after={
            **{k: v for k, v in d.items() if k not in ("ref", children)},
            count: len(d[children])})


def write(uow: UnitOfWork, section: dict[str, list[dict]], result) -> None:
    """Upsert the checked records; counts go to ``result`` (created / updated / unchanged)."""
    ids = _Ids(uow)
    refs = Refs(uow)
    for kind in KINDS:
        docs = section.get(kind) or []
        if not docs:
            continue
        key = KEYS[kind]
        current = {d[key]: d for d in read_kind(uow, kind, keys=[d[key] for d in docs],
                                                refs=refs)}
        new, changed = [], []
        for doc in docs:
            old = current.get(doc[key])
            if old == doc or (old is None and kind == "needs" and not (
                    doc.get("allergies") or doc["step_free"])):
                result.unchanged[kind] += 1
            else:
                (new if old is None else changed).append(doc)
        if new or changed:
            _WRITERS[kind](uow, ids, new, changed)
        result.created[kind] += len(new)
        result.updated[kind] += len(changed)


def _by_key(uow, ids, table, column, model, key: str, docs: list[dict], columns) -> None:
    """Rows keyed by a venue's or person's id: replaced whole."""
    keyed = [(ids(model, d[key]), d) for d in docs]
    _delete(uow.session, column, [k for k, _d in keyed])
    _insert(uow.session, table, [{column.key: k, **columns(d)} for k, d in keyed
                                 if columns(d) is not None])


def _write_venue_profiles(uow, ids, new, changed):
    table = lm.VenueProfile.__table__
    _by_key(uow, ids, table, table.c.venue_id, Venue, "venue", new + changed,
            lambda d: {"kind": d["kind"], "step_free": d.get("step_free")})
    for d in new + changed:
        uow.record("venue.profile", "venue", d["venue"],
                   after={"kind": d["kind"], "step_free": d.get("step_free")})


def _write_protocol(uow, ids, new, changed):
    _by_key(uow, ids, lm.PersonProtocol.__table__, lm.PersonProtocol.__table__.c.person_id, Person,
            "person", new + changed, lambda d: {
                "title": dict(d.get("title", {})), "address": dict(d.get("address", {})),
                "precedence": d.get("precedence")})
    for d in new + changed:
        uow.record("person.protocol", "person", d["person"],
                   after=["title", "address", "precedence"])


def _write_needs(uow, ids, new, changed):
    # a record with neither clears the person's needs (as the use case does)
    table = lm.PersonNeed.__table__
    _by_key(uow, ids, table, table.c.person_id, Person, "person", new + changed,
            lambda d: {"allergies": d.get("allergies"), "step_free": d["step_free"]}
            if d.get("allergies") or d["step_free"] else None)
    for d in new + changed:
        uow.record("person.needs", "person", d["person"], after=["allergies", "step_free"])


def _upsert(uow, ids, model, key: str, new: list[dict], changed: list[dict], columns) -> None:
    """Rows with their own ref: the new ones inserted in batches, the changed ones updated."""
    s = uow.session
    _insert(s, model.__table__, [{key: d[key], **columns(d)} for d in new])
    for d in changed:
        s.execute(update(model.__table__).where(model.__table__.c[key] == d[key])
                  .values(**columns(d)))
    if key == "ref":
        ids.learn(model, [d["ref"] for d in new])


def _write_vehicles(uow, ids, new, changed):
    _upsert(uow, ids, lm.Vehicle, "ref", new, changed,
            lambda d: {"name": d["name"], "seats": d["seats"], "plate": d.get("plate")})
    for d in new + changed:
        uow.record("vehicle.import", "vehicle", d["ref"],
                   after={k: v for k, v in d.items() if k != "ref"})


def _write_room_blocks(uow, ids, new, changed):
    s = uow.session
    _upsert(uow, ids, lm.RoomBlock, "ref", new, changed, lambda d: {
        "mission_id": ids(Mission, d["mission"]), "hotel_id": ids(Venue, d["hotel"]),
        "check_in": _day(d["check_in"]), "check_out": _day(d["check_out"]),
        "rooms": d["rooms"], "cost_per_night": Decimal(d["cost_per_night"]),
        "currency": d["currency"], "payer": d["payer"]})
    docs = new + changed
    blocks = [ids(lm.RoomBlock, d["ref"]) for d in docs]
    _replace(s, lm.RoomAssignment.__table__.c.block_id, blocks, [
        {"block_id": ids(lm.RoomBlock, d["ref"]), "person_id": ids(Person, a["person"]),
         "room": a["room"], "check_in": _day(a["check_in"]), "check_out": _day(a["check_out"])}
        for d in docs for a in d["assignments"]])
    _record_imports(uow, "room_block.import", "room_block", docs, "assignments",
                    "rooms_assigned")


def _write_trips(uow, ids, new, changed):
    s = uow.session
    docs = new + changed
    zones: dict[str, str] = {}
    for chunk in _chunks(sorted({d["to_item"] for d in docs})):
        zones.update(s.execute(select(Item.ref, Item.timezone)
                               .where(Item.ref.in_(chunk))).all())
    _upsert(uow, ids, lm.Trip, "ref", new, changed, lambda d: {
        "mission_id": ids(Mission, d["mission"]), "vehicle_id": ids(lm.Vehicle, d["vehicle"]),
        "driver_id": ids(Person, d.get("driver")),
        "from_item_id": ids(Item, d.get("from_item")), "to_item_id": ids(Item, d["to_item"]),
        "from_venue_id": ids(Venue, d.get("from_venue")),
        "to_venue_id": ids(Venue, d.get("to_venue")),
        "pickup_utc": parse_local(d["pickup"], zones[d["to_item"]]),
        "arrive_utc": parse_local(d["arrive"], zones[d["to_item"]]),
        "notes": d.get("notes")})
    _replace(s, lm.TripPassenger.__table__.c.trip_id, [ids(lm.Trip, d["ref"]) for d in docs], [
        {"trip_id": ids(lm.Trip, d["ref"]), "person_id": ids(Person, p)}
        for d in docs for p in d["passengers"]])
    _record_imports(uow, "trip.import", "trip", docs, "passengers", "passengers")


def _write_interpreters(uow, ids, new, changed):
    s = uow.session
    docs = new + changed
    _replace(s, lm.InterpreterBooking.__table__.c.item_id, [ids(Item, d["item"]) for d in docs], [
        {"item_id": ids(Item, d["item"]), "person_id": ids(Person, p)}
        for d in docs for p in d["interpreters"]])
    missions: dict[str, str] = {}
    for chunk in _chunks(sorted({d["item"] for d in docs})):
        missions.update(s.execute(select(Item.ref, Mission.ref)
                                  .join(Mission, Mission.id == Item.mission_id)
                                  .where(Item.ref.in_(chunk))).all())
    for d in docs:
        uow.record("interpreter.import", "item", d["item"], mission_ref=missions.get(d["item"]),
                   after={"interpreters": d["interpreters"]})


def _write_invitations(uow, ids, new, changed):
    s = uow.session
    docs = new + changed
    items: dict[str, tuple[int, int]] = {}
    for chunk in _chunks(sorted({d["item"] for d in docs})):
        items.update((ref, (iid, rev)) for ref, iid, rev in s.execute(
            select(Item.ref, Item.id, Item.revision).where(Item.ref.in_(chunk))))

    def columns(d):
        iid, revision = items.get(d["item"], (None, 0))
        if iid is not None and d.get("revised_since_sent"):
            revision -= 1  # what matters is only that the item changed after it was sent
        return {"item_id": iid, "revision": revision, "mission_ref": d["mission"],
                "item_ref": d["item"], "sequence": d["sequence"], "method": d["method"],
                "summary": d["summary"], "sent_at": _moment(d["sent_at"]),
                "start_utc": _moment(d["start"]), "end_utc": _moment(d["end"]),
                "timezone": d["timezone"], "all_day": d["all_day"]}

    _upsert(uow, ids, lm.Invitation, "uid", new, changed, columns)
    _replace(s, lm.InvitationAttendee.__table__.c.uid, [d["uid"] for d in docs], [
        {"uid": d["uid"], "person_id": ids(Person, a["person"]),
         "partstat": a["reply"].upper(), "replied_at": _moment(a.get("replied_at"))}
        for d in docs for a in d["attendees"]])
    for d in docs:
        uow.record("invitation.import", "invitation", d["uid"], mission_ref=d["mission"],
                   after={"method": d["method"], "sequence": d["sequence"],
                          "attendees": len(d["attendees"])})


_WRITERS = {"venue_profiles": _write_venue_profiles, "protocol": _write_protocol,
            "needs": _write_needs, "vehicles": _write_vehicles,
            "room_blocks": _write_room_blocks, "trips": _write_trips,
            "interpreter_bookings": _write_interpreters, "invitations": _write_invitations}
