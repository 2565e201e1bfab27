"""The person block shared by the visit and petition forms, typed with the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services.viewer import Viewer
from app.ui import dialogs
from app.ui.petition_form import PetitionDialog
from app.ui.visit_form import VisitDialog
from tests.ui.conftest import log, type_text

QR = ("001090012345|012345678|NGUYỄN VĂN ĐỨC|01011990|Nam|"
      "Số 1 phố Láng Thượng, phường Láng Thượng, quận Đống Đa, Hà Nội|15042021")


@pytest.fixture(autouse=True)
def _closing_discards(monkeypatch):  # type: ignore[no-untyped-def]
    """The forms are closed with typed text in them when a test ends: do not ask."""
    monkeypatch.setattr(dialogs, "confirm_discard", lambda parent, *question: True)


def _shown(qtbot, dialog):  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_a_scan_in_the_petition_form_keeps_the_card_details_unseen(qtbot, ui_store):  # type: ignore[no-untyped-def]
    d = _shown(qtbot, PetitionDialog(ui_store, Viewer()))
    d.cccd.setFocus()
    type_text(d.cccd, QR)
    qtbot.keyClick(d.cccd, Qt.Key.Key_Return)
    assert d.full_name.hasFocus(), "Enter after the scan moves on to the next field"
    assert not d.person_block.dob.isVisible() and not d.person_block.card_address.isVisible()
    sender = d.person_block.current().to_input()
    assert sender.cccd == "001090012345" and sender.date_of_birth is not None
    assert sender.gender == "male" and sender.old_id == "012345678"
    assert sender.card_address is not None and "Đống Đa" in sender.card_address


def test_a_scanner_without_enter_settles_by_itself(qtbot, ui_store):  # type: ignore[no-untyped-def]
    d = _shown(qtbot, VisitDialog(ui_store, Viewer()))
    type_text(d.cccd, QR)
    qtbot.waitUntil(lambda: d.cccd.text() == "001090012345", timeout=2000)
    assert d.full_name.text() == "Nguyễn Văn Đức" and d.person_block.card_address.isVisible()


def test_an_unreadable_code_is_said_beside_the_field(qtbot, ui_store):  # type: ignore[no-untyped-def]
    d = _shown(qtbot, VisitDialog(ui_store, Viewer()))
    type_text(d.cccd, "001090012345|abc|NGUYỄN VĂN ĐỨC|01011990|Nam|Số 1|15042021")
    qtbot.keyClick(d.cccd, Qt.Key.Key_Return)
    assert "Không đọc được mã QR" in d._errors["cccd"].text() and d._errors["cccd"].isVisible()
    assert d.full_name.text() == ""


def test_a_known_cccd_fills_the_rest_and_links_the_citizen(qtbot, ui_store):  # type: ignore[no-untyped-def]
    earlier = log(ui_store, "Lê Thị Hoa", "Phản ánh tiếng ồn", cccd="001190000001")
    d = _shown(qtbot, PetitionDialog(ui_store, Viewer()))
    d.cccd.setFocus()
    type_text(d.cccd, "001190000001")
    qtbot.keyClick(d.cccd, Qt.Key.Key_Return)
    assert d.full_name.text() == "Lê Thị Hoa" and d.phone.text() == "0912345678"
    assert d.person_block.citizen_id == earlier.persons[0].citizen_id
    # Typing another name means another person: the link is dropped.
    d.full_name.setFocus()
    type_text(d.full_name, "x")
    assert d.person_block.citizen_id is None


def test_add_and_remove_persons_by_keyboard(qtbot, ui_store):  # type: ignore[no-untyped-def]
    d = _shown(qtbot, VisitDialog(ui_store, Viewer()))
    for name in ("Trần Văn A", "Trần Văn B"):
        d.full_name.setFocus()
        type_text(d.full_name, name)
        qtbot.keyClick(d.full_name, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
        assert d.cccd.hasFocus() and d.full_name.text() == ""
    assert [d.people_list.item(i).text() for i in range(2)] == ["Trần Văn A", "Trần Văn B"]
    d.people_list.setCurrentRow(0)
    d.person_block.remove_person.click()
    assert d.people_list.count() == 1
    assert [p.full_name for p in d.person_block.all_people()] == ["Trần Văn B"]
    qtbot.keyClick(d.cccd, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # nothing typed
    assert d.people_list.count() == 1 and d.full_name.hasFocus()


def test_an_anonymous_petition_takes_no_sender(qtbot, ui_store):  # type: ignore[no-untyped-def]
    d = _shown(qtbot, PetitionDialog(ui_store, Viewer()))
    d.full_name.setText("Trần Văn A")
    d.anonymous.setChecked(True)
    qtbot.keyClick(d.content, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert d.people_list.count() == 0


def test_a_problem_of_the_typed_person_is_shown_beside_its_field(qtbot, ui_store):  # type: ignore[no-untyped-def]
    d = _shown(qtbot, PetitionDialog(ui_store, Viewer()))
    block = d.person_block
    block.full_name.setText("Trần Văn A")
    qtbot.keyClick(d.content, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert block.error_key("senders.0.cccd") == "senders"  # on the list
    assert block.error_key("senders.1.cccd") == "senders"  # nobody typed in the block
    block.full_name.setText("Trần Văn B")
    assert block.error_key("senders.1.cccd") == "cccd"
    assert block.error_key("senders.1.date_of_birth") == "senders"  # not shown in this form
    assert block.error_key("content") is None


def test_a_crowds_next_person_starts_as_a_representative(qtbot, ui_store):  # type: ignore[no-untyped-def]
    d = _shown(qtbot, VisitDialog(ui_store, Viewer()))
    d.is_crowd.setChecked(True)
    d.full_name.setText("Người Đại Diện 1")
    qtbot.keyClick(d.full_name, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert d.people_list.count() == 1
    assert d.representative.isChecked() and d.role.currentData() == "representative"
    d.is_crowd.setChecked(False)
    d.full_name.setText("Người Đi Cùng")
    qtbot.keyClick(d.full_name, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert not d.representative.isChecked() and d.role.currentData() == "petitioner"
