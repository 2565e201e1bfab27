"""A table model over a paged query: a full rowCount, pages fetched on demand, kept in an LRU.

A list of any length costs a few pages of memory (TECH-NOTES §7.1: windowed model with full
rowCount, not fetchMore). A list that may be long shows its first page at once and counts the
rest in the background, on a connection of its own; a short one is counted at once.
"""

from __future__ import annotations

import uuid
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, Generic, Protocol, TypeVar

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

from app.services.viewer import Viewer

ID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class _Row(Protocol):
    @property
    def id(self) -> uuid.UUID: ...


R = TypeVar("R", bound=_Row)
Q = TypeVar("Q")  # the query: filters and search text


class _CountSignals(QObject):
    counted = Signal(int, object)  # generation, count (object: a count may pass 2**31)


class _CountJob(QRunnable):
    """Counts the rows of a query off the GUI thread."""

    def __init__(self, count: Callable[[], int], generation: int, signals: _CountSignals) -> None:
        super().__init__()
        self._count = count
        self._generation = generation
        self.signals = signals

    def run(self) -> None:
        try:
            n = self._count()
        except Exception:  # a vanished file or a locked store: keep what is shown
            return
        self.signals.counted.emit(self._generation, n)


class PagedTableModel(QAbstractTableModel, Generic[R, Q]):
    """Subclasses name their COLUMNS and headers, fetch and count rows, and say what a cell
    shows for each of their ROLES (the row's id is answered here, as ID_ROLE)."""

    counted = Signal(object)  # the exact total is known

    COLUMNS: tuple[str, ...] = ()
    ROLES: tuple[int, ...] = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    PAGE_SIZE = 200
    MAX_PAGES = 32

    def __init__(self, viewer: Viewer, query: Q, headers: tuple[str, ...],
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._viewer = viewer
        self._query = query
        self._headers = headers
        self._count = 0
        self._exact = True  # False while the full count is still being made in the background
        self._generation = 0
        self._signals = _CountSignals(self)
        self._signals.counted.connect(self._on_counted)
        self._pages: OrderedDict[int, list[R]] = OrderedDict()

    # -- what a subclass gives

    def _fetch(self, offset: int, limit: int) -> list[R]:
        raise NotImplementedError

    def _count_rows(self) -> int:
        """The total, counted on this thread."""
        raise NotImplementedError

    def _background_count(self) -> Callable[[], int] | None:
        """A count that may run on another thread (its own connection); None: the list is
        short, count it at once."""
        return None

    def _value(self, r: R, column: str, role: int) -> Any:
        raise NotImplementedError

    # -- loading

    @property
    def query(self) -> Q:
        return self._query

    def set_viewer(self, viewer: Viewer) -> None:
        self._viewer = viewer
        self.reload()

    def set_query(self, query: Q) -> None:
        self._query = query
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        counter = self._background_count()
        self.beginResetModel()
        self._pages.clear()
        if counter is None:
            self._count, self._exact = self._count_rows(), True
        else:
            first = self._fetch(0, self.PAGE_SIZE + 1)
            self._pages[0] = first[: self.PAGE_SIZE]
            self._exact = len(first) <= self.PAGE_SIZE
            self._count = len(first) if self._exact else self.PAGE_SIZE
        self.endResetModel()
        if not self._exact and counter is not None:
            QThreadPool.globalInstance().start(_CountJob(counter, self._generation, self._signals))

    def is_exact(self) -> bool:
        return self._exact

    def count_now(self) -> None:
        """Count on this thread (tests, and callers that need the total immediately)."""
        if not self._exact:
            self._on_counted(self._generation, self._count_rows())

    def _on_counted(self, generation: int, n: int) -> None:
        if generation != self._generation or self._exact:
            return  # a newer query has replaced the one counted
        self._exact = True
        if n > self._count:
            self.beginInsertRows(QModelIndex(), self._count, n - 1)
            self._count = n
            self.endInsertRows()
        self.counted.emit(n)

    def _row(self, row: int) -> R | None:
        page_no = row // self.PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            page = self._fetch(page_no * self.PAGE_SIZE, self.PAGE_SIZE)
            self._pages[page_no] = page
            if len(self._pages) > self.MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        offset = row - page_no * self.PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def row_at(self, row: int) -> R | None:
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
        if role != ID_ROLE and role not in self.ROLES:
            return None
        r = self._row(index.row())
        if r is None:
            return None
        if role == ID_ROLE:
            return str(r.id)
        return self._value(r, self.COLUMNS[index.column()], role)
