"""A store: one SQLite file in a data directory, migrated on open; or, for an upstream office,
a PostgreSQL database (`database_url`) with the same schema, the data directory then holding
only keys and sync files."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.actor import Actor
from app.errors import StoreError, os_reason
from app.paths import DB_FILENAME, backup_dir
from app.storage import dbfile
from app.storage.engine import is_sqlite, make_engine, make_url_engine
from app.storage.migrate import ensure_schema
from app.storage.uow import UnitOfWork, session_factories
from app.text import Text, said


@dataclass
class Store:
    data_dir: Path
    db_path: Path
    engine: Engine
    _reader: sessionmaker[Session]
    _writer: sessionmaker[Session]
    migration_backup: Path | None = None
    user: Actor | None = None  # the signed-in user (app/services/users.py); None in desk mode

    @property
    def is_sqlite(self) -> bool:
        return is_sqlite(self.engine)

    def read(self) -> UnitOfWork:
        return UnitOfWork(self._reader)

    def write(self, actor: Actor | None = None) -> UnitOfWork:
        """A write transaction on behalf of `actor` (the system when None); once a user has
        signed in on this store, always on the user's behalf (their role is checked)."""
        return UnitOfWork(self._writer, self.user or actor, writer=True)

    def record(self, actor: Actor | None, action: str, record_kind: str, record_id: object,
               summary: str, *, after: object = None) -> int:
        """An audit entry on its own (a read worth recording: a protected identity shown,
        a backup made). Raises StoreError when it cannot be written: the caller then does
        not show what it would have recorded."""
        with self.write(actor) as uow:
            seq = uow.audit(action, record_kind, record_id, summary, after=after)
            uow.commit()
            return seq

    def reader_connection(self) -> Any:
        """A DB-API connection of its own for the GUI's lists (app/services/logbook.py): the
        SQLite file read-only, or the PostgreSQL database (app/storage/quick.ServerReader)."""
        from app.storage.quick import ServerReader, connect_reader

        if self.is_sqlite:
            return connect_reader(self.db_path)
        url = self.engine.url.set(drivername="postgresql")
        return ServerReader(url.render_as_string(hide_password=False))

    def checkpoint(self) -> None:
        """Copy the WAL into the database now, when nobody waits for it.

        SQLite's auto-checkpoint otherwise runs inside whichever commit crosses 1000 pages,
        adding 12–20 ms to that officer's save (bench/RESULTS.md §2). PASSIVE never blocks.
        """
        self._quietly("PRAGMA wal_checkpoint(PASSIVE)")

    def reopen(self) -> None:
        """Let go of every connection and start a new engine on the same file (its encryption
        changed: app/services/encryption.py)."""
        self.engine.dispose()
        self.engine = make_engine(self.db_path)
        self._reader, self._writer = session_factories(self.engine)

    def close(self) -> None:
        self._quietly("PRAGMA optimize")  # keeps the planner's statistics fresh; cheap
        self.engine.dispose()

    def _quietly(self, sql: str) -> None:
        # Outside any transaction (the raw connection is in autocommit): a checkpoint run
        # inside one cannot finish.
        if not self.is_sqlite:
            return  # SQLite housekeeping; PostgreSQL has autovacuum
        try:
            conn = self.engine.raw_connection()
            try:
                conn.cursor().execute(sql).fetchall()
            finally:
                conn.close()
        except Exception:  # housekeeping only: a busy or read-only file is not an error
            pass


def open_store(data_dir: Path, database_url: str | None = None) -> Store:
    """Open (creating if needed) the store in `data_dir` and bring its schema up to date;
    with `database_url`, the rows live in that PostgreSQL database instead of the SQLite file."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError("store_unreadable", path=str(data_dir), reason=os_reason(exc)) from exc
    db_path = data_dir / DB_FILENAME
    if database_url:
        return _open_server(data_dir, db_path, database_url)
    engine = make_engine(db_path)
    try:
        backup = ensure_schema(engine, db_path, backup_dir(data_dir))
    except dbfile.DatabaseError as exc:
        engine.dispose()
        raise StoreError("store_unreadable", path=str(db_path), reason=said(exc)) from exc
    except Exception as exc:
        engine.dispose()
        from sqlalchemy.exc import DatabaseError

        if isinstance(exc, DatabaseError):
            raise StoreError("store_unreadable", path=str(db_path), reason=said(exc.orig or exc)) from exc
        raise
    reader, writer = session_factories(engine)
    return Store(data_dir, db_path, engine, reader, writer, backup)


def _open_server(data_dir: Path, db_path: Path, url: str) -> Store:
    from sqlalchemy import make_url
    from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

    from app.storage.migrate import upgrade_server

    try:
        shown = make_url(url).render_as_string(hide_password=True)  # never print a password
        engine = make_url_engine(url)
    except ImportError as exc:  # psycopg is the `upstream` extra (pyproject.toml)
        raise StoreError("store_bad_url", url=url.rpartition("@")[2],
                         reason=Text("chưa cài trình điều khiển PostgreSQL: pip install 'tiepdan[upstream]'")) from exc
    except (ArgumentError, NoSuchModuleError, ValueError) as exc:
        raise StoreError("store_bad_url", url=url.rpartition("@")[2], reason=said(exc)) from exc
    try:
        upgrade_server(engine)
    except DBAPIError as exc:
        engine.dispose()
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise StoreError("store_server_unreachable", url=shown, reason=reason) from exc
    except BaseException:
        engine.dispose()
        raise
    reader, writer = session_factories(engine)
    return Store(data_dir, db_path, engine, reader, writer)
