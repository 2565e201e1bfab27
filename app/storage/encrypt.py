"""Turning a plaintext store file, and its plaintext backups, into encrypted ones, crash-safely.

The order is what makes it safe: the key file is written (atomically) before any encrypted file
takes a plaintext file's place, so an encrypted file never exists without its key. A crash
half-way leaves the plaintext store with a key file beside it; the next unlock sees the
plaintext header and finishes the job (`finish`).

The plaintext's WAL is emptied and removed before the swap: SQLite would otherwise replay
plaintext pages into the encrypted file. The old file's blocks are freed by the rename, not
overwritten (docs/security.md says what that means on an SSD).
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from app.storage import dbfile, keyring
from app.storage.backup import list_backups, side_files


def export(source: Path, target: Path, key: bytes) -> None:
    """An encrypted copy of the plaintext `source` at `target` (SQLCipher's sqlcipher_export:
    the backup API cannot change a file's encryption)."""
    target.unlink(missing_ok=True)
    conn = dbfile.connect(source, key=None)
    try:
        conn.isolation_level = None
        conn.execute(f"ATTACH DATABASE ? AS enc KEY \"x'{key.hex()}'\"", (str(target),))
        conn.execute("SELECT sqlcipher_export('enc')")
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute(f"PRAGMA enc.user_version = {int(version)}")
        conn.execute("DETACH DATABASE enc")
    finally:
        conn.close()
    with target.open("rb") as f:
        os.fsync(f.fileno())


def _checkpoint_to_single_file(db_path: Path) -> None:
    """Everything in the main file, no WAL left (journal_mode=DELETE removes it)."""
    conn = dbfile.connect(db_path, key=None)
    try:
        conn.isolation_level = None
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        conn.execute("PRAGMA journal_mode=DELETE").fetchall()
    finally:
        conn.close()


def encrypt_in_place(db_path: Path, key: bytes) -> None:
    """Replace the plaintext file at `db_path` (closed by everyone) by its encrypted copy."""
    _checkpoint_to_single_file(db_path)
    staged = db_path.with_name(f".{db_path.name}.ma-hoa.tmp")
    try:
        export(db_path, staged, key)
        for side in side_files(db_path):
            side.unlink(missing_ok=True)
        os.replace(staged, db_path)
        keyring.fsync_dir(db_path.parent)
    finally:
        with contextlib.suppress(OSError):
            staged.unlink()


@dataclass
class Leftovers:
    encrypted: list[Path] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)  # too broken to read: kept


def plaintext_backups(folders: list[Path]) -> list[Path]:
    found = []
    for folder in folders:
        found += [b.path for b in list_backups(folder) if dbfile.is_plaintext(b.path)]
    return found


def encrypt_backups(db_path: Path, key: bytes, folders: list[Path]) -> Leftovers:
    """Encrypt every plaintext backup in `folders` with the store's key, each with a copy of
    the store's key file beside it. A backup that cannot be read is left as it is and named
    in the result (only the office can decide to delete it)."""
    out = Leftovers()
    keys = keyring.key_file(db_path).read_bytes()
    for path in plaintext_backups(folders):
        staged = path.with_name(f".{path.name}.ma-hoa.tmp")
        try:
            export(path, staged, key)
            keyring.write_atomic(keyring.key_file(path), keys)
            os.replace(staged, path)
            for side in side_files(path):
                side.unlink(missing_ok=True)
            out.encrypted.append(path)
        except (OSError, dbfile.Error) as exc:
            out.failed.append((path, str(exc)))
        finally:
            with contextlib.suppress(OSError):
                staged.unlink()
    return out


def stray_plaintext(data_dir: Path, db_path: Path) -> list[Path]:
    """Plaintext store files moved aside in the data folder (restore of a broken store)."""
    return [p for p in data_dir.glob(f"{db_path.name}.*")
            if p.is_file() and not p.name.endswith(keyring.SUFFIX) and dbfile.is_plaintext(p)]
