"""The engines: SQLite by default, PostgreSQL for an upstream office (`--database-url`).

SQLite: WAL, foreign keys, synchronous=FULL, explicit BEGIN (TECH-NOTES §3.1). Python's sqlite3
(legacy transaction mode) opens transactions implicitly and not for every statement; we switch
that off and emit BEGIN ourselves, IMMEDIATE for writers, so a read-then-write transaction cannot
fail on a lock upgrade.

PostgreSQL: a writer takes one transaction-scoped advisory lock first, the same one-writer-at-a-
time rule as BEGIN IMMEDIATE. The code relies on it: the audit chain reads the last entry then
appends the next, and a change_log sequence value taken by one transaction must not commit after
a later one (an exporter further up would skip it for ever).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.engine import Connection
from sqlalchemy.pool import ConnectionPoolEntry

from app.storage import dbfile
from app.text import Text

WRITE_OPTION = "tiepdan_write"
BUSY_TIMEOUT_MS = 10_000
WRITER_LOCK = 0x7469_6570  # "tiep": the advisory lock key every PostgreSQL writer takes


def _on_connect(dbapi_conn: dbfile.Connection, _record: ConnectionPoolEntry) -> None:
    dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.close()


def _on_begin(conn: Connection) -> None:
    immediate = conn.get_execution_options().get(WRITE_OPTION, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(db_path: Path, **kwargs: Any) -> Engine:
    """The engine of a store file. Its connections come from app/storage/dbfile.py, keyed
    there (before these pragmas) when the store is encrypted."""
    engine = create_engine(f"sqlite:///{db_path}", module=dbfile.driver,
                           creator=lambda: dbfile.connect(db_path, check_same_thread=False),
                           **kwargs)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def _on_begin_pg(conn: Connection) -> None:
    if conn.get_execution_options().get(WRITE_OPTION, False):
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITER_LOCK})")


def make_url_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for a database URL; only PostgreSQL (postgresql+psycopg://…) is supported."""
    if make_url(url).get_backend_name() != "postgresql":
        raise ValueError(Text("không hỗ trợ '{backend}'",
                              backend=make_url(url).get_backend_name()))
    engine = create_engine(url, pool_pre_ping=True, **kwargs)
    event.listen(engine, "begin", _on_begin_pg)
    return engine


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def pragma(engine: Engine, name: str) -> Any:
    with engine.connect() as conn:
        return conn.exec_driver_sql(f"PRAGMA {name}").scalar()
