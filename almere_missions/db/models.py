"""The tables of the core (SQLAlchemy 2 typed mappings), the audit trail among them.

The parts of the product add their tables in modules of their own beside this one
(``models_*.py``), each imported by name in ``almere_missions.db``.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    Float,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from almere_missions.db import columns as col
from almere_missions.db.types import DecimalText, JsonType, UTCDateTime
from almere_missions.timeutil import now_utc

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JsonType, list[str]: JsonType, datetime: UTCDateTime}


# --- policy framework -------------------------------------------------------

class PolicyFramework(col.Numbered, Base):
    """A versioned set of policy principles, themes and goals (one per coalition)."""

    __tablename__ = "policy_framework"
    code: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[Any] = mapped_column(JsonType)
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    source: Mapped[str] = mapped_column(Text, default="")
    content_sha256: Mapped[str] = mapped_column(String(64))
    loaded_at: Mapped[datetime] = mapped_column(default=now_utc)
    entries: Mapped[list[PolicyEntry]] = relationship(
        back_populates="framework", cascade="all, delete-orphan", order_by="PolicyEntry.position"
    )


class PolicyEntry(col.Numbered, Base):
    """One principle, theme, goal, partner city, network, department or checklist item."""

    __tablename__ = "policy_entry"
    __table_args__ = (UniqueConstraint("framework_id", "kind", "code"),)
    framework_id: Mapped[int] = col.key_to("policy_framework", "CASCADE")
    kind: Mapped[str] = mapped_column(String(32))
    code: Mapped[str] = mapped_column(String(64))
    parent_code: Mapped[str | None] = mapped_column(String(64))
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[Any] = mapped_column(JsonType)
    text: Mapped[Any | None] = mapped_column(JsonType)
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    framework: Mapped[PolicyFramework] = relationship(back_populates="entries")


# --- users ------------------------------------------------------------------

class User(col.Numbered, Base):
    __tablename__ = "app_user"
    name: Mapped[str] = mapped_column(String(128), unique=True)
    display_name: Mapped[str] = mapped_column(String(256), default="")
    roles: Mapped[list[str]] = mapped_column(default=list)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=now_utc)


# --- people and places ------------------------------------------------------

class Person(col.Numbered, col.Stamped, Base):
    __tablename__ = "person"
    ref: Mapped[str] = col.unique_ref()
    name: Mapped[str] = mapped_column(Text)
    latin_name: Mapped[str | None] = mapped_column(Text)
    organisation: Mapped[str | None] = mapped_column(Text)
    function: Mapped[str | None] = mapped_column(Text)
    nationality: Mapped[list[str]] = mapped_column(default=list)
    birth_date: Mapped[date | None] = mapped_column(Date)
    email: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(Text)
    languages: Mapped[list[str]] = mapped_column(default=list)
    dietary: Mapped[str | None] = mapped_column(Text)
    accessibility: Mapped[str | None] = mapped_column(Text)
    staff: Mapped[bool] = mapped_column(Boolean, default=False)


class Venue(col.Numbered, col.Versioned, Base):
    __tablename__ = "venue"
    ref: Mapped[str] = col.unique_ref()
    name: Mapped[Any] = mapped_column(JsonType)
    address: Mapped[str | None] = mapped_column(Text)
    city: Mapped[str | None] = mapped_column(Text)
    country: Mapped[str] = mapped_column(String(2))
    timezone: Mapped[str] = mapped_column(String(64))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    capacity: Mapped[int | None] = mapped_column(Integer)
    #: a room that one party at a time may use, whatever its capacity
    exclusive: Mapped[bool] = mapped_column(Boolean, default=False)


# --- missions ---------------------------------------------------------------

class Mission(col.Numbered, col.Versioned, Base):
    __tablename__ = "mission"
    ref: Mapped[str] = col.unique_ref()
    direction: Mapped[str] = mapped_column(String(16))
    title: Mapped[Any] = mapped_column(JsonType)
    purpose: Mapped[Any | None] = mapped_column(JsonType)
    start_date: Mapped[date] = mapped_column(Date, index=True)
    end_date: Mapped[date] = mapped_column(Date, index=True)
    timezone: Mapped[str] = mapped_column(String(64))
    countries: Mapped[list[str]] = mapped_column(default=list)
    cities: Mapped[list[str]] = mapped_column(default=list)
    counterpart: Mapped[str | None] = mapped_column(Text)
    themes: Mapped[list[str]] = mapped_column(default=list)
    goals: Mapped[list[str]] = mapped_column(default=list)
    lead_department: Mapped[str | None] = mapped_column(Text)
    #: workflow state (draft, submitted, ... see the approval workflow)
    status: Mapped[str] = mapped_column(String(32), default="draft", index=True)
    #: welcome text of the printed programme, per language; a default is used when empty
    welcome: Mapped[Any | None] = mapped_column(JsonType)
    framework_id: Mapped[int | None] = col.key_to("policy_framework")
    created_at: Mapped[datetime] = mapped_column(default=now_utc)
    updated_at: Mapped[datetime] = mapped_column(default=now_utc)

    participants: Mapped[list[Participant]] = relationship(
        back_populates="mission", cascade="all, delete-orphan", order_by="Participant.position"
    )
    items: Mapped[list[Item]] = relationship(
        back_populates="mission", cascade="all, delete-orphan",
        order_by="(Item.start_utc, Item.position)",
    )
    costs: Mapped[list[Cost]] = relationship(
        back_populates="mission", cascade="all, delete-orphan", order_by="Cost.position"
    )


class Participant(col.Numbered, Base):
    __tablename__ = "participant"
    __table_args__ = (UniqueConstraint("mission_id", "person_id", "role"),)
    mission_id: Mapped[int] = col.mission_key(index=True)
    person_id: Mapped[int] = col.key_to("person", "RESTRICT", index=True)
    role: Mapped[str] = mapped_column(String(32))
    position: Mapped[int] = mapped_column(Integer, default=0)
    mission: Mapped[Mission] = relationship(back_populates="participants")
    person: Mapped[Person] = relationship()


class Item(col.Numbered, Base):
    """One entry of a programme: an interval of two instants, in a place's zone."""

    __tablename__ = "item"
    __table_args__ = (Index("ix_item_span", "start_utc", "end_utc"),)
    mission_id: Mapped[int] = col.mission_key(index=True)
    ref: Mapped[str] = col.unique_ref(160)
    kind: Mapped[str] = mapped_column(String(16), default="other")
    title: Mapped[Any] = mapped_column(JsonType)
    description: Mapped[Any | None] = mapped_column(JsonType)
    #: for all-day items: the start of the first local day and of the day after the last
    start_utc: Mapped[datetime] = mapped_column(UTCDateTime)
    end_utc: Mapped[datetime] = mapped_column(UTCDateTime)
    timezone: Mapped[str] = mapped_column(String(64))
    end_timezone: Mapped[str | None] = mapped_column(String(64))
    all_day: Mapped[bool] = mapped_column(Boolean, default=False)
    venue_id: Mapped[int | None] = col.key_to("venue", "RESTRICT", index=True)
    to_venue_id: Mapped[int | None] = col.key_to("venue", "RESTRICT")
    status: Mapped[str] = mapped_column(String(16), default="tentative")
    public: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str | None] = mapped_column(Text)
    #: True: everyone in the mission takes part; False: only ``item_participant`` rows
    everyone: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    #: rises with every material change; calendars use it as SEQUENCE
    revision: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(default=now_utc)

    mission: Mapped[Mission] = relationship(back_populates="items")
    venue: Mapped[Venue | None] = relationship(foreign_keys=[venue_id])
    to_venue: Mapped[Venue | None] = relationship(foreign_keys=[to_venue_id])
    persons: Mapped[list[Person]] = relationship(secondary="item_participant", order_by="Person.ref")


class ItemParticipant(col.PersonLink, Base):
    __tablename__ = "item_participant"
    item_id: Mapped[int] = col.key_to("item", "CASCADE", primary_key=True)


class Cost(col.Numbered, Base):
    __tablename__ = "cost"
    mission_id: Mapped[int] = col.mission_key(index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[Any] = mapped_column(JsonType)
    amount: Mapped[Decimal] = mapped_column(DecimalText)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    paid_by: Mapped[str | None] = mapped_column(Text)
    mission: Mapped[Mission] = relationship(back_populates="costs")


class AuditEntry(Base):
    """The audit trail: one row per change, hash-chained, never updated or deleted.

    ``before`` and ``after`` are kept as the exact canonical JSON text that was
    hashed, so verification never depends on how a backend stores JSON (JSONB
    reorders keys and normalises numbers).
    """

    __tablename__ = "audit_entry"
    #: position in the chain: 1, 2, 3, ... with no gaps
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(128))
    action: Mapped[str] = mapped_column(String(64), index=True)
    entity: Mapped[str] = mapped_column(String(64))
    ref: Mapped[str | None] = mapped_column(String(256))
    mission_ref: Mapped[str | None] = mapped_column(String(128), index=True)
    before: Mapped[str] = mapped_column(Text)
    after: Mapped[str] = mapped_column(Text)
    #: the hash of the entry before (64 zeros for the first); unique, so the chain cannot fork
    prev_hash: Mapped[str] = mapped_column(String(64), unique=True)
    hash: Mapped[str] = mapped_column(String(64), unique=True)
