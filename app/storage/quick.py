"""A read-only look at a store without SQLAlchemy or Alembic, for the GUI's first paint.

It only succeeds for a store that is already at this build's schema head and set up for an
office; anything else (new, older, newer, broken) goes through storage.store.open_store.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.paths import DB_FILENAME
from app.storage import dbfile
from app.storage.schema_version import HEAD

BUSY_TIMEOUT_MS = 10_000


def connect_reader(db_path: Path) -> dbfile.Connection:
    """A connection that can only read (each SELECT sees the latest committed data in WAL)."""
    conn = dbfile.connect(db_path, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute("PRAGMA query_only=1")
    return conn


def open_quick(data_dir: Path) -> dbfile.Connection | None:
    db_path = data_dir / DB_FILENAME
    if not db_path.is_file():
        return None
    try:
        conn = connect_reader(db_path)
    except dbfile.Error:
        return None
    try:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        office = conn.execute("SELECT value FROM store_meta WHERE key = 'office_id'").fetchone()
    except dbfile.Error:
        revision = office = None
    if revision is None or revision[0] != HEAD or office is None:
        conn.close()
        return None
    return conn


def is_encrypted(data_dir: Path) -> bool:
    """The store has a key file (app/storage/keyring.py): it opens only after sign-in."""
    from app.storage.keyring import key_file

    return key_file(data_dir / DB_FILENAME).exists()


def has_user_accounts(conn: dbfile.Connection) -> bool:
    """Whether the store has user accounts (then the GUI signs in before opening)."""
    try:
        return bool(conn.execute("SELECT 1 FROM user_account LIMIT 1").fetchone())
    except dbfile.Error:  # a store from before user accounts
        return False


class ServerReader:
    """The GUI's reading connection to an upstream's PostgreSQL store, standing in for the
    SQLite reader above: each statement in its own transaction (autocommit, so it sees the
    latest imports and holds nothing open), sqlite3-style '?' markers turned into psycopg's.
    app/services/logbook.py tells it from SQLite by `dialect`."""

    dialect = "postgresql"

    def __init__(self, conninfo: str) -> None:
        import psycopg

        self.conninfo = conninfo
        self._conn = psycopg.connect(conninfo, autocommit=True)

    def execute(self, sql: str, params: Any = ()) -> Any:
        return self._conn.execute(sql.replace("?", "%s"), params)

    def another(self) -> ServerReader:
        """A connection of its own (the logbook counts in a worker thread)."""
        return ServerReader(self.conninfo)

    def close(self) -> None:
        self._conn.close()
