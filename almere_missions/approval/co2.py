"""CO2 of a mission's travel: distance-based factors per mode, with their sources.

Each ``travel`` or ``transfer`` item between two venues with coordinates is a
leg. Its mode is read from the item's title and description (any language),
else from the venues (two airports: a flight), else from the distance. The
distance is the great-circle distance, with the uplifts below.

Sources:

- Factors: UK Department for Energy Security and Net Zero (DESNZ),
  "Greenhouse gas reporting: conversion factors 2023", sheet "Business travel –
  air" (average passenger, *with* radiative forcing) and "Business travel –
  land" / "sea", in kg CO2e per passenger-km (cars: per vehicle-km).
- Flight distance uplift of 8 % over the great circle for routing and
  stacking: the DESNZ/DEFRA conversion factors methodology paper (air travel).
- Ground distance: 1.2 × the straight line. An assumption of this product
  that stands in for route distances, which the programme does not hold.
- Train reach: "roughly under 700 km", as the travel-approval brief states it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from almere_missions.text import pick
from almere_missions.views import ItemView, MissionView, VenueView

#: kg CO2e per passenger-km (``car``: per vehicle-km), DESNZ 2023
FACTORS: dict[str, Decimal] = {
    "flight_domestic": Decimal("0.27258"),  # flights under 500 km
    "flight_short_haul": Decimal("0.18592"),  # under 3,700 km
    "flight_long_haul": Decimal("0.26128"),
    "train": Decimal("0.03549"),  # national rail
    "coach": Decimal("0.02733"),
    "car": Decimal("0.17048"),  # average car, unknown fuel, per vehicle-km
    "ferry": Decimal("0.01874"),  # foot passenger
}
SOURCE = ("UK DESNZ, Greenhouse gas reporting: conversion factors 2023 "
          "(kg CO2e per passenger-km; flights with radiative forcing)")
FLIGHT_UPLIFT = Decimal("1.08")
GROUND_CIRCUITY = Decimal("1.2")
CAR_SEATS = 4
TRAIN_REACH_KM = 700
EARTH_RADIUS_KM = 6371.0088

_MODE_WORDS = (
    ("flight", r"flight|vlucht|vliegtuig|vliegen|plane|airline|fly|航班|飛機|飞机"),
    ("train", r"train|trein|rail|thalys|eurostar|ice|tgv|intercity|spoor|火車|高鐵|火车|高铁"),
    ("coach", r"coach|bus|touringcar"),
    ("ferry", r"ferry|veerboot|boat|boot"),
    ("car", r"car|auto|taxi|drive|rijden|limousine|minibus"),
)
_AIRPORT = re.compile(r"airport|luchthaven|schiphol|aéroport|flughafen|机场|機場", re.I)


@dataclass(frozen=True)
class Leg:
    item: str
    mode: str  # flight, train, coach, car, ferry
    distance_km: int  # great circle
    persons: int
    kg: Decimal
    factor: str  # the FACTORS key used
    mode_from: str  # "text", "airports", "distance"


@dataclass(frozen=True)
class Co2Estimate:
    total_kg: Decimal
    legs: tuple[Leg, ...]
    not_counted: tuple[str, ...]  # legs without coordinates, in words
    notices: tuple[str, ...]  # e.g. a flight where the train would do
    source: str = SOURCE


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


def _texts(item: ItemView) -> str:
    parts = []
    for value in (item.title, item.description):
        if isinstance(value, dict):
            parts.extend(value.values())
        elif value:
            parts.append(value)
    return " ".join(parts)


def mode_of(item: ItemView, origin: VenueView, dest: VenueView, km: float) -> tuple[str, str]:
    words = _texts(item)
    for mode, pattern in _MODE_WORDS:
        if re.search(rf"(?<![A-Za-z])(?:{pattern})(?![A-Za-z])", words, re.I):
            return mode, "text"
    if _AIRPORT.search(pick(origin.name) or "") and _AIRPORT.search(pick(dest.name) or ""):
        return "flight", "airports"
    if km >= TRAIN_REACH_KM:
        return "flight", "distance"
    return ("car" if item.kind == "transfer" else "train"), "distance"


def _factor_key(mode: str, km: float) -> str:
    if mode != "flight":
        return mode
    if km < 500:
        return "flight_domestic"
    return "flight_short_haul" if km < 3700 else "flight_long_haul"


def estimate(mission: MissionView, venues: dict[str, VenueView]) -> Co2Estimate:
    legs, missing, notices = [], [], []
    for item in mission.items:
        if item.kind not in ("travel", "transfer") or item.status == "cancelled":
            continue
        origin, dest = venues.get(item.venue or ""), venues.get(item.to_venue or "")
        if origin is None or dest is None or None in (origin.lat, origin.lon, dest.lat, dest.lon):
            missing.append(f"{item.ref}: no start and destination venue with coordinates")
            continue
        km = great_circle_km(origin.lat, origin.lon, dest.lat, dest.lon)
        mode, how = mode_of(item, origin, dest, km)
        persons = len(mission.persons_of(item))
        key = _factor_key(mode, km)
        if mode == "flight":
            distance = Decimal(str(km)) * FLIGHT_UPLIFT
            kg = distance * FACTORS[key] * persons
            if km < TRAIN_REACH_KM:
                notices.append(
                    f"{item.ref}: a flight of about {round(km)} km from {origin.label()} to "
                    f"{dest.label()}; the destination is within reach by train "
                    f"(under {TRAIN_REACH_KM} km)")
        else:
            distance = Decimal(str(km)) * GROUND_CIRCUITY
            units = math.ceil(persons / CAR_SEATS) if mode == "car" else persons
            kg = distance * FACTORS[key] * units
        kg = kg.quantize(Decimal("0.1"), ROUND_HALF_UP)
        legs.append(Leg(item.ref, mode, round(km), persons, kg, key, how))
    total = sum((leg.kg for leg in legs), Decimal("0.0"))
    return Co2Estimate(total, tuple(legs), tuple(missing), tuple(notices))
