"""Tables of the city's relations: partners and their agreements, what missions yielded
(outcomes and follow-up actions), and the gifts received and given on missions.

Links to persons are real foreign keys, so the privacy functions find them:
contacts of a partnership go with an erased person (CASCADE); the person on a
gift or an action stays on the record, pointing at the erased identity (RESTRICT).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Date, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from almere_missions.db import columns as col
from almere_missions.db.models import Base, Person
from almere_missions.db.types import DecimalText, JsonType

PARTNER_KINDS = ("city", "network", "company", "institution")
RELATION_KINDS = ("twinning", "mou", "network_membership", "project_consortium")
RELATION_STATES = ("active", "dormant", "ended")
ACTION_STATES = ("open", "in_progress", "done", "cancelled")
#: actions still to be done: they can be overdue and show on the activity agenda
OPEN_ACTION_STATES = ("open", "in_progress")
GIFT_DIRECTIONS = ("received", "given")
GIFT_DECISIONS = ("kept_by_city", "registered", "returned")


class Partner(col.Numbered, col.Stamped, Base):
    """A city, network, company or institution the municipality has relations with."""

    __tablename__ = "partner"
    ref: Mapped[str] = col.unique_ref()
    kind: Mapped[str] = mapped_column(String(16), index=True)
    name: Mapped[Any] = mapped_column(JsonType)
    country: Mapped[str | None] = mapped_column(String(2))
    city: Mapped[str | None] = mapped_column(Text)
    website: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    partnerships: Mapped[list[Partnership]] = relationship(
        back_populates="partner", order_by="Partnership.start_date")


class Partnership(col.Numbered, col.Stamped, Base):
    """One relation with a partner: a twinning, an MoU, a membership, a consortium."""

    __tablename__ = "partnership"
    ref: Mapped[str] = col.unique_ref()
    partner_id: Mapped[int] = col.key_to("partner", "RESTRICT", index=True)
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[Any] = mapped_column(JsonType)
    status: Mapped[str] = mapped_column(String(16), default="active", index=True)
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date, index=True)
    #: the responsible alderman (or the mayor): a person in the product
    alderman_id: Mapped[int | None] = col.key_to("person", "RESTRICT", index=True)
    department: Mapped[str | None] = mapped_column(Text)
    themes: Mapped[list[str]] = mapped_column(default=list)
    goals: Mapped[list[str]] = mapped_column(default=list)
    #: [{"title": "MoU 2019 (signed)", "file": "P:/IZ/Shenzhen/mou-2019.pdf"}]: references only
    documents: Mapped[Any] = mapped_column(JsonType, default=list)
    notes: Mapped[str | None] = mapped_column(Text)
    partner: Mapped[Partner] = relationship(back_populates="partnerships")
    alderman: Mapped[Person | None] = relationship(foreign_keys=[alderman_id])
    contacts: Mapped[list[Person]] = relationship(secondary="partnership_contact",
                                                  order_by="Person.ref")


class PartnershipContact(col.PersonLink, Base):
    __tablename__ = "partnership_contact"
    partnership_id: Mapped[int] = col.key_to("partnership", "CASCADE", primary_key=True)


class MissionPartner(Base):
    """Which partners a mission concerns: the base of a partner's relation history."""

    __tablename__ = "mission_partner"
    mission_id: Mapped[int] = col.mission_key(primary_key=True)
    partner_id: Mapped[int] = col.key_to("partner", "CASCADE", primary_key=True, index=True)


class MissionOutcome(col.MissionRecord, col.Versioned, Base):
    """What a mission yielded, tagged with the policy's goals and themes."""

    __tablename__ = "mission_outcome"
    partnership_id: Mapped[int | None] = col.key_to("partnership", "SET NULL", index=True)
    text: Mapped[Any] = mapped_column(JsonType)
    goals: Mapped[list[str]] = mapped_column(default=list)
    themes: Mapped[list[str]] = mapped_column(default=list)
    recorded_on: Mapped[date | None] = mapped_column(Date)


class FollowUpAction(col.MissionRecord, col.Stamped, Base):
    """Something to do after a mission, with an owner and a due date."""

    __tablename__ = "followup_action"
    partnership_id: Mapped[int | None] = col.key_to("partnership", "SET NULL", index=True)
    title: Mapped[Any] = mapped_column(JsonType)
    owner_id: Mapped[int | None] = col.key_to("person", "RESTRICT", index=True)
    owner_department: Mapped[str | None] = mapped_column(Text)
    due_date: Mapped[date] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)
    done_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)


class Gift(col.MissionRecord, col.Versioned, Base):
    """A gift received or given during a mission, and what the city decided about it."""

    __tablename__ = "gift"
    direction: Mapped[str] = mapped_column(String(16))
    description: Mapped[Any] = mapped_column(JsonType)
    on_date: Mapped[date] = mapped_column(Date, index=True)
    value_eur: Mapped[Decimal | None] = mapped_column(DecimalText)
    #: the municipality's own person who received or gave it (a board member, usually)
    official_id: Mapped[int | None] = col.key_to("person", "RESTRICT", index=True)
    #: the other side: an organisation by name, a person in the product, a partner
    counterpart: Mapped[str | None] = mapped_column(Text)
    counterpart_person_id: Mapped[int | None] = col.key_to("person", "RESTRICT", index=True)
    partner_id: Mapped[int | None] = col.key_to("partner", "SET NULL", index=True)
    decision: Mapped[str | None] = mapped_column(String(16))
    decided_by: Mapped[str | None] = mapped_column(String(128))
    decided_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
