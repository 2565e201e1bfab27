"""Change capture for sync (SYNC.md "Change capture"): one mechanism, session events.

`install(factory)` is called where the store makes its session factories (app/storage/uow.py),
so every session a service gets writes the change log in its own transaction:

* before_flush: a modified row of a versioned table (SyncedMixin) gets `version + 1`, once per
  transaction (a service that already bumped it is left alone);
* after_flush / persistent_to_deleted: which synced rows were inserted, updated or deleted;
* before_commit: one `change_log` row per touched row, with the row as it is committed
  (canonical JSON). Several flushes of one transaction give one change per row; a row inserted
  and deleted in the same transaction gives none. A rolled-back transaction writes nothing.
* do_orm_execute: bulk INSERT/UPDATE/DELETE statements on a synced table, which no flush event
  sees (TECH-NOTES §2.3), are refused with RuntimeError. Raw SQL text cannot be inspected; the
  exporter detects its traces instead (`verify_versions`).

Why the row image and not a reference read at export: the batch then carries exactly what each
committed transaction wrote, tombstones and intermediate versions included, and export never has
to join nine tables. Only the baseline of rows older than the change log (migration 0010) is a
reference (payload NULL), read at export.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import event, insert, inspect, select
from sqlalchemy.orm import Mapper, ORMExecuteState, Session, sessionmaker

from app.models import (
    Citizen,
    FieldOfLaw,
    Office,
    Officer,
    Petition,
    PetitionEvent,
    PetitionSender,
    Visit,
    VisitPerson,
)
from app.models.base import SyncedMixin
from app.models.sync import ChangeLog

# The synced tables, parents before children (the order an upstream applies a baseline in).
# calendar_entry is not here: the calendar is office configuration that comes down from the
# upstream as a bulletin (SYNC.md "Ownership"), never sent up.
SYNCED: tuple[type[Any], ...] = (Office, FieldOfLaw, Officer, Citizen, Visit, VisitPerson,
                                 Petition, PetitionSender, PetitionEvent)
SYNCED_TABLES: dict[str, type[Any]] = {cls.__tablename__: cls for cls in SYNCED}

_TOUCHED = "tiepdan_sync_touched"  # session.info: {(table, key): (op, obj | image)}
_BUMPED = "tiepdan_sync_bumped"  # session.info: (table, key) whose version moved already


class BulkWriteRefused(RuntimeError):
    """A statement that would change synced rows without the change log seeing it."""


def _json_value(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def row_image(obj: Any) -> dict[str, Any]:
    """The row's columns as JSON values (uuid hex, ISO dates), by column name."""
    mapper: Mapper[Any] = inspect(type(obj))
    return {attr.columns[0].name: _json_value(getattr(obj, attr.key))
            for attr in mapper.column_attrs}


def canonical(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def entity_key(obj: Any) -> str:
    if isinstance(obj, FieldOfLaw):
        return obj.code
    return obj.id.hex if isinstance(obj.id, uuid.UUID) else str(obj.id)


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _actor(session: Session) -> str:
    actor = session.info.get("actor")
    if actor is None:
        return "system:"
    return f"{actor.kind}:{actor.id}"[:80]


def _key(obj: Any) -> tuple[str, str]:
    return (type(obj).__tablename__, entity_key(obj))


def _touched(session: Session) -> dict[tuple[str, str], tuple[str, Any]]:
    return session.info.setdefault(_TOUCHED, {})  # type: ignore[no-any-return]


def _synced(obj: object) -> bool:
    return type(obj) in SYNCED_TABLES.values()


def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    bumped: set[Any] = session.info.setdefault(_BUMPED, set())
    for obj in session.dirty:
        if not isinstance(obj, SyncedMixin) or not _synced(obj):
            continue
        if not session.is_modified(obj, include_collections=False):
            continue
        key = _key(obj)
        if key in bumped:
            continue
        bumped.add(key)
        if not inspect(obj).attrs.version.history.has_changes():
            obj.version = (obj.version or 0) + 1


def _after_flush(session: Session, _ctx: Any) -> None:
    touched = _touched(session)
    bumped: set[Any] = session.info.setdefault(_BUMPED, set())
    for obj in session.new:
        if _synced(obj):
            key = (type(obj).__tablename__, entity_key(obj))
            touched[key] = ("I", obj)
            bumped.add(key)  # a new row stays version 1 for its transaction
    for obj in session.dirty:
        if _synced(obj) and session.is_modified(obj, include_collections=False):
            key = (type(obj).__tablename__, entity_key(obj))
            if key not in touched:
                touched[key] = ("U", obj)


def _deleted(session: Session, obj: Any) -> None:
    if not _synced(obj):
        return
    touched = _touched(session)
    key = (type(obj).__tablename__, entity_key(obj))
    if touched.get(key, ("",))[0] == "I":
        del touched[key]  # never committed, nobody upstream saw it
        return
    version = getattr(obj, "version", None) if isinstance(obj, SyncedMixin) else None
    image = {"id": key[1]} if not isinstance(obj, FieldOfLaw) else {"code": key[1]}
    touched[key] = ("X", (version, image))


def _before_commit(session: Session) -> None:
    session.flush()
    touched = session.info.pop(_TOUCHED, None)
    session.info.pop(_BUMPED, None)
    if not touched:
        return
    now, actor = _now(), _actor(session)
    rows: list[dict[str, Any]] = []
    for (table, key), (op, item) in touched.items():
        if op == "X":  # a hard delete: the key is all the upstream needs
            version, image = item
            rows.append(_row(table, key, "D", version, image, now, actor))
            continue
        state = inspect(item)
        if not state.persistent:  # its savepoint was rolled back
            continue
        image = row_image(item)
        version = image.get("version")
        if op == "U" and image.get("deleted_at") is not None:
            op = "D"  # a tombstone
        rows.append(_row(table, key, op, version, image, now, actor))
    if rows:
        session.connection().execute(insert(ChangeLog), rows)


def _row(table: str, key: str, op: str, version: int | None, image: dict[str, Any],
         now: str, actor: str) -> dict[str, Any]:
    return {"entity": table, "entity_id": key, "op": op, "row_version": version,
            "payload": canonical(image), "changed_at": now, "actor": actor}


def _forget(session: Session, *_args: Any) -> None:
    session.info.pop(_TOUCHED, None)
    session.info.pop(_BUMPED, None)


def _guard(state: ORMExecuteState) -> None:
    if not (state.is_update or state.is_delete or state.is_insert):
        return
    if state.session.info.get(APPLYING):
        return
    table = getattr(state.statement, "table", None)
    name = getattr(table, "name", None)
    if name in SYNCED_TABLES:
        raise BulkWriteRefused(
            f"bulk INSERT/UPDATE/DELETE on synced table {name!r} bypasses the change log; "
            "change the objects through the session instead")


# session.info flag for the sync importer, which writes rows and their changes itself.
APPLYING = "tiepdan_sync_applying"


def install(factory: sessionmaker[Session]) -> None:
    """Register the capture on every session `factory` makes."""
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_flush", _after_flush)
    event.listen(factory, "persistent_to_deleted", _deleted)
    event.listen(factory, "before_commit", _before_commit)
    event.listen(factory, "after_rollback", _forget)
    event.listen(factory, "do_orm_execute", _guard)


def append(session: Session, rows: Iterable[dict[str, Any]]) -> None:
    """Change rows written by the sync importer for rows it applied (an upstream that exports
    further up sends them on). Each dict: entity, entity_id, op, row_version, payload (a dict)."""
    now, actor = _now(), _actor(session)
    batch = [_row(r["entity"], r["entity_id"], r["op"], r["row_version"], r["payload"], now,
                  actor) for r in rows]
    if batch:
        session.connection().execute(insert(ChangeLog), batch)


def last_seq(session: Session) -> int:
    return int(session.execute(select(ChangeLog.seq).order_by(ChangeLog.seq.desc()).limit(1))
               .scalar() or 0)
