"""What the three logistics sheets print, read in one unit of work as plain data.

- the driver's sheet: per driver per day, the rides in time order with the pick-up
  time, the venues and their addresses, the passengers in the order of precedence,
  the vehicle and the responsible officer's number;
- the caterer's sheet: per meal, the counts of guests, diets, allergies and access
  needs, and no names: it leaves the house;
- the rooming list: per room block, each guest's room and nights in the order of
  precedence, the rooms in use per night against those held, and who pays.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select

from almere_missions.db import models_logistics as lm
from almere_missions.db.models import Item, Mission, Person, Venue
from almere_missions.errors import InvalidInput, NotFound
from almere_missions.logistics.precedence import in_order
from almere_missions.services.missions import load_snapshot
from almere_missions.text import pick
from almere_missions.timeutil import local_date, utc_to_local
from almere_missions.uow import UnitOfWork
from almere_missions.views import MissionView, Snapshot

MEAL_KINDS = ("meal",)


@dataclass(frozen=True)
class Place:
    name: str
    address: str  # street and city, as known
    step_free: bool | None = None


@dataclass(frozen=True)
class Passenger:
    name: str
    latin_name: str | None
    step_free: bool  # needs a vehicle and venue without steps


@dataclass(frozen=True)
class Ride:
    ref: str
    pickup: datetime  # local, in the zone of the item ridden to
    arrive: datetime
    minutes: int
    origin: Place | None
    destination: Place | None
    item_title: str
    vehicle: str  # name and plate
    seats: int
    passengers: tuple[Passenger, ...]


@dataclass(frozen=True)
class DriverDay:
    driver_ref: str
    driver: str  # name as displayed
    driver_phone: str | None
    day: date
    rides: tuple[Ride, ...]


@dataclass(frozen=True)
class Contact:
    name: str
    phone: str | None
    email: str | None


@dataclass(frozen=True)
class MissionHead:
    ref: str
    title: str
    start: date
    end: date
    officer: Contact | None


def _venue_place(v: Venue | None, profile: lm.VenueProfile | None, lang: str) -> Place | None:
    if v is None:
        return None
    address = ", ".join(x for x in (v.address, v.city) if x)
    return Place(pick(v.name, lang) or v.ref, address,
                 profile.step_free if profile is not None else None)


def _head(uow: UnitOfWork, ref: str, lang: str) -> tuple[MissionHead, MissionView, Snapshot]:
    snap = in_order(uow, load_snapshot(uow, [ref]))
    mission = snap.mission(ref)
    staff = [snap.persons[r] for r in mission.with_role("staff") if r in snap.persons]
    officer = staff[0] if staff else None  # the first staff member, as on the programme
    contact = Contact(officer.display_name, officer.phone, officer.email) if officer else None
    return (MissionHead(ref, pick(mission.title, lang) or ref, mission.start, mission.end,
                        contact), mission, snap)


def _precedence(mission: MissionView):
    """Sort key of a person ref: their place in the mission's order of precedence; people
    outside the mission after everyone in it."""
    place = {}
    for n, part in enumerate(mission.participants):
        place.setdefault(part.person, n)
    return lambda ref: (place.get(ref, len(place)), ref)


def _mission_id(uow: UnitOfWork, ref: str) -> int:
    mid = uow.session.scalar(select(Mission.id).where(Mission.ref == ref))
    if mid is None:
        raise NotFound(f"no mission with ref {ref!r}")
    return mid


# --- the driver's sheet ----------------------------------------------------------------

def driver_days(uow: UnitOfWork, ref: str, lang: str = "en", *, driver: str | None = None,
                day: date | None = None) -> tuple[MissionHead, list[DriverDay]]:
    """The mission's rides per driver per local day (of the pick-up), in time order.

    Rides without a driver are listed under no one. ``driver`` (a person ref) and ``day``
    narrow the sheet; a driver who drives nothing in the mission is an error.
    """
    s = uow.session
    head, mission, snap = _head(uow, ref, lang)
    mid = _mission_id(uow, ref)
    key = _precedence(mission)
    trips = list(s.scalars(select(lm.Trip).where(lm.Trip.mission_id == mid)
                           .order_by(lm.Trip.pickup_utc, lm.Trip.ref)))
    if driver is not None:
        person_id = s.scalar(select(Person.id).where(Person.ref == driver))
        if person_id is None:
            raise NotFound(f"no person with ref {driver!r}")
        trips = [t for t in trips if t.driver_id == person_id]
        if not trips:
            raise InvalidInput(f"{driver} drives no ride in mission {ref}",
                               record=f"mission {ref}", field="driver")
    trips = [t for t in trips if t.driver_id is not None]
    venue_ids = {v for t in trips for v in (t.from_venue_id, t.to_venue_id) if v}
    venues = {v.id: v for v in s.scalars(select(Venue).where(Venue.id.in_(venue_ids)))}
    profiles = {p.venue_id: p for p in s.scalars(
        select(lm.VenueProfile).where(lm.VenueProfile.venue_id.in_(venue_ids)))}
    cars = {v.id: v for v in s.scalars(select(lm.Vehicle).where(
        lm.Vehicle.id.in_({t.vehicle_id for t in trips})))}
    riders: dict[int, list[tuple[str, Person, bool]]] = defaultdict(list)
    for trip_id, person, step_free in s.execute(
            select(lm.TripPassenger.trip_id, Person, lm.PersonNeed.step_free)
            .join(Person, Person.id == lm.TripPassenger.person_id)
            .outerjoin(lm.PersonNeed, lm.PersonNeed.person_id == Person.id)
            .where(lm.TripPassenger.trip_id.in_([t.id for t in trips]))):
        riders[trip_id].append((person.ref, person, bool(step_free)))
    drivers = {p.id: p for p in s.scalars(select(Person).where(
        Person.id.in_({t.driver_id for t in trips})))}
    items = {i.ref: i for i in mission.items}
    item_refs = dict(s.execute(select(Item.id, Item.ref).where(Item.mission_id == mid)).all())
    days: dict[tuple[int, date], list[Ride]] = defaultdict(list)
    for t in trips:
        item = items.get(item_refs.get(t.to_item_id))
        tz = item.timezone if item else (venues[t.to_venue_id].timezone if t.to_venue_id
                                         else "UTC")
        car = cars[t.vehicle_id]
        people = sorted(riders.get(t.id, ()), key=lambda r: key(r[0]))
        ride = Ride(
            ref=t.ref, pickup=utc_to_local(t.pickup_utc, tz), arrive=utc_to_local(t.arrive_utc, tz),
            minutes=round((t.arrive_utc - t.pickup_utc).total_seconds() / 60),
            origin=_venue_place(venues.get(t.from_venue_id), profiles.get(t.from_venue_id), lang),
            destination=_venue_place(venues.get(t.to_venue_id), profiles.get(t.to_venue_id),
                                     lang),
            item_title=(pick(item.title, lang) or item.ref) if item else "",
            vehicle=" · ".join(x for x in (car.name, car.plate) if x), seats=car.seats,
            passengers=tuple(Passenger(p.name, p.latin_name, sf) for _, p, sf in people))
        days[(t.driver_id, local_date(t.pickup_utc, tz))].append(ride)
    out = []
    for (driver_id, when), rides in days.items():
        if day is not None and when != day:
            continue
        d = drivers[driver_id]
        name = d.name if not d.latin_name or d.latin_name == d.name \
            else f"{d.name} ({d.latin_name})"
        out.append(DriverDay(d.ref, name, d.phone, when,
                             tuple(sorted(rides, key=lambda r: (r.pickup, r.ref)))))
    out.sort(key=lambda dd: (dd.driver, dd.driver_ref, dd.day))
    if day is not None and not out:
        raise InvalidInput(f"no rides on {day.isoformat()}", record=f"mission {ref}",
                           field="day")
    return head, out


# --- the caterer's sheet ---------------------------------------------------------------

@dataclass(frozen=True)
class Meal:
    ref: str
    title: str
    start: datetime  # local
    end: datetime
    all_day: bool
    venue: Place | None
    guests: int
    diets: tuple[tuple[str, int], ...]  # (diet, count), most first; "" is no special diet
    allergies: tuple[tuple[str, int], ...]
    access: tuple[tuple[str, int], ...]  # (need, count); "step_free" for step-free access


def _counted(values) -> tuple[tuple[str, int], ...]:
    """Counts per value, the same text in any case counted as one (the first spelling)."""
    spelled: dict[str, str] = {}
    counts: Counter[str] = Counter()
    for v in values:
        k = v.casefold()
        spelled.setdefault(k, v)
        counts[k] += 1
    return tuple((spelled[k], n) for k, n in sorted(counts.items(), key=lambda e: (-e[1], e[0])))


def _allergens(text: str | None) -> list[str]:
    parts = (text or "").replace(";", ",").split(",")
    return list(dict.fromkeys(p.strip() for p in parts if p.strip()))


def meals(uow: UnitOfWork, ref: str, lang: str = "en", *,
          item: str | None = None) -> tuple[MissionHead, list[Meal]]:
    """The mission's meals still taking place, each with counts and no names."""
    s = uow.session
    head, mission, snap = _head(uow, ref, lang)
    chosen = [i for i in mission.items if i.kind in MEAL_KINDS and i.status != "cancelled"]
    if item is not None:
        chosen = [i for i in mission.items if i.ref == item]
        if not chosen:
            raise InvalidInput(f"item {item} is not in mission {ref}", record=f"mission {ref}",
                               field="item")
    everyone = list(dict.fromkeys(p.person for p in mission.participants))
    wanted = set(everyone) | {r for i in chosen for r in (i.participants or ())}
    people = {p.ref: p for p in s.scalars(select(Person).where(Person.ref.in_(wanted)))}
    needs = {ref_: need for ref_, need in s.execute(
        select(Person.ref, lm.PersonNeed).join(lm.PersonNeed, lm.PersonNeed.person_id == Person.id)
        .where(Person.ref.in_(wanted)))}
    venue_refs = {i.venue for i in chosen if i.venue}
    venues = {v.ref: v for v in s.scalars(select(Venue).where(Venue.ref.in_(venue_refs)))}
    profiles = {p.venue_id: p for p in s.scalars(select(lm.VenueProfile).where(
        lm.VenueProfile.venue_id.in_([v.id for v in venues.values()])))}
    out = []
    for it in chosen:
        guests = [people[r] for r in (everyone if it.participants is None else it.participants)
                  if r in people]
        diets = _counted((p.dietary or "").strip() for p in guests)
        allergies = _counted(a for p in guests
                             for a in _allergens(needs[p.ref].allergies if p.ref in needs
                                                 else None))
        access = [("step_free", 1) for p in guests if p.ref in needs and needs[p.ref].step_free]
        notes = _counted((p.accessibility or "").strip() for p in guests
                         if (p.accessibility or "").strip())
        v = venues.get(it.venue)
        out.append(Meal(
            it.ref, pick(it.title, lang) or it.ref, utc_to_local(it.start, it.timezone),
            utc_to_local(it.end, it.arrival_timezone), it.all_day,
            _venue_place(v, profiles.get(v.id) if v else None, lang), len(guests), diets,
            allergies, ((("step_free", len(access)),) if access else ()) + notes))
    return head, out


# --- the rooming list ----------------------------------------------------------------------

@dataclass(frozen=True)
class Stay:
    name: str
    latin_name: str | None
    role: str | None
    room: str
    check_in: date
    check_out: date
    nights: int
    step_free: bool


@dataclass(frozen=True)
class Block:
    ref: str
    hotel: Place
    check_in: date
    check_out: date
    rooms: int
    cost_per_night: Decimal
    currency: str
    payer: str
    stays: tuple[Stay, ...]
    #: (night, rooms in use) for each night of the block and any night a stay adds
    nights: tuple[tuple[date, int], ...]

    @property
    def most_rooms(self) -> int:
        return max((n for _, n in self.nights), default=0)

    @property
    def room_nights(self) -> int:
        return sum(n for _, n in self.nights)


def rooming(uow: UnitOfWork, ref: str, lang: str = "en") -> tuple[MissionHead, list[Block]]:
    s = uow.session
    head, mission, snap = _head(uow, ref, lang)
    mid = _mission_id(uow, ref)
    key = _precedence(mission)
    role = {}
    for part in mission.participants:
        role.setdefault(part.person, part.role)
    out = []
    for block, hotel, profile in s.execute(
            select(lm.RoomBlock, Venue, lm.VenueProfile)
            .join(Venue, Venue.id == lm.RoomBlock.hotel_id)
            .outerjoin(lm.VenueProfile, lm.VenueProfile.venue_id == Venue.id)
            .where(lm.RoomBlock.mission_id == mid)
            .order_by(lm.RoomBlock.check_in, lm.RoomBlock.ref)):
        rows = s.execute(
            select(lm.RoomAssignment, Person, lm.PersonNeed.step_free)
            .join(Person, Person.id == lm.RoomAssignment.person_id)
            .outerjoin(lm.PersonNeed, lm.PersonNeed.person_id == Person.id)
            .where(lm.RoomAssignment.block_id == block.id)).all()
        rows.sort(key=lambda r: (key(r[1].ref), r[0].check_in))
        stays = tuple(Stay(p.name, p.latin_name, role.get(p.ref), a.room, a.check_in,
                           a.check_out, (a.check_out - a.check_in).days, bool(sf))
                      for a, p, sf in rows)
        used: dict[date, set[str]] = {}
        night = block.check_in
        while night < block.check_out:
            used[night] = set()
            night += timedelta(days=1)
        for st in stays:
            night = st.check_in
            while night < st.check_out:
                used.setdefault(night, set()).add(st.room)
                night += timedelta(days=1)
        out.append(Block(block.ref, _venue_place(hotel, profile, lang), block.check_in,
                         block.check_out, block.rooms, block.cost_per_night, block.currency,
                         block.payer, stays,
                         tuple((n, len(used[n])) for n in sorted(used))))
    return head, out
