"""Issued programmes: the version sent to guests and hosts, kept as an immutable snapshot,
and what changed since — as data (:class:`~almere_missions.views.ChangeNotice`) for the
printed change notice and the calendars."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from almere_missions import permissions
from almere_missions.db.models_planning import IssuedProgramme
from almere_missions.errors import NotFound, Refused
from almere_missions.services.missions import get_mission, mission_row
from almere_missions.timeutil import now_utc
from almere_missions.uow import UnitOfWork
from almere_missions.views import ChangeNotice, ItemChange, ItemView

#: the fields of an item kept in an issued snapshot (everything a guest or host sees)
_FIELDS = ("ref", "kind", "title", "start", "end", "timezone", "end_timezone", "all_day",
           "description", "venue", "to_venue", "status", "public", "notes", "participants",
           "position", "revision")


@dataclass(frozen=True)
class IssuedInfo:
    mission_ref: str
    number: int
    issued_at: datetime
    issued_by: str
    items: int
    content_sha256: str


def _item_data(it: ItemView) -> dict:
    doc = {k: getattr(it, k) for k in _FIELDS}
    doc["start"], doc["end"] = it.start.isoformat(), it.end.isoformat()
    if it.participants is not None:
        doc["participants"] = list(it.participants)
    return doc


def _item_view(doc: dict) -> ItemView:
    fields = dict(doc)
    fields["start"] = datetime.fromisoformat(doc["start"])
    fields["end"] = datetime.fromisoformat(doc["end"])
    if doc.get("participants") is not None:
        fields["participants"] = tuple(doc["participants"])
    return ItemView(**{k: fields.get(k) for k in _FIELDS if k in fields})


def _digest(items: list[dict]) -> str:
    blob = json.dumps(items, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def issue_programme(uow: UnitOfWork, ref: str, note: str | None = None) -> int:
    """Keep the programme as it is now as the next issued version; its number (1 for the
    first)."""
    permissions.require(uow, permissions.PROGRAMME_ISSUE)
    mission = mission_row(uow, ref)
    view = get_mission(uow, ref)
    if not view.items:
        raise Refused(f"mission {ref} has no programme to issue yet")
    items = [_item_data(it) for it in view.items]
    number = (uow.session.scalar(select(func.max(IssuedProgramme.number))
                                 .where(IssuedProgramme.mission_id == mission.id)) or 0) + 1
    digest = _digest(items)
    uow.session.add(IssuedProgramme(mission_id=mission.id, number=number, issued_at=now_utc(),
                                    issued_by=uow.user, items=items, content_sha256=digest,
                                    note=note))
    uow.record("programme.issue", "mission", ref,
               after={"number": number, "items": len(items), "sha256": digest},
               mission_ref=ref)
    uow.flush()
    return number


def _issued_row(uow: UnitOfWork, ref: str, number: int | None = None) -> IssuedProgramme | None:
    mission = mission_row(uow, ref)
    q = select(IssuedProgramme).where(IssuedProgramme.mission_id == mission.id)
    if number is None:
        q = q.order_by(IssuedProgramme.number.desc()).limit(1)
    else:
        q = q.where(IssuedProgramme.number == number)
    return uow.session.scalar(q)


def list_issued(uow: UnitOfWork, ref: str) -> list[IssuedInfo]:
    mission = mission_row(uow, ref)
    rows = uow.session.scalars(select(IssuedProgramme)
                               .where(IssuedProgramme.mission_id == mission.id)
                               .order_by(IssuedProgramme.number))
    return [IssuedInfo(ref, r.number, r.issued_at, r.issued_by, len(r.items), r.content_sha256)
            for r in rows]


def issued_items(uow: UnitOfWork, ref: str, number: int | None = None) -> tuple[ItemView, ...]:
    """The items of an issued version (the latest if ``number`` is None)."""
    row = _issued_row(uow, ref, number)
    if row is None:
        raise NotFound(f"mission {ref} has no issued programme"
                       + (f" number {number}" if number else ""))
    return tuple(_item_view(d) for d in row.items)


def _what_changed(before: ItemView, after: ItemView) -> str | None:
    if after.status == "cancelled" and before.status != "cancelled":
        return "cancelled"
    if (before.start, before.end, before.all_day) != (after.start, after.end, after.all_day):
        return "moved"
    if before.venue != after.venue:
        return "venue_changed"
    keys = ("title", "description", "to_venue", "timezone", "end_timezone", "status",
            "participants", "kind", "public")
    if any(getattr(before, k) != getattr(after, k) for k in keys):
        return "changed"
    return None


def changes_between(before: tuple[ItemView, ...], after: tuple[ItemView, ...],
                    ) -> tuple[ItemChange, ...]:
    """One change per item: new, removed, cancelled, moved, venue_changed or changed."""
    old = {it.ref: it for it in before}
    new = {it.ref: it for it in after}
    out: list[tuple[tuple, ItemChange]] = []
    for ref, it in new.items():
        if ref not in old:
            if it.status != "cancelled":
                out.append(((it.start, it.end, ref), ItemChange("new", ref, None, it)))
            continue
        kind = _what_changed(old[ref], it)
        if kind:
            out.append(((it.start, it.end, ref), ItemChange(kind, ref, old[ref], it)))
    for ref, it in old.items():
        if ref not in new:
            kind = "removed" if it.status != "cancelled" else None
            if kind:
                out.append(((it.start, it.end, ref), ItemChange(kind, ref, it, None)))
    return tuple(c for _, c in sorted(out, key=lambda pair: pair[0]))


def change_notice(uow: UnitOfWork, ref: str) -> ChangeNotice | None:
    """What changed since the programme was last issued; None if it never was."""
    row = _issued_row(uow, ref)
    if row is None:
        return None
    before = tuple(_item_view(d) for d in row.items)
    after = get_mission(uow, ref).items
    return ChangeNotice(mission_ref=ref, issued_number=row.number, issued_at=row.issued_at,
                        changes=changes_between(before, after))
