"""What an officer enters for a programme item, and its checks before anything is written.

The checks follow the importer's: known zones, end after start, no wall time in
a DST gap, an ambiguous wall time only with its fold or offset settled, known
venues, and participants who are in the mission.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from almere_missions import codes
from almere_missions.errors import InvalidInput
from almere_missions.text import Text
from almere_missions.timeutil import (
    UTC,
    TimeProblem,
    day_start_utc,
    is_valid_zone,
    local_date,
    local_to_utc,
)


@dataclass(frozen=True)
class ItemInput:
    kind: str
    title: Text  # str or {lang: str}
    start: datetime  # aware, any zone; stored as UTC
    end: datetime  # aware
    ref: str | None = None  # None: a new unique ref is made from the mission ref
    timezone: str | None = None  # default: the venue's zone, else the mission's
    end_timezone: str | None = None
    all_day: bool = False  # start/end: local midnights of the first day and the day after the last
    description: Text | None = None
    venue: str | None = None
    to_venue: str | None = None
    status: str = "tentative"
    public: bool = True
    notes: str | None = None
    participants: tuple[str, ...] | None = None  # person refs; None = everyone in the mission


@dataclass(frozen=True)
class CleanItem:
    """An :class:`ItemInput` after its checks: UTC instants, zones settled, refs known."""

    kind: str
    title: Text
    description: Text | None
    start_utc: datetime
    end_utc: datetime
    timezone: str
    end_timezone: str | None
    all_day: bool
    venue: str | None
    to_venue: str | None
    status: str
    public: bool
    notes: str | None
    participants: tuple[str, ...] | None


def check_text(value: object, record: str, field: str, *, required: bool) -> Text | None:
    if value is None:
        if required:
            raise InvalidInput("is required", record=record, field=field)
        return None
    if isinstance(value, str):
        if required and not value.strip():
            raise InvalidInput("must not be empty", record=record, field=field)
        return value
    if isinstance(value, dict) and value:
        for tag, text in value.items():
            if not codes.is_language_tag(tag):
                raise InvalidInput(f"{tag!r} is not a BCP 47 language tag", record=record,
                                   field=field)
            if not isinstance(text, str) or (required and not text.strip()):
                raise InvalidInput(f"the {tag} text must be a non-empty string", record=record,
                                   field=field)
        return dict(value)
    raise InvalidInput("must be a string or translations keyed by language", record=record,
                       field=field)


def to_instant(value: object, record: str, field: str) -> datetime:
    """An aware datetime as UTC; a wall time in an IANA zone must exist and be unambiguous."""
    if not isinstance(value, datetime):
        raise InvalidInput(f"{value!r} is not a date-time", record=record, field=field)
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidInput("a time needs its zone (naive date-time given)", record=record,
                           field=field)
    if isinstance(value.tzinfo, ZoneInfo) and value.tzinfo.key:
        naive = value.replace(tzinfo=None)
        try:
            return local_to_utc(naive, value.tzinfo.key)
        except TimeProblem as exc:
            if "ambiguous" in str(exc) and value.fold == 1:
                return value.astimezone(UTC)  # the caller chose the second occurrence
            raise InvalidInput(str(exc), record=record, field=field) from None
    return value.astimezone(UTC)


def check_zone(name: str | None, record: str, field: str) -> str | None:
    if name is None:
        return None
    if not is_valid_zone(name):
        raise InvalidInput(f"{name!r} is not an IANA time zone such as Europe/Amsterdam",
                           record=record, field=field)
    return name


def clean(data: ItemInput, record: str, *, mission_zone: str, venue_zones: dict[str, str],
          mission_persons: set[str]) -> CleanItem:
    """Check ``data`` against the mission and the known venues; raise :class:`InvalidInput`."""
    if data.kind not in codes.ITEM_KINDS:
        raise InvalidInput(f"unknown kind {data.kind!r} (one of {', '.join(codes.ITEM_KINDS)})",
                           record=record, field="kind")
    if data.status not in codes.ITEM_STATUSES:
        raise InvalidInput(
            f"unknown status {data.status!r} (one of {', '.join(codes.ITEM_STATUSES)})",
            record=record, field="status")
    title = check_text(data.title, record, "title", required=True)
    description = check_text(data.description, record, "description", required=False)
    for field in ("venue", "to_venue"):
        ref = getattr(data, field)
        if ref is not None and ref not in venue_zones:
            raise InvalidInput(f"no venue with ref {ref!r}", record=record, field=field)
    tz = check_zone(data.timezone, record, "timezone")
    tz = tz or (venue_zones[data.venue] if data.venue else None) or mission_zone
    end_tz = check_zone(data.end_timezone, record, "end_timezone")
    if end_tz == tz:
        end_tz = None
    participants = None
    if data.participants is not None:
        plist = list(data.participants)
        if any(not isinstance(p, str) for p in plist):
            raise InvalidInput("must be person refs", record=record, field="participants")
        if len(set(plist)) != len(plist):
            raise InvalidInput("lists a person twice", record=record, field="participants")
        for p in plist:
            if p not in mission_persons:
                raise InvalidInput(f"{p!r} is not a participant of the mission", record=record,
                                   field="participants")
        participants = tuple(sorted(plist))
    if data.notes is not None and not isinstance(data.notes, str):
        raise InvalidInput("must be text", record=record, field="notes")

    if data.all_day:
        if end_tz is not None:
            raise InvalidInput("an all-day item has no end zone", record=record,
                               field="end_timezone")
        start = to_instant(data.start, record, "start")
        end = to_instant(data.end, record, "end")
        first = local_date(start, tz)
        last = local_date(end - timedelta(microseconds=1), tz)
        if last < first:
            raise InvalidInput(f"{last} is before the first day {first}", record=record,
                               field="end")
        start_utc, end_utc = day_start_utc(first, tz), day_start_utc(last + timedelta(days=1), tz)
    else:
        start_utc = to_instant(data.start, record, "start")
        end_utc = to_instant(data.end, record, "end")
        if end_utc <= start_utc:
            raise InvalidInput("the end is not after the start", record=record, field="end")
    return CleanItem(
        kind=data.kind, title=title, description=description, start_utc=start_utc,
        end_utc=end_utc, timezone=tz, end_timezone=end_tz, all_day=bool(data.all_day),
        venue=data.venue, to_venue=data.to_venue, status=data.status, public=bool(data.public),
        notes=data.notes or None, participants=participants)
