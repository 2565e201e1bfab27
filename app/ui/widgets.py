"""Small widget helpers shared by the pages and dialogs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import cast

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QListView,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)


def find_data(combo: QComboBox, value: object) -> int:
    """The index whose data equals `value`, or -1.

    QComboBox.findData compares Python objects by identity, so an equal uuid.UUID read again
    from the store is not found; this compares by equality.
    """
    for i in range(combo.count()):
        if combo.itemData(i) == value:
            return i
    return -1


def shorten(text: str, limit: int) -> str:
    """At most `limit` characters: a longer text is cut at a word and ends in "…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit * 2 // 3:  # a word boundary not too far back
        cut = cut[:space]
    return cut.rstrip(" ,;.:-–") + "…"


class WrappingDelegate(QStyledItemDelegate):
    """Rows of a list as tall as their word-wrapped text at the list's width.

    QListView's own word wrap sizes a row before it knows the width, so long rows end in
    "…" or leave gaps; this measures each row at the viewport's width.
    """

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        view.setWordWrap(True)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        view.setResizeMode(QListView.ResizeMode.Adjust)  # re-measure when the width changes
        view.setItemDelegate(self)

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        view = self._view
        width = view.viewport().width() - 2 * view.spacing()
        style = view.style()
        h_margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, opt, view) + 1
        v_margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameVMargin, opt, view) + 1
        text = opt.fontMetrics.boundingRect(
            QRect(0, 0, max(40, width - 2 * h_margin), 1 << 20),
            Qt.TextFlag.TextWordWrap, opt.text)
        return QSize(width, text.height() + 2 * v_margin + 2)


def parse_dmy(text: str) -> date | None:
    """dd/mm/yyyy as people type it (also d/m/yyyy or dd-mm-yyyy); raises ValueError if wrong."""
    text = text.strip().replace("-", "/").replace(".", "/")
    if not text:
        return None
    d, m, y = (int(x) for x in text.split("/"))
    return date(y, m, d)


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
    """For forms (mixed into a QDialog, or a part of one): a hidden error label under each field,
    by key, shown with the Vietnamese message of a refused save (ValidationFailed problems).
    A part of a form shares the form's `_errors`, so the form shows and clears them all."""

    _errors: dict[str, QLabel]

    def _error_label(self, key: str) -> QLabel:
        label = QLabel(cast(QWidget, self))  # mixed into a QWidget
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


def form_body(form: QWidget, fields: QLayout, side: QWidget, buttons: QWidget) -> QScrollArea:
    """Lays out a big form: its fields scroll, a side panel beside them, the buttons below,
    sized to the screen. Returns the scroll area (to bring a field with a problem into view)."""
    inner = QWidget(form)
    inner.setLayout(fields)
    # Scrolls rather than overflows at 125–150 % Windows scaling on a 1366×768 screen.
    scroll = QScrollArea(form)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(inner)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    for combo in inner.findChildren(QComboBox):
        # Long legal labels must not force the form wider than a small screen.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
    body = QHBoxLayout()
    body.addWidget(scroll, 1)
    body.addWidget(side)
    root = QVBoxLayout(form)
    root.addLayout(body, 1)
    root.addWidget(buttons)
    screen = form.screen().availableGeometry() if form.screen() else None
    form.resize(min(1240, screen.width() - 40) if screen else 1060,
                min(720, screen.height() - 40) if screen else 700)
    return scroll
