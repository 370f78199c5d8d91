"""SEQUENCE per event: rises each time an item changed materially since its last export.

The core raises ``Item.revision`` on every material change. The revision
last exported is kept per UID; an export of a newer (or, after the item was
made again, a different) revision gives the next SEQUENCE. Unchanged items
keep theirs, so sending the same calendar twice changes nothing in clients.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import bindparam, select, update
from sqlalchemy.dialects import postgresql, sqlite

from almere_missions.db.models_calendars import CalendarExportState
from almere_missions.uow import UnitOfWork

_CHUNK = 500
#: above this many UIDs one full read beats many IN lists
_FULL_READ = 5000


def assign(uow: UnitOfWork, entries: Iterable[tuple[str, str, str, int]],
           now: datetime) -> dict[str, int]:
    """SEQUENCE for each ``(uid, mission_ref, item_ref, revision)``; records what is new."""
    entries = list(entries)
    if not entries:
        return {}
    s = uow.session
    cols = (CalendarExportState.uid, CalendarExportState.revision, CalendarExportState.sequence)
    known: dict[str, tuple[int, int]] = {}
    if len(entries) > _FULL_READ:
        wanted = {e[0] for e in entries}
        for uid, rev, seq in s.execute(select(*cols)):
            if uid in wanted:
                known[uid] = (rev, seq)
    else:
        uids = [e[0] for e in entries]
        for i in range(0, len(uids), _CHUNK):
            q = select(*cols).where(CalendarExportState.uid.in_(uids[i:i + _CHUNK]))
            known.update((uid, (rev, seq)) for uid, rev, seq in s.execute(q))

    out: dict[str, int] = {}
    new_rows, changed = [], []
    for uid, mission_ref, item_ref, revision in entries:
        state = known.get(uid)
        if state is None:
            seq = revision
            new_rows.append({"uid": uid, "mission_ref": mission_ref, "item_ref": item_ref,
                             "revision": revision, "sequence": seq, "exported_at": now})
        elif state[0] != revision:
            seq = max(state[1] + 1, revision)
            changed.append({"b_uid": uid, "mission_ref": mission_ref, "revision": revision,
                            "sequence": seq, "exported_at": now})
        else:
            seq = state[1]
        out[uid] = seq
    if new_rows:
        # Two exports at once may both see an item for the first time: the first wins.
        dialect = postgresql if s.get_bind().dialect.name == "postgresql" else sqlite
        stmt = dialect.insert(CalendarExportState).on_conflict_do_nothing(index_elements=["uid"])
        for i in range(0, len(new_rows), 5000):
            s.execute(stmt, new_rows[i:i + 5000])
    if changed:
        stmt = (update(CalendarExportState)
                .where(CalendarExportState.uid == bindparam("b_uid"))
                .values(mission_ref=bindparam("mission_ref"), revision=bindparam("revision"),
                        sequence=bindparam("sequence"), exported_at=bindparam("exported_at")))
        s.connection().execute(stmt, changed)
    return out
