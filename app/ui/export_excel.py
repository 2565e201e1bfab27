"""'Xuất Excel…': ask for a file, write it on a worker thread, say what was written.

Also the list of records behind a figure (statistics bar, report cell): RecordsDialog, with
its own export. Masking is the services' (app/services/excel_export.py).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.viewer import Viewer
from app.storage.store import Store
from app.ui import messages

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def ask_path(parent: QWidget, default_name: str) -> Path | None:
    settings = QSettings()
    folder = str(settings.value("export/folder", str(Path.home())))
    name, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("export_excel", "Xuất Excel"), str(Path(folder) / default_name),
        QCoreApplication.translate("export_excel", "Bảng tính Excel (*.xlsx)"))
    if not name:
        return None
    path = Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")
    settings.setValue("export/folder", str(path.parent))
    return path


class ExportRunner(QObject):
    """Runs one export on the worker pool; `finished(message)` on the GUI thread."""

    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from app.ui.print_jobs import TaskSignals

        self._signals = TaskSignals(self)
        self._signals.done.connect(self._done)
        self._signals.failed.connect(self._failed)
        self._token = 0
        self._path: Path | None = None

    def start(self, path: Path, work: Callable[[Path], int]) -> None:
        from app.ui.print_jobs import Task, pool

        self._token += 1
        self._path = path
        pool().start(Task(self._token, lambda _progress: work(path), self._signals))

    def _done(self, token: int, count: object) -> None:
        if token == self._token:
            self.finished.emit(self.tr("Đã xuất {n} dòng ra {path}.", "",
                                               count if isinstance(count, int) else -1).format(
                n=count, path=self._path))

    def _failed(self, token: int, exc: object) -> None:
        if token != self._token:
            return
        from app.errors import TiepDanError

        if isinstance(exc, TiepDanError):
            text = messages.error(exc)
        elif isinstance(exc, OSError):
            from app.errors import os_reason

            text = self.tr("Không ghi được tệp: {reason}.").format(reason=messages.text(os_reason(exc)))
        else:
            import logging

            logging.getLogger(__name__).error("export failed", exc_info=exc)  # type: ignore[arg-type]
            text = self.tr("Không xuất được tệp (lỗi không mong muốn, đã ghi vào nhật ký).")
        self.failed.emit(text)


def export(parent: QWidget, default_name: str, work: Callable[[Path], int],
           done: Callable[[str], None] | None = None) -> ExportRunner | None:
    """Ask for the file, then run `work(path)` off the GUI thread."""
    path = ask_path(parent, default_name)
    if path is None:
        return None
    runner = ExportRunner(parent)
    runner.finished.connect(done or (lambda text: QMessageBox.information(
        parent, QCoreApplication.translate("export_excel", "Xuất Excel"), text)))
    runner.failed.connect(lambda text: QMessageBox.warning(parent, QCoreApplication.translate("export_excel", "Xuất Excel"), text))
    runner.start(path, work)
    return runner


class RecordsDialog(QDialog):
    """The visits and petitions behind a figure; Enter or double-click opens one."""

    visit_activated = Signal(object)
    petition_activated = Signal(object)

    def __init__(self, store: Store, viewer: Viewer, title: str,
                 refs: Sequence[tuple[str, uuid.UUID]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.services.excel_export import record_rows

        self.setWindowTitle(title)
        self._store, self._viewer, self._refs, self._title = store, viewer, list(refs), title
        rows = record_rows(store, self._refs, viewer=viewer)
        self.table = QTableWidget(len(rows), 6, self)
        self.table.setObjectName("recordsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Loại"), self.tr("Số"), self.tr("Ngày"),
                                              self.tr("Phân loại"), self.tr("Người"),
                                              self.tr("Nội dung")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        kinds = {"visit": self.tr("Lượt tiếp"), "petition": self.tr("Đơn")}  # one record each
        for r, (kind, number, day, cat, who, content, _state, ref) in enumerate(rows):
            for c, text in enumerate((kinds.get(ref[0], kind), number, f"{day:%d/%m/%Y}",
                                      messages.text(cat), messages.text(who), content)):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, ref)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._open)
        self.table.doubleClicked.connect(self._open)
        self.count = QLabel(self.tr("{n} bản ghi. Nhấn Enter hoặc nhấp đúp để mở.", "", len(rows)).format(
            n=len(rows)), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = QPushButton(self.tr("Xuất &Excel…"), self)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self._export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self.resize(960, 520)

    def rows(self) -> int:
        return self.table.rowCount()

    def _open(self, index: Any) -> None:
        item = self.table.item(index.row(), 0)
        found = item.data(ID_ROLE) if item is not None else None
        if not found:
            return
        kind, rid = found
        (self.visit_activated if kind == "visit" else self.petition_activated).emit(rid)

    def _export(self) -> None:
        from app.services import excel_export

        self._runner = export(self, "ban-ghi.xlsx", lambda p: excel_export.records(
            self._store, self._refs, self._title, p, viewer=self._viewer))
