"""The statistics page draws its charts and a click opens the right records; the report
dialog's cell drill-down; Ctrl+E on the logbook; the import wizard's check and import."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from app.services.excel_import import values
from app.ui.main import STATISTICS_PAGE, create_main_window
from tests.services.excel_files import VISIT_HEADERS, visit_rows, write_xlsx
from tests.ui.conftest import log


def test_statistics_page_draws_and_drills_down(qtbot, ui_store):  # type: ignore[no-untyped-def]
    a = log(ui_store, "Nguyễn Văn Đức", "Khiếu nại thu hồi đất", category="KN", hours_ago=2)
    log(ui_store, "Trần Thị Hoa", "Phản ánh tiếng ồn", hours_ago=3)
    w = create_main_window(ui_store)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.page_actions[STATISTICS_PAGE].trigger()
    page = w._statistics_tab.page
    assert page is not None
    qtbot.waitUntil(lambda: page.stats is not None, timeout=5000)
    assert "2 lượt tiếp" in page.status.text()
    bar, figs = page.bar_sets["category:0"]
    assert [f.key for f in figs][:1] == ["vc:KN"] and bar.at(0) == 1
    bar.clicked.emit(0)  # a click on the "Khiếu nại" bar: its records read off the GUI thread
    qtbot.waitUntil(lambda: getattr(page, "last_dialog", None) is not None, timeout=5000)
    dialog = page.last_dialog
    qtbot.addWidget(dialog)
    assert dialog.rows() == 1
    assert dialog.table.item(0, 1).text() == a.number
    opened: list[object] = []
    dialog.visit_activated.connect(opened.append)
    dialog._open(dialog.table.model().index(0, 0))
    assert opened == [a.id]


def test_report_dialog_cell_drill_down(qtbot, ui_store):  # type: ignore[no-untyped-def]
    from datetime import datetime

    from app.clock import VN_TZ
    from app.ui.report_dialog import ReportDialog

    v = log(ui_store, "Nguyễn Văn Đức", "Khiếu nại thu hồi đất", category="KN", hours_ago=2)
    today = datetime.now(VN_TZ).date()
    d = ReportDialog(ui_store, w_viewer(ui_store))
    qtbot.addWidget(d)
    d.period.setText(f"{today - __import__('datetime').timedelta(days=3)}..{today}")
    d.kind.setCurrentIndex(d.kind.findData("tcd"))
    with qtbot.waitSignal(d.built, timeout=10000):
        d.build()
    col = next(c for c in range(1, d.table.columnCount()) if d.table.item(0, c).text() == "1")
    records = d.drill(0, col)
    qtbot.addWidget(records)
    assert records.rows() == 1 and records.table.item(0, 1).text() == v.number


def w_viewer(store):  # type: ignore[no-untyped-def]
    from app.services.viewer import Viewer

    return Viewer(None, is_head=True)


def test_ctrl_e_exports_the_logbook_as_filtered(qtbot, ui_store, tmp_path: Path,  # type: ignore[no-untyped-def]
                                               monkeypatch):
    from app.ui import export_excel

    log(ui_store, "Nguyễn Văn Đức", "Khiếu nại thu hồi đất", category="KN")
    log(ui_store, "Trần Thị Hoa", "Phản ánh tiếng ồn")
    out = tmp_path / "so.xlsx"
    monkeypatch.setattr(export_excel, "ask_path", lambda _p, _n: out)
    w = create_main_window(ui_store)
    qtbot.addWidget(w)
    w.logbook.category_filter.setCurrentIndex(w.logbook.category_filter.findData("KN"))
    runner = w.export_excel()
    with qtbot.waitSignal(runner.finished, timeout=10000):
        pass
    rows = list(load_workbook(out).worksheets[0].iter_rows(values_only=True))[3:]
    assert [r[4] for r in rows] == ["Nguyễn Văn Đức"]


def test_import_wizard_checks_then_imports(qtbot, ui_store, tmp_path: Path):  # type: ignore[no-untyped-def]
    from app.ui.import_wizard import ImportWizard

    rows = visit_rows()[:2]
    for r in rows:
        r[7] = ""
    path = write_xlsx(tmp_path / "so.xlsx", VISIT_HEADERS, rows)
    wiz = ImportWizard(ui_store)
    qtbot.addWidget(wiz)
    wiz.load(path)
    assert wiz.combos["visited_on"].currentData() == "Ngày tiếp"
    wiz.check()
    qtbot.waitUntil(lambda: wiz.import_button.isEnabled(), timeout=5000)
    with qtbot.waitSignal(wiz.imported, timeout=5000):
        wiz.run()
    assert "Đã nhập 2 dòng" in wiz.status.text()
    assert values.day("02/03/2026")  # (the dates it read are tested in tests/services)
