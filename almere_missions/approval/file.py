"""The approval file's data: everything an approver reads before deciding.

The PDF is drawn elsewhere with the shared document toolkit; this module
gathers the content once, as plain data: the mission, its purpose, the whole
delegation, a programme summary in each place's own time, costs and CO2, the
assessment per principle, the security summary, the decision history, and
the travellers' other trips in the same year.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from almere_missions import permissions
from almere_missions.approval.assessment import Assessment, get_assessment
from almere_missions.approval.workflow import ApprovalStatus, status
from almere_missions.db.models import Mission, Participant, Person
from almere_missions.security import status as security_check
from almere_missions.services import missions as mission_service
from almere_missions.text import Text
from almere_missions.timeutil import abbreviation, now_utc, utc_to_local
from almere_missions.uow import UnitOfWork
from almere_missions.views import MissionView, SecurityStatus

#: roles of the people who travel on an outgoing mission
TRAVELLING = ("delegation_leader", "delegation_member", "staff", "security", "interpreter")


@dataclass(frozen=True)
class DelegationMember:
    person: str  # ref
    name: str  # own script with the Latin form
    role: str
    function: str | None
    organisation: str | None
    nationality: tuple[str, ...]
    staff: bool


@dataclass(frozen=True)
class ProgrammeLine:
    day: date  # local day of the start
    start: str  # local wall time "09:30", or "" for all-day items
    end: str
    zone: str  # abbreviation of the place's zone, e.g. CEST
    title: Text
    kind: str
    venue: Text | None
    status: str
    public: bool


@dataclass(frozen=True)
class OtherTrip:
    mission_ref: str
    title: Text
    start: date
    end: date
    countries: tuple[str, ...]
    status: str
    travellers: tuple[str, ...]  # person refs of this mission's travellers on it


@dataclass(frozen=True)
class ApprovalFile:
    mission: MissionView
    purpose: Text | None
    delegation: tuple[DelegationMember, ...]
    programme: tuple[ProgrammeLine, ...]
    assessment: Assessment  # principles, themes and goals, costs by payer, budget, CO2
    security: SecurityStatus
    approval: ApprovalStatus  # state, steps, content hash, decision history
    other_trips: tuple[OtherTrip, ...]
    year: int
    generated_at: datetime

    @property
    def content_hash(self) -> str:
        return self.approval.content_hash


def _programme(mission: MissionView, venues) -> tuple[ProgrammeLine, ...]:
    lines = []
    for it in mission.items:
        venue = venues.get(it.venue) if it.venue else None
        local_start = utc_to_local(it.start, it.timezone)
        if it.all_day:
            start = end = ""
        else:
            start = local_start.strftime("%H:%M")
            end = utc_to_local(it.end, it.arrival_timezone).strftime("%H:%M")
        lines.append(ProgrammeLine(
            day=local_start.date(), start=start, end=end,
            zone=abbreviation(it.start, it.timezone), title=it.title, kind=it.kind,
            venue=venue.name if venue else None, status=it.status, public=it.public))
    return tuple(lines)


def travellers(mission: MissionView, persons) -> tuple[str, ...]:
    """Outgoing: everyone travelling; incoming: the municipality's own people."""
    if mission.direction == "outgoing":
        return mission.with_role(*TRAVELLING)
    return tuple(ref for ref in mission.person_refs()
                 if persons.get(ref) is not None and persons[ref].staff)


def other_trips(uow: UnitOfWork, mission: MissionView, people: tuple[str, ...]
                ) -> tuple[OtherTrip, ...]:
    """The same people's other outgoing missions that touch the mission's year."""
    if not people:
        return ()
    year = mission.start.year
    rows = uow.session.execute(
        select(Mission.ref, Mission.title, Mission.start_date, Mission.end_date,
               Mission.countries, Mission.status, Person.ref)
        .join(Participant, Participant.mission_id == Mission.id)
        .join(Person, Person.id == Participant.person_id)
        .where(Person.ref.in_(people), Mission.ref != mission.ref,
               Mission.direction == "outgoing",
               Mission.start_date <= date(year, 12, 31), Mission.end_date >= date(year, 1, 1))
        .order_by(Mission.start_date, Mission.ref)).all()
    trips: dict[str, OtherTrip] = {}
    for ref, title, start, end, countries, state, person in rows:
        trip = trips.get(ref)
        names = (trip.travellers if trip else ()) + (person,)
        trips[ref] = OtherTrip(ref, title, start, end, tuple(countries or ()), state,
                               tuple(dict.fromkeys(names)))
    return tuple(trips.values())


def approval_file(uow: UnitOfWork, ref: str) -> ApprovalFile:
    permissions.require(uow, permissions.APPROVAL_FILE_READ)
    snap = mission_service.load_snapshot(uow, [ref])
    mission = snap.missions[0]
    delegation = []
    for p in mission.participants:
        person = snap.persons[p.person]
        delegation.append(DelegationMember(
            p.person, person.display_name, p.role, person.function, person.organisation,
            person.nationality, person.staff))
    return ApprovalFile(
        mission=mission, purpose=mission.purpose, delegation=tuple(delegation),
        programme=_programme(mission, snap.venues), assessment=get_assessment(uow, ref),
        security=security_check.security_status(uow, ref), approval=status(uow, ref),
        other_trips=other_trips(uow, mission, travellers(mission, snap.persons)),
        year=mission.start.year, generated_at=now_utc())
