"""What calendars already hold: SEQUENCE per event, and items deleted since.

The core raises ``Item.revision`` on every material change. The revision
last exported is kept per UID; an export of a newer (or, after the item was
made again, a different) revision gives the next SEQUENCE. Unchanged items
keep theirs, so sending the same calendar twice changes nothing in clients.

An item deleted from a mission leaves its row behind, with the times it was
last sent with: later exports of that mission (and of the season) carry it as
STATUS:CANCELLED with a higher SEQUENCE, so the event leaves the calendars
that imported it, as a cancelled item does.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, select, update
from sqlalchemy.dialects import postgresql, sqlite

from almere_missions.calendars import contentlines as cl
from almere_missions.db.models import Item
from almere_missions.db.models_calendars import CalendarExportState
from almere_missions.uow import UnitOfWork

_CHUNK = 500
#: above this many UIDs one full read beats many IN lists
_FULL_READ = 5000
#: the revision kept for an item that no longer exists
DELETED = -1


@dataclass(frozen=True, slots=True)
class Entry:
    """One event about to be written, as the export state needs it."""

    uid: str
    mission_ref: str
    item_ref: str
    revision: int
    public: bool
    start: str  # DTSTART value in UTC (or a DATE), kept to cancel the event later
    end: str
    summary: str


_COLS = (CalendarExportState.uid, CalendarExportState.revision, CalendarExportState.sequence)


def assign(uow: UnitOfWork, entries: Iterable[Entry], now: datetime) -> dict[str, int]:
    """SEQUENCE for each entry; records what is new or changed."""
    entries = list(entries)
    if not entries:
        return {}
    s = uow.session
    known: dict[str, tuple[int, int]] = {}
    if len(entries) > _FULL_READ:
        wanted = {e.uid for e in entries}
        for uid, rev, seq in s.execute(select(*_COLS)):
            if uid in wanted:
                known[uid] = (rev, seq)
    else:
        uids = [e.uid for e in entries]
        for i in range(0, len(uids), _CHUNK):
            q = select(*_COLS).where(CalendarExportState.uid.in_(uids[i:i + _CHUNK]))
            known.update((uid, (rev, seq)) for uid, rev, seq in s.execute(q))

    out: dict[str, int] = {}
    new_rows, changed = [], []
    for e in entries:
        state = known.get(e.uid)
        if state is None:
            seq = e.revision
            new_rows.append({"uid": e.uid, "mission_ref": e.mission_ref, "item_ref": e.item_ref,
                             "revision": e.revision, "sequence": seq, "public": e.public,
                             "start_value": e.start, "end_value": e.end, "summary": e.summary,
                             "exported_at": now})
        elif state[0] != e.revision:
            seq = max(state[1] + 1, e.revision)
            changed.append({"b_uid": e.uid, "mission_ref": e.mission_ref, "revision": e.revision,
                            "sequence": seq, "public": e.public, "start_value": e.start,
                            "end_value": e.end, "summary": e.summary, "exported_at": now})
        else:
            seq = state[1]
        out[e.uid] = seq
    if new_rows:
        # Two exports at once may both see an item for the first time: the first wins.
        dialect = postgresql if s.get_bind().dialect.name == "postgresql" else sqlite
        stmt = dialect.insert(CalendarExportState).on_conflict_do_nothing(index_elements=["uid"])
        for i in range(0, len(new_rows), 5000):
            s.execute(stmt, new_rows[i:i + 5000])
    if changed:
        _update(uow, changed)
    return out


def _update(uow: UnitOfWork, rows: list[dict]) -> None:
    names = [k for k in rows[0] if k != "b_uid"]
    stmt = (update(CalendarExportState)
            .where(CalendarExportState.uid == bindparam("b_uid"))
            .values({k: bindparam(k) for k in names}))
    uow.session.connection().execute(stmt, rows)


def tombstones(uow: UnitOfWork, mission_refs: list[str] | None, live: set[str], *,
               audience: str, stamp: str, now: datetime) -> list[str]:
    """CANCELLED events for items once exported from these missions (all: None) and
    deleted since. A guest calendar only cancels what a guest could have received."""
    s = uow.session
    t = CalendarExportState
    q = select(t.uid, t.mission_ref, t.item_ref, t.revision, t.sequence, t.public,
               t.start_value, t.end_value, t.summary)
    if len(live) <= _CHUNK:
        q = q.where(t.uid.not_in(live))
    if mission_refs is not None:
        q = q.where(t.mission_ref.in_(mission_refs))
    rows = [r for r in s.execute(q) if r.uid not in live]
    if not rows:
        return []
    # An item that moved to another mission is alive: only those gone from the database.
    existing: set[str] = set()
    refs = [r.item_ref for r in rows]
    for i in range(0, len(refs), _CHUNK):
        existing.update(s.scalars(select(Item.ref).where(Item.ref.in_(refs[i:i + _CHUNK]))))
    out, bumped = [], []
    for r in rows:
        if r.item_ref in existing:
            continue
        seq = r.sequence
        if r.revision != DELETED:
            seq += 1
            bumped.append({"b_uid": r.uid, "revision": DELETED, "sequence": seq,
                           "exported_at": now})
        if audience != "internal" and not r.public:
            continue
        lines = ["BEGIN:VEVENT", f"UID:{cl.text(r.uid)}", f"DTSTAMP:{stamp}",
                 _value("DTSTART", r.start_value), _value("DTEND", r.end_value),
                 f"SEQUENCE:{seq}", "STATUS:CANCELLED", f"SUMMARY:{cl.text(r.summary)}",
                 f"X-ALMERE-MISSION:{cl.text(r.mission_ref)}", "END:VEVENT"]
        out.append(cl.CRLF.join(cl.fold(line) for line in lines))
    if bumped:
        _update(uow, bumped)
    return out


def _value(prop: str, value: str) -> str:
    return f"{prop};VALUE=DATE:{value}" if len(value) == 8 else f"{prop}:{value}"
