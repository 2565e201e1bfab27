"""Whether a store is an upstream office's, read on the GUI's quick start-up connection (plain
sqlite3, no ORM: app/ui/main.py decides its pages before SQLAlchemy is loaded)."""

from __future__ import annotations

import sqlite3

META_MODE = "sync.mode"  # app/sync/keys.py writes "upstream" at `keys init --upstream`


def is_upstream(conn: sqlite3.Connection) -> bool:
    try:
        row = conn.execute("SELECT value FROM store_meta WHERE key = ?", (META_MODE,)).fetchone()
    except sqlite3.Error:
        return False  # a store from before sync: a ward
    return row is not None and row[0] == "upstream"
