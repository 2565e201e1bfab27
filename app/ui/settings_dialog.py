"""Quản trị › Cài đặt: the office's details, upstream, printer and paper, idle lock, backups,
hot-spot thresholds and (a button) the calendar. Every value is read and written through the
services, which check it and audit the change as whoever makes it; a group the signed-in role
may not change is shown but disabled (the services refuse it anyway)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.actor import Actor
from app.errors import FieldProblem, InputError, TiepDanError, ValidationFailed
from app.services import backup, dashboard, settings, users
from app.storage.backup import Rotation
from app.storage.store import Store
from app.ui import messages, translations
from app.ui.widgets import ERROR_STYLE, FieldErrors


def _spin(low: int, high: int, value: int, suffix: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    box.setSuffix(suffix)
    return box


class SettingsDialog(FieldErrors, QDialog):
    saved = Signal(list)  # groups a save changed: office, print, idle_lock, backup, hot_spots, language

    def __init__(self, store: Store, parent: QWidget | None = None, *,
                 actor: Actor | None = None) -> None:
        super().__init__(parent)
        self._errors = {}
        self._store, self._actor = store, actor
        self.setWindowTitle(self.tr("Cài đặt"))
        self.setObjectName("settings")
        self.saved_groups: list[str] = []  # what the last save changed (the caller reacts)
        self._load()
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._office_tab(), self.tr("&Cơ quan"))
        self.tabs.addTab(self._print_tab(), self.tr("&In"))
        self.tabs.addTab(self._safety_tab(), self.tr("&Bảo mật, sao lưu"))
        self.tabs.addTab(self._watch_tab(), self.tr("&Theo dõi, lịch"))
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("&Lưu"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        buttons.addButton(self.tr("Đó&ng"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs)
        lay.addWidget(self.status)
        lay.addWidget(buttons)
        self._apply_roles()
        self.resize(620, 420)

    # ------------------------------------------------------------------ reading

    def _load(self) -> None:
        s = self._store
        self.office = settings.office_details(s)
        self.printing = settings.print_settings(s)
        self.idle = users.idle_lock_minutes(s)
        self.backup = backup.settings(s)
        self.thresholds = dashboard.thresholds(s)

    # ------------------------------------------------------------------ tabs

    def _form(self) -> tuple[QWidget, QFormLayout]:
        page = QWidget(self)
        return page, QFormLayout(page)

    def _line(self, key: str, text: str) -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setObjectName(key)
        return edit

    def _office_tab(self) -> QWidget:
        page, form = self._form()
        self.office_code = QLabel(self.office.code, self)
        self.office_code.setToolTip(self.tr("Cấp trên nhận dữ liệu theo mã này: không đổi được."))
        self.office_name = self._line("office_name", self.office.name)
        self.place_name = self._line("place_name", self.office.place_name)
        self.upstream_name = self._line("upstream_name", self.office.upstream_name)
        form.addRow(self.tr("Mã cơ quan:"), self.office_code)
        form.addRow(self.tr("Tên cơ &quan:"), self._with_error(self.office_name, "office_name"))
        form.addRow(self.tr("Đị&a danh trên văn bản:"),
                    self._with_error(self.place_name, "place_name"))
        form.addRow(self.tr("Cơ quan cấp t&rên:"),
                    self._with_error(self.upstream_name, "upstream_name"))
        self.language = QComboBox(self)  # this computer's choice (QSettings), not the office's
        self.language.setObjectName("language")
        for code, name in translations.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(translations.chosen_language()))
        form.addRow(self.tr("N&gôn ngữ / Language:"), self.language)
        form.addRow(QLabel(self.tr("Ngôn ngữ mới áp dụng từ lần mở chương trình sau."), self))
        return page

    def _print_tab(self) -> QWidget:
        from PySide6.QtPrintSupport import QPrinterInfo

        page, form = self._form()
        self.printer = QComboBox(self)
        self.printer.setObjectName("printer")
        self.printer.addItem(self.tr("Máy in mặc định của Windows"), "")
        names = list(QPrinterInfo.availablePrinterNames())
        if self.printing.printer and self.printing.printer not in names:
            names.append(self.printing.printer)  # chosen earlier, not connected now: kept
        for name in names:
            self.printer.addItem(name, name)
        self.printer.setCurrentIndex(max(self.printer.findData(self.printing.printer), 0))
        self.paper = QComboBox(self)
        self.paper.setObjectName("paper")
        for code, text in (("A4", self.tr("A4 (210 × 297 mm)")),
                           ("A5", self.tr("A5 (148 × 210 mm)"))):
            self.paper.addItem(text, code)
        self.paper.setCurrentIndex(max(self.paper.findData(self.printing.paper), 0))
        form.addRow(self.tr("&Máy in:"), self._with_error(self.printer, "printer"))
        form.addRow(self.tr("&Khổ giấy phiếu, giấy biên nhận:"),
                    self._with_error(self.paper, "paper"))
        form.addRow(QLabel(self.tr("Khi in vẫn đổi được máy in, khổ giấy cho từng lần in."), self))
        return page

    def _safety_tab(self) -> QWidget:
        page, form = self._form()
        self.idle_minutes = _spin(0, 240, self.idle, self.tr(" phút"))
        self.idle_minutes.setObjectName("idle_lock")
        self.idle_minutes.setSpecialValueText(self.tr("không tự khóa"))
        form.addRow(self.tr("Tự khóa màn hình &sau:"),
                    self._with_error(self.idle_minutes, "idle_lock"))
        self.second_dir = self._line("second_dir", str(self.backup.second_dir or ""))
        self.second_dir.setPlaceholderText(self.tr("không có (ví dụ ổ USB E:\\SaoLuu)"))
        choose = QPushButton(self.tr("C&họn…"), self)
        choose.setAutoDefault(False)
        choose.clicked.connect(self._choose_dir)
        row = QHBoxLayout()
        row.addWidget(self.second_dir, 1)
        row.addWidget(choose)
        form.addRow(self.tr("Nơi s&ao lưu thứ hai:"), self._with_error(row, "second_dir"))
        r = self.backup.rotation
        self.keep_daily = _spin(1, 1000, r.daily, self.tr(" bản hằng ngày"))
        self.keep_weekly = _spin(1, 1000, r.weekly, self.tr(" bản hằng tuần"))
        self.keep_monthly = _spin(1, 1000, r.monthly, self.tr(" bản hằng tháng"))
        keep = QHBoxLayout()
        for box in (self.keep_daily, self.keep_weekly, self.keep_monthly):
            keep.addWidget(box)
        form.addRow(self.tr("&Giữ lại:"), self._with_error(keep, "rotation"))
        return page

    def _watch_tab(self) -> QWidget:
        page, form = self._form()
        t = self.thresholds
        self.min_count = _spin(2, 1000, t.min_count, self.tr(" vụ việc"))
        self.window_days = _spin(1, 366, t.window_days, self.tr(" ngày"))
        form.addRow(self.tr("Cảnh báo điể&m nóng khi có từ:"),
                    self._with_error(self.min_count, "min_count"))
        form.addRow(self.tr("cùng địa bàn, lĩnh vực tr&ong:"),
                    self._with_error(self.window_days, "window_days"))
        self.calendar_button = QPushButton(self.tr("Lịch làm &việc, ngày nghỉ…"), self)
        self.calendar_button.setAutoDefault(False)
        self.calendar_button.clicked.connect(self.open_calendar)
        form.addRow(self.tr("Lịch:"), self.calendar_button)
        return page

    def _apply_roles(self) -> None:
        for action, widgets in (
                ("settings.office", (self.office_name, self.place_name, self.upstream_name)),
                ("settings.print", (self.printer, self.paper)),
                ("settings.idle_lock", (self.idle_minutes,)),
                ("settings.backup", (self.second_dir, self.keep_daily, self.keep_weekly,
                                     self.keep_monthly)),
                ("settings.hot_spots", (self.min_count, self.window_days)),
                ("calendar.set", (self.calendar_button,))):
            for w in widgets:
                w.setEnabled(users.may(self._store, action))

    def _choose_dir(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Nơi sao lưu thứ hai"),
                                                self.second_dir.text())
        if path:
            self.second_dir.setText(path)

    def open_calendar(self) -> QDialog:
        from app.ui.calendar_editor import CalendarEditorDialog

        dialog = CalendarEditorDialog(self._store, self, actor=self._actor)
        dialog.open()
        return dialog

    # ------------------------------------------------------------------ saving

    def _changes(self) -> list[tuple[str, object]]:
        """(group, a call that saves it) for each group whose values changed."""
        s, a = self._store, self._actor
        out: list[tuple[str, object]] = []
        office = (self.office_name.text(), self.place_name.text(), self.upstream_name.text())
        if office != (self.office.name, self.office.place_name, self.office.upstream_name):
            out.append(("office", lambda: settings.set_office_details(s, *office, actor=a)))
        printing = (str(self.printer.currentData() or ""), str(self.paper.currentData()))
        if printing != (self.printing.printer, self.printing.paper):
            out.append(("print", lambda: settings.set_print_settings(s, *printing, actor=a)))
        if self.idle_minutes.value() != self.idle:
            out.append(("idle_lock", lambda: users.set_idle_lock_minutes(
                s, self.idle_minutes.value(), actor=a)))
        second = self.second_dir.text().strip()
        rotation = Rotation(self.keep_daily.value(), self.keep_weekly.value(),
                            self.keep_monthly.value())
        if (second, rotation) != (str(self.backup.second_dir or ""), self.backup.rotation):
            out.append(("backup", lambda: backup.set_settings(
                s, rotation, Path(second) if second else None, actor=a)))
        hot = (self.min_count.value(), self.window_days.value())
        if hot != (self.thresholds.min_count, self.thresholds.window_days):
            out.append(("hot_spots", lambda: dashboard.set_thresholds(s, *hot, actor=a)))
        language = str(self.language.currentData())
        if language != translations.chosen_language():
            out.append(("language", lambda: translations.choose_language(language)))
        return out

    def save(self) -> bool:
        """Save each changed group; stop at the first refusal, with the reason beside its
        field. What was saved before it stays saved; nothing typed is lost."""
        for key in self._errors:
            self._show_field_error(key, "")
        self.saved_groups = []
        for group, call in self._changes():
            try:
                call()  # type: ignore[operator]
            except ValidationFailed as exc:
                self._show(exc.problems, group)
                return False
            except InputError as exc:  # backup settings: one message for the group
                self._show([FieldProblem("rotation", messages.error(exc))], group)
                return False
            except TiepDanError as exc:
                self._show([FieldProblem("", messages.error(exc))], group)
                return False
            self.saved_groups.append(group)
        self._load()
        if self.saved_groups:
            self.saved.emit(list(self.saved_groups))
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Đã lưu.") if self.saved_groups
                            else self.tr("Không có gì thay đổi."))
        return True

    def _show(self, problems: list[FieldProblem] | tuple[FieldProblem, ...], group: str) -> None:
        rest = []
        for p in problems:
            if p.field in self._errors:
                self._show_field_error(p.field, messages.text(p.message))
                label = self._errors[p.field]
                self.tabs.setCurrentIndex(self.tabs.indexOf(self._tab_of(label)))
            else:
                rest.append(messages.text(p.message))
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(" ".join(rest) or self.tr(
            "Chưa lưu: sửa chỗ được đánh dấu đỏ rồi lưu lại."))

    def _tab_of(self, widget: QWidget) -> QWidget:
        """The tab page that holds `widget`."""
        while self.tabs.indexOf(widget) < 0:
            parent = widget.parentWidget()
            if parent is None:
                break
            widget = parent
        return widget
