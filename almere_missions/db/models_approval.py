"""Tables of the travel approval: assessments, submission rounds, steps, decisions, delegations."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Date, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from almere_missions.db import columns as col
from almere_missions.db.models import Base
from almere_missions.db.types import DecimalText, JsonType
from almere_missions.timeutil import now_utc


class Assessment(col.Numbered, Base):
    """A mission's assessment against the principles of one policy framework."""

    __tablename__ = "assessment"
    mission_id: Mapped[int] = col.mission_key(unique=True)
    framework_id: Mapped[int] = col.key_to("policy_framework")
    #: [{"code": "a", "answer": "complies", "justification": "..."}] in the framework's order
    answers: Mapped[Any] = mapped_column(JsonType)
    budget_eur: Mapped[Decimal | None] = mapped_column(DecimalText)
    recorded_by: Mapped[str] = mapped_column(String(128))
    recorded_at: Mapped[datetime] = mapped_column(default=now_utc)


class ApprovalRound(col.Numbered, Base):
    """One submission of a mission and the chain of steps it needs."""

    __tablename__ = "approval_round"
    __table_args__ = (UniqueConstraint("mission_id", "number"),)
    mission_id: Mapped[int] = col.mission_key(index=True)
    number: Mapped[int] = mapped_column(Integer)
    framework_id: Mapped[int | None] = col.key_to("policy_framework")
    #: open, approved, rejected, sent_back, cancelled, superseded
    state: Mapped[str] = mapped_column(String(32), default="open")
    submitted_by: Mapped[str] = mapped_column(String(128))
    submitted_at: Mapped[datetime] = mapped_column(default=now_utc)
    #: the material content the steps are bound to (see approval.content)
    content_hash: Mapped[str] = mapped_column(String(64))
    content: Mapped[Any] = mapped_column(JsonType)
    closed_at: Mapped[datetime | None] = mapped_column()
    steps: Mapped[list[ApprovalStep]] = relationship(
        back_populates="round", cascade="all, delete-orphan", order_by="ApprovalStep.position")


class ApprovalStep(col.Numbered, Base):
    __tablename__ = "approval_step"
    __table_args__ = (UniqueConstraint("round_id", "step"),)
    round_id: Mapped[int] = col.key_to("approval_round", "CASCADE", index=True)
    position: Mapped[int] = mapped_column(Integer)
    step: Mapped[str] = mapped_column(String(64))  # the rule's step name, e.g. "mayor"
    role: Mapped[str] = mapped_column(String(32))
    label: Mapped[Any] = mapped_column(JsonType)
    reason: Mapped[str] = mapped_column(Text, default="")  # the rule that asked for it
    #: pending, approved, rejected, sent_back
    state: Mapped[str] = mapped_column(String(16), default="pending")
    decided_by: Mapped[str | None] = mapped_column(String(128))
    on_behalf_of: Mapped[str | None] = mapped_column(String(128))
    decided_at: Mapped[datetime | None] = mapped_column()
    content_hash: Mapped[str | None] = mapped_column(String(64))
    comment: Mapped[str | None] = mapped_column(Text)
    round: Mapped[ApprovalRound] = relationship(back_populates="steps")


class Decision(col.Numbered, Base):
    """The workflow's history: every transition, who made it and why."""

    __tablename__ = "approval_decision"
    mission_id: Mapped[int] = col.mission_key(index=True)
    round_number: Mapped[int | None] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(default=now_utc)
    by: Mapped[str] = mapped_column(String(128))
    on_behalf_of: Mapped[str | None] = mapped_column(String(128))
    #: submit, approve, reject, send_back, cancel, complete, reapproval_needed, steps_reset
    action: Mapped[str] = mapped_column(String(32))
    step: Mapped[str | None] = mapped_column(String(64))
    from_state: Mapped[str] = mapped_column(String(32))
    to_state: Mapped[str] = mapped_column(String(32))
    comment: Mapped[str | None] = mapped_column(Text)
    content_hash: Mapped[str | None] = mapped_column(String(64))


class Delegation(col.Numbered, Base):
    """An approver's authority for one role handed to a substitute for a period."""

    __tablename__ = "approval_delegation"
    principal: Mapped[str] = mapped_column(String(128), index=True)
    substitute: Mapped[str] = mapped_column(String(128), index=True)
    role: Mapped[str] = mapped_column(String(32))
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(default=now_utc)
    revoked_by: Mapped[str | None] = mapped_column(String(128))
    revoked_at: Mapped[datetime | None] = mapped_column()
