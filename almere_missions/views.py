"""Plain data the services hand out: never live ORM objects.

Times are aware UTC instants with the zone name beside them; texts are
:data:`almere_missions.text.Text` (a string or translations).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

from almere_missions.text import Text, pick
from almere_missions.timeutil import local_date


@dataclass(frozen=True, slots=True)
class PersonView:
    ref: str
    name: str
    latin_name: str | None = None
    organisation: str | None = None
    function: str | None = None
    nationality: tuple[str, ...] = ()
    birth_date: date | None = None
    email: str | None = None
    phone: str | None = None
    languages: tuple[str, ...] = ()
    dietary: str | None = None
    accessibility: str | None = None
    staff: bool = False
    version: int = 1

    @property
    def display_name(self) -> str:
        """The own-script name with its Latin form: ``林美玲 (Lin Mei-ling)``."""
        if self.latin_name and self.latin_name != self.name:
            return f"{self.name} ({self.latin_name})"
        return self.name


@dataclass(frozen=True, slots=True)
class VenueView:
    ref: str
    name: Text
    country: str
    timezone: str
    address: str | None = None
    city: str | None = None
    lat: float | None = None
    lon: float | None = None
    capacity: int | None = None
    exclusive: bool = False
    version: int = 1

    def label(self, lang: str = "en") -> str:
        return pick(self.name, lang)

    def location(self, lang: str = "en") -> str:
        """Name, address and city on one line, as a calendar's LOCATION."""
        parts = [self.label(lang), self.address, self.city]
        return ", ".join(p for p in parts if p)


@dataclass(frozen=True, slots=True)
class ParticipantView:
    person: str  # person ref
    role: str


@dataclass(frozen=True, slots=True)
class ItemView:
    ref: str
    kind: str
    title: Text
    start: datetime  # UTC; for all-day items the start of the first local day
    end: datetime  # UTC; for all-day items the start of the day after the last
    timezone: str
    end_timezone: str | None = None
    all_day: bool = False
    description: Text | None = None
    venue: str | None = None  # venue ref
    to_venue: str | None = None
    status: str = "tentative"
    public: bool = True
    notes: str | None = None
    participants: tuple[str, ...] | None = None  # person refs; None: everyone in the mission
    position: int = 0
    revision: int = 0
    updated_at: datetime | None = None

    @property
    def arrival_timezone(self) -> str:
        return self.end_timezone or self.timezone

    @property
    def first_day(self) -> date:
        return local_date(self.start, self.timezone)

    @property
    def last_day(self) -> date:
        """The last local day the item touches (inclusive)."""
        return local_date(self.end - timedelta(microseconds=1), self.arrival_timezone)


@dataclass(frozen=True, slots=True)
class CostView:
    description: Text
    amount: Decimal
    currency: str = "EUR"
    paid_by: str | None = None


@dataclass(frozen=True, slots=True)
class MissionView:
    ref: str
    direction: str
    title: Text
    start: date
    end: date
    timezone: str
    countries: tuple[str, ...]
    purpose: Text | None = None
    cities: tuple[str, ...] = ()
    counterpart: str | None = None
    themes: tuple[str, ...] = ()
    goals: tuple[str, ...] = ()
    lead_department: str | None = None
    status: str = "draft"
    welcome: Text | None = None
    version: int = 1
    created_at: datetime | None = None
    updated_at: datetime | None = None
    participants: tuple[ParticipantView, ...] = ()
    items: tuple[ItemView, ...] = ()
    costs: tuple[CostView, ...] = ()

    def person_refs(self) -> tuple[str, ...]:
        """Everyone in the mission, each once, in the order of the list."""
        return tuple(dict.fromkeys(p.person for p in self.participants))

    def persons_of(self, item: ItemView) -> tuple[str, ...]:
        return item.participants if item.participants is not None else self.person_refs()

    def with_role(self, *roles: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(p.person for p in self.participants if p.role in roles))


@dataclass(frozen=True, slots=True)
class MissionSummary:
    """One row of the mission register."""

    ref: str
    direction: str
    title: Text
    start: date
    end: date
    status: str
    countries: tuple[str, ...]
    counterpart: str | None
    themes: tuple[str, ...]
    goals: tuple[str, ...]
    lead_department: str | None
    item_count: int
    person_count: int
    version: int


@dataclass
class Snapshot:
    """Missions with the persons and venues they name, ready to export or print."""

    missions: list[MissionView] = field(default_factory=list)
    persons: dict[str, PersonView] = field(default_factory=dict)
    venues: dict[str, VenueView] = field(default_factory=dict)

    def mission(self, ref: str) -> MissionView:
        return next(m for m in self.missions if m.ref == ref)


# --- shared between parts of the product (see docs/SERVICES.md) ---------------

@dataclass(frozen=True, slots=True)
class ItemChange:
    """One difference between an issued programme and the programme now."""

    change: str  # "new", "moved", "cancelled", "venue_changed", "changed", "removed"
    item_ref: str
    before: ItemView | None  # as issued
    after: ItemView | None  # as now


@dataclass(frozen=True, slots=True)
class ChangeNotice:
    """What changed since the programme was last issued to guests and hosts."""

    mission_ref: str
    issued_number: int  # 1 for the first issued version
    issued_at: datetime
    changes: tuple[ItemChange, ...]


@dataclass(frozen=True, slots=True)
class SecurityStatus:
    """The security check of a mission, as the approval workflow and its file need it."""

    mission_ref: str
    checked: bool  # a security assessment (checklist and residual risk) is recorded
    residual_risk: str | None  # low, medium, high
    advice: str | None  # the security advisor's text for the approval file
    assessed_by: str | None
    open_hits: int  # sanctions hits without a decision
    confirmed_hits: int
    travel_advice: dict[str, str]  # country (alpha-2) -> worst colour on the route
    state_actor_risk: str | None  # worst level among the mission's countries: none, elevated, high
    checklist: dict[str, bool]
