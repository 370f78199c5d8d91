"""The slot finder: the earliest times all the given hosts are free.

Busy is everything a host is in (items of every mission that are not
cancelled, tentative ones too — they may still be confirmed; not the items of
cancelled or rejected missions) and their
imported busy times. Free time is looked for within working hours, on working
days, in one zone (the municipality's by default), on a grid of a few
minutes; each free stretch of a day gives its earliest fitting start.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, or_, select

from almere_missions.db.models import Item, ItemParticipant, Mission, Participant, Person
from almere_missions.db.models_planning import BusyBlock
from almere_missions.errors import InvalidInput, NotFound
from almere_missions.planning import settings as planning_settings
from almere_missions.planning.checkdata import INACTIVE_MISSIONS
from almere_missions.timeutil import TimeProblem, is_valid_zone, local_to_utc, utc_to_local
from almere_missions.uow import UnitOfWork

DEFAULT_ZONE = "Europe/Amsterdam"
MAX_DAYS = 366


@dataclass(frozen=True)
class Slot:
    start: datetime  # UTC
    end: datetime
    timezone: str

    @property
    def local_start(self) -> datetime:
        return utc_to_local(self.start, self.timezone)

    @property
    def local_end(self) -> datetime:
        return utc_to_local(self.end, self.timezone)


def busy_intervals(uow: UnitOfWork, person_ids: list[int], lo: datetime,
                   hi: datetime) -> list[tuple[datetime, datetime]]:
    """Merged spans in which any of the persons is taken, between ``lo`` and ``hi``."""
    s = uow.session
    missions = select(Participant.mission_id).where(Participant.person_id.in_(person_ids))
    listed = select(ItemParticipant.item_id).where(ItemParticipant.person_id.in_(person_ids))
    inactive = select(Mission.id).where(Mission.status.in_(INACTIVE_MISSIONS))
    rows = list(s.execute(select(Item.start_utc, Item.end_utc).where(
        Item.status != "cancelled", Item.mission_id.not_in(inactive),
        Item.end_utc > lo, Item.start_utc < hi,
        or_(and_(Item.everyone.is_(True), Item.mission_id.in_(missions)),
            and_(Item.everyone.is_(False), Item.id.in_(listed))))))
    rows += list(s.execute(select(BusyBlock.start_utc, BusyBlock.end_utc).where(
        BusyBlock.person_id.in_(person_ids), BusyBlock.end_utc > lo, BusyBlock.start_utc < hi)))
    merged: list[list[datetime]] = []
    for start, end in sorted(rows):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(a, b) for a, b in merged]


def _wall(day: date, at: time, tz: str) -> datetime:
    try:
        return local_to_utc(datetime.combine(day, at), tz)
    except TimeProblem:  # working hours starting in a DST gap: take the first real minute
        return local_to_utc(datetime.combine(day, at) + timedelta(hours=1), tz)


def find_slots(uow: UnitOfWork, hosts: list[str], duration: timedelta, date_from: date,
               date_to: date, *, timezone: str = DEFAULT_ZONE, work_start: time | None = None,
               work_end: time | None = None, weekdays: set[int] | None = None,
               step_minutes: int | None = None, limit: int | None = None) -> list[Slot]:
    """The earliest free slots of ``duration`` for all ``hosts`` from ``date_from`` to
    ``date_to`` (inclusive), within working hours in ``timezone``."""
    cfg = planning_settings.load()
    work_start = work_start or cfg.work_start
    work_end = work_end or cfg.work_end
    weekdays = set(weekdays or cfg.weekdays)
    step = timedelta(minutes=step_minutes or cfg.slot_step_minutes)
    limit = limit or cfg.slot_limit
    if not hosts:
        raise InvalidInput("name at least one host", field="host")
    if duration <= timedelta(0):
        raise InvalidInput("must be more than 0 minutes", field="duration")
    if date_to < date_from:
        raise InvalidInput(f"{date_to} is before {date_from}", field="to")
    if (date_to - date_from).days >= MAX_DAYS:
        raise InvalidInput(f"at most {MAX_DAYS} days at a time", field="to")
    if work_end <= work_start:
        raise InvalidInput("the working day must end after it starts", field="working_hours")
    if not is_valid_zone(timezone):
        raise InvalidInput(f"{timezone!r} is not an IANA time zone", field="timezone")
    ids = dict(uow.session.execute(select(Person.ref, Person.id)
                                   .where(Person.ref.in_(hosts))).all())
    missing = [h for h in hosts if h not in ids]
    if missing:
        raise NotFound(f"no person with ref {missing[0]!r}")
    lo = _wall(date_from, time(0), timezone)
    hi = _wall(date_to + timedelta(days=1), time(0), timezone)
    busy = busy_intervals(uow, list(ids.values()), lo, hi)
    slots: list[Slot] = []
    k = 0
    day = date_from
    while day <= date_to and len(slots) < limit:
        if day.isoweekday() in weekdays:
            open_, close = _wall(day, work_start, timezone), _wall(day, work_end, timezone)
            at = open_
            while at + duration <= close and len(slots) < limit:
                while k < len(busy) and busy[k][1] <= at:
                    k += 1
                if k < len(busy) and busy[k][0] < at + duration:
                    at = _align(busy[k][1], open_, step)  # wait until that ends
                    continue
                slots.append(Slot(at, at + duration, timezone))
                # the next proposal: after the next busy span of this day
                if k < len(busy) and busy[k][0] < close:
                    at = _align(busy[k][1], open_, step)
                else:
                    break
        day += timedelta(days=1)
    return slots


def _align(instant: datetime, origin: datetime, step: timedelta) -> datetime:
    """The first grid time (``origin`` + n × ``step``) at or after ``instant``."""
    if instant <= origin:
        return origin
    n = -((origin - instant) // step)
    return origin + n * step
