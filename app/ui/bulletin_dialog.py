"""'Gửi bản tin…' on the upstream's Import page: the next bulletin for one office (its calendar,
the current recipients, petitions of the upstream's own register transferred to it), written to a
chosen folder or USB drive. app/sync/bulletins.py does the work; the same as
`tiepdan bulletin export`."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.actor import Actor
from app.clock import VN_TZ
from app.errors import TiepDanError, ValidationFailed
from app.storage.store import Store
from app.sync import bulletins, keys
from app.ui import dialogs, messages
from app.ui.widgets import ERROR_STYLE

SETTINGS_FOLDER = "sync/bulletin_folder"
NUMBER = re.compile(r"\d{1,6}/\d{4}")


def petition_numbers(text: str) -> list[str] | None:
    """'7/2026, 0012/2026' → ['7/2026', '0012/2026']; None when something else was typed."""
    parts = [p for p in re.split(r"[\s,;]+", text.strip()) if p]
    return parts if all(NUMBER.fullmatch(p) for p in parts) else None


class BulletinDialog(dialogs.GuardedDialog):
    """Gửi bản tin xuống một cơ quan."""

    def __init__(self, store: Store, actor: Callable[[], Actor | None] = lambda: None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Gửi bản tin xuống cơ quan"))
        self._store, self._actor = store, actor
        self.written: bulletins.BulletinExported | None = None
        today = self._today = datetime.now(VN_TZ).date()  # Hà Nội's date, whatever the PC's zone
        self.office = QComboBox(self)
        self.office.setObjectName("bulletinOffice")
        seen: set[str] = set()
        for p in keys.peers(store):
            if p.active and p.office_code not in seen:
                seen.add(p.office_code)
                self.office.addItem(f"{p.office_name} ({p.office_code})" if p.office_name
                                    else p.office_code, p.office_code)
        self.calendar_years = []
        years = QHBoxLayout()
        for year in (today.year, today.year + 1):
            box = QCheckBox(str(year), self)
            box.setObjectName(f"bulletinCalendar{year}")
            self.calendar_years.append((year, box))
            years.addWidget(box)
        years.addStretch(1)
        self.recipients = QCheckBox(self.tr("Gửi bộ khóa &nhận hiện tại (sau khi thay khóa nhận)"),
                                    self)
        self.recipients.setObjectName("bulletinRecipients")
        self.transfers = QLineEdit(self)
        self.transfers.setObjectName("bulletinTransfers")
        self.transfers.setPlaceholderText(self.tr("vd. 0007/2026, 0012/2026"))
        self.transfers.setToolTip(self.tr(
            "Đơn trong sổ đơn của cơ quan này, đã phân loại: đủ điều kiện xử lý, không thuộc thẩm "
            "quyền (tố cáo hoặc kiến nghị, phản ánh). Bước chuyển đơn được ghi vào đơn."))
        self.doc_number = QLineEdit(self)
        self.doc_number.setObjectName("bulletinDocNumber")
        self.doc_number.setPlaceholderText(self.tr("vd. 45/BTCD-TD"))
        self.doc_date = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.doc_date.setObjectName("bulletinDocDate")
        self.doc_date.setDisplayFormat("dd/MM/yyyy")
        self.doc_date.setCalendarPopup(True)
        self.folder = QLineEdit(str(QSettings().value(SETTINGS_FOLDER, "")), self)
        self.folder.setObjectName("bulletinFolder")
        choose = QPushButton(self.tr("&Chọn…"), self)
        choose.setObjectName("bulletinChooseFolder")
        choose.clicked.connect(self.choose_folder)
        where = QHBoxLayout()
        where.addWidget(self.folder, 1)
        where.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("Cơ &quan nhận:"), self.office)
        form.addRow(self.tr("Lịch làm việc năm:"), years)
        form.addRow("", self.recipients)
        form.addRow(self.tr("Chuyển &đơn số:"), self.transfers)
        form.addRow(self.tr("Số &văn bản chuyển đơn:"), self.doc_number)
        form.addRow(self.tr("Ngày văn &bản:"), self.doc_date)
        folder_label = QLabel(self.tr("Ghi vào thư &mục:"), self)
        folder_label.setBuddy(self.folder)  # a layout field gets no buddy of its own
        form.addRow(folder_label, where)
        self.error = QLabel(self)
        self.error.setObjectName("bulletinError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        row = dialogs.ok_cancel_row(self, self.tr("&Ghi bản tin"))
        row.accepted.connect(self.write)
        row.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if not self.office.count():
            layout.addWidget(QLabel(self.tr(
                "Chưa có cơ quan nào đăng ký khóa («tiepdan keys enrol»)."), self))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(row)
        self.remember_initial()

    def fingerprint(self) -> tuple[object, ...]:
        return (self.office.currentIndex(), self.recipients.isChecked(),
                tuple(b.isChecked() for _, b in self.calendar_years), self.transfers.text(),
                self.doc_number.text(), self.doc_date.date(), self.folder.text())

    def discard_question(self) -> tuple[str, str, str]:
        return (self.tr("Bỏ bản tin?"), self.tr("Bản tin chưa được ghi. Bỏ những gì đã chọn?"),
                self.tr("Quay lại bản tin"))

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Chọn thư mục (hoặc ổ USB) ghi bản tin"),
            self.folder.text() or str(Path.home()))
        if name:
            self.folder.setText(name)

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def write(self) -> None:
        numbers = petition_numbers(self.transfers.text())
        if self.office.currentData() is None:
            return self._fail(self.tr("Chọn cơ quan nhận bản tin."))
        if numbers is None:
            return self._fail(self.tr("Số đơn viết dạng 0007/2026, cách nhau bởi dấu phẩy."))
        if not self.folder.text().strip():
            return self._fail(self.tr("Chọn thư mục ghi bản tin."))
        qd = self.doc_date.date()
        doc_date = date(qd.year(), qd.month(), qd.day())
        try:
            items = [bulletins.calendar_item(self._store, [y])
                     for y, box in self.calendar_years if box.isChecked()]
            if self.recipients.isChecked():
                items.append(bulletins.recipients_item(self._store))
            self.written = bulletins.export_bulletin(
                self._store, str(self.office.currentData()), items,
                Path(self.folder.text().strip()), actor=self._actor(),
                transfers=[bulletins.OwnTransfer(n, self.doc_number.text(), doc_date)
                           for n in numbers], today=self._today)
        except ValidationFailed as exc:
            return self._fail(messages.problems(exc.problems))
        except (TiepDanError, OSError) as exc:
            return self._fail(messages.error(exc))
        QSettings().setValue(SETTINGS_FOLDER, self.folder.text().strip())
        dialogs.inform(self, self.tr("Đã ghi bản tin"), self.tr(
            "Đã ghi bản tin số {n} cho {office}:\n{path}").format(
            n=self.written.bulletin_seq, office=self.office.currentText(),
            path=self.written.path))
        self.accept()
