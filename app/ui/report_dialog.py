"""'Báo cáo…': build an official table (01/TCD, 01/XLD, 01–04/KQGQ) off the GUI thread, show
it, double-click a cell for the records behind it, save as PDF, XLSX or JSON."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.clock import VN_TZ
from app.services import reports
from app.services.viewer import Viewer
from app.storage.store import Store
from app.ui import messages

COL_ROLE = Qt.ItemDataRole.UserRole + 1


class ReportDialog(QDialog):
    petition_activated = Signal(object)
    visit_activated = Signal(object)
    built = Signal()

    def __init__(self, store: Store, viewer: Viewer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.ui.print_jobs import TaskSignals

        self.setWindowTitle(self.tr("Báo cáo thống kê định kỳ"))
        self._store, self._viewer = store, viewer
        self.report: reports.Report | None = None
        self._token = 0
        self._signals = TaskSignals(self)
        self._signals.done.connect(self._done)
        self._signals.failed.connect(self._failed)
        self.kind = QComboBox(self)
        self.kind.setObjectName("reportKind")
        for info in reports.list_reports():
            self.kind.addItem(f"{info.form_number} – {info.name}", info.report_id)
        today = datetime.now(VN_TZ).date()
        self.period = QLineEdit(f"{today.year}-Q{(today.month - 1) // 3 + 1}", self)
        self.period.setObjectName("reportPeriod")
        self.period.setToolTip(self.tr("2026-11 (tháng), 2026-Q4 (quý), 2026-H1, 2026-9M, 2026 "
                                       "(năm) hoặc 2026-01-01..2026-03-31"))
        self.build_button = QPushButton(self.tr("&Lập báo cáo"), self)
        self.build_button.setDefault(True)
        self.build_button.clicked.connect(self.build)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.table = QTableWidget(self)
        self.table.setObjectName("reportTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.cellDoubleClicked.connect(self.drill)
        self.save_buttons = []
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Nhấp đúp vào một ô để xem các bản ghi tạo nên số đó."),
                                self), 1)
        for fmt, text in (("pdf", self.tr("Lưu &PDF…")), ("xlsx", self.tr("Lưu &XLSX…")),
                          ("json", self.tr("Lưu &JSON…"))):
            b = QPushButton(text, self)
            b.setEnabled(False)
            b.clicked.connect(lambda _c=False, f=fmt: self.save(f))
            bottom.addWidget(b)
            self.save_buttons.append(b)
        close = QPushButton(self.tr("Đóng"), self)
        close.clicked.connect(self.reject)
        bottom.addWidget(close)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Biểu:"), self))
        top.addWidget(self.kind, 2)
        top.addWidget(QLabel(self.tr("Kỳ:"), self))
        top.addWidget(self.period, 1)
        top.addWidget(self.build_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.resize(1200, 560)

    def build(self) -> None:
        from app.errors import TiepDanError
        from app.ui.print_jobs import Task, pool

        try:
            period = reports.resolve_period(self._store, self.period.text().strip())
        except TiepDanError as exc:
            self.status.setText(messages.error(exc))
            return
        self._token += 1
        self.status.setText(self.tr("Đang lập {p} ({w})…").format(
            p=messages.text(period.label), w=messages.text(period.window)))
        self.build_button.setEnabled(False)
        store, kind = self._store, self.kind.currentData()
        pool().start(Task(self._token, lambda _p: reports.build(store, kind, period),
                          self._signals))

    def _failed(self, token: int, exc: object) -> None:
        if token != self._token:
            return
        from app.errors import TiepDanError

        self.build_button.setEnabled(True)
        self.status.setText(messages.error(exc) if isinstance(exc, TiepDanError)
                            else self.tr("Không lập được báo cáo (đã ghi vào nhật ký)."))

    def _done(self, token: int, report: object) -> None:
        if token != self._token or not isinstance(report, reports.Report):
            return
        self.build_button.setEnabled(True)
        self.show_report(report)
        self.built.emit()

    def show_report(self, report: reports.Report) -> None:
        self.report = report
        cols = report.layout.columns
        self.table.clear()
        self.table.setColumnCount(len(cols) + 1)
        self.table.setRowCount(len(report.rows))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Đơn vị")] + [f"{c.no}\n{c.path[-1]}" for c in cols])
        for c, col in enumerate(cols, 1):
            self.table.horizontalHeaderItem(c).setToolTip(" / ".join(col.path))  # type: ignore[union-attr]
        for r, row in enumerate(report.rows):
            self.table.setItem(r, 0, QTableWidgetItem(messages.text(row.office_name)))
            for c, col in enumerate(cols, 1):
                number = row.cells[col.no].number
                item = QTableWidgetItem(str(number))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setData(COL_ROLE, col.no)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        for b in self.save_buttons:
            b.setEnabled(True)
        p = report.period
        self.status.setText("\n".join([self.tr(
            "{form} – {label} ({window}); lập trong {s:.1f} giây.").format(
                form=report.layout.form_number, label=messages.text(p.label),
                window=messages.text(p.window), s=report.seconds)]
            + [self.tr("Lưu ý: {warning}").format(warning=messages.text(w.text))
               for w in report.warnings]))

    def drill(self, row: int, column: int) -> Any:
        """The records behind a cell (returns the dialog, for the tests)."""
        if self.report is None or column == 0:
            return None
        from app.ui.export_excel import RecordsDialog

        no = self.table.item(row, column).data(COL_ROLE)  # type: ignore[union-attr]
        refs = self.report.refs(no, row)
        title = self.tr("{form}, cột {no}, {office}: {n} bản ghi").format(
            form=self.report.layout.form_number, no=no,
            office=messages.text(self.report.rows[row].office_name), n=len(refs))
        dialog = RecordsDialog(self._store, self._viewer, title,
                               [(x.kind, uuid.UUID(x.id)) for x in refs], self)
        dialog.petition_activated.connect(self.petition_activated)
        dialog.visit_activated.connect(self.visit_activated)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.last_dialog = dialog
        return dialog

    def save(self, fmt: str) -> None:
        if self.report is None:
            return
        from app.ui.export_excel import ExportRunner

        lay, p = self.report.layout, self.report.period
        default = f"{lay.report_id}-{p.label}.{fmt}".replace(" ", "-").replace("/", "-")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu báo cáo"), default,
                                              f"{fmt.upper()} (*.{fmt})")
        if not name:
            return
        from pathlib import Path

        report, store = self.report, self._store
        self._runner = ExportRunner(self)
        self._runner.finished.connect(lambda _t: self.status.setText(
            self.tr("Đã lưu {path}.").format(path=name)))
        self._runner.failed.connect(lambda t: QMessageBox.warning(self, self.tr("Lưu báo cáo"), t))
        self._runner.start(Path(name), lambda path: reports.export(store, report, fmt, str(path)))
