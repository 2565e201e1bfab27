"""Keys (SYNC.md "Keys").

Office: an Ed25519 signing key made by `keys init`, the private part in `<data>/keys/` as PKCS#8
PEM, encrypted with the passphrase in TIEPDAN_KEY_PASSPHRASE when it is set (BestAvailable
encryption of `cryptography`); without one it is stored unencrypted with owner-only permissions
and `keys show` says so. A passphrase rather than the OS key store for now: it works the same on
the Windows desk PC, a Linux upstream server and the tests; the OS store is the next step.

Upstream (`keys init --upstream`): an operational age identity (`keys/upstream.age`), an offline
recovery identity printed once and never stored, and the Ed25519 key that signs receipts. Its
public bundle (`keys export-public`) carries both age recipients and the signing key, signed by
that key; a ward pins it with `keys import-upstream` after comparing the fingerprint on paper.
The bundle and the enrolled offices are kept in the store; private keys only as files.

A ward also has an age identity (`keys/office.age`, made at `keys init` or on first need):
bulletins down are encrypted to it (app/sync/bulletins.py). Its recipient travels on the
enrolment sheet with the signing key (app/sync/enrolment.py). Rotation and revocation:
app/sync/rotation.py.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select

from app.models import SyncPeer
from app.services.common import META_INSTALLATION_ID, local_office, meta_get, meta_set
from app.storage.changelog import canonical
from app.storage.store import Store
from app.sync.errors import SyncError, SyncSetupError, bad_field
from app.text import Label, Text, labels, said

SIGNING_FILE = "office-signing.pem"
AGE_FILE = "upstream.age"
OFFICE_AGE_FILE = "office.age"  # ward: decrypts bulletins from the upstream
META_UPSTREAM = "sync.upstream_bundle"  # the pinned upstream bundle (ward side)
META_MODE = "sync.mode"  # "upstream" on an upstream store
OFFICE_KEY_FORMAT = "tiepdan-office-key/1"
BUNDLE_FORMAT = "tiepdan-upstream/1"
PASSPHRASE_ENV = "TIEPDAN_KEY_PASSPHRASE"


def keys_dir(store: Store) -> Path:
    return store.data_dir / "keys"


def key_id(public_raw: bytes) -> str:
    return hashlib.sha256(public_raw).hexdigest()[:32]


def fingerprint(public_raw: bytes) -> str:
    digest = hashlib.sha256(public_raw).hexdigest()[:20].upper()
    return " ".join(digest[i:i + 4] for i in range(0, 20, 4))


def raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _write_private(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    tmp.replace(path)


@dataclass(frozen=True)
class KeyInfo:
    office_code: str
    installation_id: str
    key_id: str
    fingerprint: str
    protected: bool
    upstream_mode: bool
    recovery_secret: str | None = None  # only once, at `keys init --upstream`


def init_keys(store: Store, *, upstream: bool = False) -> KeyInfo:
    path = keys_dir(store) / SIGNING_FILE
    if path.exists():
        raise SyncSetupError("sync_keys_exist", path=str(path))
    key = Ed25519PrivateKey.generate()
    passphrase = os.environ.get(PASSPHRASE_ENV, "")
    enc: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(passphrase.encode())
        if passphrase else serialization.NoEncryption())
    recovery: str | None = None
    if upstream:
        operational = pyrage.x25519.Identity.generate()
        recovery_id = pyrage.x25519.Identity.generate()
        recovery = str(recovery_id)
        _write_private(keys_dir(store) / AGE_FILE, (str(operational) + "\n").encode())
        bundle = {"format": BUNDLE_FORMAT, "version": 1,
                  "recipients": [str(operational.to_public()), str(recovery_id.to_public())],
                  "recovery": str(recovery_id.to_public()),
                  "signing_key": raw_public(key.public_key()).hex()}
        with store.write() as uow:
            office = local_office(uow.session)
            bundle |= {"office_code": office.code, "office_name": office.name}
            meta_set(uow.session, META_MODE, "upstream")
            meta_set(uow.session, "sync.own_bundle", canonical(bundle))
            uow.audit("sync.keys_init", "sync", "upstream", "Tạo khóa đồng bộ (cơ quan cấp trên)")
            uow.commit()
    else:
        store.record(None, "sync.keys_init", "sync", "office", "Tạo khóa ký đồng bộ của cơ quan")
        office_age_identity(store)
    _write_private(path, key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8, enc))
    info = show(store)
    return KeyInfo(**{**info.__dict__, "recovery_secret": recovery})


def signing_key(store: Store) -> Ed25519PrivateKey:
    path = keys_dir(store) / SIGNING_FILE
    if not path.exists():
        raise SyncSetupError("sync_no_keys")
    passphrase = os.environ.get(PASSPHRASE_ENV, "")
    try:
        key = serialization.load_pem_private_key(path.read_bytes(),
                                                 passphrase.encode() or None)
    except (TypeError, ValueError) as exc:
        raise SyncSetupError("sync_bad_passphrase") from exc
    assert isinstance(key, Ed25519PrivateKey)
    return key


def age_identities(store: Store) -> list[pyrage.x25519.Identity]:
    path = keys_dir(store) / AGE_FILE
    if not path.exists():
        raise SyncSetupError("sync_not_upstream")
    return [pyrage.x25519.Identity.from_str(line.strip())
            for line in path.read_text().splitlines() if line.strip()]


def office_age_identity(store: Store) -> pyrage.x25519.Identity:
    """The ward's age identity for bulletins; made on first need (stores keyed before it)."""
    path = keys_dir(store) / OFFICE_AGE_FILE
    if not path.exists():
        _write_private(path, (str(pyrage.x25519.Identity.generate()) + "\n").encode())
    return pyrage.x25519.Identity.from_str(path.read_text().strip())


def _office(store: Store) -> tuple[str, str, str, str | None]:
    with store.read() as uow:
        office = local_office(uow.session)
        return (office.code, office.name, meta_get(uow.session, META_INSTALLATION_ID) or "",
                meta_get(uow.session, META_MODE))


def show(store: Store) -> KeyInfo:
    key = signing_key(store)
    raw = raw_public(key.public_key())
    code, _name, installation, mode = _office(store)
    protected = b"ENCRYPTED" in (keys_dir(store) / SIGNING_FILE).read_bytes()
    return KeyInfo(code, installation, key_id(raw), fingerprint(raw), protected,
                   mode == "upstream")


def export_public(store: Store, out: Path, *, office_key: bool = False) -> dict[str, Any]:
    """The office's public key file for enrolment (ward), or the signed bundle (upstream).
    `office_key`: an upstream's own office key file, to enrol it one level further up (chain)."""
    code, name, installation, mode = _office(store)
    key = signing_key(store)
    if mode == "upstream" and not office_key:
        doc: dict[str, Any] = signed_bundle(store)
    else:
        raw = raw_public(key.public_key())
        doc = {"format": OFFICE_KEY_FORMAT, "office_code": code, "office_name": name,
               "installation_id": installation, "public_key": raw.hex(), "key_id": key_id(raw),
               "age_recipient": str(office_age_identity(store).to_public())}
    out.write_text(canonical(doc) + "\n", encoding="utf-8")
    return doc


def signed_bundle(store: Store) -> dict[str, Any]:
    """The upstream's current bundle, signed by its key (`keys bundle`, bulletins)."""
    key = signing_key(store)
    with store.read() as uow:
        bundle = json.loads(meta_get(uow.session, "sync.own_bundle") or "{}")
    if not bundle:
        raise SyncSetupError("sync_not_upstream")
    return {"bundle": bundle, "sig": key.sign(canonical(bundle).encode()).hex()}


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SyncError("sync_bad_key_file", path=str(path), reason=said(exc)) from exc


def check_bundle(doc: Any) -> dict[str, Any]:
    """A signed upstream bundle checked against its own key; ValueError/SyncError if not."""
    try:
        bundle = doc["bundle"]
        if bundle["format"] != BUNDLE_FORMAT:
            raise ValueError(Text("không phải tệp khóa cơ quan cấp trên"))
        public = Ed25519PublicKey.from_public_bytes(bytes.fromhex(bundle["signing_key"]))
        public.verify(bytes.fromhex(doc["sig"]), canonical(bundle).encode())
        if not bundle["recipients"]:
            raise ValueError(Text("không có khóa nhận"))
        for r in bundle["recipients"]:
            pyrage.x25519.Recipient.from_str(r)
        str(bundle["office_code"]), str(bundle["office_name"])
    except InvalidSignature as exc:
        raise ValueError(Text("chữ ký không hợp lệ")) from exc
    except (KeyError, TypeError, pyrage.RecipientError) as exc:
        raise ValueError(Text("thiếu hoặc sai trường ({bad_field})", bad_field=bad_field(exc))) from exc
    checked: dict[str, Any] = bundle
    return checked


def bundle_version(bundle: dict[str, Any]) -> int:
    v = bundle.get("version", 1)
    return v if isinstance(v, int) and not isinstance(v, bool) else 1


def pin_problem(pinned: dict[str, Any] | None, bundle: dict[str, Any], *,
                endorsed: bool = False) -> Text | None:
    """Why `bundle` may not replace the pinned one (None: it may).

    Once pinned, a bundle with another signing key is taken only when the pinned key vouches
    for it (a bulletin it signed: `endorsed`) or the officer re-pins after checking paper
    (`keys import-upstream --replace`); an older version never replaces a newer one."""
    if pinned is None:
        return None
    if bundle["signing_key"] != pinned["signing_key"] and not endorsed:
        return Text("khóa ký khác khóa cơ quan cấp trên đã ghi nhận; nếu đã đối chiếu bản giấy, "
                    "chạy lại với --replace")
    if bundle["signing_key"] == pinned["signing_key"] and \
            bundle_version(bundle) < bundle_version(pinned):
        return Text("bộ khóa phiên bản {version} cũ hơn phiên bản đang dùng {pinned}",
                    version=bundle_version(bundle), pinned=bundle_version(pinned))
    return None


def pinned_bundle(session: Any) -> dict[str, Any] | None:
    text = meta_get(session, META_UPSTREAM)
    return json.loads(text) if text else None


def pin(uow: Any, bundle: dict[str, Any], how: str) -> None:
    meta_set(uow.session, META_UPSTREAM, canonical(bundle))
    uow.audit("sync.upstream_pinned", "sync", bundle["office_code"],
              f"Nhận khóa cơ quan cấp trên {bundle['office_code']} "
              f"(phiên bản {bundle_version(bundle)}, {how})",
              after={"fingerprint": fingerprint(bytes.fromhex(bundle["signing_key"])),
                     "version": bundle_version(bundle)})


def import_upstream(store: Store, path: Path, *, replace: bool = False) -> dict[str, Any]:
    """Pin the upstream's bundle (ward side) after checking its own signature."""
    doc = _read_json(path)
    try:
        bundle = check_bundle(doc)
    except ValueError as exc:
        raise SyncError("sync_bad_key_file", path=str(path), reason=said(exc)) from exc
    with store.write() as uow:
        problem = pin_problem(pinned_bundle(uow.session), bundle, endorsed=replace)
        if problem:
            raise SyncError("sync_bad_key_file", path=str(path), reason=problem)
        pin(uow, bundle, "nhập tệp khóa")
        uow.commit()
    return bundle


def upstream_bundle(store: Store) -> dict[str, Any]:
    with store.read() as uow:
        text = meta_get(uow.session, META_UPSTREAM)
    if not text:
        raise SyncSetupError("sync_no_upstream")
    bundle: dict[str, Any] = json.loads(text)
    return bundle


def enrol(store: Store, path: Path) -> SyncPeer:
    """Register an office's key at this upstream store from its public-key file, the text of
    its enrolment sheet's QR code (scanned or typed into a file), or a key-rotation record."""
    from app.sync import enrolment, rotation

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SyncError("sync_bad_key_file", path=str(path), reason=said(exc)) from exc
    try:
        doc = enrolment.parse(text)
    except ValueError as exc:
        raise SyncError("sync_bad_key_file", path=str(path), reason=said(exc)) from exc
    if "rotation" in doc:
        return rotation.accept_rotation(store, doc, path)
    return enrol_data(store, doc, path)


def enrol_data(store: Store, doc: dict[str, Any], path: Path | str = "") -> SyncPeer:
    try:
        if doc["format"] != OFFICE_KEY_FORMAT:
            raise ValueError(Text("không phải tệp khóa của cơ quan"))
        raw = bytes.fromhex(doc["public_key"])
        Ed25519PublicKey.from_public_bytes(raw)
        if key_id(raw) != doc["key_id"]:
            raise ValueError(Text("mã khóa không khớp khóa"))
        code, name, installation = str(doc["office_code"]), str(doc["office_name"]), \
            str(doc["installation_id"])
        recipient = doc.get("age_recipient")
        if recipient is not None:
            pyrage.x25519.Recipient.from_str(str(recipient))
    except (KeyError, TypeError, ValueError, pyrage.RecipientError) as exc:
        raise SyncError("sync_bad_key_file", path=str(path), reason=said(exc)) from exc
    from app.storage.changelog import _now

    with store.write() as uow:
        if meta_get(uow.session, META_MODE) != "upstream":
            raise SyncSetupError("sync_not_upstream")
        peer = uow.session.get(SyncPeer, key_id(raw)) or SyncPeer(key_id=key_id(raw))
        if peer.revoked_at:
            raise SyncError("sync_bad_key_file", path=str(path),
                            reason=Text("khóa này đã bị thu hồi, không đăng ký lại được"))
        peer.office_code, peer.office_name, peer.installation_id = code, name, installation
        peer.public_key, peer.active, peer.enrolled_at = raw.hex(), True, _now()
        peer.age_recipient = str(recipient) if recipient else None
        uow.session.add(peer)
        uow.audit("sync.enrol", "sync", code, f"Đăng ký khóa của {name} ({code})",
                  after={"key_id": peer.key_id, "fingerprint": fingerprint(raw)})
        uow.commit()
        return peer


PEER_STATES: dict[str, Label] = labels({
    "active": "đang dùng", "rotating": "đã thay, còn nhận các lô đang gửi",
    "replaced": "đã thay bằng khóa mới", "revoked": "đã thu hồi",
})


@dataclass(frozen=True)
class PeerInfo:
    office_code: str
    office_name: str
    key_id: str
    fingerprint: str
    active: bool
    state: str  # a Text: đang dùng / đã thay, còn nhận lô đang gửi / đã thu hồi: lý do


def peers(store: Store) -> list[PeerInfo]:
    out = []
    with store.read() as uow:
        for p in uow.session.scalars(select(SyncPeer).order_by(SyncPeer.office_code,
                                                               SyncPeer.enrolled_at)):
            state: Text
            if p.revoked_at and p.revoked_reason and p.revoked_reason.rstrip(": "):
                # the officer's reason, as typed (never translated)
                state = Text("đã thu hồi: {reason}", reason=p.revoked_reason.rstrip(": "))
            elif p.revoked_at:
                state = PEER_STATES["revoked"]
            elif not p.active:
                state = PEER_STATES["replaced"]
            elif p.replaced_by:
                state = PEER_STATES["rotating"]
            else:
                state = PEER_STATES["active"]
            out.append(PeerInfo(p.office_code, p.office_name, p.key_id,
                                fingerprint(bytes.fromhex(p.public_key)), p.active, state))
    return out
