"""Publishing a mission on a CalDAV calendar: one resource per item, kept in step.

Each item becomes its own calendar object (servers such as Radicale refuse a
resource holding several events), found again by UID on the next run: an
unchanged item is left alone, a changed one is rewritten in place with a
higher SEQUENCE, a cancelled one stays as STATUS:CANCELLED so clients strike
it, and an item deleted from the mission is deleted from the calendar. The
events of this mission are told apart from others on the same calendar by
their X-ALMERE-MISSION property and by the publications kept in the database.

The server is written to as the work goes; the database (SEQUENCE state, the
record of what lies where) only when the unit of work commits. A run that
fails half-way is simply run again: what already arrived is found unchanged.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

import caldav
from icalendar import Calendar
from sqlalchemy import delete, select

from almere_missions.calendars import contentlines as cl
from almere_missions.calendars import credentials, sequence
from almere_missions.calendars.ics import (
    EventWriter,
    ZoneSpans,
    _check,
    assemble,
    item_uid,
    state_entry,
)
from almere_missions.db.models_calendars import CalendarPublication
from almere_missions.errors import EnvironmentProblem, InvalidInput, PermissionDenied
from almere_missions.services.missions import load_snapshot
from almere_missions.text import pick
from almere_missions.timeutil import now_utc
from almere_missions.uow import UnitOfWork

DIGEST = "X-ALMERE-DIGEST"
MISSION = "X-ALMERE-MISSION"
TIMEOUT_S = 60
#: ``basic`` (the default), ``digest``, or ``negotiate`` (let the server's 401 decide)
ENV_AUTH = "ALMERE_MISSIONS_CALDAV_AUTH"


@dataclass
class PublishResult:
    mission: str
    calendar_url: str
    created: list[str] = field(default_factory=list)  # item refs
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # UIDs
    cancelled: list[str] = field(default_factory=list)  # item refs now marked CANCELLED

    def summary(self) -> str:
        return (f"published {self.mission} to {self.calendar_url}: {len(self.created)} new, "
                f"{len(self.updated)} updated, {len(self.unchanged)} unchanged, "
                f"{len(self.removed)} removed, {len(self.cancelled)} cancelled")


@dataclass
class _Remote:
    uid: str
    resource: object  # caldav.Event
    mission: str | None
    sequence: int
    digest: str | None


def _digest(lines: list[str]) -> str:
    """What the event says, apart from when it was written and its SEQUENCE."""
    body = "\n".join(ln for ln in lines if not ln.startswith(("DTSTAMP:", "SEQUENCE:")))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()[:32]


def _connect(creds: credentials.Credentials, name: str):
    try:
        # Basic up front: asking first without credentials costs a 401 round trip, which
        # servers such as Radicale slow down on purpose. Digest servers: set the variable.
        auth = os.environ.get(ENV_AUTH, "basic").lower()
        client = caldav.DAVClient(
            creds.url, username=creds.username, password=creds.password, timeout=TIMEOUT_S,
            enable_rfc6764=False,
            auth_type=auth if creds.password is not None and auth in ("basic", "digest") else None)
        principal = client.principal()
        for cal in principal.calendars():
            if cal.get_display_name() == name:
                return cal
        return principal.make_calendar(name=name)
    except caldav.lib.error.AuthorizationError as exc:
        raise PermissionDenied(
            f"the CalDAV server {creds.url} refused the login"
            f"{f' of {creds.username!r}' if creds.username else ''}: check the user name and "
            f"the password ({credentials.ENV_PASSWORD} or the system keyring)") from exc
    except caldav.lib.error.DAVError as exc:
        raise EnvironmentProblem(f"the CalDAV server {creds.url} answered with an error: "
                                 f"{exc}") from exc
    except OSError as exc:
        raise EnvironmentProblem(f"the CalDAV server {creds.url} cannot be reached: {exc}") from exc


def _remote_events(cal) -> dict[str, _Remote]:
    found = {}
    for res in cal.events():
        try:
            parsed = Calendar.from_ical(res.data)
        except ValueError:
            continue  # not ours to judge: someone else's broken event
        for comp in parsed.walk("VEVENT"):
            uid = str(comp.get("UID", ""))
            if not uid:
                continue
            found[uid] = _Remote(uid, res, str(comp.get(MISSION)) if comp.get(MISSION) else None,
                                 int(comp.get("SEQUENCE", 0)),
                                 str(comp.get(DIGEST)) if comp.get(DIGEST) else None)
    return found


@dataclass
class Plan:
    """What a publication sends, read from the database: plain data only, so the
    talking to the server happens with no transaction open."""

    ref: str
    creds: credentials.Credentials
    calendar: str
    name: str
    mission: object  # MissionView
    items: list  # ItemView, the ones the audience sees
    writer: EventWriter
    seqs: dict[str, int]
    ours: set[str]  # UIDs the database knows as this mission's on that calendar
    audience: str
    lang: str
    now: datetime


@dataclass
class Sent:
    result: PublishResult
    placed: list[tuple[str, str, int]] = field(default_factory=list)  # uid, href, SEQUENCE


def plan(uow: UnitOfWork, ref: str, url: str, calendar: str, *,
         username: str | None = None, password: str | None = None, lang: str = "en",
         audience: str = "internal", now: datetime | None = None) -> Plan:
    """Read what to publish, with the SEQUENCE number each event gets. Giving them is
    a write; a caller that keeps the sending out of the transaction rolls it back, and
    :func:`record` gives the same numbers again once the events are on the server."""
    _check(uow, audience, lang)
    if not calendar.strip():
        raise InvalidInput("the calendar needs a name", field="calendar")
    creds = credentials.resolve(url, username, password)
    snap = load_snapshot(uow, [ref])
    m = snap.missions[0]
    now = now or now_utc()
    writer = EventWriter(snap, lang, audience, cl.utc_stamp(now), with_mission=False)
    items = [it for it in m.items if writer.wants(it)]
    seqs = sequence.assign(uow, (state_entry(m, it, lang) for it in items), now)
    ours = set(uow.session.scalars(select(CalendarPublication.uid).where(
        CalendarPublication.server == creds.url, CalendarPublication.calendar == calendar,
        CalendarPublication.mission_ref == ref)))
    return Plan(ref, creds, calendar, f"{pick(m.title, lang)} ({m.ref})", m, items, writer,
                seqs, ours, audience, lang, now)


def send(pl: Plan, progress: Callable[[int, int], None] | None = None) -> Sent:
    """Put the planned events on the server; no database is touched here."""
    ref, m, writer = pl.ref, pl.mission, pl.writer
    cal = _connect(pl.creds, pl.calendar)
    sent = Sent(PublishResult(ref, str(cal.url)))
    result = sent.result
    try:
        remote = _remote_events(cal)
    except (caldav.lib.error.DAVError, OSError) as exc:
        raise EnvironmentProblem(f"cannot read the calendar {pl.calendar!r}: {exc}") from exc
    wanted = {item_uid(it.ref) for it in pl.items}
    stale = sorted(uid for uid, r in remote.items() if uid not in wanted and (
        r.mission == ref or uid in pl.ours))
    total = len(pl.items) + len(stale)
    done = 0
    for it in pl.items:
        uid = item_uid(it.ref)
        there = remote.get(uid)
        zones = ZoneSpans()
        lines = writer.event_lines(m, it, pl.seqs[uid], zones)
        digest = _digest(lines)
        if there is not None and there.digest == digest:
            result.unchanged.append(it.ref)
        else:
            seq = pl.seqs[uid]
            if there is not None and seq <= there.sequence:
                seq = there.sequence + 1  # published from elsewhere with a higher SEQUENCE
                lines = writer.event_lines(m, it, seq, ZoneSpans())
            lines.insert(-1, f"{DIGEST}:{digest}")
            text = cl.CRLF.join(cl.fold(line) for line in lines)
            body = assemble(pl.name, [text], zones, method=False).decode("utf-8")
            try:
                if there is None:
                    res = cal.save_event(body)
                    result.created.append(it.ref)
                else:
                    res = there.resource
                    res.data = body
                    res.save()
                    result.updated.append(it.ref)
            except (caldav.lib.error.DAVError, OSError) as exc:
                raise EnvironmentProblem(
                    f"the CalDAV server refused item {it.ref} of mission {ref}: {exc}") from exc
            if it.status == "cancelled":
                result.cancelled.append(it.ref)
            there = _Remote(uid, res, ref, seq, digest)
        sent.placed.append((uid, str(there.resource.url), there.sequence))
        done += 1
        if progress:
            progress(done, total)

    for uid in stale:
        try:
            remote[uid].resource.delete()
        except caldav.lib.error.NotFoundError:
            pass  # already gone
        except (caldav.lib.error.DAVError, OSError) as exc:
            raise EnvironmentProblem(f"the CalDAV server refused to remove {uid}: {exc}") from exc
        result.removed.append(uid)
        done += 1
        if progress:
            progress(done, total)
    return sent


def record(uow: UnitOfWork, pl: Plan, sent: Sent) -> PublishResult:
    """Keep where each event now lies, forget the removed ones, and audit the run."""
    s, ref, server = uow.session, pl.ref, pl.creds.url
    sequence.assign(uow, (state_entry(pl.mission, it, pl.lang) for it in pl.items), pl.now)
    known = {row.uid: row for row in s.scalars(select(CalendarPublication).where(
        CalendarPublication.server == server, CalendarPublication.calendar == pl.calendar))}
    for uid, href, seq in sent.placed:
        _keep(s, known, server, pl.calendar, ref, uid, href, seq, pl.now)
    wanted = {uid for uid, _h, _s in sent.placed}
    gone = [uid for uid, row in known.items() if row.mission_ref == ref and uid not in wanted]
    if gone:
        s.execute(delete(CalendarPublication).where(
            CalendarPublication.server == server, CalendarPublication.calendar == pl.calendar,
            CalendarPublication.uid.in_(gone)))
    result = sent.result
    uow.record("calendar.publish", "mission", ref, after={
        "server": server, "calendar": pl.calendar, "audience": pl.audience,
        "created": len(result.created), "updated": len(result.updated),
        "removed": len(result.removed)}, mission_ref=ref)
    return result


def publish(uow: UnitOfWork, ref: str, url: str, calendar: str, *,
            username: str | None = None, password: str | None = None,
            progress: Callable[[int, int], None] | None = None, lang: str = "en",
            audience: str = "internal", now: datetime | None = None) -> PublishResult:
    """Plan, send and record in the one unit of work given (the application layer's
    ``calendars.publish`` keeps the sending outside any transaction)."""
    pl = plan(uow, ref, url, calendar, username=username, password=password, lang=lang,
              audience=audience, now=now)
    return record(uow, pl, send(pl, progress))


def _keep(s, known: dict, server: str, calendar: str, mission: str, uid: str, href: str,
          seq: int, now: datetime) -> None:
    row = known.get(uid)
    if row is None:
        row = CalendarPublication(server=server, calendar=calendar, mission_ref=mission,
                                  uid=uid, href=href, sequence=seq, published_at=now)
        s.add(row)
        known[uid] = row
    else:
        row.mission_ref, row.href, row.sequence, row.published_at = mission, href, seq, now
