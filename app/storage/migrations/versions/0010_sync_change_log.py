"""Sync (SYNC.md): the change log, outgoing batches, and the upstream's enrolled offices,
received batches and applied changes.

`change_log` is append-only like `audit_log` (triggers refuse UPDATE and DELETE). Rows that
existed before this revision get one baseline change each (op I, payload NULL: the exporter reads
the row itself), parents before children so an upstream can apply them in order.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-10
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.storage.migrations import append_only

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

# (table, key column, versioned, order): parents first (app/storage/changelog.py SYNCED).
BASELINE = (
    ("office", "id", True, "created_at"),
    ("field_of_law", "code", False, "position, code"),
    ("officer", "id", True, "created_at"),
    ("citizen", "id", True, "created_at"),
    ("visit", "id", True, "created_at"),
    ("visit_person", "id", False, "visit_id, position"),
    ("petition", "id", True, "created_at"),
    ("petition_sender", "id", False, "petition_id, position"),
    ("petition_event", "id", False, "petition_id, seq"),
)


def upgrade() -> None:
    op.create_table(
        "change_log",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("op", sa.String(length=1), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=True),
        sa.Column("payload", sa.Text(), nullable=True),
        sa.Column("changed_at", sa.String(length=32), nullable=False),
        sa.Column("actor", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_change_log")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_change_log_entity", "change_log", ["entity", "entity_id"], unique=False)
    op.create_table(
        "sync_batch",
        sa.Column("batch_seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("batch_id", sa.String(length=36), nullable=False),
        sa.Column("installation_id", sa.String(length=36), nullable=False),
        sa.Column("first_change", sa.Integer(), nullable=False),
        sa.Column("last_change", sa.Integer(), nullable=False),
        sa.Column("change_count", sa.Integer(), nullable=False),
        sa.Column("header_sha256", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("acked_at", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("batch_seq", name=op.f("pk_sync_batch")),
        sa.UniqueConstraint("batch_id", name=op.f("uq_sync_batch_batch_id")),
    )
    op.create_table(
        "sync_peer",
        sa.Column("key_id", sa.String(length=32), nullable=False),
        sa.Column("office_code", sa.String(length=32), nullable=False),
        sa.Column("office_name", sa.Text(), nullable=False),
        sa.Column("installation_id", sa.String(length=36), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("enrolled_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("key_id", name=op.f("pk_sync_peer")),
    )
    op.create_index(op.f("ix_sync_peer_office_code"), "sync_peer", ["office_code"], unique=False)
    op.create_table(
        "sync_inbound",
        sa.Column("installation_id", sa.String(length=36), nullable=False),
        sa.Column("batch_seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("batch_id", sa.String(length=36), nullable=False),
        sa.Column("office_code", sa.String(length=32), nullable=False),
        sa.Column("header_sha256", sa.String(length=64), nullable=False),
        sa.Column("first_change", sa.Integer(), nullable=False),
        sa.Column("last_change", sa.Integer(), nullable=False),
        sa.Column("applied", sa.Integer(), nullable=False),
        sa.Column("stale", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("installation_id", "batch_seq", name=op.f("pk_sync_inbound")),
    )
    op.create_index("ix_sync_inbound_office", "sync_inbound", ["office_code"], unique=False)
    op.create_table(
        "applied_change",
        sa.Column("office_code", sa.String(length=32), nullable=False),
        sa.Column("installation_id", sa.String(length=36), nullable=False),
        sa.Column("change_seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.PrimaryKeyConstraint("office_code", "installation_id", "change_seq",
                                name=op.f("pk_applied_change")),
    )
    sqlite = op.get_bind().dialect.name == "sqlite"
    now = ("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')" if sqlite else
           # the backslashes keep ":MI" and ":SS" from being read as bind parameters
           """to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24\\:MI\\:SS.MS"Z"')""")
    for table, key, versioned, order in BASELINE:
        version = "version" if versioned else "NULL"
        if not sqlite and key == "id":  # a native uuid there; the log keeps the hex form
            key = "replace(CAST(id AS TEXT), '-', '')"
        op.execute(
            "INSERT INTO change_log (entity, entity_id, op, row_version, payload, changed_at, actor) "
            f"SELECT '{table}', {key}, 'I', {version}, NULL, {now}, 'system:baseline' "
            f"FROM {table} ORDER BY {order}")
    append_only.protect("change_log")


def downgrade() -> None:
    append_only.unprotect("change_log")
    op.drop_table("applied_change")
    op.drop_index("ix_sync_inbound_office", table_name="sync_inbound")
    op.drop_table("sync_inbound")
    op.drop_index(op.f("ix_sync_peer_office_code"), table_name="sync_peer")
    op.drop_table("sync_peer")
    op.drop_table("sync_batch")
    op.drop_index("ix_change_log_entity", table_name="change_log")
    op.drop_table("change_log")
