"""Tables of the planning part: imported busy times, saved programme templates and
issued programmes."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from almere_missions.db import columns as col
from almere_missions.db.models import Base
from almere_missions.db.types import JsonType, UTCDateTime
from almere_missions.timeutil import now_utc


class BusyBlock(col.Numbered, Base):
    """A time a person is already taken, from their own agenda (no subject kept: only when)."""

    __tablename__ = "busy_block"
    __table_args__ = (Index("ix_busy_block_person_span", "person_id", "start_utc", "end_utc"),)
    person_id: Mapped[int] = col.key_to("person", "CASCADE")
    start_utc: Mapped[datetime] = mapped_column(UTCDateTime)
    end_utc: Mapped[datetime] = mapped_column(UTCDateTime)
    all_day: Mapped[bool] = mapped_column(Boolean, default=False)
    #: the file the block came from (its name only), for "imported from ..." in messages
    source: Mapped[str] = mapped_column(String(255), default="")
    imported_at: Mapped[datetime] = mapped_column(default=now_utc)


class ProgrammeTemplate(col.Numbered, Base):
    """A programme saved by an officer to start new missions from (shipped ones are files)."""

    __tablename__ = "programme_template"
    code: Mapped[str] = mapped_column(String(128), unique=True)
    name: Mapped[Any] = mapped_column(JsonType)
    #: the template document (see almere_missions.planning.templates)
    document: Mapped[dict[str, Any]] = mapped_column(JsonType)
    created_by: Mapped[str] = mapped_column(String(128), default="")
    created_at: Mapped[datetime] = mapped_column(default=now_utc)


class IssuedProgramme(col.Numbered, Base):
    """An immutable snapshot of a programme as sent to guests and hosts."""

    __tablename__ = "issued_programme"
    __table_args__ = (UniqueConstraint("mission_id", "number"),)
    mission_id: Mapped[int] = col.mission_key(index=True)
    number: Mapped[int] = mapped_column(Integer)
    issued_at: Mapped[datetime] = mapped_column(default=now_utc)
    issued_by: Mapped[str] = mapped_column(String(128), default="")
    #: the programme's items as plain data (see almere_missions.planning.issued)
    items: Mapped[list[Any]] = mapped_column(JsonType)
    content_sha256: Mapped[str] = mapped_column(String(64))
    note: Mapped[str | None] = mapped_column(Text)
