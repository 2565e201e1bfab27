"""Quản trị: back up now, restore (with a clear warning), check the file; the store lock that
tells a second window it is not alone; the last backup for the status bar."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from app.errors import StoreError, TiepDanError
from app.storage.backup import StoreLock
from app.ui import dialogs, messages

if TYPE_CHECKING:
    from app.ui.print_jobs import TaskSignals

log = logging.getLogger("tiepdan.ui.admin")


translate = QCoreApplication.translate  # lupdate reads translate("context", "text") calls


def acquire_store_lock(data_dir: Path, parent: QWidget | None = None) -> StoreLock | None:
    """The lock for this window, or None after telling the officer another window has it."""
    lock = StoreLock(data_dir)
    if lock.acquire():
        return lock
    dialogs.warn(parent, translate("admin", "TiepDan đang mở"), messages.error(StoreError("store_locked", path=str(data_dir))))
    return None


def last_backup_text(when: object) -> str:
    if when is None:
        return translate("admin", "Chưa sao lưu lần nào")
    return translate("admin", "Sao lưu gần nhất: {t}").format(t=f"{when:%d/%m/%Y %H:%M}")


def backup_now(parent: QWidget | None, store: object, actor: object) -> Path | None:
    from app.services import backup

    try:
        done = backup.backup(store, actor=actor)  # type: ignore[arg-type]
    except TiepDanError as exc:
        dialogs.fail(parent, translate("admin", "Không sao lưu được"), messages.error(exc))
        return None
    text = translate("admin", "Đã sao lưu vào {path}.").format(path=done.path)
    if done.second_copy:
        text += "\n" + translate("admin", "Bản thứ hai: {path}").format(path=done.second_copy)
    if done.second_error:
        text += "\n" + translate("admin", "Chưa chép được bản thứ hai: {e}").format(e=done.second_error)
    dialogs.inform(parent, translate("admin", "Sao lưu"), text)
    return done.path


RESTORE_WARNING = QT_TRANSLATE_NOOP(
    "admin",
    "Khôi phục sẽ THAY TOÀN BỘ dữ liệu hiện tại bằng dữ liệu trong tệp sao lưu:\n"
    "{file}\n\n"
    "Mọi lượt tiếp, đơn và bước xử lý ghi sau thời điểm sao lưu đó sẽ không còn trong kho (dữ "
    "liệu hiện tại được giữ lại thành một bản sao trong thư mục backups). Kho khôi phục nhận mã "
    "cài đặt mới. TiepDan sẽ đóng sau khi khôi phục; hãy mở lại.\n\nTiếp tục khôi phục?"
)


def choose_backup(parent: QWidget | None, folder: Path) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, translate("admin", "Chọn tệp sao lưu"), str(folder),
                                          translate("admin", "Tệp sao lưu TiepDan (*.sqlite3)"))
    return Path(name) if name else None


def restore(parent: QWidget | None, data_dir: Path, source: Path, actor: object) -> bool:
    """Ask, then restore (the caller has closed its store and keeps the lock)."""
    from app.services import backup

    try:
        backup.restore(data_dir, source, actor=actor, lock_held=True)  # type: ignore[arg-type]
    except TiepDanError as exc:
        dialogs.fail(parent, translate("admin", "Không khôi phục được"), messages.error(exc))
        return False
    dialogs.inform(parent, translate("admin", "Đã khôi phục"), translate("admin", "Đã khôi phục dữ liệu từ {file}. TiepDan sẽ đóng; hãy mở lại để làm việc tiếp.")
        .format(file=source.name))
    return True


def check_now(parent: QWidget | None, store: object) -> bool:
    from app.services import backup

    problems = backup.check(store, full=True)  # type: ignore[arg-type]
    if problems:
        dialogs.fail(parent, translate("admin", "Tệp dữ liệu bị hỏng"),
                     messages.error(backup.corrupt_error(store.db_path, problems)))  # type: ignore[attr-defined]
        return False
    dialogs.inform(parent, translate("admin", "Kiểm tra tệp dữ liệu"),
                   translate("admin", "Tệp dữ liệu nguyên vẹn (kiểm tra toàn bộ không thấy lỗi)."))
    return True


def housekeeping_at_start(parent: QWidget, store: object, actor: object) -> list[str]:
    """After the first paint: quick_check (a broken store is reported, never repaired), the
    daily backup, and the weekly full check on a worker thread. Returns the problems the
    quick check found."""
    from app.services import backup

    problems = backup.check(store)  # type: ignore[arg-type]
    if problems:
        _report_broken(parent, store, problems)
        return problems
    try:
        if backup.daily_due(store):  # type: ignore[arg-type]
            backup.auto_backup(store, actor=actor)  # type: ignore[arg-type]
        if backup.full_check_due(store):  # type: ignore[arg-type]
            full_check_in_background(parent, store)
    except TiepDanError as exc:
        log.warning("housekeeping at start: %s", exc.message())
        dialogs.warn(parent, translate("admin", "Sao lưu hằng ngày"), messages.error(exc))
    return problems


def full_check_in_background(parent: QWidget, store: object) -> TaskSignals:
    """integrity_check reads the whole file (a minute on a large store): it runs on a worker
    thread, like the audit chain's check, and records itself there; a broken file is
    reported on the GUI thread when it is done."""
    from app.services import backup
    from app.ui import print_jobs

    signals = print_jobs.TaskSignals(parent)
    signals.done.connect(lambda _t, problems: _full_check_done(parent, store, problems))
    signals.failed.connect(lambda _t, exc: _full_check_failed(parent, exc))
    print_jobs.pool().start(print_jobs.Task(
        0, lambda _p: backup.check(store, full=True), signals))  # type: ignore[arg-type]
    return signals


def _report_broken(parent: QWidget | None, store: object, problems: list[str]) -> None:
    from app.services import backup

    dialogs.fail(parent, translate("admin", "Tệp dữ liệu bị hỏng"),
                 messages.error(backup.corrupt_error(store.db_path, problems)))  # type: ignore[attr-defined]


def _full_check_done(parent: QWidget | None, store: object, problems: list[str]) -> None:
    if problems:
        _report_broken(parent, store, problems)


def _full_check_failed(parent: QWidget | None, exc: BaseException) -> None:
    """The check could not run or be recorded: it stays due and runs at the next start."""
    if isinstance(exc, TiepDanError):
        log.warning("weekly full check: %s", exc.message())
        text = messages.error(exc)
    else:
        log.error("weekly full check failed", exc_info=(type(exc), exc, exc.__traceback__))
        text = translate("admin", "Chưa kiểm tra toàn bộ được tệp dữ liệu; TiepDan sẽ kiểm tra lại lần mở sau.")
    dialogs.warn(parent, translate("admin", "Kiểm tra tệp dữ liệu"), text)
