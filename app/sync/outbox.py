"""Ward side: export the next batch, apply the upstream's receipt, status (SYNC.md).

Batches do not overlap: each carries the changes after the last exported one, so the upstream's
strict order (next batch_seq, or hold) never sees the same change twice in effect. A batch file is
also kept in `<data>/sync/outbox/` until acknowledged, so a lost copy is re-sent byte for byte
(`resend`) instead of being made again (a remade batch would be a fork to the upstream). The one
exception: a batch signed by a key the office no longer uses (revoked at the upstream, or
rotated) is signed again under the current key, same number, id and changes (`resign`).

Epochs (SYNC.md "Keys": a restored backup gets a new installation id). Batches are numbered per
installation, and the upstream keeps its sequence per installation, so a restored store starts
again at batch 1 under its new id and never sends a number the upstream already holds from the
old one; its first batch carries the changes after the last one the restored store had
exported. `export(from_scratch=True)`, for an upstream that lost its store, starts a new epoch
the same way and sends the whole change log (the baseline and every change since).
"""

from __future__ import annotations

import json
import operator
import shutil
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from json.encoder import encode_basestring as _q  # canonical()'s string form
from pathlib import Path
from typing import Any

import orjson
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import LargeBinary, cast, func, select

from app import __version__
from app.errors import os_reason
from app.gcpause import collector_paused
from app.models import ChangeLog, SyncBatch
from app.models.base import SyncedMixin
from app.services.common import META_INSTALLATION_ID, local_office, meta_get, meta_set
from app.storage.changelog import SYNCED_TABLES, _now, canonical, row_image
from app.storage.schema_version import HEAD
from app.storage.store import Store
from app.sync import columns, keys
from app.sync.batch import FORMAT, FORMAT_V1, write_batch
from app.sync.errors import SyncError, SyncSetupError
from app.text import Text

META_ACKED = "sync.acked_seq"
SCAN_FROM = 5000  # _check_versions: from this many rows of a table, read the whole table
RECEIPT_FORMAT = "tiepdan-receipt/1"


@dataclass(frozen=True)
class Exported:
    path: Path | None  # None: nothing to send
    batch_seq: int = 0
    first_change: int = 0
    last_change: int = 0
    count: int = 0


def outbox_dir(store: Store) -> Path:
    return store.data_dir / "sync" / "outbox"


def _change_record(session: Any, c: Any) -> dict[str, Any]:
    """`c`: a change_log row (ORM object or plain row)."""
    if c.payload is None:  # a baseline change (migration 0010): the row as it is now
        cls = SYNCED_TABLES[c.entity]
        key: Any = c.entity_id if c.entity == "field_of_law" else uuid.UUID(hex=c.entity_id)
        obj = session.get(cls, key)
        row = row_image(obj) if obj is not None else {"id": c.entity_id}
    else:
        row = json.loads(c.payload)
    return {"seq": c.seq, "entity": c.entity, "id": c.entity_id, "op": c.op,
            "version": c.row_version, "changed_at": c.changed_at, "row": row}


# What export reads of each change, in this order (unpacked, not read by name: see _records).
_COLUMNS = (ChangeLog.seq, ChangeLog.entity, ChangeLog.entity_id, ChangeLog.op,
            ChangeLog.row_version, ChangeLog.changed_at, ChangeLog.payload)
_COLUMNS_UTF8 = (*_COLUMNS[:-1], cast(ChangeLog.payload, LargeBinary).label("payload"))
_ENTITY = operator.itemgetter(1)
_VERSIONED = operator.itemgetter(1, 2, 4)


def _records(session: Any, rows: Sequence[Any]) -> Iterator[dict[str, Any]]:
    """_change_record of each row, made as they are consumed (the same, faster: the payload
    read by _loads)."""
    loads = _loads
    for c in rows:  # unpacked in _COLUMNS' order: by name was 15x slower (0.6 s on 100,000)
        seq, entity, entity_id, op, version, changed_at, payload = c
        if payload is None:
            yield _change_record(session, c)
        else:
            yield {"seq": seq, "entity": entity, "id": entity_id, "op": op,
                   "version": version, "changed_at": changed_at, "row": loads(payload)}


def _loads(text: str | bytes) -> Any:
    """The payload as json.loads reads it, by orjson (~3x faster on 100,000 payloads). orjson
    refuses NaN and Infinity, which json writes, and lone surrogates: json reads those. It reads
    an integer beyond 64 bits as a float: a block with a float is read again by _exact."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)


def _exact(rows: Sequence[Any]) -> columns.Exact:
    """columns.encode's `exact`: records read again by json, from their change's payload."""
    payloads: dict[int, str | bytes] = {}

    def exact(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if not payloads:
            payloads.update((c[0], c[6]) for c in rows if c[6] is not None)  # _COLUMNS
        return [{**r, "row": json.loads(payloads[r["seq"]])} if r["seq"] in payloads else r
                for r in records]
    return exact


def change_line(session: Any, c: Any) -> bytes:
    """Format 1's line for a change (batch.FORMAT_V1, written only when asked for):
    canonical(_change_record(session, c)), without parsing and re-encoding the payload: it
    is stored canonical already (app/storage/changelog.py), so the line is assembled around it
    (sorted keys: changed_at, entity, id, op, row, seq, version). On 100,000 changes the parse
    and re-encode were a third of the export."""
    if c.payload is None:
        return canonical(_change_record(session, c)).encode()
    version = "null" if c.row_version is None else int(c.row_version)
    return (f'{{"changed_at":{_q(c.changed_at)},"entity":{_q(c.entity)},"id":{_q(c.entity_id)},'
            f'"op":{_q(c.op)},"row":{c.payload},"seq":{int(c.seq)},"version":{version}}}'
            ).encode()


def _check_versions(session: Any, rows: Sequence[Any]) -> None:
    """A versioned row whose version is ahead of its last logged change was written around the
    change log (raw SQL): refuse to export rather than send a partial picture."""
    latest: dict[str, dict[str, int]] = {}
    for entity, entity_id, version in map(_VERSIONED, rows):
        if version is not None:
            latest.setdefault(entity, {})[entity_id] = version
    for entity, logged in latest.items():
        cls = SYNCED_TABLES[entity]
        if not issubclass(cls, SyncedMixin):
            continue
        if len(logged) >= SCAN_FROM:  # the whole table in one query beats 500 ids at a time
            found = session.execute(select(cls.id, cls.version))
        else:
            ids = [uuid.UUID(hex=eid) for eid in logged]
            found = (r for i in range(0, len(ids), 500)  # SQLite's variable limit
                     for r in session.execute(select(cls.id, cls.version)
                                              .where(cls.id.in_(ids[i:i + 500]))))
        for rid, current in found:
            key = rid.hex
            if key in logged and current != logged[key]:
                raise SyncError("sync_bypass", entity=entity, id=key, current=current,
                                logged=logged[key])


def _write(path: Path, office_code: str, installation: str, batch_id: str, batch_seq: int,
           prev: str | None, rows: Sequence[Any], changes: Iterable[dict[str, Any] | bytes],
           recipients: list[str], key: Any, fmt: str = FORMAT
           ) -> tuple[str, str, dict[str, int]]:
    """A batch of `rows` (change_log rows in _COLUMNS' order, by seq) written to `path`, signed
    by `key`: its created_at, its header's hash and its counts per table."""
    counts = dict(Counter(map(_ENTITY, rows)))
    header: dict[str, Any] = {
        "batch_id": batch_id, "office_code": office_code, "installation_id": installation,
        "sender_key_id": keys.key_id(keys.raw_public(key.public_key())),
        "batch_seq": batch_seq, "prev_header_sha256": prev, "schema_version": HEAD,
        "app_version": __version__, "created_at": _now()}
    manifest = {k: header[k] for k in ("batch_id", "office_code", "installation_id",
                                        "sender_key_id", "batch_seq", "schema_version")}
    manifest |= {"first_change": rows[0].seq, "last_change": rows[-1].seq,
                 "count": len(rows), "counts": counts}
    _header_bytes, header_sha = write_batch(path, header, manifest, changes, recipients, key,
                                            fmt=fmt, exact=_exact(rows))
    return header["created_at"], header_sha, counts


def export(store: Store, out_dir: Path, *, actor: Any = None,
           from_scratch: bool = False, fmt: str = FORMAT) -> Exported:
    """`fmt`: batch.FORMAT; FORMAT_V1 writes a batch as versions before format 2 did (tests
    of reading older batches)."""
    bundle = keys.upstream_bundle(store)
    key = keys.signing_key(store)
    out_dir.mkdir(parents=True, exist_ok=True)
    # A write transaction: the lock is held while reading, so no half-committed write is seen.
    with store.write(actor) as uow:
        s = uow.session
        office = local_office(s)
        installation = meta_get(s, META_INSTALLATION_ID) or ""
        if from_scratch:
            old, installation = installation, str(uuid.uuid4())
            meta_set(s, META_INSTALLATION_ID, installation)
            uow.audit("sync.epoch", "sync", installation,
                      "Gửi lại toàn bộ dữ liệu từ đầu (mã cài đặt mới)",
                      before={"installation_id": old}, after={"installation_id": installation})
        last = s.scalars(select(SyncBatch).where(SyncBatch.installation_id == installation)
                         .order_by(SyncBatch.batch_seq.desc()).limit(1)).first()
        # Changes already sent by any installation of this store are not sent again
        # (after a restore: those the restored copy had exported).
        after = 0 if from_scratch else \
            s.execute(select(func.max(SyncBatch.last_change))).scalar() or 0
        # Plain rows, not ORM objects: on 100,000 changes that was a third of the export; and
        # on the session's connection (Core), not through the ORM's result (~0.25 s less).
        # Format 2 on SQLite: the payload as its UTF-8 bytes, which orjson reads as they are
        # (not decoded into a str and encoded back: ~0.1 s of 100,000 changes).
        cols = _COLUMNS_UTF8 if fmt == FORMAT and s.get_bind().dialect.name == "sqlite" \
            else _COLUMNS
        # Reading and encoding 100,000 changes makes millions of objects and no cycles: the
        # cyclic collector waits (app/gcpause.py; with it on, the read took 0.4 s, not 0.25,
        # and each block's objects were traversed again after it).
        with collector_paused():
            rows = s.connection().execute(select(*cols).where(ChangeLog.seq > after)
                                          .order_by(ChangeLog.seq)).all()  # not row by row
            if not rows:
                return Exported(None)
            _check_versions(s, rows)
            # Format 2 encodes the records a block at a time as they are made (columns.py)
            changes: Iterable[dict[str, Any] | bytes] = (
                (change_line(s, c) for c in rows) if fmt == FORMAT_V1
                else _records(s, rows))
            batch_seq = (last.batch_seq if last is not None else 0) + 1
            batch_id = str(uuid.uuid4())
            first, last_seq, count = rows[0].seq, rows[-1].seq, len(rows)
            name = f"{office.code}-{installation[:8]}-{batch_seq:06d}.tdsync"
            kept = outbox_dir(store) / name
            created_at, header_sha, counts = _write(
                kept, office.code, installation, batch_id, batch_seq,
                last.header_sha256 if last is not None else None, rows, changes,
                list(bundle["recipients"]), key, fmt)
            del rows, changes  # freed before the collector is back (else it walks them all)
        try:
            s.add(SyncBatch(batch_seq=batch_seq, batch_id=batch_id, installation_id=installation,
                            first_change=first, last_change=last_seq, change_count=count,
                            header_sha256=header_sha, file_name=name, created_at=created_at))
            uow.audit("sync.export", "sync_batch", batch_id,
                      f"Xuất lô đồng bộ số {batch_seq} ({count} thay đổi)",
                      after={"batch_seq": batch_seq, "first": first, "last": last_seq,
                             "counts": counts})
            uow.commit()
        except BaseException:
            kept.unlink(missing_ok=True)
            raise
    target = out_dir / name
    _copy(kept, target)
    return Exported(target, batch_seq, first, last_seq, count)


def _copy(src: Path, target: Path) -> None:
    if src.resolve() == target.resolve():
        return
    tmp = target.with_name(target.name + ".part")
    shutil.copyfile(src, tmp)
    tmp.replace(target)


def signer_of(path: Path) -> str | None:
    """The key id a kept batch file was signed by (its header, read not trusted); None when
    the file is missing or unreadable (it is then copied as it is, or its absence reported)."""
    from app.sync.batch import read_envelope
    from app.sync.errors import Refused

    try:
        env = read_envelope(path)
    except Refused:
        return None
    env.zf.close()
    return str(env.header["sender_key_id"])


def resign(store: Store, *, actor: Any = None) -> list[int]:
    """Unacknowledged batches signed by a key other than the office's current one, made again
    under the current key (TECH-NOTES §1.3: after a lost or compromised key is revoked and a new
    one enrolled, "they stay in the ward outbox and are simply re-exported under the new key";
    also after a planned rotation). The numbers of the batches remade.

    A remade batch keeps its number, its batch id and its changes (read again from the change
    log, which keeps every change until it is acknowledged); its header names the new key and
    chains to the header of the batch before it as that one now stands. So once a batch is
    remade, every unacknowledged batch after it in the same installation is remade too (their
    `prev_header_sha256` changes), whatever key signed them. The upstream takes a remade batch
    it never applied as the next in line; one it had applied under the old key (its receipt
    lost) it recognises by the same batch id and answers as a duplicate (app/sync/inbox.py).
    The new files replace the kept ones only once the new header hashes are committed.

    Nothing unacknowledged, or the current key cannot be opened (no passphrase given, key file
    missing) or no upstream pinned: nothing is remade and `resend` copies the kept files as before."""
    with store.read() as uow:
        if not uow.session.execute(select(SyncBatch.batch_seq).where(
                SyncBatch.acked_at.is_(None)).limit(1)).first():
            return []
    try:
        key = keys.signing_key(store)
        bundle = keys.upstream_bundle(store)
    except SyncSetupError:
        return []
    current = keys.key_id(keys.raw_public(key.public_key()))
    made: list[tuple[Path, Path]] = []  # (new file, kept file it replaces)
    remade: list[int] = []
    try:
        with store.write(actor) as uow:
            s = uow.session
            office = local_office(s)
            unacked = list(s.scalars(select(SyncBatch).where(SyncBatch.acked_at.is_(None))
                                     .order_by(SyncBatch.installation_id, SyncBatch.batch_seq)))
            chained: set[str] = set()  # installations whose chain was remade from a batch on
            for b in unacked:
                kept = outbox_dir(store) / b.file_name
                if b.installation_id not in chained:
                    signer = signer_of(kept)
                    if signer is None or signer == current:
                        continue
                    chained.add(b.installation_id)
                prev = s.scalars(select(SyncBatch.header_sha256).where(
                    SyncBatch.installation_id == b.installation_id,
                    SyncBatch.batch_seq == b.batch_seq - 1)).first()
                rows = s.connection().execute(select(*_COLUMNS).where(
                    ChangeLog.seq.between(b.first_change, b.last_change))
                    .order_by(ChangeLog.seq)).all()  # _records reads them by position
                if len(rows) != b.change_count:
                    raise SyncError("sync_resign_gap", seq=b.batch_seq,
                                    missing=b.change_count - len(rows))
                new = kept.with_name(kept.name + ".resigned")
                made.append((new, kept))
                _created, b.header_sha256, _counts = _write(
                    new, office.code, b.installation_id, b.batch_id, b.batch_seq, prev, rows,
                    _records(s, rows), list(bundle["recipients"]), key)
                remade.append(b.batch_seq)
            if remade:
                s.flush()
                uow.audit("sync.resign", "sync", current,
                          f"Ký lại {len(remade)} lô chưa có biên nhận bằng khóa ký hiện tại",
                          after={"key_id": current, "batches": remade})
                uow.commit()
    except BaseException:
        for new, _kept in made:
            new.unlink(missing_ok=True)
        raise
    for new, kept in made:
        new.replace(kept)
    return remade


def resend(store: Store, out_dir: Path, *, actor: Any = None) -> list[Path]:
    """Copy every unacknowledged batch again, byte for byte; those signed by a key the office
    no longer uses are first made again under its current key (`resign`)."""
    resign(store, actor=actor)
    with store.read() as uow:
        names = list(uow.session.scalars(select(SyncBatch.file_name)
                                         .where(SyncBatch.acked_at.is_(None))
                                         .order_by(SyncBatch.created_at, SyncBatch.batch_seq)))
    out_dir.mkdir(parents=True, exist_ok=True)
    done = []
    for name in names:
        _copy(outbox_dir(store) / name, out_dir / name)
        done.append(out_dir / name)
    return done


@dataclass(frozen=True)
class Acknowledged:
    acked_through: int
    batches: int
    problems: list[Any]


def apply_receipt(store: Store, path: Path, *, actor: Any = None) -> Acknowledged:
    """Verify a receipt with the pinned upstream key; mark what it covers acknowledged."""
    bundle = keys.upstream_bundle(store)

    def bad(reason: str) -> SyncError:
        return SyncError("sync_bad_receipt", path=str(path), reason=reason)

    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        receipt, sig = doc["receipt"], bytes.fromhex(doc["sig"])
        if set(doc) != {"receipt", "sig"} or receipt.get("format") != RECEIPT_FORMAT:
            raise ValueError(Text("không phải biên nhận đồng bộ"))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise bad(Text("không đọc được: {problem}",
                       problem=os_reason(exc) if isinstance(exc, OSError)
                       else Text("không phải biên nhận đồng bộ"))) from exc
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(bundle["signing_key"])).verify(
            sig, canonical(receipt).encode())
    except InvalidSignature as exc:
        raise bad(Text("chữ ký của cơ quan cấp trên không hợp lệ")) from exc
    with store.write(actor) as uow:
        s = uow.session
        office = local_office(s)
        # A receipt for batches of an earlier epoch of this store (sent before a restore or a
        # from-scratch export) still acknowledges those batches.
        installation = receipt.get("installation_id")
        ours = set(s.scalars(select(SyncBatch.installation_id).distinct()))
        ours.add(meta_get(s, META_INSTALLATION_ID) or "")
        if receipt.get("office_code") != office.code or installation not in ours:
            raise bad(Text("biên nhận dành cho cơ quan hoặc bản cài đặt khác"))
        through = receipt.get("acked_through")
        if not isinstance(through, int) or isinstance(through, bool):
            raise bad(Text("thiếu số thay đổi đã nhận"))
        exported = s.execute(select(func.max(SyncBatch.last_change)).where(
            SyncBatch.installation_id == installation)).scalar() or 0
        if through > exported:
            raise bad(Text("biên nhận xác nhận những thay đổi chưa từng được gửi"))
        now = _now()
        batches = list(s.scalars(select(SyncBatch).where(
            SyncBatch.installation_id == installation, SyncBatch.acked_at.is_(None),
            SyncBatch.last_change <= through)))
        for b in batches:
            b.acked_at = now
        before = int(meta_get(s, META_ACKED) or 0)
        from app.sync.desk import remember_refused

        remember_refused(s, receipt.get("problems", []) or [])
        if through > before:
            meta_set(s, META_ACKED, str(through))
        uow.audit("sync.receipt", "sync", receipt.get("batch_id", ""),
                  f"Nhận biên nhận của cơ quan cấp trên: đã nhận đến thay đổi {through}",
                  before={"acked": before}, after={"acked": max(before, through),
                                                   "batches": len(batches)})
        uow.commit()
    for b in batches:
        (outbox_dir(store) / b.file_name).unlink(missing_ok=True)
    return Acknowledged(max(before, through), len(batches), list(receipt.get("problems", [])))


@dataclass(frozen=True)
class Status:
    last_change: int
    exported_through: int
    acked_through: int
    waiting: int  # changes not yet in any batch
    unacked_batches: list[tuple[int, str, int, int]]  # (seq, file, first, last)
    per_table_waiting: dict[str, int]


def status(store: Store) -> Status:
    with store.read() as uow:
        s = uow.session
        last = s.execute(select(func.max(ChangeLog.seq))).scalar() or 0
        exported = s.execute(select(func.max(SyncBatch.last_change))).scalar() or 0
        acked = int(meta_get(s, META_ACKED) or 0)
        waiting = {str(entity): int(n) for entity, n in s.execute(
            select(ChangeLog.entity, func.count()).where(ChangeLog.seq > exported)
            .group_by(ChangeLog.entity))}
        unacked = [(b.batch_seq, b.file_name, b.first_change, b.last_change)
                   for b in s.scalars(select(SyncBatch).where(SyncBatch.acked_at.is_(None))
                                      .order_by(SyncBatch.created_at, SyncBatch.batch_seq))]
    return Status(int(last), int(exported), acked, sum(waiting.values()), unacked, waiting)
