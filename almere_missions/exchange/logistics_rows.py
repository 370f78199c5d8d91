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

from sqlalchemy import delete, select

from almere_missions.db.models import Item, Mission, Participant, Person, Venue
from almere_missions.db.models_logistics import (
    InterpreterBooking,
    Invitation,
    InvitationAttendee,
    PersonNeed,
    PersonProtocol,
    RoomAssignment,
    RoomBlock,
    Trip,
    TripPassenger,
    Vehicle,
    VenueProfile,
)
from almere_missions.exchange.logistics import KEYS, KINDS, Known, instant_text
from almere_missions.services.missions import _chunks
from almere_missions.timeutil import format_local, parse_local
from almere_missions.uow import UnitOfWork


def known(uow: UnitOfWork) -> Known:
    """The database's refs for the section's checks (read only when a file has one)."""
    s = uow.session
    kn = Known(persons=set(), venues=set(s.scalars(select(Venue.ref))),
               missions=set(s.scalars(select(Mission.ref))),
               vehicles=set(s.scalars(select(Vehicle.ref))))
    for ref, langs in s.execute(select(Person.ref, Person.languages)):
        kn.persons.add(ref)
        kn.languages[ref] = list(langs or ())
    kn.venue_kinds = dict(s.execute(select(Venue.ref, VenueProfile.kind)
                                    .join(VenueProfile, VenueProfile.venue_id == Venue.id)).all())
    for mref, pref in s.execute(select(Mission.ref, Person.ref)
                                .join(Participant, Participant.mission_id == Mission.id)
                                .join(Person, Person.id == Participant.person_id)):
        kn.participants.setdefault(mref, set()).add(pref)
    kn.items = {ref: (mref, tz) for ref, mref, tz in s.execute(
        select(Item.ref, Mission.ref, Item.timezone).join(Mission, Mission.id == Item.mission_id))}
    return kn


class _Refs:
    """Ref of an id per table, each map read once."""

    def __init__(self, uow: UnitOfWork):
        self.s = uow.session
        self._maps: dict[Any, dict[int, str]] = {}

    def __call__(self, model, ident: int | None) -> str | None:
        if ident is None:
            return None
        m = self._maps.get(model)
        if m is None:
            m = self._maps[model] = dict(self.s.execute(select(model.id, model.ref)).all())
        if ident not in m:  # written in this transaction after the map was read
            m[ident] = self.s.scalar(select(model.ref).where(model.id == ident))
        return m[ident]


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
              missions: Iterable[str] | None = None, refs: _Refs | None = None) -> list[dict]:
    """The canonical records of one kind, sorted by key: all, those with ``keys``, or (for
    the kinds that belong to a mission) those of ``missions``."""
    s, refs = uow.session, refs or _Refs(uow)
    if kind == "venue_profiles":
        q = select(Venue.ref, VenueProfile.kind, VenueProfile.step_free).join(
            VenueProfile, VenueProfile.venue_id == Venue.id)
        out = []
        for ref, vkind, step_free in _filtered(s, q, Venue.ref, keys):
            doc = {"venue": ref, "kind": vkind}
            if step_free is not None:
                doc["step_free"] = step_free
            out.append(doc)
    elif kind == "protocol":
        q = select(Person.ref, PersonProtocol).join(PersonProtocol,
                                                    PersonProtocol.person_id == Person.id)
        out = []
        for ref, row in _filtered(s, q, Person.ref, keys):
            doc = {"person": ref}
            _put(doc, "title", dict(row.title or {}))
            _put(doc, "address", dict(row.address or {}))
            _put(doc, "precedence", row.precedence)
            out.append(doc)
    elif kind == "needs":
        q = select(Person.ref, PersonNeed.allergies, PersonNeed.step_free).join(
            PersonNeed, PersonNeed.person_id == Person.id)
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
        for (row,) in _filtered(s, select(Vehicle), Vehicle.ref, keys):
            doc = {"ref": row.ref, "name": row.name, "seats": row.seats}
            _put(doc, "plate", row.plate)
            out.append(doc)
    elif kind == "room_blocks":
        out = _room_blocks(s, keys, missions, refs)
    elif kind == "trips":
        out = _trips(s, keys, missions, refs)
    elif kind == "interpreter_bookings":
        q = (select(Item.ref, Person.ref).join(InterpreterBooking,
                                               InterpreterBooking.item_id == Item.id)
             .join(Person, Person.id == InterpreterBooking.person_id))
        rows = (_filtered(s, q.join(Mission, Mission.id == Item.mission_id), Mission.ref,
                          missions) if missions is not None else _filtered(s, q, Item.ref, keys))
        by_item: dict[str, list[str]] = defaultdict(list)
        for iref, pref in rows:
            by_item[iref].append(pref)
        out = [{"item": i, "interpreters": sorted(p)} for i, p in by_item.items()]
    else:
        out = _invitations(s, keys, missions)
    return sorted(out, key=lambda d: d[KEYS[kind]])


def _room_blocks(s, keys, missions, refs: _Refs) -> list[dict]:
    q = (select(RoomBlock, Mission.ref, Venue.ref)
         .join(Mission, Mission.id == RoomBlock.mission_id)
         .join(Venue, Venue.id == RoomBlock.hotel_id))
    rows = (_filtered(s, q, Mission.ref, missions) if missions is not None
            else _filtered(s, q, RoomBlock.ref, keys))
    ids = [b.id for b, _m, _h in rows]
    rooms: dict[int, list[dict]] = defaultdict(list)
    qa = select(RoomAssignment.block_id, Person.ref, RoomAssignment.room, RoomAssignment.check_in,
                RoomAssignment.check_out).join(Person, Person.id == RoomAssignment.person_id)
    for bid, pref, room, a_in, a_out in _filtered(s, qa, RoomAssignment.block_id, ids):
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


def _trips(s, keys, missions, refs: _Refs) -> list[dict]:
    q = (select(Trip, Mission.ref, Item.ref, Item.timezone)
         .join(Mission, Mission.id == Trip.mission_id)
         .join(Item, Item.id == Trip.to_item_id))
    rows = (_filtered(s, q, Mission.ref, missions) if missions is not None
            else _filtered(s, q, Trip.ref, keys))
    ids = [t.id for t, *_ in rows]
    riders: dict[int, list[str]] = defaultdict(list)
    qp = select(TripPassenger.trip_id, Person.ref).join(Person,
                                                        Person.id == TripPassenger.person_id)
    for tid, pref in _filtered(s, qp, TripPassenger.trip_id, ids):
        riders[tid].append(pref)
    out = []
    for t, mref, to_item, zone in rows:
        doc = {"ref": t.ref, "mission": mref, "vehicle": refs(Vehicle, t.vehicle_id)}
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
    q = (select(Invitation, Item.revision).join(Mission, Mission.ref == Invitation.mission_ref)
         .outerjoin(Item, Item.id == Invitation.item_id))
    rows = (_filtered(s, q, Invitation.mission_ref, missions) if missions is not None
            else _filtered(s, q, Invitation.uid, keys))
    uids = [inv.uid for inv, _rev in rows]
    people: dict[str, list[dict]] = defaultdict(list)
    qa = (select(InvitationAttendee.uid, Person.ref, InvitationAttendee.partstat,
                 InvitationAttendee.replied_at)
          .join(Person, Person.id == InvitationAttendee.person_id))
    for uid, pref, partstat, replied in _filtered(s, qa, InvitationAttendee.uid, uids):
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
    refs = _Refs(uow)
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

def _day(value: str) -> date:
    return date.fromisoformat(value)


def _moment(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


class _Ids:
    """Id of a ref per table, read once per write (after the file's missions are in)."""

    def __init__(self, uow: UnitOfWork):
        self.s = uow.session
        self._maps: dict[Any, dict[str, int]] = {}

    def __call__(self, model, ref: str | None) -> int | None:
        if ref is None:
            return None
        m = self._maps.get(model)
        if m is None:
            m = self._maps[model] = dict(self.s.execute(select(model.ref, model.id)).all())
        if ref not in m:  # written in this transaction after the map was read
            ident = self.s.scalar(select(model.id).where(model.ref == ref))
            if ident is None:
                return None
            m[ref] = ident
        return m[ref]


def write(uow: UnitOfWork, section: dict[str, list[dict]], result) -> None:
    """Upsert the checked records; counts go to ``result`` (created / updated / unchanged)."""
    ids = _Ids(uow)
    refs = _Refs(uow)
    s = uow.session
    for kind in KINDS:
        docs = section.get(kind) or []
        if not docs:
            continue
        key = KEYS[kind]
        current = {d[key]: d for d in read_kind(uow, kind, keys=[d[key] for d in docs],
                                                refs=refs)}
        for doc in docs:
            old = current.get(doc[key])
            if old == doc or (old is None and kind == "needs" and not (
                    doc.get("allergies") or doc["step_free"])):
                result.unchanged[kind] += 1
                continue
            _WRITERS[kind](uow, s, ids, doc)
            (result.created if old is None else result.updated)[kind] += 1
        uow.flush()


def _venue_profile(uow, s, ids, d):
    vid = ids(Venue, d["venue"])
    row = s.get(VenueProfile, vid) or VenueProfile(venue_id=vid)
    row.kind, row.step_free = d["kind"], d.get("step_free")
    s.add(row)
    uow.record("venue.profile", "venue", d["venue"],
               after={"kind": d["kind"], "step_free": d.get("step_free")})


def _protocol(uow, s, ids, d):
    pid = ids(Person, d["person"])
    row = s.get(PersonProtocol, pid) or PersonProtocol(person_id=pid)
    row.title, row.address = dict(d.get("title", {})), dict(d.get("address", {}))
    row.precedence = d.get("precedence")
    s.add(row)
    uow.record("person.protocol", "person", d["person"], after=["title", "address",
                                                                "precedence"])


def _needs(uow, s, ids, d):
    pid = ids(Person, d["person"])
    if d.get("allergies") or d["step_free"]:
        row = s.get(PersonNeed, pid) or PersonNeed(person_id=pid)
        row.allergies, row.step_free = d.get("allergies"), d["step_free"]
        s.add(row)
    else:
        s.execute(delete(PersonNeed).where(PersonNeed.person_id == pid))
    uow.record("person.needs", "person", d["person"], after=["allergies", "step_free"])


def _vehicle(uow, s, ids, d):
    row = s.scalar(select(Vehicle).where(Vehicle.ref == d["ref"])) or Vehicle(ref=d["ref"])
    row.name, row.seats, row.plate = d["name"], d["seats"], d.get("plate")
    s.add(row)
    uow.record("vehicle.import", "vehicle", d["ref"], after={k: v for k, v in d.items()
                                                            if k != "ref"})


def _room_block(uow, s, ids, d):
    row = s.scalar(select(RoomBlock).where(RoomBlock.ref == d["ref"])) or RoomBlock(ref=d["ref"])
    row.mission_id, row.hotel_id = ids(Mission, d["mission"]), ids(Venue, d["hotel"])
    row.check_in, row.check_out = _day(d["check_in"]), _day(d["check_out"])
    row.rooms, row.cost_per_night = d["rooms"], Decimal(d["cost_per_night"])
    row.currency, row.payer = d["currency"], d["payer"]
    s.add(row)
    uow.flush()
    s.execute(delete(RoomAssignment).where(RoomAssignment.block_id == row.id))
    for a in d["assignments"]:
        s.add(RoomAssignment(block_id=row.id, person_id=ids(Person, a["person"]), room=a["room"],
                             check_in=_day(a["check_in"]), check_out=_day(a["check_out"])))
    uow.record("room_block.import", "room_block", d["ref"], mission_ref=d["mission"], after={
        **{k: v for k, v in d.items() if k not in ("ref", "assignments")},
        "rooms_assigned": len(d["assignments"])})


def _trip(uow, s, ids, d):
    row = s.scalar(select(Trip).where(Trip.ref == d["ref"])) or Trip(ref=d["ref"])
    zone = s.scalar(select(Item.timezone).where(Item.ref == d["to_item"]))
    row.mission_id, row.vehicle_id = ids(Mission, d["mission"]), ids(Vehicle, d["vehicle"])
    row.driver_id = ids(Person, d.get("driver"))
    row.from_item_id, row.to_item_id = ids(Item, d.get("from_item")), ids(Item, d["to_item"])
    row.from_venue_id = ids(Venue, d.get("from_venue"))
    row.to_venue_id = ids(Venue, d.get("to_venue"))
    row.pickup_utc = parse_local(d["pickup"], zone)
    row.arrive_utc = parse_local(d["arrive"], zone)
    row.notes = d.get("notes")
    s.add(row)
    uow.flush()
    s.execute(delete(TripPassenger).where(TripPassenger.trip_id == row.id))
    for p in d["passengers"]:
        s.add(TripPassenger(trip_id=row.id, person_id=ids(Person, p)))
    uow.record("trip.import", "trip", d["ref"], mission_ref=d["mission"], after={
        **{k: v for k, v in d.items() if k not in ("ref", "passengers")},
        "passengers": len(d["passengers"])})


def _interpreters(uow, s, ids, d):
    iid = ids(Item, d["item"])
    s.execute(delete(InterpreterBooking).where(InterpreterBooking.item_id == iid))
    for p in d["interpreters"]:
        s.add(InterpreterBooking(item_id=iid, person_id=ids(Person, p)))
    mission_ref = s.scalar(select(Mission.ref).join(Item, Item.mission_id == Mission.id)
                           .where(Item.id == iid))
    uow.record("interpreter.import", "item", d["item"], mission_ref=mission_ref,
               after={"interpreters": d["interpreters"]})


def _invitation(uow, s, ids, d):
    row = s.get(Invitation, d["uid"]) or Invitation(uid=d["uid"])
    item = s.scalar(select(Item).where(Item.ref == d["item"]))
    row.item_id = item.id if item is not None else None
    # what matters is whether the item changed since it was sent: a revision behind
    row.revision = (item.revision - (1 if d.get("revised_since_sent") else 0)
                    if item is not None else 0)
    row.mission_ref, row.item_ref = d["mission"], d["item"]
    row.sequence, row.method, row.summary = d["sequence"], d["method"], d["summary"]
    row.sent_at = _moment(d["sent_at"])
    row.start_utc, row.end_utc = _moment(d["start"]), _moment(d["end"])
    row.timezone, row.all_day = d["timezone"], d["all_day"]
    s.add(row)
    uow.flush()
    s.execute(delete(InvitationAttendee).where(InvitationAttendee.uid == row.uid))
    for a in d["attendees"]:
        s.add(InvitationAttendee(uid=row.uid, person_id=ids(Person, a["person"]),
                                 partstat=a["reply"].upper(),
                                 replied_at=_moment(a.get("replied_at"))))
    uow.record("invitation.import", "invitation", d["uid"], mission_ref=d["mission"],
               after={"method": d["method"], "sequence": d["sequence"],
                      "attendees": len(d["attendees"])})


_WRITERS = {"venue_profiles": _venue_profile, "protocol": _protocol, "needs": _needs,
            "vehicles": _vehicle, "room_blocks": _room_block, "trips": _trip,
            "interpreter_bookings": _interpreters, "invitations": _invitation}
