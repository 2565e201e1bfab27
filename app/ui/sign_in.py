"""Sign-in before the main window, for a store that has user accounts (app/services/users.py).

A store without accounts ("desk mode") opens as before, without this dialog. An encrypted
store cannot be opened before a password is right: then the dialog is given the data folder
instead of a store, and unlocks, opens and signs in (app/services/encryption.py); `store`
holds the opened store afterwards.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import TiepDanError
from app.services import users
from app.services.users import UserInfo
from app.storage.store import Store
from app.ui import messages
from app.ui.widgets import ERROR_STYLE


class SignInDialog(QDialog):
    def __init__(self, store: Store | None, parent: QWidget | None = None, *,
                 data_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._data_dir = data_dir
        self.user: UserInfo | None = None
        self.setWindowTitle(self.tr("TiepDan – Đăng nhập"))
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Tên đăng nhập"), self.username)
        form.addRow(self.tr("&Mật khẩu"), self.password)
        buttons = QDialogButtonBox(self)
        ok = buttons.addButton(self.tr("Đăng nhập"), QDialogButtonBox.ButtonRole.AcceptRole)
        # Enter is handled by the fields (returnPressed), so it never signs in twice.
        ok.setAutoDefault(False)
        buttons.addButton(self.tr("Thoát"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._try)
        buttons.rejected.connect(self.reject)
        self.username.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self._try)
        root = QVBoxLayout(self)
        root.addWidget(QLabel(self.tr("Máy này dùng chung: mỗi cán bộ đăng nhập bằng tài khoản "
                                      "của mình."), self))
        root.addLayout(form)
        root.addWidget(self.error)
        root.addWidget(buttons)
        self.username.setFocus()

    def _try(self) -> None:
        try:
            if self.store is None:
                from app.services import encryption

                assert self._data_dir is not None
                self.store = encryption.open_signed_in(self._data_dir, self.username.text(),
                                                       self.password.text())
                self.user = users.current(self.store)
            else:
                self.user = users.sign_in(self.store, self.username.text(),
                                          self.password.text())
        except TiepDanError as exc:
            self.error.setText(messages.error(exc))
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()
