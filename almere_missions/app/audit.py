"""The tamper-evident audit trail: verify it, read its head and its latest entries."""

from __future__ import annotations

from almere_missions import audit
from almere_missions import permissions as p
from almere_missions.app import Caller
from almere_missions.audit import AuditEntryView, VerifyResult

__all__ = ["AuditEntryView", "VerifyResult"]


def verify(caller: Caller, *, expected_head: str | None = None) -> VerifyResult:
    """Recompute the chain; ``expected_head``, kept outside the database, must be in it."""
    with caller.read() as uow:
        p.require(uow, p.AUDIT_READ)
        return audit.verify(uow.session, expected_head=expected_head)


def head(caller: Caller) -> str:
    with caller.read() as uow:
        p.require(uow, p.AUDIT_READ)
        return audit.head(uow.session)


def entries(caller: Caller, *, mission_ref: str | None = None,
            limit: int | None = None) -> list[AuditEntryView]:
    """The trail, newest first; of one mission when ``mission_ref`` is given."""
    with caller.read() as uow:
        p.require(uow, p.AUDIT_READ)
        return audit.entries(uow.session, mission_ref=mission_ref, limit=limit)
