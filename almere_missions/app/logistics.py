"""Visit logistics: hotels, room blocks and rooms, vehicles and trips, interpreters, needs,
titles and precedence, and their checks.

Every write checks its input first and names the record and field of what is wrong;
nothing is written then. Changes go to the audit trail; those of a person under the
entity ``person`` (field names only, never the values).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation

from sqlalchemy import delete, select

from almere_missions import permissions as p
from almere_missions.app import Caller
from almere_missions.db import models_logistics as lm
from almere_missions.db.models import Item, Mission, Participant, Person, Venue
from almere_missions.errors import InvalidInput, NotFound, Refused
from almere_missions.planning import settings as planning_settings
from almere_missions.planning.geo import distance_km
from almere_missions.rowrefs import row_of_ref
from almere_missions.uow import UnitOfWork

#: the kinds of venue profile, the front ends' choices
VENUE_KINDS = lm.VENUE_KINDS


_one = row_of_ref


def _fresh_ref(uow: UnitOfWork, model, ref: str, record: str) -> str:
    ref = (ref or "").strip()
    if not ref:
        raise InvalidInput("is required", record=record, field="ref")
    if uow.session.scalar(select(model.id).where(model.ref == ref)) is not None:
        raise InvalidInput(f"{ref!r} is already in use", record=record, field="ref")
    return ref


def _positive(value, record: str, field: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise InvalidInput(f"must be a whole number of at least 1, not {value!r}",
                           record=record, field=field)
    return value


def _dates(check_in: date, check_out: date, record: str) -> None:
    if not isinstance(check_in, date) or not isinstance(check_out, date):
        raise InvalidInput("check-in and check-out must be dates", record=record,
                           field="check_in")
    if check_out <= check_in:
        raise InvalidInput(f"check-out {check_out} must be after check-in {check_in}",
                           record=record, field="check_out")


# --- venues and persons --------------------------------------------------------------

def set_venue_profile(caller: Caller, venue_ref: str, *, kind: str = "venue",
                      step_free: bool | None = None) -> None:
    """Say whether a venue is a hotel and whether it has step-free access."""
    record = f"venue {venue_ref}"
    if kind not in lm.VENUE_KINDS:
        raise InvalidInput(f"must be one of {', '.join(lm.VENUE_KINDS)}, not {kind!r}",
                           record=record, field="kind")
    with caller.write() as uow:
        p.require(uow, p.LOGISTICS_EDIT)
        venue = _one(uow, Venue, venue_ref, "venue")
        row = uow.session.get(lm.VenueProfile, venue.id) or lm.VenueProfile(venue_id=venue.id)
        before = {"kind": row.kind, "step_free": row.step_free} if row.kind else None
        row.kind, row.step_free = kind, step_free
        uow.session.add(row)
        uow.record("venue.profile", "venue", venue_ref, before=before,
                   after={"kind": kind, "step_free": step_free})
        uow.commit()


def set_protocol(caller: Caller, person_ref: str, *, title: dict[str, str] | None = None,
                 address: dict[str, str] | None = None, precedence: int | None = None) -> None:
    """A person's title and form of address per language, and rank in the precedence."""
    record = f"person {person_ref}"
    for field, value in (("title", title), ("address", address)):
        if value is not None and not (isinstance(value, dict) and all(
                isinstance(k, str) and isinstance(v, str) for k, v in value.items())):
            raise InvalidInput("must map language codes to texts", record=record, field=field)
    if precedence is not None:
        _positive(precedence, record, "precedence")
    with caller.write() as uow:
        p.require(uow, p.LOGISTICS_EDIT)
        person = _one(uow, Person, person_ref, "person")
        row = (uow.session.get(lm.PersonProtocol, person.id)
               or lm.PersonProtocol(person_id=person.id))
        row.title = dict(title or {})
        row.address = dict(address or {})
        row.precedence = precedence
        uow.session.add(row)
        uow.record("person.protocol", "person", person_ref,
                   after=["title", "address", "precedence"])
        uow.commit()


def set_needs(caller: Caller, person_ref: str, *, dietary: str | None = None,
              allergies: str | None = None, accessibility: str | None = None,
              step_free: bool = False) -> None:
    """A guest's needs (personal data: kept under the retention rule, erased with them)."""
    with caller.write() as uow:
        p.require(uow, p.NEEDS_EDIT)
        person = _one(uow, Person, person_ref, "person")
        person.dietary = (dietary or "").strip() or None
        person.accessibility = (accessibility or "").strip() or None
        if (allergies or "").strip() or step_free:
            row = uow.session.get(lm.PersonNeed, person.id) or lm.PersonNeed(person_id=person.id)
            row.allergies = (allergies or "").strip() or None
            row.step_free = bool(step_free)
            uow.session.add(row)
        else:
            uow.session.execute(delete(lm.PersonNeed).where(lm.PersonNeed.person_id == person.id))
        uow.record("person.needs", "person", person_ref,
                   after=["dietary", "allergies", "accessibility", "step_free"])
        uow.commit()


# --- rooms ---------------------------------------------------------------------------

def add_room_block(caller: Caller, mission_ref: str, ref: str, *, hotel: str,
                   check_in: date, check_out: date, rooms: int, cost_per_night: str | Decimal,
                   payer: str, currency: str = "EUR") -> None:
    record = f"room block {ref}"
    _dates(check_in, check_out, record)
    _positive(rooms, record, "rooms")
    try:
        cost = Decimal(str(cost_per_night))
    except InvalidOperation:
        raise InvalidInput(f"{cost_per_night!r} is not an amount such as 129.00",
                           record=record, field="cost_per_night") from None
    if not cost.is_finite() or cost < 0:
        raise InvalidInput("must be an amount of 0 or more", record=record,
                           field="cost_per_night")
    if not (payer or "").strip():
        raise InvalidInput("say who pays", record=record, field="payer")
    if not (isinstance(currency, str) and len(currency) == 3 and currency.isalpha()):
        raise InvalidInput(f"{currency!r} is not a currency code such as EUR", record=record,
                           field="currency")
    with caller.write() as uow:
        p.require(uow, p.LOGISTICS_EDIT)
        ref = _fresh_ref(uow, lm.RoomBlock, ref, record)
        mission = _one(uow, Mission, mission_ref, "mission")
        venue = _one(uow, Venue, hotel, "venue")
        profile = uow.session.get(lm.VenueProfile, venue.id)
        if profile is None or profile.kind != "hotel":
            raise InvalidInput(f"venue {hotel} is not a hotel (set its kind first)",
                               record=record, field="hotel")
        uow.session.add(lm.RoomBlock(ref=ref, mission_id=mission.id, hotel_id=venue.id,
                                  check_in=check_in, check_out=check_out, rooms=rooms,
                                  cost_per_night=cost, currency=currency.upper(),
                                  payer=payer.strip()))
        uow.record("room_block.create", "room_block", ref, mission_ref=mission_ref, after={
            "hotel": hotel, "check_in": check_in, "check_out": check_out, "rooms": rooms,
            "cost_per_night": cost, "currency": currency.upper(), "payer": payer.strip()})
        uow.commit()


def assign_room(caller: Caller, block_ref: str, person_ref: str, *, room: str,
                check_in: date, check_out: date) -> None:
    record = f"room of {person_ref} in {block_ref}"
    _dates(check_in, check_out, record)
    if not (room or "").strip():
        raise InvalidInput("is required", record=record, field="room")
    with caller.write() as uow:
        p.require(uow, p.LOGISTICS_EDIT)
        block = _one(uow, lm.RoomBlock, block_ref, "room block")
        person = _one(uow, Person, person_ref, "person")
        if uow.session.scalar(select(Participant.id).where(
                Participant.mission_id == block.mission_id,
                Participant.person_id == person.id)) is None:
            raise InvalidInput(f"{person_ref} is not in the block's mission", record=record,
                               field="person")
        if uow.session.scalar(select(lm.RoomAssignment.id).where(
                lm.RoomAssignment.block_id == block.id, lm.RoomAssignment.person_id == person.id,
                lm.RoomAssignment.check_in == check_in)) is not None:
            raise InvalidInput(f"already has a room from {check_in} in this block",
                               record=record, field="check_in")
        uow.session.add(lm.RoomAssignment(block_id=block.id, person_id=person.id,
                                       room=room.strip(), check_in=check_in,
                                       check_out=check_out))
        mission_ref = uow.session.scalar(select(Mission.ref).where(Mission.id == block.mission_id))
        uow.record("room.assign", "person", person_ref, mission_ref=mission_ref,
                   after=["room", "check_in", "check_out"])
        uow.commit()


# --- transport -----------------------------------------------------------------------

def add_vehicle(caller: Caller, ref: str, *, name: str, seats: int,
                plate: str | None = None) -> None:
    record = f"vehicle {ref}"
    _positive(seats, record, "seats")
    if not (name or "").strip():
        raise InvalidInput("is required", record=record, field="name")
    with caller.write() as uow:
        p.require(uow, p.LOGISTICS_EDIT)
        ref = _fresh_ref(uow, lm.Vehicle, ref, record)
        uow.session.add(lm.Vehicle(ref=ref, name=name.strip(), seats=seats, plate=plate))
        uow.record("vehicle.create", "vehicle", ref, after={"name": name, "seats": seats})
        uow.commit()


def travel_minutes(venue_a: Venue | None, venue_b: Venue | None) -> float:
    """Minutes from one venue to another by the planning settings' travel modes (0 when
    unknown: the ride is then planned to arrive by the item's start)."""
    if venue_a is None or venue_b is None or None in (venue_a.lat, venue_a.lon, venue_b.lat,
                                                      venue_b.lon):
        return 0.0
    km = distance_km(venue_a.lat, venue_a.lon, venue_b.lat, venue_b.lon)
    return planning_settings.load().travel_minutes(km)


@dataclass(frozen=True)
class TripInfo:
    ref: str
    pickup: str  # ISO instant, UTC
    arrive: str
    minutes: int


def add_trip(caller: Caller, mission_ref: str, ref: str, *, vehicle: str, to_item: str,
             from_item: str | None = None, from_venue: str | None = None,
             driver: str | None = None, passengers: Iterable[str] = ()) -> TripInfo:
    """A ride to ``to_item``: the pick-up time is worked out from the travel time between
    the venues (from ``from_item``'s venue, or ``from_venue``, e.g. the hotel)."""
    record = f"trip {ref}"
    passengers = list(dict.fromkeys(passengers))
    with caller.write() as uow:
        p.require(uow, p.LOGISTICS_EDIT)
        ref = _fresh_ref(uow, lm.Trip, ref, record)
        mission = _one(uow, Mission, mission_ref, "mission")
        car = _one(uow, lm.Vehicle, vehicle, "vehicle")
        target = _one(uow, Item, to_item, "item")
        if target.mission_id != mission.id:
            raise InvalidInput(f"item {to_item} is not in mission {mission_ref}", record=record,
                               field="to_item")
        source = _one(uow, Item, from_item, "item") if from_item else None
        if source is not None and source.mission_id != mission.id:
            raise InvalidInput(f"item {from_item} is not in mission {mission_ref}",
                               record=record, field="from_item")
        start_venue = (_one(uow, Venue, from_venue, "venue") if from_venue else
                       (source.to_venue or source.venue) if source is not None else None)
        end_venue = target.venue
        minutes = travel_minutes(start_venue, end_venue)
        arrive = target.start_utc
        pickup = arrive - timedelta(minutes=round(minutes))
        if source is not None and pickup < source.end_utc:
            raise InvalidInput(f"the ride takes about {round(minutes)} min, more than the time "
                               f"between {from_item} and {to_item}", record=record,
                               field="from_item")
        driver_row = _one(uow, Person, driver, "person") if driver else None
        trip = lm.Trip(ref=ref, mission_id=mission.id, vehicle_id=car.id,
                    driver_id=driver_row.id if driver_row else None,
                    from_item_id=source.id if source else None, to_item_id=target.id,
                    from_venue_id=start_venue.id if start_venue else None,
                    to_venue_id=end_venue.id if end_venue else None,
                    pickup_utc=pickup, arrive_utc=arrive)
        uow.session.add(trip)
        uow.flush()
        for who in passengers:
            person = _one(uow, Person, who, "person")
            uow.session.add(lm.TripPassenger(trip_id=trip.id, person_id=person.id))
        uow.record("trip.create", "trip", ref, mission_ref=mission_ref, after={
            "vehicle": vehicle, "to_item": to_item, "from_item": from_item, "driver": driver,
            "passengers": len(passengers), "pickup": pickup, "arrive": arrive})
        uow.commit()
    return TripInfo(ref, pickup.isoformat(), arrive.isoformat(), round(minutes))


# --- interpreters ----------------------------------------------------------------------

def book_interpreter(caller: Caller, item_ref: str, person_ref: str) -> None:
    record = f"interpreter {person_ref} on {item_ref}"
    with caller.write() as uow:
        p.require(uow, p.LOGISTICS_EDIT)
        item = _one(uow, Item, item_ref, "item")
        person = _one(uow, Person, person_ref, "person")
        if not person.languages or len(person.languages) < 2:
            raise InvalidInput("an interpreter needs at least two languages on their record",
                               record=record, field="languages")
        if uow.session.get(lm.InterpreterBooking, (item.id, person.id)) is not None:
            raise InvalidInput("is already booked for this item", record=record, field="person")
        uow.session.add(lm.InterpreterBooking(item_id=item.id, person_id=person.id))
        mission_ref = uow.session.scalar(select(Mission.ref).where(Mission.id == item.mission_id))
        uow.record("interpreter.book", "item", item_ref, mission_ref=mission_ref,
                   after={"interpreter": person_ref})
        uow.commit()


# --- checks ------------------------------------------------------------------------------

def check(caller: Caller, ref: str | None = None) -> list:
    """The logistics problems of one mission or of all (``planning.checks.Problem``)."""
    from almere_missions.planning.checks import check as run

    with caller.read() as uow:
        p.require(uow, p.LOGISTICS_READ)
        return run(uow, ref, clashes=False)


# --- what the desktop's logistics tab shows, and the edits it undoes ----------------------

@dataclass(frozen=True)
class BlockRow:
    ref: str
    hotel: str  # venue ref
    hotel_name: str
    check_in: date
    check_out: date
    rooms: int
    cost_per_night: str
    currency: str
    payer: str
    used: int  # rooms assigned in it


@dataclass(frozen=True)
class RoomRow:
    block: str
    person: str
    name: str
    room: str
    check_in: date
    check_out: date

    @property
    def nights(self) -> int:
        return (self.check_out - self.check_in).days


@dataclass(frozen=True)
class VehicleRow:
    ref: str
    name: str
    seats: int
    plate: str | None


@dataclass(frozen=True)
class TripRow:
    ref: str
    vehicle: str
    driver: str | None  # person ref
    driver_name: str
    from_item: str | None
    from_venue: str | None
    to_item: str
    pickup: datetime
    arrive: datetime
    passengers: tuple[str, ...]  # person refs


@dataclass(frozen=True)
class ItemRow:
    ref: str
    title: str
    start: datetime
    end: datetime
    interpreters: tuple[str, ...]  # person refs


@dataclass(frozen=True)
class PersonRow:
    ref: str
    name: str
    role: str  # the participant's role in the mission ("" for drivers, interpreters)
    languages: tuple[str, ...]


@dataclass(frozen=True)
class NeedRow:
    person: str
    name: str
    dietary: str
    allergies: str
    accessibility: str
    step_free: bool


@dataclass(frozen=True)
class LogisticsPanel:
    """One mission's logistics as its tab shows them. ``allowed`` is False for roles that
    may not read logistics (nothing else is filled then); ``needs`` is None for roles that
    may not read the needs (personal data)."""

    allowed: bool
    blocks: tuple[BlockRow, ...] = ()
    rooms: tuple[RoomRow, ...] = ()
    vehicles: tuple[VehicleRow, ...] = ()
    trips: tuple[TripRow, ...] = ()
    items: tuple[ItemRow, ...] = ()
    people: tuple[PersonRow, ...] = ()  # participants, drivers and interpreters
    hotels: tuple[tuple[str, str], ...] = ()  # (venue ref, name) of every hotel
    venues: tuple[tuple[str, str], ...] = ()  # (venue ref, name) of every venue
    needs: tuple[NeedRow, ...] | None = None
    replies: tuple = ()  # invitations.ReplyState
    pending: tuple = ()  # invitations.Pending: what Send would send now


def _name(value, lang: str) -> str:
    from almere_missions.text import pick

    return pick(value, lang) if isinstance(value, dict) else str(value or "")


def logistics_panel(caller: Caller, mission_ref: str, lang: str = "en") -> LogisticsPanel:
    """Rooms, vehicles, rides, interpreters, needs and invitations of one mission."""
    from almere_missions.app import invitations

    with caller.read() as uow:
        held = p.roles_of(uow)
        if not p.allowed(held, p.LOGISTICS_READ):
            return LogisticsPanel(False)
        p.require(uow, p.LOGISTICS_READ)
        s = uow.session
        mission = _one(uow, Mission, mission_ref, "mission")
        venues = {v.id: v for v in s.scalars(select(Venue).order_by(Venue.ref))}
        hotel_ids = set(s.scalars(select(lm.VenueProfile.venue_id)
                                  .where(lm.VenueProfile.kind == "hotel")))
        parts = s.execute(select(Participant.role, Person).join(Person)
                          .where(Participant.mission_id == mission.id)
                          .order_by(Participant.position, Person.ref)).all()
        persons: dict[int, Person] = {}
        roles: dict[int, str] = {}
        for role, person in parts:
            persons.setdefault(person.id, person)
            roles.setdefault(person.id, role)
        items = list(s.scalars(select(Item).where(Item.mission_id == mission.id)
                               .order_by(Item.start_utc, Item.position, Item.ref)))
        item_refs = {it.id: it.ref for it in items}
        booked: dict[int, list[int]] = {}
        for iid, pid in s.execute(select(lm.InterpreterBooking.item_id,
                                         lm.InterpreterBooking.person_id)
                                  .where(lm.InterpreterBooking.item_id.in_(list(item_refs)))):
            booked.setdefault(iid, []).append(pid)
        blocks = list(s.scalars(select(lm.RoomBlock).where(lm.RoomBlock.mission_id == mission.id)
                                .order_by(lm.RoomBlock.check_in, lm.RoomBlock.ref)))
        block_refs = {b.id: b.ref for b in blocks}
        assigned = list(s.scalars(select(lm.RoomAssignment)
                                  .where(lm.RoomAssignment.block_id.in_(list(block_refs)))
                                  .order_by(lm.RoomAssignment.room, lm.RoomAssignment.check_in)))
        trips = list(s.scalars(select(lm.Trip).where(lm.Trip.mission_id == mission.id)
                               .order_by(lm.Trip.pickup_utc, lm.Trip.ref)))
        riders: dict[int, list[int]] = {}
        for tid, pid in s.execute(select(lm.TripPassenger.trip_id, lm.TripPassenger.person_id)
                                  .where(lm.TripPassenger.trip_id.in_([t.id for t in trips]))):
            riders.setdefault(tid, []).append(pid)
        # the mission's vehicles, and those no ride uses yet (to choose from)
        busy = select(lm.Trip.vehicle_id).where(lm.Trip.mission_id != mission.id)
        vehicles = {v.id: v for v in s.scalars(
            select(lm.Vehicle).where(lm.Vehicle.id.in_([t.vehicle_id for t in trips])
                                  | lm.Vehicle.id.not_in(busy)).order_by(lm.Vehicle.ref))}
        others = ({pid for pids in booked.values() for pid in pids}
                  | {t.driver_id for t in trips if t.driver_id}
                  | {a.person_id for a in assigned}) - set(persons)
        for person in s.scalars(select(Person).where(Person.id.in_(list(others)))
                                .order_by(Person.ref)):
            persons[person.id] = person

        def label(pid) -> str:
            person = persons.get(pid)
            return (person.latin_name or person.name) if person else ""

        needs = None
        if p.allowed(held, p.NEEDS_READ):
            extra = {n.person_id: n for n in s.scalars(select(lm.PersonNeed).where(
                lm.PersonNeed.person_id.in_(list(roles))))}
            needs = tuple(NeedRow(person.ref, label(pid), person.dietary or "",
                                  (extra[pid].allergies or "") if pid in extra else "",
                                  person.accessibility or "",
                                  bool(extra[pid].step_free) if pid in extra else False)
                          for pid, person in persons.items() if pid in roles)
        used = {}
        for a in assigned:
            used[a.block_id] = used.get(a.block_id, 0) + 1
        panel = LogisticsPanel(
            True,
            blocks=tuple(BlockRow(b.ref, venues[b.hotel_id].ref,
                                  _name(venues[b.hotel_id].name, lang), b.check_in,
                                  b.check_out, b.rooms, str(b.cost_per_night), b.currency,
                                  b.payer, used.get(b.id, 0)) for b in blocks),
            rooms=tuple(RoomRow(block_refs[a.block_id], persons[a.person_id].ref,
                                label(a.person_id), a.room, a.check_in, a.check_out)
                        for a in assigned),
            vehicles=tuple(VehicleRow(v.ref, v.name, v.seats, v.plate)
                           for v in vehicles.values()),
            trips=tuple(TripRow(
                t.ref, vehicles[t.vehicle_id].ref,
                persons[t.driver_id].ref if t.driver_id else None, label(t.driver_id),
                item_refs.get(t.from_item_id) if t.from_item_id else None,
                venues[t.from_venue_id].ref if t.from_venue_id else None,
                item_refs[t.to_item_id], t.pickup_utc, t.arrive_utc,
                tuple(sorted(persons[x].ref for x in riders.get(t.id, ()) if x in persons)))
                for t in trips),
            items=tuple(ItemRow(it.ref, _name(it.title, lang) or it.ref, it.start_utc,
                                it.end_utc,
                                tuple(sorted(persons[x].ref for x in booked.get(it.id, ()))))
                        for it in items),
            people=tuple(PersonRow(person.ref, label(pid), roles.get(pid, ""),
                                   tuple(person.languages or ()))
                         for pid, person in persons.items()),
            hotels=tuple((v.ref, _name(v.name, lang)) for vid, v in venues.items()
                         if vid in hotel_ids),
            venues=tuple((v.ref, _name(v.name, lang)) for v in venues.values()),
            needs=needs)
    return _with_invitations(caller, panel, mission_ref, lang, invitations)


def _with_invitations(caller, panel, mission_ref, lang, invitations):
    from dataclasses import replace

    return replace(panel, replies=tuple(invitations.replies(caller, mission_ref)),
                   pending=tuple(invitations.pending(caller, mission_ref, lang)))


def needs_of(caller: Caller, person_ref: str) -> NeedRow:
    """One person's needs as stored (to undo a change of them)."""
    with caller.read() as uow:
        p.require(uow, p.NEEDS_READ)
        person = _one(uow, Person, person_ref, "person")
        extra = uow.session.get(lm.PersonNeed, person.id)
        return NeedRow(person.ref, person.latin_name or person.name, person.dietary or "",
                       (extra.allergies or "") if extra else "", person.accessibility or "",
                       bool(extra.step_free) if extra else False)


def delete_room_block(caller: Caller, ref: str) -> None:
    """Remove an empty room block (a block with rooms assigned is refused: take the rooms
    out first, so nobody's room goes unnoticed)."""
    with caller.write() as uow:
        p.require(uow, p.LOGISTICS_EDIT)
        block = _one(uow, lm.RoomBlock, ref, "room block")
        if uow.session.scalar(select(lm.RoomAssignment.id)
                              .where(lm.RoomAssignment.block_id == block.id).limit(1)):
            raise InvalidInput("still has rooms assigned; take them out first",
                               record=f"room block {ref}", field="rooms")
        mission_ref = uow.session.scalar(select(Mission.ref)
                                         .where(Mission.id == block.mission_id))
        uow.session.delete(block)
        uow.record("room_block.delete", "room_block", ref, mission_ref=mission_ref)
        uow.commit()


def _assignment(uow: UnitOfWork, block_ref: str, person_ref: str,
                check_in: date) -> tuple[lm.RoomAssignment, str]:
    block = _one(uow, lm.RoomBlock, block_ref, "room block")
    person = _one(uow, Person, person_ref, "person")
    row = uow.session.scalar(select(lm.RoomAssignment).where(
        lm.RoomAssignment.block_id == block.id, lm.RoomAssignment.person_id == person.id,
        lm.RoomAssignment.check_in == check_in))
    if row is None:
        raise NotFound(f"{person_ref} has no room in {block_ref} from {check_in}")
    mission_ref = uow.session.scalar(select(Mission.ref).where(Mission.id == block.mission_id))
    return row, mission_ref


def update_room(caller: Caller, block_ref: str, person_ref: str, check_in: date, *,
                room: str, new_check_in: date, check_out: date) -> None:
    """Change a guest's room or nights."""
    record = f"room of {person_ref} in {block_ref}"
    _dates(new_check_in, check_out, record)
    if not (room or "").strip():
        raise InvalidInput("is required", record=record, field="room")
    with caller.write() as uow:
        p.require(uow, p.LOGISTICS_EDIT)
        row, mission_ref = _assignment(uow, block_ref, person_ref, check_in)
        row.room, row.check_in, row.check_out = room.strip(), new_check_in, check_out
        uow.record("room.update", "person", person_ref, mission_ref=mission_ref,
                   after=["room", "check_in", "check_out"])
        uow.commit()


def unassign_room(caller: Caller, block_ref: str, person_ref: str, check_in: date) -> None:
    with caller.write() as uow:
        p.require(uow, p.LOGISTICS_EDIT)
        row, mission_ref = _assignment(uow, block_ref, person_ref, check_in)
        uow.session.delete(row)
        uow.record("room.unassign", "person", person_ref, mission_ref=mission_ref)
        uow.commit()


def delete_vehicle(caller: Caller, ref: str) -> None:
    """Remove a vehicle no ride uses."""
    with caller.write() as uow:
        p.require(uow, p.LOGISTICS_EDIT)
        car = _one(uow, lm.Vehicle, ref, "vehicle")
        if uow.session.scalar(select(lm.Trip.ref).where(lm.Trip.vehicle_id == car.id).limit(1)):
            raise InvalidInput("is used by rides; remove them first", record=f"vehicle {ref}",
                               field="ref")
        uow.session.delete(car)
        uow.record("vehicle.delete", "vehicle", ref)
        uow.commit()


def delete_trip(caller: Caller, ref: str) -> None:
    with caller.write() as uow:
        p.require(uow, p.LOGISTICS_EDIT)
        trip = _one(uow, lm.Trip, ref, "trip")
        mission_ref = uow.session.scalar(select(Mission.ref).where(Mission.id == trip.mission_id))
        uow.session.delete(trip)
        uow.record("trip.delete", "trip", ref, mission_ref=mission_ref)
        uow.commit()


def cancel_interpreter(caller: Caller, item_ref: str, person_ref: str) -> None:
    with caller.write() as uow:
        p.require(uow, p.LOGISTICS_EDIT)
        item = _one(uow, Item, item_ref, "item")
        person = _one(uow, Person, person_ref, "person")
        row = uow.session.get(lm.InterpreterBooking, (item.id, person.id))
        if row is None:
            raise NotFound(f"{person_ref} is not booked for {item_ref}")
        uow.session.delete(row)
        mission_ref = uow.session.scalar(select(Mission.ref).where(Mission.id == item.mission_id))
        uow.record("interpreter.cancel", "item", item_ref, mission_ref=mission_ref,
                   after={"interpreter": person_ref})
        uow.commit()


# --- reading back ------------------------------------------------------------------------

def _mission_id(uow: UnitOfWork, ref: str) -> int:
    return _one(uow, Mission, ref, "mission").id


def room_blocks(caller: Caller, mission_ref: str) -> list[dict]:
    """The mission's room blocks with their rooms and the rooms in use against those held."""
    from almere_missions.logistics.sheets import rooming

    with caller.read() as uow:
        p.require(uow, p.LOGISTICS_READ)
        _, blocks = rooming(uow, mission_ref)
        hotel = dict(uow.session.execute(
            select(lm.RoomBlock.ref, Venue.ref).join(Venue, Venue.id == lm.RoomBlock.hotel_id)
            .join(Mission, Mission.id == lm.RoomBlock.mission_id)
            .where(Mission.ref == mission_ref)).all())
        stays = {}
        for block_ref, person_ref, room, check_in, check_out in uow.session.execute(
                select(lm.RoomBlock.ref, Person.ref, lm.RoomAssignment.room,
                       lm.RoomAssignment.check_in, lm.RoomAssignment.check_out)
                .join(lm.RoomBlock, lm.RoomBlock.id == lm.RoomAssignment.block_id)
                .join(Person, Person.id == lm.RoomAssignment.person_id)
                .join(Mission, Mission.id == lm.RoomBlock.mission_id)
                .where(Mission.ref == mission_ref)):
            stays.setdefault(block_ref, []).append({
                "person": person_ref, "room": room, "check_in": check_in.isoformat(),
                "check_out": check_out.isoformat(), "nights": (check_out - check_in).days})
    return [{"ref": b.ref, "hotel": hotel[b.ref], "check_in": b.check_in.isoformat(),
             "check_out": b.check_out.isoformat(), "rooms": b.rooms,
             "cost_per_night": f"{b.cost_per_night:.2f}", "currency": b.currency,
             "payer": b.payer, "most_rooms_in_use": b.most_rooms, "room_nights": b.room_nights,
             "assignments": sorted(stays.get(b.ref, []), key=lambda a: (a["check_in"],
                                                                        a["room"]))}
            for b in blocks]


def vehicles(caller: Caller) -> list[dict]:
    with caller.read() as uow:
        p.require(uow, p.LOGISTICS_READ)
        return [{"ref": v.ref, "name": v.name, "seats": v.seats, "plate": v.plate}
                for v in uow.session.scalars(select(lm.Vehicle).order_by(lm.Vehicle.ref))]


def trips(caller: Caller, mission_ref: str) -> list[dict]:
    """The mission's rides in time order, with their passengers' refs."""
    with caller.read() as uow:
        p.require(uow, p.LOGISTICS_READ)
        s = uow.session
        mid = _mission_id(uow, mission_ref)
        refs = {**dict(s.execute(select(Person.id, Person.ref)
                                 .join(lm.TripPassenger, lm.TripPassenger.person_id == Person.id)
                                 .join(lm.Trip, lm.Trip.id == lm.TripPassenger.trip_id)
                                 .where(lm.Trip.mission_id == mid)).all()),
                **dict(s.execute(select(Person.id, Person.ref)
                                 .join(lm.Trip, lm.Trip.driver_id == Person.id)
                                 .where(lm.Trip.mission_id == mid)).all())}
        riders: dict[int, list[str]] = {}
        for trip_id, person_id in s.execute(
                select(lm.TripPassenger.trip_id, lm.TripPassenger.person_id)
                .join(lm.Trip, lm.Trip.id == lm.TripPassenger.trip_id)
                .where(lm.Trip.mission_id == mid)):
            riders.setdefault(trip_id, []).append(refs[person_id])
        items = dict(s.execute(select(Item.id, Item.ref).where(Item.mission_id == mid)).all())
        cars = dict(s.execute(select(lm.Vehicle.id, lm.Vehicle.ref)).all())
        venues = dict(s.execute(select(Venue.id, Venue.ref)).all())
        return [{"ref": t.ref, "vehicle": cars[t.vehicle_id],
                 "driver": refs.get(t.driver_id) if t.driver_id else None,
                 "from_item": items.get(t.from_item_id), "to_item": items.get(t.to_item_id),
                 "from_venue": venues.get(t.from_venue_id), "to_venue": venues.get(t.to_venue_id),
                 "pickup": t.pickup_utc.isoformat(), "arrive": t.arrive_utc.isoformat(),
                 "passengers": sorted(riders.get(t.id, []))}
                for t in s.scalars(select(lm.Trip).where(lm.Trip.mission_id == mid)
                                   .order_by(lm.Trip.pickup_utc, lm.Trip.ref))]


def drivers(caller: Caller, mission_ref: str) -> list[dict]:
    """Who drives in the mission, on which local days and how many rides: one driver's
    sheet each per day."""
    from almere_missions.logistics.sheets import driver_days

    with caller.read() as uow:
        p.require(uow, p.LOGISTICS_READ)
        _, days = driver_days(uow, mission_ref)
    out: dict[str, dict] = {}
    for dd in days:
        row = out.setdefault(dd.driver_ref, {"ref": dd.driver_ref, "name": dd.driver,
                                             "days": []})
        row["days"].append({"day": dd.day.isoformat(), "rides": len(dd.rides),
                            "first_pickup": dd.rides[0].pickup.strftime("%H:%M")})
    return list(out.values())


def interpreter_bookings(caller: Caller, mission_ref: str) -> list[dict]:
    with caller.read() as uow:
        p.require(uow, p.LOGISTICS_READ)
        mid = _mission_id(uow, mission_ref)
        return [{"item": i, "interpreter": who} for i, who in uow.session.execute(
            select(Item.ref, Person.ref)
            .join(lm.InterpreterBooking, lm.InterpreterBooking.item_id == Item.id)
            .join(Person, Person.id == lm.InterpreterBooking.person_id)
            .where(Item.mission_id == mid).order_by(Item.start_utc, Item.ref, Person.ref))]


def needs(caller: Caller, person_ref: str) -> dict:
    """A guest's needs (personal data: for those who may read needs)."""
    with caller.read() as uow:
        p.require(uow, p.NEEDS_READ)
        person = _one(uow, Person, person_ref, "person")
        row = uow.session.get(lm.PersonNeed, person.id)
        return {"person": person_ref, "dietary": person.dietary,
                "allergies": row.allergies if row else None,
                "accessibility": person.accessibility,
                "step_free": bool(row.step_free) if row else False}


def protocol(caller: Caller, person_ref: str) -> dict:
    with caller.read() as uow:
        p.require(uow, p.LOGISTICS_READ)
        person = _one(uow, Person, person_ref, "person")
        row = uow.session.get(lm.PersonProtocol, person.id)
        return {"person": person_ref, "title": dict(row.title or {}) if row else {},
                "address": dict(row.address or {}) if row else {},
                "precedence": row.precedence if row else None}


def add_demo_logistics(caller: Caller) -> dict[str, int]:
    """Demo logistics for the incoming visits, with a few planted problems (one write)."""
    from almere_missions.demo.logistics import add_logistics

    with caller.write() as uow:
        p.require(uow, p.LOGISTICS_EDIT)
        if uow.session.scalar(select(lm.RoomBlock.id).limit(1)) is not None:
            raise Refused("the season has logistics already: the demo ones are added to a "
                          "season without any")
        made = add_logistics(uow)
        uow.commit()
    return made
