"""Backups the office can count on: now, daily, at close, before a restore; rotation; a second
copy on a USB drive; restore with a new installation id; integrity checks (docs/security.md).

The file work is app/storage/backup.py; this module keeps the settings and the last times in
the store's meta and records each backup, restore and check in the audit log.
"""

from __future__ import annotations

import contextlib
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from app.actor import SYSTEM_KIND, USER, Actor
from app.clock import VN_TZ
from app.errors import InputError, PermissionDenied, StoreError, TiepDanError
from app.paths import DB_FILENAME, backup_dir
from app.services.common import META_INSTALLATION_ID, meta_get, meta_set
from app.storage import backup as files
from app.storage import dbfile, keyring
from app.storage.store import Store, open_store
from app.text import Text

META_KEEP = {"daily": "backup_keep_daily", "weekly": "backup_keep_weekly",
             "monthly": "backup_keep_monthly"}
META_SECOND_DIR = "backup_second_dir"
META_LAST_BACKUP = "backup_last_at"
META_LAST_FULL_CHECK = "integrity_last_full_check_at"
FULL_CHECK_EVERY = timedelta(days=7)


@dataclass(frozen=True, slots=True)
class Settings:
    rotation: files.Rotation
    second_dir: Path | None  # a USB drive or a network folder; None: none


@dataclass(frozen=True, slots=True)
class BackupResult:
    path: Path
    second_copy: Path | None
    second_error: str | None  # the main backup is made even when the second copy fails
    removed: tuple[Path, ...]


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now(VN_TZ)).astimezone(VN_TZ)


def settings(store: Store) -> Settings:
    with store.read() as uow:
        s = uow.session
        keep = {k: meta_get(s, key) for k, key in META_KEEP.items()}
        second = meta_get(s, META_SECOND_DIR)
    base = files.Rotation()
    rotation = files.Rotation(*(int(keep[k] or 0) or getattr(base, k)
                                for k in ("daily", "weekly", "monthly")))
    return Settings(rotation, Path(second) if second else None)


def set_settings(store: Store, rotation: files.Rotation, second_dir: Path | None, *,
                 actor: Actor | None = None) -> Settings:
    problems = [f"- số bản giữ lại ({k}) phải từ 1 đến 1000"
                for k in ("daily", "weekly", "monthly")
                if not 1 <= getattr(rotation, k) <= 1000]
    if problems:
        raise InputError("backup_bad_setting", details="\n".join(problems))
    with store.write(actor) as uow:
        s = uow.session
        for k, key in META_KEEP.items():
            meta_set(s, key, str(getattr(rotation, k)))
        meta_set(s, META_SECOND_DIR, str(second_dir) if second_dir else "")
        uow.audit("settings.backup", "settings", "backup", "Đổi thiết lập sao lưu",
                  after={"daily": rotation.daily, "weekly": rotation.weekly,
                         "monthly": rotation.monthly, "second_dir": bool(second_dir)})
        uow.commit()
    return Settings(rotation, second_dir)


def last_backup(store: Store) -> datetime | None:
    with store.read() as uow:
        raw = meta_get(uow.session, META_LAST_BACKUP)
    return datetime.fromisoformat(raw) if raw else None


def backup(store: Store, out: Path | None = None, *, label: str = files.MANUAL,
           actor: Actor | None = None, now: datetime | None = None) -> BackupResult:
    """Back the store up now, while others may be writing: into `out`, or into the backups
    folder (then rotated, and copied to the second destination when one is set)."""
    when = _now(now)
    local = when.replace(tzinfo=None)
    folder = backup_dir(store.data_dir)
    target = out or folder / files.backup_name(store.db_path, label, local)
    if target.resolve() == store.db_path.resolve():
        raise StoreError("backup_failed", path=str(target), reason=Text("đây là chính tệp dữ liệu"))
    files.online_backup(store.db_path, target)
    second, second_error, removed = None, None, tuple[Path, ...]()
    if out is None:
        conf = settings(store)
        if label == files.AUTO:
            removed = tuple(files.rotate(folder, conf.rotation))
        if conf.second_dir is not None:
            try:
                second = files.copy_file(target, conf.second_dir / target.name)
                if label == files.AUTO:
                    files.rotate(conf.second_dir, conf.rotation)
            except StoreError as exc:
                second_error = exc.message()
    with store.write(actor) as uow:
        meta_set(uow.session, META_LAST_BACKUP, when.isoformat(timespec="seconds"))
        uow.audit("store.backup", "store", "", f"Sao lưu vào {target.name}",
                  after={"file": target.name, "label": label, "bytes": target.stat().st_size,
                         "second_copy": second is not None, "removed": len(removed)})
        uow.commit()
    return BackupResult(target, second, second_error, removed)


def daily_due(store: Store, now: datetime | None = None) -> bool:
    """No backup yet today (the first start of a day makes one)."""
    last = last_backup(store)
    return last is None or last.astimezone(VN_TZ).date() < _now(now).date()


def auto_backup(store: Store, *, now: datetime | None = None,
                actor: Actor | None = None) -> BackupResult:
    """The daily and at-close backup: rotated with the others of its kind."""
    return backup(store, label=files.AUTO, actor=actor, now=now)


# ----------------------------------------------------------------------------- checks


def check(store: Store, *, full: bool = False, now: datetime | None = None) -> list[str]:
    """quick_check (or integrity_check); [] when sound. Never repairs anything."""
    problems = files.check_file(store.db_path, full=full)
    if full:
        record_full_check(store, problems, now=now)
    return problems


def record_full_check(store: Store, problems: list[str], *, now: datetime | None = None) -> None:
    """The weekly integrity_check's time (when sound) and its audit entry."""
    with store.write() as uow:
        if not problems:
            meta_set(uow.session, META_LAST_FULL_CHECK, _now(now).isoformat(timespec="seconds"))
        uow.audit("store.check", "store", "", "Kiểm tra toàn bộ tệp dữ liệu: "
                  + ("nguyên vẹn" if not problems else "CÓ LỖI"),
                  after={"ok": not problems, "problems": len(problems)})
        uow.commit()


def full_check_due(store: Store, now: datetime | None = None) -> bool:
    with store.read() as uow:
        raw = meta_get(uow.session, META_LAST_FULL_CHECK)
    return raw is None or _now(now) - datetime.fromisoformat(raw) >= FULL_CHECK_EVERY


def corrupt_error(store_path: Path, problems: list[str]) -> StoreError:
    return StoreError("store_corrupt", path=str(store_path), detail=problems[0][:160],
                      backups=str(backup_dir(store_path.parent)))


# ----------------------------------------------------------------------------- restore


@dataclass(frozen=True, slots=True)
class RestoreResult:
    source: Path
    revision: str
    kept: Path | None  # the store as it was before, in the backups folder (or moved aside)
    installation_id: str


def restore(data_dir: Path, source: Path, *, actor: Actor | None = None,
            now: datetime | None = None, lock_held: bool = False, key: bytes | None = None,
            recovery_code: str | None = None) -> RestoreResult:
    """Replace the store in `data_dir` (closed by the caller) by the backup `source`.

    The file is checked first (integrity, a TiepDan store of a known revision); the current
    store is backed up (or, too broken for that, moved aside); the restored store gets a new
    installation id, so sync sees it as a new installation, and the restore is audited in it.
    Refused while another TiepDan window holds the store (`lock_held`: the caller is that
    window and has closed its store).

    An encrypted backup opens with `key` (encryption.backup_key finds it), else with the key
    of the store this process has unlocked, else with `recovery_code`; its key file comes with
    it. The recovery key of the store being replaced also stands for an administrator.
    """
    from app.services import encryption

    when = _now(now).replace(tzinfo=None)
    if key is None:
        key = encryption.backup_key(source, data_dir, recovery=recovery_code)
    facts = files.inspect_backup(source, key)
    if not lock_held and in_use(data_dir):
        raise StoreError("restore_in_use")
    db_path = data_dir / DB_FILENAME
    _may_restore(db_path, actor, recovery_code)
    if recovery_code and dbfile.known_key(db_path) is None and keyring.key_file(db_path).exists():
        # so that the store as it was is kept as a proper (encrypted) backup
        with contextlib.suppress(TiepDanError):
            encryption.unlock_with_recovery(data_dir, recovery_code)
    if actor is not None and actor.kind == USER:
        # The restored file may not know this user: the entry there names them as the system's.
        actor = Actor(SYSTEM_KIND, "", f"Hệ thống (khôi phục theo lệnh của {actor.name})")
    with contextlib.nullcontext() if lock_held else files.StoreLock(data_dir):
        kept: Path | None = None
        if db_path.exists():
            if files.check_file(db_path):
                kept = files.move_aside(db_path, files.BEFORE_RESTORE, when)
            else:
                kept = files.online_backup(db_path, backup_dir(data_dir) / files.backup_name(
                    db_path, files.BEFORE_RESTORE, when))
        files.put_in_place(source, db_path, key)
        if key is not None:
            dbfile.remember_key(db_path, key)
        else:
            dbfile.forget_key(db_path)
        store = open_store(data_dir)  # an older revision is upgraded here, after its backup
        try:
            installation = str(uuid.uuid4())
            with store.write(actor) as uow:
                old = meta_get(uow.session, META_INSTALLATION_ID)
                meta_set(uow.session, META_INSTALLATION_ID, installation)
                uow.audit("store.restore", "store", "", f"Khôi phục từ {source.name}",
                          before={"installation_id": old},
                          after={"file": source.name, "revision": facts.revision,
                                 "installation_id": installation,
                                 "kept": kept.name if kept else None})
                uow.commit()
        finally:
            store.close()
    return RestoreResult(source, facts.revision, kept, installation)


def _may_restore(db_path: Path, actor: Actor | None, recovery_code: str | None = None) -> None:
    """Only an administrator replaces a store that has user accounts (app/law/permissions.py),
    or whoever holds its recovery key; checked on the store being replaced, before anything
    moves. An encrypted store this process has not unlocked is not replaced by just anyone."""
    from app.law.permissions import allowed
    from app.storage.access import denied

    if not db_path.exists():
        return
    keys = keyring.key_file(db_path)
    if keys.exists():
        if recovery_code:
            try:
                if keyring.KeyFile.load(keys).unwrap_recovery(recovery_code) is not None:
                    return
            except keyring.KeyFileError:
                pass
            raise InputError("recovery_key_wrong")
        if dbfile.known_key(db_path) is None and not dbfile.is_plaintext(db_path):
            raise PermissionDenied("sign_in_required", action=Text("khôi phục"))
    try:
        conn = dbfile.connect(db_path, readonly=True)
        try:
            if not conn.execute("SELECT count(*) FROM user_account").fetchone()[0]:
                return
            row = (conn.execute("SELECT username, role, disabled FROM user_account WHERE id = ?",
                                (actor.id,)).fetchone()
                   if actor is not None and actor.kind == USER else None)
        finally:
            conn.close()
    except dbfile.Error:
        return  # no accounts table (an older store) or a broken file: nothing to check against
    if row is None:
        raise PermissionDenied("sign_in_required", action=Text("khôi phục"))
    if row[2] or not allowed(row[1], "store.restore"):
        raise denied("store.restore", row[0], row[1])


def in_use(data_dir: Path) -> bool:
    lock = files.StoreLock(data_dir)
    if lock.acquire():
        lock.release()
        return False
    return True
