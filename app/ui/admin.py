"""Quản trị: back up now, restore (with a clear warning), check the file; the store lock that
tells a second window it is not alone; the last backup for the status bar."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from app.errors import StoreError, TiepDanError
from app.storage.backup import StoreLock
from app.ui import dialogs

log = logging.getLogger("tiepdan.ui.admin")


def _t(text: str) -> str:
    return QCoreApplication.translate("admin", text)


def acquire_store_lock(data_dir: Path, parent: QWidget | None = None) -> StoreLock | None:
    """The lock for this window, or None after telling the officer another window has it."""
    lock = StoreLock(data_dir)
    if lock.acquire():
        return lock
    dialogs.warn(parent, _t("TiepDan đang mở"), StoreError("store_locked", path=str(data_dir)).message())
    return None


def last_backup_text(when: object) -> str:
    if when is None:
        return _t("Chưa sao lưu lần nào")
    return _t("Sao lưu gần nhất: {t}").format(t=f"{when:%d/%m/%Y %H:%M}")


def backup_now(parent: QWidget | None, store: object, actor: object) -> Path | None:
    from app.services import backup

    try:
        done = backup.backup(store, actor=actor)  # type: ignore[arg-type]
    except TiepDanError as exc:
        dialogs.fail(parent, _t("Không sao lưu được"), exc.message())
        return None
    text = _t("Đã sao lưu vào {path}.").format(path=done.path)
    if done.second_copy:
        text += "\n" + _t("Bản thứ hai: {path}").format(path=done.second_copy)
    if done.second_error:
        text += "\n" + _t("Chưa chép được bản thứ hai: {e}").format(e=done.second_error)
    dialogs.inform(parent, _t("Sao lưu"), text)
    return done.path


RESTORE_WARNING = (
    "Khôi phục sẽ THAY TOÀN BỘ dữ liệu hiện tại bằng dữ liệu trong tệp sao lưu:\n"
    "{file}\n\n"
    "Mọi lượt tiếp, đơn và bước xử lý ghi sau thời điểm sao lưu đó sẽ không còn trong kho (dữ "
    "liệu hiện tại được giữ lại thành một bản sao trong thư mục backups). Kho khôi phục nhận mã "
    "cài đặt mới. TiepDan sẽ đóng sau khi khôi phục; hãy mở lại.\n\nTiếp tục khôi phục?"
)


def choose_backup(parent: QWidget | None, folder: Path) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, _t("Chọn tệp sao lưu"), str(folder),
                                          _t("Tệp sao lưu TiepDan (*.sqlite3)"))
    return Path(name) if name else None


def restore(parent: QWidget | None, data_dir: Path, source: Path, actor: object) -> bool:
    """Ask, then restore (the caller has closed its store and keeps the lock)."""
    from app.services import backup

    try:
        backup.restore(data_dir, source, actor=actor, lock_held=True)  # type: ignore[arg-type]
    except TiepDanError as exc:
        dialogs.fail(parent, _t("Không khôi phục được"), exc.message())
        return False
    dialogs.inform(parent, _t("Đã khôi phục"), _t(
        "Đã khôi phục dữ liệu từ {file}. TiepDan sẽ đóng; hãy mở lại để làm việc tiếp.")
        .format(file=source.name))
    return True


def check_now(parent: QWidget | None, store: object) -> bool:
    from app.services import backup

    problems = backup.check(store, full=True)  # type: ignore[arg-type]
    if problems:
        dialogs.fail(parent, _t("Tệp dữ liệu bị hỏng"),
                     backup.corrupt_error(store.db_path, problems).message())  # type: ignore[attr-defined]
        return False
    dialogs.inform(parent, _t("Kiểm tra tệp dữ liệu"),
                   _t("Tệp dữ liệu nguyên vẹn (kiểm tra toàn bộ không thấy lỗi)."))
    return True


def housekeeping_at_start(parent: QWidget | None, store: object, actor: object) -> list[str]:
    """After the first paint: quick_check (a broken store is reported, never repaired), the
    daily backup and the weekly full check. Returns the problems found."""
    from app.services import backup

    problems = backup.check(store)  # type: ignore[arg-type]
    if problems:
        dialogs.fail(parent, _t("Tệp dữ liệu bị hỏng"),
                     backup.corrupt_error(store.db_path, problems).message())  # type: ignore[attr-defined]
        return problems
    try:
        if backup.daily_due(store):  # type: ignore[arg-type]
            backup.auto_backup(store, actor=actor)  # type: ignore[arg-type]
        if backup.full_check_due(store):  # type: ignore[arg-type]
            problems = backup.check(store, full=True)  # type: ignore[arg-type]
            if problems:
                dialogs.fail(parent, _t("Tệp dữ liệu bị hỏng"),
                             backup.corrupt_error(store.db_path, problems).message())  # type: ignore[attr-defined]
    except TiepDanError as exc:
        log.warning("housekeeping at start: %s", exc.message())
        dialogs.warn(parent, _t("Sao lưu hằng ngày"), exc.message())
    return problems
