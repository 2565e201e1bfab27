"""The logbook as a paged table model: 200-row pages, the total counted in the background.

It reads through its own read-only SQLite connection with app.services.logbook, which needs no
ORM, so the first page is painted while SQLAlchemy is still loading; the count of a million
visits runs on a connection of its own in a worker thread.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from app.services import logbook
from app.services.viewer import Viewer
from app.storage.quick import connect_reader
from app.ui import labels
from app.ui.paged_model import ID_ROLE as ID_ROLE
from app.ui.paged_model import PagedTableModel

PAGE_SIZE = 200
MAX_PAGES = 32


def _count_apart(connect: Callable[[], Any], query: logbook.LogbookQuery, viewer: Viewer
                 ) -> int:
    conn = connect()
    try:
        return logbook.count(conn, query, viewer)
    finally:
        conn.close()


class LogbookTableModel(PagedTableModel[logbook.LogbookRow, logbook.LogbookQuery]):
    COLUMNS = ("number", "visited_at", "reception_type", "persons", "address", "cccd",
               "content", "category", "outcome", "officer")
    ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
             Qt.ItemDataRole.ForegroundRole)
    PAGE_SIZE = PAGE_SIZE
    MAX_PAGES = MAX_PAGES

    def __init__(self, conn: sqlite3.Connection, viewer: Viewer, parent: Any = None) -> None:
        super().__init__(viewer, logbook.LogbookQuery(), (
            self.tr("Số"), self.tr("Ngày giờ tiếp"), self.tr("Hình thức"),
            self.tr("Người được tiếp"), self.tr("Địa chỉ"), self.tr("CCCD"),
            self.tr("Nội dung vụ việc"), self.tr("Phân loại"), self.tr("Hướng xử lý"),
            self.tr("Cán bộ tiếp"),
        ), parent)
        self.set_connection(conn, reload=False)

    def set_connection(self, conn: Any, *, reload: bool = True) -> None:
        """Read through a new connection (the window gave its old one up for a restore)."""
        self._conn = conn
        another = getattr(conn, "another", None)  # a PostgreSQL store's (storage/quick.py)
        if another is not None:
            self._connect: Callable[[], Any] = another
        else:
            db_path = Path(conn.execute("PRAGMA database_list").fetchone()[2])
            self._connect = lambda: connect_reader(db_path)
        if reload:
            self.reload()

    def _fetch(self, offset: int, limit: int) -> list[logbook.LogbookRow]:
        return logbook.page(self._conn, self._query, offset, limit, self._viewer)

    def _count_rows(self) -> int:
        return logbook.count(self._conn, self._query, self._viewer)

    def _background_count(self) -> Callable[[], int]:
        connect, query, viewer = self._connect, self._query, self._viewer
        return lambda: _count_apart(connect, query, viewer)

    def _value(self, r: logbook.LogbookRow, column: str, role: int) -> Any:
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
