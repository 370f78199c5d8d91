"""The GDPR duties on the people in the missions: retention, subject access, erasure.

Retention: the personal data of guests and other non-staff persons (contact
details, birth date, dietary and accessibility needs) is needed to plan a
visit, not to remember it. A configurable number of months (default 12) after
the last mission a person took part in has ended, :func:`purge` clears those
fields; name, organisation and function stay, so the record of who visited the
city stays whole. A person who is in no mission at all counts from the last
change to their record.

Subject access (:func:`export_person`) gathers everything held on one person,
including rows of other parts' tables that point at them. Erasure
(:func:`erase`) anonymises the person completely.

Every step is recorded with ``uow.record`` by ref and field names only: the
personal data itself never reaches a change record or a log.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Table, delete, func, select, union_all

from almere_missions.db import metadata
from almere_missions.db.models import Item, ItemParticipant, Mission, Participant, Person
from almere_missions.errors import InvalidInput, NotFound, Refused
from almere_missions.fileio import atomic_write_bytes
from almere_missions.services import users
from almere_missions.timeutil import now_utc
from almere_missions.uow import UnitOfWork

DEFAULT_MONTHS = 12
#: what the retention rule clears: contact details, birth date, needs
RETAINED_FIELDS = ("email", "phone", "birth_date", "dietary", "accessibility")
#: tables of other parts whose rows per person are needs of the same kind: the retention
#: rule removes them with the fields above (erasure removes them by ON DELETE CASCADE)
RETAINED_TABLES = ("person_need",)
#: what erasure clears on top: everything that tells who the person is
ERASED_FIELDS = RETAINED_FIELDS + ("latin_name", "organisation", "function", "nationality",
                                   "languages")
ERASED_NAME = "(erased)"
#: tables handled here explicitly; other tables pointing at a person are found by their keys
_OWN_LINKS = {"participant", "item_participant"}
#: columns by which other parts name a person by ref rather than by key
REF_COLUMNS = ("person_ref", "subject")

Progress = Callable[[int, int], None]


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, or the month's last day where it has fewer days."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


@dataclass(frozen=True)
class Due:
    """A person whose retention period is over, with the fields that still hold data."""

    ref: str
    last_mission_end: date | None  # None: in no mission; counted from the last change
    due_since: date
    fields: tuple[str, ...]


@dataclass(frozen=True)
class PurgeResult:
    months: int
    today: date
    dry_run: bool
    persons: tuple[Due, ...]

    @property
    def count(self) -> int:
        return len(self.persons)


@dataclass(frozen=True)
class ErasureResult:
    ref: str
    fields: tuple[str, ...]
    #: rows of other parts' tables removed with the person: {table: rows}
    removed: dict[str, int]


def _check_months(months: int) -> int:
    if not isinstance(months, int) or months < 1:
        raise InvalidInput("the retention period must be a whole number of months, at least 1",
                           field="months")
    return months


def _last_mission_end(uow: UnitOfWork) -> dict[int, date]:
    """Per person id: the end date of the last mission they are in (as participant or on an item)."""
    via_participant = (select(Participant.person_id.label("pid"), Mission.end_date.label("end"))
                       .join(Mission, Mission.id == Participant.mission_id))
    via_item = (select(ItemParticipant.person_id.label("pid"), Mission.end_date.label("end"))
                .join(Item, Item.id == ItemParticipant.item_id)
                .join(Mission, Mission.id == Item.mission_id))
    both = union_all(via_participant, via_item).subquery()
    rows = uow.session.execute(select(both.c.pid, func.max(both.c.end)).group_by(both.c.pid))
    return {pid: end for pid, end in rows}


def _held(p: Person, fields: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(f for f in fields if getattr(p, f) not in (None, "", [], ()))


def _retained_rows(uow: UnitOfWork) -> dict[int, tuple[str, ...]]:
    """Per person id: the names of the retained tables that hold a row of theirs."""
    tables = metadata().tables
    out: dict[int, tuple[str, ...]] = {}
    for name in RETAINED_TABLES:
        table = tables.get(name)
        if table is None:
            continue
        for (pid,) in uow.session.execute(select(table.c.person_id)):
            out[pid] = (*out.get(pid, ()), name)
    return out


def due_for_purge(uow: UnitOfWork, months: int = DEFAULT_MONTHS,
                  today: date | None = None) -> list[Due]:
    """Non-staff persons past the retention period who still hold personal data."""
    months = _check_months(months)
    today = today or now_utc().date()
    last_end = _last_mission_end(uow)
    rows_of = _retained_rows(uow)
    out = []
    for p in uow.session.scalars(select(Person).where(Person.staff.is_(False))
                                 .order_by(Person.ref)):
        held = _held(p, RETAINED_FIELDS) + rows_of.get(p.id, ())
        if not held:
            continue
        end = last_end.get(p.id)
        anchor = end if end is not None else p.updated_at.date()
        due = add_months(anchor, months)
        if due <= today:
            out.append(Due(p.ref, end, due, held))
    return out


def purge(uow: UnitOfWork, months: int = DEFAULT_MONTHS, *, today: date | None = None,
          dry_run: bool = False, progress: Progress | None = None) -> PurgeResult:
    """Apply the retention rule; with ``dry_run`` only say who would be purged."""
    users.require(uow, "admin")
    today = today or now_utc().date()
    due = due_for_purge(uow, months, today)
    if not dry_run:
        rows = {p.ref: p for p in uow.session.scalars(
            select(Person).where(Person.ref.in_([d.ref for d in due])))} if due else {}
        for n, d in enumerate(due, 1):
            person = rows[d.ref]
            for name in d.fields:
                if name in RETAINED_TABLES:
                    table = metadata().tables[name]
                    uow.session.execute(delete(table).where(table.c.person_id == person.id))
                else:
                    setattr(person, name, None)
            uow.record("person.purge", "person", d.ref,
                       after={"fields": list(d.fields), "months": months})
            if progress is not None:
                progress(n, len(due))
        uow.flush()
    return PurgeResult(months, today, dry_run, tuple(due))


# --- subject access ------------------------------------------------------------

def _person(uow: UnitOfWork, ref: str) -> Person:
    p = uow.session.scalar(select(Person).where(Person.ref == ref))
    if p is None:
        raise NotFound(f"no person with ref {ref!r}")
    return p


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def _links_elsewhere() -> list[tuple[Table, Any, str | None]]:
    """Tables of other parts with a foreign key to a person: (table, column, ondelete)."""
    out = []
    for table in metadata().sorted_tables:
        if table.name in _OWN_LINKS or table.name == "person":
            continue
        for fk in table.foreign_keys:
            if fk.column.table.name == "person" and fk.column.name == "id":
                out.append((table, fk.parent, (fk.ondelete or "").upper() or None))
    return out


def _ref_columns() -> list[tuple[Table, Any]]:
    """Text columns of other parts that hold a person's ref (``person_ref``, ``subject``)."""
    out = []
    for table in metadata().sorted_tables:
        if table.name in _OWN_LINKS or table.name == "person":
            continue
        for name in REF_COLUMNS:
            column = table.c.get(name)
            if column is not None and _is_text(column):
                out.append((table, column))
    return out


def _is_text(column) -> bool:
    try:
        return column.type.python_type is str
    except NotImplementedError:  # a custom type that does not say
        return False


def export_person(uow: UnitOfWork, ref: str) -> dict[str, Any]:
    """Everything held on one person, as a JSON-ready document (subject-access request)."""
    users.require(uow, "admin", "officer")
    p = _person(uow, ref)
    s = uow.session
    person = {c.name: _plain(getattr(p, c.key)) for c in Person.__table__.columns
              if c.name not in ("id",)}
    missions = [
        {"mission": m.ref, "title": _plain(m.title), "direction": m.direction,
         "start": m.start_date.isoformat(), "end": m.end_date.isoformat(),
         "countries": list(m.countries or ()), "role": role}
        for m, role in s.execute(
            select(Mission, Participant.role).join(Participant, Participant.mission_id == Mission.id)
            .where(Participant.person_id == p.id).order_by(Mission.start_date, Mission.ref))]
    items = [
        {"item": it.ref, "mission": mref, "title": _plain(it.title),
         "start": it.start_utc.isoformat(), "end": it.end_utc.isoformat(),
         "timezone": it.timezone}
        for it, mref in s.execute(
            select(Item, Mission.ref).join(ItemParticipant, ItemParticipant.item_id == Item.id)
            .join(Mission, Mission.id == Item.mission_id)
            .where(ItemParticipant.person_id == p.id).order_by(Item.start_utc, Item.ref))]
    elsewhere: dict[str, list[dict]] = {}
    found = [(table, column == p.id) for table, column, _ondelete in _links_elsewhere()]
    found += [(table, column == p.ref) for table, column in _ref_columns()]
    for table, where in found:
        rows = s.execute(select(table).where(where)).mappings().all()
        if rows:
            elsewhere.setdefault(table.name, []).extend(
                {k: _plain(v) for k, v in row.items()} for row in rows)
    uow.record("person.export", "person", ref, after={"sections": sorted(
        k for k, v in (("person", person), ("missions", missions), ("items", items),
                       *elsewhere.items()) if v)})
    return {
        "format": "almere-missions/subject-access/1",
        "generated": now_utc().isoformat(),
        "person": person,
        "missions": missions,
        "programme_items": items,
        "other_records": elsewhere,
    }


def write_export(uow: UnitOfWork, ref: str, path: str | Path) -> dict[str, Any]:
    doc = export_person(uow, ref)
    data = json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
    atomic_write_bytes(path, data)
    return doc


# --- erasure -----------------------------------------------------------------------

def erase(uow: UnitOfWork, ref: str, *, today: date | None = None) -> ErasureResult:
    """Anonymise a person for good; refused while they are in a mission that has not ended."""
    users.require(uow, "admin")
    today = today or now_utc().date()
    p = _person(uow, ref)
    end = _last_mission_end(uow).get(p.id)
    if end is not None and end >= today:
        running = uow.session.scalars(
            select(Mission.ref).join(Participant, Participant.mission_id == Mission.id)
            .where(Participant.person_id == p.id, Mission.end_date >= today)
            .order_by(Mission.start_date)).first()
        where = f"mission {running}" if running else "a programme item of a mission"
        raise Refused(f"person {ref} takes part in {where}, which has not ended; "
                      "take them off it first, then erase")
    changed = tuple(f for f in ("name", *ERASED_FIELDS)
                    if getattr(p, f) not in (None, "", [], ()) and
                    not (f == "name" and p.name == ERASED_NAME))
    p.name = ERASED_NAME
    for name in ERASED_FIELDS:
        setattr(p, name, [] if name in ("nationality", "languages") else None)
    removed: dict[str, int] = {}
    for table, column, ondelete in _links_elsewhere():
        # Rows another part declared as belonging to the person (ON DELETE CASCADE) go with
        # the person's identity; rows it keeps (RESTRICT) stay, pointing at the erased record.
        if ondelete == "CASCADE":
            n = uow.session.execute(delete(table).where(column == p.id)).rowcount
            if n:
                removed[table.name] = n
    uow.record("person.erase", "person", ref,
               after={"fields": list(changed), "removed": sorted(removed)})
    uow.flush()
    return ErasureResult(ref, changed, removed)
