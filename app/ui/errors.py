"""Unexpected errors: logged to the rotating file, shown as a short Vietnamese apology."""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtWidgets import QApplication

from app.logs import log_path
from app.ui import dialogs

log = logging.getLogger("tiepdan.ui")


def apology_text() -> str:
    return QApplication.translate(
        "errors",
        "Xin lỗi, phần mềm vừa gặp một lỗi không mong muốn. Những gì đã lưu vẫn an toàn.\n"
        "Chi tiết lỗi đã được ghi vào tệp:\n{path}\n"
        "Hãy gửi tệp này cho cán bộ tin học nếu lỗi lặp lại.").format(path=log_path())


def show_apology() -> None:
    if QApplication.instance() is None:
        return
    dialogs.fail(None, QApplication.translate("errors", "Lỗi không mong muốn"), apology_text())


def excepthook(exc_type: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.error("unexpected error", exc_info=(exc_type, exc, tb))
    show_apology()


def install() -> None:
    sys.excepthook = excepthook
