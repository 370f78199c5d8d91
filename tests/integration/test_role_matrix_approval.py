"""Who may do what in the approval of a mission: every use case for every role.

As in ``test_role_matrix_ops`` (the helpers are ``tests.integration.rolematrix``), the
expected outcome is the table written out by hand, tried through the application
function and the command (refused: exit 3), on SQLite and on PostgreSQL with a real
login per role; a refused call leaves the audit trail as it was. Each try gets a
mission of its own in the state the use case needs: an outgoing mission to Barcelona
led by an alderman, whose chain is the approver's step and then the mayor's.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest

from almere_missions import permissions
from almere_missions.app import Caller
from almere_missions.app import approval as a
from almere_missions.app import audit as au
from almere_missions.app import security as s
from almere_missions.errors import PermissionDenied, Refused
from tests.integration import rolematrix
from tests.integration.approval_support import assessment_doc, import_doc, outgoing_doc
from tests.integration.rolematrix import Env, N, Y, check_row

env = rolematrix.env  # the fixture: a caller and a login per role on the example season

#: use case                         officer approver mayor security viewer admin
TABLE = {
    "assessment":                      (Y,     Y,       Y,    Y,       Y,     Y),
    "record the assessment":           (Y,     N,       N,    N,       N,     N),
    "approval status":                 (Y,     Y,       Y,    Y,       Y,     Y),
    "changes since approval":          (Y,     Y,       Y,    Y,       Y,     Y),
    "approval file":                   (Y,     Y,       Y,    Y,       N,     N),
    "submit":                          (Y,     N,       N,    N,       N,     N),
    "approve the first step":          (N,     Y,       N,    N,       N,     N),
    "approve the last step":           (N,     N,       Y,    N,       N,     N),
    "reject":                          (N,     Y,       Y,    N,       N,     N),
    "send back":                       (N,     Y,       Y,    N,       N,     N),
    "cancel":                          (Y,     N,       N,    N,       N,     N),
    "complete":                        (Y,     N,       N,    N,       N,     N),
    "delegate own authority":          (N,     Y,       Y,    Y,       N,     N),
    "delegate for someone else":       (N,     N,       N,    N,       N,     Y),
    "delegations":                     (Y,     Y,       Y,    Y,       Y,     Y),
    "revoke a delegation":             (N,     N,       N,    N,       N,     Y),
    "audit verify":                    (Y,     Y,       Y,    Y,       Y,     Y),
    "audit head":                      (Y,     Y,       Y,    Y,       Y,     Y),
    "audit log":                       (Y,     Y,       Y,    Y,       Y,     Y),
}

DAY = date(2031, 3, 1)  # delegations are for a period; one in the future keeps chains clean


def _ref(env: Env) -> str:
    return env.state["ref"]


def _draft(env: Env) -> None:
    """A new outgoing mission, assessed by the officer and checked by the security advisor."""
    ref = f"OUT-2022-{uuid.uuid4().hex[:6].upper()}"
    import_doc(env.db, outgoing_doc(ref))
    a.record_assessment(env.callers["officer"], ref, assessment_doc())
    path = env.tmp / f"security-{ref}.json"
    path.write_text(json.dumps({"checklist": {}, "residual_risk": "low", "advice": "go"}))
    s.record_assessment_file(env.boss, ref, path)
    env.state["ref"] = ref
    path = env.tmp / f"assessment-{ref}.json"
    path.write_text(json.dumps(assessment_doc(concern="b")))
    env.state["assessment"] = path


def _submitted(env: Env) -> None:
    _draft(env)
    a.submit(env.callers["officer"], _ref(env))


def _one_step_left(env: Env) -> None:
    _submitted(env)
    a.approve(env.callers["approver"], _ref(env))


def _approved(env: Env) -> None:
    _one_step_left(env)
    a.approve(env.callers["mayor"], _ref(env))


def _delegation(env: Env) -> None:
    d = a.delegate(env.boss, env.callers["viewer"].user, "security", DAY, DAY)
    env.state["delegation"] = d.id


def _own_role(c: Caller, env: Env) -> str:
    """The role whose authority the caller would hand on (their own where they have one)."""
    role = next(r for r, caller in env.callers.items() if caller is c)
    return role if role in a.DELEGABLE else "approver"


@dataclass(frozen=True)
class Row:
    app: Callable[[Caller, Env], Any]
    cli: Callable[[Env], list] | None = None
    prepare: Callable[[Env], None] | None = None
    #: the decisions: the chain refuses a step out of its turn by its own rule
    refusal: type[Exception] = PermissionDenied
    #: a reading: one mission prepared serves every try
    once: bool = False


ROWS: dict[str, Row] = {
    "assessment": Row(lambda c, e: a.assessment(c, _ref(e)),
                      lambda e: ["assess", _ref(e), "--json"], _draft, once=True),
    "record the assessment": Row(
        lambda c, e: a.record_assessment_file(c, _ref(e), e.state["assessment"]),
        lambda e: ["assess", _ref(e), e.state["assessment"]], _draft),
    "approval status": Row(lambda c, e: a.status(c, _ref(e)),
                           lambda e: ["approval", "status", _ref(e), "--json"], _submitted,
                           once=True),
    "changes since approval": Row(lambda c, e: a.changes_since_approval(c, _ref(e)),
                                  lambda e: ["approval", "changes", _ref(e), "--json"],
                                  _approved, once=True),
    "approval file": Row(lambda c, e: a.approval_file(c, _ref(e)),
                         lambda e: ["approval", "file", _ref(e)], _submitted, once=True),
    "submit": Row(lambda c, e: a.submit(c, _ref(e), "please"),
                  lambda e: ["approval", "submit", _ref(e), "--comment", "please"], _draft),
    "approve the first step": Row(lambda c, e: a.approve(c, _ref(e)),
                                  lambda e: ["approval", "approve", _ref(e)], _submitted,
                                  refusal=Refused),
    "approve the last step": Row(lambda c, e: a.approve(c, _ref(e)),
                                 lambda e: ["approval", "approve", _ref(e)], _one_step_left),
    "reject": Row(lambda c, e: a.reject(c, _ref(e), "no budget"),
                  lambda e: ["approval", "reject", _ref(e), "--comment", "no budget"],
                  _submitted),
    "send back": Row(lambda c, e: a.send_back(c, _ref(e), "add the costs"),
                     lambda e: ["approval", "send-back", _ref(e), "--comment", "add the costs"],
                     _submitted),
    "cancel": Row(lambda c, e: a.cancel(c, _ref(e), "called off"),
                  lambda e: ["approval", "cancel", _ref(e), "--comment", "called off"],
                  _submitted),
    "complete": Row(lambda c, e: a.complete(c, _ref(e)),
                    lambda e: ["approval", "complete", _ref(e)], _approved),
    # the command names its role; the function gets the caller's own (approver for the rest)
    "delegate own authority": Row(
        lambda c, e: a.delegate(c, e.callers["viewer"].user, _own_role(c, e), DAY, DAY)),
    "delegate for someone else": Row(
        lambda c, e: a.delegate(c, e.callers["viewer"].user, "security", DAY, DAY,
                                principal=e.boss.user),
        lambda e: ["approval", "delegate", e.callers["viewer"].user, "--role", "security",
                   "--from", DAY.isoformat(), "--until", DAY.isoformat(),
                   "--for", e.boss.user]),
    "delegations": Row(lambda c, e: a.delegations(c),
                       lambda e: ["approval", "delegations", "--json"], _delegation),
    "revoke a delegation": Row(lambda c, e: a.revoke(c, e.state["delegation"]),
                               lambda e: ["approval", "revoke", str(e.state["delegation"])],
                               _delegation),
    "audit verify": Row(lambda c, e: au.verify(c), lambda e: ["audit", "verify"]),
    "audit head": Row(lambda c, e: au.head(c), lambda e: ["audit", "head"]),
    "audit log": Row(lambda c, e: au.entries(c, limit=5),
                     lambda e: ["audit", "log", "--limit", "5", "--json"]),
}


def test_the_table_covers_every_approval_action():
    assert set(TABLE) == set(ROWS)
    actions = {permissions.APPROVAL_READ, permissions.APPROVAL_FILE_READ,
               permissions.APPROVAL_ASSESS, permissions.APPROVAL_SUBMIT,
               permissions.APPROVAL_DECIDE, permissions.DELEGATION_READ,
               permissions.DELEGATION_GRANT, permissions.DELEGATION_REVOKE,
               permissions.DELEGATION_EDIT, permissions.AUDIT_READ}
    assert actions <= set(permissions.RULES)


def test_the_chain_is_the_approver_then_the_mayor(env):
    _submitted(env)
    assert [st.role for st in a.status(env.boss, _ref(env)).steps] == ["approver", "mayor"]


@pytest.mark.parametrize("use_case", list(TABLE))
def test_role_matrix(use_case, env):
    row = ROWS[use_case]
    prepare = row.prepare
    if row.once:
        prepare(env)
        prepare = None
    failures = check_row(env, TABLE[use_case], row.app, row.cli, prepare, row.refusal)
    assert not failures, "\n".join(failures)
