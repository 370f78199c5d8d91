"""Travel advice: snapshots of the Dutch government's advice, the live fetch, and
the advice for each destination and region a mission visits.

Readers are in :mod:`almere_missions.security.advice_reader`. Every import or
fetch keeps a snapshot (modification date, source, SHA-256); the current advice
of a country is its snapshot with the newest modification date. Advice is
*stale* when the ministry last confirmed it ("Nog steeds geldig op", else the
modification date) longer ago than the configured number of days.
"""

from __future__ import annotations

import logging
import os
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from almere_missions.db.models import Item, Mission, Venue
from almere_missions.db.models_security import AdviceSnapshot
from almere_missions.errors import InvalidInput, NotFound
from almere_missions.security.advice_reader import (
    AdviceDocument,
    parse_advice,
    read_advice,
    worst,
)
from almere_missions.security.countries import alpha2
from almere_missions.security.files import read_then_store
from almere_missions.security.names import fold
from almere_missions.services import users
from almere_missions.services.missions import mission_row
from almere_missions.timeutil import now_utc
from almere_missions.uow import UnitOfWork

log = logging.getLogger(__name__)

API_URL = ("https://opendata.nederlandwereldwijd.nl/v2/sources/nederlandwereldwijd/infotypes/"
           "countries/{iso3}/traveladvice?output=json")
FETCH_TIMEOUT_S = 5.0
STALE_ENV = "ALMERE_MISSIONS_ADVICE_STALE_DAYS"
DEFAULT_STALE_DAYS = 30

#: fetcher(url, timeout) -> bytes; raises OSError (urllib's errors are OSErrors) when offline
Fetcher = Callable[[str, float], bytes]
Progress = Callable[[int, int, str], None]


def stale_after_days() -> int:
    try:
        return max(1, int(os.environ.get(STALE_ENV, DEFAULT_STALE_DAYS)))
    except ValueError:
        return DEFAULT_STALE_DAYS


@dataclass(frozen=True)
class RegionAdvice:
    name: str
    colour: str
    visited: bool = False  # a place of the mission lies in it (by name)


@dataclass(frozen=True)
class CountryAdvice:
    """The current advice of one country, as shown to officers and approvers."""

    country: str
    location: str
    colour: str
    regions: tuple[RegionAdvice, ...]
    modified: datetime
    still_valid_on: date | None
    source: str
    imported_at: datetime
    stale: bool
    age_days: int

    @property
    def worst_colour(self) -> str:
        return worst([self.colour, *(r.colour for r in self.regions)])


@dataclass(frozen=True)
class MissionAdvice:
    """The advice for one destination of a mission, and the worst colour on its route."""

    country: str
    advice: CountryAdvice | None  # None: no advice stored for this country
    places: tuple[str, ...]  # the mission's places in this country
    route_colour: str | None  # the worst colour of the places visited (all regions if unknown)
    route_known: bool  # False: the mission names no place here, so every region counts


@dataclass(frozen=True)
class FetchResult:
    country: str
    live: bool  # False: the network failed and the last snapshot is shown
    advice: CountryAdvice | None
    message: str


# --- storing -----------------------------------------------------------------------

def store(uow: UnitOfWork, doc: AdviceDocument) -> tuple[AdviceSnapshot, bool]:
    """Keep a snapshot of ``doc`` (once per content); returns it and whether it is new."""
    s = uow.session
    existing = s.scalar(select(AdviceSnapshot).where(
        AdviceSnapshot.country == doc.country, AdviceSnapshot.sha256 == doc.sha256))
    if existing is not None:
        return existing, False
    snap = AdviceSnapshot(
        country=doc.country, iso3=doc.iso3, location=doc.location, colour=doc.colour,
        regions=[{"name": r.name, "colour": r.colour} for r in doc.regions],
        modified=doc.modified, modification_text=doc.modification_text,
        still_valid_on=doc.still_valid_on, summary=doc.summary, source=doc.source,
        source_format=doc.source_format, sha256=doc.sha256, imported_by=uow.user)
    s.add(snap)
    uow.flush()
    uow.record("advice.import", "travel_advice", doc.country,
               after={"colour": doc.colour, "regions": len(doc.regions),
                      "modified": doc.modified.isoformat(), "source": doc.source,
                      "sha256": doc.sha256})
    return snap, True


def import_advice(uow: UnitOfWork, paths: Iterable[str | Path],
                  progress: Progress | None = None) -> list[tuple[AdviceDocument, bool]]:
    """Read every file first (refusing the lot if one is bad), then keep snapshots."""
    users.require(uow, "security", "officer")
    return read_then_store(paths, read_advice, lambda doc: (doc, store(uow, doc)[1]),
                           lambda doc: f"stored {doc.country}", progress)


# --- reading -----------------------------------------------------------------------

def _view(snap: AdviceSnapshot, *, days: int, places: Iterable[str] = ()) -> CountryAdvice:
    confirmed = snap.still_valid_on or snap.modified.date()
    age = (now_utc().date() - max(confirmed, snap.modified.date())).days
    folded = [fold(p) for p in places if p]
    regions = tuple(
        RegionAdvice(r["name"], r["colour"], any(_mentions(r["name"], p) for p in folded))
        for r in snap.regions or ())
    return CountryAdvice(
        country=snap.country, location=snap.location, colour=snap.colour, regions=regions,
        modified=snap.modified, still_valid_on=snap.still_valid_on, source=snap.source,
        imported_at=snap.imported_at, stale=age > days, age_days=age)


def _mentions(region_name: str, folded_place: str) -> bool:
    if len(folded_place) < 3:
        return False
    words = f" {fold(region_name)} "
    return f" {folded_place} " in words


def _latest(uow: UnitOfWork, country: str) -> AdviceSnapshot | None:
    return uow.session.scalar(
        select(AdviceSnapshot).where(AdviceSnapshot.country == country)
        .order_by(AdviceSnapshot.modified.desc(), AdviceSnapshot.id.desc()).limit(1))


def normalise_country(code: str) -> str:
    found = alpha2(code)
    if found is None:
        raise InvalidInput(f"unknown country {code!r} (an ISO 3166 alpha-2 or alpha-3 code)",
                           field="COUNTRY")
    return found


def current_advice(uow: UnitOfWork, countries: Iterable[str] | None = None, *,
                   stale_days: int | None = None) -> list[CountryAdvice]:
    """The current advice per country (all stored, or those named), ordered by country."""
    users.require(uow, *users.ROLES)
    days = stale_days or stale_after_days()
    if countries:
        wanted = [normalise_country(c) for c in countries]
        out = []
        for code in dict.fromkeys(wanted):
            snap = _latest(uow, code)
            if snap is None:
                raise NotFound(f"no travel advice stored for {code}; import it with "
                               "`advice import FILE` or fetch it")
            out.append(_view(snap, days=days))
        return out
    codes = sorted(set(uow.session.scalars(select(AdviceSnapshot.country))))
    return [_view(_latest(uow, c), days=days) for c in codes]


def snapshots(uow: UnitOfWork, country: str) -> list[CountryAdvice]:
    """Every snapshot of a country, newest first (the advice's history)."""
    users.require(uow, *users.ROLES)
    code = normalise_country(country)
    rows = uow.session.scalars(
        select(AdviceSnapshot).where(AdviceSnapshot.country == code)
        .order_by(AdviceSnapshot.modified.desc(), AdviceSnapshot.id.desc()))
    return [_view(r, days=stale_after_days()) for r in rows]


# --- the live fetch ----------------------------------------------------------------

def http_fetch(url: str, timeout: float) -> bytes:
    request = urllib.request.Request(url, headers={"Accept": "application/json",
                                                   "User-Agent": "almere-missions"})
    with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (fixed https URL)
        return response.read(20_000_000)


@dataclass(frozen=True)
class Download:
    """What the public service answered for one country: a document, or why there is none."""

    country: str
    document: AdviceDocument | None
    problem: str  # empty when ``document`` was read


def download(country: str, *, fetcher: Fetcher | None = None,
             timeout: float = FETCH_TIMEOUT_S) -> Download:
    """Ask the public API for a country's advice; touches no database (it may take a while).

    A document the API sends that cannot be read counts as no answer, like a bad
    file (nothing is stored from it).
    """
    code = normalise_country(country)
    import pycountry

    iso3 = pycountry.countries.get(alpha_2=code).alpha_3.lower()
    url = API_URL.format(iso3=iso3)
    fetch = fetcher or http_fetch
    try:
        data = fetch(url, timeout)
        doc = parse_advice(data, url)
        if doc.country != code:
            raise InvalidInput(f"the API answered with advice for {doc.country}", file=url)
    except (OSError, TimeoutError) as exc:
        reason = getattr(exc, "reason", exc)
        return Download(code, None, f"could not reach the travel-advice service ({reason})")
    except InvalidInput as exc:
        return Download(code, None,
                        f"the travel-advice service sent an unreadable document ({exc})")
    return Download(code, doc, "")


def keep_download(uow: UnitOfWork, got: Download) -> FetchResult:
    """Store what was downloaded; without a document, fall back to the last snapshot."""
    users.require(uow, "security", "officer")
    code = got.country
    if got.document is None:
        last = _latest(uow, code)
        return FetchResult(code, False, _view(last, days=stale_after_days()) if last else None,
                           f"{got.problem}; "
                           + ("showing the last snapshot" if last else "no snapshot stored"))
    _, new = store(uow, got.document)
    return FetchResult(code, True, _view(_latest(uow, code), days=stale_after_days()),
                       "new advice stored" if new else "advice unchanged since the last snapshot")


def fetch_advice(uow: UnitOfWork, country: str, *, fetcher: Fetcher | None = None,
                 timeout: float = FETCH_TIMEOUT_S) -> FetchResult:
    """Fetch a country's advice from the public API; offline, fall back to the last snapshot.

    This waits on the network inside ``uow``; the application layer
    (``almere_missions.app.security.fetch_advice``) downloads first and then
    writes in one short transaction.
    """
    users.require(uow, "security", "officer")
    return keep_download(uow, download(country, fetcher=fetcher, timeout=timeout))


# --- per mission ---------------------------------------------------------------------

def mission_places(uow: UnitOfWork, mission: Mission) -> dict[str, list[str]]:
    """The places a mission visits per country: its cities and its venues' cities and names."""
    places: dict[str, list[str]] = {c: [] for c in mission.countries or ()}
    rows = uow.session.execute(
        select(Venue.country, Venue.city, Venue.name, Venue.address)
        .join(Item, (Item.venue_id == Venue.id) | (Item.to_venue_id == Venue.id))
        .where(Item.mission_id == mission.id)).all()
    for country, city, name, address in rows:
        if country == "NL" and country not in places:
            continue  # Almere's own country is no destination of the travel advice
        bucket = places.setdefault(country, [])
        bucket.extend(p for p in (city, address) if p)
        if isinstance(name, dict):
            bucket.extend(name.values())
        elif name:
            bucket.append(name)
    if mission.cities:
        # Mission cities carry no country: they count for each destination.
        for country in mission.countries or ():
            places[country].extend(mission.cities)
    return {c: list(dict.fromkeys(p)) for c, p in places.items()}


def advice_for_mission(uow: UnitOfWork, ref: str, *,
                       stale_days: int | None = None) -> list[MissionAdvice]:
    """The advice for each destination of the mission, and for each region it visits.

    A region counts as visited when a city, venue or address of the mission is
    named in it. Where the mission names no place in a country, the route is
    unknown and every region of that country counts (the cautious reading).
    For an incoming mission the countries are the counterpart's (where the
    delegation comes from).
    """
    users.require(uow, *users.ROLES)
    mission = mission_row(uow, ref)
    days = stale_days or stale_after_days()
    out = []
    for country, places in mission_places(uow, mission).items():
        snap = _latest(uow, country)
        if snap is None:
            out.append(MissionAdvice(country, None, tuple(places), None, bool(places)))
            continue
        view = _view(snap, days=days, places=places)
        known = bool(places)
        if known:
            colours = [view.colour, *(r.colour for r in view.regions if r.visited)]
        else:
            colours = [view.colour, *(r.colour for r in view.regions)]
        out.append(MissionAdvice(country, view, tuple(places), worst(colours), known))
    return out
