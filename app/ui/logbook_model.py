"""A table model over paged service queries: count once, fetch 200-row pages on demand.

Keeps only an LRU of pages, so a logbook of a million visits costs a few pages of memory
(TECH-NOTES §7.1: windowed model with full rowCount, not fetchMore).
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.services import visits
from app.services.common import Viewer
from app.storage.store import Store
from app.ui import labels

PAGE_SIZE = 200
MAX_PAGES = 32
ID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class LogbookTableModel(QAbstractTableModel):
    COLUMNS = ("number", "visited_at", "reception_type", "persons", "address", "cccd",
               "content", "category", "outcome", "officer")

    def __init__(self, store: Store, viewer: Viewer, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._viewer = viewer
        self._query = visits.LogbookQuery()
        self._count = 0
        self._pages: OrderedDict[int, list[visits.LogbookRow]] = OrderedDict()
        self._headers = (
            self.tr("Số"), self.tr("Ngày giờ tiếp"), self.tr("Hình thức"),
            self.tr("Người được tiếp"), self.tr("Địa chỉ"), self.tr("CCCD"),
            self.tr("Nội dung vụ việc"), self.tr("Phân loại"), self.tr("Hướng xử lý"),
            self.tr("Cán bộ tiếp"),
        )

    # -- loading

    @property
    def query(self) -> visits.LogbookQuery:
        return self._query

    def set_viewer(self, viewer: Viewer) -> None:
        self._viewer = viewer
        self.reload()

    def set_query(self, query: visits.LogbookQuery) -> None:
        self._query = query
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._count = visits.count_visits(self._store, self._query, self._viewer)
        self.endResetModel()

    def _row(self, row: int) -> visits.LogbookRow | None:
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            page = visits.list_visits(self._store, self._query, page_no * PAGE_SIZE, PAGE_SIZE,
                                      self._viewer)
            self._pages[page_no] = page
            if len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        offset = row - page_no * PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def row_at(self, row: int) -> visits.LogbookRow | None:
        return self._row(row) if 0 <= row < self._count else None

    # -- Qt overrides

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self._count):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, ID_ROLE,
                        Qt.ItemDataRole.ForegroundRole):
            return None
        r = self._row(index.row())
        if r is None:
            return None
        if role == ID_ROLE:
            return str(r.id)
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#6a1b9a")) if r.identity_hidden and column == "persons" else None
        value = self._display(r, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "persons" and r.identity_hidden:
                return self.tr("Danh tính người tố cáo được bảo mật (Luật Tố cáo, Điều 8).")
            return value if column in ("content", "address", "persons") else None
        return value

    def _display(self, r: visits.LogbookRow, column: str) -> str:
        match column:
            case "number":
                return r.number
            case "visited_at":
                return r.visited_at.strftime("%d/%m/%Y %H:%M")
            case "reception_type":
                return labels.reception_type(r.reception_type)
            case "persons":
                return r.persons_label + (self.tr(" · đoàn") if r.is_crowd else "")
            case "address":
                return r.address
            case "cccd":
                return r.cccd
            case "content":
                return r.content
            case "category":
                return labels.category(r.category)
            case "outcome":
                return labels.outcome(r.outcome)
            case "officer":
                return r.officer_name
        return ""
