"""Printing from the GUI: the slip offered after a save, the preview (QtPdf), printing to a PDF
printer (no real printer here), saving a PDF, reprints, masking, the registers, errors."""

from __future__ import annotations

import io
import threading
import time
import unicodedata
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QApplication

from app.services import office, petitions, printing
from app.services.petitions import PetitionInput, StepInput
from app.services.viewer import Viewer
from app.services.visits import PersonInput
from app.storage.store import Store
from app.ui import print_jobs, print_preview
from app.ui.main import PETITIONS_PAGE, create_main_window
from app.ui.petition_detail import PetitionDetailDialog
from app.ui.petition_step import StepDialog
from app.ui.print_jobs import RegisterJob, SlipJob
from app.ui.print_preview import Outcome, PrintPreviewDialog
from app.ui.visit_form import VisitDialog
from app.ui.visit_view import VisitViewDialog
from tests.ui.conftest import log, type_text

PRINTER = "Máy in thử"


@pytest.fixture(autouse=True)
def _workers_done(ui_store: Store) -> Iterator[None]:
    """No render may outlive the test's store."""
    yield
    assert print_jobs.wait_for_workers(30_000)


def _officer(store: Store, code: str) -> uuid.UUID:
    return next(o.id for o in office.list_officers(store) if o.code == code)


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(150)
    return printer


def text_of(pdf: bytes | Path) -> str:
    data = pdf.read_bytes() if isinstance(pdf, Path) else pdf
    pages = pypdf.PdfReader(io.BytesIO(data)).pages
    return unicodedata.normalize("NFC", " ".join(" ".join(p.extract_text().split()) for p in pages))


class _Printers:
    """One printer installed (it prints to a PDF file): Enter in the dialog prints there."""

    @staticmethod
    def availablePrinterNames() -> list[str]:
        return [PRINTER]

    @staticmethod
    def defaultPrinterName() -> str:
        return PRINTER

    @staticmethod
    def printerInfo(_name: str) -> QPrinterInfo:
        return QPrinterInfo()


@pytest.fixture
def printer_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    out = tmp_path / "may-in.pdf"
    monkeypatch.setattr(print_preview, "QPrinterInfo", _Printers)
    monkeypatch.setattr(PrintPreviewDialog, "selected_printer", lambda self: pdf_printer(out))
    return out


def _window(qtbot, store, officer: str | None = None):  # type: ignore[no-untyped-def]
    w = create_main_window(store, _officer(store, officer) if officer else None)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w and w.logbook.table.hasFocus())
    return w


def _modal(qtbot, kind: type) -> Any:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind)
                    and QApplication.activeWindow() is QApplication.activeModalWidget())
    return QApplication.activeModalWidget()


def _previewed(qtbot, dialog: PrintPreviewDialog) -> PrintPreviewDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: dialog.preview is not None or bool(dialog.error_message), timeout=10_000)
    assert not dialog.error_message, dialog.error_message
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    return dialog


def _save_visit(qtbot, w, category: str = "KN") -> Any:  # type: ignore[no-untyped-def]
    qtbot.keyClick(w, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    d = _modal(qtbot, VisitDialog)
    qtbot.waitUntil(lambda: d.cccd.hasFocus())
    d.full_name.setFocus()
    type_text(d.full_name, "Nguyễn Văn Đức")
    d.address.setText("Số 1 phố Láng Thượng")
    d.category.setCurrentIndex(d.category.findData(category))
    d.content.setFocus()
    type_text(d.content, "Khiếu nại quyết định thu hồi đất ở ngõ 12 phố Chùa Láng")
    qtbot.keyClick(d.content, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not d.isVisible())
    assert d.saved is not None
    return d.saved


def test_after_saving_a_visit_the_receipt_is_offered_previewed_and_printed(  # type: ignore[no-untyped-def]
        qtbot, ui_store, printer_file):
    w = _window(qtbot, ui_store)
    saved = _save_visit(qtbot, w)
    # The slip is offered without blocking the desk: a button in the status bar, and Ctrl+P.
    qtbot.waitUntil(lambda: w.print_offer.isVisible())
    assert "In giấy biên nhận" in w.print_offer.text() and saved.number in w.print_offer.text()
    assert "Ctrl+P" in w.print_offer.text()
    assert w.logbook.current_visit_id() == saved.id

    w.activateWindow()  # the window manager does this when the form closes
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    qtbot.keyClick(w.logbook.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = _previewed(qtbot, _modal(qtbot, PrintPreviewDialog))
    assert isinstance(dialog.job, SlipJob) and dialog.job.record_id == saved.id
    assert dialog.form_id() == "receipt"
    assert isinstance(dialog.document, QPdfDocument)
    assert dialog.document.pageCount() == 2  # a complaint's receipt: citizen's and file copy
    assert dialog.copies.value() == 2 and "2 bản" in dialog.copies_hint.text()
    assert dialog.printer_box.currentText() == PRINTER
    assert "In lại" not in dialog.info.text()
    assert printing.print_count(ui_store, "receipt", saved.id) == 0  # previews are not counted

    # Enter prints (to the PDF file standing in for the printer) and closes the dialog.
    with qtbot.waitSignal(dialog.printed, timeout=20_000) as printed:
        qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    outcome = printed.args[0]
    assert isinstance(outcome, Outcome) and outcome.action == "print" and outcome.pages == 2
    assert printer_file.stat().st_size > 0
    assert len(pypdf.PdfReader(printer_file).pages) == 2
    assert printing.print_count(ui_store, "receipt", saved.id) == 1
    assert outcome.rendered.reprint == 0
    qtbot.waitUntil(lambda: not w.print_offer.isVisible())
    assert "Đã gửi" in w.statusBar().currentMessage()

    # The second print is a reprint: the preview already carries the mark, the print logs it.
    printer_file.unlink()
    dialog = _previewed(qtbot, w.print_selected())
    assert "In lại lần 1" in dialog.info.text()
    assert dialog.preview is not None and "In lại lần 1" in text_of(dialog.preview.pdf)
    with qtbot.waitSignal(dialog.printed, timeout=20_000) as printed:
        dialog.print_to(pdf_printer(printer_file))
    assert printed.args[0].rendered.reprint == 1
    assert printing.print_count(ui_store, "receipt", saved.id) == 2
    assert printer_file.exists()


def test_save_as_pdf_writes_the_file_and_counts_it(qtbot, ui_store, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    v = log(ui_store, "Nguyễn Văn Đức", "Khiếu nại quyết định xử phạt", category="KN")
    w = _window(qtbot, ui_store)
    w.logbook.table.selectRow(0)
    chosen = tmp_path / "bien-nhan"
    asked: list[str] = []

    def save_dialog(parent, title, suggested, _filter):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return str(chosen), ""

    monkeypatch.setattr(print_preview.QFileDialog, "getSaveFileName", save_dialog)
    qtbot.keyClick(w.logbook.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = _previewed(qtbot, _modal(qtbot, PrintPreviewDialog))
    dialog.paper_box.setCurrentIndex(dialog.paper_box.findData("A5"))
    _previewed(qtbot, dialog)
    with qtbot.waitSignal(dialog.printed, timeout=20_000) as saved:
        qtbot.keyClick(dialog.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    outcome = saved.args[0]
    target = tmp_path / "bien-nhan.pdf"  # the extension is added
    assert outcome.action == "save" and outcome.path == target and target.exists()
    assert asked and asked[0].endswith(f"{v.number.replace('/', '-')}.pdf")
    text = text_of(target)
    assert "Nguyễn Văn Đức" in text and v.number in text
    page = pypdf.PdfReader(target).pages[0]
    assert round(float(page.mediabox.width)) == 420  # A5: 148 mm
    assert printing.print_count(ui_store, "receipt", v.id) == 1
    assert str(target) in w.statusBar().currentMessage()


def test_a_denunciation_viewed_by_another_officer_previews_the_masked_slip(qtbot, ui_store):  # type: ignore[no-untyped-def]
    v = log(ui_store, "Phạm Văn Tố", "Tố cáo cán bộ địa chính nhận tiền", category="TC",
            cccd="001090012345", officer_code="CB01")
    w = _window(qtbot, ui_store, officer="CB03")  # Trần Văn Bình did not receive it
    dialog = _previewed(qtbot, w.print_visit(v.id))
    assert dialog.preview is not None and dialog.preview.masked
    assert "che" in dialog.info.text()
    text = text_of(dialog.preview.pdf)
    assert "Phạm Văn Tố" not in text and "001090012345" not in text
    assert "Người tố cáo (bảo mật)" in text
    dialog.reject()
    # The officer who received the denouncer prints the complete slip.
    w.officer_box.setCurrentIndex(w.officer_box.findText("Nguyễn Thị Lan"))
    dialog = _previewed(qtbot, w.print_visit(v.id))
    assert dialog.preview is not None and not dialog.preview.masked
    assert "Phạm Văn Tố" in text_of(dialog.preview.pdf)
    assert dialog.document.pageCount() == 3  # a denunciation's receipt has three copies


def test_print_the_logbook_for_a_period(qtbot, ui_store, tmp_path):  # type: ignore[no-untyped-def]
    for i in range(3):
        log(ui_store, f"Người Thứ {i + 1}", f"Phản ánh số {i + 1} về vệ sinh môi trường",
            hours_ago=24 * (i + 1))
    w = _window(qtbot, ui_store)
    w.print_logbook_action.trigger()
    dialog = _modal(qtbot, PrintPreviewDialog)
    assert isinstance(dialog.job, RegisterJob) and dialog.job.register == "logbook"
    today = print_preview._today()
    assert dialog.job.date_from == today.replace(day=1)  # this month by default
    assert dialog.period.currentData() == "month"
    _previewed(qtbot, dialog)
    start, end = today - timedelta(days=10), today
    dialog.set_period(start, end)
    assert dialog.period.currentData() == "custom"
    _previewed(qtbot, dialog)
    assert dialog.preview is not None and dialog.preview.rows == 3
    assert dialog.document.pageCount() == dialog.preview.pages >= 1
    assert "3 dòng" in dialog.info.text()
    assert "Sổ tiếp công dân" in dialog.windowTitle()
    size = dialog.document.pagePointSize(0)
    assert size.width() > size.height()  # A4 landscape
    preview_file = dialog.preview.path
    assert preview_file is not None and preview_file.exists()
    out = tmp_path / "so.pdf"
    with qtbot.waitSignal(dialog.printed, timeout=30_000) as printed:
        dialog.print_to(pdf_printer(out))
    assert printed.args[0].rendered.rows == 3 and out.exists()
    page = pypdf.PdfReader(out).pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)
    qtbot.waitUntil(lambda: not preview_file.exists())  # the preview's temp file is cleaned up

    # The same period again is a reprint; the petition register prints from the same menu.
    dialog = print_preview.print_register(w, ui_store, w.viewer(), "logbook", start, end)
    _previewed(qtbot, dialog)
    assert dialog.preview is not None and dialog.preview.reprint == 1
    assert "In lại lần 1" in dialog.info.text()
    dialog.reject()
    w.print_register_action.trigger()
    dialog = _previewed(qtbot, _modal(qtbot, PrintPreviewDialog))
    assert isinstance(dialog.job, RegisterJob) and dialog.job.register == "register"
    assert "Sổ theo dõi xử lý đơn" in dialog.windowTitle()
    assert dialog.document.pageCount() >= 1


def test_errors_are_shown_in_vietnamese(qtbot, ui_store, monkeypatch):  # type: ignore[no-untyped-def]
    w = _window(qtbot, ui_store)
    today = print_preview._today()
    dialog = _previewed(qtbot, print_preview.print_register(w, ui_store, w.viewer()))
    dialog.set_period(today, today - timedelta(days=3))
    assert "Khoảng ngày không hợp lệ" in dialog.error.text() and dialog.error.isVisible()
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()
    dialog.reject()

    v = log(ui_store, "Nguyễn Văn Đức", "Khiếu nại", category="KN")

    def broken(*_a: Any, **_k: Any) -> Any:
        raise RuntimeError("pdfium exploded")

    monkeypatch.setattr(printing, "render_form", broken)
    dialog = w.print_visit(v.id)
    qtbot.waitUntil(lambda: bool(dialog.error_message), timeout=10_000)
    assert "lỗi không mong muốn" in dialog.error.text()
    assert "pdfium" not in dialog.error.text() and "Traceback" not in dialog.error.text()


def test_without_qtpdf_the_pdf_opens_in_the_system_reader(qtbot, ui_store, monkeypatch):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QUrl

    opened: list[QUrl] = []
    monkeypatch.setattr(print_jobs, "HAVE_QTPDF", False)
    monkeypatch.setattr(print_preview.QDesktopServices, "openUrl",
                        lambda url: opened.append(url) or True)
    v = log(ui_store, "Nguyễn Văn Đức", "Khiếu nại", category="KN")
    w = _window(qtbot, ui_store)
    dialog = _previewed(qtbot, w.print_visit(v.id))
    assert dialog.document is None and dialog.page_count() == 2
    assert dialog.print_button.text().startswith("Mở để in")
    with qtbot.waitSignal(dialog.printed, timeout=20_000) as printed:
        qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    path = Path(opened[0].toLocalFile())
    assert printed.args[0].action == "open" and path.exists() and path.suffix == ".pdf"
    assert "Nguyễn Văn Đức" in text_of(path)
    assert printing.print_count(ui_store, "receipt", v.id) == 1
    path.unlink()


def test_the_visit_view_prints_its_slips(qtbot, ui_store):  # type: ignore[no-untyped-def]
    v = log(ui_store, "Nguyễn Văn Đức", "Khiếu nại quyết định xử phạt", category="KN")
    plain = log(ui_store, "Trần Thị Mai", "Hỏi thủ tục chứng thực", category="OTHER",
                hours_ago=30)
    w = _window(qtbot, ui_store)
    w.show_visit(plain.id)
    view = _modal(qtbot, VisitViewDialog)
    assert not view.print_button.isVisible()  # a question answered on the spot: nothing to print
    view.reject()
    w.show_visit(v.id)
    view = _modal(qtbot, VisitViewDialog)
    assert view.print_button.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = _previewed(qtbot, _modal(qtbot, PrintPreviewDialog))
    assert dialog.parent() is view
    assert [dialog.form_box.itemData(i) for i in range(dialog.form_box.count())] == [
        f.form_id for f in printing.forms_for_visit(v)]
    # Another form of the same visit: the written record of the oral complaint.
    dialog.form_box.setCurrentIndex(dialog.form_box.findData("oral-record"))
    _previewed(qtbot, dialog)
    assert dialog.copies.value() == 1
    assert "Văn bản ghi nội dung" in dialog.windowTitle()


def test_registering_a_petition_offers_its_receipt(qtbot, ui_store):  # type: ignore[no-untyped-def]
    log(ui_store, "Nguyễn Văn Đức", "Khiếu nại quyết định xử phạt vi phạm hành chính",
        category="KN", cccd="001090012345")
    w = _window(qtbot, ui_store)
    w.logbook.table.selectRow(0)
    qtbot.keyClick(w.logbook.table, Qt.Key.Key_D,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    from app.ui.petition_form import PetitionDialog

    form = _modal(qtbot, PetitionDialog)
    qtbot.waitUntil(lambda: form.content_type.hasFocus())
    qtbot.keyClick(form.content_type, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not form.isVisible())
    saved = form.saved
    assert saved is not None
    qtbot.waitUntil(lambda: w.print_offer.isVisible())
    assert "In giấy biên nhận" in w.print_offer.text() and saved.number in w.print_offer.text()
    assert w.tabs.currentIndex() == PETITIONS_PAGE
    dialog = _previewed(qtbot, w.print_selected())  # Ctrl+P on the register
    assert isinstance(dialog.job, SlipJob) and dialog.job.kind == "petition"
    assert dialog.job.record_id == saved.id and dialog.form_id() == "receipt"


def test_after_a_step_the_detail_offers_the_slip_it_calls_for(qtbot, ui_store):  # type: ignore[no-untyped-def]
    lan = _officer(ui_store, "CB01")
    p = petitions.register(ui_store, PetitionInput(
        received_date=print_preview._today(), content="Phản ánh lấn chiếm vỉa hè",
        content_type="KNPA", senders=[PersonInput(full_name="Trần Thị Mai", address="Số 3")],
        officer_id=lan), viewer=Viewer(lan))
    petitions.act(ui_store, p.id, StepInput(step="classify", on_date=p.received_date,
                                            content_type="KNPA", processable=True,
                                            competent=False), viewer=Viewer(lan))
    w = _window(qtbot, ui_store)
    detail = w.show_petition(p.id)
    assert isinstance(detail, PetitionDetailDialog)
    detail = _modal(qtbot, PetitionDetailDialog)
    assert not detail.print_hint.isVisible()
    assert "transfer" in detail.step_buttons
    button = detail.step_buttons["transfer"]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    step = _modal(qtbot, StepDialog)
    assert step.recipient is not None and step.doc_number is not None
    step.recipient.setText("Công an phường Láng")
    step.doc_number.setText("15/PC-UBND")
    step.save()
    qtbot.waitUntil(lambda: not step.isVisible())
    assert detail.record.events[-1].step == "transfer"
    # The transfer slip comes first, and Enter opens its preview.
    qtbot.waitUntil(lambda: detail.print_hint.isVisible())
    assert "In phiếu chuyển đơn" in detail.print_hint.text()
    detail.activateWindow()  # the window manager does this when the step dialog closes
    qtbot.waitUntil(lambda: detail.print_button.hasFocus())
    qtbot.keyClick(detail.print_button, Qt.Key.Key_Return)
    dialog = _previewed(qtbot, _modal(qtbot, PrintPreviewDialog))
    assert dialog.form_id() == "transfer-knpa"
    assert dialog.form_box.count() == len(printing.forms_for_petition(detail.record))
    assert dialog.document.pageCount() >= 1
    with qtbot.waitSignal(detail.printed, timeout=20_000):
        dialog.save_pdf(Path(str(ui_store.data_dir)) / "chuyen-don.pdf")
    assert printing.print_count(ui_store, "transfer-knpa", p.id) == 1
    assert not detail.print_hint.isVisible()


def test_renders_run_off_the_gui_thread_and_closing_midway_leaves_nothing(  # type: ignore[no-untyped-def]
        qtbot, ui_store, monkeypatch, tmp_path):
    threads: list[threading.Thread] = []
    real = printing.render_logbook

    def slow(*a: Any, **k: Any) -> Any:
        threads.append(threading.current_thread())
        time.sleep(0.6)
        return real(*a, **k)

    monkeypatch.setattr(printing, "render_logbook", slow)
    folder = print_jobs.print_temp_dir()
    assert folder.is_relative_to(tmp_path)  # this test's own folder (tests/ui/conftest.py)
    w = _window(qtbot, ui_store)
    dialog = print_preview.print_register(w, ui_store, w.viewer())
    qtbot.waitUntil(lambda: dialog.busy_bar.isVisible())  # a long render shows the busy bar
    assert "Đang tạo bản xem trước" in dialog.busy_label.text()
    dialog.reject()  # Esc while it renders
    assert print_jobs.wait_for_workers(10_000)
    qtbot.wait(50)
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert list(folder.glob("*.pdf")) == []  # the half-made preview was removed


def test_slip_job_titles_and_this_month() -> None:
    assert print_jobs.this_month(date(2026, 2, 14)) == (date(2026, 2, 1), date(2026, 2, 28))
    assert print_jobs.this_month(date(2026, 12, 31)) == (date(2026, 12, 1), date(2026, 12, 31))
    assert RegisterJob("register", date(2026, 1, 1), date(2026, 1, 31)).title == \
        "Sổ theo dõi xử lý đơn"
