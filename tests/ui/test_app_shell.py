"""Main window pieces: lists editors, the visit view, the apology for unexpected errors."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QTextBrowser

from app.services import office
from app.ui import dialogs, errors
from app.ui.catalogs import FieldsDialog, OfficersDialog
from app.ui.main import create_main_window
from app.ui.visit_view import VisitViewDialog, visit_html
from tests.ui.conftest import log


def test_fields_dialog_adds_and_retires_a_field(qtbot, ui_store):  # type: ignore[no-untyped-def]
    d = FieldsDialog(ui_store)
    qtbot.addWidget(d)
    d._new()
    d.code.setText("anqp")
    d.name.setText("An ninh, quốc phòng")
    d.save()
    assert any(f.code == "ANQP" for f in office.list_fields(ui_store))
    d.active.setChecked(False)
    d.save()
    assert all(f.code != "ANQP" for f in office.list_fields(ui_store))
    assert any(f.code == "ANQP" and not f.active
               for f in office.list_fields(ui_store, include_inactive=True))
    d._new()
    d.save()  # empty: refused with a message, nothing added
    assert "Cần nhập tên lĩnh vực" in d.error.text()


def test_officers_dialog_adds_a_deputy(qtbot, ui_store):  # type: ignore[no-untyped-def]
    d = OfficersDialog(ui_store)
    qtbot.addWidget(d)
    d.name.setText("Đỗ Thị Hằng")
    d.role.setCurrentIndex(d.role.findData("deputy"))
    d.add()
    assert any(o.full_name == "Đỗ Thị Hằng" and o.is_deputy for o in office.list_officers(ui_store))
    d.add()  # empty name refused
    assert d.error.text()


def test_visit_view_shows_the_record_and_earlier_visits(qtbot, ui_store):  # type: ignore[no-untyped-def]
    log(ui_store, "Nguyễn Văn Đức", "Lần trước: hỏi thủ tục", cccd="001090012345", hours_ago=48)
    v = log(ui_store, "Nguyễn Văn Đức", "Đề nghị cấp sổ đỏ", cccd="001090012345")
    html = visit_html(v)
    assert "Nguyễn Văn Đức" in html and "Đề nghị cấp sổ đỏ" in html and v.number in html
    w = create_main_window(ui_store)
    qtbot.addWidget(w)
    w.show_visit(v.id)
    dialog = w.findChild(VisitViewDialog)
    assert dialog is not None and v.number in dialog.windowTitle()
    text = dialog.findChild(QTextBrowser).toPlainText()
    assert "Các lần đến khác của Nguyễn Văn Đức" in text and "Lần trước: hỏi thủ tục" in text


def test_unexpected_error_is_logged_and_apologised_for(qtbot, ui_store, monkeypatch, caplog):  # type: ignore[no-untyped-def]
    shown = []
    monkeypatch.setattr(dialogs, "fail", lambda *a, **k: shown.append(a))
    with caplog.at_level(logging.ERROR):
        try:
            raise RuntimeError("boom")
        except RuntimeError as exc:
            errors.excepthook(RuntimeError, exc, exc.__traceback__)
    assert "boom" in caplog.text
    assert shown and "Xin lỗi" in shown[0][2] and "tiepdan.log" in shown[0][2]
    assert "Traceback" not in shown[0][2]


def test_main_window_title_and_menus(qtbot, ui_store):  # type: ignore[no-untyped-def]
    w = create_main_window(ui_store)
    qtbot.addWidget(w)
    assert "UBND phường Láng" in w.windowTitle()
    titles = [a.text() for a in w.menuBar().actions()]
    assert "&Tệp" in titles and "&Danh mục" in titles
    assert w.new_visit_action.shortcut().toString() == "Ctrl+N"


def test_the_write_side_loads_only_after_the_logbook_is_painted(qtbot, ui_store):  # type: ignore[no-untyped-def]
    """Start-up paints rows from the quick reader first; the ORM loads right after."""
    from app.storage.quick import open_quick
    from app.ui.main import MainWindow

    log(ui_store, "Nguyễn Văn Đức", "Đề nghị cấp sổ đỏ")
    conn = open_quick(ui_store.data_dir)
    assert conn is not None
    w = MainWindow(ui_store.data_dir, conn)
    qtbot.addWidget(w)
    w.warm_up()
    assert w._store is None  # nothing loaded before the window is painted
    w.show()
    qtbot.waitUntil(lambda: w._store is not None)
    assert w.logbook.model.rowCount() == 1
    w.close_store()
