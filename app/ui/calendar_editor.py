"""The office calendar editor: holidays, days off and make-up working days, year by year.

An admin opens it when the Government publishes the year's Tết and National Day schedule (or
imports the file another office exported). Every change goes through app.services.calendar;
deadlines are recomputed from the calendar, so `calendar_changed` tells open views to refresh.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.actor import Actor
from app.clock import now_local
from app.errors import InputError, ValidationFailed
from app.law.calendar import CalendarEntry
from app.services import calendar as calendar_service
from app.storage.store import Store
from app.ui import dialogs, messages

ERROR_STYLE = "color:#b00020"
DATE_ROLE = int(Qt.ItemDataRole.UserRole)
FIELDS = ("date", "kind", "name", "source")


class CalendarEditorDialog(QDialog):
    """Edit the office calendar of one year at a time; import and export calendar files."""

    calendar_changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None, *,
                 year: int | None = None, actor: Actor | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lịch làm việc: ngày lễ, ngày nghỉ, ngày làm bù"))
        self.setObjectName("calendarEditor")
        self._store, self._actor = store, actor  # who the writes are audited as (desk mode)
        self._editing: dt.date | None = None  # the date of the entry in the form, if any
        self._errors: dict[str, QLabel] = {}
        self._shown: tuple[CalendarEntry, ...] = ()
        self._weekdays = (self.tr("Thứ Hai"), self.tr("Thứ Ba"), self.tr("Thứ Tư"),
                          self.tr("Thứ Năm"), self.tr("Thứ Sáu"), self.tr("Thứ Bảy"),
                          self.tr("Chủ nhật"))
        self._kinds = {"holiday": self.tr("Ngày lễ, Tết"),
                       "day_off": self.tr("Ngày nghỉ (nghỉ bù, hoán đổi)"),
                       "working_day": self.tr("Ngày làm việc bù (thứ Bảy, Chủ nhật)")}
        self._build()
        self._wire()
        self.year.blockSignals(True)
        self.year.setValue(year or now_local().year)
        self.year.blockSignals(False)
        self._load_year()
        self.table.setFocus()

    # ------------------------------------------------------------------ layout

    def _error_label(self, key: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(f"error_{key}")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        self._errors[key] = label
        return label

    def _with_error(self, widget: QWidget, key: str) -> QWidget:
        box = QWidget(self)
        lay = QHBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(widget, 2)
        lay.addWidget(self._error_label(key), 3)
        return box

    def _build(self) -> None:
        self.year = QSpinBox(self)
        self.year.setObjectName("year")
        self.year.setRange(1990, 2100)
        year_label = QLabel(self.tr("&Năm"), self)
        year_label.setBuddy(self.year)
        self.origin = QLabel(self)
        self.origin.setObjectName("origin")
        self.origin.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addWidget(self.origin, 1)

        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("entries")
        self.table.setHorizontalHeaderLabels([
            self.tr("Ngày"), self.tr("Thứ"), self.tr("Loại"), self.tr("Tên ngày"),
            self.tr("Nguồn, căn cứ")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for col in (0, 1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

        self.date = QDateEdit(self)
        self.date.setObjectName("date")
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setCalendarPopup(True)
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        for code, label in self._kinds.items():
            self.kind.addItem(label, code)
        self.name = QLineEdit(self)
        self.name.setObjectName("name")
        self.name.setPlaceholderText(self.tr("ví dụ: Tết Nguyên đán (mùng 1 tháng Giêng)"))
        self.source = QLineEdit(self)
        self.source.setObjectName("source")
        self.source.setPlaceholderText(self.tr("ví dụ: Thông báo số .../TB-BNV ngày ..."))
        form = QFormLayout()
        for text, widget, key in ((self.tr("N&gày"), self.date, "date"),
                                  (self.tr("L&oại"), self.kind, "kind"),
                                  (self.tr("&Tên ngày"), self.name, "name"),
                                  (self.tr("Ng&uồn, căn cứ"), self.source, "source")):
            buddy = QLabel(text, self)
            buddy.setBuddy(widget)
            form.addRow(buddy, self._with_error(widget, key))

        self.new_button = QPushButton(self.tr("Ngày &mới"), self)
        self.new_button.setAutoDefault(False)
        self.save_button = QPushButton(self.tr("&Lưu ngày"), self)
        self.save_button.setDefault(True)
        self.delete_button = QPushButton(self.tr("&Xóa ngày"), self)
        self.delete_button.setAutoDefault(False)
        self.import_button = QPushButton(self.tr("Nhập từ tệ&p..."), self)
        self.import_button.setAutoDefault(False)
        self.export_button = QPushButton(self.tr("Xuất r&a tệp..."), self)
        self.export_button.setAutoDefault(False)
        edit_row = QHBoxLayout()
        for b in (self.new_button, self.save_button, self.delete_button):
            edit_row.addWidget(b)
        edit_row.addStretch(1)
        for b in (self.import_button, self.export_button):
            edit_row.addWidget(b)

        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = dialogs.close_row(self)
        close.rejected.connect(self.accept)

        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(QLabel(self.tr(
            "Thứ Hai đến thứ Sáu là ngày làm việc, trừ các ngày nghỉ dưới đây; thứ Bảy, "
            "Chủ nhật là ngày nghỉ, trừ các ngày làm việc bù."), self))
        lay.addWidget(self.table, 1)
        lay.addLayout(form)
        lay.addLayout(edit_row)
        lay.addWidget(self.status)
        lay.addWidget(close)
        self.resize(900, 640)

    def _wire(self) -> None:
        self.year.valueChanged.connect(self._load_year)
        self.table.currentCellChanged.connect(self._on_row)
        self.new_button.clicked.connect(self.new_entry)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self.export_file)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete)
        # Enter on a row edits it (never re-saves it: that would turn a shipped year into
        # the office's); Ctrl+S saves from anywhere.
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            edit_key = QShortcut(QKeySequence(key), self.table)
            edit_key.setContext(Qt.ShortcutContext.WidgetShortcut)
            edit_key.activated.connect(self.name.setFocus)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(self.save)

    # ------------------------------------------------------------------ reading

    def entries(self) -> list[CalendarEntry]:
        """The entries shown (the year in the spin box)."""
        return list(self._shown)

    def _load_year(self, _value: int | None = None, select: dt.date | None = None) -> None:
        found = calendar_service.entries_for_year(self._store, self.year.value())
        self._shown = found.entries
        self.origin.setText({
            "office": self.tr("Lịch của cơ quan."),
            "shipped": self.tr("Lịch kèm phần mềm (chưa sửa). Lần sửa đầu tiên sẽ lưu cả năm "
                               "vào lịch của cơ quan."),
            "none": self.tr("Chưa có lịch năm này: thêm từng ngày hoặc nhập từ tệp."),
        }[found.origin])
        self.table.blockSignals(True)
        self.table.setRowCount(len(found.entries))
        current = -1
        for row, e in enumerate(found.entries):
            cells = (e.date.strftime("%d/%m/%Y"), self._weekdays[e.date.weekday()],
                     self._kinds.get(e.kind, e.kind), e.name, e.source)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(DATE_ROLE, e.date.isoformat())
                if col == 4:
                    item.setToolTip(text)
                self.table.setItem(row, col, item)
            if e.date == select:
                current = row
        self.table.blockSignals(False)
        if current >= 0:
            self.table.setCurrentCell(current, 0)
        else:
            self.table.clearSelection()
            self.table.setCurrentCell(-1, -1)
            if self._editing is None or self._editing.year != self.year.value():
                self._clear_form()

    def _on_row(self, row: int, _col: int = 0, _prev_row: int = -1, _prev_col: int = -1) -> None:
        if not 0 <= row < len(self._shown):
            return
        e = self._shown[row]
        self._editing = e.date
        self.date.setDate(QDate(e.date.year, e.date.month, e.date.day))
        self.kind.setCurrentIndex(max(0, self.kind.findData(e.kind)))
        self.name.setText(e.name)
        self.source.setText(e.source)
        self._show_errors({})

    def _clear_form(self) -> None:
        self._editing = None
        year = self.year.value()
        self.date.setDate(QDate(year, now_local().month, now_local().day)
                          if year == now_local().year else QDate(year, 1, 1))
        self.kind.setCurrentIndex(0)
        self.name.clear()
        self.source.clear()
        self._show_errors({})

    def _show_errors(self, by_field: dict[str, list[str]]) -> None:
        for key, label in self._errors.items():
            text = "\n".join(messages.text(m) for m in by_field.get(key, []))
            label.setText(text)
            label.setVisible(bool(text))

    # ------------------------------------------------------------------ actions

    def new_entry(self) -> None:
        self.table.clearSelection()
        self._clear_form()
        self.status.clear()
        self.date.setFocus()

    def _form_entry(self) -> dict[str, object]:
        q = self.date.date()
        return {"date": dt.date(q.year(), q.month(), q.day()), "kind": self.kind.currentData(),
                "name": self.name.text(), "source": self.source.text()}

    def save(self) -> None:
        try:
            saved = calendar_service.set_entry(self._store, self._form_entry(),
                                               replacing=self._editing, actor=self._actor)
        except ValidationFailed as exc:
            # Nothing typed is lost: the form keeps its values, each problem beside its field.
            self._show_errors({f: exc.for_field(f) for f in FIELDS})
            self.status.setText(self.tr("Chưa lưu: hãy sửa chỗ được đánh dấu đỏ."))
            first = next((f for f in FIELDS if exc.for_field(f)), "date")
            {"date": self.date, "kind": self.kind, "name": self.name,
             "source": self.source}[first].setFocus()
            return
        except InputError as exc:
            self._show_errors({})
            self.status.setText(messages.error(exc))
            return
        self._editing = saved.date
        self._show_errors({})
        if self.year.value() != saved.date.year:
            self.year.blockSignals(True)
            self.year.setValue(saved.date.year)
            self.year.blockSignals(False)
        self._load_year(select=saved.date)
        self.status.setText(self.tr("Đã lưu ngày {date}.").format(
            date=saved.date.strftime("%d/%m/%Y")))
        self.calendar_changed.emit()

    def delete(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self._shown):
            self.status.setText(self.tr("Hãy chọn một ngày trong bảng để xóa."))
            return
        e = self._shown[row]
        stamp = e.date.strftime("%d/%m/%Y")
        if not dialogs.ask(self, self.tr("Xóa ngày"),
                           self.tr("Xóa ngày {date} ({name}) khỏi lịch làm việc?").format(
                               date=stamp, name=e.name),
                           self.tr("Xóa"), self.tr("Không xóa")):
            return
        try:
            calendar_service.delete_entry(self._store, e.date, actor=self._actor)
        except InputError as exc:
            self.status.setText(messages.error(exc))
            return
        self._editing = None
        self._load_year()
        self.status.setText(self.tr("Đã xóa ngày {date}.").format(date=stamp))
        self.calendar_changed.emit()
        self.table.setFocus()

    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Nhập lịch làm việc từ tệp"), "",
            self.tr("Tệp lịch JSON (*.json);;Mọi tệp (*)"))
        if not path:
            return
        try:
            result = calendar_service.import_file(self._store, Path(path), actor=self._actor)
        except InputError as exc:
            self.status.setText(messages.error(exc))
            return
        years = ", ".join(str(y) for y in result.years)
        self.status.setText(self.tr(
            "Đã nhập {n} ngày cho năm {years}, thay cho {old} ngày đã có của các năm đó.").format(
                n=result.imported, years=years, old=result.replaced))
        if self.year.value() not in result.years:
            self.year.blockSignals(True)
            self.year.setValue(result.years[0])
            self.year.blockSignals(False)
        self._editing = None
        self._load_year()
        self.calendar_changed.emit()

    def export_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Xuất lịch làm việc ra tệp"), "lich-lam-viec.json",
            self.tr("Tệp lịch JSON (*.json)"))
        if not path:
            return
        try:
            entries = calendar_service.export_file(self._store, Path(path))
        except InputError as exc:
            self.status.setText(messages.error(exc))
            return
        years = ", ".join(str(y) for y in sorted({e.date.year for e in entries}))
        self.status.setText(self.tr("Đã xuất {n} ngày (năm {years}) ra {path}.", "", len(entries)).format(
            n=len(entries), years=years, path=path))
