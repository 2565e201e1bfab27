"""Idle auto-lock for a signed-in user (issue 6): after N minutes without keyboard or mouse the
application is covered by a dialog asking the same user's password. Everything open behind it
— a half-typed visit form included — stays as it was."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import TiepDanError
from app.services import users
from app.storage.store import Store
from app.ui import messages
from app.ui.widgets import ERROR_STYLE

_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
             QEvent.Type.Wheel, QEvent.Type.TouchBegin}


class LockDialog(QDialog):
    """Cannot be closed except by the signed-in user's password."""

    def __init__(self, store: Store, username: str, full_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self._username = store, username
        self.setWindowTitle(self.tr("TiepDan – Đã khóa"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        unlock = QPushButton(self.tr("&Mở khóa"), self)
        unlock.setAutoDefault(False)
        unlock.clicked.connect(self._try)
        self.password.returnPressed.connect(self._try)
        root = QVBoxLayout(self)
        root.addWidget(QLabel(self.tr(
            "Máy đã tự khóa vì lâu không dùng. Những gì đang nhập vẫn được giữ nguyên.<br>"
            "<b>{name}</b>: nhập mật khẩu để tiếp tục.").format(name=full_name), self))
        root.addWidget(self.password)
        root.addWidget(self.error)
        root.addWidget(unlock)

    def _try(self) -> None:
        try:
            users.sign_in(self._store, self._username, self.password.text(), keep=True)
        except TiepDanError as exc:
            self.error.setText(messages.error(exc))
            self.password.clear()
            return
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            return  # Esc does not unlock
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.result() != QDialog.DialogCode.Accepted:
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:  # Esc / the window's close button
        pass


class IdleLock(QObject):
    """Watches the application's input; locks after `msecs` without any."""

    def __init__(self, window: QWidget, store: Store, username: str, full_name: str,
                 msecs: int) -> None:
        super().__init__(window)
        self._window, self._store = window, store
        self._username, self._full_name = username, full_name
        self.dialog: LockDialog | None = None
        self._off = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(msecs)
        self._timer.timeout.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._timer.start()

    def set_minutes(self, minutes: int) -> None:
        """A new delay from the settings (0: never lock)."""
        self._off = minutes == 0
        self._timer.stop()
        if minutes:
            self._timer.setInterval(minutes * 60_000)
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.dialog is None and not self._off:
            self._timer.start()
        return False

    def lock(self) -> None:
        if self.dialog is not None:
            return
        self.dialog = LockDialog(self._store, self._username, self._full_name, self._window)
        self.dialog.finished.connect(self._unlocked)
        self.dialog.open()
        self.dialog.password.setFocus()

    def _unlocked(self, _result: int) -> None:
        self.dialog = None
        if not self._off:
            self._timer.start()
