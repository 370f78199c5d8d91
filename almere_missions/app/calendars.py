"""Calendar files (RFC 5545) of a mission, a person or the season; audience checked here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from almere_missions import permissions as p
from almere_missions.app import Caller, Progress, no_progress
from almere_missions.errors import EnvironmentProblem, InvalidInput
from almere_missions.fileio import atomic_write_bytes


@dataclass(frozen=True)
class WrittenCalendar:
    path: Path
    events: int


def write_calendar(caller: Caller, path: str | Path, *, mission: str | None = None,
                   person: str | None = None, season: bool = False, language: str = "en",
                   audience: str | None = None, date_from: date | None = None,
                   date_to: date | None = None,
                   progress: Progress = no_progress) -> WrittenCalendar:
    """Write one mission's calendar, one person's agenda, or the season's, to ``path``.

    The audience defaults to guest (a person's agenda: internal for the
    municipality's staff). The SEQUENCE numbers kept for the events are committed
    only once the file is written, so file and database agree.
    """
    if sum(bool(x) for x in (mission, person, season)) != 1:
        raise InvalidInput("name a mission, or a person, or the season", field="REF")
    from almere_missions.calendars import ics

    path = Path(path)
    with caller.write() as uow:
        # A person's agenda picks its audience from the person: checked in ics.
        p.require(uow, p.calendar_action(audience or "guest"))
        progress(0, 1, "calendar")
        if season:
            data = ics.season_calendar(uow, language, date_from, date_to,
                                       audience=audience or "guest",
                                       progress=lambda done, total: progress(done, total))
        elif person:
            data = ics.person_calendar(uow, person, language, audience)
        else:
            data = ics.mission_calendar(uow, mission, language, audience or "guest")
        try:
            atomic_write_bytes(path, data)
        except OSError as exc:
            raise EnvironmentProblem(f"cannot write {path}: {exc.strerror or exc}") from exc
        uow.commit()
    progress(1, 1, "calendar")
    return WrittenCalendar(path, data.count(b"BEGIN:VEVENT"))


def publish(caller: Caller, ref: str, url: str, calendar: str, *,
            username: str | None = None, password: str | None = None, lang: str = "en",
            audience: str = "internal", progress: Progress = no_progress):
    """Put mission ``ref`` on a CalDAV calendar, in three steps so that no transaction is
    open while the server is talked to: read the plan (and give the SEQUENCE numbers),
    send, then record where each event lies.

    Cancelled from ``progress`` while sending: what reached the server stays there and
    nothing of this run is stored; publishing again finds those events by UID.
    """
    from almere_missions.calendars import caldav

    progress(0, 1, "publish")
    with caller.write() as uow:  # rolled back: nothing is kept before the server has it
        p.require(uow, p.CALENDAR_PUBLISH)
        plan = caldav.plan(uow, ref, url, calendar, username=username, password=password,
                           lang=lang, audience=audience)
    sent = caldav.send(plan, lambda done, total: progress(done, total, "publish"))
    with caller.write() as uow:
        result = caldav.record(uow, plan, sent)
        uow.commit()
    return result
