"""Sync keys, bulletins and epochs: rotated and revoked office keys and their age recipient,
batches numbered per installation (a restored store starts a new epoch at 1), bulletins sent
down by an upstream and received at a ward.

Revision ID: 0012
Revises: 0010
Create Date: 2026-12-12
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision: str | None = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_peer") as t:
        t.add_column(sa.Column("age_recipient", sa.String(length=80), nullable=True))
        t.add_column(sa.Column("revoked_at", sa.String(length=32), nullable=True))
        t.add_column(sa.Column("revoked_reason", sa.Text(), nullable=True))
        t.add_column(sa.Column("replaced_by", sa.String(length=32), nullable=True))
    with op.batch_alter_table("sync_batch", recreate="always") as t:
        t.drop_constraint("pk_sync_batch", type_="primary")
        t.create_primary_key("pk_sync_batch", ["installation_id", "batch_seq"])
    op.create_table(
        "sync_bulletin",
        sa.Column("office_code", sa.String(length=32), nullable=False),
        sa.Column("bulletin_seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("bulletin_id", sa.String(length=36), nullable=False),
        sa.Column("header_sha256", sa.String(length=64), nullable=False),
        sa.Column("kinds", sa.Text(), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("office_code", "bulletin_seq", name=op.f("pk_sync_bulletin")),
        sa.UniqueConstraint("bulletin_id", name=op.f("uq_sync_bulletin_bulletin_id")),
    )
    op.create_table(
        "sync_bulletin_in",
        sa.Column("upstream_code", sa.String(length=32), nullable=False),
        sa.Column("bulletin_seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("bulletin_id", sa.String(length=36), nullable=False),
        sa.Column("header_sha256", sa.String(length=64), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("received_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("upstream_code", "bulletin_seq",
                                name=op.f("pk_sync_bulletin_in")),
        sa.UniqueConstraint("bulletin_id", name=op.f("uq_sync_bulletin_in_bulletin_id")),
    )


def downgrade() -> None:
    op.drop_table("sync_bulletin_in")
    op.drop_table("sync_bulletin")
    with op.batch_alter_table("sync_batch", recreate="always") as t:
        t.drop_constraint("pk_sync_batch", type_="primary")
        t.create_primary_key("pk_sync_batch", ["batch_seq"])
    with op.batch_alter_table("sync_peer") as t:
        for name in ("replaced_by", "revoked_reason", "revoked_at", "age_recipient"):
            t.drop_column(name)
