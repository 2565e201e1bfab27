"""The print dialog: preview a slip or a register, choose form, paper, copies and printer, then
print ("In", Enter) or save a PDF (Ctrl+S). Esc closes.

Every PDF is rendered on a worker thread (app.ui.print_jobs); the window stays live and a busy
bar appears only when a render takes longer than a moment. The preview is rendered with
log=False, so looking costs nothing; "In" and "Lưu PDF…" render again with log=True, so the
print is counted and the next one is marked "In lại lần N" (the preview already shows the mark
the real print will carry). Pages are shown with QtPdf; on a machine without it the dialog
still renders, and "In" opens the PDF in the system's PDF reader instead.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QDate,
    QEvent,
    QIODevice,
    QObject,
    QSettings,
    QStandardPaths,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.clock import VN_TZ
from app.errors import TiepDanError
from app.paths import print_temp_dir
from app.services import petitions, printing, settings, visits
from app.services.viewer import Viewer
from app.storage.store import Store
from app.ui import messages, print_jobs
from app.ui.print_jobs import (
    LOGBOOK,
    PAPERS,
    CancelFlag,
    RegisterJob,
    Rendered,
    SlipJob,
    Task,
    TaskSignals,
    describe,
    remove_quietly,
    temp_pdf,
)

if print_jobs.HAVE_QTPDF:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

SETTINGS_FOLDER = "print/folder"
BUSY_DELAY_MS = 300  # a quick render never flashes the busy bar
RERENDER_DELAY_MS = 300
OLD_TEMP_HOURS = 12
ERROR_STYLE = "background: #fdecea; color: #7a1c12; border: 1px solid #f1b0a8; padding: 6px;"
NOTE_STYLE = "color: #333; background: #f4f6f8; padding: 6px;"

# What a task does, for the busy text and what happens with its result.
PREVIEW, PRINT, SAVE, OPEN = "preview", "print", "save", "open"


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a finished print or save did (the main window shows `message`)."""

    action: str  # print | save | open
    message: str
    job: SlipJob | RegisterJob
    rendered: Rendered
    pages: int
    path: Path | None = None


def _today() -> date:
    return datetime.now(VN_TZ).date()


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


def _fmt(d: date) -> str:
    return d.strftime("%d/%m/%Y")


def _safe_name(text: str) -> str:
    return "".join("-" if ch in '/\\:*?"<>|' else ch for ch in text).strip()


def _clean_old_temp_files() -> None:
    """Previews of dialogs that were closed mid-render, and PDFs handed to a viewer."""
    folder = print_temp_dir()
    limit = time.time() - OLD_TEMP_HOURS * 3600
    try:
        old = [p for p in folder.glob("*.pdf") if p.stat().st_mtime < limit]
    except OSError:
        return
    for p in old:
        remove_quietly(p)


class _EnterRefreshes(QObject):
    """Enter in a date field shows the new period instead of printing."""

    def __init__(self, callback: Any, parent: QObject) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._callback()
            return True
        return False


class PrintPreviewDialog(QDialog):
    preview_ready = Signal(object)  # Rendered: the preview on screen changed
    printed = Signal(object)  # Outcome: printed, saved or handed to the PDF reader

    def __init__(self, store: Store, viewer: Viewer, job: SlipJob | RegisterJob,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printPreview")
        self._store = store
        self._viewer = viewer
        self.job = job
        self._defaults = settings.print_settings(store)  # Quản trị › Cài đặt: printer, paper
        self.preview: Rendered | None = None
        self.error_message = ""
        self._signals = TaskSignals(self)
        self._signals.done.connect(self._on_done)
        self._signals.failed.connect(self._on_failed)
        self._signals.progress.connect(self._on_progress)
        self._token = 0
        self._latest_preview = [0]  # read by workers: a superseded preview is not drawn
        self._tasks: dict[int, str] = {}
        self._cancel = CancelFlag()
        self._buffer: QBuffer | None = None
        self._shown_path: Path | None = None
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_DELAY_MS)
        self._busy_timer.timeout.connect(self._show_busy)
        self._clock = QTimer(self)  # the seconds a long render has taken, on the busy line
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._tick)
        self._busy_text = ""
        self._rerender = QTimer(self)
        self._rerender.setSingleShot(True)
        self._rerender.setInterval(RERENDER_DELAY_MS)
        self._rerender.timeout.connect(self.refresh)
        self._started = 0.0
        _clean_old_temp_files()
        self._build()
        self._retitle()
        screen = self.screen().availableGeometry() if self.screen() else None
        self.resize(min(1200, screen.width() - 40) if screen else 1200,
                    min(740, screen.height() - 40) if screen else 720)
        self.refresh()

    # ------------------------------------------------------------------ layout

    @property
    def is_register(self) -> bool:
        return isinstance(self.job, RegisterJob)

    def _build(self) -> None:
        # The pages, with zoom buttons above them.
        self.page_label = QLabel(self)
        self.page_label.setObjectName("pageLabel")
        zoom_out = QPushButton("−", self)
        zoom_out.setToolTip(self.tr("Thu nhỏ (Ctrl+-)"))
        zoom_fit = QPushButton(self.tr("Vừa trang"), self)
        zoom_fit.setToolTip(self.tr("Xem trọn trang (Ctrl+0)"))
        zoom_in = QPushButton("+", self)
        zoom_in.setToolTip(self.tr("Phóng to (Ctrl++)"))
        for b in (zoom_out, zoom_fit, zoom_in):
            b.setAutoDefault(False)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for b in (zoom_out, zoom_in):
            b.setFixedWidth(b.sizeHint().height() + 8)
        zoom_out.clicked.connect(lambda: self._zoom(1 / 1.25))
        zoom_in.clicked.connect(lambda: self._zoom(1.25))
        zoom_fit.clicked.connect(self._fit)
        zoom_row = QHBoxLayout()
        zoom_row.addWidget(self.page_label, 1)
        zoom_row.addWidget(zoom_out)
        zoom_row.addWidget(zoom_fit)
        zoom_row.addWidget(zoom_in)
        self.document: Any = None
        self.view: QWidget
        if print_jobs.HAVE_QTPDF:
            self.document = QPdfDocument(self)
            view = QPdfView(self)
            view.setDocument(self.document)
            view.setPageMode(QPdfView.PageMode.MultiPage)
            view.setZoomMode(QPdfView.ZoomMode.FitInView)
            view.setPageSpacing(12)
            view.setStyleSheet("QPdfView { background: #7b8794; }")
            view.pageNavigator().currentPageChanged.connect(lambda _p: self._update_page_label())
            view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.view = view
        else:
            self.view = QLabel(self.tr(
                "Máy này không xem trước được bản in.\nBấm «Mở để in» (Enter): tệp PDF sẽ mở "
                "bằng phần mềm đọc PDF của máy, rồi in từ đó."), self)
            self.view.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.view.setWordWrap(True)
            for b in (zoom_out, zoom_fit, zoom_in):
                b.hide()
        self.view.setObjectName("pdfView")
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        left = QVBoxLayout()
        left.addLayout(zoom_row)
        left.addWidget(self.view, 1)

        # The choices.
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_box = QComboBox(self)
        self.form_box.setObjectName("formBox")
        self.paper_box = QComboBox(self)
        self.paper_box.setObjectName("paperBox")
        self.copies = QSpinBox(self)
        self.copies.setObjectName("copies")
        self.copies_hint = QLabel(self)
        self.copies_hint.setObjectName("copiesHint")
        self.copies_hint.setStyleSheet("color: #555;")
        self.period = QComboBox(self)
        self.period.setObjectName("period")
        self.date_from = self._date_edit()
        self.date_to = self._date_edit()
        if isinstance(self.job, SlipJob):
            for info in self.job.forms:
                self.form_box.addItem(messages.text(info.name), info.form_id)
            self.form_box.setEnabled(len(self.job.forms) > 1)
            form.addRow(self._buddy(self.tr("&Mẫu:"), self.form_box), self.form_box)
            saved_paper = self._defaults.paper
            for code, text in (("A4", self.tr("A4 (210 × 297 mm)")),
                               ("A5", self.tr("A5 (148 × 210 mm)"))):
                self.paper_box.addItem(text, code)
            self.paper_box.setCurrentIndex(max(PAPERS.index(saved_paper)
                                               if saved_paper in PAPERS else 0, 0))
            form.addRow(self._buddy(self.tr("&Khổ giấy:"), self.paper_box), self.paper_box)
            self.copies.setRange(1, printing.MAX_COPIES)
            self.copies.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.PlusMinus)
            copies_row = QHBoxLayout()
            copies_row.addWidget(self.copies)
            copies_row.addWidget(self.copies_hint, 1)
            form.addRow(self._buddy(self.tr("&Số bản:"), self.copies), copies_row)
            self._reset_copies()
            self.form_box.currentIndexChanged.connect(self._on_form_changed)
            self.paper_box.currentIndexChanged.connect(lambda _i: self.refresh())
            self.copies.valueChanged.connect(lambda _v: self._rerender.start())
            self.date_from.hide()
            self.date_to.hide()
            self.period.hide()
        else:
            job = self.job
            self.form_box.hide()
            self.copies.hide()
            self.copies_hint.hide()
            self.paper_box.addItem(self.tr("A4 khổ ngang"), "A4")
            self.paper_box.setEnabled(False)
            for text, key in ((self.tr("Tháng này"), "month"), (self.tr("Tháng trước"), "last"),
                              (self.tr("Quý này"), "quarter"), (self.tr("Năm nay"), "year"),
                              (self.tr("Khoảng ngày tự chọn"), "custom")):
                self.period.addItem(text, key)
            self.date_from.setDate(_qdate(job.date_from))
            self.date_to.setDate(_qdate(job.date_to))
            self._match_period()
            form.addRow(self._buddy(self.tr("&Kỳ:"), self.period), self.period)
            dates = QHBoxLayout()
            dates.addWidget(self.date_from, 1)
            dates.addWidget(QLabel(self.tr("đến"), self))
            dates.addWidget(self.date_to, 1)
            form.addRow(self._buddy(self.tr("&Từ ngày:"), self.date_from), dates)
            form.addRow(QLabel(self.tr("Khổ giấy:"), self), self.paper_box)
            self.period.currentIndexChanged.connect(self._on_period)
            for edit in (self.date_from, self.date_to):
                edit.dateChanged.connect(lambda _d: self._on_dates_edited())
                edit.installEventFilter(_EnterRefreshes(self.refresh, edit))
        self.printer_box = QComboBox(self)
        self.printer_box.setObjectName("printerBox")
        self.printer_options = QPushButton(self.tr("Tù&y chọn máy in…"), self)
        self.printer_options.setObjectName("printerOptions")
        self.printer_options.setAutoDefault(False)
        self.printer_options.clicked.connect(self._printer_dialog)
        if print_jobs.HAVE_QTPDF:
            self._fill_printers()
            form.addRow(self._buddy(self.tr("Máy &in:"), self.printer_box), self.printer_box)
            form.addRow("", self.printer_options)
        else:
            self.printer_box.hide()
            self.printer_options.hide()

        self.info = QLabel(self)
        self.info.setObjectName("info")
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setStyleSheet(NOTE_STYLE)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        self.busy_label = QLabel(self)
        self.busy_label.setObjectName("busyLabel")
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("busyBar")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_label.hide()
        self.busy_bar.hide()

        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printButton")
        self.print_button.setText(self.tr("In (Enter)") if print_jobs.HAVE_QTPDF
                                  else self.tr("Mở để in (Enter)"))
        self.print_button.setDefault(True)
        self.print_button.setMinimumHeight(self.fontMetrics().height() * 2 + 8)
        font = self.print_button.font()
        font.setBold(True)
        self.print_button.setFont(font)
        self.print_button.clicked.connect(self.print_now)
        self.save_button = QPushButton(self.tr("&Lưu PDF… (Ctrl+S)"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(lambda: self.save_pdf())
        close = QPushButton(self.tr("Đóng (Esc)"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button, 1)
        buttons.addWidget(close, 1)

        panel = QFrame(self)
        panel.setObjectName("panel")
        panel.setFixedWidth(max(320, self.fontMetrics().averageCharWidth() * 46))
        right = QVBoxLayout(panel)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.heading)
        right.addSpacing(6)
        right.addLayout(form)
        right.addSpacing(6)
        right.addWidget(self.info)
        right.addWidget(self.error)
        right.addWidget(self.busy_label)
        right.addWidget(self.busy_bar)
        right.addStretch(1)
        right.addWidget(self.print_button)
        right.addLayout(buttons)

        root = QHBoxLayout(self)
        root.addLayout(left, 1)
        root.addWidget(panel)

        for keys, slot in ((QKeySequence.StandardKey.Print, self.print_now),
                           (QKeySequence.StandardKey.Save, lambda: self.save_pdf()),
                           (QKeySequence.StandardKey.Refresh, self.refresh),
                           (QKeySequence.StandardKey.ZoomIn, lambda: self._zoom(1.25)),
                           (QKeySequence("Ctrl+="), lambda: self._zoom(1.25)),
                           (QKeySequence.StandardKey.ZoomOut, lambda: self._zoom(1 / 1.25)),
                           (QKeySequence("Ctrl+0"), self._fit)):
            QShortcut(QKeySequence(keys), self, slot)
        self._set_actions_enabled(True)
        self.view.setFocus()

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(widget)
        return label

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        return edit

    def _retitle(self) -> None:
        if isinstance(self.job, SlipJob):
            name = self.form_box.currentText()
            self.setWindowTitle(self.tr("In {form} – {what}").format(form=name, what=self.job.title))
            self.heading.setText(self.tr("<span style='font-size:12pt'><b>{form}</b></span><br>{what}")
                                 .format(form=escape(name), what=escape(self.job.title)))
        else:
            title = self.job.title
            self.setWindowTitle(self.tr("In {title}").format(title=title))
            self.heading.setText(self.tr("<span style='font-size:12pt'><b>{title}</b></span><br>"
                                         "từ {a} đến {b}").format(
                title=escape(title), a=_fmt(self.job.date_from), b=_fmt(self.job.date_to)))

    def _fill_printers(self) -> None:
        names = QPrinterInfo.availablePrinterNames()
        self.printer_box.clear()
        if not names:
            self.printer_box.addItem(self.tr("Chưa có máy in nào: dùng «Lưu PDF…»"), None)
            self.printer_box.setEnabled(False)
            self.printer_options.setEnabled(False)
            return
        for name in names:
            self.printer_box.addItem(name, name)
        saved = self._defaults.printer
        default = QPrinterInfo.defaultPrinterName()
        for wanted in (saved, default):
            i = self.printer_box.findData(wanted) if wanted else -1
            if i >= 0:
                self.printer_box.setCurrentIndex(i)
                break

    # ------------------------------------------------------------------ choices

    def form_id(self) -> str:
        return str(self.form_box.currentData() or "")

    def paper(self) -> str:
        return str(self.paper_box.currentData() or "A4")

    def _form_info(self) -> printing.FormInfo | None:
        if not isinstance(self.job, SlipJob):
            return None
        return next((f for f in self.job.forms if f.form_id == self.form_id()), self.job.forms[0])

    def copies_wanted(self) -> int | None:
        """None: the copies the law asks for (each labelled by the service)."""
        info = self._form_info()
        if info is None or self.copies.value() == info.copies:
            return None
        return self.copies.value()

    def _reset_copies(self) -> None:
        info = self._form_info()
        if info is None:
            return
        self.copies.blockSignals(True)
        self.copies.setValue(info.copies)
        self.copies.blockSignals(False)
        self.copies_hint.setText(self.tr("theo quy định: {n} bản", "", info.copies).format(n=info.copies))

    def _on_form_changed(self, _i: int) -> None:
        self._reset_copies()
        self._retitle()
        self.refresh()

    def current_job(self) -> SlipJob | RegisterJob:
        if isinstance(self.job, RegisterJob):
            return replace(self.job, date_from=_pydate(self.date_from.date()),
                           date_to=_pydate(self.date_to.date()))
        return self.job

    def set_period(self, date_from: date, date_to: date) -> None:
        """Show the register of another period (the date fields, then a new preview)."""
        for edit, d in ((self.date_from, date_from), (self.date_to, date_to)):
            edit.blockSignals(True)
            edit.setDate(_qdate(d))
            edit.blockSignals(False)
        self._match_period()
        self.refresh()

    def _period_dates(self, key: str) -> tuple[date, date] | None:
        today = _today()
        if key == "month":
            return print_jobs.this_month(today)
        if key == "last":
            return print_jobs.this_month(today.replace(day=1) - timedelta(days=1))
        if key == "quarter":
            first = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
            last_month = first.replace(month=first.month + 2)
            return first, print_jobs.this_month(last_month)[1]
        if key == "year":
            return date(today.year, 1, 1), date(today.year, 12, 31)
        return None

    def _match_period(self) -> None:
        chosen = (_pydate(self.date_from.date()), _pydate(self.date_to.date()))
        key = next((str(self.period.itemData(i)) for i in range(self.period.count())
                    if self._period_dates(str(self.period.itemData(i))) == chosen), "custom")
        self.period.blockSignals(True)
        self.period.setCurrentIndex(self.period.findData(key))
        self.period.blockSignals(False)

    def _on_period(self, _i: int) -> None:
        dates = self._period_dates(str(self.period.currentData()))
        if dates is None:
            self.date_from.setFocus()
            return
        self.set_period(*dates)

    def _on_dates_edited(self) -> None:
        self._match_period()
        self._rerender.start()

    # ------------------------------------------------------------------ background work

    def _start(self, action: str, work: Any) -> int:
        self._token += 1
        token = self._token
        self._tasks[token] = action
        self._started = time.monotonic()
        if action != PREVIEW:
            self._set_actions_enabled(False)
        self._busy_text = {
            PREVIEW: self.tr("Đang tạo bản xem trước…"),
            PRINT: self.tr("Đang in…"),
            SAVE: self.tr("Đang lưu tệp PDF…"),
            OPEN: self.tr("Đang tạo tệp PDF…"),
        }[action]
        self.busy_label.setText(self._busy_text)
        self.busy_bar.setRange(0, 0)
        if not self._busy_timer.isActive() and not self.busy_bar.isVisible():
            self._busy_timer.start()
        print_jobs.pool().start(Task(token, work, self._signals))
        return token

    def _show_busy(self) -> None:
        if self._tasks:
            self.busy_label.show()
            self.busy_bar.show()
            self._clock.start()

    def _tick(self) -> None:
        if self.busy_bar.maximum() == 0:  # no page count yet: say how long it has taken
            self.busy_label.setText(self.tr("{what} {s} giây · Esc để hủy").format(
                what=self._busy_text, s=round(time.monotonic() - self._started)))

    def _hide_busy_if_idle(self) -> None:
        if not self._tasks:
            self._busy_timer.stop()
            self._clock.stop()
            self.busy_label.hide()
            self.busy_bar.hide()

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def _set_actions_enabled(self, on: bool) -> None:
        can_print = on and (not print_jobs.HAVE_QTPDF or self.printer_box.currentData() is not None)
        self.print_button.setEnabled(can_print)
        self.save_button.setEnabled(on)
        self.printer_options.setEnabled(can_print)

    def _on_progress(self, token: int, value: object) -> None:
        if token not in self._tasks or not isinstance(value, tuple):
            return
        done, total = value
        if self._tasks[token] == PRINT:
            self.busy_bar.setRange(0, total)
            self.busy_bar.setValue(done)
            self.busy_label.setText(self.tr("Đang in trang {i}/{n}…").format(i=done, n=total))

    def _on_failed(self, token: int, exc: object) -> None:
        action = self._tasks.pop(token, None)
        self._hide_busy_if_idle()
        if action is None or (action == PREVIEW and token != self._latest_preview[0]):
            return
        assert isinstance(exc, BaseException)
        self._show_error(describe(exc), preview=action == PREVIEW)

    def _show_error(self, message: str, *, preview: bool) -> None:
        self.error_message = message
        self.error.setText(message)
        self.error.show()
        if preview:  # nothing to print until the choices are put right
            self.preview = None
            self._show_document(None)
            self.info.hide()
            self._set_actions_enabled(False)
        else:
            self._set_actions_enabled(True)

    def _on_done(self, token: int, result: object) -> None:
        action = self._tasks.pop(token, None)
        self._hide_busy_if_idle()
        if action == PREVIEW:
            assert result is None or isinstance(result, Rendered)
            if token != self._latest_preview[0] or result is None:
                if isinstance(result, Rendered):
                    remove_quietly(result.path)
                return
            self._show_preview(result)
        elif action in (PRINT, SAVE, OPEN):
            assert isinstance(result, Outcome)
            self._set_actions_enabled(True)
            if action == OPEN and result.path is not None and not QDesktopServices.openUrl(
                    QUrl.fromLocalFile(str(result.path))):
                self._show_error(self.tr("Không mở được phần mềm đọc PDF. Tệp đã được lưu tại "
                                         "{path}: hãy mở và in tệp đó.").format(path=result.path),
                                 preview=False)
                return
            self.printed.emit(result)
            self.accept()

    # ------------------------------------------------------------------ preview

    def refresh(self) -> None:
        """Render the preview again for the current choices (log=False: nothing is counted)."""
        self._rerender.stop()
        job = self.current_job()
        if isinstance(job, RegisterJob) and job.date_from > job.date_to:
            self._latest_preview[0] = -1  # whatever is still rendering is out of date
            self._show_error(describe(TiepDanError("bad_date_range")), preview=True)
            return
        if isinstance(job, RegisterJob):
            self._retitle_period(job)
        store, viewer, latest = self._store, self._viewer, self._latest_preview
        form_id, paper, copies = self.form_id(), self.paper(), self.copies_wanted()
        token = self._token + 1
        latest[0] = token

        def work(_progress: Any) -> Rendered | None:
            if latest[0] != token:
                return None  # superseded before it started
            out = temp_pdf("xem-truoc-") if isinstance(job, RegisterJob) else None
            try:
                result = print_jobs.render(store, viewer, job, form_id=form_id, paper=paper,
                                           copies=copies, log_print=False, out=out)
            except BaseException:
                remove_quietly(out)
                raise
            if latest[0] != token:
                remove_quietly(out)
                return None
            return result

        self._start(PREVIEW, work)

    def _retitle_period(self, job: RegisterJob) -> None:
        self.job = job
        self._retitle()

    def _show_preview(self, result: Rendered) -> None:
        self.preview = result
        self.error.hide()
        self.error_message = ""
        self._set_actions_enabled(True)
        self._show_document(result)
        bits = []
        if isinstance(self.job, RegisterJob):
            bits.append(self.tr("<b>{rows} dòng · {pages} trang</b>").format(
                rows=f"{result.rows:,}".replace(",", "."), pages=result.pages))
        else:
            bits.append(self.tr("<b>{pages} trang</b> · khổ {paper}", "", result.pages).format(
                pages=result.pages, paper=self.paper()))
        if result.reference:
            bits.append(self.tr("Mã tra cứu: {ref}").format(ref=escape(result.reference)))
        if result.reprint:
            bits.append(self.tr("<span style='color:#8a4b00'>Đã in {n} lần: bản in này sẽ ghi "
                                "<b>«In lại lần {n}»</b>.</span>", "", result.reprint).format(n=result.reprint))
        if result.masked and isinstance(self.job, SlipJob):
            bits.append(self.tr("<span style='color:#6a1b9a'>Danh tính người tố cáo được che "
                                "trên bản in này (Luật Tố cáo, Điều 8).</span>"))
        elif result.masked:
            bits.append(self.tr("<span style='color:#6a1b9a'>Người tố cáo do cán bộ khác tiếp được "
                                "ghi bằng bí danh (Luật Tố cáo, Điều 8); lãnh đạo in được sổ đầy "
                                "đủ.</span>"))
        self.info.setText("<br>".join(bits))
        self.info.show()
        self.preview_ready.emit(result)

    def _show_document(self, result: Rendered | None) -> None:
        old_path, old_buffer = self._shown_path, self._buffer
        self._shown_path, self._buffer = None, None
        if self.document is not None:
            self.document.close()
            if result is not None:
                if result.path is not None:
                    self.document.load(str(result.path))
                else:
                    self._buffer = QBuffer(self)
                    self._buffer.setData(QByteArray(result.pdf))
                    self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
                    self.document.load(self._buffer)
        if result is not None:
            self._shown_path = result.path
        if old_buffer is not None:
            old_buffer.close()
            old_buffer.deleteLater()
        if old_path is not None and old_path != self._shown_path:
            remove_quietly(old_path)
        self._update_page_label()

    def page_count(self) -> int:
        if self.document is not None:
            return int(self.document.pageCount())
        return self.preview.pages if self.preview else 0

    def _update_page_label(self) -> None:
        n = self.page_count()
        if not n:
            self.page_label.setText("")
            return
        current = 0
        if print_jobs.HAVE_QTPDF and isinstance(self.view, QPdfView):
            current = self.view.pageNavigator().currentPage()
        self.page_label.setText(self.tr("Trang {i}/{n} (PgUp, PgDn)").format(i=current + 1, n=n))

    def _zoom(self, factor: float) -> None:
        if print_jobs.HAVE_QTPDF and isinstance(self.view, QPdfView):
            z = self.view.zoomFactor()
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(max(0.25, min(4.0, z * factor)))

    def _fit(self) -> None:
        if print_jobs.HAVE_QTPDF and isinstance(self.view, QPdfView):
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)

    # ------------------------------------------------------------------ print, save, open

    def _what(self) -> str:
        if isinstance(self.job, SlipJob):
            return self.tr("{form} ({what})").format(form=self.form_box.currentText(),
                                                   what=self.job.title)
        job = self.current_job()
        assert isinstance(job, RegisterJob)
        return self.tr("{title} từ {a} đến {b}").format(
            title=job.title, a=_fmt(job.date_from), b=_fmt(job.date_to))

    def _reprint_template(self) -> str:
        return self.tr(" (bản in lại lần {n})")

    def selected_printer(self) -> QPrinter | None:
        name = self.printer_box.currentData()
        if not name:
            return None
        return QPrinter(QPrinterInfo.printerInfo(str(name)), QPrinter.PrinterMode.HighResolution)

    def print_now(self) -> None:
        """"In": to the chosen printer, or to the PDF reader where QtPdf is missing."""
        if self.busy and any(a != PREVIEW for a in self._tasks.values()):
            return
        if not print_jobs.HAVE_QTPDF:
            self.open_externally()
            return
        printer = self.selected_printer()
        if printer is None:
            self.error.setText(self.tr("Máy này chưa cài máy in. Hãy dùng «Lưu PDF…» rồi in "
                                       "tệp từ máy khác."))
            self.error.show()
            return
        self.print_to(printer)

    def _printer_dialog(self) -> None:
        printer = self.selected_printer()
        if printer is None:
            return
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Tùy chọn máy in"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Render for real (logged), then draw the pages on `printer` in the background."""
        store, viewer, cancel = self._store, self._viewer, self._cancel
        job = self.current_job()
        form_id, paper, copies = self.form_id(), self.paper(), self.copies_wanted()
        target = printer.printerName() or printer.outputFileName()
        text = self.tr("Đã gửi {what} tới máy in {printer}: {pages} trang{reprint}.")
        what, again = self._what(), self._reprint_template()

        def work(progress: Any) -> Outcome:
            out = temp_pdf("in-") if isinstance(job, RegisterJob) else None
            try:
                r = print_jobs.render(store, viewer, job, form_id=form_id, paper=paper,
                                      copies=copies, log_print=True, out=out)
                pages = print_jobs.paint_pdf(r.source(), printer, progress, cancel)
            finally:
                remove_quietly(out)
            message = text.format(what=what, printer=target, pages=pages,
                                  reprint=again.format(n=r.reprint) if r.reprint else "")
            return Outcome(PRINT, message, job, r, pages)

        return self._start(PRINT, work)

    def default_file_name(self) -> str:
        if isinstance(self.job, SlipJob):
            name = f"{self.form_box.currentText()} {self.job.number}"
        else:
            job = self.current_job()
            assert isinstance(job, RegisterJob)
            name = f"{job.title} {_fmt(job.date_from)} - {_fmt(job.date_to)}"
        return _safe_name(name) + ".pdf"

    def save_pdf(self, path: Path | None = None) -> int | None:
        """"Lưu PDF…": ask where (unless given), then render for real into that file."""
        if self.busy and any(a != PREVIEW for a in self._tasks.values()):
            return None
        if path is None:
            folder = str(QSettings().value(SETTINGS_FOLDER, "") or QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation))
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Lưu bản in thành tệp PDF"),
                str(Path(folder) / self.default_file_name()), self.tr("Tệp PDF (*.pdf)"))
            if not chosen:
                return None
            path = Path(chosen)
            if path.suffix.lower() != ".pdf":
                path = path.with_name(path.name + ".pdf")
            QSettings().setValue(SETTINGS_FOLDER, str(path.parent))
        store, viewer = self._store, self._viewer
        job = self.current_job()
        form_id, paper, copies = self.form_id(), self.paper(), self.copies_wanted()
        target = path
        text = self.tr("Đã lưu {what} vào tệp {path}{reprint}.")
        what, again = self._what(), self._reprint_template()

        def work(_progress: Any) -> Outcome:
            r = print_jobs.render(store, viewer, job, form_id=form_id, paper=paper, copies=copies,
                                  log_print=True, out=target)
            message = text.format(what=what, path=target,
                                  reprint=again.format(n=r.reprint) if r.reprint else "")
            return Outcome(SAVE, message, job, r, r.pages, target)

        return self._start(SAVE, work)

    def open_externally(self) -> int:
        """No QtPdf here: write the PDF (logged) and let the system's PDF reader print it."""
        store, viewer = self._store, self._viewer
        job = self.current_job()
        form_id, paper, copies = self.form_id(), self.paper(), self.copies_wanted()
        out = temp_pdf(_safe_name(self.default_file_name()[:-4]) + "-")
        message = self.tr("Đã mở {what} bằng phần mềm đọc PDF để in (tệp {path}).").format(
            what=self._what(), path=out)

        def work(_progress: Any) -> Outcome:
            try:
                r = print_jobs.render(store, viewer, job, form_id=form_id, paper=paper,
                                      copies=copies, log_print=True, out=out)
            except BaseException:
                remove_quietly(out)
                raise
            return Outcome(OPEN, message, job, r, r.pages, out)

        return self._start(OPEN, work)

    # ------------------------------------------------------------------ closing

    def done(self, result: int) -> None:
        self._cancel.set()
        self._latest_preview[0] = -1
        self._rerender.stop()
        self._busy_timer.stop()
        self._clock.stop()
        self._show_document(None)
        super().done(result)


def open_dialog(parent: QWidget | None, store: Store, viewer: Viewer,
                job: SlipJob | RegisterJob) -> PrintPreviewDialog:
    """Open the print dialog for `job` (window-modal, deleted when closed)."""
    dialog = PrintPreviewDialog(store, viewer, job, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def print_visit(parent: QWidget | None, store: Store, viewer: Viewer,
                visit: visits.VisitRecord | uuid.UUID) -> PrintPreviewDialog | None:
    """The slips of a visit; None when it has none to print. Refusals raise TiepDanError."""
    record = visit if isinstance(visit, visits.VisitRecord) else visits.get_visit(
        store, visit, viewer)
    job = print_jobs.visit_job(record)
    return open_dialog(parent, store, viewer, job) if job else None


def print_petition(parent: QWidget | None, store: Store, viewer: Viewer,
                   petition: petitions.PetitionRecord | uuid.UUID) -> PrintPreviewDialog | None:
    record = petition if isinstance(petition, petitions.PetitionRecord) else petitions.get(
        store, petition, viewer)
    job = print_jobs.petition_job(record)
    return open_dialog(parent, store, viewer, job) if job else None


def print_register(parent: QWidget | None, store: Store, viewer: Viewer, register: str = LOGBOOK,
                   date_from: date | None = None, date_to: date | None = None
                   ) -> PrintPreviewDialog:
    """A register; the period defaults to this month (changed in the dialog)."""
    first, last = print_jobs.this_month(_today())
    job = RegisterJob(register, date_from or first, date_to or last)
    return open_dialog(parent, store, viewer, job)
