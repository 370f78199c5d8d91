"""The questions asked of the relations: reminders, overdue actions, a partner's history,
the College's activity agenda and the gift register.

Each answer is plain rows (dicts) read with a few set-based queries, so a
partner with hundreds of missions or a season of thousands stays quick.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, or_, select

from almere_missions.db.models import Item, Mission, Participant, Person
from almere_missions.db.models_relations import (
    OPEN_ACTION_STATES,
    FollowUpAction,
    Gift,
    MissionOutcome,
    MissionPartner,
    Partner,
    Partnership,
)
from almere_missions.reports.transparency import BOARD_FUNCTION
from almere_missions.rowrefs import row_of_ref
from almere_missions.text import pick
from almere_missions.uow import UnitOfWork

#: missions in these states are not (or no longer) planned
NOT_PLANNED = ("cancelled", "rejected", "completed")
#: programme items that count as meetings in a relation history
MEETING_KINDS = ("meeting", "reception", "meal", "visit")
#: offices held in public: their holders' names may appear in a public register
PUBLIC_OFFICE = re.compile(
    r"burgemeester|wethouder|gedeputeerde|minist|\bmayor\b|alderm[ae]n|alderwom[ae]n|"
    r"governor|consul|ambassador|\bsecretary[- ]general\b|commissioner|councillor",
    re.IGNORECASE)
NO_PORTFOLIO = "—"


def is_board(staff: bool, function: str | None) -> bool:
    return bool(staff and function and BOARD_FUNCTION.search(function))


def is_public_person(staff: bool, function: str | None) -> bool:
    """Holders of a public office (the College, a foreign mayor, a consul) are named."""
    return bool(function and PUBLIC_OFFICE.search(function)) or is_board(staff, function)


# --- reminders ----------------------------------------------------------------------------

def lapsing_agreements(uow: UnitOfWork, today: date, days: int,
                       lang: str = "en") -> list[dict[str, Any]]:
    """Active agreements that end within ``days`` (or ended already but are still active)."""
    rows = uow.session.execute(
        select(Partnership.ref, Partnership.kind, Partnership.title, Partnership.end_date,
               Partner.ref, Partner.name, Person.name)
        .join(Partner, Partner.id == Partnership.partner_id)
        .outerjoin(Person, Person.id == Partnership.alderman_id)
        .where(Partnership.status == "active", Partnership.end_date.is_not(None),
               Partnership.end_date <= today + timedelta(days=days))
        .order_by(Partnership.end_date, Partnership.ref)).all()
    return [{"partnership": ref, "kind": kind, "title": pick(title, lang), "end": end.isoformat(),
             "days_left": (end - today).days, "lapsed": end < today, "partner": pref,
             "partner_name": pick(pname, lang), "alderman": alderman}
            for ref, kind, title, end, pref, pname, alderman in rows]


def reminder_lines(rows: list[dict[str, Any]]) -> list[str]:
    out = []
    for r in rows:
        if r["lapsed"]:
            out.append(f"agreement {r['partnership']} ({r['partner_name']}) ended on {r['end']} "
                       "but is still active: renew it or mark it ended")
        else:
            out.append(f"agreement {r['partnership']} ({r['partner_name']}) ends on {r['end']}, "
                       f"in {r['days_left']} days")
    return out


def overdue_actions(uow: UnitOfWork, today: date, lang: str = "en") -> list[dict[str, Any]]:
    """Open follow-up actions whose due date has passed, oldest first."""
    rows = uow.session.execute(
        select(FollowUpAction, Mission.ref, Person.name, Partnership.ref)
        .join(Mission, Mission.id == FollowUpAction.mission_id)
        .outerjoin(Person, Person.id == FollowUpAction.owner_id)
        .outerjoin(Partnership, Partnership.id == FollowUpAction.partnership_id)
        .where(FollowUpAction.status.in_(OPEN_ACTION_STATES), FollowUpAction.due_date < today)
        .order_by(FollowUpAction.due_date, FollowUpAction.ref)).all()
    return [_action_row(a, mref, owner, pref, today, lang) for a, mref, owner, pref in rows]


def overdue_counts(uow: UnitOfWork, today: date) -> dict[str, int]:
    """Per mission ref, how many of its open actions are past their due date."""
    rows = uow.session.execute(
        select(Mission.ref, func.count(FollowUpAction.id))
        .join(Mission, Mission.id == FollowUpAction.mission_id)
        .where(FollowUpAction.status.in_(OPEN_ACTION_STATES), FollowUpAction.due_date < today)
        .group_by(Mission.ref)).all()
    return {ref: n for ref, n in rows}


def _action_row(a: FollowUpAction, mission: str, owner: str | None, partnership: str | None,
                today: date, lang: str) -> dict[str, Any]:
    return {"ref": a.ref, "mission": mission, "title": pick(a.title, lang),
            "owner": owner or a.owner_department or "", "department": a.owner_department,
            "due": a.due_date.isoformat(), "status": a.status, "partnership": partnership,
            "overdue": a.status in OPEN_ACTION_STATES and a.due_date < today,
            "days_overdue": max((today - a.due_date).days, 0)}


# --- a partner's relation history ---------------------------------------------------------

def _timeline():
    """The events of a history and the function that adds one (an entry without a date
    is left out); ``order`` sorts the kinds of one day."""
    events: list[tuple] = []

    def add(day: date | None, order: int, kind: str, ref: str, title: str, detail: str = "",
            mission: str | None = None) -> None:
        if day is not None:
            events.append((day, order, ref, {"date": day.isoformat(), "kind": kind, "ref": ref,
                                             "title": title, "detail": detail,
                                             "mission": mission}))
    return events, add


def _in_time_order(events: list[tuple]) -> list[dict[str, Any]]:
    return [e[3] for e in sorted(events, key=lambda e: (e[0], e[1], e[2]))]


def _add_agreement(add, ref: str, title: str, kind: str, status: str, start: date | None,
                   end: date | None) -> None:
    add(start, 0, "agreement", ref, title, f"{kind}, {status}")
    if end:
        add(end, 9, "agreement_end", ref, title, f"{kind}, {status}")


def _gift_detail(direction: str, value: Any, decision: str | None) -> str:
    return f"{direction}, EUR {value}" + (f", {decision}" if decision else "")


#: what a history shows of each mission: (id, ref, title, direction, start, end, status)
_MISSION_COLUMNS = (Mission.id, Mission.ref, Mission.title, Mission.direction,
                    Mission.start_date, Mission.end_date, Mission.status)


def history(uow: UnitOfWork, partner_ref: str, lang: str = "en", *,
            internal: bool = True) -> dict[str, Any]:
    """Every agreement, mission, meeting, outcome, follow-up and gift with a partner, in
    time order. Without ``internal``, internal programme items and notes are left out."""
    s = uow.session
    partner = row_of_ref(uow, Partner, partner_ref, "partner")
    events, add = _timeline()

    ships = s.execute(select(Partnership.id, Partnership.ref, Partnership.kind,
                             Partnership.title, Partnership.status, Partnership.start_date,
                             Partnership.end_date)
                      .where(Partnership.partner_id == partner.id)).all()
    ship_ids = [r[0] for r in ships]
    for _id, ref, kind, title, status, start, end in ships:
        _add_agreement(add, ref, pick(title, lang), kind, status, start, end)
    linked = select(MissionPartner.mission_id).where(MissionPartner.partner_id == partner.id)
    missions = s.execute(select(*_MISSION_COLUMNS).where(Mission.id.in_(linked))).all()
    mission_ref = {r[0]: r[1] for r in missions}
    for _id, ref, title, direction, start, end, status in missions:
        add(start, 1, "mission", ref, pick(title, lang),
            f"{direction}, {start.isoformat()} – {end.isoformat()}, {status}", ref)
    q = (select(Item.ref, Item.title, Item.kind, Item.start_utc, Item.mission_id, Item.timezone)
         .where(Item.mission_id.in_(linked), Item.kind.in_(MEETING_KINDS),
                Item.status != "cancelled"))
    if not internal:
        q = q.where(Item.public.is_(True))
    from almere_missions.timeutil import local_date

    for ref, title, kind, start, mid, tz in s.execute(q):
        add(local_date(start, tz), 2, "meeting", ref, pick(title, lang), kind, mission_ref[mid])
    for ref, text, mid, on in s.execute(
            select(MissionOutcome.ref, MissionOutcome.text, MissionOutcome.mission_id,
                   MissionOutcome.recorded_on)
            .where(or_(MissionOutcome.mission_id.in_(linked),
                       MissionOutcome.partnership_id.in_(ship_ids)))):
        mref = mission_ref.get(mid) or s.scalar(select(Mission.ref).where(Mission.id == mid))
        day = on or s.scalar(select(Mission.end_date).where(Mission.id == mid))
        add(day, 3, "outcome", ref, pick(text, lang), "", mref)
    for ref, title, mid, due, status in s.execute(
            select(FollowUpAction.ref, FollowUpAction.title, FollowUpAction.mission_id,
                   FollowUpAction.due_date, FollowUpAction.status)
            .where(or_(FollowUpAction.mission_id.in_(linked),
                       FollowUpAction.partnership_id.in_(ship_ids)))):
        mref = mission_ref.get(mid) or s.scalar(select(Mission.ref).where(Mission.id == mid))
        add(due, 4, "followup", ref, pick(title, lang), status, mref)
    for ref, desc, mid, on, direction, value, decision in s.execute(
            select(Gift.ref, Gift.description, Gift.mission_id, Gift.on_date, Gift.direction,
                   Gift.value_eur, Gift.decision)
            .where(or_(Gift.partner_id == partner.id, Gift.mission_id.in_(linked)))):
        mref = mission_ref.get(mid) or s.scalar(select(Mission.ref).where(Mission.id == mid))
        add(on, 5, "gift", ref, pick(desc, lang), _gift_detail(direction, value, decision), mref)
    return {"partner": {"ref": partner.ref, "kind": partner.kind, "name": pick(partner.name, lang),
                        "country": partner.country, "city": partner.city},
            "agreements": len(ships), "missions": len(missions),
            "events": _in_time_order(events)}


def person_history(uow: UnitOfWork, person_ref: str, lang: str = "en", *,
                   internal: bool = True) -> dict[str, Any]:
    """A person as a partner: the missions they took part in, their meetings there, the
    agreements they are a contact of, the follow-ups they own and the gifts they received
    or gave, in time order — the same shape as :func:`history`."""
    from almere_missions.db.models import ItemParticipant
    from almere_missions.db.models_relations import PartnershipContact
    from almere_missions.timeutil import local_date

    s = uow.session
    person = row_of_ref(uow, Person, person_ref, "person")
    events, add = _timeline()

    ships = s.execute(select(Partnership.ref, Partnership.kind, Partnership.title,
                             Partnership.status, Partnership.start_date, Partnership.end_date,
                             Partner.name)
                      .join(Partner, Partner.id == Partnership.partner_id)
                      .join(PartnershipContact, PartnershipContact.partnership_id
                            == Partnership.id)
                      .where(PartnershipContact.person_id == person.id)).all()
    for ref, kind, title, status, start, end, partner in ships:
        _add_agreement(add, ref, f"{pick(title, lang)} ({pick(partner, lang)})", kind, status,
                       start, end)
    roles: dict[int, list[str]] = defaultdict(list)
    for mid, role in s.execute(select(Participant.mission_id, Participant.role)
                               .where(Participant.person_id == person.id)):
        roles[mid].append(role)
    missions = s.execute(select(*_MISSION_COLUMNS)
                         .where(Mission.id.in_(list(roles)))).all() if roles else []
    mission_ref = {r[0]: r[1] for r in missions}
    for mid, ref, title, direction, start, end, status in missions:
        add(start, 1, "mission", ref, pick(title, lang),
            f"{direction}, {', '.join(sorted(roles[mid]))}, {start.isoformat()} – "
            f"{end.isoformat()}, "
            f"{status}", ref)
    if roles:
        chosen = select(ItemParticipant.item_id).where(ItemParticipant.person_id == person.id)
        q = (select(Item.ref, Item.title, Item.kind, Item.start_utc, Item.mission_id,
                    Item.timezone)
             .where(Item.mission_id.in_(list(roles)), Item.kind.in_(MEETING_KINDS),
                    Item.status != "cancelled", or_(Item.everyone.is_(True),
                                                    Item.id.in_(chosen))))
        if not internal:
            q = q.where(Item.public.is_(True))
        for ref, title, kind, start, mid, tz in s.execute(q):
            add(local_date(start, tz), 2, "meeting", ref, pick(title, lang), kind,
                mission_ref[mid])
    for ref, title, mref, due, status in s.execute(
            select(FollowUpAction.ref, FollowUpAction.title, Mission.ref,
                   FollowUpAction.due_date, FollowUpAction.status)
            .join(Mission, Mission.id == FollowUpAction.mission_id)
            .where(FollowUpAction.owner_id == person.id)):
        add(due, 4, "followup", ref, pick(title, lang), status, mref)
    for ref, desc, mref, on, direction, value, decision in s.execute(
            select(Gift.ref, Gift.description, Mission.ref, Gift.on_date, Gift.direction,
                   Gift.value_eur, Gift.decision)
            .join(Mission, Mission.id == Gift.mission_id)
            .where(or_(Gift.official_id == person.id, Gift.counterpart_person_id == person.id))):
        add(on, 5, "gift", ref, pick(desc, lang), _gift_detail(direction, value, decision), mref)
    nationality = person.nationality or ()
    return {"partner": {"ref": person.ref, "kind": "person", "name": person.name,
                        "country": nationality[0] if nationality else None, "city": None,
                        "organisation": ", ".join(x for x in (person.function,
                                                              person.organisation) if x)},
            "agreements": len(ships), "missions": len(missions),
            "events": _in_time_order(events)}


# --- the activity agenda (§5.1.1) ---------------------------------------------------------

def _board_of_missions(uow: UnitOfWork, mission_ids: list[int]) -> dict[int, list[tuple]]:
    """Per mission, its board members: (ref, name, function), the leader first."""
    out: dict[int, list[tuple]] = defaultdict(list)
    if not mission_ids:
        return out
    rank = {"delegation_leader": 0, "host": 1, "delegation_member": 2}
    rows = []
    for chunk in (mission_ids[i:i + 5000] for i in range(0, len(mission_ids), 5000)):
        rows += uow.session.execute(
            select(Participant.mission_id, Participant.role, Person.ref, Person.name,
                   Person.function)
            .join(Person, Person.id == Participant.person_id)
            .where(Participant.mission_id.in_(chunk), Person.staff.is_(True))).all()
    for mid, _role, ref, name, function in sorted(rows, key=lambda r: (rank.get(r[1], 3), r[2])):
        if is_board(True, function) and all(ref != b[0] for b in out[mid]):
            out[mid].append((ref, name, function))
    return out


def agenda(uow: UnitOfWork, first: date, last: date, today: date,
           lang: str = "en") -> list[dict[str, Any]]:
    """Planned missions from ``first`` to ``last`` and the open follow-ups due by ``last``,
    per portfolio (the board member: the mayor first, then the aldermen by name)."""
    s = uow.session
    missions = s.execute(
        select(Mission.id, Mission.ref, Mission.title, Mission.direction, Mission.start_date,
               Mission.end_date, Mission.status, Mission.countries, Mission.cities)
        .where(Mission.start_date <= last, Mission.end_date >= first,
               Mission.status.not_in(NOT_PLANNED))
        .order_by(Mission.start_date, Mission.ref)).all()
    actions = s.execute(
        select(FollowUpAction, Mission.ref, Person.name, Partnership.ref,
               Partnership.alderman_id)
        .join(Mission, Mission.id == FollowUpAction.mission_id)
        .outerjoin(Person, Person.id == FollowUpAction.owner_id)
        .outerjoin(Partnership, Partnership.id == FollowUpAction.partnership_id)
        .where(FollowUpAction.status.in_(OPEN_ACTION_STATES), FollowUpAction.due_date <= last)
        .order_by(FollowUpAction.due_date, FollowUpAction.ref)).all()
    board = _board_of_missions(uow, sorted({m[0] for m in missions}
                                           | {a[0].mission_id for a in actions}))
    aldermen = {pid: (ref, name, function) for pid, ref, name, function in s.execute(
        select(Person.id, Person.ref, Person.name, Person.function).where(
            Person.id.in_({a[4] for a in actions if a[4] is not None})))} if actions else {}
    groups: dict[tuple | None, dict] = {}

    def group(member: tuple | None) -> dict:
        if member not in groups:
            label = f"{member[1]} — {member[2]}" if member else NO_PORTFOLIO
            groups[member] = {"portfolio": label, "person": member[0] if member else None,
                              "missions": [], "followups": []}
        return groups[member]

    for mid, ref, title, direction, start, end, status, countries, cities in missions:
        row = {"ref": ref, "title": pick(title, lang), "direction": direction,
               "start": start.isoformat(), "end": end.isoformat(), "status": status,
               "where": ", ".join(list(cities or ()) or list(countries or ()))}
        for member in board.get(mid) or [None]:
            group(member)["missions"].append(row)
    for a, mref, owner, pref, alderman_id in actions:
        row = _action_row(a, mref, owner, pref, today, lang)
        members = [aldermen[alderman_id]] if alderman_id in aldermen else (
            board.get(a.mission_id) or [None])
        for member in members:
            group(member)["followups"].append(row)

    def order(key: tuple | None):
        if key is None:
            return (2, "")
        return (0 if re.search(r"burgemeester|\bmayor\b", key[2], re.I) else 1, key[1])

    return [groups[k] for k in sorted(groups, key=order)]


# --- the gift register --------------------------------------------------------------------

def gifts_of_year(uow: UnitOfWork, year: int, lang: str = "en", *,
                  public: bool = True) -> list[dict[str, Any]]:
    """The gifts received and given in ``year``. ``public``: names only of holders of a
    public office; for anyone else the organisation stands in, and notes are left out."""
    s = uow.session
    rows = s.execute(
        select(Gift, Mission.ref, Mission.title).join(Mission, Mission.id == Gift.mission_id)
        .where(Gift.on_date >= date(year, 1, 1), Gift.on_date <= date(year, 12, 31))
        .order_by(Gift.on_date, Gift.ref)).all()
    person_ids = {i for g, _m, _t in rows for i in (g.official_id, g.counterpart_person_id) if i}
    persons = {r[0]: r[1:] for r in s.execute(
        select(Person.id, Person.name, Person.function, Person.organisation, Person.staff)
        .where(Person.id.in_(person_ids)))} if person_ids else {}
    partner_ids = {g.partner_id for g, _m, _t in rows if g.partner_id}
    partners = dict(s.execute(select(Partner.id, Partner.name).where(
        Partner.id.in_(partner_ids))).all()) if partner_ids else {}

    def who(pid: int | None) -> str:
        if pid is None or pid not in persons:
            return ""
        name, function, organisation, staff = persons[pid]
        if not public or is_public_person(staff, function):
            return f"{name} ({function})" if function else name
        return ", ".join(x for x in (function, organisation) if x) or "(private person)"

    out = []
    for g, mref, mtitle in rows:
        other = [x for x in (who(g.counterpart_person_id), g.counterpart,
                             pick(partners.get(g.partner_id), lang) if g.partner_id else "")
                 if x]
        row = {"ref": g.ref, "date": g.on_date.isoformat(), "direction": g.direction,
               "description": pick(g.description, lang), "official": who(g.official_id),
               "counterpart": "; ".join(dict.fromkeys(other)),
               "value_eur": g.value_eur if g.value_eur is not None else Decimal("0.00"),
               "decision": g.decision or "", "mission": mref, "mission_title": pick(mtitle, lang)}
        if not public:
            row["notes"] = g.notes or ""
        out.append(row)
    return out


def undecided_gifts(uow: UnitOfWork, mission_id: int, threshold: Decimal) -> list[tuple]:
    """Gifts received on the mission above the threshold that have no decision yet."""
    rows = uow.session.execute(
        select(Gift.ref, Gift.value_eur).where(
            Gift.mission_id == mission_id, Gift.direction == "received",
            Gift.decision.is_(None))).all()
    return [(ref, value) for ref, value in rows if value is not None and value > threshold]
