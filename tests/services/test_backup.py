"""Backups while writing, rotation, restore, checks; disk-full and read-only saves."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from app.clock import VN_TZ
from app.errors import StoreError
from app.services import audit, backup, office, visits
from app.storage import backup as files
from app.storage import dbfile
from app.storage.audit import verify_connection
from app.storage.store import Store, open_store
from tests.helpers import NOW, person, sqlite_rows, visit


def count(db: Path, table: str = "visit") -> int:
    return int(sqlite_rows(db, f"SELECT count(*) FROM {table}")[0][0])


def chain_ok(db: Path) -> bool:
    conn = dbfile.connect(db)
    try:
        return verify_connection(conn).ok
    finally:
        conn.close()


def test_backup_while_writes_go_on(store: Store, tmp_path: Path) -> None:
    stop = threading.Event()
    saved: list[str] = []
    errors: list[BaseException] = []

    def writer() -> None:
        try:
            while not stop.is_set():
                saved.append(visits.log_visit(store, visit(person(f"Người {len(saved)}")),
                                              now=NOW).number)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        taken = []
        for i in range(6):
            while len(saved) < 5 * (i + 1):
                threading.Event().wait(0.005)
            before = len(saved)
            done = backup.backup(store, tmp_path / f"b{i}.sqlite3")
            taken.append((done.path, before))
    finally:
        stop.set()
        thread.join()
    assert not errors
    for path, before in taken:
        assert sqlite_rows(path, "PRAGMA integrity_check") == [("ok",)]
        assert count(path) >= before  # every save finished before the backup began is in it
        assert chain_ok(path)
        assert count(path) == count(path, "audit_log WHERE action = 'visit.create'")
    assert audit.verify(store).ok
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_backup_into_the_backups_folder_is_recorded(store: Store) -> None:
    assert backup.last_backup(store) is None
    done = backup.backup(store, now=NOW)
    assert done.path.parent == store.data_dir / "backups"
    assert done.path.name == "tiepdan-thu-cong-20261120-163000.sqlite3"
    assert backup.last_backup(store) == NOW
    [(_action, after)] = sqlite_rows(store.db_path, "SELECT action, after FROM audit_log "
                                    "WHERE action = 'store.backup'")
    assert '"file":"tiepdan-thu-cong-20261120-163000.sqlite3"' in after
    assert not backup.daily_due(store, NOW + timedelta(hours=5))
    assert backup.daily_due(store, NOW + timedelta(days=1))


def test_second_destination(store: Store, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    backup.set_settings(store, files.Rotation(7, 4, 12), usb)
    done = backup.auto_backup(store, now=NOW)
    assert done.second_copy == usb / done.path.name and done.second_error is None
    assert sqlite_rows(done.second_copy, "PRAGMA integrity_check") == [("ok",)]
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    backup.set_settings(store, files.Rotation(7, 4, 12), blocker)
    again = backup.auto_backup(store, now=NOW + timedelta(minutes=1))
    assert again.path.exists() and again.second_copy is None
    assert again.second_error and "Không sao lưu được" in again.second_error


# ----------------------------------------------------------------------------- rotation


def fake(day: datetime) -> files.BackupFile:
    return files.BackupFile(Path(f"{day:%Y%m%d-%H%M%S}"), files.AUTO, day)


def test_rotation_rule() -> None:
    start = datetime(2026, 1, 1, 17, 0)
    taken = [fake(start + timedelta(days=d, hours=h)) for d in range(400) for h in (0, 1)]
    keep = {Path(p).name for p in files.to_keep(taken, files.Rotation(7, 4, 12))}
    last = start + timedelta(days=399, hours=1)
    days = {(last - timedelta(days=d)).strftime("%Y%m%d-180000") for d in range(7)}
    assert days <= keep  # the newest of each of the last 7 days
    newest_of_week = {f"{b.taken:%Y%m%d-%H%M%S}" for b in taken if b.taken.weekday() == 6
                      and b.taken.hour == 18 and (last - b.taken).days < 21}
    assert newest_of_week <= keep
    months = {(b.taken.year, b.taken.month) for b in taken
              if f"{b.taken:%Y%m%d-%H%M%S}" in keep}
    assert len(months) == 12
    assert len(keep) <= 7 + 4 + 12


def test_rotation_with_a_clock(store: Store) -> None:
    day0 = datetime(2026, 1, 5, 8, 0, tzinfo=VN_TZ)
    backup.set_settings(store, files.Rotation(3, 2, 2), None)
    for d in range(70):
        backup.auto_backup(store, now=day0 + timedelta(days=d))
        backup.auto_backup(store, now=day0 + timedelta(days=d, hours=9))  # at close
    backup.backup(store, now=day0)  # a manual one is never rotated away
    names = sorted(b.path.name for b in files.list_backups(store.data_dir / "backups"))
    auto = [n for n in names if "tu-dong" in n]
    assert len(auto) <= 3 + 2 + 2 and len(auto) >= 3
    assert "tiepdan-tu-dong-20260315-170000.sqlite3" in auto  # the newest
    assert "tiepdan-tu-dong-20260315-080000.sqlite3" not in auto  # same day, older
    assert any("thu-cong" in n for n in names)


# ----------------------------------------------------------------------------- restore


@pytest.fixture
def backed_up(store: Store, tmp_path: Path) -> Iterator[tuple[Store, Path]]:
    visits.log_visit(store, visit(), now=NOW)
    path = backup.backup(store, tmp_path / "hom-qua.sqlite3").path
    visits.log_visit(store, visit(person("Lê Thị Hoa")), now=NOW)
    yield store, path


def test_restore(backed_up: tuple[Store, Path]) -> None:
    store, path = backed_up
    data_dir, old_id = store.data_dir, office.get_office(store).installation_id
    store.close()
    result = backup.restore(data_dir, path)
    assert result.kept is not None and result.kept.exists()
    assert count(result.kept) == 2  # the store as it was, kept in the backups folder
    again = open_store(data_dir)
    try:
        assert visits.count_visits(again) == 1
        info = office.get_office(again)
        assert info.installation_id == result.installation_id != old_id
        assert audit.verify(again).ok
        [entry] = audit.list_entries(again, action="store.restore")
        assert entry.after["file"] == "hom-qua.sqlite3" and entry.before["installation_id"] == old_id
        assert visits.log_visit(again, visit(), now=NOW).number == "0002/2026"
    finally:
        again.close()


@pytest.mark.parametrize("kind", ["missing", "text", "not-tiepdan", "newer", "corrupt"])
def test_restore_refuses_a_bad_file(backed_up: tuple[Store, Path], tmp_path: Path,
                                    kind: str) -> None:
    store, good = backed_up
    bad = tmp_path / "bad.sqlite3"
    if kind == "text":
        bad.write_text("thư gửi, không phải dữ liệu\n" * 300)
    elif kind == "not-tiepdan":
        dbfile.connect(bad).execute("CREATE TABLE x (y)").connection.close()
    elif kind == "newer":
        bad.write_bytes(good.read_bytes())
        with dbfile.connect(bad) as conn:
            conn.execute("UPDATE alembic_version SET version_num = '9999'")
    elif kind == "corrupt":
        corrupt(good, bad)
    store.close()
    before = (store.db_path.read_bytes(), count(store.db_path))
    with pytest.raises(StoreError) as exc:
        backup.restore(store.data_dir, bad)
    assert exc.value.code == "restore_bad_file"
    assert "Dữ liệu hiện tại được giữ nguyên" in exc.value.message()
    assert (store.db_path.read_bytes(), count(store.db_path)) == before


def corrupt(source: Path, target: Path) -> None:
    """A copy with garbage over a page in the middle of a table's b-tree."""
    data = bytearray(source.read_bytes())
    page = 4096
    for start in range(2 * page, len(data), 3 * page):  # every third page's b-tree header
        data[start: start + 12] = b"\x0d\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    target.write_bytes(bytes(data))


def test_restore_is_refused_while_a_window_has_the_store(backed_up: tuple[Store, Path]) -> None:
    store, path = backed_up
    lock = files.StoreLock(store.data_dir)
    assert lock.acquire()
    try:
        assert not files.StoreLock(store.data_dir).acquire()  # a second window is told
        with pytest.raises(StoreError) as exc:
            backup.restore(store.data_dir, path)
        assert exc.value.code == "restore_in_use"
    finally:
        lock.release()
    assert files.StoreLock(store.data_dir).acquire()


# ----------------------------------------------------------------------------- checks


def test_check_finds_a_corrupt_file_and_repairs_nothing(store: Store, tmp_path: Path) -> None:
    for i in range(40):
        visits.log_visit(store, visit(person(f"Người {i}"), content="Nội dung dài " * 40), now=NOW)
    assert backup.check(store) == [] and backup.check(store, full=True) == []
    assert not backup.full_check_due(store)
    copy = backup.backup(store, tmp_path / "copy.sqlite3").path
    broken = tmp_path / "broken.sqlite3"
    corrupt(copy, broken)
    digest = broken.read_bytes()
    problems = files.check_file(broken, full=True)
    assert problems
    assert broken.read_bytes() == digest
    message = backup.corrupt_error(broken, problems).message()
    assert "không tự sửa" in message and "tiepdan restore" in message


# ----------------------------------------------------------------------------- failures


def _on_every_connection(store: Store, sql: str) -> None:
    def run(dbapi: Any, _record: Any) -> None:
        dbapi.execute(sql)

    event.listen(store.engine, "connect", run)
    store.engine.dispose()


def test_disk_full_during_a_save(store: Store) -> None:
    visits.log_visit(store, visit(), now=NOW)
    pages = sqlite_rows(store.db_path, "PRAGMA page_count")[0][0]
    entries = count(store.db_path, "audit_log")
    _on_every_connection(store, f"PRAGMA max_page_count={pages}")
    big = "Nội dung rất dài " * 2000
    with pytest.raises(StoreError) as exc:
        for _ in range(5):
            visits.log_visit(store, visit(content=big), now=NOW)
    assert exc.value.code == "store_disk_full"
    assert "ổ đĩa chứa dữ liệu đã đầy" in exc.value.message()
    assert sqlite_rows(store.db_path, "PRAGMA integrity_check") == [("ok",)]
    saved = count(store.db_path)
    assert count(store.db_path, "audit_log") - entries == saved - 1  # nothing half-written
    assert audit.verify(store).ok
    _on_every_connection(store, "PRAGMA max_page_count=1073741823")
    assert visits.log_visit(store, visit(content=big), now=NOW).number == f"{saved + 1:04d}/2026"


def test_read_only_store_during_a_save(store: Store) -> None:
    _on_every_connection(store, "PRAGMA query_only=1")
    with pytest.raises(StoreError) as exc:
        visits.log_visit(store, visit(), now=NOW)
    assert exc.value.code == "store_readonly" and "chỉ đọc" in exc.value.message()
    assert count(store.db_path) == 0


def test_backup_to_a_full_disk_leaves_nothing(store: Store, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import errno
    import os

    real = os.replace

    def full(src: Any, dst: Any) -> None:
        if str(dst).endswith(".sqlite3"):
            raise OSError(errno.ENOSPC, "No space left on device")
        real(src, dst)

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(StoreError) as exc:
        backup.backup(store, tmp_path / "out" / "b.sqlite3")
    assert exc.value.code == "backup_failed" and "ổ đĩa đã đầy" in exc.value.message()
    assert list((tmp_path / "out").iterdir()) == []
    assert backup.last_backup(store) is None
