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

from almere_missions.db import models_logistics as lm
from almere_missions.db.models import Item, ItemParticipant, Mission, Participant, Person, Venue
from almere_missions.planning import settings as planning_settings
from almere_missions.planning.geo import distance_km
from almere_missions.timeutil import zone
from almere_missions.uow import UnitOfWork

HOTELS = [("hotel-almere-centrum", "Hotel Almere Centrum", 52.3740, 5.2170),
          ("hotel-weerwater", "Hotel Weerwater", 52.3660, 5.2230),
          ("hotel-almere-haven", "Hotel Almere Haven", 52.3400, 5.2200)]
GUESTS = ("delegation_leader", "delegation_member")
HOSTS = ("host", "staff")
#: kind -> mission refs, one entry for every problem of that kind the checks should find
#: (filled by add_logistics)
PLANTED: dict[str, list[str]] = {}


def _languages(values) -> set[str]:
    return {str(x).split("-")[0].strip().lower() for x in values or ()} - {""}


def parts_of(it, participants: list[tuple[int, str]], listed: dict[int, set[int]]) -> list[int]:
    """Who takes part in an item: the mission's people for everyone items, else the listed."""
    return [p for p, _r in participants] if it.everyone else sorted(listed.get(it.id, ()))


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

    def plant_room(kind: str, ok: bool) -> bool:
        if ok and len(planted[kind]) < plant * (2 if kind == "room_beyond_block" else 1):
            planted[kind].append(mref)
            return True
        return False

    for mid, mref, mzone in missions:
        guests = [pid for pid, role in parts[mid] if role in GUESTS]
        hosts = [pid for pid, role in parts[mid] if role in HOSTS]
        timed = [it for it in items[mid] if not it.all_day]
        if not guests or not timed:
            continue
        tz = zone(mzone)

        def days(its, tz=tz):
            return (min(it.start_utc for it in its).astimezone(tz).date(),
                    max(it.end_utc - timedelta(seconds=1) for it in its).astimezone(tz).date())

        first, last = days(timed)
        own = {pid: [it for it in timed if it.everyone or pid in listed.get(it.id, ())]
               for pid in guests}
        span = {pid: days(its) for pid, its in own.items() if its}
        # Rooms: one block for the guests' nights, a room each; at most one planted
        # problem per block (a guest left out, checking out early, a room booked past
        # the block, a block too small).
        if last > first:
            bref = f"{mref}-rooms"
            stays = {pid: (first, last) for pid in guests}
            rooms = len(guests)
            nightly = [p for p in guests[1:] if p in span and span[p][0] < span[p][1]]
            to_last = [p for p in guests if p in span and span[p][1] == last]
            if plant_room("no_room", bool(nightly)):
                del stays[nightly[-1]]
            elif plant_room("checkout_before_last_item",
                            bool(to_last) and (last - first).days >= 2):
                stays[to_last[-1]] = (first, last - timedelta(days=1))
            elif plant_room("room_beyond_block", len(planted["room_beyond_block"]) < plant):
                stays[guests[-1]] = (first, last + timedelta(days=1))
            elif plant_room("room_beyond_block", len(guests) > 1):
                rooms = len(guests) - 1
            blocks.append({"ref": bref, "mission_id": mid, "hotel_id": rng.choice(hotel_ids),
                           "check_in": first, "check_out": last, "rooms": rooms,
                           "cost_per_night": Decimal("129.00"), "currency": "EUR",
                           "payer": "Gemeente Almere"})
            for n, pid in enumerate(guests):
                if pid in stays:
                    assignments.append({"block": bref, "person_id": pid, "room": str(101 + n),
                                        "check_in": stays[pid][0], "check_out": stays[pid][1]})
        # Each guest's own sequence of items: one ride per change of venue, shared by
        # the guests who make the same change.
        changes: dict[tuple, list[int]] = defaultdict(list)
        for pid in guests:
            for prev, it in zip(own[pid], own[pid][1:], strict=False):
                changes[(prev, it)].append(pid)
        rides = []
        for (prev, it), takes in changes.items():
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
            rides.append({"from_item_id": prev.id, "to_item_id": it.id, "from_venue_id": here,
                          "to_venue_id": it.venue_id,
                          "pickup_utc": it.start_utc - timedelta(minutes=minutes),
                          "arrive_utc": it.start_utc, "takes": takes})
        # Vans and drivers: a ride goes with the first van free by its pickup, a new van
        # and driver where none is, so no van or driver is ever in two places at once.
        rides.sort(key=lambda r: (r["pickup_utc"], r["arrive_utc"], r["to_item_id"]))
        seats = max(len(guests), 1)
        free_at: list = []
        for ride in rides:
            van = next((n for n, t in enumerate(free_at) if t <= ride["pickup_utc"]), None)
            if van is None:
                van = len(free_at)
                free_at.append(None)
                suffix = "" if van == 0 else f"-{van + 1}"
                vehicles.append({"ref": f"{mref}-van{suffix}", "name": f"Van {mref}{suffix}",
                                 "seats": seats})
                drivers.append({"ref": f"{mref}-driver{suffix}", "name": f"Driver {mref}{suffix}",
                                "staff": True, "languages": ["nl"], "nationality": [],
                                "version": 1})
            free_at[van] = ride["arrive_utc"]
            suffix = "" if van == 0 else f"-{van + 1}"
            ride["vehicle"], ride["driver"] = f"{mref}-van{suffix}", f"{mref}-driver{suffix}"
        # At most one planted transport problem per visit, each found exactly once: a ride
        # in a car too small, an empty run of a van or a driver at the time of a ride,
        # a guest left off a ride.
        crowded = [r for r in rides if len(r["takes"]) > 1]
        extra = []
        if crowded and len(planted["too_many_passengers"]) < plant:
            planted["too_many_passengers"].append(mref)
            ride = crowded[0]
            ride["vehicle"] = f"{mref}-car"
            vehicles.append({"ref": ride["vehicle"], "name": f"Car {mref}",
                             "seats": len(ride["takes"]) - 1})
        elif rides and len(planted["vehicle_double_booked"]) < plant:
            planted["vehicle_double_booked"].append(mref)
            extra.append({**rides[0], "driver": f"{mref}-driver-extra", "takes": []})
            drivers.append({"ref": f"{mref}-driver-extra", "name": f"Driver {mref} extra",
                            "staff": True, "languages": ["nl"], "nationality": [],
                            "version": 1})
        elif rides and len(planted["driver_double_booked"]) < plant:
            planted["driver_double_booked"].append(mref)
            extra.append({**rides[0], "vehicle": f"{mref}-car", "takes": []})
            vehicles.append({"ref": f"{mref}-car", "name": f"Car {mref}", "seats": 4})
        elif rides and len(planted["no_transport"]) < plant:
            planted["no_transport"].append(mref)
            rides[0]["takes"] = rides[0]["takes"][1:]
        for ride in rides + extra:
            next_trip += 1
            tref = f"{mref}-ride-{next_trip}"
            trips.append({"ref": tref, "mission_id": mid,
                          **{k: v for k, v in ride.items() if k != "takes"}})
            passengers.extend({"trip": tref, "person_id": pid} for pid in ride["takes"])
        # Needs: every seventh guest needs step-free access, every fifth has an allergy.
        for n, pid in enumerate(guests):
            if n % 7 == 3 or n % 5 == 2:
                needs.append({"person_id": pid, "step_free": n % 7 == 3,
                              "allergies": "peanuts" if n % 5 == 2 else None})
        # Interpreters where a guest and a host of an item share no language: one who
        # speaks all of the visit's languages, booked on those items; a second one
        # where such items overlap (interpreters are clash-checked like everyone).
        langs = {p: _languages(languages.get(p)) for p in guests + hosts}
        need_items = []
        for it in timed:
            there = set(parts_of(it, parts[mid], listed))
            if any(langs[g] and langs[h] and not langs[g] & langs[h]
                   for g in guests if g in there for h in hosts if h in there):
                need_items.append(it)
        if need_items and len(planted["interpreter_needed"]) < plant:
            planted["interpreter_needed"].append(mref)
            need_items = need_items[1:]  # the first such item goes without
        spoken = sorted(set().union(*langs.values()))
        busy_until: list = []
        for it in need_items:
            n = next((k for k, t in enumerate(busy_until) if t <= it.start_utc), None)
            if n is None:
                n = len(busy_until)
                busy_until.append(None)
                interpreters.append({"ref": f"{mref}-interpreter{'' if n == 0 else n + 1}",
                                     "name": f"Interpreter {mref}", "staff": False,
                                     "languages": spoken, "nationality": [], "version": 1})
            busy_until[n] = it.end_utc
            bookings.append({"item_id": it.id,
                             "person": f"{mref}-interpreter{'' if n == 0 else n + 1}"})

    # One venue with steps (the one fewest missions use), where a guest who needs
    # step-free access goes: one problem per item there with such a guest.
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
        active = dict(s.execute(select(Mission.id, Mission.ref).where(
            Mission.status.not_in(("cancelled", "rejected")))).all())
        for mid, its in items.items():
            for it in its:
                if it.venue_id == venue and mid in active and \
                        step_guests & set(parts_of(it, parts[mid], listed)):
                    planted["step_free_access"].append(active[mid])

    _rows(uow, lm.VenueProfile,
          [p for p in profiles if s.get(lm.VenueProfile, p["venue_id"]) is None])
    _rows(uow, lm.RoomBlock, blocks)
    block_ids = dict(s.execute(select(lm.RoomBlock.ref, lm.RoomBlock.id)).all())
    _rows(uow, lm.RoomAssignment, [{**{k: v for k, v in a.items() if k != "block"},
                                    "block_id": block_ids[a["block"]]} for a in assignments])
    _rows(uow, lm.Vehicle, vehicles)
    _rows(uow, Person, drivers + interpreters)
    person_ids = dict(s.execute(select(Person.ref, Person.id).where(Person.ref.in_(
        [d["ref"] for d in drivers + interpreters]))).all()) if drivers else {}
    vehicle_ids = dict(s.execute(select(lm.Vehicle.ref, lm.Vehicle.id)).all())
    _rows(uow, lm.Trip, [{**{k: v for k, v in t.items() if k not in ("vehicle", "driver")},
                          "vehicle_id": vehicle_ids[t["vehicle"]],
                          "driver_id": person_ids[t["driver"]]} for t in trips])
    trip_ids = dict(s.execute(select(lm.Trip.ref, lm.Trip.id)).all())
    _rows(uow, lm.TripPassenger, [{"trip_id": trip_ids[p["trip"]], "person_id": p["person_id"]}
                                  for p in passengers])
    _rows(uow, lm.InterpreterBooking,
          [{"item_id": b["item_id"], "person_id": person_ids[b["person"]]} for b in bookings])
    _rows(uow, lm.PersonNeed, needs)
    PLANTED.clear()
    PLANTED.update({k: list(v) for k, v in planted.items()})
    uow.record("demo.logistics", "mission", None, after={
        "room_blocks": len(blocks), "trips": len(trips), "interpreter_bookings": len(bookings)})
    return {"room_blocks": len(blocks), "rooms": len(assignments), "vehicles": len(vehicles),
            "trips": len(trips), "passengers": len(passengers), "interpreters": len(interpreters),
            "interpreter_bookings": len(bookings), "needs": len(needs)}
