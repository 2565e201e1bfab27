"""PostgreSQL: trigram indexes over the folded search_text of citizens, visits and petitions,
which serve the search box's word-prefix regular expressions there (SQLite has its FTS5 tables
since 0001 and 0005: nothing to do on SQLite).

pg_trgm is a trusted extension from PostgreSQL 13, so the database's owner may create it. Where
it cannot be created (an older server, a role without CREATE on the database, the contrib
package missing), the upgrade goes on without the indexes: searching gives the same results,
reading the tables instead.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision: str | None = "0013"
branch_labels = None
depends_on = None

TABLES = ("citizen", "visit", "petition")


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    # A failed CREATE EXTENSION would abort the whole upgrade's transaction: PL/pgSQL's
    # exception block runs it in a subtransaction and only reports the refusal.
    op.execute(
        "DO $$ BEGIN CREATE EXTENSION IF NOT EXISTS pg_trgm; "
        "EXCEPTION WHEN OTHERS THEN RAISE NOTICE 'pg_trgm: %', SQLERRM; END $$"
    )
    if bind.execute(sa.text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")).first():
        for table in TABLES:
            op.execute(f"CREATE INDEX IF NOT EXISTS ix_{table}_search_trgm ON {table} "
                       "USING gin (search_text gin_trgm_ops)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.execute(f"DROP INDEX IF EXISTS ix_{table}_search_trgm")
