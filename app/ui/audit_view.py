"""Quản trị › Nhật ký kiểm tra: the audit log with filters and the chain's state."""

from __future__ import annotations

import json

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import audit
from app.storage.store import Store
from app.ui import dialogs, messages

LIMIT = 5000


class AuditDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditDialog")
        self.setWindowTitle(self.tr("Nhật ký kiểm tra"))
        self._store = store
        self.chain = QLabel(self)
        self.chain.setObjectName("auditChain")
        self.chain.setWordWrap(True)
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-30), self)
        self.date_to = QDateEdit(today, self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.action = QComboBox(self)
        self.action.addItem(self.tr("Mọi việc"), None)
        for code, word in audit.ACTION_LABELS.items():
            self.action.addItem(messages.text(word), code)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("Tìm trong nội dung, số hồ sơ…"))
        show = QPushButton(self.tr("&Xem"), self)
        show.setDefault(True)
        show.clicked.connect(self.refresh)
        filters = QHBoxLayout()
        for label, widget in ((self.tr("Từ ngày"), self.date_from),
                              (self.tr("đến"), self.date_to), (self.tr("Việc"), self.action)):
            filters.addWidget(QLabel(label, self))
            filters.addWidget(widget)
        filters.addWidget(self.text, 1)
        filters.addWidget(show)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("auditTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Số"), self.tr("Thời điểm"), self.tr("Người thực hiện"), self.tr("Việc"),
            self.tr("Nội dung"), self.tr("Chi tiết")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.count = QLabel(self)
        root = QVBoxLayout(self)
        root.addWidget(self.chain)
        root.addLayout(filters)
        root.addWidget(self.table, 1)
        root.addWidget(self.count)
        row = dialogs.close_row(self)
        row.rejected.connect(self.reject)
        root.addWidget(row)
        self.resize(1100, 600)
        self.refresh()

    def refresh(self) -> None:
        report = audit.verify(self._store)
        self.chain.setText(messages.text(report.message()))
        self.chain.setStyleSheet("" if report.ok else "color: white; background: #b00020; padding: 6px;")
        rows = audit.list_entries(
            self._store, self.date_from.date().toPython(), self.date_to.date().toPython(),  # type: ignore[arg-type]
            action=self.action.currentData(), text=self.text.text().strip(), limit=LIMIT)
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            detail = {k: v for k, v in ((self.tr("trước"), r.before), (self.tr("sau"), r.after))
                      if v is not None}
            for col, value in enumerate((str(r.seq), f"{r.at:%d/%m/%Y %H:%M:%S}", r.actor_name,
                                         messages.text(r.action_label), r.summary,
                                         json.dumps(detail, ensure_ascii=False) if detail else "")):
                item = QTableWidgetItem(value)
                if col == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, col, item)
        self.table.resizeColumnsToContents()
        self.count.setText(self.tr("{n} mục", "", len(rows)).format(n=len(rows)) if len(rows) < LIMIT else
                           self.tr("{n} mục mới nhất (thu hẹp khoảng ngày để xem thêm)").format(n=LIMIT))
