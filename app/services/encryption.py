"""Encryption at rest (issue 6, item 3; docs/security.md §1.5): switching it on, unlocking the
store at sign-in, and keeping the key file's wraps in step with passwords and accounts.

A store becomes encrypted when its first administrator turns it on (`enable`, called by the
first-run wizard and by `tiepdan user add --role admin` on a store without accounts). From then
on nothing opens the store without a user's password or the recovery key: `open_signed_in`
unwraps the data key from the key file (counting failures there, since the store itself cannot
be opened to count them), opens the store and signs the user in.

The file work is in app/storage (dbfile: the key in use; keyring: the key file; encrypt: the
conversion); here are the rules and the audit entries.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from app.errors import InputError, PermissionDenied, StoreError
from app.models import UserAccount
from app.models.base import utc_now
from app.paths import DB_FILENAME, backup_dir
from app.services import users
from app.storage import dbfile, encrypt, keyring
from app.storage.keyring import KeyFile, KeyFileError
from app.storage.store import Store, open_store
from app.text import Text, said


def is_encrypted(data_dir: Path) -> bool:
    """The store in `data_dir` has a key file: nothing opens it without a key."""
    return keyring.key_file(data_dir / DB_FILENAME).exists()


def is_unlocked(data_dir: Path) -> bool:
    return dbfile.known_key(data_dir / DB_FILENAME) is not None


def _load(db_path: Path) -> KeyFile:
    try:
        return KeyFile.load(keyring.key_file(db_path))
    except KeyFileError as exc:
        raise StoreError("store_keys_missing", path=str(db_path),
                         keys=str(keyring.key_file(db_path)), reason=said(exc)) from exc


def _use(db_path: Path, key: bytes) -> None:
    """Hold `key` for the store file; finish a conversion a crash interrupted."""
    if dbfile.is_plaintext(db_path):
        encrypt.encrypt_in_place(db_path, key)  # the key file was written first: finish
    elif not dbfile.opens(db_path, key):
        raise StoreError("store_wrong_key", path=str(db_path))
    dbfile.remember_key(db_path, key)


# ----------------------------------------------------------------------------- unlocking


def unlock(data_dir: Path, username: str, password: str, *, now: datetime | None = None) -> None:
    """Unwrap the data key with the user's password; failures count in the key file and lock
    the name out as users.sign_in does. Raises PermissionDenied with the reason."""
    db_path = data_dir / DB_FILENAME
    keys = _load(db_path)
    name = username.strip().lower()
    at = now if now is not None else utc_now()
    until = keys.locked_until(name)
    if until is not None and until > at:
        raise PermissionDenied("auth_locked", user=name,
                               wait=users.wait_text((until - at).total_seconds()))
    if name not in keys.users():
        keyring.burn_time(password)  # the same time as a wrong password
        if name in keys.disabled:
            raise PermissionDenied("auth_disabled", user=name)
        if name in keys.no_key:
            raise PermissionDenied("auth_no_key", user=name)
        raise PermissionDenied("auth_failed")
    opened = keys.unwrap_user(name, password)
    if opened is None:
        delay = users.lock_delay(keys.failure_count(name) + 1)
        keys.failed(name, at + delay if delay else None)
        keys.save()
        if delay:
            raise PermissionDenied("auth_locked", user=name,
                                   wait=users.wait_text(delay.total_seconds()))
        raise PermissionDenied("auth_failed")
    _use(db_path, opened[0])


def unlock_with_recovery(data_dir: Path, code: str, db_path: Path | None = None) -> bytes:
    """Unwrap the data key with the recovery key (of the store in `data_dir`, or of the file
    `db_path`, a backup)."""
    db_path = db_path or data_dir / DB_FILENAME
    key = _load(db_path).unwrap_recovery(code)
    if key is None:
        raise InputError("recovery_key_wrong")
    if db_path.parent == data_dir and db_path.name == DB_FILENAME:
        _use(db_path, key)
    return key


def open_signed_in(data_dir: Path, username: str, password: str, *,
                   now: datetime | None = None) -> Store:
    """Unlock (when encrypted), open and sign in: the start of the GUI and of every CLI
    command with `--user`. The caller closes the store."""
    encrypted = is_encrypted(data_dir)
    if encrypted and not is_unlocked(data_dir):
        unlock(data_dir, username, password, now=now)
    store = open_store(data_dir)
    try:
        users.sign_in(store, username, password, now=now)
        if encrypted:
            settle(store, password)
    except BaseException:
        store.close()
        raise
    return store


def settle(store: Store, password: str) -> None:
    """After a sign-in on an encrypted store: the signed-in user keeps only the wrap their
    password opens (an interrupted password change left two); wraps of disabled or removed
    accounts go; failures counted while the store was locked go into the audit log."""
    me = store.user
    assert me is not None
    keys = _load(store.db_path)
    with store.read() as uow:
        active = set(uow.session.scalars(select(UserAccount.username).where(
            UserAccount.disabled.is_(False))))
    for name in keys.users() - active:
        keys.remove_user(name)
    mine = users.current(store)
    assert mine is not None
    opened = keys.unwrap_user(mine.username, password)
    if opened is not None:
        keys.drop_other_wraps(mine.username, opened[1])
    pending = keys.clear_failures(mine.username)
    keys.save()
    if pending:
        store.record(None, "user.sign_in_failed", "user", mine.id,
                     f"Sai mật khẩu {pending} lần khi kho còn khóa ({mine.username})")


# ----------------------------------------------------------------------------- switching on


@dataclass(frozen=True, slots=True)
class Enabled:
    recovery_key: str  # shown and printed once; never stored
    backups_encrypted: tuple[Path, ...]
    backups_unreadable: tuple[tuple[Path, str], ...]  # left as they were, for the office
    users_without_key: tuple[str, ...]  # accounts that need a password reset to sign in


def enable(store: Store, username: str, password: str, *,
           now: datetime | None = None) -> Enabled:
    """Encrypt the store (an administrator's password proves the right) and every plaintext
    backup of it; returns the recovery key to print for the head.

    The wizard calls it right after adding the first administrator:
        users.add_user(store, name, full_name, ADMIN, password, must_change_password=False)
        done = encryption.enable(store, name, password)  # show/print done.recovery_key
    Afterwards `store.user` is that administrator. Other accounts (a store that had users
    before) get no wrap: an administrator resets their passwords.
    """
    if is_encrypted(store.data_dir) and not dbfile.is_plaintext(store.db_path):
        raise InputError("store_already_encrypted")
    me = users.sign_in(store, username, password, now=now)
    users.require(store, "store.encrypt")
    data_key, code = keyring.new_data_key(), keyring.new_recovery_code()
    keys = KeyFile.new(keyring.key_file(store.db_path))
    keys.add_user(me.id.hex, me.username, password, data_key)
    keys.set_recovery(code, data_key)
    others = tuple(sorted(u.username for u in users.list_users(store)
                          if u.username != me.username and not u.disabled))
    keys.no_key = list(others)
    store.engine.dispose()  # every pooled connection lets go of the plaintext file
    try:
        keys.save()
        encrypt.encrypt_in_place(store.db_path, data_key)
    except (OSError, dbfile.Error) as exc:
        if dbfile.is_plaintext(store.db_path):  # nothing changed: no key file either
            keyring.key_file(store.db_path).unlink(missing_ok=True)
        raise StoreError("store_encrypt_failed", reason=said(exc)) from exc
    dbfile.remember_key(store.db_path, data_key)
    store.reopen()
    folders = [backup_dir(store.data_dir)]
    from app.services import backup

    second = backup.settings(store).second_dir
    if second is not None and second.is_dir():
        folders.append(second)
    done = encrypt.encrypt_backups(store.db_path, data_key, folders)
    with store.write() as uow:
        uow.audit("store.encrypt", "store", "", "Mã hóa kho dữ liệu và các bản sao lưu",
                  after={"backups_encrypted": len(done.encrypted),
                         "backups_unreadable": len(done.failed), "without_key": len(others)})
        uow.commit()
    return Enabled(code, tuple(done.encrypted), tuple(done.failed), others)


# ----------------------------------------------------------------------------- wraps


def _keys_if_encrypted(store: Store) -> KeyFile | None:
    if dbfile.known_key(store.db_path) is None:
        return None
    return _load(store.db_path)


def add_wrap(store: Store, user_id: uuid.UUID, username: str, password: str) -> str | None:
    """A wrap of the data key for the user's (new) password, beside any older one; the wrap's
    id (None: the store is not encrypted)."""
    keys = _keys_if_encrypted(store)
    if keys is None:
        return None
    key = dbfile.known_key(store.db_path)
    assert key is not None
    wrap = keys.add_user(user_id.hex, username, password, key)
    keys.save()
    return wrap


def keep_only(store: Store, username: str, wrap: str | None) -> None:
    """The password change committed: only its wrap opens the key for the user."""
    keys = _keys_if_encrypted(store)
    if keys is not None and wrap is not None:
        keys.drop_other_wraps(username, wrap)
        keys.failures.pop(username, None)
        keys.save()


def drop_wrap(store: Store, username: str, wrap: str | None = None) -> None:
    """The user's wrap `wrap` (a change that did not commit), or all of them (disabled)."""
    keys = _keys_if_encrypted(store)
    if keys is None:
        return
    if wrap is None:
        keys.remove_user(username, disabled=True)
    else:
        keys.wraps = [w for w in keys.wraps if w["id"] != wrap]
    keys.save()


# ----------------------------------------------------------------------------- backups


def backup_key(source: Path, data_dir: Path, *, username: str | None = None,
               password: str | None = None, recovery: str | None = None) -> bytes | None:
    """The key of the backup `source` (None: a plaintext backup): the key of the store this
    process has open, else the user's password or the recovery key on the backup's own key
    file. Raises StoreError("restore_bad_file") when none opens it."""
    if not source.is_file() or dbfile.is_plaintext(source):
        return None  # missing: inspect_backup says so
    current = dbfile.known_key(data_dir / DB_FILENAME)
    if current is not None and dbfile.opens(source, current):
        return current
    try:
        keys = KeyFile.load(keyring.key_file(source))
    except KeyFileError:
        keys = None
    if keys is not None:
        found = None
        if recovery:
            found = keys.unwrap_recovery(recovery)
        if found is None and username and password:
            opened = keys.unwrap_user(username.strip().lower(), password)
            found = opened[0] if opened else None
        if found is not None and dbfile.opens(source, found):
            return found
    raise StoreError("restore_bad_file", path=str(source), reason=(
        Text("tệp được mã hóa và không mở được bằng khóa của kho đang dùng, mật khẩu hay mã khôi phục đã cho (tệp khóa {name} phải nằm cạnh bản sao lưu)", name=keyring.key_file(source).name)))
