"""Citizen lookups by CCCD and by name + address; visit_person keeps the phone.

Indexes only and one ADD COLUMN: SQLite does these in place, so no table is copied and the
FTS triggers on citizen stay untouched.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_citizen_name_folded", table_name="citizen")
    op.create_index("ix_citizen_cccd", "citizen", ["cccd"])
    op.create_index("ix_citizen_name_address", "citizen", ["name_folded", "address_folded"])
    op.add_column("visit_person", sa.Column("phone", sa.String(length=32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("visit_person") as batch_op:
        batch_op.drop_column("phone")
    op.drop_index("ix_citizen_name_address", table_name="citizen")
    op.drop_index("ix_citizen_cccd", table_name="citizen")
    op.create_index("ix_citizen_name_folded", "citizen", ["name_folded"])
