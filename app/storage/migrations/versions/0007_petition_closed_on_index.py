"""Petitions by the day they were closed: the periodic reports find what was still open.

A report for a period counts, besides the petitions received in it, those received earlier that
were still open on its first day: open now, or closed on or after that day. Without an index
the second half read every closed petition of the store (bench/RESULTS.md, reports: 384 ms of
a year's 01/XLD on 500,000 petitions).

Plain CREATE/DROP INDEX: no table is copied and the FTS triggers stay untouched.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-09
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_petition_closed_on", "petition", ["closed_on"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_petition_closed_on", table_name="petition")
