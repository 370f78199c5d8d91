"""CO2 of the trips abroad: the approval's estimate, summed for the report.

The municipality accounts for its own travel, so the report covers outgoing
missions. By default each mission is estimated as the travel approval does
(:func:`almere_missions.approval.co2.estimate`: one leg per travel or
transfer item between venues with coordinates, the mode read from the item,
DESNZ 2023 factors). A mission whose programme holds no such legs yet (a trip
still being planned) is estimated from the great-circle distance between
Almere City Hall and its farthest venue, there and back, with the same
factors and uplifts; the report says which basis each row has.

The estimate is pluggable: :func:`co2_report` takes any provider
``(mission, snapshot) -> Co2Estimate | None``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from almere_missions.approval import co2 as approval_co2
from almere_missions.reports.context import load, taking_place
from almere_missions.reports.table import ChartSpec, Table
from almere_missions.uow import UnitOfWork
from almere_missions.views import MissionView, Snapshot

#: Almere City Hall (Stadhuisplein 1), where the city's trips start
ALMERE = (52.3708, 5.2189)
LEGS = "travel items of the programme"
VENUES = "farthest venue, there and back"


@dataclass(frozen=True)
class Co2Estimate:
    km: float  # distance travelled (great circle, before uplifts)
    mode: str  # the modes, e.g. "flight" or "flight, train"
    persons: int
    kg: Decimal  # the whole trip, all travellers
    source: str  # where the factors come from
    basis: str  # what was measured: LEGS or VENUES


Co2Provider = Callable[[MissionView, Snapshot], Co2Estimate | None]


def great_circle_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    return approval_co2.great_circle_km(*a, *b)


def mode_for(km: float) -> str:
    """The mode a trip of ``km`` (one way) is assumed to take when nothing says."""
    return "train" if km < approval_co2.TRAIN_REACH_KM else "flight"


def travellers(m: MissionView, snap: Snapshot) -> int:
    """The city's own people on the trip; all participants when none is marked as staff."""
    refs = {p.person for p in m.participants}
    staff = sum(1 for r in refs if snap.persons.get(r) is not None and snap.persons[r].staff)
    return staff or len(refs)


def from_legs(m: MissionView, snap: Snapshot) -> Co2Estimate | None:
    """The travel approval's estimate, when the programme has travel legs to measure."""
    est = approval_co2.estimate(m, snap.venues)
    if not est.legs:
        return None
    modes = ", ".join(dict.fromkeys(leg.mode for leg in est.legs))
    return Co2Estimate(float(sum(leg.distance_km for leg in est.legs)), modes,
                       max(leg.persons for leg in est.legs), est.total_kg, est.source, LEGS)


def from_venues(m: MissionView, snap: Snapshot) -> Co2Estimate | None:
    """Almere to the farthest venue with coordinates and back; None without coordinates."""
    best = None
    for it in m.items:
        for ref in (it.venue, it.to_venue):
            v = snap.venues.get(ref) if ref else None
            if v is None or v.lat is None or v.lon is None:
                continue
            km = great_circle_km(ALMERE, (v.lat, v.lon))
            if best is None or km > best:
                best = km
    if best is None:
        return None
    mode = mode_for(best)
    persons = travellers(m, snap)
    key = approval_co2._factor_key(mode, best)
    stretch = (approval_co2.FLIGHT_UPLIFT if mode == "flight"
               else approval_co2.GROUND_CIRCUITY)
    kg = (2 * Decimal(str(best)) * stretch * approval_co2.FACTORS[key] * persons)
    return Co2Estimate(2 * best, mode, persons, kg.quantize(Decimal("0.1"), ROUND_HALF_UP),
                       approval_co2.SOURCE, VENUES)


def default_provider(m: MissionView, snap: Snapshot) -> Co2Estimate | None:
    return from_legs(m, snap) or from_venues(m, snap)


def co2_report(uow: UnitOfWork, year: int | None = None, lang: str = "en",
               provider: Co2Provider | None = None) -> Table:
    provider = provider or default_provider
    data = load(uow, year, lang)
    rows = []
    sources: list[str] = []
    for m in taking_place(data.snapshot.missions):
        if m.direction != "outgoing":
            continue
        est = provider(m, data.snapshot)
        if est is None:
            rows.append((m.ref, data.title(m), m.start, ", ".join(m.countries), None, "",
                         travellers(m, data.snapshot), None, "no venue coordinates"))
            continue
        rows.append((m.ref, data.title(m), m.start, ", ".join(m.countries), round(est.km),
                     est.mode, est.persons, est.kg, est.basis))
        if est.source not in sources:
            sources.append(est.source)
    known = [r[7] for r in rows if r[7] is not None]
    unknown = len(rows) - len(known)
    note = ("Travel legs of the programme where it has them, else Almere to the farthest "
            f"venue and back. Factors: {'; '.join(sources or [approval_co2.SOURCE])}.")
    if unknown:
        note += f" {unknown} trip(s) without venue coordinates are not estimated."
    total_km = sum(r[4] for r in rows if r[4] is not None)
    return Table(
        key="co2", title="CO2 of the trips abroad" + (f", {year}" if year is not None else ""),
        columns=("Mission", "Title", "Start", "Countries", "km travelled", "Modes",
                 "Travellers", "kg CO2e", "Basis"),
        rows=tuple(rows),
        total=("Total", len(rows), "", "", total_km, "", sum(r[6] for r in rows),
               sum(known, Decimal(0)), ""),
        note=note, chart=ChartSpec("bar", 0, (7,), "kg CO2e"),
        meta={"factor_source": approval_co2.SOURCE})


