"""The logbook page: model contract, filters and live search."""

from __future__ import annotations

from app.services.common import Viewer
from app.ui.logbook_model import PAGE_SIZE, LogbookTableModel
from app.ui.main import create_main_window
from tests.ui.conftest import log


def test_model_passes_qt_model_tester(qtmodeltester, ui_store):  # type: ignore[no-untyped-def]
    for i in range(5):
        log(ui_store, f"Trần Văn An {i}", f"Phản ánh số {i}", hours_ago=i + 1)
    model = LogbookTableModel(ui_store, Viewer())
    model.reload()
    qtmodeltester.check(model, force_py=True)


def test_pages_load_on_demand(qtbot, ui_store):  # type: ignore[no-untyped-def]
    for i in range(PAGE_SIZE + 5):
        log(ui_store, f"Lê Thị Hoa {i}", "Phản ánh tiếng ồn", hours_ago=i + 1)
    model = LogbookTableModel(ui_store, Viewer())
    model.reload()
    assert model.rowCount() == PAGE_SIZE + 5
    last = model.index(PAGE_SIZE + 4, 3).data()
    assert last == f"Lê Thị Hoa {PAGE_SIZE + 4}"  # oldest at the bottom
    assert model.index(0, 3).data() == "Lê Thị Hoa 0"


def test_live_search_and_filters(qtbot, ui_store):  # type: ignore[no-untyped-def]
    log(ui_store, "Nguyễn Văn Đức", "Đề nghị cấp sổ đỏ", hours_ago=2)
    log(ui_store, "Đỗ Minh Đăng", "Khiếu nại quyết định xử phạt", category="KN", hours_ago=3)
    log(ui_store, "Hoàng Thị Tuyết", "Phản ánh lấn chiếm vỉa hè", hours_ago=4)
    w = create_main_window(ui_store)
    qtbot.addWidget(w)
    page = w.logbook
    assert page.model.rowCount() == 3
    qtbot.keyClicks(page.search, "do minh dang")  # ASCII: typed as real key clicks
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert page.model.index(0, 3).data() == "Đỗ Minh Đăng"
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=2000)
    page.category_filter.setCurrentIndex(page.category_filter.findData("KN"))
    assert page.model.rowCount() == 1
    assert "1 lượt tiếp" in page.count_label.text()
