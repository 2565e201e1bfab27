from __future__ import annotations

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class AuditEntry(Base):
    """One entry of the append-only, hash-chained audit log (app/storage/audit.py).

    Written in the transaction of the change it records, through UnitOfWork.audit only.
    Triggers refuse UPDATE and DELETE (migration 0008). It never holds a denouncer's identity:
    records are named by kind, id and number, summaries by counts and codes (LAW.md §11).
    Texts are stored exactly as hashed (plain Text, already NFC).
    """

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_at", "at"),
        Index("ix_audit_log_record", "record_kind", "record_id"),
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(32))  # UTC, ISO 8601 with microseconds and Z
    actor_kind: Mapped[str] = mapped_column(String(16))  # officer | user | system
    actor_id: Mapped[str] = mapped_column(String(64))
    actor_name: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(String(48))  # e.g. visit.create, petition.act
    record_kind: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(64))
    summary: Mapped[str] = mapped_column(Text)  # a line for people; no identity
    before: Mapped[str] = mapped_column(Text)  # canonical JSON, "null" when none
    after: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
