"""The ward's Sync page (export, receipt, errors, record state in the visit view) and the
upstream's Import page (a USB stick of batches: applied, duplicate, held, quarantined, refused),
reached with the keyboard."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QTextBrowser

from app.services import office, visits
from app.storage.store import open_store
from app.sync import inbox, keys
from app.ui.main import IMPORT_PAGE, SYNC_PAGE, create_main_window
from app.ui.visit_view import VisitViewDialog
from tests.helpers import NOW, person, visit
from tests.sync.conftest import make_net
from tests.sync.test_roundtrip import _work


@pytest.fixture(name="net")
def _net_on_sqlite(tmp_path: Path) -> Iterator[dict[str, Any]]:
    """The two wards and an upstream on SQLite: these pages and filters read the SQLite file."""
    yield from make_net(tmp_path, None)

SHOTS = os.environ.get("TIEPDAN_SHOTS")  # a folder: save screenshots of the pages there


def _shot(widget: Any, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / name))


def _idle(qtbot: Any, page: Any) -> None:
    qtbot.waitUntil(lambda: not page.job.running, timeout=15000)


def test_sync_page_exports_then_takes_the_receipt(qtbot, net: dict[str, Any]  # type: ignore[no-untyped-def]
                                                   ) -> None:
    up, ward, tmp = net["up"], net["wards"]["00163"], net["tmp"]
    _work(ward)
    vid = visits.log_visit(ward, visit(person("Trần Thị Hoa")), now=NOW).id
    w = create_main_window(ward)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    assert w.tabs.count() == 5  # a ward has no Import page
    w.page_actions[SYNC_PAGE].trigger()
    page = w._sync_tab.page
    assert page is not None and w.tabs.currentIndex() == SYNC_PAGE
    assert "lượt tiếp 2" in page.waiting_label.text() and "Khóa sẵn sàng" in page.keys_label.text()
    assert page.last_export_label.text() == "chưa xuất lần nào"
    assert not page.resend_button.isEnabled()

    # a stick that was pulled out: said in Vietnamese, nothing exported
    page.export(tmp / "gone")
    _idle(qtbot, page)
    assert "không tìm thấy thư mục" in page.result.text() and "b00020" in page.result.styleSheet()
    assert "lượt tiếp 2" in page.waiting_label.text()

    usb = tmp / "usb"
    usb.mkdir()
    page.export(usb)
    _idle(qtbot, page)
    written = list(usb.glob("*.tdsync"))
    assert len(written) == 1 and str(written[0]) in page.result.text()
    assert page.waiting_label.text() == "không có thay đổi mới"
    assert "lô số 1" in page.unacked_label.text() and page.resend_button.isEnabled()
    assert str(written[0]) in page.last_export_label.text()
    _shot(w, "sync-page-sent.png")

    res = inbox.import_files(up, written, tmp / "receipts")
    assert [r.status for r in res] == ["applied"] and res[0].receipt is not None
    junk = tmp / "ghi-chu.json"
    junk.write_text("{}", encoding="utf-8")
    page.import_files([junk, res[0].receipt])
    _idle(qtbot, page)
    text = page.result.text()
    assert "không phải biên nhận" in text and "1 lô được xác nhận" in text
    assert page.unacked_label.text() == "không có"
    assert page.last_receipt_label.text() != "chưa nhận biên nhận nào"
    _shot(w, "sync-page-acknowledged.png")

    w.show_visit(vid)
    dialog = w.findChild(VisitViewDialog)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert "Cấp trên đã nhận" in dialog.findChild(QTextBrowser, "visitText").toPlainText()
    dialog.close()


def _stick(network: dict[str, Any]) -> tuple[Path, Any]:
    """A stick with batches of two wards, the same batch twice, a tampered copy and a batch of
    an office that is not enrolled."""
    wards, tmp = network["wards"], network["tmp"]
    stray = open_store(tmp / "stray")
    office.init_office(stray, "00170", "UBND phường Kim Liên", "Ban Tiếp công dân")
    keys.init_keys(stray)
    keys.import_upstream(stray, tmp / "up.json")
    usb = tmp / "usb"
    usb.mkdir()
    from app.sync import desk

    for s in (wards["00163"], wards["00166"], stray):
        _work(s)
        desk.export_to(s, usb, None)
    first = sorted(usb.glob("00163-*.tdsync"))[0]
    shutil.copyfile(first, usb / ("copy-" + first.name))
    raw = bytearray(sorted(usb.glob("00166-*.tdsync"))[0].read_bytes())
    raw[len(raw) // 2] ^= 0x01
    (usb / "0-tampered.tdsync").write_bytes(bytes(raw))  # sorted first: before the real one
    return usb, stray


def test_import_page_shows_a_row_per_batch(qtbot, net: dict[str, Any]  # type: ignore[no-untyped-def]
                                           ) -> None:
    _import_page_and_lists(qtbot, net)


def test_the_window_on_an_upstreams_postgresql_store(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                     pg_cluster: Any) -> None:
    """The same Import page and consolidated lists with the store on PostgreSQL (`tiepdan-gui
    --database-url …`); the SQLite file's backup, restore and check are not offered there."""
    from app.ui.main import MainWindow

    stores = make_net(tmp_path, pg_cluster.migrated_database())
    w = _import_page_and_lists(qtbot, next(stores))
    assert isinstance(w, MainWindow) and w.server and not w.housekeeping
    assert not w.backup_action.isEnabled() and "pg_dump" in w.backup_action.toolTip()
    assert not w.restore_action.isEnabled() and not w.check_action.isEnabled()
    w.show_page(0)
    lb = w.logbook
    lb.office_filter.setCurrentIndex(0)
    lb.search.setText("duc")  # the search box: accents, case and đ ignored
    lb.apply_filters()
    qtbot.waitUntil(lambda: lb.model.rowCount() == 3, timeout=5000)
    lb.search.setText("zzqx")
    lb.apply_filters()
    qtbot.waitUntil(lambda: lb.model.rowCount() == 0, timeout=5000)
    w.close_store()
    next(stores, None)  # closes the stores


def _import_page_and_lists(qtbot, net: dict[str, Any]) -> Any:  # type: ignore[no-untyped-def]
    up = net["up"]
    usb, stray = _stick(net)
    w = create_main_window(up)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    assert w.upstream and w.tabs.count() == 6
    assert not any(a.isVisible() for a in w._officer_actions)  # no desk officer up there
    w.page_actions[IMPORT_PAGE].trigger()
    page = w._import_tab.page
    assert page is not None and "2 cơ quan" in page.offices_label.text()
    page.import_paths([usb])
    _idle(qtbot, page)
    rows = {}
    for i in range(page.results.topLevelItemCount()):
        item = page.results.topLevelItem(i)
        rows[item.text(0)] = (item.text(1), item.text(2), item.text(3), item.text(4), item.text(5))
    statuses = {name.split("-")[0]: r[2] for name, r in rows.items()}
    assert statuses == {"00163": "Đã nhận", "copy": "Trùng, đã nhận trước đây",
                        "00166": "Đã nhận", "00170": "Cách ly", "0": "Từ chối"}
    by_prefix = {name.split("-")[0]: r for name, r in rows.items()}
    assert by_prefix["00163"][0] == "UBND phường Láng (00163)" and by_prefix["00163"][1] == "1"
    assert "chưa được đăng ký" in by_prefix["00170"][3]
    assert by_prefix["0"][3] == ("thành phần 'payload.age' bị hỏng (sai mã kiểm tra CRC: tệp đã "
                                 "bị sửa hoặc chép lỗi)")
    assert by_prefix["00163"][4].endswith(".receipt.json")
    assert "Biên nhận đã ghi vào: " + str(usb) in page.summary.text()
    assert page.waiting_table.rowCount() == 1
    assert page.waiting_table.item(0, 2).text() == "Cách ly" and page.retry_button.isEnabled()
    _shot(w, "import-page.png")
    # the consolidated lists hold both wards' visits
    qtbot.waitUntil(lambda: w.logbook.model.rowCount() == 2, timeout=5000)
    lb = w.logbook
    assert lb.office_filter.isVisibleTo(lb) and lb.office_filter.count() == 4  # + all, upstream
    lb.office_filter.setCurrentIndex(lb.office_filter.findText("UBND phường Láng (00163)"))
    qtbot.waitUntil(lambda: lb.model.rowCount() == 1, timeout=5000)
    w.show_page(1)
    petitions_page = w.petitions_page()
    assert petitions_page.office_filter.isVisibleTo(petitions_page)
    assert petitions_page.model.rowCount() == 2
    petitions_page.office_filter.setCurrentIndex(
        petitions_page.office_filter.findText("UBND phường Ô Chợ Dừa (00166)"))
    petitions_page.apply_filters()
    assert petitions_page.model.rowCount() == 1
    w.show_page(IMPORT_PAGE)
    # after enrolment, the quarantined batch comes in
    keys.export_public(stray, net["tmp"] / "stray.json")
    keys.enrol(up, net["tmp"] / "stray.json")
    page.retry()
    _idle(qtbot, page)
    assert page.results.topLevelItem(0).text(3) == "Đã nhận"
    assert page.waiting_table.rowCount() == 0
    stray.close()
    return w


def test_sync_actions_are_reachable_from_the_keyboard(qtbot, net: dict[str, Any],  # type: ignore[no-untyped-def]
                                                      monkeypatch) -> None:
    ward, tmp = net["wards"]["00163"], net["tmp"]
    _work(ward)
    usb = tmp / "usb"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(usb))
    w = create_main_window(ward)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    qtbot.keyClick(w, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert w.tabs.currentIndex() == SYNC_PAGE
    page = w._sync_tab.page
    assert w.page_actions[SYNC_PAGE].shortcut().toString() == "Ctrl+5"
    qtbot.waitUntil(page.export_button.isVisible)  # a lazily built page shows on the next turn
    # a mnemonic clicks its button after a short animation; the job then runs off the GUI thread
    qtbot.keyClick(page, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # Xuất … &cấp trên
    qtbot.waitUntil(lambda: "Đã ghi lô số 1" in page.result.text(), timeout=15000)
    assert list(usb.glob("*.tdsync"))
    qtbot.keyClick(page, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # Gửi &lại
    qtbot.waitUntil(lambda: "Đã ghi lại 1 lô" in page.result.text(), timeout=15000)
    # Tab walks through the three buttons
    focus = [b.focusPolicy() for b in (page.export_button, page.resend_button,
                                       page.receipt_button)]
    assert all(f & Qt.FocusPolicy.TabFocus for f in focus)


def _sync_column(model: Any) -> list[str]:
    """The «Đồng bộ» words of every row (the column is the model's last), once the states of
    the rows asked for are read (right after a paint in the window)."""
    col = len(model.COLUMNS)
    assert model.columnCount() == col + 1 and model.headerData(
        col, Qt.Orientation.Horizontal) == "Đồng bộ"
    for r in range(model.rowCount()):
        model.index(r, col).data()
    model.read_states_now()
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_lists_show_each_records_sync_state(qtbot, net: dict[str, Any]  # type: ignore[no-untyped-def]
                                            ) -> None:
    up, ward, tmp = net["up"], net["wards"]["00163"], net["tmp"]
    _work(ward)  # a visit and a petition
    visits.log_visit(ward, visit(person("Trần Thị Hoa")), now=NOW)
    w = create_main_window(ward)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    logbook = w.logbook.model
    assert logbook.columnCount() == len(logbook.COLUMNS)  # not on the first paint's path
    w.show()
    w.warm_up()
    qtbot.waitUntil(lambda: logbook.columnCount() == len(logbook.COLUMNS) + 1, timeout=5000)
    assert _sync_column(logbook) == ["Chưa gửi", "Chưa gửi"]
    col = len(logbook.COLUMNS)
    assert logbook.index(0, col).data(Qt.ItemDataRole.ToolTipRole) == "Chưa gửi lên cấp trên"
    register = w.petitions_page().model
    assert _sync_column(register) == ["Chưa gửi"]

    # the Sync page's export: the lists follow without a restart
    w.page_actions[SYNC_PAGE].trigger()
    page = w._sync_tab.page
    usb = tmp / "usb"
    usb.mkdir()
    page.export(usb)
    _idle(qtbot, page)
    assert _sync_column(logbook) == ["Đã gửi", "Đã gửi"]
    assert "lô số 1" in logbook.index(0, col).data(Qt.ItemDataRole.ToolTipRole)
    assert _sync_column(register) == ["Đã gửi"]
    _shot(w, "sync-states-sent.png")

    res = inbox.import_files(up, list(usb.glob("*.tdsync")), tmp / "receipts")
    assert res[0].receipt is not None
    page.import_files([res[0].receipt])
    _idle(qtbot, page)
    assert _sync_column(logbook) == ["Đã nhận", "Đã nhận"]
    assert logbook.index(0, col).data(Qt.ItemDataRole.ToolTipRole).startswith(
        "Cấp trên đã nhận (lô số 1, biên nhận ngày ")
    assert _sync_column(register) == ["Đã nhận"]

    # a visit saved afterwards waits again; the others stay acknowledged
    visits.log_visit(ward, visit(person("Lê Văn Nam")), now=NOW)
    w.logbook.refresh()
    assert sorted(_sync_column(logbook)) == ["Chưa gửi", "Đã nhận", "Đã nhận"]
    # the filter bar's «Chưa gửi lên cấp trên»: that visit alone, until it is exported
    sync_filter = w.logbook.sync_filter
    assert sync_filter.isVisibleTo(w.logbook) and w.petitions_page().sync_filter.isVisibleTo(
        w.petitions_page())
    sync_filter.setCurrentIndex(sync_filter.findText("Chưa gửi lên cấp trên"))
    assert _sync_column(logbook) == ["Chưa gửi"]
    assert w.logbook.count_label.text() == "1 lượt tiếp"
    page.export(usb)
    _idle(qtbot, page)
    qtbot.waitUntil(lambda: logbook.rowCount() == 0)


def test_no_sync_column_without_an_upstream_to_send_to(qtbot, net: dict[str, Any],  # type: ignore[no-untyped-def]
                                                       ui_store: Any) -> None:
    visits.log_visit(ui_store, visit(person("Trần Thị Hoa")), now=NOW)
    up = net["up"]
    desk_export = net["wards"]["00163"]
    from app.sync import desk

    visits.log_visit(desk_export, visit(person("Lê Văn Nam")), now=NOW)
    done = desk.export_to(desk_export, net["tmp"], None)
    assert done.path is not None
    inbox.import_files(up, [done.path], net["tmp"] / "receipts")  # the upstream holds a visit
    for store in (ui_store, up):  # a desk with no sync set up, and an upstream's store
        w = create_main_window(store)
        qtbot.addWidget(w)
        w.show()
        w.show_sync_states()
        assert not w.sync_states
        assert w.logbook.model.rowCount() == 1
        assert w.logbook.model.columnCount() == len(w.logbook.model.COLUMNS)
        assert w.petitions_page().model.columnCount() == len(w.petitions_page().model.COLUMNS)
        assert not w.logbook.sync_filter.isVisibleTo(w.logbook)
        assert not w.petitions_page().sync_filter.isVisibleTo(w.petitions_page())
        w.close_store()


def test_started_the_quick_way_the_column_comes_after_the_paint(qtbot, net: dict[str, Any]  # type: ignore[no-untyped-def]
                                                                ) -> None:
    """As run_gui starts: rows painted from the quick reader, then the ORM, then the column."""
    from app.storage.quick import open_quick
    from app.ui.main import MainWindow

    ward = net["wards"]["00163"]
    visits.log_visit(ward, visit(person("Trần Thị Hoa")), now=NOW)
    conn = open_quick(ward.data_dir)
    assert conn is not None
    w = MainWindow(ward.data_dir, conn)
    qtbot.addWidget(w)
    w.warm_up()
    model = w.logbook.model
    assert w._store is None and model.columnCount() == len(model.COLUMNS)
    w.show()
    qtbot.waitUntil(lambda: model.columnCount() == len(model.COLUMNS) + 1, timeout=10000)
    assert w._store is not None  # the write side was loaded first
    qtbot.waitUntil(lambda: model.index(0, len(model.COLUMNS)).data() == "Chưa gửi")
    w.close_store()


def test_import_page_sends_a_bulletin_with_an_own_petition_transferred(
        qtbot, net: dict[str, Any], monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from app.services import petition_records, petitions
    from app.sync import bulletins
    from app.ui import bulletin_dialog, dialogs
    from app.ui.import_page import ImportPage

    up, ward, tmp = net["up"], net["wards"]["00163"], net["tmp"]
    today = dt.date.today()
    p = petitions.register(up, petition_records.parse_petition({
        "received_date": today.isoformat(), "content_type": "TC",
        "content": "Tố cáo cán bộ địa chính nhận tiền", "senders": [
            {"full_name": "Lê Văn Đức", "address": "Số 9 phố Pháo Đài Láng"}]}, {}))
    petitions.act(up, p.id, petitions.StepInput(step="classify", on_date=today,
                                                content_type="TC", processable=True,
                                                competent=False))
    said: list[str] = []
    monkeypatch.setattr(dialogs, "inform", lambda _parent, _title, text, *a, **k: said.append(text))
    page = ImportPage(up)
    qtbot.addWidget(page)
    opened: list[Any] = []
    monkeypatch.setattr(bulletin_dialog.BulletinDialog, "exec",
                        lambda self: opened.append(self) or 0)
    page.bulletin_button.click()
    [d] = opened
    qtbot.addWidget(d)
    assert d.office.count() == 2 and d.office.currentData() == "00163"
    d.transfers.setText("12/20x")
    d.folder.setText(str(tmp / "usb"))
    d.write()
    assert d.error.isVisibleTo(d) and "0007/2026" in d.error.text() and d.written is None
    d.transfers.setText(p.number)  # the law wants the transfer's document number
    d.write()
    assert "cần ghi số văn bản" in d.error.text() and not (tmp / "usb").exists()
    d.doc_number.setText("45/BTCD-TD")
    d.calendar_years[0][1].setChecked(True)
    d.write()
    assert d.written is not None and d.written.path.exists(), d.error.text()
    assert d.written.kinds == ("calendar", "petition_transfer")
    assert "Đã ghi bản tin số 1" in said[0]
    assert petitions.get(up, p.id).state == "transferred"
    [o] = bulletins.import_bulletins(ward, [d.written.path])
    assert o.status == "applied" and "vào sổ đơn số" in o.line(), o.line()


def test_tiepdan_gui_with_a_database_url(qtbot, tmp_path: Path, pg_cluster: Any,  # type: ignore[no-untyped-def]
                                         monkeypatch) -> None:
    """`tiepdan --database-url …` with no command opens the window on the PostgreSQL store
    (Import page and all); a wrong address is a Vietnamese message, not a traceback."""
    from PySide6.QtWidgets import QApplication

    from app import cli
    from app.ui import dialogs
    from app.ui.main import MainWindow

    url = pg_cluster.migrated_database()
    up = open_store(tmp_path / "up", url)
    office.init_office(up, "HN-BTCD", "Ban Tiếp công dân thành phố Hà Nội")
    keys.init_keys(up, upstream=True)
    up.close()
    seen: list[tuple[str, int, bool, bool]] = []

    before = set(QApplication.topLevelWidgets())  # earlier tests' windows may linger

    def shown(_app: Any) -> int:
        w = next(x for x in QApplication.topLevelWidgets()
                 if isinstance(x, MainWindow) and x not in before)
        seen.append((w.desk.office_code, w.tabs.count(), w.server, w.housekeeping))
        return 0

    monkeypatch.setattr(QApplication, "exec", shown)
    assert cli.run(["--data-dir", str(tmp_path / "up"), "--database-url", url]) == 0
    assert seen == [("HN-BTCD", 6, True, False)]
    told: list[str] = []
    monkeypatch.setattr(dialogs, "fail", lambda _p, _t, text, *a: told.append(str(text)))
    from sqlalchemy import make_url

    missing = make_url(url).set(database="khong_co").render_as_string(hide_password=False)
    monkeypatch.setenv("TIEPDAN_DATABASE_URL", missing)
    assert cli.run(["--data-dir", str(tmp_path / "up")]) != 0
    assert len(told) == 1 and "Không kết nối được cơ sở dữ liệu" in told[0]
    assert "khong_co" in told[0]


def test_sync_page_applies_bulletins_with_the_receipts(qtbot, net: dict[str, Any]  # type: ignore[no-untyped-def]
                                                       ) -> None:
    """The ward takes what came down in one go: bulletins first in their own order (given
    out of order here), a refused one in the error colour, then the receipt; a transferred
    petition shows in the register at once."""
    import datetime as dt

    from app.services import calendar
    from app.sync import bulletins

    up, ward, tmp = net["up"], net["wards"]["00163"], net["tmp"]
    _work(ward)
    w = create_main_window(ward)
    qtbot.addWidget(w)
    w.show()
    w.page_actions[SYNC_PAGE].trigger()
    page = w._sync_tab.page
    assert page.last_bulletin_label.text() == "chưa nhận bản tin nào"
    page.export(tmp)
    _idle(qtbot, page)
    [receipt] = [r.receipt for r in inbox.import_files(up, list(tmp.glob("00163-*.tdsync")),
                                                       tmp / "receipts")]
    calendar.import_entries(up, [{"date": "2027-01-01", "kind": "holiday",
                                  "name": "Tết Dương lịch"}])
    petition = {"received_date": dt.date.today().isoformat(), "content_type": "KNPA",
                "content": "Phản ánh rác thải ở ngõ 35 phố Láng", "anonymous": True}
    one = bulletins.export_bulletin(up, "00163", [bulletins.calendar_item(up, [2027])],
                                    tmp / "down").path
    two = bulletins.export_bulletin(up, "00163", [bulletins.transfer_item(petition, "9/BTCD")],
                                    tmp / "down").path
    forged = tmp / "down" / "00163-bantin-000009.tdsync"
    forged.write_bytes(two.read_bytes()[:-40])
    w.show_page(1)  # the register is open: it must show the transferred petition
    register = w.petitions_page()
    before = register.model.rowCount()
    w.show_page(SYNC_PAGE)
    page.import_files([receipt, two, forged, one])
    _idle(qtbot, page)
    bad, first, second, ack = page.result.text().split("<br>")
    assert "000009.tdsync: từ chối: không phải tệp đồng bộ" in bad and "b00020" in bad
    assert "bản tin số 1: đã áp dụng" in first and "lịch làm việc năm 2027" in first
    assert "bản tin số 2: đã áp dụng" in second and "vào sổ đơn số" in second
    assert "1 lô được xác nhận" in ack and "b00020" not in ack
    assert "bản tin số 2 của HN-BTCD" in page.last_bulletin_label.text()
    assert page.unacked_label.text() == "không có"
    qtbot.waitUntil(lambda: register.model.rowCount() == before + 1, timeout=5000)
