"""A table model over paged logbook queries: count once, fetch 200-row pages on demand.

Keeps only an LRU of pages, so a logbook of a million visits costs a few pages of memory
(TECH-NOTES §7.1: windowed model with full rowCount, not fetchMore). It reads through its own
read-only SQLite connection with app.services.logbook, which needs no ORM, so the first page
is painted while SQLAlchemy is still loading.
"""

from __future__ import annotations

import sqlite3
from collections import OrderedDict
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from app.services import logbook
from app.services.viewer import Viewer
from app.storage.quick import connect_reader
from app.ui import labels

PAGE_SIZE = 200
MAX_PAGES = 32
ID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class _CountSignals(QObject):
    counted = Signal(int, object)  # generation, count (object: a count may pass 2**31)


class _CountJob(QRunnable):
    """Counts the rows of a query on its own connection, off the GUI thread."""

    def __init__(self, db_path: str, query: logbook.LogbookQuery, viewer: Viewer,
                 generation: int, signals: _CountSignals) -> None:
        super().__init__()
        self._args = (db_path, query, viewer, generation)
        self.signals = signals

    def run(self) -> None:
        db_path, query, viewer, generation = self._args
        try:
            conn = connect_reader(Path(db_path))
            try:
                n = logbook.count(conn, query, viewer)
            finally:
                conn.close()
        except Exception:  # a vanished file or a locked store: keep what is shown
            return
        self.signals.counted.emit(generation, n)


class LogbookTableModel(QAbstractTableModel):
    counted = Signal(object)  # the exact total is known

    COLUMNS = ("number", "visited_at", "reception_type", "persons", "address", "cccd",
               "content", "category", "outcome", "officer")

    def __init__(self, conn: sqlite3.Connection, viewer: Viewer, parent: Any = None) -> None:
        super().__init__(parent)
        self._conn = conn
        self._viewer = viewer
        self._query = logbook.LogbookQuery()
        self._count = 0
        self._exact = True  # False while the full count is still being made in the background
        self._generation = 0
        self._db_path = conn.execute("PRAGMA database_list").fetchone()[2]
        self._signals = _CountSignals(self)
        self._signals.counted.connect(self._on_counted)
        self._pages: OrderedDict[int, list[logbook.LogbookRow]] = OrderedDict()
        self._headers = (
            self.tr("Số"), self.tr("Ngày giờ tiếp"), self.tr("Hình thức"),
            self.tr("Người được tiếp"), self.tr("Địa chỉ"), self.tr("CCCD"),
            self.tr("Nội dung vụ việc"), self.tr("Phân loại"), self.tr("Hướng xử lý"),
            self.tr("Cán bộ tiếp"),
        )

    # -- loading

    @property
    def query(self) -> logbook.LogbookQuery:
        return self._query

    def set_connection(self, conn: sqlite3.Connection) -> None:
        """Read through a new connection (the window gave its old one up for a restore)."""
        self._conn = conn
        self.reload()

    def set_viewer(self, viewer: Viewer) -> None:
        self._viewer = viewer
        self.reload()

    def set_query(self, query: logbook.LogbookQuery) -> None:
        self._query = query
        self.reload()

    def reload(self) -> None:
        """Show the first page at once; on a big book the total is counted in the background."""
        self._generation += 1
        self.beginResetModel()
        self._pages.clear()
        first = logbook.page(self._conn, self._query, 0, PAGE_SIZE + 1, self._viewer)
        self._pages[0] = first[:PAGE_SIZE]
        self._exact = len(first) <= PAGE_SIZE
        self._count = len(first) if self._exact else PAGE_SIZE
        self.endResetModel()
        if not self._exact:
            QThreadPool.globalInstance().start(_CountJob(
                self._db_path, self._query, self._viewer, self._generation, self._signals))

    def is_exact(self) -> bool:
        return self._exact

    def count_now(self) -> None:
        """Count on this thread (tests, and callers that need the total immediately)."""
        if not self._exact:
            self._on_counted(self._generation,
                             logbook.count(self._conn, self._query, self._viewer))

    def _on_counted(self, generation: int, n: int) -> None:
        if generation != self._generation or self._exact:
            return  # a newer query has replaced the one counted
        self._exact = True
        if n > self._count:
            self.beginInsertRows(QModelIndex(), self._count, n - 1)
            self._count = n
            self.endInsertRows()
        self.counted.emit(n)

    def _row(self, row: int) -> logbook.LogbookRow | None:
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            page = logbook.page(self._conn, self._query, page_no * PAGE_SIZE, PAGE_SIZE,
                                self._viewer)
            self._pages[page_no] = page
            if len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        offset = row - page_no * PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def row_at(self, row: int) -> logbook.LogbookRow | None:
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

    def _display(self, r: logbook.LogbookRow, column: str) -> str:
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
