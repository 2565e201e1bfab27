"""The office calendar: public holidays, days off and make-up working days (LAW.md §8).

A new table only: nothing else is touched. It starts empty; until an office stores entries for
a year, the calendar shipped in resources/calendar/ is used for that year (app.services.calendar).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "calendar_entry",
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("source", sa.String(length=500), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('holiday', 'day_off', 'working_day')", name=op.f("ck_calendar_entry_kind")
        ),
        sa.PrimaryKeyConstraint("date", name=op.f("pk_calendar_entry")),
    )


def downgrade() -> None:
    op.drop_table("calendar_entry")
