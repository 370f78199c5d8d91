"""Programme services: add, change, move, resize, cancel, restore and delete items;
duplicate a day; shift a whole mission.

Every edit claims the mission (optimistic locking: a stale version is an
:class:`~almere_missions.errors.EditConflict`), needs the officer role, raises
the item's revision on every material change (calendars send it as SEQUENCE)
and records what changed. Times are instants in UTC beside the place's zone;
a day-wise move keeps the local wall time in each item's own zone.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import select

from almere_missions import permissions
from almere_missions.db.models import Item, Mission, Participant, Person, Venue
from almere_missions.errors import InvalidInput, NotFound
from almere_missions.exchange.export import item_doc
from almere_missions.planning.inputs import CleanItem, ItemInput, clean, to_instant
from almere_missions.services.missions import claim, get_mission
from almere_missions.timeutil import (
    TimeProblem,
    day_start_utc,
    local_date,
    local_to_utc,
    now_utc,
    utc_to_local,
)
from almere_missions.uow import UnitOfWork
from almere_missions.views import ItemView, MissionView

__all__ = [
    "ItemInput", "add_item", "update_item", "move_item", "resize_item", "cancel_item",
    "restore_item", "delete_item", "duplicate_day", "shift_mission", "item_input",
]

#: changes a calendar must announce with a higher SEQUENCE
MATERIAL = ("start", "end", "timezone", "end_timezone", "all_day", "venue", "to_venue",
            "status", "title", "description", "participants")


class _Edit:
    """One programme edit: the claimed mission and what validation needs to know."""

    def __init__(self, uow: UnitOfWork, mission_ref: str, expected_version: int | None):
        permissions.require(uow, permissions.MISSION_EDIT)
        self.uow, self.s = uow, uow.session
        self.ref = mission_ref
        # Read first, claim last: a query after the claim would flush it early, and a
        # later change of the mission row would then count as a second version step.
        venues = self.s.execute(select(Venue.ref, Venue.id, Venue.timezone)).all()
        self.venue_zone = {r: tz for r, _, tz in venues}
        self.venue_id = {r: i for r, i, _ in venues}
        self.persons = dict(self.s.execute(
            select(Person.ref, Person.id).join(Participant, Participant.person_id == Person.id)
            .join(Mission, Mission.id == Participant.mission_id)
            .where(Mission.ref == mission_ref)).all())
        self.mission: Mission = claim(uow, mission_ref, expected_version)

    def clean(self, data: ItemInput, record: str) -> CleanItem:
        return clean(data, record, mission_zone=self.mission.timezone,
                     venue_zones=self.venue_zone, mission_persons=set(self.persons))

    def row(self, item_ref: str) -> Item:
        it = self.s.scalar(select(Item).where(Item.ref == item_ref,
                                              Item.mission_id == self.mission.id))
        if it is None:
            raise NotFound(f"mission {self.ref} has no item {item_ref!r}")
        return it

    def new_ref(self) -> str:
        prefix = f"{self.ref}-"
        # LIKE ignores case on SQLite: filter exactly here.
        taken = {r for r in self.s.scalars(select(Item.ref).where(
            Item.ref.startswith(prefix, autoescape=True))) if r.startswith(prefix)}
        n = len(taken) + 1
        while f"{prefix}{n}" in taken:
            n += 1
        return f"{prefix}{n}"

    def next_position(self) -> int:
        positions = self.s.scalars(select(Item.position).where(Item.mission_id == self.mission.id))
        return max(positions, default=-1) + 1

    def apply(self, row: Item, c: CleanItem) -> None:
        row.kind, row.title, row.description = c.kind, c.title, c.description
        row.start_utc, row.end_utc = c.start_utc, c.end_utc
        row.timezone, row.end_timezone, row.all_day = c.timezone, c.end_timezone, c.all_day
        row.venue = self.s.get(Venue, self.venue_id[c.venue]) if c.venue else None
        row.to_venue = self.s.get(Venue, self.venue_id[c.to_venue]) if c.to_venue else None
        row.status, row.public, row.notes = c.status, c.public, c.notes
        row.everyone = c.participants is None
        ids = [self.persons[p] for p in c.participants or ()]
        row.persons = list(self.s.scalars(select(Person).where(Person.id.in_(ids)))) if ids else []
        row.updated_at = now_utc()

    def changed(self, row: Item, before: dict | None, action: str = "item.update") -> None:
        """Record the change; raise the revision if anything a guest would see moved."""
        self.uow.flush()
        after = item_doc(item_view(row))
        if before is not None and any(before.get(k) != after.get(k) for k in MATERIAL):
            row.revision = (row.revision or 0) + 1
        if before == after:
            return
        self.uow.record(action, "item", row.ref, before=before, after=after,
                        mission_ref=self.ref)

    def done(self) -> MissionView:
        self.uow.flush()
        self.s.expire_all()
        return get_mission(self.uow, self.ref)


def item_view(row: Item) -> ItemView:
    return ItemView(
        ref=row.ref, kind=row.kind, title=row.title, start=row.start_utc, end=row.end_utc,
        timezone=row.timezone, end_timezone=row.end_timezone, all_day=row.all_day,
        description=row.description, venue=row.venue.ref if row.venue else None,
        to_venue=row.to_venue.ref if row.to_venue else None, status=row.status,
        public=row.public, notes=row.notes,
        participants=None if row.everyone else tuple(sorted(p.ref for p in row.persons)),
        position=row.position, revision=row.revision or 0, updated_at=row.updated_at)


def item_input(item: ItemView) -> ItemInput:
    """The input that reproduces ``item``: a starting point for a changed copy."""
    return ItemInput(
        kind=item.kind, title=item.title, start=item.start, end=item.end, ref=item.ref,
        timezone=item.timezone, end_timezone=item.end_timezone, all_day=item.all_day,
        description=item.description, venue=item.venue, to_venue=item.to_venue,
        status=item.status, public=item.public, notes=item.notes,
        participants=item.participants)


# --- single items -------------------------------------------------------------------

def add_item(uow: UnitOfWork, mission_ref: str, expected_version: int | None,
             data: ItemInput) -> MissionView:
    """A new item in the mission's programme; its ref is made from the mission's if not given."""
    ed = _Edit(uow, mission_ref, expected_version)
    _insert(ed, data)
    return ed.done()


def _insert(ed: _Edit, data: ItemInput) -> Item:
    ref = data.ref or ed.new_ref()
    record = f"mission {ed.ref}: item {ref}"
    if not isinstance(ref, str) or not ref.strip():
        raise InvalidInput("must be a non-empty string", record=record, field="ref")
    c = ed.clean(data, record)
    if ed.s.scalar(select(Item.id).where(Item.ref == ref)) is not None:
        raise InvalidInput(f"an item with ref {ref!r} already exists", record=record, field="ref")
    row = Item(mission_id=ed.mission.id, ref=ref, position=ed.next_position(), revision=0)
    ed.s.add(row)
    ed.apply(row, c)
    ed.changed(row, None, "item.create")
    return row


def update_item(uow: UnitOfWork, mission_ref: str, expected_version: int | None,
                item_ref: str, data: ItemInput) -> MissionView:
    """Replace an item's fields with ``data`` (its ref stays ``item_ref``)."""
    ed = _Edit(uow, mission_ref, expected_version)
    row = ed.row(item_ref)
    if data.ref not in (None, item_ref):
        raise InvalidInput("an item's ref cannot change", record=f"mission {mission_ref}: "
                           f"item {item_ref}", field="ref")
    before = item_doc(item_view(row))
    ed.apply(row, ed.clean(data, f"mission {mission_ref}: item {item_ref}"))
    ed.changed(row, before)
    return ed.done()


def _replace(uow, mission_ref, expected_version, item_ref, **changes) -> MissionView:
    ed = _Edit(uow, mission_ref, expected_version)
    row = ed.row(item_ref)
    view = item_view(row)
    before = item_doc(view)
    data = item_input(view)
    ed.apply(row, ed.clean(ItemInput(**{**vars(data), **changes}),
                           f"mission {mission_ref}: item {item_ref}"))
    ed.changed(row, before)
    return ed.done()


def move_item(uow: UnitOfWork, mission_ref: str, expected_version: int | None, item_ref: str,
              new_start: datetime) -> MissionView:
    """Start the item at ``new_start``, keeping its duration (all-day items: its days)."""
    record = f"mission {mission_ref}: item {item_ref}"
    start = to_instant(new_start, record, "start")
    ed = _Edit(uow, mission_ref, expected_version)
    row = ed.row(item_ref)
    view = item_view(row)
    if view.all_day:
        first = local_date(start, view.timezone)
        days = (view.last_day - view.first_day).days + 1
        start, end = day_start_utc(first, view.timezone), day_start_utc(
            first + timedelta(days=days), view.timezone)
    else:
        end = start + (view.end - view.start)
    before = item_doc(view)
    data = item_input(view)
    ed.apply(row, ed.clean(ItemInput(**{**vars(data), "start": start, "end": end}), record))
    ed.changed(row, before)
    return ed.done()


def resize_item(uow: UnitOfWork, mission_ref: str, expected_version: int | None, item_ref: str,
                new_end: datetime) -> MissionView:
    """End the item at ``new_end`` (it keeps its start)."""
    end = to_instant(new_end, f"mission {mission_ref}: item {item_ref}", "end")
    return _replace(uow, mission_ref, expected_version, item_ref, end=end)


def cancel_item(uow: UnitOfWork, mission_ref: str, expected_version: int | None,
                item_ref: str) -> MissionView:
    """Call the item off: it stays in the programme (and calendars) as cancelled."""
    return _replace(uow, mission_ref, expected_version, item_ref, status="cancelled")


def restore_item(uow: UnitOfWork, mission_ref: str, expected_version: int | None,
                 item_ref: str) -> MissionView:
    """Bring a cancelled item back as tentative: hosts were told it was off, so it must be
    confirmed again."""
    ed = _Edit(uow, mission_ref, expected_version)
    row = ed.row(item_ref)
    record = f"mission {mission_ref}: item {item_ref}"
    if row.status != "cancelled":
        raise InvalidInput("only a cancelled item can be restored", record=record,
                           field="status")
    view = item_view(row)
    before = item_doc(view)
    ed.apply(row, ed.clean(ItemInput(**{**vars(item_input(view)), "status": "tentative"}),
                           record))
    ed.changed(row, before)
    return ed.done()


def delete_item(uow: UnitOfWork, mission_ref: str, expected_version: int | None,
                item_ref: str) -> MissionView:
    """Remove the item for good (cancel it instead if guests already have it)."""
    ed = _Edit(uow, mission_ref, expected_version)
    row = ed.row(item_ref)
    before = item_doc(item_view(row))
    ed.s.delete(row)
    uow.record("item.delete", "item", item_ref, before=before, after=None,
               mission_ref=mission_ref)
    return ed.done()


# --- whole days and missions ---------------------------------------------------------

def _shift_wall(instant: datetime, tz: str, days: int, record: str, field: str) -> datetime:
    """The same local wall time ``days`` later in ``tz`` (09:30 stays 09:30 across DST)."""
    local = utc_to_local(instant, tz).replace(tzinfo=None) + timedelta(days=days)
    try:
        return local_to_utc(local, tz)
    except TimeProblem as exc:
        raise InvalidInput(str(exc), record=record, field=field) from None


def _shifted(view: ItemView, days: int, record: str) -> tuple[datetime, datetime]:
    if view.all_day:
        return (day_start_utc(view.first_day + timedelta(days=days), view.timezone),
                day_start_utc(view.last_day + timedelta(days=days + 1), view.timezone))
    return (_shift_wall(view.start, view.timezone, days, record, "start"),
            _shift_wall(view.end, view.arrival_timezone, days, record, "end"))


def duplicate_day(uow: UnitOfWork, mission_ref: str, expected_version: int | None, day: date,
                  to_day: date) -> MissionView:
    """Copy the items that start on ``day`` (their own local date) to ``to_day``, at the same
    local times. Copies are tentative and get new refs; cancelled items are not copied."""
    ed = _Edit(uow, mission_ref, expected_version)
    days = (to_day - day).days
    if days == 0:
        raise InvalidInput("the target day is the same day", record=f"mission {mission_ref}",
                           field="to_day")
    rows = ed.s.scalars(select(Item).where(Item.mission_id == ed.mission.id)
                        .order_by(Item.start_utc, Item.position)).all()
    sources = [item_view(r) for r in rows if r.status != "cancelled"]
    sources = [v for v in sources if v.first_day == day]
    if not sources:
        raise InvalidInput(f"no items on {day}", record=f"mission {mission_ref}", field="day")
    for view in sources:
        start, end = _shifted(view, days, f"mission {mission_ref}: item {view.ref}")
        data = item_input(view)
        _insert(ed, ItemInput(**{**vars(data), "ref": None, "start": start, "end": end,
                                 "status": "tentative"}))
    return ed.done()


def shift_mission(uow: UnitOfWork, mission_ref: str, expected_version: int | None,
                  delta: timedelta) -> MissionView:
    """Move the whole mission. Whole days keep every item's local wall time and move the
    mission's dates; a part of a day moves every item by that much (dates stay)."""
    ed = _Edit(uow, mission_ref, expected_version)
    whole_days = delta % timedelta(days=1) == timedelta(0)
    m = ed.mission
    if whole_days:
        before = {"start": m.start_date.isoformat(), "end": m.end_date.isoformat()}
        m.start_date += timedelta(days=delta.days)
        m.end_date += timedelta(days=delta.days)
        uow.record("mission.update", "mission", mission_ref, before=before,
                   after={"start": m.start_date.isoformat(), "end": m.end_date.isoformat()},
                   mission_ref=mission_ref)
    for row in ed.s.scalars(select(Item).where(Item.mission_id == m.id)).all():
        view = item_view(row)
        record = f"mission {mission_ref}: item {row.ref}"
        if whole_days:
            start, end = _shifted(view, delta.days, record)
        elif view.all_day:
            continue  # an all-day item stays on its days when the times shift by hours
        else:
            start, end = view.start + delta, view.end + delta
        before = item_doc(view)
        row.start_utc, row.end_utc, row.updated_at = start, end, now_utc()
        ed.changed(row, before)
    return ed.done()
