"""Busy times: a person's own agenda (an .ics export) imported as busy blocks.

Outlook, Google and Thunderbird exports are read (:mod:`.icsread` for the
lines and zones, icalendar for the values, recurring-ical-events to expand
repeating events, x-wr-timezone for Google's calendar-wide zone). Free
(``TRANSP:TRANSPARENT``, Outlook's ``BUSYSTATUS:FREE``) and cancelled events
are left out. Only when someone is busy is kept, never what the event is.
A new import of a person replaces their earlier one; a malformed file is
refused with its line, and nothing is imported.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import icalendar
import recurring_ical_events
import x_wr_timezone
from sqlalchemy import delete, insert, select

from almere_missions import permissions
from almere_missions.db.models import Person
from almere_missions.db.models_planning import BusyBlock
from almere_missions.errors import InvalidInput, NotFound
from almere_missions.fileio import read_bytes
from almere_missions.planning.icsread import Block, normalise, read_lines, structure, zone_for
from almere_missions.timeutil import day_start_utc, is_valid_zone, local_to_utc, now_utc
from almere_missions.uow import UnitOfWork

#: where floating times and all-day events are placed when the file names no zone
DEFAULT_ZONE = "Europe/Amsterdam"
#: how far past the file's last event (or today) repeating events are expanded
HORIZON = timedelta(days=2 * 366)


@dataclass(frozen=True)
class Busy:
    start: datetime  # UTC
    end: datetime
    all_day: bool = False
    source: str = ""


@dataclass(frozen=True)
class BusyImport:
    person: str
    file: str
    blocks: int
    replaced: int


def read_busy(data: bytes, file: str, *, timezone: str | None = None,
              until: date | None = None) -> list[Busy]:
    """Busy blocks of an .ics file, sorted; raises :class:`InvalidInput` naming the line."""
    lines = read_lines(data, file)
    blocks = structure(lines, file)
    text = normalise(lines, blocks, file)
    wr_zones = [ln for ln in lines if ln.name == "X-WR-TIMEZONE"]
    if len(wr_zones) > 1:  # the calendar-wide zone, given twice: which one is meant?
        raise InvalidInput(f"line {wr_zones[1].number}: X-WR-TIMEZONE appears more than once",
                           file=file)
    cal_zone = next((zone_for(ln.value) for ln in wr_zones), None)
    default = timezone or cal_zone or DEFAULT_ZONE
    if not is_valid_zone(default):
        raise InvalidInput(f"{default!r} is not an IANA time zone", field="timezone")
    try:
        cal = icalendar.Calendar.from_ical(text)
    except ValueError as exc:
        raise InvalidInput(f"not a readable calendar: {exc}", file=file) from None
    events = [b for b in blocks if b.kind == "VEVENT"]
    parsed = [c for c in cal.subcomponents if c.name == "VEVENT"]
    if len(events) != len(parsed):
        raise InvalidInput(f"{len(events)} events in the file but {len(parsed)} readable",
                           file=file)
    starts = [_check_event(ev, block, file, default)
              for ev, block in zip(parsed, events, strict=True)]
    if cal_zone:  # Google: UTC times meant in the calendar's zone (repeats follow its DST)
        cal = x_wr_timezone.to_standard(cal)
        parsed = [c for c in cal.subcomponents if c.name == "VEVENT"]
    first = min(starts, default=None)
    last = max(starts, default=None)
    by_uid: dict[str, list[tuple[icalendar.Event, Block]]] = {}
    for n, (ev, block) in enumerate(zip(parsed, events, strict=True)):
        by_uid.setdefault(str(ev.get("UID") or f"#{n}"), []).append((ev, block))
    if first is None or last is None:
        return []
    horizon_end = max(last, now_utc()) + HORIZON
    if until is not None:
        horizon_end = local_to_utc(datetime.combine(until, datetime.min.time()), default)
    out: list[Busy] = []
    name = Path(file).name
    for series in by_uid.values():
        mini = icalendar.Calendar()
        for ev, _ in series:
            mini.add_component(ev)
        try:
            occurrences = recurring_ical_events.of(mini).between(first - timedelta(days=1),
                                                                 horizon_end)
        except Exception as exc:  # the library's errors have no common base
            block = series[0][1]
            where = block.first("RRULE") or block.first("DTSTART")
            line = where.number if where else block.begin
            raise InvalidInput(f"line {line}: cannot expand the repeating event: {exc}",
                               file=file) from None
        for occ in occurrences:
            busy = _as_busy(occ, default, name)
            if busy is not None:
                out.append(busy)
    out.sort(key=lambda b: (b.start, b.end))
    return out


def _line(block: Block, prop: str) -> int:
    ln = block.first(prop)
    return ln.number if ln else block.begin


#: properties an event may carry only once (RFC 5545, 3.6.1)
_ONCE = ("DTSTART", "DTEND", "DURATION", "UID", "RECURRENCE-ID")


def _check_event(ev: icalendar.Event, block: Block, file: str, default: str) -> datetime:
    """Refuse what cannot be read; return the event's start as an instant."""
    for prop, message in getattr(ev, "errors", ()):
        raise InvalidInput(f"line {_line(block, str(prop).upper())}: {prop}: {message}",
                           file=file)
    for prop in _ONCE:  # RFC 5545 allows each at most once; a reader gets a list otherwise
        if isinstance(ev.get(prop), list):
            raise InvalidInput(f"line {_line(block, prop)}: {prop} appears more than once in "
                               "one event", file=file)
    if ev.get("DTSTART") is None:
        raise InvalidInput(f"line {block.begin}: an event without DTSTART", file=file)
    start = ev["DTSTART"].dt
    if isinstance(start, datetime) and start.tzinfo is None and \
            block.first("DTSTART").param("TZID") is not None:
        raise InvalidInput(f"line {_line(block, 'DTSTART')}: unknown time zone "
                           f"{block.first('DTSTART').param('TZID')!r}", file=file)
    end = ev.get("DTEND")
    if end is not None:
        s, e = _instant(start, default, False), _instant(end.dt, default, True)
        if e < s:
            raise InvalidInput(f"line {_line(block, 'DTEND')}: DTEND is before DTSTART",
                               file=file)
    return _instant(start, default, False)


def _instant(value, zone_name: str, is_end: bool) -> datetime:
    if isinstance(value, datetime):
        if value.tzinfo is None:  # floating: the calendar's (or the default) zone
            return local_to_utc(value, zone_name) if _exists(value, zone_name) else \
                value.replace(tzinfo=UTC)
        return value.astimezone(UTC)
    return day_start_utc(value, zone_name)


def _exists(value: datetime, zone_name: str) -> bool:
    try:
        local_to_utc(value, zone_name)
        return True
    except ValueError:
        return False


def _as_busy(occ, zone_name: str, source: str) -> Busy | None:
    if str(occ.get("TRANSP", "OPAQUE")).upper() == "TRANSPARENT":
        return None
    if str(occ.get("STATUS", "")).upper() == "CANCELLED":
        return None
    if str(occ.get("X-MICROSOFT-CDO-BUSYSTATUS", "")).upper() == "FREE":
        return None
    start_v = occ["DTSTART"].dt
    all_day = not isinstance(start_v, datetime)
    start = _instant(start_v, zone_name, False)
    if occ.get("DTEND") is not None:
        end = _instant(occ["DTEND"].dt, zone_name, True)
    elif occ.get("DURATION") is not None:
        end = start + occ["DURATION"].dt
    else:  # RFC 5545: a date lasts a day, a date-time is a moment
        end = day_start_utc(start_v + timedelta(days=1), zone_name) if all_day else start
    if end <= start:
        return None
    return Busy(start, end, all_day, source)


# --- services -------------------------------------------------------------------------

def _person_id(uow: UnitOfWork, ref: str) -> int:
    pid = uow.session.scalar(select(Person.id).where(Person.ref == ref))
    if pid is None:
        raise NotFound(f"no person with ref {ref!r}")
    return pid


def import_busy(uow: UnitOfWork, person_ref: str, path: Path | str, *,
                timezone: str | None = None, progress=None) -> BusyImport:
    """Replace ``person_ref``'s busy blocks by those of the .ics file at ``path``."""
    permissions.require(uow, permissions.BUSY_IMPORT)
    pid = _person_id(uow, person_ref)
    file = str(path)
    blocks = read_busy(read_bytes(path), file, timezone=timezone)
    if progress:
        progress(1, 2)
    s = uow.session
    replaced = s.execute(delete(BusyBlock).where(BusyBlock.person_id == pid)).rowcount or 0
    now = now_utc()
    rows = [{"person_id": pid, "start_utc": b.start, "end_utc": b.end, "all_day": b.all_day,
             "source": b.source[:255], "imported_at": now} for b in blocks]
    for i in range(0, len(rows), 2000):
        s.execute(insert(BusyBlock), rows[i:i + 2000])
    uow.record("busy.import", "person", person_ref,
               after={"file": Path(file).name, "blocks": len(rows), "replaced": replaced})
    uow.flush()
    if progress:
        progress(2, 2)
    return BusyImport(person_ref, file, len(rows), replaced)


def busy_times(uow: UnitOfWork, person_ref: str, date_from: datetime | None = None,
               date_to: datetime | None = None) -> list[Busy]:
    """A person's imported busy blocks (optionally those touching a time range)."""
    pid = _person_id(uow, person_ref)
    q = select(BusyBlock).where(BusyBlock.person_id == pid).order_by(BusyBlock.start_utc)
    if date_from is not None:
        q = q.where(BusyBlock.end_utc > date_from)
    if date_to is not None:
        q = q.where(BusyBlock.start_utc < date_to)
    return [Busy(b.start_utc, b.end_utc, b.all_day, b.source) for b in uow.session.scalars(q)]
