"""The petition register as a paged table model: counted at once, 100-row pages on demand.

A ward registers hundreds to a few thousand petitions a year, so the count is made on the GUI
thread; pages are still fetched only when scrolled to, like the logbook (TECH-NOTES §7.1).
Rows due within 3 working days are amber and overdue rows red, and the due column says so in
words as well (UX.md: never colour alone).
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.services.petition_list import PetitionQuery, PetitionRow, count_petitions, list_petitions
from app.services.viewer import Viewer
from app.storage.store import Store
from app.ui import messages
from app.ui import petition_labels as pl
from app.ui.paged_model import ID_ROLE as ID_ROLE
from app.ui.paged_model import PagedTableModel

PAGE_SIZE = 100
MAX_PAGES = 20
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2

OVERDUE_BG = "#f8d0cc"
DUE_SOON_BG = "#ffe8a8"
OVERDUE_FG = "#8a1200"
DUE_SOON_FG = "#6b4a00"
PROTECTED_FG = "#6a1b9a"


class PetitionTableModel(PagedTableModel[PetitionRow, PetitionQuery]):
    COLUMNS = ("number", "received_date", "content_type", "senders", "content", "state",
               "next_due", "officer")
    ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, STATUS_ROLE,
             Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole,
             Qt.ItemDataRole.FontRole)
    PAGE_SIZE = PAGE_SIZE
    MAX_PAGES = MAX_PAGES

    def __init__(self, store: Store, viewer: Viewer, parent: Any = None) -> None:
        super().__init__(viewer, PetitionQuery(), (
            self.tr("Số đơn"), self.tr("Ngày nhận"), self.tr("Loại đơn"), self.tr("Người gửi"),
            self.tr("Nội dung"), self.tr("Trạng thái"), self.tr("Hạn tiếp theo"),
            self.tr("Cán bộ xử lý"),
        ), parent)
        self._store = store

    def _fetch(self, offset: int, limit: int) -> list[PetitionRow]:
        return list_petitions(self._store, self._query, viewer=self._viewer, offset=offset,
                              limit=limit)

    def _count_rows(self) -> int:
        return count_petitions(self._store, self._query)

    def find_row(self, petition_id: uuid.UUID, limit: int = 1000) -> int:
        """The row of a petition among the first `limit` rows, or -1."""
        for row in range(min(self._count, limit)):
            r = self._row(row)
            if r is not None and r.id == petition_id:
                return row
        return -1

    def _value(self, r: PetitionRow, column: str, role: int) -> Any:
        if role == STATUS_ROLE:
            return r.due_status or ""
        if role == Qt.ItemDataRole.BackgroundRole:
            return row_background(r.due_status)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == "senders" and self._hidden(r):
                return QBrush(QColor(PROTECTED_FG))
            if column == "next_due":
                return row_foreground(r.due_status)
            return None
        if role == Qt.ItemDataRole.FontRole:
            if column == "next_due" and r.due_status in ("overdue", "due_soon"):
                font = QFont()
                font.setBold(True)
                return font
            return None
        value = self._display(r, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "next_due" and r.due_status:
                return due_tooltip(r.due_status)
            if column == "senders" and self._hidden(r):
                return self.tr("Danh tính người tố cáo được bảo mật (Luật Tố cáo, Điều 8).")
            return value if column in ("content", "senders", "state") else None
        return value

    def _hidden(self, r: PetitionRow) -> bool:
        return r.confidential and not self._viewer.sees_identity_of(r.officer_id)

    def _display(self, r: PetitionRow, column: str) -> str:
        match column:
            case "number":
                marks = []
                if r.is_duplicate:
                    marks.append(self.tr("trùng"))
                elif r.round > 1:
                    marks.append(self.tr("lần {n}").format(n=r.round))
                if r.watch:
                    marks.append(self.tr("theo dõi"))
                return r.number + (f" ({', '.join(marks)})" if marks else "")
            case "received_date":
                return pl.fmt_date(r.received_date)
            case "content_type":
                return pl.content_type(r.content_type)
            case "senders":
                return messages.text(r.senders_label)
            case "content":
                return r.content
            case "state":
                return pl.state(r.state)
            case "next_due":
                return due_text(r.next_due, r.due_status)
            case "officer":
                return r.officer_name or ""
        return ""


def due_text(due: date | None, status: str | None) -> str:
    """The date with a word: «12/03/2026 · Quá hạn» (colour is never the only sign)."""
    if due is None:
        return "—"
    word = pl.deadline_status(status) if status in ("overdue", "due_soon") else ""
    return pl.fmt_date(due) + (f" · {word}" if word else "")


def due_tooltip(status: str) -> str:
    return {
        "overdue": pl._t("Đã quá hạn: cần xử lý ngay hoặc ghi lý do chậm."),
        "due_soon": pl._t("Đến hạn trong 3 ngày làm việc tới."),
        "open": pl._t("Còn hạn."),
    }.get(status, "")


def row_background(status: str | None) -> QBrush | None:
    if status == "overdue":
        return QBrush(QColor(OVERDUE_BG))
    if status == "due_soon":
        return QBrush(QColor(DUE_SOON_BG))
    return None


def row_foreground(status: str | None) -> QBrush | None:
    if status == "overdue":
        return QBrush(QColor(OVERDUE_FG))
    if status == "due_soon":
        return QBrush(QColor(DUE_SOON_FG))
    return None
