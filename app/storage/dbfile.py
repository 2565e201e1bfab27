"""The one place that opens a store's SQLite file (docs/security.md §1.5).

Every connection — the engine, the GUI's read-only first paint, backups, checks, audit verify,
migrations — comes from `connect()`, through SQLCipher (`sqlcipher3`, one SQLite build on every
platform). For an encrypted store the file's 256-bit key is set first, as a raw key (no PBKDF2
at each open), before any other statement touches the file.

The keys of the stores this process has unlocked are held here, by file path, for the life of the
process (app/storage/keyring.py unwraps them); nothing else keeps or passes them around.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from sqlcipher3 import dbapi2 as driver

if TYPE_CHECKING:  # the driver is the stdlib sqlite3 module built with SQLCipher: same API
    from sqlite3 import Connection, DatabaseError, Error, IntegrityError, OperationalError
else:
    Connection = driver.Connection
    Error = driver.Error
    DatabaseError = driver.DatabaseError
    OperationalError = driver.OperationalError
    IntegrityError = driver.IntegrityError

__all__ = ["Connection", "DatabaseError", "Error", "IntegrityError", "OperationalError", "connect", "driver",
           "forget_key", "is_plaintext", "known_key", "remember_key"]

KEY_BYTES = 32
SQLITE_HEADER = b"SQLite format 3\x00"
_KEYS: dict[str, bytes] = {}


def _where(path: Path | str) -> str:
    return os.path.normcase(os.path.abspath(path))


def remember_key(db_path: Path, key: bytes) -> None:
    if len(key) != KEY_BYTES:
        raise ValueError("a store key is 32 bytes")
    _KEYS[_where(db_path)] = key


def forget_key(db_path: Path) -> None:
    _KEYS.pop(_where(db_path), None)


def forget_all() -> None:
    _KEYS.clear()


def known_key(db_path: Path) -> bytes | None:
    return _KEYS.get(_where(db_path))


def key_pragma(key: bytes) -> str:
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(db_path: Path | str, *, key: bytes | None = None, readonly: bool = False,
            timeout: float = 10.0, **kwargs: Any) -> Connection:
    """A connection to `db_path`, keyed when the store is encrypted (`key`, else the key this
    process unlocked for that path, else none: a plaintext file). `readonly` opens with
    mode=ro, so nothing can be written or created."""
    path = Path(db_path)
    if readonly:
        conn = driver.connect(f"file:{quote(str(path.absolute()))}?mode=ro", uri=True,
                              timeout=timeout, **kwargs)
    else:
        conn = driver.connect(str(path), timeout=timeout, **kwargs)
    key = key if key is not None else known_key(path)
    try:
        # A wrong key is an answer, not a library error to print on the user's terminal.
        conn.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            conn.execute(key_pragma(key))
    except BaseException:
        conn.close()
        raise
    return conn  # type: ignore[return-value]  # the same API (see the import above)


def is_plaintext(path: Path) -> bool:
    """An unencrypted SQLite file (its header is readable), as opposed to SQLCipher's random
    first bytes. False for a missing or empty file."""
    try:
        with path.open("rb") as f:
            return f.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def opens(db_path: Path, key: bytes | None) -> bool:
    """Whether `key` (None: no key) reads `db_path`."""
    try:
        conn = connect(db_path, key=key, readonly=True)
    except Error:
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except Error:
        return False
    finally:
        conn.close()
