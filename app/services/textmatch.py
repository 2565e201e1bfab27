"""The search box's word-prefix match over a folded `search_text`, on either kind of store.

SQLite reads its FTS5 table (migrations 0001 and 0005); a PostgreSQL (upstream) store has none
and matches the same folded column with one regular expression per typed word
(app.vn.text.word_prefix_filter), which a pg_trgm index serves when the server has it
(migration 0014). Both give the same rows; both put the newest entry (highest search_key) first.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, Table, text

from app.vn.text import fts_prefix_query, word_prefix_filter


def matching(stmt: Select[Any], model: Any, fts: Table, typed: str | None, *,
             sqlite: bool) -> Select[Any] | None:
    """`stmt` (a select over `model`) kept to the rows whose words start with every typed
    word; None when nothing searchable was typed (the caller leaves its query as it was)."""
    if sqlite:
        query = fts_prefix_query(typed)
        if query is None:
            return None
        return stmt.join(fts, fts.c.rowid == model.search_key).where(
            text(f"{fts.name} MATCH :fts_query")).params(fts_query=query)
    patterns = word_prefix_filter(typed)
    if patterns is None:
        return None
    return stmt.where(*(model.search_text.regexp_match(p) for p in patterns))


def entry_order(model: Any, fts: Table, *, sqlite: bool) -> ColumnElement[Any]:
    """Newest entry first: SQLite walks the FTS index backwards (LIMIT then stops early on a
    common prefix), PostgreSQL the same numbers in the table."""
    return (fts.c.rowid if sqlite else model.search_key).desc()
