"""The Monday-morning page (Theo dõi): overdue and due this week by officer, watched matters,
hot spots, and the hot-spot thresholds. Every petition opens with a double-click or Enter."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.actor import Actor
from app.errors import ValidationFailed
from app.law.calendar import weekday_name
from app.services import dashboard as dashboard_service
from app.services.dashboard import Dashboard, HotSpot
from app.services.petition_list import PetitionRow
from app.services.viewer import Viewer
from app.storage.store import Store
from app.ui import messages
from app.ui import petition_labels as pl
from app.ui.petition_model import due_text, row_background, row_foreground

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
ERROR_STYLE = "color: #b00020;"


class _Item(QTableWidgetItem):
    """A cell that sorts by its key (dates and counts sort as values, not as text)."""

    def __init__(self, text: str, key: Any = None) -> None:
        super().__init__(text)
        self.setData(SORT_ROLE, text if key is None else key)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        a, b = self.data(SORT_ROLE), other.data(SORT_ROLE)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)


class _FitColumns(QObject):
    """Keeps a small table within its width at any Windows scaling: each column as wide as its
    sample text (or header), one column taking the rest, and the least needed columns hidden
    (their text stays in the row's tooltip) when there is no room for the stretching one."""

    def __init__(self, table: QTableWidget, samples: tuple[str, ...], stretch: int,
                 drop: tuple[int, ...] = (), min_stretch: int = 110) -> None:
        super().__init__(table)
        self._table = table
        self._samples = samples
        self._stretch = stretch
        self._drop = drop
        self._min_stretch = min_stretch
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.FontChange):
            self.fit()
        return False

    def fit(self) -> None:
        t = self._table
        fm, hfm = t.fontMetrics(), t.horizontalHeader().fontMetrics()
        widths = {}
        for col, sample in enumerate(self._samples):
            header = t.horizontalHeaderItem(col)
            widths[col] = max(fm.horizontalAdvance(sample),
                              hfm.horizontalAdvance(header.text() if header else "")) + 18
        room = t.viewport().width() or t.width()
        hidden: set[int] = set()
        for col in self._drop:
            used = sum(w for c, w in widths.items() if c != self._stretch and c not in hidden)
            if used + self._min_stretch <= room:
                break
            hidden.add(col)
        for col, width in widths.items():
            t.setColumnHidden(col, col in hidden)
            if col != self._stretch and col not in hidden:
                t.horizontalHeader().resizeSection(col, width)


def _table(parent: QWidget, headers: list[str], widths: tuple[int, ...], stretch: int,
           name: str) -> QTableWidget:
    t = QTableWidget(0, len(headers), parent)
    t.setObjectName(name)
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setTabKeyNavigation(False)
    t.setWordWrap(False)
    t.verticalHeader().hide()
    t.verticalHeader().setDefaultSectionSize(t.fontMetrics().height() + 8)
    hh = t.horizontalHeader()
    for col, width in enumerate(widths):
        hh.resizeSection(col, width)
    hh.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return t


def _box(title: str, table: QWidget, parent: QWidget) -> QGroupBox:
    box = QGroupBox(title, parent)
    lay = QVBoxLayout(box)
    lay.setContentsMargins(4, 4, 4, 4)
    lay.addWidget(table)
    return box


class DashboardPage(QWidget):
    petition_activated = Signal(object)  # uuid.UUID
    register_requested = Signal(object)  # officer id (or None): open the register on them

    def __init__(self, store: Store, viewer: Viewer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardPage")
        self._store = store
        self._audit_task: Any = None
        self._audit_ok: Any = None  # the last good chain report, to resume from
        self._viewer = viewer
        self.data: Dashboard | None = None
        self._officer: object = "all"  # the officer whose lists are shown ("all": everybody)

        self.header = QLabel(self)
        self.header.setObjectName("dashboardHeader")
        # A broken audit chain (app/storage/audit.py) is shown here in red until it is dealt with.
        self.audit_banner = QLabel(self)
        self.audit_banner.setObjectName("auditBanner")
        self.audit_banner.setWordWrap(True)
        self.audit_banner.setStyleSheet(
            "color: white; background: #b00020; padding: 8px; font-weight: bold;")
        self.audit_banner.hide()
        refresh = QPushButton(self.tr("&Làm mới (F5)"), self)
        refresh.setAutoDefault(False)
        refresh.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(refresh)

        columns = [self.tr("Số đơn"), self.tr("Hạn"), self.tr("Người gửi"), self.tr("Nội dung"),
                   self.tr("Cán bộ")]
        widths = (92, 158, 165, 220, 130)
        self.overdue = _table(self, columns, widths, 3, "overdueTable")
        self.due_week = _table(self, columns, widths, 3, "dueWeekTable")
        self.watched = _table(self, [self.tr("Số đơn"), self.tr("Trạng thái"), self.tr("Nội dung"),
                                     self.tr("Hạn"), self.tr("Cán bộ")],
                              (92, 165, 220, 158, 130), 2, "watchedTable")
        self.officers = _table(self, [self.tr("Cán bộ"), self.tr("Quá hạn"),
                                      self.tr("Sắp đến hạn"), self.tr("Đang xử lý")],
                               (180, 70, 100, 86), 0, "officerTable")
        self.hot = _table(self, [self.tr("Loại"), self.tr("Điểm nóng"), self.tr("Lượt tiếp"),
                                 self.tr("Đơn"), self.tr("Thời gian")],
                          (118, 160, 66, 44, 124), 1, "hotSpotTable")
        for t in (self.overdue, self.due_week, self.watched):
            t.setSortingEnabled(True)
            t.doubleClicked.connect(lambda index: self._activate(index))
            t.activated.connect(lambda index: self._activate(index))
        self.officers.currentCellChanged.connect(lambda *_: self._on_officer_picked())
        self.officers.doubleClicked.connect(lambda _i: self._open_register())
        self.officers.activated.connect(lambda _i: self._open_register())
        due_sample = "00/00/0000 · " + pl.deadline_status("due_soon")
        name_sample = "Nguyễn Thị Thu Hương"
        self._fits = [
            _FitColumns(self.overdue, ("0000/2026", due_sample, name_sample, "", name_sample),
                        3, drop=(2, 4)),
            _FitColumns(self.due_week, ("0000/2026", due_sample, name_sample, "", name_sample),
                        3, drop=(2, 4)),
            _FitColumns(self.watched, ("0000/2026", "Đã chuyển, chờ phúc đáp", "", due_sample,
                                       name_sample), 2, drop=(4, 1)),
            _FitColumns(self.officers, (name_sample, "000", "000", "000"), 0, min_stretch=130),
            _FitColumns(self.hot, ("Đoàn đông người", "", "000", "000", "00/00–00/00/0000"), 1,
                        drop=(0,)),
        ]
        rows_shown = 6
        self.officers.setMaximumHeight(self.officers.horizontalHeader().sizeHint().height()
                                       + rows_shown * self.officers.verticalHeader().defaultSectionSize()
                                       + 4)

        self.overdue_box = _box("", self.overdue, self)
        self.overdue_box.setStyleSheet("QGroupBox { color: #8a1200; font-weight: bold; }")
        self.due_box = _box("", self.due_week, self)
        self.due_box.setStyleSheet("QGroupBox { color: #6b4a00; font-weight: bold; }")
        self.watched_box = _box("", self.watched, self)
        self.officer_box = _box(self.tr("Theo cán bộ (chọn để lọc; Enter: mở sổ đơn của cán bộ)"),
                                self.officers, self)

        # -- hot spots and their thresholds
        self.min_count = QSpinBox(self)
        self.min_count.setObjectName("minCount")
        self.min_count.setRange(0, 100_000)
        self.window_days = QSpinBox(self)
        self.window_days.setObjectName("windowDays")
        self.window_days.setRange(0, 100_000)
        self.window_days.setSuffix(self.tr(" ngày"))
        self.save_thresholds = QPushButton(self.tr("Lưu &ngưỡng"), self)
        self.save_thresholds.setObjectName("saveThresholds")
        self.save_thresholds.setAutoDefault(False)
        self.save_thresholds.clicked.connect(self.apply_thresholds)
        self.min_count_error = QLabel(self)
        self.window_days_error = QLabel(self)
        for label in (self.min_count_error, self.window_days_error):
            label.setStyleSheet(ERROR_STYLE)
            label.setWordWrap(True)
            label.hide()
        self.thresholds_hint = QLabel(self)
        self.thresholds_hint.setWordWrap(True)
        self.thresholds_hint.setStyleSheet("color: #555;")
        self.thresholds_status = QLabel(self)
        self.thresholds_status.setStyleSheet("color: #555;")
        n_label = QLabel(self.tr("Số &lượt tiếp, đơn (N)"), self)
        n_label.setBuddy(self.min_count)
        m_label = QLabel(self.tr("trong (M)"), self)
        m_label.setBuddy(self.window_days)
        limits = QHBoxLayout()
        limits.addWidget(n_label)
        limits.addWidget(self.min_count)
        limits.addWidget(m_label)
        limits.addWidget(self.window_days)
        limits.addWidget(self.save_thresholds)
        limits.addStretch(1)
        self.hot_box = hot_box = QGroupBox(self.tr("Điểm nóng"), self)
        hl = QVBoxLayout(hot_box)
        hl.setContentsMargins(4, 4, 4, 4)
        hl.addWidget(self.hot, 1)
        hl.addWidget(self.thresholds_hint)
        hl.addLayout(limits)
        hl.addWidget(self.min_count_error)
        hl.addWidget(self.window_days_error)
        hl.addWidget(self.thresholds_status)

        self._left = left = QVBoxLayout()
        left.addWidget(self.overdue_box, 1)
        left.addWidget(self.due_box, 1)
        left.addWidget(self.watched_box, 1)
        right = QVBoxLayout()
        right.addWidget(self.officer_box)
        right.addWidget(hot_box, 1)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        root = QVBoxLayout(self)
        root.setContentsMargins(6, 6, 6, 6)
        root.addWidget(self.audit_banner)
        root.addLayout(top)
        root.addLayout(body, 1)

    # ------------------------------------------------------------------ data

    def _check_audit(self) -> None:
        """Re-check the audit chain on a worker thread: the whole log the first time, then only
        what was written since (a large log takes seconds to hash)."""
        if self._audit_task is not None:
            return
        from app.services import audit
        from app.ui import print_jobs

        resume = self._audit_ok
        signals = print_jobs.TaskSignals(self)
        signals.done.connect(self._on_audit_checked)
        signals.failed.connect(lambda _t, _e: setattr(self, "_audit_task", None))
        self._audit_task = print_jobs.Task(0, lambda _p: audit.verify(self._store, resume), signals)
        print_jobs.pool().start(self._audit_task)

    def _on_audit_checked(self, _token: int, chain: Any) -> None:
        self._audit_task = None
        self._audit_ok = chain if chain.ok else None
        self.audit_banner.setVisible(not chain.ok)
        if not chain.ok:
            self.audit_banner.setText(self.tr(
                "NHẬT KÝ KIỂM TRA BỊ THAY ĐỔI: {message} Hãy báo lãnh đạo; xem Quản trị › Nhật ký "
                "kiểm tra và so với bản sao lưu.").format(message=messages.text(chain.message())))

    def set_viewer(self, viewer: Viewer) -> None:
        self._viewer = viewer
        self.refresh()

    def refresh(self) -> None:
        self._check_audit()
        self.data = d = dashboard_service.dashboard(self._store, viewer=self._viewer)
        self.header.setText(self.tr(
            "<b>{wd}, {today}</b> · tuần này đến Chủ nhật {end} · {n} đơn quá hạn, {m} đơn đến "
            "hạn trong tuần").format(wd=messages.text(weekday_name(d.today)),
                                     today=pl.fmt_date(d.today), end=pl.fmt_date(d.week_end),
                                     n=len(d.overdue), m=len(d.due_this_week)))
        self._fill_officers(d)
        self._fill_lists()
        self._fill_watched(d.watched)
        self._fill_hot(d.hot_spots)
        self.watched_box.setTitle(self.tr("Vụ việc phức tạp, kéo dài đang theo dõi ({n})").format(
            n=len(d.watched)))
        for spin, value in ((self.min_count, d.thresholds.min_count),
                            (self.window_days, d.thresholds.window_days)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self.thresholds_hint.setText(self.tr(
            "Cảnh báo khi có từ {n} lượt tiếp, đơn trở lên cùng lĩnh vực hoặc cùng khu dân cư "
            "trong {m} ngày gần nhất; đoàn đông người luôn được cảnh báo.").format(
                n=d.thresholds.min_count, m=d.thresholds.window_days))

    def _fill_officers(self, d: Dashboard) -> None:
        t = self.officers
        t.blockSignals(True)
        t.setSortingEnabled(False)
        rows: list[tuple[str, object, int, int, int]] = [(self.tr("Tất cả cán bộ"), "all", sum(o.overdue for o in d.by_officer),
                 sum(o.due_soon for o in d.by_officer), sum(o.open for o in d.by_officer))]
        rows += [(pl._t(o.officer_name), o.officer_id, o.overdue, o.due_soon, o.open)
                 for o in d.by_officer]
        t.setRowCount(len(rows))
        selected = 0
        for i, (name, oid, overdue, soon, open_) in enumerate(rows):
            cells = [_Item(name), _Item(str(overdue), overdue), _Item(str(soon), soon),
                     _Item(str(open_), open_)]
            cells[0].setData(ID_ROLE, oid)
            if overdue:
                cells[1].setForeground(row_foreground("overdue") or cells[1].foreground())
            for col, item in enumerate(cells):
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                t.setItem(i, col, item)
            if oid == self._officer:
                selected = i
        t.setCurrentCell(selected, 0)
        t.blockSignals(False)
        self._officer = rows[selected][1]

    def _on_officer_picked(self) -> None:
        item = self.officers.item(self.officers.currentRow(), 0)
        self._officer = item.data(ID_ROLE) if item is not None else "all"
        self._fill_lists()

    def _mine(self, rows: list[PetitionRow]) -> list[PetitionRow]:
        if self._officer == "all":
            return rows
        return [r for r in rows if r.officer_id == self._officer]

    def _fill_lists(self) -> None:
        if self.data is None:
            return
        who = ""
        if self._officer != "all":
            item = self.officers.item(self.officers.currentRow(), 0)
            who = " – " + item.text() if item is not None else ""
        overdue = self._mine(self.data.overdue)
        week = self._mine(self.data.due_this_week)
        self.overdue_box.setTitle(self.tr("Quá hạn ({n}){who}").format(n=len(overdue), who=who))
        self.due_box.setTitle(self.tr("Đến hạn trong tuần này ({n}){who}").format(
            n=len(week), who=who))
        self._fill_petitions(self.overdue, overdue, self.tr("Không có đơn nào quá hạn."))
        self._fill_petitions(self.due_week, week, self.tr("Không có đơn nào đến hạn trong tuần."))
        self._share_height(len(overdue), len(week), len(self.data.watched))

    def _share_height(self, *rows: int) -> None:
        """Longer lists get more of the page; an empty one keeps a few lines."""
        for i, n in enumerate(rows):
            self._left.setStretch(i, 3 + min(n, 12))

    def _fill_petitions(self, t: QTableWidget, rows: list[PetitionRow], empty: str) -> None:
        t.setSortingEnabled(False)
        t.clearSpans()
        t.setRowCount(max(len(rows), 1))
        ordered = sorted(rows, key=lambda r: (r.officer_name or "", r.next_due or r.received_date))
        for i, r in enumerate(ordered):
            cells = [_Item(r.number, (r.received_date.year, r.number)),
                     _Item(due_text(r.next_due, r.due_status), r.next_due),
                     _Item(r.senders_label), _Item(r.content),
                     _Item(r.officer_name or self.tr("chưa giao"))]
            for col, item in enumerate(cells):
                item.setData(ID_ROLE, str(r.id))
                item.setToolTip(f"{r.number} · {pl.state(r.state)}\n{r.senders_label}\n{r.content}")
                bg = row_background(r.due_status)
                if bg is not None:
                    item.setBackground(bg)
                t.setItem(i, col, item)
        if not rows:
            t.setItem(0, 0, QTableWidgetItem(empty))
            for col in range(1, t.columnCount()):
                t.setItem(0, col, QTableWidgetItem(""))
            t.setSpan(0, 0, 1, t.columnCount())
        else:
            t.setSortingEnabled(True)
            t.sortItems(4)  # by officer (then due, as filled)
            t.horizontalHeader().setSortIndicatorShown(False)

    def _fill_watched(self, rows: list[PetitionRow]) -> None:
        t = self.watched
        t.setSortingEnabled(False)
        t.clearSpans()
        t.setRowCount(max(len(rows), 1))
        for i, r in enumerate(rows):
            cells = [_Item(r.number, (r.received_date.year, r.number)), _Item(pl.state(r.state)),
                     _Item(r.content), _Item(due_text(r.next_due, r.due_status), r.next_due),
                     _Item(r.officer_name or self.tr("chưa giao"))]
            for col, item in enumerate(cells):
                item.setData(ID_ROLE, str(r.id))
                item.setToolTip(f"{r.number} · {r.senders_label}\n{r.content}")
                t.setItem(i, col, item)
        if not rows:
            t.setItem(0, 0, QTableWidgetItem(self.tr(
                "Chưa có vụ việc nào được đánh dấu theo dõi (trong chi tiết đơn).")))
            t.setSpan(0, 0, 1, t.columnCount())
        else:
            t.setSortingEnabled(True)
            t.horizontalHeader().setSortIndicatorShown(False)

    def _fill_hot(self, spots: list[HotSpot]) -> None:
        t = self.hot
        t.clearSpans()
        t.setRowCount(max(len(spots), 1))
        kinds = {"crowd": self.tr("Đoàn đông người"), "field": self.tr("Lĩnh vực"),
                 "area": self.tr("Khu dân cư")}
        for i, h in enumerate(spots):
            span = _span(h)
            label = h.label if h.kind != "crowd" else self.tr(
                "{n} người: {what}").format(n=h.people, what=h.label.split(": ", 1)[-1])
            cells = [_Item(kinds.get(h.kind, h.kind)), _Item(pl._t(label)), _Item(str(h.visits)),
                     _Item(str(h.petitions)), _Item(span)]
            refs = ", ".join(messages.text(r) for r in h.refs[:30]) + (
                " …" if len(h.refs) > 30 else "")
            for col, item in enumerate(cells):
                item.setToolTip(f"{kinds.get(h.kind, h.kind)}: {pl._t(label)}\n{refs}")
                if col in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if h.kind == "crowd":
                    bg = row_background("due_soon")
                    if bg is not None:
                        item.setBackground(bg)
                t.setItem(i, col, item)
        if not spots:
            t.setItem(0, 0, QTableWidgetItem(self.tr("Chưa có điểm nóng theo ngưỡng hiện tại.")))
            t.setSpan(0, 0, 1, t.columnCount())

    # ------------------------------------------------------------------ actions

    def _activate(self, index: Any) -> None:
        value = index.data(ID_ROLE)
        if value:
            self.petition_activated.emit(uuid.UUID(str(value)))

    def _open_register(self) -> None:
        item = self.officers.item(self.officers.currentRow(), 0)
        if item is None:
            return
        oid = item.data(ID_ROLE)
        self.register_requested.emit(None if oid == "all" else oid)

    def apply_thresholds(self) -> None:
        """Save N and M (an administrator's setting; roles come with sign-in)."""
        for label in (self.min_count_error, self.window_days_error):
            label.hide()
        try:
            dashboard_service.set_thresholds(self._store, self.min_count.value(),
                                             self.window_days.value(),
                                             actor=Actor.officer(self._viewer.officer_id))
        except ValidationFailed as exc:
            for key, label in (("min_count", self.min_count_error),
                               ("window_days", self.window_days_error)):
                problems = [messages.text(m) for m in exc.for_field(key)]
                label.setText("\n".join(problems))
                label.setVisible(bool(problems))
            self.thresholds_status.setText(self.tr("Chưa lưu: hãy sửa ngưỡng được đánh dấu đỏ."))
            return
        self.refresh()
        self.thresholds_status.setText(self.tr(
            "Đã lưu: cảnh báo khi có từ {n} lượt tiếp, đơn trong {m} ngày.").format(
                n=self.min_count.value(), m=self.window_days.value()))


def _span(h: HotSpot) -> str:
    """02/11–27/11/2026, or one date."""
    if h.first is None or h.last is None or h.first == h.last:
        return pl.fmt_date(h.first or h.last)
    if h.first.year == h.last.year:
        return f"{h.first:%d/%m}–{pl.fmt_date(h.last)}"
    return f"{pl.fmt_date(h.first)}–{pl.fmt_date(h.last)}"
