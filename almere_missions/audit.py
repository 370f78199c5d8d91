"""The audit trail: every recorded change as a hash-chained, append-only entry.

A commit hook (:func:`write_entries`) turns the unit of work's ``changes``
into entries inside the same transaction, so the change and its entry land
together or not at all. Each entry's hash is SHA-256 over a canonical JSON
encoding of the entry, which includes the previous entry's hash; the
database refuses UPDATE and DELETE on the table (triggers of migration
``0600_approval``). :func:`verify` recomputes the chain and names the first
entry that does not verify; :func:`head` gives the hash to keep elsewhere.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from almere_missions.db.models import AuditEntry
from almere_missions.timeutil import now_utc
from almere_missions.uow import Change, UnitOfWork

GENESIS = "0" * 64
#: key of the PostgreSQL advisory lock that makes writers append one after the other
_PG_LOCK = 0x414D_4155  # "AMAU"
_CHUNK = 5000


def _default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=str)
    if hasattr(value, "__dataclass_fields__"):
        return {k: getattr(value, k) for k in value.__dataclass_fields__}
    raise TypeError(f"cannot record a {type(value).__name__} in the audit trail")


#: one encoder for all entries (json.dumps would build one per call)
_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                            default=_default, allow_nan=False)


def canonical(value: Any) -> str:
    """One text for one value: sorted keys, no spaces, UTF-8 kept as is."""
    if value is None:
        return "null"
    return _ENCODER.encode(value)


def _stamp(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _sha(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def entry_hash(seq: int, at: str, actor: str, action: str, entity: str, ref: str | None,
               mission_ref: str | None, before: str, after: str, prev_hash: str) -> str:
    """SHA-256 over the canonical JSON of the entry with the previous entry's hash.

    ``at`` is the instant as :func:`_stamp` writes it; ``before`` and ``after``
    (canonical JSON texts, possibly large) enter by their own SHA-256, so they
    are not escaped a second time.
    """
    envelope = {"seq": seq, "at": at, "actor": actor, "action": action,
                "entity": entity, "ref": ref, "mission_ref": mission_ref,
                "before": _sha(before), "after": _sha(after), "prev": prev_hash}
    return _sha(canonical(envelope))


def _scrub(entity: str, value: Any) -> Any:
    """Persons: the names of the fields, never their values (house rule).

    Counts and flags (e.g. how many busy blocks were imported) say nothing
    about the person and are kept; every other value becomes "(set)".
    """
    if entity != "person" or value is None:
        return value
    if isinstance(value, dict):
        return {k: v if isinstance(v, (bool, int, float)) or v is None else "(set)"
                for k, v in value.items()}
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        return sorted(value)  # already a list of field names
    return "(set)"


# --- writing -------------------------------------------------------------------

def _lock_and_head(session: Session) -> tuple[int, str]:
    if session.get_bind().dialect.name == "postgresql":
        # Two transactions must not both append after the same head; SQLite's
        # writers already queue at BEGIN IMMEDIATE.
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK})
    row = session.execute(select(AuditEntry.seq, AuditEntry.hash)
                          .order_by(AuditEntry.seq.desc()).limit(1)).first()
    return (row[0], row[1]) if row else (0, GENESIS)


def build_rows(changes: Iterable[Change], actor: str, at: datetime, seq: int,
               prev: str) -> list[dict[str, Any]]:
    rows = []
    stamp = _stamp(at)
    for ch in changes:
        seq += 1
        before = canonical(_scrub(ch.entity, ch.before))
        after = canonical(_scrub(ch.entity, ch.after))
        digest = entry_hash(seq, stamp, actor, ch.action, ch.entity, ch.ref, ch.mission_ref,
                            before, after, prev)
        rows.append({"seq": seq, "at": at, "actor": actor, "action": ch.action,
                     "entity": ch.entity, "ref": ch.ref, "mission_ref": ch.mission_ref,
                     "before": before, "after": after, "prev_hash": prev, "hash": digest})
        prev = digest
    return rows


def write_entries(uow: UnitOfWork) -> None:
    """Commit hook: append the unit of work's changes to the chain, set-based."""
    if not uow.changes:
        return
    session = uow.session
    seq, prev = _lock_and_head(session)
    rows = build_rows(uow.changes, uow.user, now_utc(), seq, prev)
    table = AuditEntry.__table__  # Core INSERT: no ORM bookkeeping for thousands of rows
    for i in range(0, len(rows), _CHUNK):
        session.execute(insert(table), rows[i:i + _CHUNK])


# --- reading and verifying ------------------------------------------------------

@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    entries: int  # entries checked
    head: str
    first_bad: int | None = None  # the seq of the first entry that does not verify
    problem: str | None = None

    def message(self) -> str:
        if self.ok:
            return f"audit trail verified: {self.entries} entries, head {self.head}"
        return f"audit trail broken at entry {self.first_bad}: {self.problem}"


def verify(session: Session, *, expected_head: str | None = None) -> VerifyResult:
    """Recompute the whole chain; name the first entry that is altered, missing or misplaced.

    ``expected_head`` is a head kept outside the database earlier: it must
    still be an entry of the chain (the chain may have grown since).
    """
    seen_expected = expected_head is None or expected_head == GENESIS
    result = session.execute(select(AuditEntry).order_by(AuditEntry.seq)
                             .execution_options(yield_per=2000))
    try:
        return _walk(result.scalars(), expected_head, seen_expected)
    finally:
        result.close()  # a server-side cursor on PostgreSQL: close it when stopping early


def _walk(rows, expected_head: str | None, seen_expected: bool) -> VerifyResult:
    expected_seq, prev, count = 1, GENESIS, 0
    for e in rows:
        if e.seq != expected_seq:
            missing = (f"entry {expected_seq} is missing" if e.seq > expected_seq
                       else f"entry {e.seq} appears twice")
            return VerifyResult(False, count, prev, expected_seq,
                                f"{missing} (entry {e.seq} follows entry {expected_seq - 1})")
        if e.prev_hash != prev:
            return VerifyResult(False, count, prev, e.seq,
                                "it does not follow the entry before it (previous hash differs); "
                                "an entry before it was removed or replaced")
        digest = entry_hash(e.seq, _stamp(e.at), e.actor, e.action, e.entity, e.ref, e.mission_ref,
                            e.before, e.after, e.prev_hash)
        if digest != e.hash:
            return VerifyResult(False, count, prev, e.seq,
                                f"its content was altered ({e.action} {e.ref or ''}".rstrip()
                                + f" at {_stamp(e.at)})")
        if not seen_expected and e.hash == expected_head:
            seen_expected = True
        prev = e.hash
        expected_seq += 1
        count += 1
    if not seen_expected:
        return VerifyResult(False, count, prev, expected_seq,
                            f"the head kept outside the database ({expected_head}) is not in "
                            "the chain: entries at its end were removed or replaced")
    return VerifyResult(True, count, prev)


def head(session: Session) -> str:
    """The hash at the head of the chain (64 zeros while it is empty)."""
    value = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1))
    return value or GENESIS


@dataclass(frozen=True)
class AuditEntryView:
    seq: int
    at: datetime
    actor: str
    action: str
    entity: str
    ref: str | None
    mission_ref: str | None
    before: Any
    after: Any
    hash: str


def entries(session: Session, *, mission_ref: str | None = None,
            limit: int | None = None) -> list[AuditEntryView]:
    """The trail, newest first; of one mission when ``mission_ref`` is given."""
    q = select(AuditEntry).order_by(AuditEntry.seq.desc())
    if mission_ref is not None:
        q = q.where(AuditEntry.mission_ref == mission_ref)
    if limit:
        q = q.limit(limit)
    return [AuditEntryView(e.seq, e.at, e.actor, e.action, e.entity, e.ref, e.mission_ref,
                           json.loads(e.before), json.loads(e.after), e.hash)
            for e in session.scalars(q)]
