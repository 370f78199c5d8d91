"""Tables of the security check: travel advice, state-actor risk, sanctions lists,
screenings with their hits, and the per-mission security assessment."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    Float,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from almere_missions.db import columns as col
from almere_missions.db.models import Base
from almere_missions.db.types import JsonType
from almere_missions.timeutil import now_utc


class AdviceSnapshot(col.Numbered, Base):
    """One travel-advice document as read: the colours derived from it, and where it came from."""

    __tablename__ = "security_advice"
    __table_args__ = (UniqueConstraint("country", "sha256"),)
    country: Mapped[str] = mapped_column(String(2), index=True)  # ISO 3166-1 alpha-2
    iso3: Mapped[str] = mapped_column(String(3))
    location: Mapped[str] = mapped_column(Text, default="")
    colour: Mapped[str] = mapped_column(String(8))  # whole country, or the rest where regions differ
    regions: Mapped[list[Any]] = mapped_column(JsonType, default=list)  # [{"name", "colour"}]
    modified: Mapped[datetime] = mapped_column()  # the advice's own modification instant
    modification_text: Mapped[str] = mapped_column(Text, default="")
    #: "Nog steeds geldig op": the day the ministry last confirmed the advice
    still_valid_on: Mapped[date | None] = mapped_column(Date)
    summary: Mapped[str] = mapped_column(Text, default="")  # "In het kort", as plain text
    source: Mapped[str] = mapped_column(Text)  # file name or URL
    source_format: Mapped[str] = mapped_column(String(8))  # xml, json
    sha256: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[datetime] = mapped_column(default=now_utc)
    imported_by: Mapped[str] = mapped_column(String(128))


class StateActorRisk(col.Numbered, col.Versioned, Base):
    """The security advisor's judgement of a country's state-actor risk (never shipped as fact)."""

    __tablename__ = "security_state_actor_risk"
    country: Mapped[str] = mapped_column(String(2), unique=True)
    level: Mapped[str] = mapped_column(String(16))  # none, elevated, high
    rationale: Mapped[str] = mapped_column(Text)
    assessed_on: Mapped[date] = mapped_column(Date)
    set_by: Mapped[str] = mapped_column(String(128))
    updated_at: Mapped[datetime] = mapped_column(default=now_utc)


class SanctionsList(col.Numbered, Base):
    """One version of a sanctions list, with its provenance."""

    __tablename__ = "security_sanctions_list"
    source: Mapped[str] = mapped_column(String(8), index=True)  # EU, UN
    file_format: Mapped[str] = mapped_column(String(16))  # eu-xml, eu-csv, un-xml
    generated: Mapped[datetime] = mapped_column()
    generated_text: Mapped[str] = mapped_column(String(64))  # as the file states it
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    entity_count: Mapped[int] = mapped_column(Integer)
    name_count: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[datetime] = mapped_column(default=now_utc)
    imported_by: Mapped[str] = mapped_column(String(128))


class SanctionsEntity(col.Numbered, Base):
    """One listed person or organisation of one list version."""

    __tablename__ = "security_sanctions_entity"
    __table_args__ = (UniqueConstraint("list_id", "entity_id"),)
    list_id: Mapped[int] = col.key_to("security_sanctions_list", "CASCADE", index=True)
    entity_id: Mapped[str] = mapped_column(String(64))  # EU logicalId, UN DATAID
    kind: Mapped[str] = mapped_column(String(16))  # person, organisation, unknown
    reference: Mapped[str] = mapped_column(String(64), default="")
    names: Mapped[list[str]] = mapped_column(default=list)
    birth_dates: Mapped[list[str]] = mapped_column(default=list)  # YYYY-MM-DD, YYYY or YYYY/YYYY
    nationalities: Mapped[list[str]] = mapped_column(default=list)  # alpha-2
    programme: Mapped[str] = mapped_column(String(64), default="")


class Screening(col.Numbered, Base):
    """One screening of a mission: against which list versions, of which subject data."""

    __tablename__ = "security_screening"
    mission_id: Mapped[int] = col.mission_key(index=True)
    screened_at: Mapped[datetime] = mapped_column(default=now_utc)
    screened_by: Mapped[str] = mapped_column(String(128))
    threshold: Mapped[float] = mapped_column(Float)
    list_ids: Mapped[list[Any]] = mapped_column(JsonType, default=list)
    #: subject -> fingerprint of the screened data (names, birth date, nationality)
    subjects: Mapped[dict[str, Any]] = mapped_column(default=dict)
    current: Mapped[bool] = mapped_column(Boolean, default=True)


class ScreeningHit(col.Numbered, Base):
    """A possible match that a security advisor must decide on."""

    __tablename__ = "security_screening_hit"
    mission_id: Mapped[int] = col.mission_key(index=True)
    screening_id: Mapped[int] = col.key_to("security_screening", "CASCADE", index=True)
    subject: Mapped[str] = mapped_column(String(128))  # person ref, or "counterpart"
    #: which of the subject's names matched (name, latin_name, counterpart): no copy of it here
    subject_field: Mapped[str] = mapped_column(String(16))
    subject_fingerprint: Mapped[str] = mapped_column(String(64))
    list_id: Mapped[int] = col.key_to("security_sanctions_list", "CASCADE")
    source: Mapped[str] = mapped_column(String(8))
    entity_id: Mapped[str] = mapped_column(String(64))
    matched_name: Mapped[str] = mapped_column(Text)
    score: Mapped[float] = mapped_column(Float)
    explanation: Mapped[str] = mapped_column(Text)
    decision: Mapped[str | None] = mapped_column(String(16))  # false_positive, confirmed
    reason: Mapped[str | None] = mapped_column(Text)
    decided_by: Mapped[str | None] = mapped_column(String(128))
    decided_at: Mapped[datetime | None] = mapped_column()
    #: False once a newer screening of the mission replaced this one
    current: Mapped[bool] = mapped_column(Boolean, default=True, index=True)


class SecurityAssessment(col.Numbered, col.Versioned, Base):
    """The security check of a mission: checklist, residual risk, mitigations, advice."""

    __tablename__ = "security_assessment"
    mission_id: Mapped[int] = col.mission_key(unique=True)
    checklist: Mapped[dict[str, Any]] = mapped_column(default=dict)
    residual_risk: Mapped[str] = mapped_column(String(8))
    mitigations: Mapped[list[str]] = mapped_column(default=list)
    advice: Mapped[str] = mapped_column(Text, default="")
    framework_id: Mapped[int | None] = col.key_to("policy_framework")
    assessed_by: Mapped[str] = mapped_column(String(128))
    assessed_at: Mapped[datetime] = mapped_column(default=now_utc)
