"""Columns the tables share, as mixins and small column factories.

Mixin columns go after a table's own columns, except those with a negative
``sort_order`` (the key, and a mission record's ref and mission), which lead: so every
table keeps the column order its migration gave it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, declared_attr, mapped_column

from almere_missions.timeutil import now_utc


class Numbered:
    """A surrogate integer key, the first column."""

    id: Mapped[int] = mapped_column(primary_key=True, sort_order=-2)


class MissionRecord(Numbered):
    """A row of a mission's own (an outcome, a gift, a room block...): the key, its ref,
    then the mission, which it goes with."""

    ref: Mapped[str] = mapped_column(String(160), unique=True, sort_order=-1)
    mission_id: Mapped[int] = mapped_column(ForeignKey("mission.id", ondelete="CASCADE"),
                                            index=True, sort_order=-1)


def person_link() -> Any:
    """The person half of a link table's key: the link goes with the person."""
    return mapped_column(ForeignKey("person.id", ondelete="CASCADE"), primary_key=True,
                         index=True)


class PersonLink:
    """A table linking something (the first column) to persons (the second)."""

    person_id: Mapped[int] = person_link()


class Versioned:
    """Optimistic locking: ``version`` rises with every update, so a write over another
    user's newer one fails instead of overwriting it."""

    version: Mapped[int] = mapped_column(Integer, nullable=False)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}


class Stamped(Versioned):
    """Versioned, and when it was last changed (``updated_at``, before ``version``)."""

    updated_at: Mapped[datetime] = mapped_column(default=now_utc, onupdate=now_utc)


def unique_ref(length: int = 128) -> Any:
    """The row's reference: the key users, files and the exchange format know it by."""
    return mapped_column(String(length), unique=True)


def key_to(table: str, ondelete: str | None = None, **kw: Any) -> Any:
    """A foreign key to ``table``'s ``id``; ``kw`` as for ``mapped_column``."""
    return mapped_column(ForeignKey(f"{table}.id", ondelete=ondelete), **kw)


def mission_key(**kw: Any) -> Any:
    """The mission the row belongs to; it goes with the mission."""
    return key_to("mission", "CASCADE", **kw)


