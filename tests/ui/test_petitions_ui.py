"""Petitions in the GUI: register from a visit in one step, act on it, the register, the dashboard."""

from __future__ import annotations

import sys
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from app.clock import VN_TZ
from app.services import office, petitions
from app.services.petitions import PetitionInput, StepInput
from app.services.visits import PersonInput
from app.storage.store import Store
from app.ui import dialogs
from app.ui.dashboard import DashboardPage
from app.ui.main import DASHBOARD_PAGE, PETITIONS_PAGE, create_main_window
from app.ui.petition_detail import PetitionDetailDialog
from app.ui.petition_form import PetitionDialog
from app.ui.petition_model import ID_ROLE, STATUS_ROLE, PetitionTableModel
from app.ui.petition_step import StepDialog
from app.ui.petitions import DUE_OVERDUE, PetitionsPage
from app.ui.visit_view import VisitViewDialog
from app.ui.widgets import find_data
from tests.ui.conftest import log, type_text

CCCD = "001090012345"


def _today() -> date:
    return datetime.now(VN_TZ).date()


def _window(qtbot, store):  # type: ignore[no-untyped-def]
    w = create_main_window(store)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w and w.logbook.table.hasFocus())
    return w


def _modal(qtbot, kind: type) -> Any:  # type: ignore[no-untyped-def]
    """The dialog of that kind once it is the active window (shortcuts need that)."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind)
                    and QApplication.activeWindow() is QApplication.activeModalWidget())
    return QApplication.activeModalWidget()


def _officer(store: Store, code: str = "CB01") -> Any:
    return next(o for o in office.list_officers(store) if o.code == code)


def _register(store: Store, content: str, *, ct: str = "KNPA", days_ago: int = 0,
              name: str = "Trần Thị Mai", cccd: str | None = None,
              field_code: str | None = None, officer: str = "CB01") -> petitions.PetitionRecord:
    return petitions.register(store, PetitionInput(
        received_date=_today() - timedelta(days=days_ago), content=content, content_type=ct,
        senders=[PersonInput(full_name=name, cccd=cccd, address="Số 3 phố Chùa Láng")],
        field_code=field_code, officer_id=_officer(store, officer).id))


def _click_step(qtbot, detail: PetitionDetailDialog, step: str) -> StepDialog:  # type: ignore[no-untyped-def]
    button = detail.step_buttons[step]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    dialog = _modal(qtbot, StepDialog)
    assert dialog.step == step
    return dialog


def _row_of(page: PetitionsPage, number: str) -> int:
    model = page.model
    return next(r for r in range(model.rowCount()) if model.index(r, 0).data().startswith(number))


def test_register_from_a_visit_in_one_step_then_classify_propose_accept(qtbot, ui_store):  # type: ignore[no-untyped-def]
    visit = log(ui_store, "Nguyễn Văn Đức", "Khiếu nại quyết định xử phạt vi phạm hành chính về "
                "xây dựng", category="KN", cccd=CCCD)
    w = _window(qtbot, ui_store)
    assert w._petitions_tab.page is None and w._dashboard_tab.page is None  # built when shown
    w.logbook.table.selectRow(0)
    # One step: Ctrl+Shift+D on the logbook opens the form filled from the visit, Ctrl+S saves.
    qtbot.keyClick(w.logbook.table, Qt.Key.Key_D,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    form = _modal(qtbot, PetitionDialog)
    assert form.people_list.count() == 1 and "Nguyễn Văn Đức" in form.people_list.item(0).text()
    assert form.content_type.currentData() == "KN"
    assert form.received_date.date().toPython() == visit.visit_date
    assert visit.number in form.visit_note.text()
    qtbot.waitUntil(lambda: form.content_type.hasFocus())
    qtbot.keyClick(form.content_type, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not form.isVisible())
    saved = form.saved
    assert saved is not None and saved.visit_id == visit.id
    assert saved.senders[0].citizen_id == visit.persons[0].citizen_id  # the same person
    assert saved.state == "received"

    # The register shows it, selected, with its next deadline.
    assert w.tabs.currentIndex() == PETITIONS_PAGE
    page = w.petitions_page()
    assert page.model.rowCount() == 1
    assert page.table.currentIndex().row() == 0
    due_col = PetitionTableModel.COLUMNS.index("next_due")
    first_due = saved.next_due
    assert first_due is not None
    assert page.model.index(0, due_col).data().startswith(first_due.strftime("%d/%m/%Y"))

    # Enter opens the detail; the first allowed step (Phân loại) has the focus.
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    detail = _modal(qtbot, PetitionDetailDialog)
    assert detail.record.id == saved.id
    assert "classify" in detail.step_buttons and "accept" not in detail.step_buttons
    assert detail.deadlines.rowCount() == len(saved.deadlines)
    assert "Hạn 10 ngày làm việc" in detail.explanation.text()

    classify = _click_step(qtbot, detail, "classify")
    qtbot.waitUntil(lambda: classify.content_type is not None and classify.content_type.hasFocus())
    assert classify.content_type is not None and classify.content_type.currentData() == "KN"
    assert classify.processable is not None and classify.competent is not None
    classify.processable.setFocus()
    qtbot.keyClick(classify.processable, Qt.Key.Key_Down)  # "Đủ điều kiện xử lý"
    classify.competent.setFocus()
    qtbot.keyClick(classify.competent, Qt.Key.Key_Down)  # "Thuộc thẩm quyền"
    qtbot.keyClick(classify.competent, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not classify.isVisible())
    assert detail.record.state == "classified"
    assert detail.timeline.rowCount() == 1 and detail.timeline.item(0, 1).text() == "Phân loại đơn"
    assert "propose" in detail.step_buttons

    propose = _click_step(qtbot, detail, "propose")
    qtbot.keyClick(propose.note, Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: not propose.isVisible())
    assert detail.record.state == "proposed"

    accept = _click_step(qtbot, detail, "accept")
    assert accept.doc_number is not None
    qtbot.waitUntil(lambda: accept.doc_number is not None and accept.doc_number.hasFocus())
    type_text(accept.doc_number, "12/TB-UBND")
    qtbot.keyClick(accept.doc_number, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not accept.isVisible())
    rec = detail.record
    assert rec.state == "accepted"
    assert detail.timeline.rowCount() == 3 and detail.timeline.item(2, 2).text() == "12/TB-UBND"
    first = next(d for d in rec.deadlines if d.rule_id == "complaint-first")
    assert first.start == _today() and first.status in ("open", "due_soon")
    # The deadline changed: the notice is met, the 30-day resolution deadline is next.
    assert next(d for d in rec.deadlines if d.rule_id == "reception-notice").status == "done"
    assert rec.next_due == first.due != first_due
    texts = [detail.deadlines.item(r, 0).text() for r in range(detail.deadlines.rowCount())]
    assert first.due.strftime("%d/%m/%Y") in texts
    assert "30 ngày" in detail.explanation.text()  # the next deadline is explained
    assert first.due.strftime("%d/%m/%Y") in detail.title.text()

    # ... and the register's row follows.
    state_col = PetitionTableModel.COLUMNS.index("state")
    assert page.model.index(0, state_col).data() == "Đã thụ lý"
    assert page.model.index(0, due_col).data().startswith(first.due.strftime("%d/%m/%Y"))
    assert page.table.currentIndex().row() == 0


def test_a_refused_step_shows_the_reason_and_keeps_what_was_typed(qtbot, ui_store):  # type: ignore[no-untyped-def]
    rec = _register(ui_store, "Phản ánh đổ phế thải xây dựng trái phép", days_ago=3)
    w = _window(qtbot, ui_store)
    detail = w.show_petition(rec.id)
    assert detail is not None
    dialog = _click_step(qtbot, detail, "classify")
    assert dialog.processable is not None and dialog.reasons is not None
    dialog.processable.setCurrentIndex(dialog.processable.findData(False))
    assert dialog.reasons.isEnabled() and not dialog.competent.isEnabled()  # type: ignore[union-attr]
    dialog.note.setFocus()
    type_text(dialog.note, "Đơn gửi qua bưu điện")
    qtbot.keyClick(dialog.note, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    # The law's reason, in the dialog; nothing written, nothing lost.
    assert dialog.isVisible() and dialog.saved is None
    assert dialog.refusal.isVisible()
    assert "không đủ điều kiện xử lý phải ghi lý do" in dialog.refusal.text()
    assert dialog.note.text() == "Đơn gửi qua bưu điện"
    assert dialog.processable.currentData() is False
    assert petitions.get(ui_store, rec.id).events == ()
    # A date before the petition was received is named beside the date.
    dialog.on_date.setDate(rec.received_date - timedelta(days=5))
    dialog.reasons.setFocus()
    type_text(dialog.reasons, "Đơn không có chữ ký")
    dialog.save()
    assert dialog.isVisible()
    assert "trước ngày nhận đơn" in dialog._errors["on_date"].text()
    assert dialog._errors["on_date"].isVisible()
    assert dialog.reasons.toPlainText() == "Đơn không có chữ ký"
    dialog.on_date.setDate(rec.received_date)
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert detail.record.state == "classified" and detail.record.processable is False
    assert "Đơn không có chữ ký" in detail.timeline.item(0, 4).text()
    assert "file" in detail.step_buttons and "propose" not in detail.step_buttons


def test_escape_in_a_step_asks_before_discarding(qtbot, ui_store, monkeypatch):  # type: ignore[no-untyped-def]
    rec = _register(ui_store, "Phản ánh tiếng ồn karaoke")
    w = _window(qtbot, ui_store)
    detail = w.show_petition(rec.id)
    assert detail is not None
    dialog = _click_step(qtbot, detail, "note")
    type_text(dialog.note, "Gọi điện cho công dân")
    asked: list[int] = []
    monkeypatch.setattr(dialogs, "confirm_discard", lambda parent, *q: asked.append(1) or False)
    qtbot.keyClick(dialog.note, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible() and dialog.note.text() == "Gọi điện cho công dân"


def test_registration_form_names_the_field_and_suggests_the_earlier_petition(qtbot, ui_store, monkeypatch):  # type: ignore[no-untyped-def]
    earlier = _register(ui_store, "Khiếu nại việc không xác nhận nguồn gốc đất", ct="KN",
                        name="Nguyễn Văn Đức", cccd=CCCD, days_ago=10)
    w = _window(qtbot, ui_store)
    qtbot.keyClick(w, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    form = _modal(qtbot, PetitionDialog)
    qtbot.waitUntil(lambda: form.channel.hasFocus())
    form.content.setFocus()
    type_text(form.content, "Tiếp tục khiếu nại việc không xác nhận nguồn gốc đất")
    qtbot.keyClick(form.content, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    # No sender: refused, the reason beside the senders, the content kept.
    assert form.isVisible() and form.saved is None
    assert "Cần ít nhất một người gửi" in form._errors["senders"].text()
    assert form.summary.isVisible()
    assert form.content.toPlainText().startswith("Tiếp tục khiếu nại")
    # The same person by CCCD: the earlier petition is suggested beside the form.
    form.cccd.setFocus()
    type_text(form.cccd, CCCD)
    qtbot.keyClick(form.cccd, Qt.Key.Key_Return)  # looks the citizen up, moves on
    assert form.full_name.text() == "Nguyễn Văn Đức" and form.isVisible()
    qtbot.waitUntil(lambda: form.related_list.count() >= 1, timeout=3000)
    assert earlier.number in form.related_list.item(0).text()
    assert "cùng người gửi" in form.related_list.item(0).text()
    assert not form.matter_button.isEnabled()
    form.related_list.setCurrentRow(0)
    assert form.matter_button.isEnabled()
    form.matter_button.click()
    assert "lần gửi sau" in form.link_label.text() and earlier.number in form.link_label.text()
    form.content_type.setCurrentIndex(form.content_type.findData("KN"))
    assert form.kn_box.isVisibleTo(form)
    form.learned_date.setText("31/02/2026")  # not a date
    form.save()
    assert "dd/mm/yyyy" in form._errors["learned_date"].text() and form.saved is None
    form.learned_date.clear()
    # A pending document in its block is saved with the petition, like a pending sender.
    form.doc_name.setText("Quyết định bị khiếu nại")
    form.doc_pages.setValue(2)
    form.save()
    qtbot.waitUntil(lambda: not form.isVisible())
    saved = form.saved
    assert saved is not None and saved.round == 2 and saved.matter_id == earlier.matter_id
    assert saved.documents[0]["name"] == "Quyết định bị khiếu nại" and saved.documents[0]["pages"] == 2
    assert saved.senders[0].cccd == CCCD


def test_a_forwarded_petition_asks_who_forwarded_it(qtbot, ui_store):  # type: ignore[no-untyped-def]
    w = _window(qtbot, ui_store)
    form = w.new_petition()
    qtbot.waitUntil(lambda: form.isVisible())
    assert not form.forwarded_box.isVisibleTo(form)
    form.channel.setCurrentIndex(form.channel.findData("forwarded"))
    assert form.forwarded_box.isVisibleTo(form)
    form.anonymous.setChecked(True)
    assert not form.full_name.isEnabled()
    form.content.setPlainText("Phản ánh việc lấn chiếm vỉa hè kinh doanh")
    form.save()
    assert "tên cơ quan" in form._errors["forwarder_name"].text()
    form.forwarder_name.setText("Báo Hà Nội Mới")
    form.forwarder_ref.setText("125/CV")
    form.save()
    assert form.saved is not None and form.saved.anonymous
    assert form.saved.forwarder_name == "Báo Hà Nội Mới" and form.saved.channel == "forwarded"


def test_escape_in_the_form_asks_before_discarding(qtbot, ui_store, monkeypatch):  # type: ignore[no-untyped-def]
    w = _window(qtbot, ui_store)
    form = w.new_petition()
    qtbot.waitUntil(lambda: form.channel.hasFocus())
    asked: list[int] = []
    monkeypatch.setattr(dialogs, "confirm_discard", lambda parent, *q: asked.append(1) or False)
    form.content.setFocus()
    type_text(form.content, "Nội dung dở dang")
    qtbot.keyClick(form.content, Qt.Key.Key_Escape)
    assert asked and form.isVisible() and form.content.toPlainText() == "Nội dung dở dang"
    # Untouched, Esc just closes.
    other = w.new_petition()
    qtbot.waitUntil(lambda: other.channel.hasFocus())
    qtbot.keyClick(other.channel, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not other.isVisible())
    assert len(asked) == 1


def test_visit_view_registers_a_petition_from_the_visit(qtbot, ui_store):  # type: ignore[no-untyped-def]
    visit = log(ui_store, "Lê Thị Hoa", "Phản ánh tiếng ồn từ quán karaoke")
    w = _window(qtbot, ui_store)
    w.show_visit(visit.id)
    view = _modal(qtbot, VisitViewDialog)
    assert view.register_button.isVisible()
    view.register_button.click()
    form = _modal(qtbot, PetitionDialog)
    assert not view.isVisible()
    assert form.content.toPlainText() == visit.content
    assert form.content_type.currentData() == "KNPA"
    form.save()
    assert form.saved is not None and form.saved.visit_id == visit.id


def test_logbook_context_menu_offers_registration(qtbot, ui_store):  # type: ignore[no-untyped-def]
    visit = log(ui_store, "Lê Thị Hoa", "Phản ánh tiếng ồn từ quán karaoke")
    w = _window(qtbot, ui_store)
    w.logbook.table.selectRow(0)
    menu = w.logbook.context_menu()
    assert menu is not None
    texts = [a.text() for a in menu.actions()]
    assert any(t.startswith("Vào sổ đơn từ lượt tiếp này") for t in texts)
    with qtbot.waitSignal(w.logbook.register_petition_requested) as sig:
        menu.actions()[1].trigger()
    assert sig.args == [visit.id]
    form = _modal(qtbot, PetitionDialog)
    form.save()
    assert form.saved is not None


def test_register_filters_colours_and_search(qtbot, ui_store):  # type: ignore[no-untyped-def]
    old = _register(ui_store, "Khiếu nại quyết định cắt trợ cấp xã hội", ct="KN", days_ago=40)
    tc = _register(ui_store, "Tố cáo cán bộ địa chính nhũng nhiễu", ct="TC", days_ago=2,
                   officer="CB03")
    noise = _register(ui_store, "Phản ánh tiếng ồn karaoke quá giờ", days_ago=1)
    closed = _register(ui_store, "Phản ánh lấn chiếm vỉa hè", days_ago=5)
    petitions.act(ui_store, closed.id, StepInput(
        step="classify", on_date=_today(), content_type="KNPA", processable=False,
        reasons=["Đơn không có chữ ký"]))
    petitions.act(ui_store, closed.id, StepInput(step="file", on_date=_today()))
    w = _window(qtbot, ui_store)
    qtbot.keyClick(w, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: w.tabs.currentIndex() == PETITIONS_PAGE)
    page = w.petitions_page()
    assert page.model.rowCount() == 4 and page.count_label.text() == "4 đơn"
    # Overdue: red, and said in words.
    row = _row_of(page, old.number)
    due_col = PetitionTableModel.COLUMNS.index("next_due")
    assert page.model.index(row, 0).data(STATUS_ROLE) == "overdue"
    assert page.model.index(row, due_col).data().endswith("Quá hạn")
    assert page.model.index(row, 2).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "Quá hạn" in page.legend.text() and "Sắp đến hạn" in page.legend.text()
    # The denouncer is a pseudonym for another officer.
    tc_row = _row_of(page, tc.number)
    assert page.model.index(tc_row, 3).data().startswith("Người tố cáo (bảo mật)")
    page.type_filter.setCurrentIndex(page.type_filter.findData("KN"))
    assert page.model.rowCount() == 1
    page.type_filter.setCurrentIndex(0)
    page.state_filter.setCurrentIndex(page.state_filter.findData("open"))
    assert page.model.rowCount() == 3
    page.state_filter.setCurrentIndex(page.state_filter.findData("filed"))
    assert page.model.rowCount() == 1 and page.model.index(0, 0).data().startswith(closed.number)
    page.state_filter.setCurrentIndex(0)
    page.due_filter.setCurrentIndex(page.due_filter.findData(DUE_OVERDUE))
    assert page.model.rowCount() == 1 and page.model.index(0, 0).data().startswith(old.number)
    page.due_filter.setCurrentIndex(0)
    page.officer_filter.setCurrentIndex(find_data(page.officer_filter, _officer(ui_store, "CB03").id))
    assert page.model.rowCount() == 1
    page.officer_filter.setCurrentIndex(0)
    qtbot.keyClick(w, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "karaoke")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert page.model.index(0, 0).data(ID_ROLE) == str(noise.id)
    assert page.count_label.text() == "1 đơn"


def test_dashboard_shows_the_overdue_petition_and_opens_it(qtbot, ui_store):  # type: ignore[no-untyped-def]
    late = _register(ui_store, "Khiếu nại quyết định thu hồi đất", ct="KN", days_ago=40)
    _register(ui_store, "Phản ánh tiếng ồn karaoke", days_ago=0, officer="CB03")
    w = _window(qtbot, ui_store)
    qtbot.keyClick(w, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: w.tabs.currentIndex() == DASHBOARD_PAGE)
    page = w.dashboard_page()
    assert isinstance(page, DashboardPage)
    assert page.overdue.rowCount() == 1
    assert page.overdue.item(0, 0).text() == late.number
    assert page.overdue.item(0, 1).text().endswith("Quá hạn")
    assert "Quá hạn (1)" in page.overdue_box.title()
    # Counts per officer: Lan has the overdue one; picking Bình filters the lists.
    names = [page.officers.item(r, 0).text() for r in range(page.officers.rowCount())]
    lan = names.index("Nguyễn Thị Lan")
    assert page.officers.item(lan, 1).text() == "1"
    page.officers.setCurrentCell(names.index("Trần Văn Bình"), 0)
    assert "Quá hạn (0)" in page.overdue_box.title()
    page.officers.setCurrentCell(0, 0)
    assert "Quá hạn (1)" in page.overdue_box.title()
    # Double-click opens the petition.
    page.overdue.setCurrentCell(0, 0)
    page.overdue.doubleClicked.emit(page.overdue.currentIndex())
    detail = _modal(qtbot, PetitionDetailDialog)
    assert detail.record.id == late.id
    # Watching it puts it on the watch list.
    detail.watch.setChecked(True)
    assert petitions.get(ui_store, late.id).watch
    detail.reject()
    page.refresh()
    assert page.watched.item(0, 0).text() == late.number
    # Thresholds: refused with the reason beside the value, then saved.
    page.min_count.setValue(1)
    page.apply_thresholds()
    assert "từ 2 đến 1000" in page.min_count_error.text() and page.min_count_error.isVisible()
    page.min_count.setValue(2)
    page.window_days.setValue(10)
    page.apply_thresholds()
    assert not page.min_count_error.isVisible() and "Đã lưu" in page.thresholds_status.text()
    assert page.data is not None and page.data.thresholds.min_count == 2


def test_dashboard_officer_row_opens_the_register_on_that_officer(qtbot, ui_store):  # type: ignore[no-untyped-def]
    _register(ui_store, "Khiếu nại quyết định thu hồi đất", ct="KN", days_ago=40)
    _register(ui_store, "Phản ánh tiếng ồn karaoke", officer="CB03")
    w = _window(qtbot, ui_store)
    w.show_page(DASHBOARD_PAGE)
    page = w.dashboard_page()
    names = [page.officers.item(r, 0).text() for r in range(page.officers.rowCount())]
    page.officers.setCurrentCell(names.index("Trần Văn Bình"), 0)
    page.officers.activated.emit(page.officers.currentIndex())
    assert w.tabs.currentIndex() == PETITIONS_PAGE
    register = w.petitions_page()
    assert register.officer_filter.currentData() == _officer(ui_store, "CB03").id
    assert register.model.rowCount() == 1


def test_petition_model_passes_qt_model_tester(qtmodeltester, ui_store):  # type: ignore[no-untyped-def]
    from app.services.viewer import Viewer

    for i in range(5):
        _register(ui_store, f"Phản ánh số {i} về tiếng ồn", days_ago=i * 10)
    model = PetitionTableModel(ui_store, Viewer())
    model.reload()
    qtmodeltester.check(model, force_py=True)


def test_petition_pages_do_not_load_before_they_are_shown(qtbot, ui_store):  # type: ignore[no-untyped-def]
    w = _window(qtbot, ui_store)
    assert w._petitions_tab.page is None and w._dashboard_tab.page is None
    w.show_page(PETITIONS_PAGE)
    assert w._petitions_tab.page is not None and w._dashboard_tab.page is None
    assert "app.ui.petitions" in sys.modules
    buttons = {b.text() for b in w.findChildren(QPushButton)}
    assert "Đơn &mới (Ctrl+Shift+N)" in buttons
    menus = [a.text() for a in w.menuBar().actions()]
    lists = w.menuBar().actions()[menus.index("&Danh mục")].menu()
    assert any("Lịch làm" in a.text() for a in lists.actions())


def test_the_desk_officer_is_restored_by_value(qtbot, ui_store):  # type: ignore[no-untyped-def]
    """The saved officer comes back as a new UUID object: it must still be found."""
    import uuid

    binh = _officer(ui_store, "CB03")
    w = create_main_window(ui_store, uuid.UUID(str(binh.id)))
    qtbot.addWidget(w)
    assert w.officer_box.currentData() == binh.id
    form = w.new_petition()
    assert form.officer.currentData() == binh.id  # registered by the officer at the desk
    form.reject()


def test_a_crowd_visit_becomes_one_petition_with_many_signers(qtbot, ui_store):  # type: ignore[no-untyped-def]
    """UX scenario 3: twelve people about the same land clearance, registered in one step."""
    from app.services import visits

    reps = [PersonInput(full_name=n, address="Ngõ 1194 đường Láng", is_representative=True,
                        role="representative") for n in ("Đỗ Văn Toàn", "Vũ Thị Hạnh")]
    crowd = visits.log_visit(ui_store, visits.VisitInput(
        visited_at=datetime.now(VN_TZ) - timedelta(hours=2), reception_type="regular",
        persons=reps, content="Tập thể hộ dân đề nghị xem xét lại đơn giá bồi thường",
        category="KN", officer_id=_officer(ui_store).id, is_crowd=True, person_count=12))
    w = _window(qtbot, ui_store)
    form = w.register_from_visit(crowd.id)
    assert form is not None
    assert form.people_list.count() == 2 and form.signer_count.value() == 12
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not form.isVisible())
    saved = form.saved
    assert saved is not None and saved.signer_count == 12 and len(saved.senders) == 2
    assert any("12 người ký" in warning for warning in saved.warnings)
    detail = w.show_petition(saved.id)
    assert detail is not None and "12 người ký" in detail.facts.toPlainText()
    detail.reject()
    w.show_page(DASHBOARD_PAGE)
    hot = w.dashboard_page().hot
    assert hot.item(0, 0).text() == "Đoàn đông người" and "12 người" in hot.item(0, 1).text()
