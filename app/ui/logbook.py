"""The reception logbook page: filters, live search and the paged table."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import logbook
from app.services.viewer import Viewer
from app.ui import labels, sync_column
from app.ui.logbook_model import ID_ROLE, LogbookTableModel
from app.ui.paged_model import StatesFetch
from app.ui.widgets import find_data

NO_BOUND = QDate(2000, 1, 1)
SEARCH_DELAY_MS = 250


def _date_edit(parent: QWidget) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setMinimumDate(NO_BOUND)
    edit.setSpecialValueText("—")  # the minimum means "no bound"
    edit.setDate(NO_BOUND)
    return edit


def _qdate_to_date(value: QDate) -> date | None:
    return None if value == NO_BOUND else date(value.year(), value.month(), value.day())


class LogbookPage(QWidget):
    visit_activated = Signal(object)  # uuid.UUID
    register_petition_requested = Signal(object)  # uuid.UUID of the visit
    print_requested = Signal(object)  # uuid.UUID of the visit: print its slips

    def __init__(self, conn: sqlite3.Connection, desk: logbook.Desk, viewer: Viewer,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.model = LogbookTableModel(conn, viewer, self)

        self.search = QLineEdit(self)
        self.search.setObjectName("logbookSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Tìm theo tên, CCCD, địa chỉ, nội dung… (gõ không dấu cũng được)"))
        self.date_from = _date_edit(self)
        self.date_to = _date_edit(self)
        self.type_filter = QComboBox(self)
        self.type_filter.addItem(self.tr("Mọi hình thức"), None)
        for code in labels.RECEPTION_TYPES:
            self.type_filter.addItem(labels.reception_type(code), code)
        self.category_filter = QComboBox(self)
        self.category_filter.addItem(self.tr("Mọi phân loại"), None)
        for code in labels.CATEGORIES:
            self.category_filter.addItem(labels.category(code), code)
        self.officer_filter = QComboBox(self)
        self.reload_officers()
        self.office_filter = QComboBox(self)  # shown on an upstream store (many offices)
        self.office_filter.setObjectName("officeFilter")
        self.reload_offices(conn)
        self.sync_filter = QComboBox(self)  # shown with the «Đồng bộ» column
        self.sync_filter.setObjectName("syncFilter")
        self.sync_filter.addItem(self.tr("Mọi trạng thái gửi"), False)
        self.sync_filter.addItem(self.tr("Chưa gửi lên cấp trên"), True)
        self.sync_filter.setVisible(False)
        self.count_label = QLabel(self)
        self.model.counted.connect(self._update_count)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        from_label = QLabel(self.tr("Từ &ngày"), self)
        from_label.setBuddy(self.date_from)
        filters.addWidget(from_label)
        filters.addWidget(self.date_from)
        to_label = QLabel(self.tr("đến"), self)
        filters.addWidget(to_label)
        filters.addWidget(self.date_to)
        filters.addWidget(self.type_filter)
        filters.addWidget(self.category_filter)
        filters.addWidget(self.officer_filter)
        filters.addWidget(self.office_filter)
        filters.addWidget(self.sync_filter)

        self.table = QTableView(self)
        self.table.setObjectName("logbookTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        vh = self.table.verticalHeader()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.fontMetrics().height() + 8)
        vh.hide()
        hh = self.table.horizontalHeader()
        for col, width in enumerate((78, 112, 90, 180, 190, 100, 260, 110, 150, 120)):
            hh.resizeSection(col, width)
        content_col = LogbookTableModel.COLUMNS.index("content")
        hh.setSectionResizeMode(content_col, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._on_table_activated)
        self.table.activated.connect(self._on_table_activated)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        for combo in (self.type_filter, self.category_filter, self.officer_filter,
                      self.office_filter, self.sync_filter):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self.apply_filters())

    def reload_officers(self, desk: logbook.Desk | None = None) -> None:
        self._desk = desk or self._desk
        current = self.officer_filter.currentData()
        self.officer_filter.blockSignals(True)
        self.officer_filter.clear()
        self.officer_filter.addItem(self.tr("Mọi cán bộ"), None)
        for o in self._desk.officers:
            self.officer_filter.addItem(o.full_name, o.id)
        idx = find_data(self.officer_filter, current)
        self.officer_filter.setCurrentIndex(max(idx, 0))
        self.officer_filter.blockSignals(False)

    def reload_offices(self, conn: sqlite3.Connection) -> None:
        """The office filter: every office whose visits this store holds (after an import)."""
        current = self.office_filter.currentData()
        found = logbook.offices(conn)
        self.office_filter.blockSignals(True)
        self.office_filter.clear()
        self.office_filter.addItem(self.tr("Mọi cơ quan"), None)
        for oid, code, name in found:
            self.office_filter.addItem(f"{name} ({code})", oid)
        self.office_filter.setCurrentIndex(max(find_data(self.office_filter, current), 0))
        self.office_filter.blockSignals(False)
        self.office_filter.setVisible(len(found) > 1)

    def show_sync_states(self, fetch: StatesFetch | None) -> None:
        """The «Đồng bộ» column (a ward that sends to an upstream), or none; states read again."""
        sync_column.show_sync_states(self, fetch)

    def current_query(self) -> logbook.LogbookQuery:
        return logbook.LogbookQuery(
            date_from=_qdate_to_date(self.date_from.date()),
            date_to=_qdate_to_date(self.date_to.date()),
            reception_type=self.type_filter.currentData(),
            category=self.category_filter.currentData(),
            officer_id=self.officer_filter.currentData(),
            text=self.search.text().strip() or None,
            office_id=self.office_filter.currentData(),
            unsent=bool(self.sync_filter.currentData()),
        )

    def apply_filters(self) -> None:
        self._debounce.stop()
        q = self.current_query()
        if q.date_from and q.date_to and q.date_from > q.date_to:
            self.count_label.setText(self.tr("Ngày bắt đầu đang sau ngày kết thúc: hãy sửa khoảng ngày."))
            return
        self.model.set_query(q)
        self._update_count()

    def refresh(self) -> None:
        self.model.reload()
        self._update_count()

    def _update_count(self, *_: object) -> None:
        n = f"{self.model.rowCount():,}".replace(",", ".")  # Vietnamese thousands separator
        if self.model.is_exact():
            self.count_label.setText(self.tr("{n} lượt tiếp", "", self.model.rowCount()).format(n=n))
        else:
            self.count_label.setText(self.tr("Hơn {n} lượt tiếp (đang đếm…)", "", self.model.rowCount()).format(n=n))

    def select_visit(self, visit_id: uuid.UUID) -> None:
        for row in range(min(self.model.rowCount(), 200)):
            if self.model.index(row, 0).data(ID_ROLE) == str(visit_id):
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                return

    def current_visit_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        value = index.data(ID_ROLE) if index.isValid() else None
        return uuid.UUID(value) if value else None

    def context_menu(self) -> QMenu | None:
        """The selected visit's actions (right click, or the Menu key)."""
        visit_id = self.current_visit_id()
        if visit_id is None:
            return None
        menu = QMenu(self)
        menu.addAction(self.tr("Xem lượt tiếp (Enter)"),
                       lambda: self.visit_activated.emit(visit_id))
        menu.addAction(self.tr("Vào sổ đơn từ lượt tiếp này (Ctrl+Shift+D)"),
                       lambda: self.register_petition_requested.emit(visit_id))
        menu.addAction(self.tr("In giấy biên nhận, phiếu… (Ctrl+P)"),
                       lambda: self.print_requested.emit(visit_id))
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        # A right click acts on the row clicked; the Menu key on the selected row.
        mouse = self.table.viewport().mapFromGlobal(QCursor.pos())
        index = self.table.indexAt(pos)
        if index.isValid() and (mouse - pos).manhattanLength() < 4:
            self.table.selectRow(index.row())
        menu = self.context_menu()
        if menu is not None:
            menu.exec(self.table.viewport().mapToGlobal(pos))

    def _on_table_activated(self, index: Any) -> None:
        visit_id = index.data(ID_ROLE)
        if visit_id:
            self.visit_activated.emit(uuid.UUID(visit_id))
