"""Invitations to a mission's items by e-mail (iTIP/iMIP), and the replies.

The hosts and the internal participants (roles host and staff) with an e-mail address
are invited to the items they take part in. Sending again sends only what changed:
a new item a REQUEST, a changed one (a higher revision, other attendees) a REQUEST with
the next SEQUENCE, a cancelled or deleted one a CANCEL. The plan is read in one
transaction, the mail goes out with none open, and what was sent is then recorded in
one write (a failure half-way records the messages that did go out).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select

from almere_missions import permissions as p
from almere_missions.app import Caller, Progress, no_progress
from almere_missions.db.models import Item, ItemParticipant, Mission, Participant, Person
from almere_missions.db.models_logistics import Invitation, InvitationAttendee
from almere_missions.errors import InvalidInput, NotFound
from almere_missions.logistics import itip, smtp
from almere_missions.logistics.itip import Invite, Party
from almere_missions.text import pick
from almere_missions.timeutil import now_utc
from almere_missions.uow import UnitOfWork

INVITED_ROLES = ("host", "staff")
REPLIES = ("accepted", "declined", "tentative")


@dataclass(frozen=True)
class Planned:
    invite: Invite
    item_id: int | None
    item_ref: str
    revision: int
    attendees: tuple[int, ...]  # person ids
    reset_replies: bool  # the time or place changed: earlier answers no longer hold


@dataclass(frozen=True)
class Sent:
    uid: str
    item_ref: str
    method: str
    sequence: int
    attendees: int


def _mission(uow: UnitOfWork, ref: str) -> Mission:
    m = uow.session.scalar(select(Mission).where(Mission.ref == ref))
    if m is None:
        raise NotFound(f"no mission with ref {ref!r}")
    return m


def plan(uow: UnitOfWork, mission_ref: str, organizer: Party, lang: str = "en") -> list[Planned]:
    """What sending now would send, item by item (nothing for what is unchanged)."""
    s = uow.session
    m = _mission(uow, mission_ref)
    invited = {pid: (person.latin_name or person.name, person.email.strip())
               for pid, person in s.execute(
                   select(Participant.person_id, Person).join(Person)
                   .where(Participant.mission_id == m.id,
                          Participant.role.in_(INVITED_ROLES)))
               if person.email and person.email.strip()}
    listed: dict[int, set[int]] = {}
    for item_id, pid in s.execute(select(ItemParticipant.item_id, ItemParticipant.person_id)
                                  .join(Item).where(Item.mission_id == m.id)):
        listed.setdefault(item_id, set()).add(pid)
    known = {row.uid: row for row in s.scalars(
        select(Invitation).where(Invitation.mission_ref == mission_ref))}
    sent_to: dict[str, set[int]] = {}
    for uid, pid in s.execute(select(InvitationAttendee.uid, InvitationAttendee.person_id)
                              .join(Invitation).where(Invitation.mission_ref == mission_ref)):
        sent_to.setdefault(uid, set()).add(pid)
    out: list[Planned] = []
    seen: set[str] = set()
    for it in s.scalars(select(Item).where(Item.mission_id == m.id)
                        .order_by(Item.start_utc, Item.position, Item.ref)):
        uid = itip.invitation_uid(it.ref)
        seen.add(uid)
        row = known.get(uid)
        people = sorted(pid for pid in (invited if it.everyone else listed.get(it.id, ()))
                        if pid in invited)
        venue = it.venue
        invite = Invite(
            uid=uid, method="REQUEST", sequence=0, summary=pick(it.title, lang) or it.ref,
            start=it.start_utc, end=it.end_utc, timezone=it.timezone, all_day=it.all_day,
            location=(pick(venue.name, lang) + (f", {venue.address}" if venue.address else ""))
            if venue else "",
            status="CONFIRMED" if it.status == "confirmed" else "TENTATIVE",
            organizer=organizer,
            attendees=tuple(Party(*invited[pid]) for pid in people))
        if it.status == "cancelled" or not people:
            if row is not None and row.method == "REQUEST":
                who = tuple(sorted(sent_to.get(uid, ())))
                out.append(Planned(_cancel(row, organizer, s, who), it.id, it.ref, it.revision,
                                   who, False))
            continue
        if row is None:
            out.append(Planned(invite, it.id, it.ref, it.revision, tuple(people), False))
        elif (row.method == "CANCEL" or row.revision != it.revision
              or set(people) != sent_to.get(uid, set())):
            moved = (row.start_utc, row.end_utc) != (it.start_utc, it.end_utc)
            out.append(Planned(replace(invite, sequence=row.sequence + 1), it.id, it.ref,
                               it.revision, tuple(people), moved or row.method == "CANCEL"))
    for uid, row in known.items():  # items deleted since they were sent
        if uid not in seen and row.method == "REQUEST":
            who = tuple(sorted(sent_to.get(uid, ())))
            out.append(Planned(_cancel(row, organizer, s, who), None, row.item_ref,
                               row.revision, who, False))
    return out


def _cancel(row: Invitation, organizer: Party, s, who: Iterable[int]) -> Invite:
    people = {pid: (person.latin_name or person.name, person.email or "")
              for pid, person in s.execute(select(Person.id, Person)
                                           .where(Person.id.in_(list(who))))}
    return Invite(uid=row.uid, method="CANCEL", sequence=row.sequence + 1, summary=row.summary,
                  start=row.start_utc, end=row.end_utc, timezone=row.timezone,
                  all_day=row.all_day, location="", status="CANCELLED", organizer=organizer,
                  attendees=tuple(Party(*people[pid]) for pid in sorted(people)
                                  if people[pid][1]))


def _check_organizer(name: str, email: str) -> Party:
    if not email or "@" not in email or any(c.isspace() for c in email):
        raise InvalidInput(f"{email!r} is not an e-mail address", record="organizer",
                           field="email")
    return Party((name or email).strip(), email.strip())


def send_invitations(caller: Caller, mission_ref: str, settings: smtp.SmtpSettings, *,
                     organizer_name: str, organizer_email: str, lang: str = "en",
                     progress: Progress = no_progress) -> list[Sent]:
    """Send the mission's new, changed and cancelled invitations; return what was sent."""
    organizer = _check_organizer(organizer_name, organizer_email)
    with caller.read() as uow:
        p.require(uow, p.INVITATION_SEND)
        planned = plan(uow, mission_ref, organizer, lang)
    now = now_utc()
    messages = [itip.message(pl.invite, now) for pl in planned if pl.invite.attendees]
    todo = [pl for pl in planned if pl.invite.attendees]
    done: list[Planned] = []

    def sent(n: int, _msg) -> None:
        done.append(todo[n - 1])
        progress(n, len(todo), todo[n - 1].item_ref)

    failure = None
    if messages:
        try:
            smtp.send(settings, messages, on_sent=sent)
        except Exception as exc:  # noqa: BLE001 - record what did go out, then report
            failure = exc
    if done:
        with caller.write() as uow:
            p.require(uow, p.INVITATION_SEND)
            _record(uow, mission_ref, done, now)
            uow.commit()
    if failure is not None:
        raise failure
    return [Sent(pl.invite.uid, pl.item_ref, pl.invite.method, pl.invite.sequence,
                 len(pl.invite.attendees)) for pl in done]


def _record(uow: UnitOfWork, mission_ref: str, done: list[Planned], now) -> None:
    s = uow.session
    for pl in done:
        inv = pl.invite
        row = s.get(Invitation, inv.uid)
        if row is None:
            row = Invitation(uid=inv.uid, mission_ref=mission_ref, item_ref=pl.item_ref)
            s.add(row)
        row.item_id, row.sequence, row.revision, row.method = (pl.item_id, inv.sequence,
                                                               pl.revision, inv.method)
        row.sent_at, row.summary = now, inv.summary
        row.start_utc, row.end_utc, row.timezone, row.all_day = (inv.start, inv.end,
                                                                 inv.timezone, inv.all_day)
        if inv.method == "REQUEST":
            current = {a.person_id: a for a in s.scalars(
                select(InvitationAttendee).where(InvitationAttendee.uid == inv.uid))}
            for pid, a in current.items():
                if pid not in pl.attendees:
                    s.delete(a)
                elif pl.reset_replies:
                    a.partstat, a.replied_at = "NEEDS-ACTION", None
            for pid in pl.attendees:
                if pid not in current:
                    s.add(InvitationAttendee(uid=inv.uid, person_id=pid))
        uow.record(f"invitation.{inv.method.lower()}", "invitation", inv.uid,
                   mission_ref=mission_ref,
                   after={"sequence": inv.sequence, "attendees": len(inv.attendees)})
    uow.flush()


# --- replies -------------------------------------------------------------------------

@dataclass(frozen=True)
class ReplyState:
    item_ref: str
    person: str
    reply: str  # needs-action, accepted, declined, tentative


def record_reply(caller: Caller, item_ref: str, person_ref: str, reply: str) -> None:
    """Note a reply given by telephone or in person."""
    if reply not in REPLIES:
        raise InvalidInput(f"must be one of {', '.join(REPLIES)}, not {reply!r}",
                           record=f"reply of {person_ref} to {item_ref}", field="reply")
    with caller.write() as uow:
        p.require(uow, p.INVITATION_REPLY)
        row = _attendee(uow, itip.invitation_uid(item_ref), person_ref=person_ref)
        _set(uow, row, reply)
        uow.commit()


def import_reply(caller: Caller, path: str | Path) -> list[ReplyState]:
    """Read an iMIP REPLY (.ics or .eml) and record each answer; all or nothing. A reply
    to an older SEQUENCE than the last one sent is refused: it answers an earlier time."""
    replies = itip.read_reply_file(path)
    out = []
    with caller.write() as uow:
        p.require(uow, p.INVITATION_REPLY)
        for r in replies:
            inv = uow.session.get(Invitation, r.uid)
            if inv is None:
                raise InvalidInput(f"answers no invitation sent from here ({r.uid})",
                                   file=str(path), field="UID")
            if r.sequence < inv.sequence:
                raise InvalidInput(f"answers SEQUENCE {r.sequence}, but {inv.sequence} was "
                                   "sent since: the invitee has not seen the change yet",
                                   file=str(path), record=r.uid, field="SEQUENCE")
            row = _attendee(uow, r.uid, email=r.email, source=str(path))
            _set(uow, row, r.partstat)
            ref = uow.session.scalar(select(Person.ref).where(Person.id == row.person_id))
            out.append(ReplyState(inv.item_ref, ref, r.partstat))
        uow.commit()
    return out


def _attendee(uow: UnitOfWork, uid: str, *, person_ref: str | None = None,
              email: str | None = None, source: str | None = None) -> InvitationAttendee:
    q = select(InvitationAttendee).join(Person, Person.id == InvitationAttendee.person_id)
    q = q.where(InvitationAttendee.uid == uid)
    if person_ref is not None:
        q = q.where(Person.ref == person_ref)
        row = uow.session.scalar(q)
        if row is None:
            raise NotFound(f"{person_ref} was not invited to {uid.split('@')[0]}")
        return row
    rows = [a for a, mail in uow.session.execute(q.add_columns(Person.email))
            if (mail or "").strip().lower() == email]
    if not rows:
        raise InvalidInput(f"{email} was not invited to this item", file=source, record=uid,
                           field="ATTENDEE")
    return rows[0]


def _set(uow: UnitOfWork, row: InvitationAttendee, reply: str) -> None:
    row.partstat = reply.upper()
    row.replied_at = now_utc()
    inv = uow.session.get(Invitation, row.uid)
    ref = uow.session.scalar(select(Person.ref).where(Person.id == row.person_id))
    uow.record("invitation.reply", "person", ref, mission_ref=inv.mission_ref,
               after=["reply"])


def replies(caller: Caller, mission_ref: str) -> list[ReplyState]:
    with caller.read() as uow:
        p.require(uow, p.LOGISTICS_READ)
        rows = uow.session.execute(
            select(Invitation.item_ref, Person.ref, InvitationAttendee.partstat)
            .join(InvitationAttendee, InvitationAttendee.uid == Invitation.uid)
            .join(Person, Person.id == InvitationAttendee.person_id)
            .where(Invitation.mission_ref == mission_ref, Invitation.method == "REQUEST")
            .order_by(Invitation.start_utc, Invitation.item_ref, Person.ref)).all()
    return [ReplyState(i, r, s.lower()) for i, r, s in rows]


@dataclass(frozen=True)
class Pending:
    """What sending now would send for one item: ``new`` (a first REQUEST), ``update``
    (a REQUEST with the next SEQUENCE) or ``cancel`` (a CANCEL)."""

    item_ref: str
    summary: str
    what: str
    sequence: int
    attendees: int


def pending(caller: Caller, mission_ref: str, lang: str = "en") -> list[Pending]:
    """The invitations Send would send now, item by item (read only)."""
    with caller.read() as uow:
        p.require(uow, p.LOGISTICS_READ)
        planned = plan(uow, mission_ref, Party("", ""), lang)
    return [Pending(pl.item_ref, pl.invite.summary,
                    "cancel" if pl.invite.method == "CANCEL"
                    else "update" if pl.invite.sequence else "new",
                    pl.invite.sequence, len(pl.invite.attendees))
            for pl in planned if pl.invite.attendees]
