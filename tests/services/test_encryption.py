"""Encryption at rest (issue 6, item 3): a copied store file, its WAL and its backups reveal no
denouncer's name; only a user's password or the recovery key opens them; wraps follow password
changes, resets and disabled accounts; backup and restore of an encrypted store."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from app.errors import InputError, PermissionDenied, StoreError
from app.law import permissions as perm
from app.services import backup, encryption, petitions, users, visits
from app.services.office import OfficerInfo
from app.services.petitions import PetitionInput
from app.storage import dbfile, keyring
from app.storage.backup import list_backups
from app.storage.store import Store, open_store
from app.vn.text import fold
from tests.helpers import NOW, person, visit

PW = "mat-khau-2026"
DENOUNCER = "Hoàng Thị Quỳnh Nguyệt"
ADDRESS = "Số 17 ngõ Thổ Quan"
T0 = datetime(2026, 11, 20, 2, 0)


def _forms(text: str) -> list[bytes]:
    """Every way the name could sit in a file: UTF-8 as typed, NFC, NFD, folded (no accents,
    lower case) and its upper case, each also in UTF-16 (both byte orders)."""
    shapes = {text, unicodedata.normalize("NFC", text), unicodedata.normalize("NFD", text),
              fold(text), fold(text).upper(), fold(text).title()}
    out = []
    for s in shapes:
        out += [s.encode("utf-8"), s.encode("utf-16-le"), s.encode("utf-16-be")]
    return out


def _leaks(path: Path, *texts: str) -> list[str]:
    raw = path.read_bytes()
    return [f"{path.name}: {f!r}" for t in texts for f in _forms(t) if f in raw]


def _denunciations(store: Store, officers: dict[str, OfficerInfo]) -> None:
    denouncer = person(DENOUNCER, address=ADDRESS, cccd=None)
    visits.log_visit(store, visit(denouncer, category="TC", officer_id=officers["CB01"].id,
                                  content="Tố cáo cán bộ địa chính nhận tiền"), now=NOW)
    petitions.register(store, PetitionInput(
        received_date=date(2026, 11, 2), content_type="TC", content="Tố cáo cán bộ",
        senders=[person(DENOUNCER, address=ADDRESS, cccd=None)]), today=date(2026, 11, 20))


@pytest.fixture
def encrypted(store: Store, officers: dict[str, OfficerInfo]) -> tuple[Store, str]:
    """The ward's store with a denunciation, a plaintext backup from before, then encrypted by
    its first administrator; an officer account added after."""
    _denunciations(store, officers)
    backup.backup(store)  # plaintext, made before encryption: must not stay readable
    users.add_user(store, "admin", "Quản trị viên", perm.ADMIN, PW, must_change_password=False)
    done = encryption.enable(store, "admin", PW, now=T0)
    users.add_user(store, "lan", "Nguyễn Thị Lan", perm.OFFICER, PW,
                   officer_id=officers["CB01"].id)
    return store, done.recovery_key


def _lock(store: Store) -> Path:
    """Close the store and forget its key, as a fresh process would be."""
    store.close()
    dbfile.forget_key(store.db_path)
    return store.data_dir


def test_a_copied_file_its_wal_and_backups_reveal_no_denouncer(
        store: Store, officers: dict[str, OfficerInfo]) -> None:
    _denunciations(store, officers)
    # the check itself finds the name in a plaintext store (else it would prove nothing)
    store.checkpoint()
    assert _leaks(store.db_path, DENOUNCER)
    plain = backup.backup(store).path
    assert _leaks(plain, DENOUNCER)
    users.add_user(store, "admin", "Quản trị viên", perm.ADMIN, PW, must_change_password=False)
    done = encryption.enable(store, "admin", PW, now=T0)
    assert done.backups_encrypted == (plain,)
    # more denunciations after, by the officer: they sit in the WAL until a checkpoint
    users.add_user(store, "lan", "Nguyễn Thị Lan", perm.OFFICER, PW,
                   officer_id=officers["CB01"].id)
    users.sign_in(store, "lan", PW, now=T0)
    _denunciations(store, officers)
    wal = store.db_path.with_name(store.db_path.name + "-wal")
    assert wal.stat().st_size > 0
    later = backup.backup(store).path
    files = [store.db_path, wal, plain, later, keyring.key_file(store.db_path)]
    for f in files:
        assert _leaks(f, DENOUNCER, ADDRESS) == []
    for b in list_backups(store.data_dir / "backups"):
        assert not dbfile.is_plaintext(b.path)
        assert keyring.key_file(b.path).exists()
    # and the data is all there for the signed-in user
    assert visits.count_visits(store) == 2


def test_wrong_password_cannot_open_and_locks_out(encrypted: tuple[Store, str]) -> None:
    data_dir = _lock(encrypted[0])
    assert not dbfile.opens(data_dir / "tiepdan.sqlite3", None)
    with pytest.raises(StoreError):
        open_store(data_dir)  # no key: refused, never mistaken for a new store
    for _ in range(users.FREE_FAILURES - 1):
        with pytest.raises(PermissionDenied) as failed:
            encryption.open_signed_in(data_dir, "admin", "sai-mat-khau-1", now=T0)
        assert failed.value.code == "auth_failed"
    with pytest.raises(PermissionDenied) as locked:
        encryption.open_signed_in(data_dir, "admin", "sai-mat-khau-1", now=T0)
    assert locked.value.code == "auth_locked"
    with pytest.raises(PermissionDenied) as still:  # even the right password, while locked
        encryption.open_signed_in(data_dir, "admin", PW, now=T0 + timedelta(seconds=10))
    assert still.value.code == "auth_locked"
    with pytest.raises(PermissionDenied):
        encryption.open_signed_in(data_dir, "nobody", PW, now=T0)
    assert not encryption.is_unlocked(data_dir)
    later = T0 + timedelta(minutes=5)
    store = encryption.open_signed_in(data_dir, "admin", PW, now=later)
    try:
        # the failures counted while locked reach the audit log once the store opens
        from app.services import audit

        failed_entries = [e for e in audit.list_entries(store)
                          if e.action == "user.sign_in_failed"]
        assert any("khi kho còn khóa" in e.summary for e in failed_entries)
        assert keyring.KeyFile.load(keyring.key_file(store.db_path)).failure_count("admin") == 0
    finally:
        store.close()


def test_recovery_key_opens_and_a_wrong_one_does_not(encrypted: tuple[Store, str]) -> None:
    data_dir = _lock(encrypted[0])
    with pytest.raises(InputError):
        encryption.unlock_with_recovery(data_dir, "AAAA-" * 7 + "AAAA")
    # typed in lower case with spaces, and 0/1 for O/I: still accepted
    typed = encrypted[1].lower().replace("-", " ").replace("o", "0")
    encryption.unlock_with_recovery(data_dir, typed)
    store = open_store(data_dir)
    try:
        assert visits.count_visits(store) == 1
    finally:
        store.close()


def test_password_change_and_reset_rewrap(encrypted: tuple[Store, str]) -> None:
    store, _ = encrypted
    users.sign_in(store, "lan", PW, now=T0)
    users.change_password(store, "lan", PW, "mat-khau-moi-27", now=T0)
    users.sign_in(store, "admin", PW, now=T0)
    users.reset_password(store, "admin", "tam-thoi-2027x")
    users.set_disabled(store, "lan", True)
    keys = keyring.KeyFile.load(keyring.key_file(store.db_path))
    assert keys.users() == {"admin"}  # the disabled account's wrap is gone
    assert keys.unwrap_user("admin", PW) is None  # the old password opens nothing
    assert keys.unwrap_user("admin", "tam-thoi-2027x") is not None
    users.set_disabled(store, "lan", False)
    data_dir = _lock(store)
    with pytest.raises(PermissionDenied):  # re-enabled: no wrap until a reset
        encryption.open_signed_in(data_dir, "lan", "mat-khau-moi-27", now=T0)
    again = encryption.open_signed_in(data_dir, "admin", "tam-thoi-2027x", now=T0)
    try:
        users.reset_password(again, "lan", "moi-2027-abcx")
    finally:
        again.close()
    dbfile.forget_key(again.db_path)
    lan = encryption.open_signed_in(data_dir, "lan", "moi-2027-abcx", now=T0)
    lan.close()


def test_an_interrupted_password_change_settles_at_the_next_sign_in(
        encrypted: tuple[Store, str]) -> None:
    store, _ = encrypted
    users.sign_in(store, "lan", PW, now=T0)
    me = users.current(store)
    assert me is not None
    encryption.add_wrap(store, me.id, "lan", "chua-luu-2027x")  # the crash came before commit
    data_dir = _lock(store)
    lan = encryption.open_signed_in(data_dir, "lan", PW, now=T0)
    lan.close()
    keys = keyring.KeyFile.load(keyring.key_file(lan.db_path))
    assert keys.unwrap_user("lan", "chua-luu-2027x") is None
    assert keys.unwrap_user("lan", PW) is not None


def test_only_an_administrator_turns_encryption_on(store: Store,
                                                   officers: dict[str, OfficerInfo]) -> None:
    users.add_user(store, "admin", "Quản trị viên", perm.ADMIN, PW)
    users.sign_in(store, "admin", PW, now=T0)
    users.add_user(store, "lan", "Nguyễn Thị Lan", perm.OFFICER, PW,
                   officer_id=officers["CB01"].id)
    with pytest.raises(PermissionDenied):
        encryption.enable(store, "lan", PW, now=T0)
    assert not encryption.is_encrypted(store.data_dir)
    done = encryption.enable(store, "admin", PW, now=T0)
    assert done.users_without_key == ("lan",)
    with pytest.raises(InputError):
        encryption.enable(store, "admin", PW, now=T0)


def test_a_conversion_cut_short_is_finished_at_unlock(store: Store) -> None:
    users.add_user(store, "admin", "Quản trị viên", perm.ADMIN, PW)
    key = keyring.new_data_key()
    keys = keyring.KeyFile.new(keyring.key_file(store.db_path))
    keys.add_user("x", "admin", PW, key)
    keys.save()  # the key file was written, then the power went: the store is still plaintext
    data_dir = _lock(store)
    reopened = encryption.open_signed_in(data_dir, "admin", PW, now=T0)
    reopened.close()
    assert not dbfile.is_plaintext(reopened.db_path)
    assert dbfile.opens(reopened.db_path, key)


def test_backup_and_restore_of_an_encrypted_store(encrypted: tuple[Store, str],
                                                  tmp_path: Path) -> None:
    store, code = encrypted
    taken = backup.backup(store, tmp_path / "usb" / "ban-sao.sqlite3").path
    assert keyring.key_file(taken).exists() and not dbfile.is_plaintext(taken)
    users.sign_in(store, "lan", PW, now=T0)
    visits.log_visit(store, visit(person("Người đến sau")), now=NOW)
    assert visits.count_visits(store) == 2
    data_dir = _lock(store)
    # another machine: nothing unlocked; the recovery key opens the backup's own key file
    with pytest.raises(StoreError):
        backup.restore(data_dir, taken, actor=None)
    with pytest.raises(StoreError):
        backup.restore(data_dir, taken, recovery_code="AAAA-" * 7 + "AAAA")
    done = backup.restore(data_dir, taken, recovery_code=code)
    assert done.kept is not None and keyring.key_file(done.kept).exists()  # the store before
    assert not dbfile.is_plaintext(done.kept)
    key = dbfile.known_key(data_dir / "tiepdan.sqlite3")
    dbfile.forget_key(data_dir / "tiepdan.sqlite3")
    again = encryption.open_signed_in(data_dir, "admin", PW, now=T0)
    try:
        assert visits.count_visits(again) == 1
        assert backup.check(again, full=True) == []
    finally:
        again.close()
    # and with a user's password on the backup's key file
    assert encryption.backup_key(taken, tmp_path / "other", username="admin",
                                 password=PW) == key
    with pytest.raises(StoreError):
        encryption.backup_key(taken, tmp_path / "other", username="admin", password="sai-2027x")
