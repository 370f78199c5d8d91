"""Tables of the calendars: what was exported with which SEQUENCE, and what was
published on which CalDAV calendar (to remove items later deleted from a mission)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from almere_missions.db import columns as col
from almere_missions.db.models import Base
from almere_missions.timeutil import now_utc


class CalendarExportState(Base):
    """The last revision of an item written to a calendar, and the SEQUENCE it got.

    Keyed by UID (made from refs), so an item deleted and made again under the
    same ref, or a revision counter that restarted after an import elsewhere,
    still gets a SEQUENCE above the one calendars already hold.
    """

    __tablename__ = "calendar_export_state"
    uid: Mapped[str] = mapped_column(String(255), primary_key=True)
    mission_ref: Mapped[str] = mapped_column(String(128), index=True)
    item_ref: Mapped[str] = mapped_column(String(160))
    #: the item's revision when last exported; -1 once the item was deleted
    revision: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer)
    #: whether guests could have received it, and what they got: enough to cancel it
    #: in their calendars after the item is deleted
    public: Mapped[bool] = mapped_column(Boolean, default=True)
    start_value: Mapped[str] = mapped_column(String(20))  # UTC date-time, or a DATE
    end_value: Mapped[str] = mapped_column(String(20))
    summary: Mapped[str] = mapped_column(Text, default="")
    exported_at: Mapped[datetime] = mapped_column(default=now_utc)


class CalendarPublication(col.Numbered, Base):
    """One event resource put on a CalDAV calendar."""

    __tablename__ = "calendar_publication"
    __table_args__ = (UniqueConstraint("server", "calendar", "uid"),)
    server: Mapped[str] = mapped_column(Text)  # the CalDAV URL, without credentials
    calendar: Mapped[str] = mapped_column(Text)
    mission_ref: Mapped[str] = mapped_column(String(128), index=True)
    uid: Mapped[str] = mapped_column(String(255))
    href: Mapped[str | None] = mapped_column(Text)
    sequence: Mapped[int] = mapped_column(Integer)
    published_at: Mapped[datetime] = mapped_column(default=now_utc)
