"""Unit of work: one transaction per service call; the caller owns the store (Cosmic Python).

A write unit of work also carries who acts (app/actor.py) and appends the change's audit entry
in its own transaction: `uow.audit(...)`. Committing a write without one is a programming error
(RuntimeError), so a new service cannot forget it. Disk-full and read-only failures of SQLite
become StoreError with a Vietnamese message here, whichever service hit them.
"""

from __future__ import annotations

from datetime import datetime
from types import TracebackType
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from app.actor import SYSTEM, Actor
from app.errors import StoreError
from app.storage import dbfile
from app.storage.engine import WRITE_OPTION

# SQLite's words for a store that cannot take a write (sqlite3 keeps only the text).
_WRITE_FAILURES = (
    ("database or disk is full", "store_disk_full"),
    ("readonly database", "store_readonly"),
    ("unable to open database file", "store_readonly"),
    ("disk i/o error", "store_io_error"),
)


def write_failure(exc: BaseException) -> StoreError | None:
    """The StoreError for a SQLite write failure the officer can act on, else None."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    if not isinstance(orig, dbfile.OperationalError | dbfile.DatabaseError):
        return None
    text = str(orig).lower()
    for needle, code in _WRITE_FAILURES:
        if needle in text:
            return StoreError(code, reason=str(orig))
    return None


class UnitOfWork:
    """`with store.write(actor) as uow:` … `uow.audit(...)`; `uow.commit()`.

    Leaving without commit rolls back (the audit entry with it).
    """

    def __init__(self, factory: sessionmaker[Session], actor: Actor | None = None,
                 *, writer: bool = False) -> None:
        self._factory = factory
        self._session: Session | None = None
        self.actor = actor or SYSTEM
        self.writer = writer
        self.audited = 0

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("UnitOfWork used outside its with-block")
        return self._session

    def __enter__(self) -> UnitOfWork:
        self._session = self._factory()
        self._session.info["actor"] = self.actor  # for the change log (app/storage/changelog.py)
        self.audited = 0
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            self.session.rollback()
        except Exception:  # the connection may be gone with the disk; the error below matters
            pass
        finally:
            self.session.close()
            self._session = None
        failure = write_failure(exc) if exc is not None else None
        if failure is not None:
            raise failure from exc

    def audit(self, action: str, record_kind: str, record_id: object, summary: str, *,
              before: Any = None, after: Any = None, actor: Actor | None = None,
              now: datetime | None = None) -> int:
        """Append this change's audit entry in this transaction; returns its number.

        `action`: "<kind>.<verb>" (visit.create, petition.act, identity.view…); the actor's
        role must be allowed it (app/law/permissions.py), else PermissionDenied. `summary` and
        `before`/`after` (JSON-able) must never carry a denouncer's identity (LAW.md §11):
        name records by number and id, people by pseudonym.
        """
        if not self.writer:
            raise RuntimeError("audit entries are written in a write unit of work")
        from app.storage.access import check
        from app.storage.audit import append

        check(self.session, actor or self.actor, action)  # app/law/permissions.py
        done = append(self.session, actor or self.actor, action, record_kind,
                      "" if record_id is None else str(getattr(record_id, "hex", record_id)),
                      summary, before, after, now)
        self.audited += 1
        return done.seq

    def commit(self) -> None:
        if self.writer and not self.audited:
            raise RuntimeError("a write must append its audit entry (UnitOfWork.audit) "
                               "before it commits")
        self.session.commit()


def session_factories(engine: Engine) -> tuple[sessionmaker[Session], sessionmaker[Session]]:
    """(reader, writer): writers take the write lock up front with BEGIN IMMEDIATE."""
    reader = sessionmaker(engine, expire_on_commit=False)
    writer = sessionmaker(engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False)
    from app.storage import changelog  # every session writes the change log of its changes

    changelog.install(reader)
    changelog.install(writer)
    return reader, writer
