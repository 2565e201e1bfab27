"""FTS update triggers fire only when a row's search text or key really changed.

`{table}_fts_au` (0001, 0005) fired on every UPDATE that *set* search_text or search_key, and
the sync importer's upsert sets every column: each later image of a citizen, visit or petition
deleted and re-inserted its FTS row with the same text (bench/RESULTS.md, "Tried and dropped",
now done). The triggers get `WHEN old.search_text IS NOT new.search_text OR old.search_key IS
NOT new.search_key` (`IS NOT`: NULL-safe); what each FTS table holds is unchanged (rowid =
search_key, text = search_text), so no FTS row is rewritten here.

Only the three triggers are dropped and recreated under the same names (bench/generate.py and
generate_petitions.py copy them from sqlite_master). FTS5 and its triggers are SQLite's: on
PostgreSQL (an upstream's store, 0001) this revision does nothing.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-13
"""

from __future__ import annotations

from alembic import op

revision = "0013"
down_revision: str | None = "0012"
branch_labels = None
depends_on = None

TABLES = ("citizen", "visit", "petition")


def trigger_sql(table: str, *, guarded: bool = True) -> str:
    when = (" WHEN old.search_text IS NOT new.search_text OR old.search_key IS NOT new.search_key"
            if guarded else "")
    return (f"CREATE TRIGGER {table}_fts_au AFTER UPDATE OF search_text, search_key ON {table}"
            f"{when} BEGIN "
            f"DELETE FROM {table}_fts WHERE rowid = old.search_key; "
            f"INSERT INTO {table}_fts(rowid, text) VALUES (new.search_key, new.search_text); END")


def _recreate(guarded: bool) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_au")
        op.execute(trigger_sql(table, guarded=guarded))


def upgrade() -> None:
    _recreate(guarded=True)


def downgrade() -> None:
    _recreate(guarded=False)
