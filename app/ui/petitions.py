"""The petition register page (sổ đơn): filters, live search, the table and its legend."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.clock import VN_TZ
from app.services import office as office_service
from app.services.calendar import office_calendar
from app.services.petition_list import OPEN, PetitionQuery, offices
from app.services.viewer import Viewer
from app.storage.store import Store
from app.ui import petition_labels as pl
from app.ui import sync_column
from app.ui.paged_model import StatesFetch
from app.ui.petition_model import DUE_SOON_BG, ID_ROLE, OVERDUE_BG, PetitionTableModel
from app.ui.widgets import find_data

SEARCH_DELAY_MS = 250
DUE_SOON_WORKING_DAYS = 3

# The due filter's choices.
DUE_ANY, DUE_OVERDUE, DUE_SOON, DUE_WEEK, DUE_WEEK_AND_OVERDUE = (
    None, "overdue", "soon", "week", "week_and_overdue")


def _today() -> date:
    return datetime.now(VN_TZ).date()


def legend_html(overdue: str, due_soon: str) -> str:
    """Swatches with words: the colours of the rows explained."""
    return (f"<span style='background-color:{OVERDUE_BG}'>&nbsp;{overdue}&nbsp;</span>"
            f"&nbsp;&nbsp;<span style='background-color:{DUE_SOON_BG}'>&nbsp;{due_soon}&nbsp;</span>")


class PetitionsPage(QWidget):
    petition_activated = Signal(object)  # uuid.UUID
    new_requested = Signal()

    def __init__(self, store: Store, viewer: Viewer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("petitionsPage")
        self._store = store
        self.model = PetitionTableModel(store, viewer, self)

        self.search = QLineEdit(self)
        self.search.setObjectName("petitionSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Tìm theo số đơn, người gửi, nội dung, nơi chuyển… (không dấu cũng được)"))
        self.state_filter = QComboBox(self)
        self.state_filter.setObjectName("stateFilter")
        self.state_filter.addItem(self.tr("Mọi trạng thái"), None)
        self.state_filter.addItem(self.tr("Đang xử lý (chưa xong)"), OPEN)
        for code in pl.STATES:
            self.state_filter.addItem(pl.state(code), code)
        self.type_filter = QComboBox(self)
        self.type_filter.setObjectName("typeFilter")
        self.type_filter.addItem(self.tr("Mọi loại đơn"), None)
        for code in pl.CONTENT_TYPES:
            self.type_filter.addItem(pl.content_type(code), code)
        self.field_filter = QComboBox(self)
        self.field_filter.setObjectName("fieldFilter")
        self.officer_filter = QComboBox(self)
        self.officer_filter.setObjectName("officerFilter")
        self.office_filter = QComboBox(self)  # shown on an upstream store (many offices)
        self.office_filter.setObjectName("officeFilter")
        self.reload_lists()
        self.due_filter = QComboBox(self)
        self.due_filter.setObjectName("dueFilter")
        self.due_filter.addItem(self.tr("Mọi thời hạn"), DUE_ANY)
        self.due_filter.addItem(self.tr("Quá hạn"), DUE_OVERDUE)
        self.due_filter.addItem(self.tr("Sắp đến hạn (3 ngày làm việc)"), DUE_SOON)
        self.due_filter.addItem(self.tr("Đến hạn trong tuần này"), DUE_WEEK)
        self.due_filter.addItem(self.tr("Quá hạn và đến hạn trong tuần"), DUE_WEEK_AND_OVERDUE)
        self.sync_filter = QComboBox(self)  # shown with the «Đồng bộ» column
        self.sync_filter.setObjectName("syncFilter")
        self.sync_filter.addItem(self.tr("Mọi trạng thái gửi"), False)
        self.sync_filter.addItem(self.tr("Chưa gửi lên cấp trên"), True)
        self.sync_filter.setVisible(False)
        for combo in (self.state_filter, self.type_filter, self.field_filter,
                      self.officer_filter, self.due_filter, self.sync_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(11)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for combo in (self.state_filter, self.type_filter, self.field_filter,
                      self.officer_filter, self.office_filter, self.due_filter,
                      self.sync_filter):
            filters.addWidget(combo, 1)

        self.table = QTableView(self)
        self.table.setObjectName("petitionTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        vh = self.table.verticalHeader()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.fontMetrics().height() + 8)
        vh.hide()
        hh = self.table.horizontalHeader()
        for col, width in enumerate((124, 84, 142, 165, 300, 178, 158, 130)):
            hh.resizeSection(col, width)
        hh.setSectionResizeMode(PetitionTableModel.COLUMNS.index("content"),
                                QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._on_activated)
        self.table.activated.connect(self._on_activated)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("petitionCount")
        self.legend = QLabel(legend_html(
            self.tr("Quá hạn"), self.tr("Sắp đến hạn: trong 3 ngày làm việc")), self)
        self.legend.setObjectName("legend")
        self.open_button = QPushButton(self.tr("&Mở đơn (Enter)"), self)
        self.open_button.clicked.connect(self.open_selected)
        self.new_button = QPushButton(self.tr("Đơn &mới (Ctrl+Shift+N)"), self)
        self.new_button.setObjectName("newPetition")
        self.new_button.clicked.connect(self.new_requested.emit)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addSpacing(16)
        bottom.addWidget(self.legend)
        bottom.addStretch(1)
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.new_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        for combo in (self.state_filter, self.type_filter, self.field_filter,
                      self.officer_filter, self.office_filter, self.due_filter,
                      self.sync_filter):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.apply_filters()

    # ------------------------------------------------------------------ lists

    def reload_lists(self) -> None:
        """The field and officer filters, after the catalogues changed."""
        for combo, everything, items in (
                (self.field_filter, self.tr("Mọi lĩnh vực"),
                 [(f.name, f.code) for f in office_service.list_fields(self._store)]),
                (self.officer_filter, self.tr("Mọi cán bộ"),
                 [(o.full_name, o.id) for o in office_service.list_officers(self._store)]),
                (self.office_filter, self.tr("Mọi cơ quan"),
                 [(f"{name} ({code})", oid) for oid, code, name in offices(self._store)])):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(find_data(combo, current), 0))
            combo.blockSignals(False)
        self.office_filter.setVisible(self.office_filter.count() > 2)

    def show_sync_states(self, fetch: StatesFetch | None) -> None:
        """The «Đồng bộ» column (a ward that sends to an upstream), or none; states read again."""
        sync_column.show_sync_states(self, fetch)

    # ------------------------------------------------------------------ filters

    def current_query(self, today: date | None = None) -> PetitionQuery:
        today = today or _today()
        due = self.due_filter.currentData()
        within: int | None = None
        due_from: date | None = None
        week_end = today + timedelta(days=6 - today.weekday())  # this Sunday
        if due == DUE_OVERDUE:
            within = -1
        elif due == DUE_SOON:
            soon = office_calendar(self._store).add_working_days(today, DUE_SOON_WORKING_DAYS)
            within, due_from = (soon - today).days, today
        elif due == DUE_WEEK:
            within, due_from = (week_end - today).days, today
        elif due == DUE_WEEK_AND_OVERDUE:
            within = (week_end - today).days
        return PetitionQuery(
            state=self.state_filter.currentData(),
            content_type=self.type_filter.currentData(),
            field_code=self.field_filter.currentData(),
            officer_id=self.officer_filter.currentData(),
            office_id=self.office_filter.currentData(),
            due_within_days=within, due_from=due_from,
            text=self.search.text().strip(),
            unsent=bool(self.sync_filter.currentData()),
        )

    def apply_filters(self) -> None:
        self._debounce.stop()
        self.model.set_query(self.current_query())
        self._update_count()

    def set_filters(self, *, state: str | None = None, officer_id: uuid.UUID | None = None,
                    due: str | None = None) -> None:
        """Show one slice of the register (the dashboard's numbers open these)."""
        for combo, value in ((self.state_filter, state), (self.officer_filter, officer_id),
                             (self.due_filter, due), (self.type_filter, None),
                             (self.field_filter, None)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(find_data(combo, value), 0))
            combo.blockSignals(False)
        self.sync_filter.blockSignals(True)
        self.sync_filter.setCurrentIndex(0)
        self.sync_filter.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.apply_filters()

    def set_viewer(self, viewer: Viewer) -> None:
        self.model.set_viewer(viewer)
        self._update_count()

    def refresh(self, select: uuid.UUID | None = None) -> None:
        """Re-read the register, keeping the selected petition (or selecting `select`)."""
        keep = select or self.current_petition_id()
        self.model.reload()
        self._update_count()
        if keep is not None:
            self.select_petition(keep)

    def _update_count(self) -> None:
        n = self.model.rowCount()
        self.count_label.setText(self.tr("{n} đơn", "", n).format(n=f"{n:,}".replace(",", ".")))

    # ------------------------------------------------------------------ selection

    def current_petition_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        value = index.data(ID_ROLE) if index.isValid() else None
        return uuid.UUID(value) if value else None

    def select_petition(self, petition_id: uuid.UUID) -> bool:
        row = self.model.find_row(petition_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def open_selected(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._on_activated(index)

    def _on_activated(self, index: QModelIndex | Any) -> None:
        value = index.data(ID_ROLE)
        if value:
            self.petition_activated.emit(uuid.UUID(value))
