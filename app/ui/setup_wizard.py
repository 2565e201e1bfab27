"""First-run set-up wizard (issue 6 item 1): the office chosen from the official list of
administrative units, its upstream and first officers, the first administrator, at-rest
encryption when available, and the office's signing key. `tiepdan init` takes the same steps.

Keyboard first: typing in the unit box narrows the list at once (no diacritics needed), ↓ goes
into the list, Enter picks; Enter elsewhere moves on. A refused step keeps everything typed
and shows each problem under its field. Nothing is written before the administrator's page;
from there on the steps cannot be taken back (Back is gone), so they are "commit" pages.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.errors import FieldProblem, TiepDanError, ValidationFailed, os_reason
from app.services import setup, users
from app.storage.store import Store
from app.ui import messages
from app.ui.widgets import ERROR_STYLE, EnterFilter, FieldErrors
from app.vn import units

PAGE_OFFICE, PAGE_PEOPLE, PAGE_ADMIN, PAGE_RECOVERY, PAGE_KEY, PAGE_DONE = range(6)
OK_STYLE = "color: #1b5e20;"
UNIT_ROLE = Qt.ItemDataRole.UserRole


class _Page(FieldErrors, QWizardPage):
    """A page whose refused step shows each problem under its field (and the rest below)."""

    def __init__(self, title: str, subtitle: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._errors = {}
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.page_error = QLabel(self)
        self.page_error.setObjectName("pageError")
        self.page_error.setStyleSheet(ERROR_STYLE)
        self.page_error.setWordWrap(True)
        self.page_error.hide()

    def wizard_(self) -> SetupWizard:
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        return wizard

    def show_problems(self, problems: list[FieldProblem]) -> bool:
        """Show `problems` (none: clear them all); True when there were none."""
        for key in self._errors:
            self._show_field_error(key, "\n".join(messages.text(p.message) for p in problems if p.field == key))
        rest = [messages.text(p.message) for p in problems if p.field not in self._errors]
        self.page_error.setText("\n".join(rest))
        self.page_error.setVisible(bool(rest))
        first = next((p.field for p in problems if p.field in self._errors), None)
        if first is not None:
            self.findChild(QLineEdit, first).setFocus()  # type: ignore[union-attr]
        return not problems

    def _line(self, key: str, text: str = "", placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setObjectName(key)
        edit.setPlaceholderText(placeholder)
        return edit


class OfficePage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Cơ quan"), self.tr(
            "Chọn xã, phường của cơ quan trong danh mục đơn vị hành chính (sau sắp xếp từ "
            "01/7/2025): gõ tên không cần dấu, ví dụ «lang», rồi Enter. Mã đơn vị là mã cơ quan."),
            parent)
        self.search = self._line("unitSearch", placeholder=self.tr("Gõ tên xã, phường…"))
        self.results = QListWidget(self)
        self.results.setObjectName("units")
        self.results.setMinimumHeight(150)
        self.picked = QLabel(self)
        self.picked.setObjectName("picked")
        self.picked.setWordWrap(True)
        self.office_code = self._line("office_code", placeholder=self.tr("ví dụ 00187"))
        self.office_name = self._line("office_name", placeholder=self.tr("ví dụ UBND phường Láng"))
        self.place_name = self._line("place_name", setup.DEFAULT_PLACE)
        form = QFormLayout()
        form.addRow(self.tr("&Tìm đơn vị:"), self.search)
        form.addRow("", self.results)
        form.addRow("", self.picked)
        hand = QLabel(self.tr("Không có trong danh mục? Nhập tay mã và tên cơ quan:"), self)
        form.addRow(hand)
        form.addRow(self.tr("&Mã cơ quan:"), self._with_error(self.office_code, "office_code"))
        form.addRow(self.tr("Tê&n cơ quan:"), self._with_error(self.office_name, "office_name"))
        form.addRow(self.tr("Đị&a danh trên văn bản:"),
                    self._with_error(self.place_name, "place_name"))
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.page_error)
        self.search.textChanged.connect(self._find)
        self.search.installEventFilter(EnterFilter(self._pick_current, self))
        self.search.installEventFilter(_DownInto(self.results, self))
        self.results.itemActivated.connect(self._pick)

    def _find(self, text: str) -> None:
        self.results.clear()
        for unit in units.search(text):
            item = QListWidgetItem(unit.label, self.results)
            item.setData(UNIT_ROLE, unit.code)
        if self.results.count():
            self.results.setCurrentRow(0)

    def _pick_current(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self._pick(item)

    def _pick(self, item: QListWidgetItem) -> None:
        unit = units.by_code(str(item.data(UNIT_ROLE)))
        if unit is None:
            return
        self.office_code.setText(unit.code)
        self.office_name.setText(unit.office_name)
        province = unit.province_name.removeprefix("Thành phố ").removeprefix("Tỉnh ")
        self.place_name.setText(province)
        self.picked.setText(self.tr("Đã chọn: {unit}").format(unit=unit.label))
        self.show_problems([])
        self.office_name.setFocus()  # Enter there moves on; the name may be edited first

    def validatePage(self) -> bool:
        return self.show_problems(setup.office_problems(self.wizard_().plan()))


class _DownInto(QObject):
    """↓ in the search box moves into the result list."""

    def __init__(self, target: QListWidget, parent: QObject) -> None:
        super().__init__(parent)
        self._target = target

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and self._target.count() and \
                event.key() == Qt.Key.Key_Down:  # type: ignore[attr-defined]
            self._target.setFocus()
            return True
        return False


class PeoplePage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Cấp trên và cán bộ"), self.tr(
            "Cơ quan cấp trên nhận dữ liệu đồng bộ và báo cáo; cán bộ tiếp công dân đầu tiên "
            "(thêm người khác sau ở Danh mục › Cán bộ)."), parent)
        self.upstream = self._line("upstream_name", setup.DEFAULT_UPSTREAM)
        self.desk_officer = self._line("desk_officer", placeholder=self.tr("ví dụ Nguyễn Thị Lan"))
        self.head = self._line("head", placeholder=self.tr("có thể để trống"))
        form = QFormLayout(self)
        form.addRow(self.tr("Cơ quan &cấp trên:"), self._with_error(self.upstream, "upstream_name"))
        form.addRow(self.tr("Cán bộ &tiếp công dân:"),
                    self._with_error(self.desk_officer, "desk_officer"))
        form.addRow(self.tr("C&hủ tịch UBND:"), self._with_error(self.head, "head"))
        form.addRow(self.page_error)

    def validatePage(self) -> bool:
        return self.show_problems(setup.people_problems(self.wizard_().plan()))


class AdminPage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Người quản trị"), self.tr(
            "Tài khoản quản trị đầu tiên: thêm người dùng, đổi cài đặt, sao lưu, khôi phục. "
            "Từ đây mỗi người dùng đăng nhập bằng tài khoản của mình."), parent)
        self.username = self._line("username", "quantri")
        self.full_name = self._line("full_name", placeholder=self.tr("ví dụ Phạm Văn Minh"))
        self.password = self._line("password")
        self.password_again = self._line("password_again")
        for edit in (self.password, self.password_again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = QLabel(self)
        self.strength.setObjectName("strength")
        self.strength.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Tên đăng &nhập:"), self._with_error(self.username, "username"))
        form.addRow(self.tr("&Họ tên:"), self._with_error(self.full_name, "full_name"))
        form.addRow(self.tr("&Mật khẩu:"), self.password)
        form.addRow("", self.strength)
        self._errors["password"] = self.strength  # a refusal shows where the live rating is
        form.addRow(self.tr("Nhập &lại mật khẩu:"),
                    self._with_error(self.password_again, "password_again"))
        form.addRow(self.page_error)
        for edit in (self.password, self.username):
            edit.textChanged.connect(self._rate)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Tạo kho dữ liệu"))
        self._rate()

    def _rate(self) -> None:
        """The password policy, live beside the field (app/services/users.password_problems)."""
        problems = users.password_problems(self.password.text(),
                                           self.username.text().strip().lower())
        if not self.password.text():
            text, style = self.tr("Ít nhất {n} ký tự, có cả chữ và số, không chứa tên đăng nhập."
                                  ).format(n=users.MIN_PASSWORD), ""
        elif problems:
            text, style = self.tr("Chưa đủ mạnh: {why}.").format(why="; ".join(messages.text(p) for p in problems)), \
                ERROR_STYLE
        else:
            text, style = self.tr("Mật khẩu đủ mạnh."), OK_STYLE
        self.strength.setText(text)
        self.strength.setStyleSheet(style)
        self.strength.show()

    def validatePage(self) -> bool:
        wizard = self.wizard_()
        plan = wizard.plan()
        if not self.show_problems(setup.admin_problems(plan)):
            return False
        try:
            wizard.result_ = setup.create(wizard.store, plan)
        except ValidationFailed as exc:
            return self.show_problems(list(exc.problems))
        except TiepDanError as exc:
            return self.show_problems([FieldProblem("", messages.error(exc))])
        if setup.encryption_hook is None:  # nothing after this page needs the password
            wizard.take_password()
        return True

    def nextId(self) -> int:
        return PAGE_RECOVERY if setup.encryption_hook is not None else PAGE_KEY


class RecoveryKeyPage(_Page):
    """The at-rest encryption step (setup.encryption_hook): its recovery key shown once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Mã hóa dữ liệu và mã khôi phục"), self.tr(
            "Dữ liệu được mã hóa; chỉ mở được bằng mật khẩu người dùng hoặc mã khôi phục dưới "
            "đây. Mã chỉ hiện một lần: in hoặc chép ra giấy, giao lãnh đạo cất giữ."), parent)
        self.recovery_key = QLineEdit(self)
        self.recovery_key.setObjectName("recoveryKey")
        self.recovery_key.setReadOnly(True)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(font.pointSize() + 3)
        self.recovery_key.setFont(font)
        self.print_button = QPushButton(self.tr("&In mã khôi phục…"), self)
        self.print_button.clicked.connect(self._print)
        self.saved = QCheckBox(self.tr("Tôi đã &in hoặc chép mã khôi phục và cất giữ an toàn"), self)
        self.saved.setObjectName("recoverySaved")
        self.registerField("recovery_saved*", self.saved)
        lay = QVBoxLayout(self)
        lay.addWidget(self.recovery_key)
        lay.addWidget(self.print_button)
        lay.addWidget(self.saved)
        lay.addWidget(self.page_error)
        self.setCommitPage(True)

    def initializePage(self) -> None:
        wizard = self.wizard_()
        if self.recovery_key.text() or wizard.result_ is None:
            return
        try:
            key = setup.enable_encryption(wizard.store, wizard.result_.admin.username,
                                          wizard.take_password())
        except TiepDanError as exc:
            self.show_problems([FieldProblem("", messages.error(exc))])
            return
        self.recovery_key.setText(key or "")

    def _print(self) -> None:
        """The sheet through the printing kit (reportlab), like every printed page."""
        from datetime import date

        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from app.printing import recovery_sheet
        from app.ui.print_jobs import PrintFailed, paint_pdf

        printer = QPrinter()
        if QPrintDialog(printer, self).exec() != QPrintDialog.DialogCode.Accepted:
            return
        done = self.wizard_().result_
        office = done.office if done else None
        pdf = recovery_sheet.render(office.name if office else "",
                                    (office.place_name or "") if office else "", date.today(),
                                    self.recovery_key.text())
        try:
            paint_pdf(pdf, printer)
        except PrintFailed as exc:
            self.show_problems([FieldProblem("", str(exc))])


class KeyPage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Khóa ký của cơ quan"), self.tr(
            "Dữ liệu gửi cấp trên được ký bằng khóa riêng của cơ quan, để cấp trên biết chắc "
            "dữ liệu đến từ đây và không bị sửa dọc đường."), parent)
        self.make_key = QCheckBox(self.tr("&Tạo khóa ký ngay (có thể tạo sau bằng lệnh "
                                          "«tiepdan keys init»)"), self)
        self.make_key.setObjectName("makeKey")
        self.make_key.setChecked(True)
        from app.sync.keys import PASSPHRASE_ENV

        protected = bool(os.environ.get(PASSPHRASE_ENV))
        self.protection = QLabel((self.tr(
            "Khóa sẽ được bảo vệ bằng cụm mật khẩu trong biến môi trường {env}.") if protected
            else self.tr("Máy này chưa đặt cụm mật khẩu cho khóa (biến môi trường {env}): khóa "
                         "được lưu trong thư mục dữ liệu, chỉ tài khoản Windows này đọc được.")
            ).format(env=PASSPHRASE_ENV), self)
        self.protection.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.make_key)
        lay.addWidget(self.protection)
        lay.addWidget(self.page_error)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Tiếp >"))

    def validatePage(self) -> bool:
        wizard = self.wizard_()
        if not self.make_key.isChecked() or wizard.key_fingerprint:
            return True
        from app.sync import keys

        try:
            wizard.key_fingerprint = keys.init_keys(wizard.store).fingerprint
        except TiepDanError as exc:
            return self.show_problems([FieldProblem("", messages.error(exc))])
        except OSError as exc:
            return self.show_problems([FieldProblem("", self.tr(
                "Không ghi được khóa vào thư mục dữ liệu ({why}). Kiểm tra ổ đĩa rồi thử lại, "
                "hoặc bỏ chọn để tạo sau.").format(why=messages.text(os_reason(exc))))])
        return True


class DonePage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Hoàn tất"), "", parent)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        QVBoxLayout(self).addWidget(self.summary)

    def initializePage(self) -> None:
        wizard = self.wizard_()
        wizard.setOption(QWizard.WizardOption.NoCancelButton)  # all is made: only Finish
        done = wizard.result_
        if done is None:
            return
        key = (self.tr("Khóa ký: vân tay <b>{fp}</b> (đọc cho cấp trên khi đăng ký đồng bộ).")
               .format(fp=wizard.key_fingerprint) if wizard.key_fingerprint
               else self.tr("Khóa ký: chưa tạo (lệnh «tiepdan keys init»)."))
        self.summary.setText(self.tr(
            "Kho dữ liệu đã sẵn sàng cho <b>{office}</b> (mã {code}).<br>"
            "Người quản trị: <b>{user}</b> — đang đăng nhập; lần sau đăng nhập bằng tài khoản này."
            "<br>{key}<br><br>Thêm người dùng cho cán bộ ở Quản trị › Người dùng; đổi thông tin "
            "cơ quan, máy in, sao lưu ở Quản trị › Cài đặt.").format(
            office=done.office.name, code=done.office.code, user=done.admin.username, key=key))


class SetupWizard(QWizard):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.result_: setup.SetupResult | None = None
        self.key_fingerprint = ""
        self.setWindowTitle(self.tr("TiepDan – Thiết lập lần đầu"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        for button, text in ((QWizard.WizardButton.BackButton, self.tr("< &Quay lại")),
                             (QWizard.WizardButton.NextButton, self.tr("&Tiếp >")),
                             (QWizard.WizardButton.FinishButton, self.tr("&Bắt đầu sử dụng")),
                             (QWizard.WizardButton.CancelButton, self.tr("&Hủy"))):
            self.setButtonText(button, text)
        self.office_page, self.people_page, self.admin_page = (
            OfficePage(self), PeoplePage(self), AdminPage(self))
        self.recovery_page, self.key_page, self.done_page = (
            RecoveryKeyPage(self), KeyPage(self), DonePage(self))
        for pid, page in ((PAGE_OFFICE, self.office_page), (PAGE_PEOPLE, self.people_page),
                          (PAGE_ADMIN, self.admin_page), (PAGE_RECOVERY, self.recovery_page),
                          (PAGE_KEY, self.key_page), (PAGE_DONE, self.done_page)):
            self.setPage(pid, page)
        self.resize(720, 560)

    def plan(self) -> setup.SetupPlan:
        o, p, a = self.office_page, self.people_page, self.admin_page
        return setup.SetupPlan(
            office_code=o.office_code.text(), office_name=o.office_name.text(),
            place_name=o.place_name.text(), upstream_name=p.upstream.text(),
            desk_officer=p.desk_officer.text(), head=p.head.text(),
            admin_username=a.username.text(), admin_full_name=a.full_name.text(),
            admin_password=a.password.text(), admin_password_again=a.password_again.text())

    def take_password(self) -> str:
        """The administrator's password, once (for the encryption step), then forgotten."""
        password = self.admin_page.password.text()
        self.admin_page.password.clear()
        self.admin_page.password_again.clear()
        return password
