"""Sync bookkeeping (SYNC.md): the change log, outgoing batches, and at an upstream office the
enrolled offices, the batches received and the changes applied.

`change_log` is append-only (triggers in migration 0010 refuse UPDATE and DELETE); what happened
to a change afterwards (exported in which batch, acknowledged) is kept beside it, in `sync_batch`
ranges and the store's acknowledged sequence, so no change row is ever rewritten.
"""

from __future__ import annotations

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class ChangeLog(Base):
    """One change of one synced row, written in the transaction of the change
    (app/storage/changelog.py; never by a service directly)."""

    __tablename__ = "change_log"
    __table_args__ = (
        Index("ix_change_log_entity", "entity", "entity_id"),
        {"sqlite_autoincrement": True},  # a seq is never reused, even after pruning
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(32))  # the table name
    entity_id: Mapped[str] = mapped_column(String(64))  # uuid hex (a code for field_of_law)
    op: Mapped[str] = mapped_column(String(1))  # I insert, U update, D delete or tombstone
    row_version: Mapped[int | None] = mapped_column(Integer)  # None on unversioned tables
    # The row as committed, canonical JSON; NULL only for the baseline rows migration 0010
    # wrote for data that existed before the change log (read from the table at export).
    payload: Mapped[str | None] = mapped_column(Text)
    changed_at: Mapped[str] = mapped_column(String(32))  # UTC ISO 8601, informational
    actor: Mapped[str] = mapped_column(String(80), default="")  # kind:id of app/actor.py


class SyncBatch(Base):
    """A batch this store wrote (ward side): which changes it carries, acknowledged or not."""

    __tablename__ = "sync_batch"

    # Numbered per installation: a restored store (new installation id, a new epoch) starts at
    # 1 again, which is what the upstream expects of an installation it has not seen (0012).
    installation_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    batch_seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    batch_id: Mapped[str] = mapped_column(String(36), unique=True)
    first_change: Mapped[int] = mapped_column(Integer)
    last_change: Mapped[int] = mapped_column(Integer)
    change_count: Mapped[int] = mapped_column(Integer)
    header_sha256: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(String(32))
    acked_at: Mapped[str | None] = mapped_column(String(32))


class SyncPeer(Base):
    """An office enrolled at this (upstream) store: its signing key, bound to its code."""

    __tablename__ = "sync_peer"

    key_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    office_code: Mapped[str] = mapped_column(String(32), index=True)
    office_name: Mapped[str] = mapped_column(Text, default="")
    installation_id: Mapped[str] = mapped_column(String(36))
    public_key: Mapped[str] = mapped_column(String(64))  # raw Ed25519, hex
    active: Mapped[bool] = mapped_column(default=True)
    enrolled_at: Mapped[str] = mapped_column(String(32))
    # The office's age recipient: bulletins down are encrypted to it (0012).
    age_recipient: Mapped[str | None] = mapped_column(String(80))
    # Revoked (active False): batches it signs are quarantined with this reason.
    revoked_at: Mapped[str | None] = mapped_column(String(32))
    revoked_reason: Mapped[str | None] = mapped_column(Text)
    # Rotated: the key that replaces it; this one stays valid until a batch signed by the new
    # key has been applied (batches already on their way are not lost).
    replaced_by: Mapped[str | None] = mapped_column(String(32))


class SyncInbound(Base):
    """A batch received by this (upstream) store and applied."""

    __tablename__ = "sync_inbound"
    __table_args__ = (Index("ix_sync_inbound_office", "office_code"),)

    installation_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    batch_seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    batch_id: Mapped[str] = mapped_column(String(36))
    office_code: Mapped[str] = mapped_column(String(32))
    header_sha256: Mapped[str] = mapped_column(String(64))
    first_change: Mapped[int] = mapped_column(Integer)
    last_change: Mapped[int] = mapped_column(Integer)
    applied: Mapped[int] = mapped_column(Integer)
    stale: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[str] = mapped_column(String(32))


class AppliedChange(Base):
    """Idempotency one level down (SYNC.md step 8): a change applied once, whatever the batch."""

    __tablename__ = "applied_change"

    office_code: Mapped[str] = mapped_column(String(32), primary_key=True)
    installation_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    change_seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)


class SyncBulletin(Base):
    """A bulletin this (upstream) store sent down to an office, numbered per office."""

    __tablename__ = "sync_bulletin"

    office_code: Mapped[str] = mapped_column(String(32), primary_key=True)
    bulletin_seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    bulletin_id: Mapped[str] = mapped_column(String(36), unique=True)
    header_sha256: Mapped[str] = mapped_column(String(64))
    kinds: Mapped[str] = mapped_column(Text)  # comma-separated item kinds
    file_name: Mapped[str] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(String(32))


class SyncBulletinIn(Base):
    """A bulletin this (ward) store received from its upstream and applied."""

    __tablename__ = "sync_bulletin_in"

    upstream_code: Mapped[str] = mapped_column(String(32), primary_key=True)
    bulletin_seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    bulletin_id: Mapped[str] = mapped_column(String(36), unique=True)
    header_sha256: Mapped[str] = mapped_column(String(64))
    summary: Mapped[str] = mapped_column(Text)
    received_at: Mapped[str] = mapped_column(String(32))
