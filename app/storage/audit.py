"""The audit log's chain: append an entry in the caller's transaction, verify the whole chain.

Each entry's hash is SHA-256 over a canonical encoding (JSON array, UTF-8, NFC, no spaces) of
(seq, at, actor kind, actor id, actor name, action, record kind, record id, summary, before,
after, previous hash); the first entry's previous hash is GENESIS. The store's meta keeps the
last (seq, hash) written, so deleting entries from the end is noticed too.

Services never call `append` directly: they call `UnitOfWork.audit(...)` (app/storage/uow.py),
which also makes a write without an entry impossible to commit.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.actor import OFFICER, Actor
from app.storage import dbfile
from app.text import Counted, Text

GENESIS = "0" * 64
META_AUDIT_HEAD = "audit_head"  # "seq:hash" of the last entry, written with it
COLUMNS = ("seq", "at", "actor_kind", "actor_id", "actor_name", "action", "record_kind",
           "record_id", "summary", "before", "after", "prev_hash")


def canonical(value: Any) -> str:
    """JSON with sorted keys and no spaces, NFC text: the same value always encodes the same."""
    return unicodedata.normalize(
        "NFC", json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                          default=str))


def entry_hash(fields: tuple[Any, ...]) -> str:
    """fields: the values of COLUMNS, in that order."""
    return hashlib.sha256(canonical(list(fields)).encode("utf-8")).hexdigest()


def utc_stamp(now: datetime | None = None) -> str:
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _actor_name(session: Session, actor: Actor) -> str:
    if actor.name or actor.kind != OFFICER:
        return actor.name
    from app.models import Officer

    officer = session.get(Officer, actor.officer_id)
    return f"{officer.full_name} ({officer.code})" if officer else actor.id


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", value)


@dataclass(frozen=True, slots=True)
class Appended:
    seq: int
    hash: str


def append(session: Session, actor: Actor, action: str, record_kind: str, record_id: str,
           summary: str, before: Any = None, after: Any = None,
           now: datetime | None = None) -> Appended:
    """Add one entry in `session`'s transaction (the caller holds the write lock)."""
    from app.models import AuditEntry, StoreMeta

    last = session.execute(
        select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)).first()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    fields = (seq, utc_stamp(now), actor.kind, actor.id, _nfc(_actor_name(session, actor)),
              action, record_kind, record_id, _nfc(summary), canonical(before), canonical(after),
              prev)
    digest = entry_hash(fields)
    session.add(AuditEntry(**dict(zip(COLUMNS, fields, strict=True)), hash=digest))
    head = f"{seq}:{digest}"
    meta = session.get(StoreMeta, META_AUDIT_HEAD)
    if meta is None:
        session.add(StoreMeta(key=META_AUDIT_HEAD, value=head))
    else:
        meta.value = head
    session.flush()
    return Appended(seq, digest)


@dataclass(frozen=True, slots=True)
class ChainReport:
    ok: bool
    count: int  # entries read
    broken_seq: int | None = None  # the first entry that does not verify
    reason: str = ""  # Vietnamese, for people
    last_hash: str = ""  # the hash of entry `count` when ok: where the next check may resume

    def message(self) -> str:
        if self.ok:
            return Counted("Nhật ký kiểm tra nguyên vẹn: {n} mục, chuỗi băm khớp.", n=self.count)
        return Text("Nhật ký kiểm tra bị thay đổi từ mục số {seq}: {reason}", seq=self.broken_seq,
                    reason=self.reason)


def verify_connection(conn: sqlite3.Connection, resume: ChainReport | None = None
                      ) -> ChainReport:
    """Recompute the chain through a plain sqlite3 connection (no ORM: the CLI and the GUI's
    dashboard use it as is).

    `resume`: an earlier good report of this store; only the entries written since are
    hashed (after checking that its last entry is unchanged), so a screen can re-check often
    on a large log. A full check (no `resume`) is what proves the older entries.
    """
    prev, count, expected = GENESIS, 0, 1
    if resume is not None and resume.ok and resume.count:
        row = conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (resume.count,)).fetchone()
        if row is None or row[0] != resume.last_hash:
            return ChainReport(False, resume.count - 1, resume.count,
                               Text("mục đã kiểm tra trước đây bị sửa hoặc xóa."))
        # Cheap (no hashing): an entry deleted among those already checked.
        kept = conn.execute("SELECT count(*) FROM audit_log WHERE seq <= ?",
                            (resume.count,)).fetchone()[0]
        if kept != resume.count:
            return ChainReport(False, kept, None, Counted(
                "{n} mục đã kiểm tra trước đây bị xóa; kiểm tra toàn bộ để biết mục nào.",
                n=resume.count - kept))
        prev, count, expected = resume.last_hash, resume.count, resume.count + 1
    rows = conn.execute(f"SELECT {', '.join(COLUMNS)}, hash FROM audit_log WHERE seq >= ? "
                        "ORDER BY seq", (expected,))
    for row in rows:
        fields, stored = tuple(row[:-1]), row[-1]
        seq = fields[0]
        if seq != expected:
            return ChainReport(False, count, expected,
                               Text("thiếu mục số {expected} (mục tiếp theo là số {seq}): có mục "
                                    "đã bị xóa hoặc đổi thứ tự.", expected=expected, seq=seq))
        if fields[-1] != prev:
            return ChainReport(False, count, seq, Text(
                "mã băm của mục trước không khớp (mục trước đã bị sửa, xóa hoặc đổi chỗ)."))
        if entry_hash(fields) != stored:
            return ChainReport(False, count, seq,
                               Text("nội dung mục không khớp mã băm (đã bị sửa)."))
        prev, count, expected = stored, count + 1, expected + 1
    head = conn.execute("SELECT value FROM store_meta WHERE key = ?", (META_AUDIT_HEAD,)).fetchone()
    if head is not None:
        head_seq, _, head_hash = str(head[0]).partition(":")
        if int(head_seq) != count or head_hash != prev:
            return ChainReport(False, count, count + 1 if int(head_seq) > count else int(head_seq),
                               Counted("mục cuối cùng được ghi là số {last} nhưng nhật ký chỉ còn "
                                       "{n} mục khớp: các mục cuối đã bị xóa hoặc thay.",
                                       last=head_seq, n=count))
    elif count:
        return ChainReport(False, count, 1, Text("không tìm thấy dấu mục cuối của nhật ký."))
    return ChainReport(True, count, last_hash=prev)


def verify_session(session: Session) -> ChainReport:
    raw = session.connection().connection.driver_connection
    assert isinstance(raw, dbfile.Connection)
    return verify_connection(raw)


def count_entries(session: Session) -> int:
    return int(session.execute(text("SELECT count(*) FROM audit_log")).scalar() or 0)
