"""Ward side, for the Sync page and `sync status`: what is waiting, the last export and receipt,
the keys, each record's state, export to a chosen folder with progress, and the files that come
back down (receipts now; bulletins register a handler in DOWNSTREAM).

Each record's state (new, sent, acknowledged, refused) follows the rule written once in
app/sync/states.py; the refused changes are kept in store_meta by `outbox.apply_receipt`
(remember_refused).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import MESSAGES
from app.models import SyncBatch
from app.services.common import meta_get, meta_set
from app.storage.store import Store
from app.sync import keys, outbox, states
from app.sync.errors import SYNC_MESSAGES, SyncError
from app.text import Counted, Joined, Text, labels

META_REFUSED = states.META_REFUSED  # {entity_id hex: [change seq, reason]} from receipts
CHUNK = 1 << 20
Progress = Callable[[int, int], None]

SYNC_MESSAGES.update({
    "sync_copy_failed": (
        "Đã tạo lô số {seq} nhưng không chép được ra {folder}: {reason}. Lô vẫn được giữ trong "
        "máy: kiểm tra ổ đĩa rồi bấm «Gửi lại các lô chưa có biên nhận»."),
    "sync_outbox_missing": (
        "Không tìm thấy bản lưu của lô số {seq} trong máy ({path}). Hãy báo cán bộ tin học."),
    "sync_unknown_file": (
        "Tệp {path} không phải biên nhận hay thông báo của cơ quan cấp trên. Hãy chọn đúng tệp "
        "(biên nhận có đuôi .receipt.json)."),
})
MESSAGES.update(SYNC_MESSAGES)

KIND_LABELS = labels({
    "office": "Cơ quan", "field_of_law": "Lĩnh vực", "officer": "Cán bộ",
    "citizen": "Công dân", "visit": "Lượt tiếp", "visit_person": "Người trong lượt tiếp",
    "petition": "Đơn", "petition_sender": "Người gửi đơn", "petition_event": "Bước xử lý đơn",
})


# ----------------------------------------------------------------------------- keys


@dataclass(frozen=True)
class KeysState:
    ready: bool  # an export can be made (the passphrase is checked only when signing)
    upstream_mode: bool
    text: str  # what the officer sees: the state, and what to do when not ready


def keys_state(store: Store) -> KeysState:
    signing = keys.keys_dir(store) / keys.SIGNING_FILE
    with store.read() as uow:
        mode = meta_get(uow.session, keys.META_MODE)
        pinned = meta_get(uow.session, keys.META_UPSTREAM)
    upstream = mode == "upstream"
    if not signing.exists():
        return KeysState(False, upstream, Text(
            "Máy này chưa có khóa đồng bộ. Cán bộ tin học chạy lệnh «tiepdan keys init», rồi gửi "
            "khóa công khai («tiepdan keys export-public TỆP») cho cơ quan cấp trên để đăng ký."))
    protected = b"ENCRYPTED" in signing.read_bytes()
    notes: list[str] = []
    if protected and not os.environ.get(keys.PASSPHRASE_ENV):
        notes.append(Text("Khóa ký có mật khẩu: cần đặt biến môi trường TIEPDAN_KEY_PASSPHRASE "
                          "trước khi mở chương trình để xuất dữ liệu."))
    if not pinned:
        text = Text("Kho này là cơ quan cấp trên (nhận lô ở trang «Nhận lô»). Muốn gửi tiếp lên "
                    "cấp cao hơn: chưa nhập khóa của cơ quan cấp trên. Hãy nhận tệp khóa do cơ "
                    "quan cấp trên gửi, đối chiếu dấu vân tay với bản giấy, rồi chạy «tiepdan keys "
                    "import-upstream TỆP».") if upstream else Text(
            "Chưa nhập khóa của cơ quan cấp trên. Hãy nhận tệp khóa do cơ quan cấp trên gửi, "
            "đối chiếu dấu vân tay với bản giấy, rồi chạy «tiepdan keys import-upstream TỆP».")
        return KeysState(False, upstream, Joined([text, *notes], " "))
    bundle = json.loads(pinned)
    fp = keys.fingerprint(bytes.fromhex(bundle["signing_key"]))
    ready = Text("Khóa sẵn sàng. Gửi cho: {office} ({code}), dấu vân tay {fingerprint}.",
                 office=bundle.get("office_name", ""), code=bundle.get("office_code", ""),
                 fingerprint=fp)
    return KeysState(True, upstream, Joined([ready, *notes], " "))


# ----------------------------------------------------------------------------- overview


@dataclass(frozen=True)
class Batch:
    seq: int
    file_name: str
    count: int
    created_at: datetime | None  # Hà Nội time


@dataclass(frozen=True)
class Overview:
    waiting: int  # changes not yet in a batch
    waiting_by_kind: list[tuple[str, int]]  # (Vietnamese label, count), biggest first
    unacked: list[Batch]  # sent, no receipt yet
    last_export: Batch | None
    last_receipt: datetime | None  # when the latest receipt was applied
    acked_through: int
    keys: KeysState


_when = states.when


def _batch(b: SyncBatch) -> Batch:
    return Batch(b.batch_seq, b.file_name, b.change_count, _when(b.created_at))


def overview(store: Store) -> Overview:
    st = outbox.status(store)
    with store.read() as uow:
        s = uow.session
        batches = {b.batch_seq: b for b in s.scalars(select(SyncBatch).where(
            SyncBatch.batch_seq.in_([u[0] for u in st.unacked_batches])))}
        last = s.scalars(select(SyncBatch).order_by(SyncBatch.batch_seq.desc()).limit(1)).first()
        last_ack = s.execute(select(func.max(SyncBatch.acked_at))).scalar()
        unacked = [_batch(batches[seq]) for seq, *_ in st.unacked_batches]
        last_export = _batch(last) if last is not None else None
    by_kind = sorted(((KIND_LABELS.get(k, k), n) for k, n in st.per_table_waiting.items()),
                     key=lambda kv: (-kv[1], kv[0]))
    return Overview(st.waiting, by_kind, unacked, last_export, _when(last_ack),
                    st.acked_through, keys_state(store))


# ----------------------------------------------------------------------------- record states


RecordState = states.RecordState


def remember_refused(session: Session, problems: Iterable[object]) -> int:
    """In the receipt's transaction: keep each change the upstream could not apply, by row, so
    the record shows it (the receipt's problem lines are "thay đổi SEQ (TABLE ID): reason")."""
    kept: dict[str, list[Any]] = json.loads(meta_get(session, META_REFUSED) or "{}")
    n = 0
    for p in problems:
        m = _PROBLEM.match(str(p))
        if m is None:
            continue
        seq, _entity, entity_id, reason = m.groups()
        kept[entity_id] = [int(seq), reason]
        n += 1
    if n:
        meta_set(session, META_REFUSED, json.dumps(kept, ensure_ascii=False, sort_keys=True))
    return n


_PROBLEM = re.compile(r"^thay đổi (\d+) \((\w+) ([0-9a-zA-Z._-]+)\): (.*)$", re.S)


def record_states(store: Store, entity: str, ids: list[uuid.UUID]) -> dict[uuid.UUID, RecordState]:
    """The sync state of many visits or petitions at once, on SQLite or PostgreSQL (the rule and
    its queries: app/sync/states.py)."""
    with store.read() as uow:
        return states.record_states(uow.session.connection(), entity, ids)


def record_state(store: Store, entity: str, entity_id: uuid.UUID) -> RecordState:
    found = record_states(store, entity, [entity_id])
    return found.get(entity_id) or states.NOTHING_LOGGED


# ----------------------------------------------------------------------------- export


def copy_file(src: Path, target: Path, progress: Progress | None = None) -> None:
    """Copy via `<target>.part`, flushed to the device, then renamed: a stick pulled out or a
    full disk leaves no file with the batch's name, and the `.part` is removed when possible."""
    total = src.stat().st_size
    tmp = target.with_name(target.name + ".part")
    done = 0
    try:
        with open(src, "rb") as s, open(tmp, "wb") as d:
            while chunk := s.read(CHUNK):
                d.write(chunk)
                done += len(chunk)
                if progress is not None:
                    progress(done, total)
            d.flush()
            os.fsync(d.fileno())
        if tmp.stat().st_size != total:
            raise OSError(5, Text("tệp chép ra không đủ dung lượng"))
        tmp.replace(target)
    except BaseException:
        with contextlib.suppress(OSError):  # the device is gone: nothing more to clean
            tmp.unlink(missing_ok=True)
        raise


def export_to(store: Store, folder: Path, progress: Progress | None = None, *,
              actor: Any = None) -> outbox.Exported:
    """The next batch, made in the outbox and copied to `folder` (path None: nothing new)."""
    if not folder.is_dir():
        raise SyncError("sync_copy_failed", seq=Text("mới"), folder=str(folder),
                        reason=Text("không tìm thấy thư mục (ổ đĩa đã rút ra?)"))
    done = outbox.export(store, outbox.outbox_dir(store), actor=actor)
    if done.path is None:
        return done
    target = folder / done.path.name
    _copy_or_explain(done.path, target, done.batch_seq, progress)
    return replace(done, path=target)


def resend_to(store: Store, folder: Path, progress: Progress | None = None, *,
              actor: Any = None) -> list[Path]:
    """Every batch without a receipt, byte for byte again (never remade with new contents:
    that is a fork); those signed by a key the office no longer uses are first signed again
    under its current key (outbox.resign: same batches, same changes)."""
    outbox.resign(store, actor=actor)
    unacked = outbox.status(store).unacked_batches
    paths = [(seq, outbox.outbox_dir(store) / name) for seq, name, _a, _b in unacked]
    for seq, p in paths:
        if not p.exists():
            raise SyncError("sync_outbox_missing", seq=seq, path=str(p))
    total = sum(p.stat().st_size for _s, p in paths) or 1
    sent: list[Path] = []
    base = 0
    for seq, p in paths:
        size = p.stat().st_size
        _copy_or_explain(p, folder / p.name, seq, _offset(progress, base, total))
        base += size
        sent.append(folder / p.name)
    return sent


def _offset(progress: Progress | None, base: int, total: int) -> Progress | None:
    """One file's progress as part of several."""
    if progress is None:
        return None
    report = progress
    return lambda done, _size: report(base + done, total)


def _copy_or_explain(src: Path, target: Path, seq: int, progress: Progress | None) -> None:
    from app.errors import os_reason

    try:
        copy_file(src, target, progress)
    except OSError as exc:
        raise SyncError("sync_copy_failed", seq=seq, folder=str(target.parent),
                        reason=os_reason(exc)) from exc


# ----------------------------------------------------------------------------- coming down


@dataclass(frozen=True)
class Downstream:
    """A kind of file the upstream sends down: `matches(doc)` on its JSON, `apply` → summary."""

    name: str
    matches: Callable[[Any], bool]
    apply: Callable[[Store, Path, Any], str]


def _apply_receipt(store: Store, path: Path, actor: Any) -> str:
    ack = outbox.apply_receipt(store, path, actor=actor)
    text = Counted("Biên nhận: cấp trên đã nhận đến thay đổi số {through} ({n} lô được "
                   "xác nhận).", through=ack.acked_through, n=ack.batches)
    if ack.problems:
        return Joined((text, Counted("Có {n} bản ghi cấp trên không nhận được (xem ở từng "
                                     "bản ghi).", n=len(ack.problems))), " ")
    return text


DOWNSTREAM: list[Downstream] = [
    Downstream("receipt", lambda d: isinstance(d, dict) and isinstance(d.get("receipt"), dict)
               and d["receipt"].get("format") == outbox.RECEIPT_FORMAT, _apply_receipt),
]
DOWNSTREAM_PATTERNS = "*.receipt.json *.json *.tdsync"  # the file dialog's filter
MAX_DOWNSTREAM = 64 * 1024 * 1024


def split_downstream(paths: list[Path]) -> tuple[list[Path], list[Path]]:
    """(bulletins, the rest): bulletins are signed .tdsync envelopes (ZIP files), receipts JSON.
    Bulletins go first, in their own numbering order (bulletins.import_bulletins): a new upstream
    key one of them brings is the key the receipts after it are signed with."""
    import zipfile

    envelopes = [p for p in paths if p.suffix.lower() == ".tdsync" or zipfile.is_zipfile(p)]
    return envelopes, [p for p in paths if p not in envelopes]


def import_downstream(store: Store, path: Path, *, actor: Any = None) -> str:
    """A receipt from the upstream: verified and applied (bulletins: split_downstream)."""
    from app.errors import os_reason

    try:
        if path.stat().st_size > MAX_DOWNSTREAM:
            raise SyncError("sync_unknown_file", path=str(path))
        doc = json.loads(path.read_bytes())
    except OSError as exc:
        raise SyncError("sync_bad_receipt", path=str(path), reason=os_reason(exc)) from exc
    except ValueError as exc:
        raise SyncError("sync_unknown_file", path=str(path)) from exc
    for kind in DOWNSTREAM:
        if kind.matches(doc):
            return kind.apply(store, path, actor)
    raise SyncError("sync_unknown_file", path=str(path))

