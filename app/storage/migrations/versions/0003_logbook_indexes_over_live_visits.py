"""The logbook's indexes cover live visits only, and the officer filter gets one.

`deleted_at IS NULL` is in every logbook query, so partial indexes let SQLite count and skip
rows without reading the table, and the category and officer filters no longer sort every
matching visit for one page (bench/RESULTS.md §3). Officers are never hard-deleted (they are
deactivated), so the foreign key needs no plain index of its own.

Plain CREATE/DROP INDEX: no table is copied and the FTS triggers stay untouched.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

LIVE = sa.text("deleted_at IS NULL")


def _live(name: str, *columns: str) -> None:
    op.create_index(name, "visit", list(columns), sqlite_where=LIVE, postgresql_where=LIVE)


def upgrade() -> None:
    op.drop_index("ix_visit_visited_at", table_name="visit")
    op.drop_index("ix_visit_category", table_name="visit")
    op.drop_index("ix_visit_officer_id", table_name="visit")
    _live("ix_visit_visited_at", "visited_at", "search_key")
    _live("ix_visit_category", "category", "visited_at", "search_key")
    _live("ix_visit_officer", "officer_id", "visited_at", "search_key")


def downgrade() -> None:
    op.drop_index("ix_visit_officer", table_name="visit")
    op.drop_index("ix_visit_category", table_name="visit")
    op.drop_index("ix_visit_visited_at", table_name="visit")
    op.create_index("ix_visit_officer_id", "visit", ["officer_id"])
    op.create_index("ix_visit_category", "visit", ["category"])
    op.create_index("ix_visit_visited_at", "visit", ["visited_at", "search_key"])
