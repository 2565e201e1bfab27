"""A table model over a paged query: a full rowCount, pages fetched on demand, kept in an LRU.

A list of any length costs a few pages of memory (TECH-NOTES §7.1: windowed model with full
rowCount, not fetchMore). A list that may be long shows its first page at once and counts the
rest in the background, on a connection of its own; a short one is counted at once.

On a ward that sends to an upstream the window adds a last column, «Đồng bộ», after the first
paint (`show_sync_states`): each row's sync state (app/sync/states.py), read for a whole page in
one go and kept as long as the page. The read is not on the paint's path: a page drawn for the
first time shows its rows at once, and its states (~10–20 ms a page) fill in right after.
"""

from __future__ import annotations

import logging
import uuid
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)

from app.services.viewer import Viewer
from app.storage import dbfile
from app.ui import labels

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SYNC_COLUMN = "sync"
# The states of some rows by id (app.sync.states.record_states on the window's connection).
StatesFetch = Callable[[list[uuid.UUID]], dict[uuid.UUID, Any]]
log = logging.getLogger(__name__)

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
        self._states_fetch: StatesFetch | None = None
        self._states: dict[int, dict[uuid.UUID, Any]] = {}  # page → its rows' sync states
        self._stale: set[int] = set()  # pages whose states are shown but to be read again
        self._wanted: set[int] = set()  # pages drawn whose states are to be read
        self._states_timer = QTimer(self)
        self._states_timer.setSingleShot(True)
        self._states_timer.setInterval(0)  # after the paint that asked
        self._states_timer.timeout.connect(self._read_states)

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
        self._states.clear()
        self._stale.clear()
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
                gone, _rows = self._pages.popitem(last=False)
                self._states.pop(gone, None)
                self._stale.discard(gone)
        else:
            self._pages.move_to_end(page_no)
        offset = row - page_no * self.PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def row_at(self, row: int) -> R | None:
        return self._row(row) if 0 <= row < self._count else None

    # -- the sync column

    def columns(self) -> tuple[str, ...]:
        return self.COLUMNS + ((SYNC_COLUMN,) if self._states_fetch is not None else ())

    def show_sync_states(self, fetch: StatesFetch | None) -> None:
        """Add the «Đồng bộ» column reading states through `fetch`, or remove it (None); when
        it is there already, read the states again (after an export or a receipt): the words
        shown stay until the new ones come, so the column does not blink."""
        n = len(self.COLUMNS)
        if fetch is not None and self._states_fetch is None:
            self.beginInsertColumns(QModelIndex(), n, n)
            self._states_fetch = fetch
            self._states.clear()
            self._stale.clear()
            self.endInsertColumns()
        elif fetch is None and self._states_fetch is not None:
            self.beginRemoveColumns(QModelIndex(), n, n)
            self._states_fetch = None
            self._states.clear()
            self._stale.clear()
            self.endRemoveColumns()
        elif fetch is not None:
            self._states_fetch = fetch
            self._stale = set(self._states)
            if self._count:  # the view asks again for what it shows: those pages are read
                self.dataChanged.emit(self.index(0, n), self.index(self._count - 1, n))

    def sync_state(self, row: int) -> Any:
        """The row's sync state as known now (None: no column, or not read yet: its page's
        states are then read right after this paint)."""
        if self._states_fetch is None or not (0 <= row < self._count):
            return None
        r = self._row(row)
        if r is None:
            return None
        page_no = row // self.PAGE_SIZE
        found = self._states.get(page_no)
        if found is None or page_no in self._stale:
            self._wanted.add(page_no)
            if not self._states_timer.isActive():
                self._states_timer.start()
        return found.get(r.id) if found is not None else None

    def read_states_now(self) -> None:
        """Read the states of the pages drawn so far (tests, and callers that need them)."""
        self._states_timer.stop()
        self._read_states()

    def _read_states(self) -> None:
        wanted, self._wanted = self._wanted, set()
        fetch = self._states_fetch
        if fetch is None:
            return
        col = len(self.COLUMNS)
        for page_no in sorted(wanted):
            page = self._pages.get(page_no)
            if page is None:
                continue  # scrolled past and dropped meanwhile
            try:
                found = fetch([p.id for p in page])
            except (dbfile.Error, ValueError, TypeError) as exc:
                # a store being restored, or a damaged sync record: the cells stay as they are
                log.warning("sync states: %s", exc)
                continue
            self._states[page_no] = found
            self._stale.discard(page_no)
            first = page_no * self.PAGE_SIZE
            last = min(first + len(page), self._count) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, col), self.index(last, col))

    def _sync_value(self, row: int, role: int) -> Any:
        state = self.sync_state(row)
        if state is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return labels.sync_state(state.code)
        if role == Qt.ItemDataRole.ToolTipRole:
            return labels.sync_state_tip(state)
        if role == Qt.ItemDataRole.ForegroundRole:
            return labels.sync_state_brush(state.code)
        return None

    # -- Qt overrides

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not (0 <= section < len(self.columns())):
            return None
        if section == len(self.COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("PagedTableModel", "Đồng bộ")
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate(
                    "PagedTableModel", "Cấp trên đã có bản ghi này chưa: Chưa gửi, Đã gửi (chờ "
                    "biên nhận), Đã nhận (cấp trên đã nhận), Bị từ chối. Cập nhật khi xuất dữ "
                    "liệu hoặc nhập biên nhận ở trang Đồng bộ.")
            return None
        if role == Qt.ItemDataRole.DisplayRole:
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
        column = self.columns()[index.column()]
        if column == SYNC_COLUMN and role in (Qt.ItemDataRole.DisplayRole,
                                              Qt.ItemDataRole.ToolTipRole,
                                              Qt.ItemDataRole.ForegroundRole):
            return self._sync_value(index.row(), role)
        return self._value(r, column, role)  # the row's colours and marks reach this cell too
