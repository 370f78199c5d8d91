"""Visit logistics: hotels, room blocks and rooms, vehicles and trips, interpreters, needs,
titles and precedence, and their checks.

Every write checks its input first and names the record and field of what is wrong;
nothing is written then. Changes go to the audit trail; those of a person under the
entity ``person`` (field names only, never the values).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

from sqlalchemy import delete, select

from almere_missions import permissions as p
from almere_missions.app import Caller
from almere_missions.db.models import Item, Mission, Participant, Person, Venue
from almere_missions.db.models_logistics import (
    VENUE_KINDS,
    InterpreterBooking,
    PersonNeed,
    PersonProtocol,
    RoomAssignment,
    RoomBlock,
    Trip,
    TripPassenger,
    Vehicle,
    VenueProfile,
)
from almere_missions.errors import InvalidInput, NotFound
from almere_missions.planning import settings as planning_settings
from almere_missions.planning.geo import distance_km
from almere_missions.uow import UnitOfWork


def _one(uow: UnitOfWork, model, ref: str, what: str):
    row = uow.session.scalar(select(model).where(model.ref == ref))
    if row is None:
        raise NotFound(f"no {what} with ref {ref!r}")
    return row


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
    if kind not in VENUE_KINDS:
        raise InvalidInput(f"must be one of {', '.join(VENUE_KINDS)}, not {kind!r}",
                           record=record, field="kind")
    with caller.write() as uow:
        p.require(uow, p.LOGISTICS_EDIT)
        venue = _one(uow, Venue, venue_ref, "venue")
        row = uow.session.get(VenueProfile, venue.id) or VenueProfile(venue_id=venue.id)
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
        row = uow.session.get(PersonProtocol, person.id) or PersonProtocol(person_id=person.id)
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
            row = uow.session.get(PersonNeed, person.id) or PersonNeed(person_id=person.id)
            row.allergies = (allergies or "").strip() or None
            row.step_free = bool(step_free)
            uow.session.add(row)
        else:
            uow.session.execute(delete(PersonNeed).where(PersonNeed.person_id == person.id))
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
        ref = _fresh_ref(uow, RoomBlock, ref, record)
        mission = _one(uow, Mission, mission_ref, "mission")
        venue = _one(uow, Venue, hotel, "venue")
        profile = uow.session.get(VenueProfile, venue.id)
        if profile is None or profile.kind != "hotel":
            raise InvalidInput(f"venue {hotel} is not a hotel (set its kind first)",
                               record=record, field="hotel")
        uow.session.add(RoomBlock(ref=ref, mission_id=mission.id, hotel_id=venue.id,
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
        block = _one(uow, RoomBlock, block_ref, "room block")
        person = _one(uow, Person, person_ref, "person")
        if uow.session.scalar(select(Participant.id).where(
                Participant.mission_id == block.mission_id,
                Participant.person_id == person.id)) is None:
            raise InvalidInput(f"{person_ref} is not in the block's mission", record=record,
                               field="person")
        uow.session.add(RoomAssignment(block_id=block.id, person_id=person.id,
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
        ref = _fresh_ref(uow, Vehicle, ref, record)
        uow.session.add(Vehicle(ref=ref, name=name.strip(), seats=seats, plate=plate))
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
        ref = _fresh_ref(uow, Trip, ref, record)
        mission = _one(uow, Mission, mission_ref, "mission")
        car = _one(uow, Vehicle, vehicle, "vehicle")
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
        trip = Trip(ref=ref, mission_id=mission.id, vehicle_id=car.id,
                    driver_id=driver_row.id if driver_row else None,
                    from_item_id=source.id if source else None, to_item_id=target.id,
                    from_venue_id=start_venue.id if start_venue else None,
                    to_venue_id=end_venue.id if end_venue else None,
                    pickup_utc=pickup, arrive_utc=arrive)
        uow.session.add(trip)
        uow.flush()
        for who in passengers:
            person = _one(uow, Person, who, "person")
            uow.session.add(TripPassenger(trip_id=trip.id, person_id=person.id))
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
        if uow.session.get(InterpreterBooking, (item.id, person.id)) is not None:
            raise InvalidInput("is already booked for this item", record=record, field="person")
        uow.session.add(InterpreterBooking(item_id=item.id, person_id=person.id))
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


# --- demonstration -----------------------------------------------------------------------

def add_demo_logistics(caller: Caller) -> dict[str, int]:
    """Give the incoming visits demo logistics, with a few planted problems for the checks
    to find; how many of each were made."""
    from almere_missions.demo.logistics import add_logistics

    with caller.write() as uow:
        p.require(uow, p.LOGISTICS_EDIT)
        made = add_logistics(uow)
        uow.commit()
    return made
