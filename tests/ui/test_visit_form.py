"""The desk scenarios of UX.md, typed with the keyboard into the real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services import visits
from app.ui import dialogs, visit_form
from app.ui.logbook_model import ID_ROLE
from app.ui.main import create_main_window
from tests.ui.conftest import log, type_text

QR = ("001090012345|012345678|NGUYỄN VĂN ĐỨC|01011990|Nam|"
      "Số 1 phố Láng Thượng, phường Láng Thượng, quận Đống Đa, Hà Nội|15042021")


def _window(qtbot, store):  # type: ignore[no-untyped-def]
    w = create_main_window(store)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w and w.logbook.table.hasFocus())
    return w


def _open_form(qtbot, w):  # type: ignore[no-untyped-def]
    qtbot.keyClick(w, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), visit_form.VisitDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, visit_form.VisitDialog)
    qtbot.waitUntil(lambda: dialog.cccd.hasFocus())
    return dialog


def test_walk_in_with_chip_card_saved_by_keyboard_and_found_in_logbook(qtbot, ui_store):  # type: ignore[no-untyped-def]
    w = _window(qtbot, ui_store)
    d = _open_form(qtbot, w)
    # The scanner types the QR payload into the focused CCCD field, then Enter.
    type_text(d.cccd, QR)
    qtbot.keyClick(d.cccd, Qt.Key.Key_Return)
    assert d.cccd.text() == "001090012345"
    assert d.full_name.text() == "Nguyễn Văn Đức"
    assert d.dob.text() == "01/01/1990"
    assert d.gender.currentData() == "male"
    assert "Láng Thượng" in d.address.text()
    assert "lần đầu" in d.banner.text()
    assert d.isVisible(), "Enter after a scan must not save the visit"
    d.content.setFocus()
    type_text(d.content, "Đề nghị cấp giấy chứng nhận quyền sử dụng đất")
    qtbot.keyClick(d.content, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not d.isVisible())
    assert d.saved is not None and d.saved.number.endswith("/" + str(d.saved.visit_date.year))
    model = w.logbook.model
    assert model.rowCount() == 1
    assert model.index(0, 3).data() == "Nguyễn Văn Đức"
    assert model.index(0, 0).data(ID_ROLE) == str(d.saved.id)
    assert w.logbook.table.currentIndex().row() == 0


def test_returning_citizen_picked_by_name_without_accents(qtbot, ui_store):  # type: ignore[no-untyped-def]
    log(ui_store, "Nguyễn Văn Đức", "Phản ánh đổ phế thải xây dựng trái phép", cccd="001090012345")
    log(ui_store, "Nguyễn Văn Dũng", "Hỏi thủ tục tách thửa", hours_ago=30)
    w = _window(qtbot, ui_store)
    d = _open_form(qtbot, w)
    d.full_name.setFocus()
    type_text(d.full_name, "nguyen van duc")
    popup = d.completer.popup()
    qtbot.waitUntil(lambda: popup.isVisible())
    assert d.completer_model.rowCount() >= 1
    first = d.completer_model.index(0).data()
    assert first.startswith("Nguyễn Văn Đức — 1990")
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: d.history.count() == 1)
    assert d.full_name.text() == "Nguyễn Văn Đức"
    assert "đã đến 1 lần" in d.banner.text()
    assert d.repeat.currentData() == "repeat"
    assert "phế thải" in d.history.item(0).text()
    type_text(d.content, "Tiếp tục phản ánh việc đổ phế thải")
    qtbot.keyClick(d.content, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not d.isVisible())
    assert d.saved is not None
    # Same person, not a duplicate citizen.
    assert d.saved.persons[0].citizen_id is not None
    earlier = visits.citizen_visits(ui_store, d.saved.persons[0].citizen_id)
    assert len(earlier) == 2


def test_validation_keeps_everything_typed_and_names_the_field(qtbot, ui_store):  # type: ignore[no-untyped-def]
    w = _window(qtbot, ui_store)
    d = _open_form(qtbot, w)
    type_text(d.cccd, "00109001234")  # 11 digits
    d.full_name.setFocus()
    type_text(d.full_name, "Trần Thị Mai")
    qtbot.keyClick(d.full_name, Qt.Key.Key_Return)  # Enter saves
    assert d.isVisible()
    assert d.saved is None
    assert "12 chữ số" in d._errors["cccd"].text() and d._errors["cccd"].isVisible()
    assert "nội dung" in d._errors["content"].text()
    assert d.summary.isVisible()
    assert d.full_name.text() == "Trần Thị Mai" and d.cccd.text() == "00109001234"
    assert visits.count_visits(ui_store) == 0
    d.cccd.setText("001090012345")
    d.content.setPlainText("Hỏi chính sách hỗ trợ hộ cận nghèo")
    qtbot.keyClick(d.full_name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not d.isVisible())
    assert visits.count_visits(ui_store) == 1


def test_escape_asks_before_discarding(qtbot, ui_store, monkeypatch):  # type: ignore[no-untyped-def]
    w = _window(qtbot, ui_store)
    d = _open_form(qtbot, w)
    type_text(d.content, "Nội dung dở dang")
    asked = []
    monkeypatch.setattr(dialogs, "confirm_discard", lambda parent, *q: asked.append(1) or False)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert asked and d.isVisible()
    assert d.content.toPlainText() == "Nội dung dở dang"


def test_crowd_of_twelve_refuses_a_sixth_representative(qtbot, ui_store):  # type: ignore[no-untyped-def]
    w = _window(qtbot, ui_store)
    d = _open_form(qtbot, w)
    d.is_crowd.setChecked(True)
    d.person_count.setValue(12)
    assert "tối đa 5" in d.crowd_hint.text()
    for i in range(6):
        d.full_name.setText(f"Người Đại Diện {i + 1}")
        d.address.setText(f"Số {i + 1} phố Chùa Láng")
        d.representative.setChecked(True)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert d.people_list.count() == 5
    assert "tối đa 5 người đại diện" in d._errors["persons"].text()
    assert d.full_name.text() == "Người Đại Diện 6", "the refused sixth stays in the form"
    d.full_name.clear()
    d.address.clear()
    d.content.setPlainText("Tập thể hộ dân đề nghị xem xét lại đơn giá bồi thường")
    d.category.setCurrentIndex(d.category.findData("KN"))
    d.save()
    assert d.saved is not None
    assert d.saved.is_crowd and d.saved.person_count == 12 and len(d.saved.persons) == 5


def test_denunciation_protected_in_lists_for_other_officers(qtbot, ui_store):  # type: ignore[no-untyped-def]
    w = _window(qtbot, ui_store)
    d = _open_form(qtbot, w)
    d.category.setCurrentIndex(d.category.findData("TC"))
    assert d.tc_note.isVisible()
    d.full_name.setText("Phạm Văn Tố")
    d.address.setText("Số 9 phố Pháo Đài Láng")
    d.phone.setText("0987654321")
    d.content.setPlainText("Tố cáo cán bộ nhũng nhiễu khi giải quyết hồ sơ")
    d.save()
    assert d.saved is not None and d.saved.confidential
    model = w.logbook.model
    # The officer who received it sees the name ...
    assert model.index(0, 3).data() == "Phạm Văn Tố"
    # ... another officer at the desk sees a pseudonym and no address ...
    w.officer_box.setCurrentIndex(w.officer_box.findText("Trần Văn Bình"))
    assert model.index(0, 3).data().startswith("Người tố cáo (bảo mật)")
    assert model.index(0, 4).data() == ""
    # ... and the head may see who it is (LAW.md §11).
    w.officer_box.setCurrentIndex(w.officer_box.findText("Lê Văn Hùng"))
    assert model.index(0, 3).data() == "Phạm Văn Tố"


def test_the_form_starts_with_the_officer_at_the_desk(qtbot, ui_store):  # type: ignore[no-untyped-def]
    """Officer ids read again from the store are equal, not identical, UUIDs."""
    import uuid

    from app.services import office
    from app.services.viewer import Viewer

    officers = {o.code: o for o in office.list_officers(ui_store)}
    binh = uuid.UUID(str(officers["CB03"].id))  # a fresh object, as from the settings
    d = visit_form.VisitDialog(ui_store, Viewer(binh))
    qtbot.addWidget(d)
    assert d.officer.currentData() == officers["CB03"].id
    d.received_by.setCurrentIndex(d.received_by.findData("head"))
    assert d.officer.currentData() == officers["CB02"].id  # the chairman


def test_earlier_visits_wrap_in_the_side_panel_and_the_tooltip_has_the_whole_text(
        qtbot, ui_store):  # type: ignore[no-untyped-def]
    from app.services import citizens
    from app.services.viewer import Viewer

    long = ("Khiếu nại quyết định số 123/QĐ-UBND của Chủ tịch UBND phường về việc xử phạt vi "
            "phạm hành chính trong lĩnh vực xây dựng, vì cho rằng việc xác định diện tích vi "
            "phạm không đúng thực tế, biên bản lập không có mặt người vi phạm và mức phạt vượt "
            "khung quy định; đề nghị hủy quyết định & xem xét lại <toàn bộ> hồ sơ")
    rec = log(ui_store, "Nguyễn Văn Đức", long, cccd="001090012345", hours_ago=48)
    log(ui_store, "Nguyễn Văn Đức", "Hỏi tiến độ", cccd="001090012345", hours_ago=24)
    d = visit_form.VisitDialog(ui_store, Viewer())
    qtbot.addWidget(d)
    d.resize(1100, 700)
    d.show()
    d._show_citizen(citizens.get(ui_store, rec.persons[0].citizen_id))
    assert d.history.count() == 2
    short, first = d.history.item(0), d.history.item(1)  # newest first
    text = first.text().split("\n", 1)[1]
    assert text.endswith("…") and len(text) <= visit_form.HISTORY_CHARS
    assert long.startswith(text[:-1])
    assert short.text().endswith("Hỏi tiến độ")
    tip = first.toolTip()  # rich text (it wraps), the whole content, escaped
    assert "&amp; xem xét lại &lt;toàn bộ&gt; hồ sơ" in tip and rec.number in tip
    # the row is as tall as its wrapped lines, as wide as the panel: nothing runs off the side
    line = d.history.fontMetrics().lineSpacing()
    rect = d.history.visualItemRect(first)
    assert rect.height() >= 5 * line
    assert rect.right() <= d.history.viewport().width()
    assert d.history.visualItemRect(short).height() < 4 * line  # its heading and one line
    assert not d.history.horizontalScrollBar().isVisible()


def test_shorten_cuts_at_a_word_and_keeps_short_text() -> None:
    from app.ui.widgets import shorten

    assert shorten("Hỏi  thủ tục\ntách thửa", 40) == "Hỏi thủ tục tách thửa"
    assert shorten("Phản ánh tiếng ồn karaoke quá giờ", 20) == "Phản ánh tiếng ồn…"
    assert len(shorten("x" * 50, 10)) == 10
