"""Message boxes and button rows with Vietnamese button texts.

Qt ships no Vietnamese catalogue for its own buttons (no qtbase_vi.qm), so standard buttons
would read "OK", "Cancel", "Close": every button here carries our own translated text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

translate = QCoreApplication.translate  # lupdate reads translate("context", "text") calls


def inform(parent: QWidget | None, title: str, text: str,
           icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> None:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.addButton(translate("dialogs", "Đóng"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def warn(parent: QWidget | None, title: str, text: str) -> None:
    inform(parent, title, text, QMessageBox.Icon.Warning)


def fail(parent: QWidget | None, title: str, text: str) -> None:
    inform(parent, title, text, QMessageBox.Icon.Critical)


def ask(parent: QWidget | None, title: str, text: str, yes: str, no: str) -> bool:
    """True when the person chose `yes`; `no` is the default (Enter/Esc are safe)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.YesRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def confirm_discard(parent: QWidget, title: str, text: str, back: str) -> bool:
    """Asked before typed text is thrown away: True to throw it away (tests monkeypatch this)."""
    return ask(parent, title, text, translate("dialogs", "Bỏ, không lưu"), back)


class GuardedDialog(QDialog):
    """A form whose Esc (or Hủy) asks before typed text is thrown away.

    A subclass words the question (discard_question) and may say what counts as typed
    (has_typed_content); by default, any change to fingerprint() since remember_initial().
    """

    _initial: tuple[object, ...] = ()

    def fingerprint(self) -> tuple[object, ...]:
        return ()

    def remember_initial(self) -> None:
        self._initial = self.fingerprint()

    def has_typed_content(self) -> bool:
        return self.fingerprint() != self._initial

    def discard_question(self) -> tuple[str, str, str]:
        """The question's title, its text and the button that goes back to the form."""
        raise NotImplementedError

    def reject(self) -> None:
        if self.has_typed_content() and not confirm_discard(self, *self.discard_question()):
            return
        super().reject()


def close_row(parent: QWidget) -> QDialogButtonBox:
    row = QDialogButtonBox(parent)
    row.addButton(translate("dialogs", "Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
    return row


def ok_cancel_row(parent: QWidget, ok: str) -> QDialogButtonBox:
    row = QDialogButtonBox(parent)
    accept = row.addButton(ok, QDialogButtonBox.ButtonRole.AcceptRole)
    accept.setDefault(True)
    row.addButton(translate("dialogs", "Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
    return row
