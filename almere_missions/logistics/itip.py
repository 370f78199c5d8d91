"""Invitations as iTIP (RFC 5546) in iMIP mail (RFC 6047), made with ``icalendar``.

A REQUEST carries the ORGANIZER and every ATTENDEE; a change is a new REQUEST with
the same UID and a higher SEQUENCE, a cancellation a CANCEL with a higher SEQUENCE
still, so Outlook and Thunderbird update the event in place. The mail is
multipart/alternative: a text for people, the calendar as
``text/calendar; method=...`` for their programs. A REPLY (an attendee's answer)
is read back with :func:`read_reply`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar

from almere_missions import __version__
from almere_missions.calendars.vtimezone import vtimezone
from almere_missions.errors import InvalidInput

PRODID = f"-//Gemeente Almere//Almere Missions {__version__}//EN"
UID_DOMAIN = "invite.missions.almere.nl"
METHODS = ("REQUEST", "CANCEL")
PARTSTATS = {"ACCEPTED": "accepted", "DECLINED": "declined", "TENTATIVE": "tentative"}


def invitation_uid(item_ref: str) -> str:
    """Stable per item; apart from the published calendars' UIDs (METHOD:PUBLISH), whose
    SEQUENCE counts exports, not invitations."""
    return f"{item_ref}@{UID_DOMAIN}"


@dataclass(frozen=True)
class Party:
    name: str
    email: str


@dataclass(frozen=True)
class Invite:
    uid: str
    method: str  # REQUEST or CANCEL
    sequence: int
    summary: str
    start: datetime  # UTC
    end: datetime
    timezone: str
    all_day: bool
    location: str
    status: str  # CONFIRMED, TENTATIVE or CANCELLED
    organizer: Party
    attendees: tuple[Party, ...]
    description: str = ""


def _address(party: Party, prop: str, **params) -> icalendar.vCalAddress:
    addr = icalendar.vCalAddress(f"mailto:{party.email}")
    addr.params["CN"] = icalendar.vText(party.name)
    for k, v in params.items():
        addr.params[k] = icalendar.vText(v)
    return addr


def calendar(invite: Invite, now: datetime) -> bytes:
    """The iCalendar object of one invitation (CRLF, folded, with its VTIMEZONE)."""
    if invite.method not in METHODS:
        raise InvalidInput(f"method must be one of {', '.join(METHODS)}", field="method")
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("method", invite.method)
    ev = icalendar.Event()
    ev.add("uid", invite.uid)
    ev.add("sequence", invite.sequence)
    ev.add("dtstamp", now)
    tz = ZoneInfo(invite.timezone)
    if invite.all_day:
        first = invite.start.astimezone(tz).date()
        last = (invite.end.astimezone(tz) - timedelta(seconds=1)).date()
        ev.add("dtstart", first)
        ev.add("dtend", last + timedelta(days=1))
    else:
        ev.add("dtstart", invite.start.astimezone(tz))
        ev.add("dtend", invite.end.astimezone(tz))
    ev.add("summary", invite.summary)
    if invite.location:
        ev.add("location", invite.location)
    if invite.description:
        ev.add("description", invite.description)
    ev.add("status", "CANCELLED" if invite.method == "CANCEL" else invite.status)
    ev.add("organizer", _address(invite.organizer, "organizer"))
    for a in invite.attendees:
        ev.add("attendee", _address(a, "attendee", ROLE="REQ-PARTICIPANT",
                                    PARTSTAT="NEEDS-ACTION", RSVP="TRUE", CUTYPE="INDIVIDUAL"))
    if not invite.all_day and invite.timezone != "UTC":
        # The zone from the product's own VTIMEZONE writer: icalendar's generated one lists
        # every change as RDATEs, which ical.js (Thunderbird) reads an hour off.
        years = (invite.start.astimezone(tz).year, invite.end.astimezone(tz).year)
        body = vtimezone(invite.timezone, min(years), max(years)) + "\r\n"
        cal.add_component(icalendar.Timezone.from_ical(body))
    cal.add_component(ev)
    return cal.to_ical()


_TEXT = {
    "REQUEST": "You are invited to: {summary}\nWhen: {when}\nWhere: {location}\n",
    "CANCEL": "Cancelled: {summary}\nIt was planned for {when}.\n",
}


def message(invite: Invite, now: datetime) -> EmailMessage:
    """The iMIP mail: To every attendee, the calendar as text/calendar with the method."""
    ics = calendar(invite, now)
    tz = ZoneInfo(invite.timezone)
    local = invite.start.astimezone(tz)
    when = (f"{local:%Y-%m-%d}" if invite.all_day else
            f"{local:%Y-%m-%d %H:%M} {local.tzname()} ({invite.timezone})")
    msg = EmailMessage()
    msg["From"] = f"{invite.organizer.name} <{invite.organizer.email}>"
    msg["To"] = ", ".join(f"{a.name} <{a.email}>" for a in invite.attendees)
    prefix = "Cancelled: " if invite.method == "CANCEL" else (
        "Updated invitation: " if invite.sequence else "Invitation: ")
    msg["Subject"] = prefix + invite.summary
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = make_msgid(domain=UID_DOMAIN)
    msg.set_content(_TEXT[invite.method].format(summary=invite.summary, when=when,
                                                location=invite.location or "-"))
    msg.add_alternative(ics, maintype="text", subtype="calendar",
                        params={"method": invite.method, "charset": "utf-8"},
                        cte="quoted-printable")
    return msg


@dataclass(frozen=True)
class Reply:
    uid: str
    sequence: int
    email: str
    partstat: str  # accepted, declined, tentative


def read_reply(data: bytes, source: str = "reply") -> list[Reply]:
    """Attendees' answers from an iMIP REPLY: a .ics file or a whole mail (.eml)."""
    if data.lstrip()[:15].upper() != b"BEGIN:VCALENDAR":
        from email import message_from_bytes, policy

        mail = message_from_bytes(data, policy=policy.default)
        parts = [p for p in mail.walk() if p.get_content_type() == "text/calendar"]
        if not parts:
            raise InvalidInput("holds no text/calendar part", file=source)
        data = parts[0].get_payload(decode=True)
    try:
        cal = icalendar.Calendar.from_ical(data)
    except ValueError as exc:
        raise InvalidInput(f"is not an iCalendar object: {exc}", file=source) from None
    method = str(cal.get("method", "")).upper()
    if method != "REPLY":
        raise InvalidInput(f"is not a REPLY (METHOD:{method or 'none'})", file=source,
                           field="METHOD")
    out = []
    for n, ev in enumerate(cal.walk("VEVENT")):
        record = f"VEVENT {n + 1}"
        uid = str(ev.get("uid") or "")
        if not uid:
            raise InvalidInput("is required", file=source, record=record, field="UID")
        attendees = ev.get("attendee")
        attendees = attendees if isinstance(attendees, list) else [attendees] if attendees else []
        if not attendees:
            raise InvalidInput("a reply names its attendee", file=source, record=record,
                               field="ATTENDEE")
        for a in attendees:
            stat = str(a.params.get("PARTSTAT", "")).upper()
            if stat not in PARTSTATS:
                raise InvalidInput(f"{stat or 'none'} is not ACCEPTED, DECLINED or TENTATIVE",
                                   file=source, record=record, field="PARTSTAT")
            email = str(a).removeprefix("mailto:").removeprefix("MAILTO:").strip().lower()
            out.append(Reply(uid, int(ev.get("sequence", 0)), email, PARTSTATS[stat]))
    if not out:
        raise InvalidInput("holds no VEVENT", file=source)
    return out


def read_reply_file(path: str | Path) -> list[Reply]:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"cannot read: {exc.strerror}", file=str(path)) from None
    return read_reply(data, str(path))

