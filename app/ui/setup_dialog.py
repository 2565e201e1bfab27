"""First run: which office this store belongs to, and who receives citizens."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationFailed
from app.services import office as office_service
from app.storage.store import Store
from app.ui.dialogs import ok_cancel_row


class SetupDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Thiết lập lần đầu"))
        self._store = store
        self.office_code = QLineEdit(self)
        self.office_code.setObjectName("office_code")
        self.office_code.setPlaceholderText(self.tr("ví dụ 00163 (mã đơn vị hành chính)"))
        self.office_name = QLineEdit(self)
        self.office_name.setObjectName("office_name")
        self.office_name.setPlaceholderText(self.tr("ví dụ UBND phường Láng"))
        self.upstream = QLineEdit(self.tr("Ban Tiếp công dân thành phố Hà Nội"), self)
        self.officer = QLineEdit(self)
        self.officer.setObjectName("officer_name")
        self.head = QLineEdit(self)
        self.head.setObjectName("head_name")
        self.error = QLabel(self)
        self.error.setStyleSheet("color:#b00020")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Mã cơ quan"), self.office_code)
        form.addRow(self.tr("Tên cơ quan"), self.office_name)
        form.addRow(self.tr("Cơ quan cấp trên"), self.upstream)
        form.addRow(self.tr("Cán bộ tiếp công dân"), self.officer)
        form.addRow(self.tr("Chủ tịch UBND"), self.head)
        buttons = ok_cancel_row(self, self.tr("Bắt đầu sử dụng"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr(
            "Kho dữ liệu này chưa thuộc cơ quan nào. Nhập thông tin của UBND phường, xã."), self))
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

    def _save(self) -> None:
        if not self.officer.text().strip():
            self.error.setText(self.tr("Cần nhập họ tên ít nhất một cán bộ tiếp công dân."))
            return
        try:
            office_service.init_office(self._store, self.office_code.text(),
                                       self.office_name.text(), self.upstream.text())
        except ValidationFailed as exc:
            self.error.setText("\n".join(p.message for p in exc.problems))
            return
        office_service.add_officer(self._store, self.officer.text(), self.tr("Công chức tiếp công dân"))
        if self.head.text().strip():
            office_service.add_officer(self._store, self.head.text(), self.tr("Chủ tịch UBND"),
                                       is_head=True)
        self.accept()
