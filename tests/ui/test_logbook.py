"""The logbook page: model contract, filters and live search."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services.common import Viewer
from app.storage import dbfile
from app.storage.quick import connect_reader
from app.ui.logbook_model import PAGE_SIZE, LogbookTableModel
from app.ui.main import create_main_window
from tests.ui.conftest import log


def test_model_passes_qt_model_tester(qtmodeltester, ui_store):  # type: ignore[no-untyped-def]
    for i in range(5):
        log(ui_store, f"Trần Văn An {i}", f"Phản ánh số {i}", hours_ago=i + 1)
    model = LogbookTableModel(connect_reader(ui_store.db_path), Viewer())
    model.reload()
    qtmodeltester.check(model, force_py=True)


def test_pages_load_on_demand(qtbot, ui_store):  # type: ignore[no-untyped-def]
    for i in range(PAGE_SIZE + 5):
        log(ui_store, f"Lê Thị Hoa {i}", "Phản ánh tiếng ồn", hours_ago=i + 1)
    model = LogbookTableModel(connect_reader(ui_store.db_path), Viewer())
    with qtbot.waitSignal(model.counted, timeout=5000):
        model.reload()  # first page at once, the total counted in the background
        assert model.rowCount() == PAGE_SIZE and not model.is_exact()
    assert model.rowCount() == PAGE_SIZE + 5 and model.is_exact()
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


def test_gui_first_paint_needs_no_orm(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The main window module loads without SQLAlchemy: the logbook paints before the ORM."""
    import subprocess
    import sys

    code = ("import sys, app.ui.main, app.cli; "
            "sys.exit(1 if any(m.startswith('sqlalchemy') for m in sys.modules) else 0)")
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    assert subprocess.run([sys.executable, "-c", code], env=env, check=False).returncode == 0


def test_quick_open_only_for_a_ready_store(tmp_path, ui_store) -> None:  # type: ignore[no-untyped-def]
    from app.storage.quick import open_quick

    assert open_quick(tmp_path / "nowhere") is None
    conn = open_quick(ui_store.data_dir)
    assert conn is not None
    conn.close()

    raw = dbfile.connect(ui_store.db_path)
    raw.execute("UPDATE alembic_version SET version_num = '0001'")  # needs an upgrade first
    raw.commit()
    raw.close()
    assert open_quick(ui_store.data_dir) is None


def test_window_opened_the_quick_way_writes_through_the_store_when_needed(qtbot, ui_store):  # type: ignore[no-untyped-def]
    from app.storage.quick import open_quick
    from app.ui.main import MainWindow

    log(ui_store, "Nguyễn Văn Đức", "Đề nghị cấp sổ đỏ")
    data_dir = ui_store.data_dir
    ui_store.close()
    conn = open_quick(data_dir)
    assert conn is not None
    w = MainWindow(data_dir, conn)
    qtbot.addWidget(w)
    assert w.logbook.model.rowCount() == 1 and w._store is None
    dialog = w.new_visit()  # opens the write side on demand
    assert w._store is not None
    dialog.full_name.setText("Trần Thị Mai")
    dialog.address.setText("Số 2 phố Láng")
    dialog.content.setPlainText("Hỏi thủ tục tách thửa")
    dialog.save()
    qtbot.waitUntil(lambda: w.logbook.model.rowCount() == 2)
    w.close_store()


def test_sync_column_reads_a_page_at_a_time_after_the_paint(qtbot, qtmodeltester, ui_store):  # type: ignore[no-untyped-def]
    """The «Đồng bộ» column: one read per page (not per row), never inside the paint that
    draws the page, and after a refresh the old word stays until the new one is read."""
    from datetime import datetime

    from app.sync import states

    book = states.Ledger(10, 8, {}, [(1, 8, 1, datetime(2026, 11, 21, 9, 0)), (9, 10, 3, None)])
    latest = {"new": {"a": 11}, "sent": {"a": 9}}  # a row's latest change: after / in batch 3

    for i in range(PAGE_SIZE + 5):
        log(ui_store, f"Lê Thị Hoa {i}", "Phản ánh tiếng ồn", hours_ago=i + 1)
    model = LogbookTableModel(connect_reader(ui_store.db_path), Viewer())
    model.reload()
    model.count_now()
    calls: list[int] = []
    code = ["new"]

    def fetch(ids):  # type: ignore[no-untyped-def]
        calls.append(len(ids))
        return {i: states.decide(latest[code[0]], book) for i in ids}

    col = len(LogbookTableModel.COLUMNS)
    model.show_sync_states(fetch)
    assert model.columnCount() == col + 1
    assert [model.index(r, col).data() for r in range(PAGE_SIZE + 5)] == [None] * (PAGE_SIZE + 5)
    assert calls == []  # not read while the rows are drawn…
    qtbot.waitUntil(lambda: model.index(0, col).data() == "Chưa gửi")  # …but right after
    assert sorted(calls) == [5, PAGE_SIZE]  # one read per page
    assert model.index(PAGE_SIZE + 4, col).data() == "Chưa gửi"
    assert model.index(0, col).data(Qt.ItemDataRole.ToolTipRole) == "Chưa gửi lên cấp trên"

    code[0] = "sent"
    model.show_sync_states(fetch)  # after an export: read again, the old word meanwhile
    assert model.index(0, col).data() == "Chưa gửi"
    qtbot.waitUntil(lambda: model.index(0, col).data() == "Đã gửi")
    assert "lô số 3" in model.index(0, col).data(Qt.ItemDataRole.ToolTipRole)
    qtmodeltester.check(model, force_py=True)
    model.show_sync_states(None)
    assert model.columnCount() == col
