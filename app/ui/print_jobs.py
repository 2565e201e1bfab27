"""What the print dialog renders, off the GUI thread, and how a PDF reaches a printer.

A job is either a slip for one visit or petition (`SlipJob`: the forms that fit it, the one the
record calls for first) or a register over a period (`RegisterJob`). `render` calls the printing
service (Qt-free, safe on a worker thread): previews with log=False, the real print or the saved
file with log=True, so only what leaves the desk is counted and a reprint is marked.

`paint_pdf` draws a PDF's pages onto a QPrinter with QtPdf, at the printer's resolution (capped
at 600 dpi) and in horizontal bands, so an A4 page at 600 dpi never needs a 140 MB image.
QPainter on a QPrinter and QPdfDocument both work on a worker thread (Qt serialises pdfium).
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QRect,
    QRectF,
    QRunnable,
    QSize,
    QSizeF,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from app.errors import TiepDanError, os_reason
from app.logs import log_path
from app.paths import print_temp_dir
from app.services import petitions, printing, visits
from app.services.printing import FormInfo
from app.services.viewer import Viewer
from app.storage.store import Store
from app.ui import messages

try:  # QtPdf is in PySide6-Addons; without it the dialog opens the PDF in the system viewer.
    from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions

    HAVE_QTPDF = True
except ImportError:  # pragma: no cover - depends on the installed wheels
    HAVE_QTPDF = False

log = logging.getLogger("tiepdan.ui")

VISIT, PETITION = printing.VISIT, printing.PETITION
LOGBOOK, REGISTER = "logbook", "register"
PAPERS = ("A4", "A5")
MAX_DPI = 600  # cheap laser printers print 600 dpi; more only makes the spool file bigger
BAND_PX = 1024  # rows of pixels rendered at a time


translate = QCoreApplication.translate  # lupdate reads translate("context", "text") calls


# ----------------------------------------------------------------------------- jobs


@dataclass(frozen=True, slots=True)
class SlipJob:
    """The slips of one visit or petition; `forms[0]` is the one the record calls for now."""

    kind: str  # visit | petition
    record_id: uuid.UUID
    number: str
    forms: tuple[FormInfo, ...]

    @property
    def title(self) -> str:
        what = translate("print", "lượt tiếp") if self.kind == VISIT else translate("print", "đơn")
        return f"{what} {self.number}"


@dataclass(frozen=True, slots=True)
class RegisterJob:
    """A register over a period: the reception logbook or the petition processing register."""

    register: str  # logbook | register
    date_from: date
    date_to: date

    @property
    def title(self) -> str:
        return register_title(self.register)


def register_title(register: str) -> str:
    return translate("print", "Sổ tiếp công dân") if register == LOGBOOK else translate("print", "Sổ theo dõi xử lý đơn")


def visit_job(record: visits.VisitRecord) -> SlipJob | None:
    forms = tuple(printing.forms_for_visit(record))
    return SlipJob(VISIT, record.id, record.number, forms) if forms else None


def petition_job(record: petitions.PetitionRecord) -> SlipJob | None:
    forms = tuple(printing.forms_for_petition(record))
    return SlipJob(PETITION, record.id, record.number, forms) if forms else None


def this_month(today: date) -> tuple[date, date]:
    first = today.replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return first, last


# ----------------------------------------------------------------------------- rendering


@dataclass(frozen=True, slots=True)
class Rendered:
    """A rendered PDF (bytes for a slip, a file for a register) and what the service said."""

    pages: int
    reprint: int
    masked: bool
    pdf: bytes = b""
    path: Path | None = None
    reference: str = ""
    rows: int = 0

    def source(self) -> bytes | Path:
        return self.path if self.path is not None else self.pdf


def temp_pdf(prefix: str = "ban-in-") -> Path:
    """An empty temporary .pdf file of ours (the caller deletes it)."""
    folder = print_temp_dir()
    folder.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=prefix, suffix=".pdf", dir=folder)
    os.close(fd)
    return Path(name)


def remove_quietly(path: Path | None) -> None:
    if path is not None:
        with contextlib.suppress(OSError):
            path.unlink()


def render(store: Store, viewer: Viewer, job: SlipJob | RegisterJob, *, form_id: str = "",
           paper: str = "A4", copies: int | None = None, log_print: bool,
           out: Path | None = None) -> Rendered:
    """Render `job` (runs on a worker thread). A register always goes to `out` (a file); a
    slip's bytes are returned and, with `out`, also written there (atomically)."""
    if isinstance(job, RegisterJob):
        if out is None:
            raise ValueError("a register is rendered to a file")
        draw = (printing.render_logbook if job.register == LOGBOOK
                else printing.render_petition_register)
        result = draw(store, job.date_from, job.date_to, viewer, out, log=log_print)
        return Rendered(result.pages, result.reprint, not viewer.is_head, path=out,
                        rows=result.rows)
    printed = printing.render_form(store, form_id or job.forms[0].form_id, job.record_id, viewer,
                                   paper=paper, copies=copies, kind=job.kind, log=log_print)
    if out is not None:
        printing.write_atomically(out, lambda f: f.write(printed.pdf))
    return Rendered(printed.pages, printed.reprint, printed.masked, pdf=printed.pdf, path=out,
                    reference=printed.reference)


class PrintFailed(Exception):
    """A print that could not be done, with the reason in Vietnamese."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def describe(exc: BaseException) -> str:
    """What went wrong, for the officer: never a traceback or an English library message."""
    if isinstance(exc, TiepDanError):
        return messages.error(exc)
    if isinstance(exc, PrintFailed):
        return exc.message
    if isinstance(exc, OSError):
        return translate("print", "Không ghi được tệp: {reason}. Hãy chọn thư mục khác hoặc kiểm tra ổ đĩa.").format(
            reason=messages.text(os_reason(exc)) or translate("print", "lỗi ổ đĩa"))
    log.error("printing failed", exc_info=(type(exc), exc, exc.__traceback__))
    return translate("print", "Không tạo được bản in do một lỗi không mong muốn. Chi tiết đã được ghi vào tệp "
              "{path}; hãy gửi tệp này cho cán bộ tin học nếu lỗi lặp lại.").format(path=log_path())


# ----------------------------------------------------------------------------- the worker pool


class TaskSignals(QObject):
    """Results of background tasks; lives on the GUI thread, so slots run there."""

    done = Signal(int, object)  # token, result
    failed = Signal(int, object)  # token, exception
    progress = Signal(int, object)  # token, (done, total)


class Task(QRunnable):
    def __init__(self, token: int, work: Callable[[Callable[[int, int], None]], Any],
                 signals: TaskSignals) -> None:
        super().__init__()
        self._token = token
        self._work = work
        self._signals = signals

    def run(self) -> None:
        def progress(done: int, total: int) -> None:
            self._emit(self._signals.progress, (done, total))

        try:
            result = self._work(progress)
        except BaseException as exc:  # shown to the officer as a message, logged if unexpected
            self._emit(self._signals.failed, exc)
            return
        self._emit(self._signals.done, result)

    def _emit(self, signal: Any, value: object) -> None:
        with contextlib.suppress(RuntimeError):  # the dialog was closed (deleted) meanwhile
            signal.emit(self._token, value)


_pool: QThreadPool | None = None


def pool() -> QThreadPool:
    """The printing threads (two: a preview may start while another is still drawing)."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(2)
        _pool.setExpiryTimeout(30_000)
    return _pool


def wait_for_workers(msecs: int = 30_000) -> bool:
    return pool().waitForDone(msecs)


# ----------------------------------------------------------------------------- to the printer


def page_setup(size_pt: QSizeF) -> tuple[QPageSize, QPageLayout.Orientation]:
    """The paper (A4, A5 when the size matches) and orientation of a PDF page."""
    landscape = size_pt.width() > size_pt.height()
    portrait = QSizeF(size_pt.height(), size_pt.width()) if landscape else size_pt
    page = QPageSize(portrait, QPageSize.Unit.Point, "",
                     QPageSize.SizeMatchPolicy.FuzzyOrientationMatch)
    orientation = (QPageLayout.Orientation.Landscape if landscape
                   else QPageLayout.Orientation.Portrait)
    return page, orientation


def _load(source: bytes | Path) -> tuple[Any, QBuffer | None]:
    doc = QPdfDocument()
    buffer = None
    if isinstance(source, Path):
        error = doc.load(str(source))
    else:
        buffer = QBuffer()
        buffer.setData(QByteArray(source))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        doc.load(buffer)
        error = doc.error()
    if error != QPdfDocument.Error.None_ or doc.pageCount() < 1:
        raise PrintFailed(translate("print", "Tệp PDF vừa tạo không đọc được để in. Hãy thử «Lưu PDF…» rồi in "
                             "bằng phần mềm đọc PDF."))
    return doc, buffer


def paint_pdf(source: bytes | Path, printer: QPrinter,
              progress: Callable[[int, int], None] | None = None,
              cancelled: Callable[[], bool] = lambda: False) -> int:
    """Print every page of the PDF on `printer`; returns the pages sent."""
    doc, _buffer = _load(source)
    try:
        total = int(doc.pageCount())
        page, orientation = page_setup(doc.pagePointSize(0))
        printer.setFullPage(True)  # the PDF carries its own margins
        printer.setPageSize(page)
        printer.setPageOrientation(orientation)
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintFailed(translate("print", "Không mở được máy in «{name}». Hãy kiểm tra máy in đã bật và "
                                 "còn giấy, hoặc chọn máy in khác.").format(
                name=printer.printerName() or printer.outputFileName()))
        try:
            for i in range(total):
                if cancelled():
                    printer.abort()
                    return i
                if i:
                    page, orientation = page_setup(doc.pagePointSize(i))
                    printer.setPageSize(page)
                    printer.setPageOrientation(orientation)
                    printer.newPage()
                _paint_page(painter, printer, doc, i)
                if progress is not None:
                    progress(i + 1, total)
        finally:
            painter.end()
        return total
    finally:
        doc.close()


def _paint_page(painter: QPainter, printer: QPrinter, doc: Any, index: int) -> None:
    size_pt = doc.pagePointSize(index)
    target = printer.paperRect(QPrinter.Unit.DevicePixel)
    dpi = min(printer.resolution(), MAX_DPI)
    width = max(1, round(size_pt.width() / 72 * dpi))
    height = max(1, round(size_pt.height() / 72 * dpi))
    scale_x = target.width() / width
    scale_y = target.height() / height
    y = 0
    while y < height:
        band = min(BAND_PX, height - y)
        options = QPdfDocumentRenderOptions()
        options.setScaledSize(QSize(width, height))
        options.setScaledClipRect(QRect(0, y, width, band))
        image = doc.render(index, QSize(width, band), options)
        # pdfium leaves the paper transparent: lay it on white, in grey (a smaller spool file).
        grey = QImage(width, band, QImage.Format.Format_Grayscale8)
        grey.fill(Qt.GlobalColor.white)
        p = QPainter(grey)
        p.drawImage(0, 0, image)
        p.end()
        painter.drawImage(QRectF(0, y * scale_y, width * scale_x, band * scale_y), grey)
        y += band


class CancelFlag:
    """Set from the GUI thread when the dialog closes; read by the worker."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def set(self) -> None:
        self._event.set()

    def __call__(self) -> bool:
        return self._event.is_set()
