"""Key rotation and revocation (SYNC.md "Keys", TECH-NOTES §1.3).

Ward, planned rotation (`keys rotate --out F`): a new signing key, announced in a record signed
by the old one; the old key file is kept (renamed) for the record. The upstream takes the record
with `keys enrol F`: the new key is enrolled for the same office, and the old one stays valid
until the first batch signed by the new key is applied, so batches already on their way are not
lost; after that a batch signed by the old key is quarantined.

Upstream, revocation (`keys revoke KEY --reason …`): a lost or compromised office key; batches
it signs are quarantined with the reason. The office re-enrols a new key (a new sheet).

Upstream, new recipients (`keys rotate-recipients`): a new operational age identity; the old
one is kept so batches encrypted to it still open. The new bundle (a higher version) is signed
by the upstream's current key and sent down in a bulletin or as a file (`keys bundle`).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import SyncPeer
from app.services.common import meta_get, meta_set
from app.storage.changelog import _now, canonical
from app.storage.store import Store
from app.sync import keys
from app.sync.errors import SyncError, SyncSetupError
from app.text import Text, said

ROTATION_FORMAT = "tiepdan-key-rotation/1"


def _encryption() -> serialization.KeySerializationEncryption:
    import os

    passphrase = os.environ.get(keys.PASSPHRASE_ENV, "")
    return (serialization.BestAvailableEncryption(passphrase.encode()) if passphrase
            else serialization.NoEncryption())


def rotate_office_key(store: Store, out: Path) -> dict[str, Any]:
    """Ward: make a new signing key, write the rotation record signed by the old one."""
    old = keys.signing_key(store)
    old_raw = keys.raw_public(old.public_key())
    new = Ed25519PrivateKey.generate()
    new_raw = keys.raw_public(new.public_key())
    code, name, installation, mode = keys._office(store)
    if mode == "upstream":
        raise SyncSetupError("sync_rotate_upstream")
    record = {"format": ROTATION_FORMAT, "office_code": code, "office_name": name,
              "installation_id": installation, "old_key_id": keys.key_id(old_raw),
              "public_key": new_raw.hex(), "key_id": keys.key_id(new_raw),
              "age_recipient": str(keys.office_age_identity(store).to_public()),
              "created_at": _now()}
    doc = {"rotation": record, "sig": old.sign(canonical(record).encode()).hex()}
    kdir = keys.keys_dir(store)
    tmp = out.with_name(out.name + ".part")
    with store.write() as uow:
        tmp.write_text(canonical(doc) + "\n", encoding="utf-8")
        uow.audit("sync.key_rotate", "sync", code, "Thay khóa ký đồng bộ của cơ quan",
                  before={"key_id": record["old_key_id"]}, after={"key_id": record["key_id"]})
        # The key files change inside the transaction's lifetime: a failure before the
        # commit leaves the old key in place and no record behind.
        (kdir / keys.SIGNING_FILE).replace(kdir / f"retired-{record['old_key_id']}.pem")
        try:
            keys._write_private(kdir / keys.SIGNING_FILE, new.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, _encryption()))
            uow.commit()
        except BaseException:
            (kdir / f"retired-{record['old_key_id']}.pem").replace(kdir / keys.SIGNING_FILE)
            tmp.unlink(missing_ok=True)
            raise
    tmp.replace(out)
    return record


def accept_rotation(store: Store, doc: dict[str, Any], path: Path) -> SyncPeer:
    """Upstream: enrol the new key of a rotation record signed by the office's current key."""
    def bad(reason: str) -> SyncError:
        return SyncError("sync_bad_key_file", path=str(path), reason=reason)

    try:
        record, sig = doc["rotation"], bytes.fromhex(doc["sig"])
        if record["format"] != ROTATION_FORMAT:
            raise ValueError(Text("không phải bản ghi thay khóa"))
        new_raw = bytes.fromhex(record["public_key"])
        Ed25519PublicKey.from_public_bytes(new_raw)
        if keys.key_id(new_raw) != record["key_id"]:
            raise ValueError(Text("mã khóa mới không khớp khóa"))
        pyrage.x25519.Recipient.from_str(str(record["age_recipient"]))
    except (KeyError, TypeError, ValueError, pyrage.RecipientError) as exc:
        raise bad(said(exc)) from exc
    with store.write() as uow:
        s = uow.session
        if meta_get(s, keys.META_MODE) != "upstream":
            raise SyncSetupError("sync_not_upstream")
        old = s.get(SyncPeer, str(record["old_key_id"]))
        if old is None:
            raise bad(Text("khóa cũ chưa từng được đăng ký ở đây"))
        if not old.active or old.revoked_at:
            raise bad(Text("khóa cũ đã bị thu hồi hoặc đã được thay: cần đăng ký lại bằng phiếu giấy"))
        if old.office_code != record["office_code"]:
            raise bad(Text("khóa cũ thuộc cơ quan {office_code}", office_code=old.office_code))
        try:
            Ed25519PublicKey.from_public_bytes(bytes.fromhex(old.public_key)).verify(
                sig, canonical(record).encode())
        except InvalidSignature as exc:
            raise bad(Text("bản ghi thay khóa không được ký bằng khóa cũ")) from exc
        if s.get(SyncPeer, record["key_id"]) is not None:
            raise bad(Text("khóa mới đã được đăng ký"))
        peer = SyncPeer(key_id=record["key_id"], office_code=old.office_code,
                        office_name=str(record["office_name"]),
                        installation_id=str(record["installation_id"]),
                        public_key=record["public_key"], active=True, enrolled_at=_now(),
                        age_recipient=str(record["age_recipient"]))
        old.replaced_by = peer.key_id
        s.add(peer)
        uow.audit("sync.enrol", "sync", old.office_code,
                  f"Thay khóa của {old.office_name} ({old.office_code})",
                  before={"key_id": old.key_id}, after={
                      "key_id": peer.key_id,
                      "fingerprint": keys.fingerprint(new_raw)})
        uow.commit()
        return peer


def retire_replaced(session: Session, signer_key_id: str) -> None:
    """In the transaction that applies a batch signed by `signer_key_id`: a key it replaced
    has no batches on their way any more (they are in sequence before this one)."""
    for old in session.scalars(select(SyncPeer).where(SyncPeer.replaced_by == signer_key_id,
                                                       SyncPeer.active.is_(True))):
        old.active = False


def revoke(store: Store, key: str, reason: str) -> SyncPeer:
    """Upstream: revoke an office key (its id, or an unambiguous start of it ≥ 8 characters)."""
    reason = " ".join(reason.split())
    if not reason:
        raise SyncSetupError("sync_revoke_reason")
    with store.write() as uow:
        s = uow.session
        if meta_get(s, keys.META_MODE) != "upstream":
            raise SyncSetupError("sync_not_upstream")
        found = list(s.scalars(select(SyncPeer).where(SyncPeer.key_id.startswith(key.lower()))))
        if len(key) < 8 or len(found) != 1:
            raise SyncSetupError("sync_unknown_key", key=key)
        peer = found[0]
        if peer.revoked_at:
            raise SyncSetupError("sync_already_revoked", key=peer.key_id)
        peer.active, peer.revoked_at, peer.revoked_reason = False, _now(), reason
        uow.audit("sync.key_revoke", "sync", peer.office_code,
                  f"Thu hồi khóa {peer.key_id[:8]} của {peer.office_name} ({peer.office_code})",
                  after={"key_id": peer.key_id, "reason": reason})
        uow.commit()
        return peer


def rotate_recipients(store: Store) -> dict[str, Any]:
    """Upstream: a new operational age identity and bundle version; old identities kept."""
    keys.signing_key(store)  # the key that will sign the new bundle must open
    path = keys.keys_dir(store) / keys.AGE_FILE
    identities = keys.age_identities(store)
    new = pyrage.x25519.Identity.generate()
    with store.write() as uow:
        s = uow.session
        bundle = json.loads(meta_get(s, "sync.own_bundle") or "{}")
        recovery = bundle.get("recovery") or bundle["recipients"][-1]
        bundle |= {"version": keys.bundle_version(bundle) + 1,
                   "recipients": [str(new.to_public()), recovery], "recovery": recovery}
        meta_set(s, "sync.own_bundle", canonical(bundle))
        uow.audit("sync.recipients_rotate", "sync", bundle["office_code"],
                  f"Thay khóa nhận dữ liệu (bộ khóa phiên bản {bundle['version']})",
                  after={"version": bundle["version"]})
        # newest first; the old ones still open batches encrypted to them
        keys._write_private(path, "".join(f"{i}\n" for i in [new, *identities]).encode())
        uow.commit()
    result: dict[str, Any] = bundle
    return result
