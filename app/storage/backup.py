"""Online backups, rotation, restore and integrity checks of a store file; the store lock.

Everything here works on files through plain DB-API connections (app/storage/dbfile.py, no
ORM): a backup is SQLite's online backup API into a temporary file next to the target, synced
and renamed only when complete, so a full disk or a pulled USB drive leaves no half-written
backup behind. A backup of an encrypted store is encrypted with the same key, and a copy of the
key file goes beside it (keys first, so a backup is never there without them). The service that
records them (audit, last backup time, settings) is app/services/backup.py.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from app.errors import StoreError, os_reason
from app.storage import dbfile, keyring
from app.storage.schema_version import KNOWN_REVISIONS
from app.text import Text

AUTO = "tu-dong"  # daily and at-close backups: the only ones rotation removes
BEFORE_MIGRATION = "truoc-nang-cap"
BEFORE_RESTORE = "truoc-khoi-phuc"
MANUAL = "thu-cong"
_NAME = re.compile(r"^(?P<stem>[^-]+)-(?P<label>[a-z0-9-]+?)-(?P<stamp>\d{8}-\d{6})\.sqlite3$")


def backup_name(db_path: Path, label: str, when: datetime) -> str:
    return f"{db_path.stem}-{label}-{when:%Y%m%d-%H%M%S}.sqlite3"


def _fail(path: Path, exc: BaseException) -> StoreError:
    reason = os_reason(exc) if isinstance(exc, OSError) else str(exc)
    if isinstance(exc, dbfile.Error) and "full" in str(exc).lower():
        reason = "ổ đĩa đã đầy"
    return StoreError("backup_failed", path=str(path), reason=reason)


def online_backup(db_path: Path, target: Path, *, pages: int = -1, key: bytes | None = None,
                  progress: Callable[[int, int], None] | None = None) -> Path:
    """A consistent copy of the store (WAL content included) while others keep writing.

    In WAL mode the copy reads one snapshot (pages=-1: one step) while writers go on committing
    to the WAL; the target appears complete or not at all. An encrypted store (`key`, else the
    key this process unlocked for `db_path`) gives an encrypted copy with its key file beside.
    """
    key = key if key is not None else dbfile.known_key(db_path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                        dir=target.parent)
        os.close(fd)
    except OSError as exc:
        raise _fail(target, exc) from exc
    tmp = Path(tmp_name)
    try:
        src = dbfile.connect(db_path, key=key, readonly=True)
        try:
            dst = dbfile.connect(tmp, key=key)
            try:
                src.backup(dst, pages=pages,
                           progress=(lambda _s, rem, total: progress(total - rem, total))
                           if progress else None)
                dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            finally:
                dst.close()
        finally:
            src.close()
        _fsync(tmp)
        if key is not None:
            _copy_keys(db_path, target)
        os.replace(tmp, target)
        keyring.fsync_dir(target.parent)
    except (OSError, dbfile.Error) as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise _fail(target, exc) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return target


def _copy_keys(source_db: Path, target_db: Path) -> None:
    """The key file of `source_db` beside `target_db` (atomically)."""
    keyring.write_atomic(keyring.key_file(target_db), keyring.key_file(source_db).read_bytes())


def copy_file(source: Path, target: Path) -> Path:
    """A finished backup copied to a second place (a USB drive), atomically as above, with
    its key file first when it has one."""
    if keyring.key_file(source).exists():
        try:
            _copy_keys(source, target)
        except OSError as exc:
            raise _fail(target, exc) from exc
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                        dir=target.parent)
    except OSError as exc:
        raise _fail(target, exc) from exc
    try:
        with os.fdopen(fd, "wb") as out, source.open("rb") as src:
            shutil.copyfileobj(src, out, 1024 * 1024)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp_name, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise _fail(target, exc) from exc
    return target


def _fsync(path: Path) -> None:
    with path.open("rb") as f:
        os.fsync(f.fileno())


# ----------------------------------------------------------------------------- rotation


@dataclass(frozen=True, slots=True)
class BackupFile:
    path: Path
    label: str
    taken: datetime  # local time, from the name

    @property
    def size(self) -> int:
        try:
            return self.path.stat().st_size
        except OSError:
            return 0


def list_backups(folder: Path) -> list[BackupFile]:
    """Backups in `folder`, newest first (temporary files of unfinished backups left out)."""
    out = []
    try:
        names = [p for p in folder.iterdir() if p.is_file()]
    except OSError:
        return []
    for p in names:
        m = _NAME.match(p.name)
        if m:
            out.append(BackupFile(p, m["label"], datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S")))
    return sorted(out, key=lambda b: (b.taken, b.path.name), reverse=True)


@dataclass(frozen=True, slots=True)
class Rotation:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def to_keep(backups: Iterable[BackupFile], rule: Rotation) -> set[Path]:
    """Grandfather-father-son: the newest backup of each of the last `daily` days that have
    one, of the last `weekly` ISO weeks and of the last `monthly` months."""
    newest = sorted(backups, key=lambda b: b.taken, reverse=True)
    keep: set[Path] = set()
    for count, key in ((rule.daily, lambda b: b.taken.date()),
                       (rule.weekly, lambda b: b.taken.isocalendar()[:2]),
                       (rule.monthly, lambda b: (b.taken.year, b.taken.month))):
        seen: list[Any] = []
        for b in newest:
            k = key(b)
            if k in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(k)
            keep.add(b.path)
    return keep


def rotate(folder: Path, rule: Rotation) -> list[Path]:
    """Remove automatic backups the rule no longer keeps; returns what was removed."""
    auto = [b for b in list_backups(folder) if b.label == AUTO]
    keep = to_keep(auto, rule)
    removed = []
    for b in auto:
        if b.path not in keep:
            with contextlib.suppress(OSError):
                b.path.unlink()
                removed.append(b.path)
                keyring.key_file(b.path).unlink(missing_ok=True)
    return removed


# ----------------------------------------------------------------------------- checks


def check_file(db_path: Path, *, full: bool = False, key: bytes | None = None) -> list[str]:
    """[] when SQLite finds the file sound (quick_check, or integrity_check when `full`, and
    for an encrypted file SQLCipher's check of every page's HMAC too); else the messages.
    Opens read-only: nothing is ever repaired. `key`: as for dbfile.connect."""
    key = key if key is not None else dbfile.known_key(db_path)
    try:
        conn = dbfile.connect(db_path, key=key, readonly=True)
    except dbfile.Error as exc:
        return [str(exc)]
    try:
        rows = conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
        if full and key is not None:
            rows += [r for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
    except dbfile.Error as exc:
        return [str(exc)]
    finally:
        conn.close()
    found = [str(r[0]) for r in rows]
    return [] if found == ["ok"] else found


@dataclass(frozen=True, slots=True)
class StoreFacts:
    revision: str
    office_id: str | None
    installation_id: str | None


def inspect_backup(path: Path, key: bytes | None = None) -> StoreFacts:
    """Check that `path` is a sound TiepDan store of a revision this build knows (opened with
    `key` when it is encrypted); else StoreError("restore_bad_file") saying why."""
    def bad(reason: str) -> StoreError:
        return StoreError("restore_bad_file", path=str(path), reason=reason)

    if not path.is_file():
        raise bad(Text("không tìm thấy tệp"))
    if not dbfile.is_plaintext(path) and key is None:
        raise bad(Text("tệp được mã hóa: cần mật khẩu của một người dùng có trong bản sao lưu, hoặc mã khôi phục"))
    problems = check_file(path, full=True, key=key)
    if problems:
        raise bad("tệp không phải cơ sở dữ liệu SQLite nguyên vẹn (" + problems[0][:120] + ")")
    conn = dbfile.connect(path, key=key, readonly=True)
    try:
        try:
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            meta = dict(conn.execute("SELECT key, value FROM store_meta").fetchall())
        except dbfile.Error:
            raise bad(Text("tệp không phải kho dữ liệu TiepDan")) from None
    finally:
        conn.close()
    if revision is None:
        raise bad(Text("tệp không phải kho dữ liệu TiepDan"))
    if revision[0] not in KNOWN_REVISIONS:
        raise bad(Text("tệp được tạo bởi phiên bản TiepDan mới hơn (lược đồ {revision})",
                      revision=revision[0]))
    return StoreFacts(str(revision[0]), meta.get("office_id"), meta.get("installation_id"))


def side_files(db_path: Path) -> list[Path]:
    return [db_path.with_name(db_path.name + s) for s in ("-wal", "-shm", "-journal")]


def put_in_place(source: Path, db_path: Path, key: bytes | None = None) -> None:
    """Replace the (closed) store file by a copy of `source` (encrypted with `key`: then its
    key file comes too), atomically; stale WAL and shared-memory files of the old store are
    removed first (SQLite would replay them). A plaintext backup leaves a plaintext store: the
    old key file is removed (it opens nothing there)."""
    staged = db_path.with_name(f".{db_path.name}.khoi-phuc.tmp")
    keys = keyring.key_file(db_path)
    try:
        online_backup(source, staged, key=key)
        for side in side_files(db_path):
            with contextlib.suppress(FileNotFoundError):
                side.unlink()
        if key is not None:
            # The restored file's keys first: a crash here leaves the old store with keys that
            # may not open it, but the backup and its keys are still where they were.
            os.replace(keyring.key_file(staged), keys)
        else:
            keys.unlink(missing_ok=True)
        os.replace(staged, db_path)
        keyring.fsync_dir(db_path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            staged.unlink()
        raise _fail(db_path, exc) from exc


def move_aside(db_path: Path, label: str, when: datetime) -> Path | None:
    """A store too broken to back up is renamed (with its WAL), never deleted or repaired."""
    if not db_path.exists():
        return None
    aside = db_path.with_name(f"{db_path.name}.{label}-{when:%Y%m%d-%H%M%S}")
    for src in (db_path, *side_files(db_path), keyring.key_file(db_path)):
        if src.exists():
            os.replace(src, aside.with_name(aside.name + src.name[len(db_path.name):]))
    return aside


# ----------------------------------------------------------------------------- the lock


class StoreLock:
    """An OS file lock on `<data dir>/tiepdan.lock` held while the GUI has the store open.

    A second GUI on the same store, or a restore under a running GUI, is told instead of going
    ahead. The OS releases the lock when the process dies, so a crash never leaves it stuck.
    """

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / "tiepdan.lock"
        self._file: IO[bytes] | None = None

    def acquire(self) -> bool:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            f = self.path.open("a+b")
        except OSError:
            return True  # a read-only folder: nothing can be written anyway; SQLite still guards
        try:
            if os.name == "nt":
                import msvcrt

                f.seek(0)
                msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
            else:
                import fcntl

                fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            f.close()
            return False
        self._file = f
        return True

    def release(self) -> None:
        if self._file is not None:
            self._file.close()  # closing drops the lock
            self._file = None

    @property
    def held(self) -> bool:
        return self._file is not None

    def __enter__(self) -> StoreLock:
        if not self.acquire():
            raise StoreError("store_locked", path=str(self.path.parent))
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()
