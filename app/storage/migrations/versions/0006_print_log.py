"""The print log: every print of a form or register, so reprints are marked "In lại lần N".

A new table only: nothing else is touched.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-08
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "print_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("form_id", sa.String(length=40), nullable=False),
        sa.Column("record_kind", sa.String(length=16), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=True),
        sa.Column("record_number", sa.String(length=60), nullable=False),
        sa.Column("printed_at", sa.DateTime(), nullable=False),
        sa.Column("officer_id", sa.Uuid(), nullable=True),
        sa.Column("copies", sa.Integer(), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("paper", sa.String(length=8), nullable=False),
        sa.Column("reprint", sa.Integer(), nullable=False),
        sa.Column("masked", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_print_log")),
    )
    op.create_index("ix_print_log_record", "print_log", ["form_id", "record_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_print_log_record", table_name="print_log")
    op.drop_table("print_log")
