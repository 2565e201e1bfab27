"""Quản trị: the audit viewer, backup now, the restore warning, the second window, the
dashboard's banner for a broken audit chain; start-up housekeeping off the paint path."""

from __future__ import annotations

from pathlib import Path

from app.storage import dbfile
from app.storage.backup import StoreLock, list_backups
from app.ui import admin, dialogs
from app.ui.main import create_main_window
from tests.ui.conftest import log


def test_admin_menu(qtbot, ui_store):  # type: ignore[no-untyped-def]
    w = create_main_window(ui_store)
    qtbot.addWidget(w)
    assert "&Quản trị" in [a.text() for a in w.menuBar().actions()]
    assert w.backup_action.text() == "&Sao lưu ngay" and w.restore_action.text() == "&Khôi phục…"


def test_audit_viewer_lists_and_filters(qtbot, ui_store):  # type: ignore[no-untyped-def]
    log(ui_store, "Nguyễn Văn Đức", "Đề nghị cấp sổ đỏ")
    w = create_main_window(ui_store)
    qtbot.addWidget(w)
    d = w.show_audit()
    qtbot.addWidget(d)
    assert "nguyên vẹn: 5 mục" in d.chain.text()
    assert d.table.rowCount() == 5
    assert d.table.item(0, 3).text() == "Ghi lượt tiếp"
    assert d.table.item(0, 2).text() == "Nguyễn Thị Lan (CB01)"
    d.action.setCurrentIndex(d.action.findData("officer.create"))
    d.refresh()
    assert d.table.rowCount() == 3
    d.action.setCurrentIndex(0)
    d.text.setText("Lê Văn Hùng")
    d.refresh()
    assert d.table.rowCount() == 1


def test_backup_now_and_the_status_bar(qtbot, ui_store, monkeypatch):  # type: ignore[no-untyped-def]
    told: list[str] = []
    monkeypatch.setattr(dialogs, "inform", lambda _p, _t, text, *a: told.append(text))
    w = create_main_window(ui_store)
    qtbot.addWidget(w)
    w.show_last_backup()
    assert w.backup_label.text() == "Chưa sao lưu lần nào"
    path = w.backup_now()
    assert path is not None and path.exists()
    assert told and str(path) in told[0]
    assert w.backup_label.text().startswith("Sao lưu gần nhất: ")
    [b] = list_backups(ui_store.data_dir / "backups")
    assert b.path == path


def test_backup_now_on_a_full_disk_says_so(qtbot, ui_store, monkeypatch):  # type: ignore[no-untyped-def]
    import errno
    import os

    failed: list[str] = []
    monkeypatch.setattr(dialogs, "fail", lambda _p, _t, text: failed.append(text))
    real = os.replace

    def full(src, dst):  # type: ignore[no-untyped-def]
        if str(dst).endswith(".sqlite3"):
            raise OSError(errno.ENOSPC, "No space left on device")
        real(src, dst)

    monkeypatch.setattr(os, "replace", full)
    w = create_main_window(ui_store)
    qtbot.addWidget(w)
    assert w.backup_now() is None
    assert failed and "ổ đĩa đã đầy" in failed[0]


def test_a_second_window_is_told(qtbot, ui_store, monkeypatch):  # type: ignore[no-untyped-def]
    warned: list[str] = []
    monkeypatch.setattr(dialogs, "warn", lambda _p, _t, text: warned.append(text))
    first = admin.acquire_store_lock(ui_store.data_dir)
    assert first is not None
    try:
        assert admin.acquire_store_lock(ui_store.data_dir) is None
        assert warned and "cửa sổ khác" in warned[0]
        from app.ui.main import run_gui

        assert run_gui(ui_store.data_dir) == 3  # the GUI itself stops there
        assert len(warned) == 2
    finally:
        first.release()
    again = admin.acquire_store_lock(ui_store.data_dir)
    assert isinstance(again, StoreLock)
    again.release()


def test_restore_asks_with_a_clear_warning(qtbot, ui_store, monkeypatch, tmp_path: Path):  # type: ignore[no-untyped-def]
    from app.services import backup

    copy = backup.backup(ui_store, tmp_path / "copy.sqlite3").path
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask", lambda _p, _t, text, *a: asked.append(text) or False)
    w = create_main_window(ui_store)
    qtbot.addWidget(w)
    assert w.restore_from_backup(copy) is False  # declined: nothing happens
    assert "THAY TOÀN BỘ dữ liệu hiện tại" in asked[0] and str(copy) in asked[0]


def test_dashboard_shows_a_broken_chain(qtbot, ui_store):  # type: ignore[no-untyped-def]
    w = create_main_window(ui_store)
    qtbot.addWidget(w)
    page = w.dashboard_page()
    page.refresh()
    qtbot.waitUntil(lambda: page._audit_task is None and page._audit_ok is not None)
    assert page.audit_banner.isHidden()
    conn = dbfile.connect(ui_store.db_path)
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("DELETE FROM audit_log WHERE seq = 2")
    conn.commit()
    conn.close()
    page.refresh()  # resumes after the entries already checked: the deletion is still seen
    qtbot.waitUntil(lambda: page._audit_task is None and not page.audit_banner.isHidden())
    assert "bị xóa" in page.audit_banner.text()
    page._audit_ok = None
    page.refresh()  # a full check names the entry
    qtbot.waitUntil(lambda: page._audit_task is None and "mục số 2" in page.audit_banner.text())


def _started(qtbot, store):  # type: ignore[no-untyped-def]
    """The window as run_gui starts it: opened the quick way, housekeeping after the paint."""
    from app.storage.quick import open_quick
    from app.ui.main import MainWindow

    conn = open_quick(store.data_dir)
    assert conn is not None
    w = MainWindow(store.data_dir, conn)
    w.housekeeping = True
    qtbot.addWidget(w)
    w.warm_up()
    return w


def test_start_up_checks_after_the_paint_and_backs_up_daily(qtbot, ui_store):  # type: ignore[no-untyped-def]
    w = _started(qtbot, ui_store)
    assert w._store is None and not (ui_store.data_dir / "backups").exists()
    w.show()
    qtbot.waitUntil(lambda: w.backup_label.text().startswith("Sao lưu gần nhất"), timeout=5000)
    assert [b.label for b in list_backups(ui_store.data_dir / "backups")] == ["tu-dong"]
    w.close_store()  # the backup at close
    assert len(list_backups(ui_store.data_dir / "backups")) in (1, 2)  # same second: one name


def test_restore_from_the_window(qtbot, ui_store, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    """The window lets go of its own connections to restore; a refused file leaves it working."""
    told: list[str] = []
    monkeypatch.setattr(dialogs, "ask", lambda *a: True)
    monkeypatch.setattr(dialogs, "inform", lambda _p, _t, text, *a: told.append(text))
    monkeypatch.setattr(dialogs, "fail", lambda _p, _t, text, *a: told.append(text))
    log(ui_store, "Nguyễn Văn Đức", "Trước khi sao lưu")
    w = create_main_window(ui_store)
    qtbot.addWidget(w)
    good = w.backup_now()
    bad = tmp_path / "not-a-store.sqlite3"
    bad.write_bytes(b"not sqlite at all" * 100)
    assert w.restore_from_backup(bad) is False
    w.logbook.refresh()  # the reader was given back
    assert w.logbook.model.rowCount() == 1
    assert w.restore_from_backup(good) is True and w.restored


def test_the_weekly_full_check_runs_off_the_gui_thread(qtbot, ui_store, monkeypatch):  # type: ignore[no-untyped-def]
    """integrity_check reads the whole file: the window stays responsive meanwhile."""
    import threading

    from app.services import backup
    from app.storage import backup as files

    checked: list[tuple[bool, bool]] = []  # (full, on the GUI thread)
    real = files.check_file

    def watched(db_path, *, full=False):  # type: ignore[no-untyped-def]
        checked.append((full, threading.current_thread() is threading.main_thread()))
        return real(db_path, full=full)

    monkeypatch.setattr(files, "check_file", watched)
    assert backup.full_check_due(ui_store)
    w = _started(qtbot, ui_store)
    w.show()
    qtbot.waitUntil(lambda: not backup.full_check_due(w.store), timeout=10_000)
    assert checked == [(False, True), (True, False)]  # the quick check stays before the backup
    from app.services import audit

    entries = audit.list_entries(w.store, action="store.check")
    assert entries and "nguyên vẹn" in entries[0].summary
    w.close_store()


def test_a_broken_file_found_by_the_weekly_check_is_reported(qtbot, ui_store, monkeypatch):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    from app.services import backup
    from app.storage import backup as files

    monkeypatch.setattr(files, "check_file", lambda _p, *, full=False:
                        ["*** in database main ***\nPage 12: btreeInitPage() returns error code 11"]
                        if full else [])
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "fail", lambda _p, title, text, *a: told.append((title, text)))
    parent = QWidget()
    qtbot.addWidget(parent)
    signals = admin.full_check_in_background(parent, ui_store)
    with qtbot.waitSignal(signals.done, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: bool(told))
    title, text = told[0]
    assert title == "Tệp dữ liệu bị hỏng" and "bị hỏng" in text and "Khôi phục" in text
    assert backup.full_check_due(ui_store)  # not recorded as sound: checked again next start
