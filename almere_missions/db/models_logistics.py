"""Tables of the visit logistics: rooms, transport, interpreters, needs, protocol, invitations.

They sit beside the core's tables and point at them (persons, venues, missions,
items), so the core's rows and the exchange format stay as they are. Rows that
belong to a person (needs, protocol) go with the person on erasure (ON DELETE
CASCADE) and are found by the subject-access export through their keys.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from almere_missions.db import columns as col
from almere_missions.db.models import Base
from almere_missions.db.types import DecimalText, JsonType, UTCDateTime
from almere_missions.timeutil import now_utc

VENUE_KINDS = ("venue", "hotel")
PARTSTATS = ("NEEDS-ACTION", "ACCEPTED", "DECLINED", "TENTATIVE")


class VenueProfile(Base):
    """What logistics know of a venue: whether it is a hotel, whether it has step-free access."""

    __tablename__ = "venue_profile"
    venue_id: Mapped[int] = col.key_to("venue", "CASCADE", primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), default="venue")
    #: True: step-free; False: steps only; None: not known (no warning)
    step_free: Mapped[bool | None] = mapped_column(Boolean)


class PersonProtocol(Base):
    """Title, form of address (per language) and rank in the order of precedence."""

    __tablename__ = "person_protocol"
    person_id: Mapped[int] = col.key_to("person", "CASCADE", primary_key=True)
    #: {"zh": "...", "nl": "...", "en": "..."}
    title: Mapped[dict[str, Any]] = mapped_column(JsonType, default=dict)
    address: Mapped[dict[str, Any]] = mapped_column(JsonType, default=dict)
    #: 1 comes first; None: after everyone ranked
    precedence: Mapped[int | None] = mapped_column(Integer)


class PersonNeed(Base):
    """Needs beyond the person's dietary and accessibility notes (personal data, retained
    and erased with them)."""

    __tablename__ = "person_need"
    person_id: Mapped[int] = col.key_to("person", "CASCADE", primary_key=True)
    allergies: Mapped[str | None] = mapped_column(Text)
    #: needs a venue without steps (a wheelchair, a walking frame)
    step_free: Mapped[bool] = mapped_column(Boolean, default=False)


class RoomBlock(col.MissionRecord, Base):
    """Rooms held at a hotel for a mission, from the first night to the check-out day."""

    __tablename__ = "room_block"
    hotel_id: Mapped[int] = col.key_to("venue", "RESTRICT")
    check_in: Mapped[date] = mapped_column(Date)
    check_out: Mapped[date] = mapped_column(Date)
    rooms: Mapped[int] = mapped_column(Integer)
    cost_per_night: Mapped[Decimal] = mapped_column(DecimalText)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    payer: Mapped[str] = mapped_column(Text, default="")


class RoomAssignment(col.Numbered, Base):
    """A guest's room in a block, for the nights from check-in to check-out."""

    __tablename__ = "room_assignment"
    __table_args__ = (UniqueConstraint("block_id", "person_id", "check_in"),)
    block_id: Mapped[int] = col.key_to("room_block", "CASCADE", index=True)
    person_id: Mapped[int] = col.key_to("person", "CASCADE", index=True)
    room: Mapped[str] = mapped_column(String(32))
    check_in: Mapped[date] = mapped_column(Date)
    check_out: Mapped[date] = mapped_column(Date)


class Vehicle(col.Numbered, Base):
    __tablename__ = "vehicle"
    ref: Mapped[str] = col.unique_ref()
    name: Mapped[str] = mapped_column(Text)
    #: passenger seats, the driver's not counted
    seats: Mapped[int] = mapped_column(Integer)
    plate: Mapped[str | None] = mapped_column(String(16))


class Trip(col.MissionRecord, Base):
    """A ride of a vehicle to a programme item: picked up in time to arrive at its start."""

    __tablename__ = "trip"
    __table_args__ = (Index("ix_trip_span", "pickup_utc", "arrive_utc"),)
    vehicle_id: Mapped[int] = col.key_to("vehicle", "RESTRICT", index=True)
    #: a person (the drivers are persons, staff or hired)
    driver_id: Mapped[int | None] = col.key_to("person", "RESTRICT", index=True)
    from_item_id: Mapped[int | None] = col.key_to("item", "SET NULL")
    to_item_id: Mapped[int] = col.key_to("item", "CASCADE", index=True)
    from_venue_id: Mapped[int | None] = col.key_to("venue", "RESTRICT")
    to_venue_id: Mapped[int | None] = col.key_to("venue", "RESTRICT")
    pickup_utc: Mapped[datetime] = mapped_column(UTCDateTime)
    arrive_utc: Mapped[datetime] = mapped_column(UTCDateTime)
    notes: Mapped[str | None] = mapped_column(Text)


class TripPassenger(col.PersonLink, Base):
    __tablename__ = "trip_passenger"
    trip_id: Mapped[int] = col.key_to("trip", "CASCADE", primary_key=True)


class InterpreterBooking(col.PersonLink, Base):
    """An interpreter (a person with languages) booked for a programme item."""

    __tablename__ = "interpreter_booking"
    item_id: Mapped[int] = col.key_to("item", "CASCADE", primary_key=True)


class Invitation(Base):
    """An item sent as an iTIP invitation: its UID and the SEQUENCE last sent.

    Kept after the item is deleted (item_id becomes NULL) so that it can still be
    cancelled with a higher SEQUENCE.
    """

    __tablename__ = "invitation"
    uid: Mapped[str] = mapped_column(String(255), primary_key=True)
    item_id: Mapped[int | None] = col.key_to("item", "SET NULL", index=True)
    mission_ref: Mapped[str] = mapped_column(String(128), index=True)
    item_ref: Mapped[str] = mapped_column(String(160))
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    #: the item's revision when last sent: a later revision is a change to send
    revision: Mapped[int] = mapped_column(Integer, default=0)
    method: Mapped[str] = mapped_column(String(16))  # REQUEST or CANCEL, as last sent
    sent_at: Mapped[datetime] = mapped_column(default=now_utc)
    #: what was sent, to cancel it after the item is gone
    summary: Mapped[str] = mapped_column(Text, default="")
    start_utc: Mapped[datetime] = mapped_column(UTCDateTime)
    end_utc: Mapped[datetime] = mapped_column(UTCDateTime)
    timezone: Mapped[str] = mapped_column(String(64))
    all_day: Mapped[bool] = mapped_column(Boolean, default=False)


class InvitationAttendee(Base):
    """One invited person and their reply."""

    __tablename__ = "invitation_attendee"
    uid: Mapped[str] = mapped_column(ForeignKey("invitation.uid", ondelete="CASCADE"),
                                     primary_key=True)
    person_id: Mapped[int] = col.person_link()
    partstat: Mapped[str] = mapped_column(String(16), default="NEEDS-ACTION")
    replied_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
