"""The audit trail: one row per change, hash-chained, never updated or deleted.

``before`` and ``after`` are kept as the exact canonical JSON text that was
hashed, so verification never depends on how a backend stores JSON (JSONB
reorders keys and normalises numbers).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from almere_missions.db.models import Base
from almere_missions.db.types import UTCDateTime


class AuditEntry(Base):
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
