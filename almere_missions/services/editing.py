"""The simple edits the desktop program makes: missions, persons, venues, participants, costs.

Each edit checks the officer role, validates the whole input before writing,
takes the mission (or person, venue) with optimistic locking and records what
changed. For persons only the names of the changed fields are recorded, never
their values: those are personal data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import delete, func, insert, select

from almere_missions import codes, fields, permissions, policy
from almere_missions.db.models import Cost, Item, Mission, Participant, Person, Venue
from almere_missions.errors import EditConflict, InvalidInput, Refused
from almere_missions.services.missions import (
    claim,
    get_mission,
    person_view,
    venue_view,
)
from almere_missions.text import Text, nfc, pick
from almere_missions.timeutil import now_utc
from almere_missions.uow import UnitOfWork
from almere_missions.views import CostView, MissionView, PersonView, VenueView

#: statuses in which a mission may still be deleted (later ones are kept for the record)
DELETABLE = ("draft",)


@dataclass(frozen=True)
class MissionInput:
    """What an officer fills in to register a new mission."""

    direction: str
    title: Text
    start: date
    end: date
    timezone: str = "Europe/Amsterdam"
    countries: tuple[str, ...] = ()
    ref: str | None = None  # made from the start year when left empty
    purpose: Text | None = None
    cities: tuple[str, ...] = ()
    counterpart: str | None = None
    themes: tuple[str, ...] = ()
    goals: tuple[str, ...] = ()
    lead_department: str | None = None


@dataclass(frozen=True)
class PersonInput:
    """A person as the form gives it; ``ref`` empty for a new person."""

    name: str
    ref: str | None = None
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


@dataclass(frozen=True)
class VenueInput:
    name: Text
    country: str
    timezone: str
    ref: str | None = None
    address: str | None = None
    city: str | None = None
    lat: float | None = None
    lon: float | None = None
    capacity: int | None = None
    exclusive: bool = False


@dataclass
class _Problems:
    record: str
    found: list[tuple[str, str]] = field(default_factory=list)

    def add(self, fld: str, message: str) -> None:
        self.found.append((fld, message))

    def check(self, fld: str, rule, *values) -> None:
        """Note what ``rule`` finds wrong with each of ``values``."""
        for value in values:
            if problem := rule(value):
                self.add(fld, problem)

    def raise_first(self) -> None:
        if self.found:
            fld, message = self.found[0]
            raise InvalidInput(message, record=self.record, field=fld)


def _text_present(value: Text | None) -> bool:
    if isinstance(value, dict):
        return any(isinstance(v, str) and v.strip() for v in value.values())
    return isinstance(value, str) and bool(value.strip())


def _clean_text(value: Text | None) -> Text | None:
    if value is None:
        return None
    if isinstance(value, dict):
        cleaned = {k: nfc(v.strip()) for k, v in value.items() if v and v.strip()}
        return cleaned or None
    value = nfc(value.strip())
    return value or None


def _opt(value: str | None) -> str | None:
    value = nfc(value.strip()) if isinstance(value, str) else None
    return value or None


def _slug(text: str) -> str:
    from anyascii import anyascii

    slug = re.sub(r"[^a-z0-9]+", "-", anyascii(text).lower()).strip("-")
    return slug[:40] or "x"


def _unique_ref(uow: UnitOfWork, model, base: str) -> str:
    taken = set(uow.session.scalars(select(model.ref).where(model.ref.like(f"{base}%"))))
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


# --- missions ----------------------------------------------------------------

def _check_mission(uow: UnitOfWork, data: MissionInput, where: str) -> None:
    p = _Problems(where)
    p.check("direction", lambda d: fields.choice(d, codes.DIRECTIONS), data.direction)
    if not _text_present(data.title):
        p.add("title", fields.EMPTY)
    p.check("end", lambda end: fields.mission_dates(data.start, end), data.end)
    _check_fields(uow, p, timezone=data.timezone, countries=data.countries,
                  themes=data.themes, goals=data.goals)
    if data.ref is not None and not data.ref.strip():
        p.add("ref", fields.EMPTY)
    p.raise_first()


def _check_fields(uow: UnitOfWork, p: _Problems, **given) -> None:
    """The rules of the mission fields in ``given`` (a new mission has them all)."""
    if "timezone" in given:
        p.check("timezone", fields.zone, given["timezone"])
    if "countries" in given:
        if not given["countries"]:
            p.add("countries", fields.NO_COUNTRY)
        p.check("countries", fields.country, *given["countries"])
    for key, kind in (("themes", "theme"), ("goals", "goal")):
        if key in given:
            known = policy.all_codes(uow.session, kind)
            p.check(key, lambda c, kind=kind, known=known: fields.policy_code(kind, c, known),
                    *given[key])


def next_mission_ref(uow: UnitOfWork, start: date, direction: str) -> str:
    """``IN-2022-007`` / ``OUT-2022-003``: the next free number of the year."""
    prefix = f"{'IN' if direction == 'incoming' else 'OUT'}-{start.year}-"
    refs = uow.session.scalars(select(Mission.ref).where(Mission.ref.like(f"{prefix}%")))
    numbers = [int(r[len(prefix):]) for r in refs if r[len(prefix):].isdigit()]
    return f"{prefix}{max(numbers, default=0) + 1:03d}"


def create_mission(uow: UnitOfWork, data: MissionInput) -> MissionView:
    """Register a new mission as a draft."""
    permissions.require(uow, permissions.MISSION_EDIT)
    _check_mission(uow, data, f"mission {data.ref or '(new)'}")
    ref = data.ref.strip() if data.ref else next_mission_ref(uow, data.start, data.direction)
    if uow.session.scalar(select(func.count()).where(Mission.ref == ref)):
        raise InvalidInput(f"a mission with ref {ref!r} already exists", record=f"mission {ref}",
                           field="ref")
    fw = policy.framework_in_force(uow.session, data.start)
    now = now_utc()
    m = Mission(
        ref=ref, direction=data.direction, title=_clean_text(data.title),
        purpose=_clean_text(data.purpose), start_date=data.start, end_date=data.end,
        timezone=data.timezone, countries=list(data.countries),
        cities=[c.strip() for c in data.cities if c.strip()],
        counterpart=_opt(data.counterpart), themes=list(data.themes), goals=list(data.goals),
        lead_department=_opt(data.lead_department), status="draft",
        framework_id=fw.id if fw else None, created_at=now, updated_at=now)
    uow.session.add(m)
    uow.flush()
    uow.record("mission.create", "mission", ref, after={
        "direction": data.direction, "title": m.title, "start": data.start.isoformat(),
        "end": data.end.isoformat(), "countries": list(data.countries)}, mission_ref=ref)
    return get_mission(uow, ref)


def delete_mission(uow: UnitOfWork, ref: str, expected_version: int | None) -> None:
    """Delete a draft mission with its programme, participants and costs."""
    permissions.require(uow, permissions.MISSION_EDIT)
    m = claim(uow, ref, expected_version)
    if m.status not in DELETABLE:
        raise Refused(f"mission {ref} is {m.status}: only a draft can be deleted; "
                      "cancel it instead")
    uow.record("mission.delete", "mission", ref, before={"title": m.title,
               "status": m.status}, mission_ref=ref)
    uow.session.delete(m)
    uow.flush()


# --- persons -----------------------------------------------------------------

_PERSON_FIELDS = ("name", "latin_name", "organisation", "function", "nationality", "birth_date",
                  "email", "phone", "languages", "dietary", "accessibility", "staff")


def _person_values(data: PersonInput, where: str) -> dict:
    p = _Problems(where)
    name = _opt(data.name)
    if not name:
        p.add("name", fields.EMPTY)
    p.check("nationality", fields.country, *data.nationality)
    p.check("languages", fields.language, *data.languages)
    email = _opt(data.email)
    if email:
        p.check("email", fields.email, email)
    if data.birth_date:
        p.check("birth_date", fields.birth_date, data.birth_date)
    p.raise_first()
    return {
        "name": name, "latin_name": _opt(data.latin_name), "organisation": _opt(data.organisation),
        "function": _opt(data.function), "nationality": list(dict.fromkeys(data.nationality)),
        "birth_date": data.birth_date, "email": email, "phone": _opt(data.phone),
        "languages": list(dict.fromkeys(data.languages)), "dietary": _opt(data.dietary),
        "accessibility": _opt(data.accessibility), "staff": bool(data.staff),
    }


def save_person(uow: UnitOfWork, data: PersonInput | PersonView,
                expected_version: int | None) -> PersonView:
    """Create a person (no ref yet) or change one; EditConflict if it changed meanwhile."""
    permissions.require(uow, permissions.MISSION_EDIT)
    ref = data.ref or None
    values = _person_values(data, f"person {ref or '(new)'}")
    s = uow.session
    if ref is None or not s.scalar(select(func.count()).where(Person.ref == ref)):
        ref = ref or _unique_ref(uow, Person, _slug(values["latin_name"] or values["name"]))
        person = Person(ref=ref, updated_at=now_utc(), **values)
        s.add(person)
        uow.flush()
        uow.record("person.create", "person", ref,
                   after=sorted(k for k, v in values.items() if v not in (None, [], False)))
        return person_view(person)
    person = s.scalar(select(Person).where(Person.ref == ref))
    if expected_version is not None and person.version != expected_version:
        raise EditConflict(f"person {ref} was changed by someone else; reload and try again")
    changed = sorted(k for k in _PERSON_FIELDS if getattr(person, k) != values[k])
    if not changed:
        return person_view(person)
    for k in changed:
        setattr(person, k, values[k])
    uow.flush()
    uow.record("person.update", "person", ref, after=changed)
    return person_view(person)


# --- venues ------------------------------------------------------------------

def save_venue(uow: UnitOfWork, data: VenueInput | VenueView,
               expected_version: int | None) -> VenueView:
    """Create a venue (no ref yet) or change one; EditConflict if it changed meanwhile."""
    permissions.require(uow, permissions.MISSION_EDIT)
    ref = data.ref or None
    p = _Problems(f"venue {ref or '(new)'}")
    name = _clean_text(data.name)
    if not name:
        p.add("name", fields.EMPTY)
    p.check("country", fields.country, data.country)
    p.check("timezone", fields.zone, data.timezone)
    if data.lat is not None:
        p.check("lat", fields.latitude, data.lat)
    if data.lon is not None:
        p.check("lon", fields.longitude, data.lon)
    if data.capacity is not None:
        p.check("capacity", fields.capacity, data.capacity)
    p.raise_first()
    values = {"name": name, "country": data.country, "timezone": data.timezone,
              "address": _opt(data.address), "city": _opt(data.city), "lat": data.lat,
              "lon": data.lon, "capacity": data.capacity, "exclusive": bool(data.exclusive)}
    s = uow.session
    venue = s.scalar(select(Venue).where(Venue.ref == ref)) if ref else None
    if venue is None:
        ref = ref or _unique_ref(uow, Venue, _slug(pick(name)))
        venue = Venue(ref=ref, **values)
        s.add(venue)
        uow.flush()
        uow.record("venue.create", "venue", ref, after=_plain(values))
        return venue_view(venue)
    if expected_version is not None and venue.version != expected_version:
        raise EditConflict(f"venue {ref} was changed by someone else; reload and try again")
    before = {k: getattr(venue, k) for k in values}
    changed = {k: v for k, v in values.items() if before[k] != v}
    if not changed:
        return venue_view(venue)
    for k, v in changed.items():
        setattr(venue, k, v)
    uow.flush()
    uow.record("venue.update", "venue", ref, before=_plain({k: before[k] for k in changed}),
               after=_plain(changed))
    return venue_view(venue)


def _plain(values: dict) -> dict:
    return {k: (list(v) if isinstance(v, tuple) else v) for k, v in values.items()}


# --- participants and costs --------------------------------------------------

def set_participants(uow: UnitOfWork, ref: str, expected_version: int | None,
                     participants: list[tuple[str, str]]) -> MissionView:
    """Replace the mission's list of participants (person ref, role), in this order."""
    permissions.require(uow, permissions.MISSION_EDIT)
    where = f"mission {ref}"
    p = _Problems(where)
    wanted = list(dict.fromkeys((person, role) for person, role in participants))
    refs = {person for person, _ in wanted}
    ids = dict(uow.session.execute(select(Person.ref, Person.id)
                                   .where(Person.ref.in_(refs))).all()) if refs else {}
    for n, (person, role) in enumerate(wanted):
        p.check(f"participants[{n}].role", lambda r: fields.choice(r, codes.PARTICIPANT_ROLES),
                role)
        if person not in ids:
            p.add(f"participants[{n}].person", f"no person with ref {person!r}")
    p.raise_first()
    m = claim(uow, ref, expected_version)
    s = uow.session
    before = [[person, role] for person, role in s.execute(
        select(Person.ref, Participant.role).join(Person, Person.id == Participant.person_id)
        .where(Participant.mission_id == m.id).order_by(Participant.position))]
    s.execute(delete(Participant).where(Participant.mission_id == m.id))
    if wanted:
        s.execute(insert(Participant), [
            {"mission_id": m.id, "person_id": ids[person], "role": role, "position": n}
            for n, (person, role) in enumerate(wanted)])
    # Item lists of persons who left the mission no longer apply to them.
    _drop_leavers(uow, m, set(ids.values()))
    after = [[person, role] for person, role in wanted]
    uow.record("mission.participants", "mission", ref, before=before, after=after,
               mission_ref=ref)
    uow.flush()
    s.expire(m)
    return get_mission(uow, ref)


def _drop_leavers(uow: UnitOfWork, m: Mission, staying: set[int]) -> None:
    from almere_missions.db.models import ItemParticipant

    item_ids = select(Item.id).where(Item.mission_id == m.id)
    q = delete(ItemParticipant).where(ItemParticipant.item_id.in_(item_ids))
    if staying:
        q = q.where(ItemParticipant.person_id.not_in(staying))
    uow.session.execute(q)


def set_costs(uow: UnitOfWork, ref: str, expected_version: int | None,
              costs: list[CostView]) -> MissionView:
    """Replace the mission's cost lines."""
    permissions.require(uow, permissions.MISSION_EDIT)
    p = _Problems(f"mission {ref}")
    rows = []
    for n, c in enumerate(costs):
        if not _text_present(c.description):
            p.add(f"costs[{n}].description", fields.EMPTY)
        try:
            amount = Decimal(str(c.amount))
        except (InvalidOperation, ValueError):
            p.add(f"costs[{n}].amount", f"{c.amount!r} is not a decimal number")
            continue
        p.check(f"costs[{n}].amount", fields.amount, amount)
        p.check(f"costs[{n}].currency", fields.currency, c.currency)
        rows.append({"position": n, "description": _clean_text(c.description),
                     "amount": amount, "currency": c.currency, "paid_by": _opt(c.paid_by)})
    p.raise_first()
    m = claim(uow, ref, expected_version)
    s = uow.session
    before = [_cost_plain(c) for c in s.scalars(
        select(Cost).where(Cost.mission_id == m.id).order_by(Cost.position))]
    s.execute(delete(Cost).where(Cost.mission_id == m.id))
    if rows:
        s.execute(insert(Cost), [r | {"mission_id": m.id} for r in rows])
    uow.record("mission.costs", "mission", ref, before=before,
               after=[_cost_plain_row(r) for r in rows], mission_ref=ref)
    uow.flush()
    s.expire(m)
    return get_mission(uow, ref)


def _cost_plain(c: Cost) -> dict:
    return {"description": c.description, "amount": str(c.amount), "currency": c.currency,
            "paid_by": c.paid_by}


def _cost_plain_row(r: dict) -> dict:
    return {"description": r["description"], "amount": str(r["amount"]),
            "currency": r["currency"], "paid_by": r["paid_by"]}


# --- mission fields ------------------------------------------------------------

#: the fields of a mission that :func:`update_mission` changes
EDITABLE = ("title", "purpose", "start_date", "end_date", "timezone", "countries", "cities",
            "counterpart", "themes", "goals", "lead_department", "welcome")


def update_mission(uow: UnitOfWork, ref: str, expected_version: int | None,
                   **changes) -> MissionView:
    """Change a mission's own fields; an edit conflict if someone saved in between."""
    permissions.require(uow, permissions.MISSION_EDIT)
    unknown = sorted(set(changes) - set(EDITABLE))
    if unknown:
        raise InvalidInput(f"cannot change {unknown[0]!r} here", record=f"mission {ref}",
                           field=unknown[0])
    p = _Problems(f"mission {ref}")
    if "title" in changes and not _text_present(changes["title"]):
        p.add("title", fields.EMPTY)
    _check_fields(uow, p, **{k: v for k, v in changes.items()
                             if k in ("timezone", "countries", "themes", "goals")})
    p.raise_first()
    for key in ("title", "purpose", "welcome"):
        if key in changes:
            changes[key] = _clean_text(changes[key])
    for key in ("counterpart", "lead_department"):
        if key in changes:
            changes[key] = _opt(changes[key])
    for key in ("countries", "cities", "themes", "goals"):
        if key in changes:
            changes[key] = [v.strip() for v in changes[key] if v and v.strip()]
    m = claim(uow, ref, expected_version)
    before = {k: _plain_value(getattr(m, k)) for k in changes}
    for key, value in changes.items():
        setattr(m, key, value)
    if problem := fields.mission_dates(m.start_date, m.end_date):
        raise InvalidInput(problem, record=f"mission {ref}", field="end")
    uow.record("mission.update", "mission", ref, before=before,
               after={k: _plain_value(v) for k, v in changes.items()}, mission_ref=ref)
    uow.flush()
    return get_mission(uow, ref)


def _plain_value(value):
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value
