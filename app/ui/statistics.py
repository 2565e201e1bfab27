"""The head's statistics page (Thống kê, Ctrl+4): charts over a period, each bar and figure
opening the records behind it. The series come from app.services.statistics on a worker
thread; the page only draws them. Built the first time it is shown."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.clock import VN_TZ
from app.services import statistics as stats_service
from app.services.statistics import Figure, Statistics
from app.services.viewer import Viewer
from app.storage.store import Store
from app.ui import messages

VISITS_COLOR, PETITIONS_COLOR = QColor("#2f6db5"), QColor("#d08a2e")
DEFINITION = str(QT_TRANSLATE_NOOP(
    "StatisticsPage",
    "Vụ việc phải giải quyết: đơn đã thụ lý đến hết kỳ, chưa giải quyết xong trước kỳ. "
    "Tỷ lệ giải quyết = số đã có quyết định giải quyết/kết luận (hoặc rút đơn) trong kỳ "
    "÷ số phải giải quyết. Đúng hạn: giải quyết xong trước hoặc đúng hạn giải quyết "
    "theo luật (tính cả gia hạn, theo lịch làm việc của cơ quan); kiến nghị, phản ánh "
    "không có hạn luật định tính là đúng hạn. Quá hạn, sắp đến hạn: tính đến hôm nay."))


class _Chart(QChartView):
    def __init__(self, title: str, parent: QWidget) -> None:
        chart = QChart()
        chart.setTitle(title)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(230)


class StatisticsPage(QWidget):
    petition_activated = Signal(object)
    visit_activated = Signal(object)

    def __init__(self, store: Store, viewer: Viewer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.ui.print_jobs import TaskSignals

        self._store, self._viewer = store, viewer
        self.stats: Statistics | None = None
        self._token = 0
        self._signals = TaskSignals(self)
        self._signals.done.connect(self._done)
        self._signals.failed.connect(self._failed)
        self._drills = TaskSignals(self)  # a figure's records, read on the worker pool
        self._drills.done.connect(self._drilled)
        self._drills.failed.connect(self._drill_failed)
        self._drill_token = 0
        self.bar_sets: dict[str, tuple[QBarSet, list[Figure]]] = {}
        self.period_box = QComboBox(self)
        self.period_box.setObjectName("statisticsPeriod")
        for key, text in stats_service.PERIODS.items():
            self.period_box.addItem(messages.text(text), key)
        self.period_box.addItem(self.tr("Tùy chọn"), "custom")
        self.period_box.setCurrentIndex(1)
        self.date_from, self.date_to = QDateEdit(self), QDateEdit(self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setEnabled(False)
        self.report_button = QPushButton(self.tr("&Báo cáo định kỳ…"), self)
        self.report_button.setObjectName("openReports")
        self.report_button.clicked.connect(self.open_reports)
        self.status = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Kỳ:"), self))
        top.addWidget(self.period_box)
        top.addWidget(QLabel(self.tr("từ"), self))
        top.addWidget(self.date_from)
        top.addWidget(QLabel(self.tr("đến"), self))
        top.addWidget(self.date_to)
        top.addWidget(self.status, 1)
        top.addWidget(self.report_button)
        self.figures: dict[str, QPushButton] = {}
        kpis = QGridLayout()
        for i, (key, title) in enumerate((
                ("resolved", self.tr("Tỷ lệ giải quyết")), ("on_time", self.tr("Tỷ lệ đúng hạn")),
                ("overdue", self.tr("Quá hạn")), ("due_soon", self.tr("Sắp đến hạn")),
                ("crowds", self.tr("Đoàn đông người")), ("repeated", self.tr("Vụ việc lặp lại")))):
            b = QPushButton(title, self)
            b.setObjectName(f"kpi_{key}")
            b.setToolTip(self.tr("Bấm để xem danh sách"))
            b.setMinimumHeight(50)
            b.clicked.connect(lambda _c=False, k=key: self.drill(k))
            self.figures[key] = b
            kpis.addWidget(b, 0, i)
        self.by_time = _Chart(self.tr("Lượt tiếp và đơn theo tuần"), self)
        self.by_category = _Chart(self.tr("Theo phân loại"), self)
        self.by_field = _Chart(self.tr("Theo lĩnh vực"), self)
        self.hot = QLabel(self)
        self.hot.setWordWrap(True)
        self.hot.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.hot.linkActivated.connect(self.drill)
        self.definition = QLabel(self.tr(DEFINITION), self)
        self.definition.setWordWrap(True)
        self.definition.setStyleSheet("color: #555;")
        body = QWidget(self)
        grid = QGridLayout(body)
        grid.addLayout(kpis, 0, 0, 1, 2)
        grid.addWidget(self.by_time, 1, 0, 1, 2)
        grid.addWidget(self.by_category, 2, 0)
        grid.addWidget(self.by_field, 2, 1)
        grid.addWidget(self.hot, 3, 0, 1, 2)
        grid.addWidget(self.definition, 4, 0, 1, 2)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self.period_box.currentIndexChanged.connect(self._period_changed)
        self.date_from.dateChanged.connect(lambda _d: self._custom_changed())
        self.date_to.dateChanged.connect(lambda _d: self._custom_changed())
        self._period_changed()

    # ------------------------------------------------------------------ the period

    def period(self) -> tuple[date, date]:
        key = self.period_box.currentData()
        if key == "custom":
            return self.date_from.date().toPython(), self.date_to.date().toPython()  # type: ignore[return-value]
        return stats_service.period(key, datetime.now(VN_TZ).date())

    def _period_changed(self) -> None:
        custom = self.period_box.currentData() == "custom"
        for edit in (self.date_from, self.date_to):
            edit.setEnabled(custom)
        if not custom:
            a, b = self.period()
            for edit, d in ((self.date_from, a), (self.date_to, b)):
                edit.blockSignals(True)
                edit.setDate(QDate(d.year, d.month, d.day))
                edit.blockSignals(False)
        self.refresh()

    def _custom_changed(self) -> None:
        if self.period_box.currentData() == "custom":
            self.refresh()

    # ------------------------------------------------------------------ computing

    def refresh(self) -> None:
        from app.ui.print_jobs import Task, pool

        start, end = self.period()
        if start > end:
            self.status.setText(self.tr("Ngày bắt đầu sau ngày kết thúc."))
            return
        self._token += 1
        self.status.setText(self.tr("Đang tính…"))
        store, viewer = self._store, self._viewer
        pool().start(Task(self._token, lambda _p: stats_service.compute(
            store, start, end, viewer=viewer), self._signals))

    def _failed(self, token: int, exc: object) -> None:
        if token == self._token:
            import logging

            logging.getLogger(__name__).error("statistics failed", exc_info=exc)  # type: ignore[arg-type]
            self.status.setText(self.tr("Không tính được số liệu (đã ghi vào nhật ký)."))

    def _drill_failed(self, token: int, exc: object) -> None:
        if token == self._drill_token:
            import logging

            logging.getLogger(__name__).error("statistics drill-down failed", exc_info=exc)  # type: ignore[arg-type]
            self.status.setText(self.tr("Không lấy được danh sách (đã ghi vào nhật ký)."))

    def _done(self, token: int, result: object) -> None:
        if token != self._token or not isinstance(result, Statistics):
            return
        self.show_statistics(result)

    # ------------------------------------------------------------------ drawing

    def show_statistics(self, s: Statistics) -> None:
        self.stats = s
        self.bar_sets.clear()
        self.status.setText(messages.text(stats_service.describe(s)[0]))

        def pct(x: float | None) -> str:
            return "—" if x is None else f"{100 * x:.0f} %"

        texts = {
            "resolved": (self.tr("Tỷ lệ giải quyết"), pct(s.share_resolved),
                         f"{s.resolved.value}/{s.to_resolve.value}"),
            "on_time": (self.tr("Tỷ lệ đúng hạn"), pct(s.share_on_time),
                        f"{s.on_time.value}/{s.resolved.value}"),
            "overdue": (self.tr("Quá hạn (hôm nay)"), str(s.overdue.value), ""),
            "due_soon": (self.tr("Sắp đến hạn"), str(s.due_soon.value), ""),
            "crowds": (self.tr("Đoàn đông người"), str(s.crowds.value), ""),
            "repeated": (self.tr("Vụ việc lặp lại"), str(s.repeated.value), ""),
        }
        for key, (title, big, small) in texts.items():
            self.figures[key].setText(f"{title}\n{big}" + (f"  ({small})" if small else ""))
        weekly = (s.end - s.start).days <= 92
        self.by_time.chart().setTitle(self.tr("Lượt tiếp và đơn theo tuần") if weekly
                                      else self.tr("Lượt tiếp và đơn theo tháng"))
        self._bars(self.by_time, "time", [
            (self.tr("Lượt tiếp"), VISITS_COLOR, s.visits_by_week if weekly else s.visits_by_month),
            (self.tr("Đơn"), PETITIONS_COLOR, s.petitions_by_week if weekly
             else s.petitions_by_month)])
        cats = [*s.visits_by_category, *s.petitions_by_type]
        self._bars(self.by_category, "category", [
            (self.tr("Lượt tiếp / đơn"), VISITS_COLOR, cats)], horizontal=True,
            names=[(self.tr("Lượt tiếp: {label}") if f.key.startswith("vc:")
                    else self.tr("Đơn: {label}")).format(label=messages.text(f.label))
                   for f in cats])
        self._bars(self.by_field, "field", [(self.tr("Lượt tiếp và đơn"), PETITIONS_COLOR,
                                             s.by_field[:8])], horizontal=True)
        if s.hot_spots:
            links = "; ".join(f'<a href="{f.key}">{messages.text(f.label)}</a> ({f.value})'
                              for f in s.hot_spots[:8])
            self.hot.setText(self.tr("<b>Cảnh báo điểm nóng:</b> ") + links)
        else:
            self.hot.setText(self.tr("<b>Cảnh báo điểm nóng:</b> không có."))

    def _bars(self, view: QChartView, name: str, sets: list[tuple[str, QColor, list[Figure]]],
              horizontal: bool = False, names: list[str] | None = None) -> None:
        chart = view.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        series: Any = QHorizontalBarSeries() if horizontal else QBarSeries()
        top = 0
        for i, (label, color, figs) in enumerate(sets):
            bar = QBarSet(label)
            bar.setColor(color)
            for f in figs:
                bar.append(f.value)
                top = max(top, f.value)
            bar.clicked.connect(lambda idx, fs=figs: self.drill(fs[idx].key))
            series.append(bar)
            self.bar_sets[f"{name}:{i}"] = (bar, figs)
        chart.addSeries(series)
        cats = QBarCategoryAxis()
        cats.append(names or [messages.text(f.label) for f in sets[0][2]])
        cats.setTruncateLabels(False)  # "Kiến nghị, phản ánh" whole, not "…"
        values = QValueAxis()
        values.setRange(0, max(top, 1))
        values.setLabelFormat("%d")
        values.setTickCount(min(max(top, 1), 5) + 1)
        values.applyNiceNumbers()
        if horizontal:
            chart.addAxis(cats, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        else:
            chart.addAxis(cats, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(cats)
        series.attachAxis(values)
        chart.legend().setVisible(len(sets) > 1)

    # ------------------------------------------------------------------ drill-down

    def drill(self, key: str) -> None:
        """Open the records behind figure `key`: read on the worker pool (a year's figure can
        be tens of thousands of records), then shown in `last_dialog`."""
        if self.stats is None:
            return
        from app.ui.print_jobs import Task, pool

        stats, store = self.stats, self._store
        self._drill_token += 1
        self.status.setText(self.tr("Đang lấy danh sách…"))
        pool().start(Task(self._drill_token, lambda _p: (stats, key, stats_service.records(
            store, stats, key)), self._drills))

    def _drilled(self, token: int, result: object) -> None:
        if token != self._drill_token or not isinstance(result, tuple):
            return
        stats, key, refs = result
        from app.ui.export_excel import RecordsDialog

        self.status.setText(messages.text(stats_service.describe(stats)[0]))
        fig = stats.figure(key)
        a, b = stats.start, stats.end
        title = f"{messages.text(fig.label)} ({a:%d/%m/%Y}–{b:%d/%m/%Y}): {fig.value}"
        dialog = RecordsDialog(self._store, self._viewer, title, refs, self)
        dialog.petition_activated.connect(self.petition_activated)
        dialog.visit_activated.connect(self.visit_activated)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.last_dialog = dialog

    def open_reports(self) -> Any:
        from app.ui.report_dialog import ReportDialog

        dialog = ReportDialog(self._store, self._viewer, self)
        dialog.petition_activated.connect(self.petition_activated)
        dialog.visit_activated.connect(self.visit_activated)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.last_reports = dialog
        return dialog
