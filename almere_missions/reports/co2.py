"""CO2 of the trips abroad, estimated from distance.

The municipality accounts for its own travel, so the report covers outgoing
missions. The estimate is pluggable: :func:`co2_report` takes any provider
``(mission, snapshot) -> Co2Estimate | None``; the default,
:func:`distance_estimate`, takes the great-circle distance from Almere City
Hall to the mission's farthest venue with coordinates, there and back, per
traveller, with the emission factor of the travel mode that distance implies.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from almere_missions.reports.context import load, taking_place
from almere_missions.reports.table import ChartSpec, Table
from almere_missions.uow import UnitOfWork
from almere_missions.views import MissionView, Snapshot

#: Almere City Hall (Stadhuisplein 1), where the city's trips start
ALMERE = (52.3708, 5.2189)
EARTH_RADIUS_KM = 6371.0088
SOURCE = "UK DESNZ/DEFRA greenhouse gas conversion factors 2022 (business travel)"


@dataclass(frozen=True)
class Factor:
    mode: str
    up_to_km: float  # one-way distance up to which this mode is assumed
    kg_per_person_km: float  # kg CO2e per passenger-km
    uplift: float  # detour over the great circle (flights: +8 %, as the source advises)
    source: str


#: Up to 700 km the city travels by train (the policy's sustainability principle b);
#: beyond that by air, short haul up to 3,700 km, long haul further (the source's bands).
FACTORS: tuple[Factor, ...] = (
    Factor("rail", 700, 0.03549, 1.0, f"{SOURCE}: national rail"),
    Factor("air, short haul", 3700, 0.15102, 1.08,
           f"{SOURCE}: flights, short-haul, economy, with radiative forcing"),
    Factor("air, long haul", math.inf, 0.14787, 1.08,
           f"{SOURCE}: flights, long-haul, economy, with radiative forcing"),
)


@dataclass(frozen=True)
class Co2Estimate:
    km_one_way: float
    mode: str
    persons: int
    kg: Decimal  # the whole trip, there and back, all travellers
    source: str
    destination: str  # the venue the distance was measured to


Co2Provider = Callable[[MissionView, Snapshot], Co2Estimate | None]


def great_circle_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def factor_for(km: float, factors: tuple[Factor, ...] = FACTORS) -> Factor:
    return next(f for f in factors if km <= f.up_to_km)


def travellers(m: MissionView, snap: Snapshot) -> int:
    """The city's own people on the trip; all participants when none is marked as staff."""
    refs = {p.person for p in m.participants}
    staff = sum(1 for r in refs if snap.persons.get(r) is not None and snap.persons[r].staff)
    return staff or len(refs)


def distance_estimate(m: MissionView, snap: Snapshot) -> Co2Estimate | None:
    """The default provider; None when no venue of the mission has coordinates."""
    best = None
    for it in m.items:
        for ref in (it.venue, it.to_venue):
            v = snap.venues.get(ref) if ref else None
            if v is None or v.lat is None or v.lon is None:
                continue
            km = great_circle_km(ALMERE, (v.lat, v.lon))
            if best is None or km > best[0]:
                best = (km, v.label("en"))
    if best is None:
        return None
    km, where = best
    f = factor_for(km)
    persons = travellers(m, snap)
    kg = Decimal(2 * km * f.uplift * f.kg_per_person_km * persons)
    return Co2Estimate(km, f.mode, persons, kg.quantize(Decimal("0.1"), ROUND_HALF_UP),
                       f.source, where)


def co2_report(uow: UnitOfWork, year: int | None = None, lang: str = "en",
               provider: Co2Provider | None = None) -> Table:
    provider = provider or distance_estimate
    data = load(uow, year, lang)
    rows = []
    sources = []
    for m in taking_place(data.snapshot.missions):
        if m.direction != "outgoing":
            continue
        est = provider(m, data.snapshot)
        if est is None:
            rows.append((m.ref, data.title(m), m.start, ", ".join(m.countries), "", None,
                         "", travellers(m, data.snapshot), None))
            continue
        rows.append((m.ref, data.title(m), m.start, ", ".join(m.countries), est.destination,
                     round(est.km_one_way), est.mode, est.persons, est.kg))
        if est.source not in sources:
            sources.append(est.source)
    known = [r[8] for r in rows if r[8] is not None]
    unknown = sum(1 for r in rows if r[8] is None)
    note = ("Estimated from the great-circle distance to the farthest venue, there and back, "
            "per traveller. Factors: " + "; ".join(sources or [f.source for f in FACTORS]) + ".")
    if unknown:
        note += f" {unknown} trip(s) without venue coordinates are not estimated."
    return Table(
        key="co2", title="CO2 of the trips abroad" + (f", {year}" if year is not None else ""),
        columns=("Mission", "Title", "Start", "Countries", "Farthest venue", "km one way",
                 "Mode", "Travellers", "kg CO2e"),
        rows=tuple(rows),
        total=("Total", len(rows), "", "", "", None, "", sum(r[7] for r in rows),
               sum(known, Decimal(0))),
        note=note, chart=ChartSpec("bar", 0, (8,), "kg CO2e"),
        meta={"factor_sources": "; ".join(f.source for f in FACTORS)})
