"""Where each visit or petition stands with the upstream, many records at once (ward side): the
«Đồng bộ» column of the logbook and the petition register, the detail windows, `sync status`.

The rule, in one place (`decide`):

A record is its own row and the rows that belong to it (CHILDREN): a visit and its
`visit_person` rows; a petition, its `petition_sender` and `petition_event` rows. For each of
these rows only its latest change in the change log matters.

* **new** («Chưa gửi»): a row has a change that is in no batch yet (made, changed or deleted
  since the last export). A tombstone (`deleted_at` set) is a change like any other.
* **sent** («Đã gửi»): every change is in a batch, but a batch is not acknowledged yet.
* **refused** («Bị từ chối»): every change is acknowledged, but the upstream reported the latest
  change of one of the rows as not applied (its receipt's problems, kept in store_meta by
  `app.sync.desk.remember_refused`). A later change of that row supersedes the refusal; a later
  change of another row of the record does not (the refused row is still not held upstream).
* **acknowledged** («Cấp trên đã nhận»): every change of the record and of all its rows is
  covered by a receipt and none of the latest ones was refused. Receipts acknowledge the change
  log up to a number (`acked_through`), so "all acknowledged" is "the latest change ≤ it".
* **received**: the record belongs to another office (an upstream's store, a record sent down).
* **none**: no change logged for it (not expected: migration 0010 logged a baseline).

While a record is new or sent, an earlier refusal of one of its rows is kept in `reason` (the
tooltip says so); it shows as the state again once the receipt comes back.

Not counted: the citizen rows a visit or petition points to. A citizen is shared by all of that
person's visits and petitions, and an address corrected at a later visit would otherwise turn
every earlier visit back to «Chưa gửi». A citizen added with a visit is logged in the same
transaction, before the visit's own rows, so it is acknowledged whenever the visit is; if the
upstream could not add it, the person row pointing to it fails too and the visit is refused.
Child rows deleted outright (unversioned rows; no ward service deletes them) are no longer found
from their parent, so their deletion does not count.

Plain SQL, no ORM, written once for a DB-API SQLite connection (the GUI lists read through their
own read-only one, app/storage/quick.py) and a SQLAlchemy one (SQLite or PostgreSQL): a 200-row
page in one query per table.
"""

from __future__ import annotations

import bisect
import json
import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from app.clock import VN_TZ
from app.storage import dbfile
from app.text import Text

META_REFUSED = "sync.refused"  # {entity_id hex: [change seq, reason]}, from receipts
META_ACKED = "sync.acked_seq"  # app/sync/outbox.py: the receipt's acked_through
META_OFFICE_ID = "office_id"  # app/services/common.py
META_MODE = "sync.mode"  # "upstream" on an upstream store (app/sync/keys.py)
META_UPSTREAM = "sync.upstream_bundle"  # the pinned upstream bundle (ward side)

NEW, SENT, ACKNOWLEDGED, REFUSED, RECEIVED, NONE = (
    "new", "sent", "acknowledged", "refused", "received", "none")

# The rows that belong to a visit or a petition (table, column pointing to the parent).
CHILDREN: dict[str, tuple[tuple[str, str], ...]] = {
    "visit": (("visit_person", "visit_id"),),
    "petition": (("petition_sender", "petition_id"), ("petition_event", "petition_id")),
}
CHUNK = 500  # ids per IN (…): under SQLite's variable limit


@dataclass(frozen=True)
class RecordState:
    code: str  # new | sent | acknowledged | refused | received | none
    text: str  # one Vietnamese sentence (detail windows, `sync status`)
    batch: int = 0  # the batch that carried the latest change (sent, acknowledged, refused)
    acked_on: datetime | None = None  # when that batch's receipt came (Hà Nội time)
    reason: str = ""  # refused: why; new/sent: an earlier refusal still standing
    office: str = ""  # received: «name (code)» of the office it came from


NOTHING_LOGGED = RecordState(NONE, Text("Chưa có thay đổi nào để gửi"))


@dataclass(frozen=True)
class Ledger:
    """The store-wide facts a state is decided against."""

    exported: int  # the last change put in a batch
    acked: int  # the last change acknowledged by a receipt
    refused: dict[str, tuple[int, str]]  # row id → (its refused change, reason)
    batches: list[tuple[int, int, int, datetime | None]] = field(default_factory=list)
    # (first change, last change, batch number, acknowledged at), by first change

    def batch_of(self, seq: int) -> tuple[int, datetime | None]:
        """The (latest) batch carrying change `seq`: its number and receipt time."""
        i = bisect.bisect_right(self.batches, seq, key=lambda b: b[0])
        for first, last, number, acked in reversed(self.batches[:i]):
            if first <= seq <= last:
                return number, acked
        return 0, None


def when(text: str | None) -> datetime | None:
    """A stored UTC instant ("…Z" from changelog._now, or naive) in Hà Nội time."""
    if not text:
        return None
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(VN_TZ)


def refused_of(text: str | None) -> dict[str, tuple[int, str]]:
    kept: dict[str, list[Any]] = json.loads(text or "{}")
    return {eid: (int(v[0]), str(v[1])) for eid, v in kept.items()}


def decide(rows: dict[str, int] | None, ledger: Ledger) -> RecordState:
    """The state of one record from {row id hex: its latest change} (the rule above)."""
    if not rows:
        return NOTHING_LOGGED
    seq = max(rows.values())
    why = next((ledger.refused[eid][1] for eid, last in sorted(rows.items())
                if eid in ledger.refused and ledger.refused[eid][0] == last), "")
    if seq > ledger.exported:
        return RecordState(NEW, Text("Chưa gửi lên cấp trên"), reason=why)
    number, acked_at = ledger.batch_of(seq)
    if seq > ledger.acked:
        return RecordState(SENT, Text("Đã gửi trong lô số {number}, chờ biên nhận của cấp trên",
                                            number=number),
                           batch=number, reason=why)
    if why:
        return RecordState(REFUSED, Text("Cấp trên không nhận được: {why}", why=why), batch=number,
                           acked_on=acked_at, reason=why)
    text = Text("Cấp trên đã nhận (lô số {number}, biên nhận ngày {day})", number=number,
                day=f"{acked_at:%d/%m/%Y}") if acked_at else Text("Cấp trên đã nhận")
    return RecordState(ACKNOWLEDGED, text, batch=number, acked_on=acked_at)


def received(office: str) -> RecordState:
    return RecordState(RECEIVED, Text("Nhận từ {office}", office=office) if office
                       else Text("Nhận từ cơ quan khác"), office=office)


# ----------------------------------------------------------------------------- reading

# The queries below are written once and run on either kind of connection (`Conn`):
# * a DB-API SQLite connection: the GUI lists read through their own read-only one
#   (app/storage/quick.py; SQLAlchemy is not loaded for the window's first paint);
# * a SQLAlchemy connection (app/sync/desk.py record_states: the detail windows and `sync
#   status`), on SQLite or on an upstream's PostgreSQL store.
# Parameters are :named, a list is written `IN :name`; `_rows` binds them for either (an
# expanding bindparam for SQLAlchemy, numbered marks for the DB-API connection).
Conn = Any  # sqlite3.Connection (dbfile.Connection) | sqlalchemy.Connection

_LIST = re.compile(r"\bIN :(\w+)")


def _rows(conn: Conn, sql: str, **params: Any) -> list[tuple[Any, ...]]:
    if hasattr(conn, "exec_driver_sql"):  # SQLAlchemy
        from sqlalchemy import String, Uuid, bindparam, text

        lists = [bindparam(k, expanding=True,
                           type_=Uuid() if isinstance(v[0], uuid.UUID) else String())
                 for k, v in params.items() if isinstance(v, list) and v]
        return [tuple(r) for r in conn.execute(text(sql).bindparams(*lists), params)]
    flat = {k: v for k, v in params.items() if not isinstance(v, list)}

    def expand(m: re.Match[str]) -> str:
        name = m.group(1)
        marks = []
        for i, v in enumerate(params[name]):
            flat[f"{name}_{i}"] = v.hex if isinstance(v, uuid.UUID) else v  # SQLite keeps hex
            marks.append(f":{name}_{i}")
        return f"IN ({', '.join(marks)})"

    return list(conn.execute(_LIST.sub(expand, sql), flat).fetchall())


def _hex(value: Any) -> Any:
    """An id as SQLite stores it (PostgreSQL's driver gives a UUID)."""
    return value.hex if isinstance(value, uuid.UUID) else value


def _meta(conn: Conn, key: str) -> str | None:
    rows = _rows(conn, "SELECT value FROM store_meta WHERE key = :key", key=key)
    return str(rows[0][0]) if rows else None


def ledger(conn: Conn) -> Ledger:
    batches = [(int(f), int(last), int(n), when(a)) for f, last, n, a in _rows(
        conn, "SELECT first_change, last_change, batch_seq, acked_at FROM sync_batch "
        "ORDER BY first_change, created_at")]
    return Ledger(max((b[1] for b in batches), default=0), int(_meta(conn, META_ACKED) or 0),
                  refused_of(_meta(conn, META_REFUSED)), batches)


def _chunks(items: Sequence[Any]) -> Iterable[list[Any]]:
    for i in range(0, len(items), CHUNK):
        yield list(items[i:i + CHUNK])


def record_states(conn: Conn, entity: str, ids: Iterable[uuid.UUID]
                  ) -> dict[uuid.UUID, RecordState]:
    """The state of many visits or petitions (`entity`) at once, on either connection (above):
    one query per table for each 500 ids. Ids not in the store are left out."""
    if entity not in CHILDREN:
        raise ValueError(entity)
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return {}
    book = ledger(conn)
    local = _meta(conn, META_OFFICE_ID)
    local_hex = uuid.UUID(local).hex if local else None
    out: dict[uuid.UUID, RecordState] = {}
    offices: dict[str, str] | None = None
    for chunk in _chunks(wanted):
        owner = {_hex(i): _hex(o) for i, o in _rows(
            conn, f"SELECT id, office_id FROM {entity} WHERE id IN :ids", ids=chunk)}
        members: dict[str, dict[str, str]] = {entity: {i: i for i in owner}}
        for table, column in CHILDREN[entity]:
            members[table] = {_hex(i): _hex(p) for i, p in _rows(
                conn, f"SELECT id, {column} FROM {table} WHERE {column} IN :ids", ids=chunk)}
        latest: dict[str, dict[str, int]] = {}  # record → {row: its latest change}
        for table, parent_of in members.items():
            for part in _chunks(list(parent_of)):
                # (entity, entity_id) is indexed (ix_change_log_entity) and seq is the rowid.
                for eid, seq in _rows(
                        conn, "SELECT entity_id, max(seq) FROM change_log WHERE entity = :entity "
                        "AND entity_id IN :rows GROUP BY entity_id", entity=table, rows=part):
                    latest.setdefault(parent_of[eid], {})[eid] = int(seq)
        for rid, office_id in owner.items():
            key = uuid.UUID(hex=rid)
            if local_hex and office_id and office_id != local_hex:
                if offices is None:
                    offices = {_hex(i): f"{name} ({code})" for i, code, name in
                               _rows(conn, "SELECT id, code, name FROM office")}
                out[key] = received(offices.get(office_id, ""))
            else:
                out[key] = decide(latest.get(rid), book)
    return out


def unsent_sql(entity: str, id_sql: str) -> str:
    """An SQL condition (SQLite) on `id_sql`, the id column of a visit or petition: the record
    is new («Chưa gửi»: a change of it or of one of its rows is in no batch yet) — the lists'
    «Chưa gửi» filter, the same rule as `decide`. It reads only the changes made after the
    last export (`seq` is the change log's rowid), so it costs little however long the book."""
    after = "(SELECT coalesce(max(last_change), 0) FROM sync_batch)"
    # NOT INDEXED: the rowid range (the few unsent changes), not the entity index (all of them)
    parts = [f"SELECT entity_id FROM change_log NOT INDEXED WHERE entity = '{entity}' "
             f"AND seq > {after}"]
    for table, column in CHILDREN[entity]:
        parts.append(f"SELECT r.{column} FROM change_log c NOT INDEXED JOIN {table} r "
                     f"ON r.id = c.entity_id WHERE c.entity = '{table}' AND c.seq > {after}")
    return f"{id_sql} IN ({' UNION '.join(parts)})"


def lists_show_states(conn: Conn) -> bool:
    """Whether the lists (and their Excel exports) show each record's sync state: on a ward
    that sends to an upstream (its bundle pinned, or a batch already sent), never on an
    upstream's store. Either connection (above); the GUI's PostgreSQL reader (an upstream's
    store, app/storage/quick.ServerReader) never shows it."""
    if getattr(conn, "dialect", None) == "postgresql":
        return False
    try:
        if _meta(conn, META_MODE) == "upstream":
            return False
        return _meta(conn, META_UPSTREAM) is not None or bool(
            _rows(conn, "SELECT 1 FROM sync_batch LIMIT 1"))
    except dbfile.Error:
        return False  # a store from before sync (the lists' DB-API connection)
