"""Small widget helpers shared by the pages and dialogs."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLayout, QVBoxLayout, QWidget


def find_data(combo: QComboBox, value: object) -> int:
    """The index whose data equals `value`, or -1.

    QComboBox.findData compares Python objects by identity, so an equal uuid.UUID read again
    from the store is not found; this compares by equality.
    """
    for i in range(combo.count()):
        if combo.itemData(i) == value:
            return i
    return -1


ERROR_STYLE = "color: #b00020;"  # a problem beside its field (and in summaries)


class EnterFilter(QObject):
    """Routes Enter in a line edit to a handler instead of the dialog's default button."""

    def __init__(self, handler: Callable[[], object], parent: QObject) -> None:
        super().__init__(parent)
        self._handler = handler

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (  # type: ignore[attr-defined]
                Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._handler()
            return True
        return False


class FieldErrors:
    """For forms (mixed into a QDialog): a hidden error label under each field, by key, shown
    with the Vietnamese message of a refused save (ValidationFailed problems)."""

    _errors: dict[str, QLabel]

    def _error_label(self, key: str) -> QLabel:
        label = QLabel(cast(QWidget, self))  # mixed into a QDialog
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        self._errors[key] = label
        return label

    def _with_error(self, widget: QWidget | QLayout, key: str) -> QWidget:
        box = QWidget(cast(QWidget, self))
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(1)
        if isinstance(widget, QWidget):
            lay.addWidget(widget)
        else:
            lay.addLayout(widget)
        lay.addWidget(self._error_label(key))
        return box

    def _show_field_error(self, key: str, message: str) -> None:
        label = self._errors.get(key)
        if label is None:
            return
        label.setText(message)
        label.setVisible(bool(message))
