"""The calendar editor: browse a year, add/edit/delete by keyboard, import and export files."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from app.services import calendar
from app.ui import calendar_editor
from app.ui.calendar_editor import CalendarEditorDialog
from tests.ui.conftest import type_text


def _dialog(qtbot, store, year=2026):  # type: ignore[no-untyped-def]
    d = CalendarEditorDialog(store, year=year)
    qtbot.addWidget(d)
    d.show()
    d.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is d)
    return d


def _cells(d, row):  # type: ignore[no-untyped-def]
    return [d.table.item(row, col).text() for col in range(d.table.columnCount())]


def test_shows_the_shipped_year(qtbot, ui_store):  # type: ignore[no-untyped-def]
    d = _dialog(qtbot, ui_store)
    assert d.table.rowCount() == 16
    assert "Lịch kèm phần mềm" in d.origin.text()
    tet = next(r for r in range(d.table.rowCount()) if _cells(d, r)[0] == "17/02/2026")
    assert _cells(d, tet)[1:4] == ["Thứ Ba", "Ngày lễ, Tết",
                                    "Tết Nguyên đán (mùng 1 tháng Giêng năm Bính Ngọ)"]
    d.year.setValue(2027)
    assert d.table.rowCount() == 14
    d.year.setValue(2035)
    assert d.table.rowCount() == 0 and "Chưa có lịch" in d.origin.text()


def test_add_a_day_by_keyboard(qtbot, ui_store):  # type: ignore[no-untyped-def]
    d = _dialog(qtbot, ui_store)
    changed = []
    d.calendar_changed.connect(lambda: changed.append(True))
    qtbot.keyClick(d.table, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # Ngày &mới
    qtbot.waitUntil(d.date.hasFocus)  # a mnemonic clicks its button after a short animation
    d.date.setDate(QDate(2026, 11, 24))
    d.name.setFocus()
    type_text(d.name, "Ngày Văn hóa Việt Nam")
    d.source.setFocus()
    type_text(d.source, "Quyết định của UBND thành phố")
    qtbot.keyClick(d.source, Qt.Key.Key_Return)
    assert changed == [True]
    assert "Đã lưu ngày 24/11/2026" in d.status.text()
    assert d.table.rowCount() == 17 and "Lịch của cơ quan" in d.origin.text()
    row = d.table.currentRow()
    assert _cells(d, row)[:4] == ["24/11/2026", "Thứ Ba", "Ngày lễ, Tết", "Ngày Văn hóa Việt Nam"]
    assert not calendar.office_calendar(ui_store).is_working_day(date(2026, 11, 24))


def test_a_refused_save_keeps_what_was_typed(qtbot, ui_store):  # type: ignore[no-untyped-def]
    d = _dialog(qtbot, ui_store)
    d.new_entry()
    d.date.setDate(QDate(2026, 11, 25))  # a Wednesday
    d.kind.setCurrentIndex(d.kind.findData("working_day"))
    d.source.setText("Công văn số 12")
    d.save()
    assert d._errors["kind"].isVisible() and "vốn là ngày làm việc" in d._errors["kind"].text()
    assert d._errors["name"].isVisible() and "tên ngày" in d._errors["name"].text()
    assert not d._errors["date"].isVisible()
    assert d.source.text() == "Công văn số 12"
    assert d.kind.currentData() == "working_day"
    assert d.date.date() == QDate(2026, 11, 25)
    assert d.kind.hasFocus()
    assert d.table.rowCount() == 16 and "Lịch kèm phần mềm" in d.origin.text()
    # Fix it and save: the errors go away.
    d.kind.setCurrentIndex(d.kind.findData("holiday"))
    d.name.setText("Ngày lễ của địa phương")
    d.save()
    assert not any(label.isVisible() for label in d._errors.values())
    assert d.table.rowCount() == 17


def test_a_date_already_listed_is_refused_beside_the_date(qtbot, ui_store):  # type: ignore[no-untyped-def]
    d = _dialog(qtbot, ui_store)
    d.new_entry()
    d.date.setDate(QDate(2026, 9, 2))
    d.name.setText("Trùng")
    d.save()
    assert "đã có trong lịch (Quốc khánh (2/9))" in d._errors["date"].text()
    assert d.name.text() == "Trùng"


def test_edit_a_row_with_enter(qtbot, ui_store):  # type: ignore[no-untyped-def]
    d = _dialog(qtbot, ui_store, 2027)
    row = next(r for r in range(d.table.rowCount()) if _cells(d, r)[0] == "03/09/2027")
    d.table.setFocus()
    d.table.setCurrentCell(row, 0)
    assert d.name.text() == "Quốc khánh (ngày liền kề sau 2/9) – dự kiến"
    qtbot.keyClick(d.table, Qt.Key.Key_Return)
    assert d.name.hasFocus(), "Enter on a row goes to its name, it does not save"
    assert "Lịch kèm phần mềm" in d.origin.text()
    d.name.selectAll()
    type_text(d.name, "Quốc khánh (ngày liền kề)")
    d.date.setDate(QDate(2027, 9, 1))
    qtbot.keyClick(d.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    dates = [_cells(d, r)[0] for r in range(d.table.rowCount())]
    assert "01/09/2027" in dates and "03/09/2027" not in dates
    assert _cells(d, d.table.currentRow())[3] == "Quốc khánh (ngày liền kề)"


def test_delete_with_the_delete_key_after_asking(qtbot, ui_store, monkeypatch):  # type: ignore[no-untyped-def]
    d = _dialog(qtbot, ui_store, 2027)
    answers = [False, True]
    asked = []
    monkeypatch.setattr(calendar_editor.dialogs, "ask",
                        lambda parent, title, text, yes, no: asked.append(text) or answers.pop(0))
    d.table.setFocus()
    d.table.setCurrentCell(0, 0)
    qtbot.keyClick(d.table, Qt.Key.Key_Delete)
    assert d.table.rowCount() == 14
    assert "01/01/2027 (Tết Dương lịch)" in asked[0]
    qtbot.keyClick(d.table, Qt.Key.Key_Delete)
    assert d.table.rowCount() == 13
    assert "Đã xóa ngày 01/01/2027" in d.status.text()
    assert calendar.office_calendar(ui_store).is_working_day(date(2027, 1, 1))


def test_import_and_export_files(qtbot, ui_store, tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    d = _dialog(qtbot, ui_store, 2026)
    good = tmp_path / "lich-2028.json"
    good.write_text(json.dumps([
        {"date": "2028-01-01", "kind": "holiday", "name": "Tết Dương lịch"},
        {"date": "2028-01-26", "kind": "holiday", "name": "Tết Nguyên đán (mùng 1)"},
    ], ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    d.import_file()
    assert "Đã nhập 2 ngày cho năm 2028" in d.status.text()
    assert d.year.value() == 2028 and d.table.rowCount() == 2

    bad = tmp_path / "bad.json"
    bad.write_text('[{"date": "2028-02-30", "kind": "holiday", "name": "x"}]', encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    d.import_file()
    assert "không có thật" in d.status.text() and "không có gì thay đổi" in d.status.text()
    assert d.table.rowCount() == 2

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    d.import_file()  # cancelled: nothing happens
    assert d.table.rowCount() == 2

    out = tmp_path / "out.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    d.export_file()
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert {e["date"][:4] for e in exported} == {"2026", "2027", "2028"}
    assert "Đã xuất" in d.status.text() and "2028" in d.status.text()
