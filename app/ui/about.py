"""Trợ giúp › Giới thiệu (version, data folder, licences of the bundled fonts, data and main
libraries) and Trợ giúp › Phím tắt, a list made from the window's menu actions themselves, so it
cannot drift from what the keys really do."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLabel,
    QMenu,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import __version__, licences
from app.paths import resources_dir
from app.ui.dialogs import close_row


def _plain(text: str) -> str:
    """A menu text as read: without the & of its mnemonic or a trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def shortcuts(menu_bar: QMenuBar) -> list[tuple[str, str, str]]:
    """(menu, action, key) for every action of every menu that has a shortcut."""
    out = []
    for top in menu_bar.actions():
        menu = top.menu()
        if not isinstance(menu, QMenu):
            continue
        for action in menu.actions():
            if isinstance(action, QAction) and not action.shortcut().isEmpty():
                out.append((_plain(top.text()), _plain(action.text()),
                            action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))
    return out


class ShortcutsDialog(QDialog):
    def __init__(self, menu_bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Phím tắt"))
        rows = shortcuts(menu_bar)
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setObjectName("shortcuts")
        self.table.setHorizontalHeaderLabels([self.tr("Thực đơn"), self.tr("Việc"),
                                              self.tr("Phím")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        close = close_row(self)
        close.rejected.connect(self.accept)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Phím tắt của các việc trong thực đơn (cũng ghi cạnh từng "
                                     "việc trong thực đơn):"), self))
        lay.addWidget(self.table)
        lay.addWidget(close)
        self.resize(620, 520)


def about_html(data_dir: Path) -> str:
    e = html.escape
    font_rows = "".join(
        f"<li>{e(f.what)} — giấy phép <b>{e(f.licence)}</b> (toàn văn: {e(str(f.path))})</li>"
        for f in licences.fonts())
    lib_rows = "".join(
        f"<li>{e(lib.name)} {e(lib.version or 'chưa cài')} — "
        f"{e(lib.licence or 'gói không ghi giấy phép')}</li>" for lib in licences.libraries())
    units = resources_dir() / "admin_units" / "NGUON.md"
    return (
        f"<h3>TiepDan {e(__version__)}</h3>"
        "<p>Sổ tiếp công dân và xử lý đơn thư cho UBND phường, xã.</p>"
        f"<p><b>Thư mục dữ liệu:</b> {e(str(data_dir))}</p>"
        f"<p><b>Phông chữ kèm theo</b> (nhúng vào mọi trang in):</p><ul>{font_rows}</ul>"
        "<p><b>Danh mục đơn vị hành chính</b> (sau sắp xếp 01/7/2025): dữ liệu Tổng cục Thống "
        f"kê qua gói vietnam-provinces; nguồn, phiên bản, giấy phép: {e(str(units))}</p>"
        f"<p><b>Thư viện chính</b>:</p><ul>{lib_rows}</ul>")


class AboutDialog(QDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Giới thiệu TiepDan"))
        self.text = QTextBrowser(self)
        self.text.setObjectName("about")
        self.text.setHtml(about_html(data_dir))
        close = close_row(self)
        close.rejected.connect(self.accept)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text)
        lay.addWidget(close)
        self.resize(640, 540)
