"""Logistics for the missions already in a database: hotels, room blocks and rooms,
a vehicle, a driver and rides per visit, interpreters, needs; with a few planted
problems for the checks to find (``PLANTED``).

Written with bulk inserts so the 10,000-mission benchmark database gets its logistics
in seconds; the same function gives the demo season its logistics.
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import timedelta
from decimal import Decimal

from sqlalchemy import insert, select

from almere_missions.db.models import Item, ItemParticipant, Mission, Participant, Person, Venue
from almere_missions.db.models_logistics import (
    InterpreterBooking,
    PersonNeed,
    RoomAssignment,
    RoomBlock,
    Trip,
    TripPassenger,
    Vehicle,
    VenueProfile,
)
from almere_missions.planning import settings as planning_settings
from almere_missions.planning.geo import distance_km
from almere_missions.timeutil import zone
from almere_missions.uow import UnitOfWork

HOTELS = [("hotel-almere-centrum", "Hotel Almere Centrum", 52.3740, 5.2170),
          ("hotel-weerwater", "Hotel Weerwater", 52.3660, 5.2230),
          ("hotel-almere-haven", "Hotel Almere Haven", 52.3400, 5.2200)]
GUESTS = ("delegation_leader", "delegation_member")
HOSTS = ("host", "staff")
#: kind -> mission refs where a problem of that kind was planted (filled by add_logistics)
PLANTED: dict[str, list[str]] = {}


def _rows(uow, model, rows: list[dict]) -> None:
    for n in range(0, len(rows), 5000):
        uow.session.execute(insert(model), rows[n:n + 5000])


def add_logistics(uow: UnitOfWork, *, plant: int = 3, seed: int = 14) -> dict[str, int]:
    """Give every incoming mission with guests its logistics; plant ``plant`` problems of
    each planted kind. Returns counts of what was made."""
    rng = random.Random(seed)
    s = uow.session
    cfg = planning_settings.load()
    walk = next((m.up_to_km for m in cfg.modes if m.mode == "walk"), cfg.same_place_km)
    venues = {vid: (lat, lon) for vid, lat, lon in s.execute(select(Venue.id, Venue.lat,
                                                                    Venue.lon))}
    hotel_ids = []
    for ref, name, lat, lon in HOTELS:
        vid = s.scalar(select(Venue.id).where(Venue.ref == ref))
        if vid is None:
            vid = s.execute(insert(Venue).values(
                ref=ref, name={"en": name, "nl": name}, city="Almere", country="NL",
                timezone="Europe/Amsterdam", lat=lat, lon=lon, version=1)).inserted_primary_key[0]
        venues[vid] = (lat, lon)
        hotel_ids.append(vid)
    profiles = [{"venue_id": v, "kind": "hotel" if v in hotel_ids else "venue",
                 "step_free": True} for v in venues]

    missions = s.execute(select(Mission.id, Mission.ref, Mission.timezone)
                         .where(Mission.direction == "incoming",
                                Mission.status.not_in(("cancelled", "rejected")))
                         .order_by(Mission.start_date, Mission.ref)).all()
    parts: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for mid, pid, role in s.execute(select(Participant.mission_id, Participant.person_id,
                                           Participant.role).order_by(Participant.position)):
        parts[mid].append((pid, role))
    items: dict[int, list] = defaultdict(list)
    for row in s.execute(select(Item.id, Item.mission_id, Item.start_utc, Item.end_utc,
                                Item.venue_id, Item.to_venue_id, Item.kind, Item.everyone,
                                Item.all_day).where(Item.status != "cancelled")
                         .order_by(Item.start_utc, Item.id)):
        items[row.mission_id].append(row)
    listed: dict[int, set[int]] = defaultdict(set)
    for iid, pid in s.execute(select(ItemParticipant.item_id, ItemParticipant.person_id)):
        listed[iid].add(pid)
    languages = dict(s.execute(select(Person.id, Person.languages)).all())

    blocks, assignments, vehicles, trips, passengers, drivers, bookings, needs = (
        [], [], [], [], [], [], [], [])
    interpreters = []
    next_trip = 0
    planted: dict[str, list[str]] = defaultdict(list)
    for mid, mref, mzone in missions:
        guests = [pid for pid, role in parts[mid] if role in GUESTS]
        hosts = [pid for pid, role in parts[mid] if role in HOSTS]
        timed = [it for it in items[mid] if not it.all_day]
        if not guests or not timed:
            continue
        tz = zone(mzone)
        first = min(it.start_utc for it in timed).astimezone(tz).date()
        last = max(it.end_utc - timedelta(seconds=1) for it in timed).astimezone(tz).date()
        # Rooms: one block for the guests' nights, a room each.
        if last > first:
            bref = f"{mref}-rooms"
            blocks.append({"ref": bref, "mission_id": mid, "hotel_id": rng.choice(hotel_ids),
                           "check_in": first, "check_out": last, "rooms": len(guests),
                           "cost_per_night": Decimal("129.00"), "currency": "EUR",
                           "payer": "Gemeente Almere"})
            skip = None
            if len(planted["no_room"]) < plant and len(guests) > 1:
                skip = guests[-1]
                planted["no_room"].append(mref)
            for n, pid in enumerate(guests):
                if pid != skip:
                    assignments.append({"block": bref, "person_id": pid, "room": str(101 + n),
                                        "check_in": first, "check_out": last})
        # A van and a driver for the visit, and a ride wherever the guests change venue.
        seats = max(len(guests), 1)
        if len(planted["too_many_passengers"]) < plant and len(guests) > 1:
            seats = len(guests) - 1
            planted["too_many_passengers"].append(mref)
        vref = f"{mref}-van"
        vehicles.append({"ref": vref, "name": f"Van {mref}", "seats": seats})
        dref = f"{mref}-driver"
        drivers.append({"ref": dref, "name": f"Driver {mref}", "staff": True,
                        "languages": ["nl"], "nationality": [], "version": 1})
        # Each guest's own sequence of items: one ride per change of venue, shared by
        # the guests who make the same change.
        rides: dict[tuple[int, int], list[int]] = defaultdict(list)
        for pid in guests:
            prev = None
            for it in timed:
                if not (it.everyone or pid in listed.get(it.id, ())):
                    continue
                if prev is not None:
                    rides[(prev, it)].append(pid)
                prev = it
        for (prev, it), takes in rides.items():
            if it.kind in ("travel", "transfer") or prev.kind in ("travel", "transfer"):
                continue
            here = prev.to_venue_id or prev.venue_id
            if not (here and it.venue_id and here != it.venue_id):
                continue
            (la, lo), (lb, lob) = venues[here], venues[it.venue_id]
            km = distance_km(la, lo, lb, lob) if None not in (la, lo, lb, lob) else 0
            if km <= walk:
                continue
            minutes = round(cfg.travel_minutes(km))
            next_trip += 1
            tref = f"{mref}-ride-{next_trip}"
            trips.append({"ref": tref, "mission_id": mid, "vehicle": vref, "driver": dref,
                          "from_item_id": prev.id, "to_item_id": it.id,
                          "from_venue_id": here, "to_venue_id": it.venue_id,
                          "pickup_utc": it.start_utc - timedelta(minutes=minutes),
                          "arrive_utc": it.start_utc})
            passengers.extend({"trip": tref, "person_id": pid} for pid in takes)
        # Needs: every seventh guest needs step-free access, every fifth has an allergy.
        for n, pid in enumerate(guests):
            if n % 7 == 3 or n % 5 == 2:
                needs.append({"person_id": pid, "step_free": n % 7 == 3,
                              "allergies": "peanuts" if n % 5 == 2 else None})
        # An interpreter where guests and hosts share no language.
        host_langs = [{str(x).split("-")[0].lower() for x in languages.get(h) or ()}
                      for h in hosts]
        foreign = sorted({str(x).split("-")[0].lower() for g in guests
                          for x in languages.get(g) or ()
                          if all(hl and not ({str(y).split("-")[0].lower()
                                              for y in languages.get(g) or ()} & hl)
                                 for hl in host_langs)})
        if foreign and host_langs:
            iref = f"{mref}-interpreter"
            interpreters.append({"ref": iref, "name": f"Interpreter {mref}", "staff": False,
                                 "languages": foreign + ["nl", "en"], "nationality": [],
                                 "version": 1})
            if len(planted["interpreter_needed"]) < plant:
                planted["interpreter_needed"].append(mref)
                chosen = timed[1:]  # the first item goes without
            else:
                chosen = timed
            bookings.extend({"item_id": it.id, "person": iref} for it in chosen)

    # One venue with steps (the one fewest missions use), where a guest who needs
    # step-free access goes.
    step_guests = {n["person_id"] for n in needs if n["step_free"]}
    users: dict[int, set[str]] = defaultdict(set)
    for mid, mref, _z in missions:
        if step_guests & {p for p, _r in parts[mid]}:
            for it in items[mid]:
                if it.venue_id and it.everyone and it.venue_id not in hotel_ids:
                    users[it.venue_id].add(mref)
    venue = min(users, key=lambda v: (len(users[v]), v)) if users else None
    if venue is not None and plant and len(users[venue]) <= plant:
        for prof in profiles:
            if prof["venue_id"] == venue:
                prof["step_free"] = False
        planted["step_free_access"].extend(sorted(users[venue]))

    _rows(uow, VenueProfile, [p for p in profiles if s.get(VenueProfile, p["venue_id"]) is None])
    _rows(uow, RoomBlock, blocks)
    block_ids = dict(s.execute(select(RoomBlock.ref, RoomBlock.id)).all())
    _rows(uow, RoomAssignment, [{**{k: v for k, v in a.items() if k != "block"},
                                 "block_id": block_ids[a["block"]]} for a in assignments])
    _rows(uow, Vehicle, vehicles)
    _rows(uow, Person, drivers + interpreters)
    person_ids = dict(s.execute(select(Person.ref, Person.id).where(Person.ref.in_(
        [d["ref"] for d in drivers + interpreters]))).all()) if drivers else {}
    vehicle_ids = dict(s.execute(select(Vehicle.ref, Vehicle.id)).all())
    _rows(uow, Trip, [{**{k: v for k, v in t.items() if k not in ("vehicle", "driver")},
                       "vehicle_id": vehicle_ids[t["vehicle"]],
                       "driver_id": person_ids[t["driver"]]} for t in trips])
    trip_ids = dict(s.execute(select(Trip.ref, Trip.id)).all())
    _rows(uow, TripPassenger, [{"trip_id": trip_ids[p["trip"]], "person_id": p["person_id"]}
                               for p in passengers])
    _rows(uow, InterpreterBooking, [{"item_id": b["item_id"], "person_id": person_ids[b["person"]]}
                                    for b in bookings])
    _rows(uow, PersonNeed, needs)
    PLANTED.clear()
    PLANTED.update({k: list(v) for k, v in planted.items()})
    uow.record("demo.logistics", "mission", None, after={
        "room_blocks": len(blocks), "trips": len(trips), "interpreter_bookings": len(bookings)})
    return {"room_blocks": len(blocks), "rooms": len(assignments), "vehicles": len(vehicles),
            "trips": len(trips), "passengers": len(passengers), "interpreters": len(interpreters),
            "interpreter_bookings": len(bookings), "needs": len(needs)}
