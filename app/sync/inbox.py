"""Upstream side: import batches (SYNC.md "Import at the upstream", steps 1–9) and write receipts.

Order: envelope and caps → sender key bound to the office code (unknown: quarantined) →
signature → sequence and chain (duplicate / fork / gap held; a batch taken before and now
signed again by the office's new key, same batch id, is a duplicate, not a fork) → payload
hash → decrypt whole → inner manifest equals the signed header → apply every change in one
transaction. Nothing of the payload is used before the signature, the hash and the whole
decryption have passed; a refused or quarantined batch changes no table. Held batches wait in `<data>/sync/held/` and are applied
when the missing ones arrive.

Applying the changes: app/sync/apply.py.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app.actor import SYSTEM
from app.models import SyncInbound, SyncPeer
from app.services.common import meta_get
from app.storage import changelog
from app.storage.changelog import SYNCED_TABLES, _now, canonical
from app.storage.store import Store
from app.sync import keys, quarantine, rotation
from app.sync.apply import Applier
from app.sync.batch import Envelope, open_payload, read_envelope, verify_signature
from app.sync.errors import Refused, bad_field
from app.sync.outbox import RECEIPT_FORMAT
from app.text import Text


@dataclass
class Outcome:
    path: Path
    status: str  # applied | duplicate | held | quarantined | refused
    reason: str = ""
    office_code: str = ""
    batch_seq: int = 0
    applied: int = 0
    stale: int = 0
    receipt: Path | None = None
    problems: list[str] = field(default_factory=list)

    def line(self) -> str:
        who = f"{self.office_code} lô {self.batch_seq}" if self.office_code else ""
        words = {"applied": f"đã nhận {self.applied} thay đổi"
                            + (f" ({self.stale} cũ hơn bản đang có, bỏ qua)" if self.stale else ""),
                 "duplicate": "đã nhận trước đây, gửi lại biên nhận",
                 "held": f"tạm giữ: {self.reason}",
                 "quarantined": f"cách ly: {self.reason}",
                 "refused": f"từ chối: {self.reason}"}
        return f"{self.path.name}: {who}{': ' if who else ''}{words[self.status]}"


@dataclass(frozen=True)
class _Seen:
    header_sha256: str
    last_change: int
    applied: int
    stale: int
    batch_id: str


def held_dir(store: Store) -> Path:
    return store.data_dir / "sync" / "held"


def _insert(session: Session) -> Any:
    return (postgresql.insert if session.get_bind().dialect.name == "postgresql"
            else sqlite.insert)


def import_files(store: Store, paths: list[Path], receipts_dir: Path) -> list[Outcome]:
    out: list[Outcome] = []
    for p in paths:
        out.append(import_file(store, p, receipts_dir))
        out.extend(_drain_held(store, receipts_dir))
    return out


def _drain_held(store: Store, receipts_dir: Path) -> list[Outcome]:
    done: list[Outcome] = []
    progress = True
    while progress:
        progress = False
        for p in sorted(held_dir(store).glob("*.tdsync")) if held_dir(store).exists() else []:
            o = import_file(store, p, receipts_dir, from_held=True)
            if o.status != "held":
                p.unlink(missing_ok=True)
                done.append(o)
                progress = progress or o.status == "applied"
    return done


def import_file(store: Store, path: Path, receipts_dir: Path, *,
                from_held: bool = False) -> Outcome:
    try:
        env = read_envelope(path)
    except Refused as r:
        return quarantine.keep(store, Outcome(path, r.status, r.reason))
    try:
        return _import(store, env, receipts_dir, from_held)
    except Refused as r:
        return quarantine.keep(store, Outcome(path, r.status, r.reason,
                                              env.header["office_code"], env.header["batch_seq"]))
    finally:
        env.zf.close()


def _import(store: Store, env: Envelope, receipts_dir: Path, from_held: bool) -> Outcome:
    h = env.header
    identities = keys.age_identities(store)  # not an upstream store: a set-up error
    with store.read() as uow:
        s = uow.session
        peer = s.get(SyncPeer, h["sender_key_id"])
        if peer is None:
            raise Refused(Text("khóa ký chưa được đăng ký ('tiepdan keys enrol')"), "quarantined")
        if peer.office_code != h["office_code"]:
            raise Refused(Text(
                "khóa ký thuộc cơ quan {owner}, không phải {claimed}", owner=peer.office_code,
                claimed=h["office_code"]), "quarantined")
        # A revoked key signs nothing any more, whatever the batch's date: created_at is the
        # sender's own claim and whoever holds a stolen key can date a batch before the
        # revocation (TECH-NOTES §1.3). What the office had really sent is not lost: its
        # unacknowledged batches are signed again under its new key (`sync export --resend`,
        # outbox.resign) and taken then. The old file stays in quarantine, changing nothing;
        # once that batch has been taken, it is refused outright (no longer waiting).
        if peer.revoked_at:
            why = Text("khóa ký đã bị thu hồi ngày {day} ({reason})",
                       day=peer.revoked_at[:10], reason=peer.revoked_reason)
            if s.get(SyncInbound, (h["installation_id"], h["batch_seq"])) is not None:
                raise Refused(Text("{why}; lô số {batch_seq} đã được nhận trước đây, tệp này "
                                   "không cần nhập nữa", why=why, batch_seq=h["batch_seq"]))
            raise Refused(why, "quarantined")
        if not peer.active:
            raise Refused(Text("khóa ký đã được thay bằng khóa mới; lô phải ký bằng khóa mới"),
                          "quarantined")
        public = peer.public_key
        seen = {r.batch_seq: _Seen(r.header_sha256, r.last_change, r.applied, r.stale,
                                   r.batch_id)
                for r in s.scalars(select(SyncInbound).where(
                    SyncInbound.installation_id == h["installation_id"]))}
    verify_signature(env, public)
    out = Outcome(env.path, "applied", office_code=h["office_code"], batch_seq=h["batch_seq"])
    last_seq = max(seen, default=0)
    prior = seen.get(h["batch_seq"])
    if prior is not None:
        if prior.header_sha256 != env.header_sha256:
            if not _resigned(prior, h, seen):
                raise Refused(Text("lô số {batch_seq} đã nhận với nội dung khác (rẽ nhánh: có thể kho của cơ quan đã được khôi phục từ bản sao lưu cũ)", batch_seq=h['batch_seq']), "quarantined")
            _record_resigned(store, h, env.header_sha256)
        out.status = "duplicate"
        out.receipt = _receipt(store, receipts_dir, h, env.header_sha256, prior.last_change,
                               prior.applied, prior.stale, [])
        return out
    if h["batch_seq"] > last_seq + 1:
        if not from_held:
            held_dir(store).mkdir(parents=True, exist_ok=True)
            shutil.copyfile(env.path, held_dir(store) /
                            f"{h['installation_id']}-{h['batch_seq']:06d}.tdsync")
        out.status, out.reason = "held", Text("thiếu lô {first}..{last}", first=last_seq + 1,
                                              last=h["batch_seq"] - 1)
        return out
    expected_prev = seen[last_seq].header_sha256 if last_seq else None
    if h["prev_header_sha256"] != expected_prev:
        raise Refused(Text("lô không nối tiếp lô trước (chuỗi phần đầu không khớp)"), "quarantined")
    manifest, changes = open_payload(env, identities)
    _check_manifest(manifest, changes)
    applied, stale, problems = _apply(store, h, env.header_sha256, manifest, changes)
    out.applied, out.stale, out.problems = applied, stale, problems
    out.receipt = _receipt(store, receipts_dir, h, env.header_sha256, manifest["last_change"],
                           applied, stale, problems)
    return out


def _resigned(prior: _Seen, h: dict[str, Any], seen: dict[int, _Seen]) -> bool:
    """A batch this store applied, signed again by the office under its current key (its old
    key revoked or replaced before the receipt came back: outbox.resign), not a fork: the same
    batch id (a fork, a restored store's batch, has a new one: a new uuid at each export) and
    the same place in the chain. Its signer is an active key of the office (checked before)."""
    before = seen.get(h["batch_seq"] - 1)
    return bool(prior.batch_id == h["batch_id"] and h["prev_header_sha256"] == (
        before.header_sha256 if before is not None else None))


def _record_resigned(store: Store, h: dict[str, Any], header_sha: str) -> None:
    """The batch now stands under its new header: the office's next batches chain to it."""
    with store.write(SYSTEM) as uow:
        row = uow.session.get(SyncInbound, (h["installation_id"], h["batch_seq"]))
        assert row is not None
        before, row.header_sha256 = row.header_sha256, header_sha
        uow.audit("sync.import_resigned", "sync_batch", h["batch_id"],
                  f"Lô số {h['batch_seq']} của {h['office_code']} được ký lại bằng khóa mới "
                  "(đã nhận trước đây, không nhận lại)",
                  before={"header_sha256": before},
                  after={"header_sha256": header_sha, "key_id": h["sender_key_id"]})
        uow.commit()


def _check_manifest(manifest: dict[str, Any], changes: list[dict[str, Any]]) -> None:
    try:
        counts: dict[str, int] = {}
        seqs = [c["seq"] for c in changes]
        for c in changes:
            if c["entity"] not in SYNCED_TABLES or c["op"] not in ("I", "U", "D") or \
                    not isinstance(c["row"], dict):
                raise ValueError(Text("thay đổi {seq} không hợp lệ", seq=c.get("seq")))
            counts[c["entity"]] = counts.get(c["entity"], 0) + 1
        ok = (seqs == sorted(set(seqs)) and len(changes) == manifest["count"]
              and counts == manifest["counts"]
              and (not seqs or (seqs[0] == manifest["first_change"]
                                and seqs[-1] == manifest["last_change"])))
    except (KeyError, TypeError, ValueError) as exc:
        raise Refused(Text("danh sách thay đổi không hợp lệ ({bad_field})", bad_field=bad_field(exc))) from exc
    if not ok:
        raise Refused(Text("số thay đổi không khớp bản kê"))


def _apply(store: Store, h: dict[str, Any], header_sha: str, manifest: dict[str, Any],
           changes: list[dict[str, Any]]) -> tuple[int, int, list[str]]:
    with store.write(SYSTEM) as uow:
        s = uow.session
        s.info[changelog.APPLYING] = True
        # Core statements on the session's connection: nothing here goes through the ORM's flush
        a = Applier(s.connection(), _insert(s), h["office_code"], h["installation_id"])
        a.apply(changes)
        if a.applied + a.stale + len(a.problems) > len(changes):
            raise Refused(Text("số bản ghi áp dụng không khớp bản kê"))
        changelog.append(s, a.forward)
        rotation.retire_replaced(s, h["sender_key_id"])
        s.add(SyncInbound(installation_id=h["installation_id"], batch_seq=h["batch_seq"],
                          batch_id=h["batch_id"], office_code=h["office_code"],
                          header_sha256=header_sha, first_change=manifest["first_change"],
                          last_change=manifest["last_change"], applied=a.applied,
                          stale=a.stale, received_at=_now()))
        uow.audit("sync.import", "sync_batch", h["batch_id"],
                  f"Nhận lô đồng bộ số {h['batch_seq']} của {h['office_code']}",
                  after={"office": h["office_code"], "batch_seq": h["batch_seq"],
                         "applied": a.applied, "stale": a.stale,
                         "problems": len(a.problems)})
        uow.commit()
    return a.applied, a.stale, a.problems


def _receipt(store: Store, receipts_dir: Path, h: dict[str, Any], header_sha: str,
             through: int, applied: int, stale: int, problems: list[str]) -> Path:
    key = keys.signing_key(store)
    with store.read() as uow:
        own = json.loads(meta_get(uow.session, "sync.own_bundle") or "{}")
    receipt = {"format": RECEIPT_FORMAT, "upstream_code": own.get("office_code", ""),
               "upstream_key_id": keys.key_id(keys.raw_public(key.public_key())),
               "office_code": h["office_code"], "installation_id": h["installation_id"],
               "batch_id": h["batch_id"], "batch_seq": h["batch_seq"],
               "header_sha256": header_sha, "acked_through": through, "applied": applied,
               "stale": stale, "problems": problems, "issued_at": _now()}
    doc = {"receipt": receipt, "sig": key.sign(canonical(receipt).encode()).hex()}
    receipts_dir.mkdir(parents=True, exist_ok=True)
    path = receipts_dir / f"{h['office_code']}-{h['installation_id'][:8]}-{h['batch_seq']:06d}.receipt.json"
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(canonical(doc) + "\n", encoding="utf-8")
    tmp.replace(path)
    return path
