"""The key file of an encrypted store (docs/security.md §1.5).

The store file is encrypted with a random 256-bit data key. The key file beside it
(`tiepdan.sqlite3.keys`, and a copy beside every backup) holds that key only *wrapped*: once
per user, with a key derived from the user's password (Argon2id), and once with the recovery
key printed at set-up. A wrap is AES-256-GCM, so a wrong password fails the tag and reveals
nothing. The file also counts failed sign-ins, because the store cannot be opened to count
them before a password is right.

Every write of the file is atomic (temporary file, fsync, rename): a crash leaves the old
file or the new one. A user may briefly have two wraps (the old and the new password, between
the key file and the store's commit); `drop_other_wraps` settles it.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import secrets
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from app.errors import os_reason
from app.text import Text

FORMAT = "tiepdan-keys/1"
SUFFIX = ".keys"
RECOVERY = "recovery"
USER = "user"
RECOVERY_BYTES = 20  # 160 bits: 32 base-32 characters, printed as 8 groups of 4
# Argon2id (RFC 9106 low-memory profile, as the password hashes); stored in each wrap, so a
# cheaper or dearer setting later still opens the older wraps. Tests swap in a cheap one.
KDF = {"t": 3, "m": 65536, "p": 4}


class KeyFileError(Exception):
    """The key file is missing, unreadable or not one of ours (the reason in English: the
    services turn it into a Vietnamese StoreError)."""


def key_file(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + SUFFIX)


def new_data_key() -> bytes:
    return secrets.token_bytes(32)


# ----------------------------------------------------------------------------- recovery key


def new_recovery_code() -> str:
    raw = base64.b32encode(secrets.token_bytes(RECOVERY_BYTES)).decode()
    return "-".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def normalise_recovery_code(text: str) -> str:
    """As printed, whatever the case, spaces or dashes typed; 0/1/8 read as O/I/B (base 32
    has no digits 0, 1, 8, 9)."""
    raw = "".join(c for c in text.upper() if c.isalnum())
    raw = raw.translate(str.maketrans("018", "OIB"))
    return "-".join(raw[i:i + 4] for i in range(0, len(raw), 4))


# ----------------------------------------------------------------------------- wrapping


def _kek(secret: str, salt: bytes, kdf: dict[str, int]) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(secret.encode("utf-8"), salt, kdf["t"], kdf["m"], kdf["p"], 32,
                           Type.ID)


def _aad(wrap: dict[str, Any]) -> bytes:
    # Binds a wrap to its slot: moving a wrap to another user's slot makes it fail.
    return f"{FORMAT}|{wrap['kind']}|{wrap.get('user_id', '')}|{wrap['id']}".encode()


def _seal(secret: str, data_key: bytes, **slot: Any) -> dict[str, Any]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    wrap: dict[str, Any] = {"id": secrets.token_hex(8), **slot, "kdf": dict(KDF)}
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    ct = AESGCM(_kek(secret, salt, wrap["kdf"])).encrypt(nonce, data_key, _aad(wrap))
    wrap.update(salt=salt.hex(), nonce=nonce.hex(), ct=ct.hex())
    return wrap


def _unseal(wrap: dict[str, Any], secret: str) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        kek = _kek(secret, bytes.fromhex(wrap["salt"]), wrap["kdf"])
        return AESGCM(kek).decrypt(bytes.fromhex(wrap["nonce"]), bytes.fromhex(wrap["ct"]),
                                   _aad(wrap))
    except (InvalidTag, KeyError, ValueError, TypeError):
        return None


def burn_time(secret: str) -> None:
    """The cost of one unwrap, for a name that has none (its absence is not told by time)."""
    _kek(secret, bytes(16), KDF)


# ----------------------------------------------------------------------------- the file


@dataclass
class KeyFile:
    path: Path
    wraps: list[dict[str, Any]]
    failures: dict[str, dict[str, Any]]  # username -> {"count", "until" (ISO UTC), "pending"}
    disabled: list[str]  # accounts whose wrap went when disabled (to say so at sign-in)
    no_key: list[str]  # accounts from before encryption: an administrator resets them

    @classmethod
    def new(cls, path: Path) -> KeyFile:
        return cls(path, [], {}, [], [])

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise KeyFileError(Text("không có tệp khóa")) from None
        except (OSError, ValueError) as exc:
            why = os_reason(exc) if isinstance(exc, OSError) else Text("không phải JSON hợp lệ")
            raise KeyFileError(Text("tệp khóa không đọc được ({why})", why=why)) from exc
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            raise KeyFileError(Text("không phải tệp khóa của TiepDan"))
        return cls(path, list(raw.get("wraps", [])), dict(raw.get("failures", {})),
                   list(raw.get("disabled", [])), list(raw.get("no_key", [])))

    def save(self, path: Path | None = None) -> Path:
        """Atomically: a temporary file beside the target, synced, then renamed over it."""
        target = path or self.path
        body = json.dumps({"format": FORMAT, "wraps": self.wraps, "failures": self.failures,
                           "disabled": self.disabled, "no_key": self.no_key},
                          ensure_ascii=False, indent=1).encode("utf-8")
        write_atomic(target, body)
        return target

    # -------------------------------------------------------------- wraps

    def users(self) -> set[str]:
        return {w["username"] for w in self.wraps if w["kind"] == USER}

    def has_recovery(self) -> bool:
        return any(w["kind"] == RECOVERY for w in self.wraps)

    def add_user(self, user_id: str, username: str, password: str, data_key: bytes) -> str:
        """A new wrap for the user (kept beside any older one until `drop_other_wraps`)."""
        wrap = _seal(password, data_key, kind=USER, user_id=user_id, username=username)
        self.wraps.append(wrap)
        self.disabled = [n for n in self.disabled if n != username]
        self.no_key = [n for n in self.no_key if n != username]
        return str(wrap["id"])

    def drop_other_wraps(self, username: str, keep: str) -> None:
        self.wraps = [w for w in self.wraps
                      if not (w["kind"] == USER and w["username"] == username
                              and w["id"] != keep)]

    def remove_user(self, username: str, *, disabled: bool = False) -> bool:
        before = len(self.wraps)
        if disabled and username not in self.disabled:
            self.disabled.append(username)
        self.wraps = [w for w in self.wraps
                      if not (w["kind"] == USER and w["username"] == username)]
        self.failures.pop(username, None)
        return len(self.wraps) != before

    def set_recovery(self, code: str, data_key: bytes) -> None:
        self.wraps = [w for w in self.wraps if w["kind"] != RECOVERY]
        self.wraps.append(_seal(normalise_recovery_code(code), data_key, kind=RECOVERY))

    def unwrap_user(self, username: str, password: str) -> tuple[bytes, str] | None:
        """The data key and the id of the wrap that opened, or None (a wrong password, or a
        user without a wrap: disabled, or added before encryption and not yet re-wrapped)."""
        mine = [w for w in self.wraps if w["kind"] == USER and w["username"] == username]
        if not mine:
            burn_time(password)
        for wrap in mine:
            key = _unseal(wrap, password)
            if key is not None:
                return key, str(wrap["id"])
        return None

    def unwrap_recovery(self, code: str) -> bytes | None:
        for wrap in self.wraps:
            if wrap["kind"] == RECOVERY:
                key = _unseal(wrap, normalise_recovery_code(code))
                if key is not None:
                    return key
        return None

    # -------------------------------------------------------------- failed sign-ins

    def locked_until(self, username: str) -> datetime | None:
        raw = self.failures.get(username, {}).get("until")
        return datetime.fromisoformat(raw) if raw else None

    def failed(self, username: str, until: datetime | None) -> int:
        entry = self.failures.setdefault(username, {"count": 0, "pending": 0})
        entry["count"] += 1
        entry["pending"] = entry.get("pending", 0) + 1
        entry["until"] = until.isoformat() if until else None
        return int(entry["count"])

    def failure_count(self, username: str) -> int:
        return int(self.failures.get(username, {}).get("count", 0))

    def clear_failures(self, username: str) -> int:
        """Forget the user's failures; returns how many were not yet in the audit log."""
        entry = self.failures.pop(username, None)
        return int(entry.get("pending", 0)) if entry else 0


def write_atomic(target: Path, body: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(body)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(target.parent)


def fsync_dir(path: Path) -> None:
    if os.name == "nt":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
