"""Programme templates: ready-made programmes to start a mission from.

Shipped templates are JSON files in ``resources/templates/``; officers save a
mission's programme as a template of their own (kept in the database). A
template names days (1 = the first day), local wall times, venues (with
their definitions, so a template works in an empty database) and, instead of
persons, the roles that take part (``"roles": ["host", "staff"]``; none:
everyone in the mission). ``"timezone": "mission"`` and
``"end_timezone": "mission"`` stand for the mission's own zone.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from almere_missions import codes, permissions
from almere_missions.db.models import Venue
from almere_missions.db.models_planning import ProgrammeTemplate
from almere_missions.errors import InvalidInput, NotFound, Refused
from almere_missions.paths import RESOURCES
from almere_missions.planning import programme
from almere_missions.planning.inputs import ItemInput
from almere_missions.services.missions import get_mission, mission_row
from almere_missions.text import Text
from almere_missions.timeutil import is_valid_zone, local_date, utc_to_local, zone
from almere_missions.uow import UnitOfWork
from almere_missions.views import MissionView

FORMAT = "almere-missions-template/1"
SHIPPED = RESOURCES / "templates"
MISSION_ZONE = "mission"
_HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_CODE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,127}$")


@dataclass(frozen=True)
class TemplateItem:
    day: int
    start: str  # "HH:MM" local; for all-day items ""
    end: str
    end_day: int
    kind: str
    title: Text
    description: Text | None = None
    venue: str | None = None
    to_venue: str | None = None
    timezone: str | None = None  # IANA, "mission", or None: the venue's zone, else the mission's
    end_timezone: str | None = None
    all_day: bool = False
    status: str = "tentative"
    public: bool = True
    notes: str | None = None
    roles: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Template:
    code: str
    name: Text
    description: Text | None
    items: tuple[TemplateItem, ...]
    venues: tuple[dict, ...]
    shipped: bool

    @property
    def days(self) -> int:
        return max((max(i.day, i.end_day) for i in self.items), default=0)


# --- reading and checking ---------------------------------------------------------------

def parse(doc: Any, source: str, *, shipped: bool = False) -> Template:
    """A template document, checked; :class:`InvalidInput` names the item and field."""
    if not isinstance(doc, dict):
        raise InvalidInput("a template is a JSON object", file=source)
    if doc.get("format") != FORMAT:
        raise InvalidInput(f"must be {FORMAT!r}", file=source, field="format")
    code = doc.get("code")
    if not isinstance(code, str) or not _CODE.match(code):
        raise InvalidInput("lower-case letters, digits, '.', '_' and '-'", file=source,
                           field="code")
    from almere_missions.planning.inputs import check_text

    name = check_text(doc.get("name"), f"{source}: template {code}", "name", required=True)
    description = check_text(doc.get("description"), f"{source}: template {code}",
                             "description", required=False)
    venues = doc.get("venues", [])
    if not isinstance(venues, list):
        raise InvalidInput("must be a list", file=source, field="venues")
    from almere_missions.exchange.validate import KnownRefs, validate

    # Venue definitions follow the exchange format: check them with its validator.
    validate({"format": "almere-missions/1", "venues": venues}, source, KnownRefs())
    venue_refs = {v["ref"] for v in venues}
    raw_items = doc.get("items")
    if not isinstance(raw_items, list) or not raw_items:
        raise InvalidInput("needs at least one item", file=source, field="items")
    items = tuple(_item(raw, f"{source}: items[{n}]", venue_refs)
                  for n, raw in enumerate(raw_items))
    return Template(code, name, description, items, tuple(venues), shipped)


def _item(raw: Any, where: str, venue_refs: set[str]) -> TemplateItem:
    from almere_missions.planning.inputs import check_text

    if not isinstance(raw, dict):
        raise InvalidInput("must be an object", record=where)

    def fail(field: str, message: str):
        raise InvalidInput(message, record=where, field=field)

    day = raw.get("day")
    if isinstance(day, bool) or not isinstance(day, int) or day < 1:
        fail("day", "a day number, 1 for the first day")
    end_day = raw.get("end_day", day)
    if isinstance(end_day, bool) or not isinstance(end_day, int) or end_day < day:
        fail("end_day", "a day number not before day")
    all_day = raw.get("all_day", False)
    if not isinstance(all_day, bool):
        fail("all_day", "true or false")
    start, end = raw.get("start", ""), raw.get("end", "")
    if not all_day:
        for field, value in (("start", start), ("end", end)):
            if not isinstance(value, str) or not _HHMM.match(value):
                fail(field, f"{value!r} is not a local time such as 09:30")
        if end_day == day and end <= start:
            fail("end", "not after the start (give end_day for an item past midnight)")
    kind = raw.get("kind", "other")
    if kind not in codes.ITEM_KINDS:
        fail("kind", f"unknown kind {kind!r}")
    status = raw.get("status", "tentative")
    if status not in codes.ITEM_STATUSES:
        fail("status", f"unknown status {status!r}")
    for field in ("venue", "to_venue"):
        if raw.get(field) is not None and raw[field] not in venue_refs:
            fail(field, f"venue {raw[field]!r} is not defined in the template's venues")
    for field in ("timezone", "end_timezone"):
        value = raw.get(field)
        if value is not None and value != MISSION_ZONE and not is_valid_zone(value):
            fail(field, f"{value!r} is neither an IANA zone nor \"mission\"")
    roles = raw.get("roles")
    if roles is not None:
        if not isinstance(roles, list) or any(r not in codes.PARTICIPANT_ROLES for r in roles):
            fail("roles", f"participant roles ({', '.join(codes.PARTICIPANT_ROLES)})")
        roles = tuple(roles)
    public = raw.get("public", True)
    if not isinstance(public, bool):
        fail("public", "true or false")
    notes = raw.get("notes")
    if notes is not None and not isinstance(notes, str):
        fail("notes", "must be text")
    return TemplateItem(
        day=day, start=start if not all_day else "", end=end if not all_day else "",
        end_day=end_day, kind=kind, title=check_text(raw.get("title"), where, "title",
                                                     required=True),
        description=check_text(raw.get("description"), where, "description", required=False),
        venue=raw.get("venue"), to_venue=raw.get("to_venue"), timezone=raw.get("timezone"),
        end_timezone=raw.get("end_timezone"), all_day=all_day, status=status, public=public,
        notes=notes, roles=roles)


def document(t: Template) -> dict:
    """The JSON document of a template (what :func:`parse` reads)."""
    items = []
    for i in t.items:
        doc: dict[str, Any] = {"day": i.day}
        if i.all_day:
            doc["all_day"] = True
        else:
            doc["start"], doc["end"] = i.start, i.end
        if i.end_day != i.day:
            doc["end_day"] = i.end_day
        doc["kind"], doc["title"] = i.kind, i.title
        for key in ("description", "venue", "to_venue", "timezone", "end_timezone", "notes"):
            if getattr(i, key) is not None:
                doc[key] = getattr(i, key)
        if i.status != "tentative":
            doc["status"] = i.status
        if not i.public:
            doc["public"] = False
        if i.roles is not None:
            doc["roles"] = list(i.roles)
        items.append(doc)
    out: dict[str, Any] = {"format": FORMAT, "code": t.code, "name": t.name}
    if t.description is not None:
        out["description"] = t.description
    out["venues"] = list(t.venues)
    out["items"] = items
    return out


@cache
def shipped_templates() -> tuple[Template, ...]:
    out = []
    for path in sorted(Path(SHIPPED).glob("*.json")):
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise InvalidInput(f"not valid JSON: {exc.msg} at line {exc.lineno}",
                               file=str(path)) from None
        out.append(parse(doc, str(path), shipped=True))
    return tuple(out)


# --- services ---------------------------------------------------------------------------

def list_templates(uow: UnitOfWork) -> list[Template]:
    """Shipped templates first, then the saved ones, each by code."""
    saved = [parse(row.document, f"template {row.code}")
             for row in uow.session.scalars(select(ProgrammeTemplate)
                                            .order_by(ProgrammeTemplate.code))]
    return list(shipped_templates()) + saved


def get_template(uow: UnitOfWork, code: str) -> Template:
    for t in shipped_templates():
        if t.code == code:
            return t
    row = uow.session.scalar(select(ProgrammeTemplate).where(ProgrammeTemplate.code == code))
    if row is None:
        raise NotFound(f"no programme template {code!r}")
    return parse(row.document, f"template {code}")


def instantiate(uow: UnitOfWork, mission_ref: str, expected_version: int | None, code: str,
                first_day: date) -> MissionView:
    """Add the template's items to the mission, day 1 on ``first_day``, at the template's
    local times; venues the database lacks are added from the template."""
    permissions.require(uow, permissions.MISSION_EDIT)
    t = get_template(uow, code)
    _ensure_venues(uow, t)
    mission = get_mission(uow, mission_ref)
    zones = dict(uow.session.execute(select(Venue.ref, Venue.timezone)).all())
    by_role: dict[str, list[str]] = {}
    for p in mission.participants:
        by_role.setdefault(p.role, []).append(p.person)
    inputs = []
    for n, item in enumerate(t.items):
        where = f"template {code}: items[{n}]"
        tz = _zone(item.timezone, mission.timezone) or (zones.get(item.venue) if item.venue
                                                        else None) or mission.timezone
        end_tz = _zone(item.end_timezone, mission.timezone)
        day = first_day + timedelta(days=item.day - 1)
        last = first_day + timedelta(days=item.end_day - 1)
        if item.all_day:
            start = _wall(day, time(0), tz)
            end = _wall(last + timedelta(days=1), time(0), tz)
        else:
            start = _wall(day, time.fromisoformat(item.start), tz)
            end = _wall(last, time.fromisoformat(item.end), end_tz or tz)
        people = None
        if item.roles is not None:
            chosen = sorted({p for r in item.roles for p in by_role.get(r, ())})
            people = tuple(chosen) if chosen else None  # nobody in those roles yet: everyone
        inputs.append((where, ItemInput(
            kind=item.kind, title=item.title, start=start, end=end, timezone=tz,
            end_timezone=end_tz, all_day=item.all_day, description=item.description,
            venue=item.venue, to_venue=item.to_venue, status=item.status, public=item.public,
            notes=item.notes, participants=people)))
    ed = programme._Edit(uow, mission_ref, expected_version)
    for where, data in inputs:
        try:
            programme._insert(ed, data)
        except InvalidInput as exc:
            raise InvalidInput(exc.detail, record=where, field=exc.field) from None
    uow.record("template.apply", "mission", mission_ref,
               after={"template": code, "first_day": first_day.isoformat(),
                      "items": len(inputs)}, mission_ref=mission_ref)
    return ed.done()


def _zone(value: str | None, mission_zone: str) -> str | None:
    return mission_zone if value == MISSION_ZONE else value


def _wall(day: date, at: time, tz: str) -> datetime:
    return datetime.combine(day, at).replace(tzinfo=zone(tz))


def _ensure_venues(uow: UnitOfWork, t: Template) -> None:
    known = set(uow.session.scalars(select(Venue.ref)))
    from almere_missions.exchange.importer import _venue_columns

    for v in t.venues:
        if v["ref"] not in known:
            uow.session.execute(insert(Venue), [_venue_columns(
                {"exclusive": False, **v}) | {"version": 1}])
            uow.record("venue.create", "venue", v["ref"], after=v)
    uow.flush()


def save_as_template(uow: UnitOfWork, mission_ref: str, code: str, name: Text,
                     description: Text | None = None) -> Template:
    """Keep the mission's programme (without cancelled items) as a new template."""
    permissions.require(uow, permissions.TEMPLATE_EDIT)
    if any(t.code == code for t in shipped_templates()) or uow.session.scalar(
            select(ProgrammeTemplate.id).where(ProgrammeTemplate.code == code)):
        raise Refused(f"a template with code {code!r} already exists")
    mission_row(uow, mission_ref)
    m = get_mission(uow, mission_ref)
    roles_of: dict[str, set[str]] = {}
    for p in m.participants:
        roles_of.setdefault(p.person, set()).add(p.role)
    everyone = set(m.person_refs())
    used_venues: set[str] = set()
    items = []
    for it in m.items:
        if it.status == "cancelled":
            continue
        first = it.first_day
        doc: dict[str, Any] = {"day": (first - m.start).days + 1}
        if doc["day"] < 1:
            raise InvalidInput(f"item {it.ref} starts before the mission's first day",
                               record=f"mission {mission_ref}", field="start")
        if it.all_day:
            doc["all_day"] = True
            if it.last_day != first:
                doc["end_day"] = (it.last_day - m.start).days + 1
        else:
            end_local = utc_to_local(it.end, it.arrival_timezone)
            doc["start"] = f"{utc_to_local(it.start, it.timezone):%H:%M}"
            doc["end"] = f"{end_local:%H:%M}"
            end_day = local_date(it.end, it.arrival_timezone)
            if end_day != first:
                doc["end_day"] = (end_day - m.start).days + 1
        doc["kind"], doc["title"] = it.kind, it.title
        for key in ("description", "venue", "to_venue", "notes"):
            if getattr(it, key) is not None:
                doc[key] = getattr(it, key)
        used_venues.update(v for v in (it.venue, it.to_venue) if v)
        if it.timezone == m.timezone and it.venue is None:
            doc["timezone"] = MISSION_ZONE
        elif it.venue is None or it.timezone != _venue_zone(uow, it.venue):
            doc["timezone"] = it.timezone
        if it.end_timezone:
            doc["end_timezone"] = MISSION_ZONE if it.end_timezone == m.timezone \
                else it.end_timezone
        if not it.public:
            doc["public"] = False
        if it.participants is not None and set(it.participants) != everyone:
            doc["roles"] = sorted({r for p in it.participants for r in roles_of.get(p, ())})
        items.append(doc)
    if not items:
        raise Refused(f"mission {mission_ref} has no programme to save")
    from almere_missions.exchange.export import venue_doc
    from almere_missions.services.missions import venue_view

    venues = [venue_doc(venue_view(v)) for v in uow.session.scalars(
        select(Venue).where(Venue.ref.in_(sorted(used_venues))).order_by(Venue.ref))]
    doc = {"format": FORMAT, "code": code, "name": name}
    if description is not None:
        doc["description"] = description
    doc |= {"venues": venues, "items": items}
    t = parse(doc, f"template {code}")
    uow.session.add(ProgrammeTemplate(code=code, name=t.name, document=document(t),
                                      created_by=uow.user))
    uow.record("template.create", "template", code,
               after={"from_mission": mission_ref, "items": len(items)}, mission_ref=mission_ref)
    uow.flush()
    return t


def _venue_zone(uow: UnitOfWork, ref: str) -> str | None:
    return uow.session.scalar(select(Venue.timezone).where(Venue.ref == ref))


def delete_template(uow: UnitOfWork, code: str) -> None:
    permissions.require(uow, permissions.TEMPLATE_EDIT)
    if any(t.code == code for t in shipped_templates()):
        raise Refused(f"template {code!r} ships with the program and cannot be deleted")
    row = uow.session.scalar(select(ProgrammeTemplate).where(ProgrammeTemplate.code == code))
    if row is None:
        raise NotFound(f"no programme template {code!r}")
    uow.session.delete(row)
    uow.record("template.delete", "template", code)
