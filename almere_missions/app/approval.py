"""The approval of a mission: its assessment against the policy principles, the
travel-approval workflow, the approval file, and delegations of an approver's authority.

Who decides a step is the policy framework's chain (``approval.rules``) and the
delegations in force, so the decisions require only ``APPROVAL_DECIDE`` here and
the workflow refuses whoever the step does not name.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from almere_missions import permissions as p
from almere_missions.app import Caller, require, run_read, run_write
from almere_missions.approval import assessment as assessing
from almere_missions.approval import delegation as delegating
from almere_missions.approval import workflow
from almere_missions.approval.assessment import Assessment
from almere_missions.approval.content import MaterialChange
from almere_missions.approval.delegation import DELEGABLE, DelegationView
from almere_missions.approval.file import ApprovalFile
from almere_missions.approval.workflow import ACTIONS, ApprovalStatus

__all__ = ["ACTIONS", "DELEGABLE", "ApprovalFile", "ApprovalStatus", "Assessment",
           "DelegationView", "MaterialChange"]


# --- the assessment -----------------------------------------------------------------

def assessment(caller: Caller, ref: str) -> Assessment:
    """The assessment as the approver reads it (also before anything is recorded)."""
    return run_read(caller, p.APPROVAL_READ, assessing.get_assessment, ref)


def record_assessment(caller: Caller, ref: str, data: Any, *,
                      source: str | None = None) -> Assessment:
    """Record (or replace) the assessment, ``{"principles": [...], "budget_eur": "..."}``;
    ``source`` names the file in the messages about bad input."""
    return run_write(caller, p.APPROVAL_ASSESS, assessing.record_assessment, ref, data, file=source)


def record_assessment_file(caller: Caller, ref: str, path: str | Path) -> Assessment:
    """``assess REF FILE.json``: the file is read before anything is written."""
    from almere_missions.fileio import read_json

    require(caller, p.APPROVAL_ASSESS)
    return record_assessment(caller, ref, read_json(Path(path)), source=str(path))


# --- the workflow -------------------------------------------------------------------

def status(caller: Caller, ref: str) -> ApprovalStatus:
    """The state, the chain with each step, the decision history and the changes."""
    return run_read(caller, p.APPROVAL_READ, workflow.status, ref)


def changes_since_approval(caller: Caller, ref: str) -> list[MaterialChange]:
    with caller.read() as uow:
        p.require(uow, p.APPROVAL_READ)
        workflow.status(uow, ref)  # the mission exists
        return workflow.changes_since_approval(uow, ref)


def submit(caller: Caller, ref: str, comment: str | None = None) -> ApprovalStatus:
    return run_write(caller, p.APPROVAL_SUBMIT, workflow.submit, ref, comment)


def approve(caller: Caller, ref: str, comment: str | None = None, *,
            expected_hash: str | None = None) -> ApprovalStatus:
    """Approve the step waiting for the caller's role; refused when ``expected_hash``
    (the content the approver read) is no longer the mission's."""
    return run_write(caller, p.APPROVAL_DECIDE, workflow.approve, ref, comment,
                expected_hash=expected_hash)


def reject(caller: Caller, ref: str, comment: str) -> ApprovalStatus:
    return run_write(caller, p.APPROVAL_DECIDE, workflow.reject, ref, comment)


def send_back(caller: Caller, ref: str, comment: str) -> ApprovalStatus:
    return run_write(caller, p.APPROVAL_DECIDE, workflow.send_back, ref, comment)


def cancel(caller: Caller, ref: str, comment: str) -> ApprovalStatus:
    return run_write(caller, p.APPROVAL_SUBMIT, workflow.cancel, ref, comment)


def complete(caller: Caller, ref: str) -> ApprovalStatus:
    return run_write(caller, p.APPROVAL_SUBMIT, workflow.complete, ref)


def approval_file(caller: Caller, ref: str) -> ApprovalFile:
    """Everything an approver reads before deciding (screening hits, other trips)."""
    from almere_missions.approval.file import approval_file as gather

    return run_read(caller, p.APPROVAL_FILE_READ, gather, ref)


# --- delegations --------------------------------------------------------------------

def delegate(caller: Caller, substitute: str, role: str, valid_from: date, valid_to: date,
             *, principal: str | None = None, reason: str | None = None) -> DelegationView:
    """Hand the caller's authority for ``role`` to ``substitute`` for a period (an
    administrator: someone else's, naming ``principal``)."""
    for_another = principal is not None and principal != caller.user
    with caller.write() as uow:
        p.require(uow, p.DELEGATION_EDIT if for_another else p.DELEGATION_GRANT)
        view = delegating.delegate(uow, substitute, role, valid_from, valid_to,
                                   principal=principal, reason=reason)
        uow.commit()
    return view


def revoke(caller: Caller, delegation_id: int) -> DelegationView:
    """End a delegation: its principal, or an administrator."""
    return run_write(caller, p.DELEGATION_REVOKE, delegating.revoke, delegation_id)


def delegations(caller: Caller, *, active_on: date | None = None) -> list[DelegationView]:
    return run_read(caller, p.DELEGATION_READ, delegating.list_delegations, active_on=active_on)
