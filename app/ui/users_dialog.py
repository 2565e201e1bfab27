"""Users for the administrator (Quản trị › Người dùng…) and a password change for everyone.

All rules (who may, strong passwords, the first admin) live in app/services/users.py; refusals
come back as Vietnamese messages shown here, and what was typed stays."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.actor import Actor
from app.errors import TiepDanError, ValidationFailed
from app.law.permissions import ROLES, ROLES_WITH_OFFICER
from app.services import office, users
from app.storage.store import Store
from app.ui import messages
from app.ui.widgets import ERROR_STYLE


def _message(exc: TiepDanError) -> str:
    if isinstance(exc, ValidationFailed):
        return "\n".join(messages.text(p.message) for p in exc.problems)
    return messages.error(exc)


def _password_field(parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class UsersDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None, *,
                 actor: Actor | None = None) -> None:
        super().__init__(parent)
        self._store, self._actor = store, actor
        self.setWindowTitle(self.tr("Người dùng"))
        self.resize(820, 520)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("Tên đăng nhập"), self.tr("Họ và tên"),
                                              self.tr("Vai trò"), self.tr("Trạng thái"),
                                              self.tr("Đăng nhập gần nhất")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.username, self.full_name = QLineEdit(self), QLineEdit(self)
        self.role = QComboBox(self)
        for code, label in ROLES.items():
            self.role.addItem(label, code)
        self.officer = QComboBox(self)
        self.officer.addItem(self.tr("— (không gắn cán bộ)"), None)
        for o in office.list_officers(store):
            self.officer.addItem(f"{o.full_name} ({o.code})", o.id)
        self.password, self.repeat = _password_field(self), _password_field(self)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Tên đăng nhập"), self.username)
        form.addRow(self.tr("Họ và tên"), self.full_name)
        form.addRow(self.tr("Vai trò"), self.role)
        form.addRow(self.tr("Cán bộ"), self.officer)
        form.addRow(self.tr("Mật khẩu (tạm)"), self.password)
        form.addRow(self.tr("Nhập lại mật khẩu"), self.repeat)
        add = QPushButton(self.tr("&Thêm người dùng"), self)
        add.clicked.connect(self.add)
        self.toggle = QPushButton(self.tr("&Vô hiệu hóa / mở lại"), self)
        self.toggle.clicked.connect(self.toggle_disabled)
        reset = QPushButton(self.tr("Đặt &lại mật khẩu (dùng mật khẩu tạm ở trên)"), self)
        reset.clicked.connect(self.reset_password)
        close = QPushButton(self.tr("Đóng (Esc)"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for b in (add, self.toggle, reset):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        root = QVBoxLayout(self)
        root.addWidget(self.table, 1)
        root.addLayout(form)
        root.addWidget(self.error)
        root.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        try:
            rows = users.list_users(self._store)
        except TiepDanError as exc:
            self.error.setText(_message(exc))
            rows = []
        self.table.setRowCount(len(rows))
        for r, u in enumerate(rows):
            state = self.tr("Đã vô hiệu hóa") if u.disabled else (
                self.tr("Đang bị khóa tạm") if u.locked_until else self.tr("Đang dùng"))
            last = u.last_sign_in_at.strftime("%d/%m/%Y %H:%M") if u.last_sign_in_at else "—"
            for c, text in enumerate((u.username, u.full_name, u.role_label, state, last)):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def _selected(self) -> str | None:
        item = self.table.item(self.table.currentRow(), 0)
        return item.text() if item else None

    def _passwords(self) -> str | None:
        if self.password.text() != self.repeat.text():
            self.error.setText(self.tr("Hai lần nhập mật khẩu không giống nhau."))
            return None
        return self.password.text()

    def add(self) -> None:
        password = self._passwords()
        if password is None:
            return
        role = self.role.currentData()
        officer_id = self.officer.currentData() if role in ROLES_WITH_OFFICER else None
        try:
            users.add_user(self._store, self.username.text(), self.full_name.text(), role,
                           password, officer_id=officer_id, actor=self._actor)
        except TiepDanError as exc:
            self.error.setText(_message(exc))
            return
        self.error.clear()
        for field in (self.username, self.full_name, self.password, self.repeat):
            field.clear()
        self.refresh()

    def toggle_disabled(self) -> None:
        name = self._selected()
        if name is None:
            self.error.setText(self.tr("Chọn một người dùng trong bảng."))
            return
        try:
            disabled = users.get_user(self._store, name).disabled
            users.set_disabled(self._store, name, not disabled, actor=self._actor)
        except TiepDanError as exc:
            self.error.setText(_message(exc))
            return
        self.error.clear()
        self.refresh()

    def reset_password(self) -> None:
        name = self._selected()
        password = self._passwords()
        if name is None or password is None:
            if name is None:
                self.error.setText(self.tr("Chọn một người dùng trong bảng."))
            return
        try:
            users.reset_password(self._store, name, password, actor=self._actor)
        except TiepDanError as exc:
            self.error.setText(_message(exc))
            return
        self.error.setText(self.tr("Đã đặt mật khẩu tạm cho {name}; người đó phải đổi khi đăng "
                                   "nhập.").format(name=name))
        self.password.clear()
        self.repeat.clear()


class PasswordDialog(QDialog):
    """The signed-in user changes their own password (required after an admin's reset)."""

    def __init__(self, store: Store, username: str, parent: QWidget | None = None, *,
                 required: bool = False) -> None:
        super().__init__(parent)
        self._store, self._username = store, username
        self.setWindowTitle(self.tr("Đổi mật khẩu"))
        self.old, self.new, self.repeat = (_password_field(self) for _ in range(3))
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Mật khẩu hiện tại"), self.old)
        form.addRow(self.tr("Mật khẩu mới"), self.new)
        form.addRow(self.tr("Nhập lại mật khẩu mới"), self.repeat)
        save = QPushButton(self.tr("Đổi mật khẩu"), self)
        save.setAutoDefault(False)
        save.clicked.connect(self.save)
        self.repeat.returnPressed.connect(self.save)
        root = QVBoxLayout(self)
        if required:
            root.addWidget(QLabel(self.tr("Mật khẩu của bạn là mật khẩu tạm: hãy đổi trước khi "
                                          "làm việc."), self))
        root.addLayout(form)
        root.addWidget(self.error)
        root.addWidget(save)

    def save(self) -> None:
        if self.new.text() != self.repeat.text():
            self.error.setText(self.tr("Hai lần nhập mật khẩu mới không giống nhau."))
            return
        try:
            users.change_password(self._store, self._username, self.old.text(), self.new.text())
        except TiepDanError as exc:
            self.error.setText(_message(exc))
            return
        self.accept()
