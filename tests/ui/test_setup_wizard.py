"""The first-run set-up wizard, end to end with the keyboard, on a store of no office yet."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from app.law.permissions import ADMIN
from app.services import audit, encryption, office, setup, users
from app.storage.store import Store, open_store
from app.sync import keys
from app.ui import setup_wizard as sw
from tests.ui.conftest import type_text

SHOTS = os.environ.get("TIEPDAN_SHOTS")  # a folder: save screenshots there to look at them


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Store]:
    store = open_store(tmp_path / "data")
    yield store
    store.close()


def _shot(widget: sw.SetupWizard, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def _next(qtbot, wizard: sw.SetupWizard) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(wizard.currentPage().focusWidget() or wizard, Qt.Key.Key_Return)


def _wizard(qtbot, store: Store) -> sw.SetupWizard:  # type: ignore[no-untyped-def]
    wizard = sw.SetupWizard(store)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def test_the_wizard_sets_up_office_admin_and_key_by_keyboard(qtbot, fresh: Store) -> None:
    w = _wizard(qtbot, fresh)
    page = w.office_page
    page.search.setFocus()
    type_text(page.search, "lang")
    assert page.results.count() and page.results.item(0).text().startswith("Phường Láng –")
    _shot(w, "setup-1-office")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # picks the first: Phường Láng
    assert page.office_code.text() == "00187"
    assert page.office_name.text() == "UBND phường Láng"
    assert page.place_name.text() == "Hà Nội"
    assert w.currentId() == sw.PAGE_OFFICE  # Enter in the search box picks, it does not move on
    _next(qtbot, w)
    assert w.currentId() == sw.PAGE_PEOPLE
    people = w.people_page
    assert people.upstream.text() == "Ban Tiếp công dân thành phố Hà Nội"
    _next(qtbot, w)  # the desk officer is missing: refused, the message under the field
    assert w.currentId() == sw.PAGE_PEOPLE
    assert "cán bộ tiếp công dân" in people._errors["desk_officer"].text()
    type_text(people.desk_officer, "Nguyễn Thị Lan")
    type_text(people.head, "Lê Văn Hùng")
    _next(qtbot, w)
    assert w.currentId() == sw.PAGE_ADMIN
    admin = w.admin_page
    type_text(admin.full_name, "Phạm Văn Minh")
    type_text(admin.password, "abc123")
    assert "Chưa đủ mạnh" in admin.strength.text() and "10 ký tự" in admin.strength.text()
    type_text(admin.password_again, "abc123")
    _next(qtbot, w)  # a weak password: refused, nothing written, nothing typed lost
    assert w.currentId() == sw.PAGE_ADMIN
    assert admin.strength.text().startswith("Mật khẩu chưa đủ mạnh: cần ít nhất 10 ký tự")
    assert not office.is_initialised(fresh)
    assert admin.full_name.text() == "Phạm Văn Minh"
    _shot(w, "setup-3-admin-weak")
    admin.password.clear()
    admin.password_again.clear()
    type_text(admin.password, "Lang-tiep-dan-2026")
    assert admin.strength.text() == "Mật khẩu đủ mạnh."
    type_text(admin.password_again, "Lang-tiep-dan-2026")
    _next(qtbot, w)
    assert w.currentId() == sw.PAGE_RECOVERY  # the store is encrypted now: its key shown once
    assert not admin.password.text()  # the password is not kept once the account is made
    code = w.recovery_page.recovery_key.text()
    assert len(code.split("-")) == 8
    assert encryption.is_encrypted(fresh.data_dir)
    _shot(w, "setup-4-recovery")
    w.recovery_page.saved.setChecked(True)
    _next(qtbot, w)
    assert w.currentId() == sw.PAGE_KEY
    _shot(w, "setup-5-key")
    _next(qtbot, w)
    assert w.currentId() == sw.PAGE_DONE
    assert "UBND phường Láng" in w.done_page.summary.text()
    _shot(w, "setup-6-done")
    qtbot.keyClick(w.currentPage(), Qt.Key.Key_Return)
    assert w.result() == QWizard.DialogCode.Accepted

    info = office.get_office(fresh)
    assert (info.code, info.name, info.upstream_name, info.place_name) == (
        "00187", "UBND phường Láng", "Ban Tiếp công dân thành phố Hà Nội", "Hà Nội")
    assert [o.full_name for o in office.list_officers(fresh)] == ["Nguyễn Thị Lan", "Lê Văn Hùng"]
    me = users.current(fresh)
    assert me is not None and me.username == "quantri" and me.role == ADMIN
    assert not me.must_change_password
    shown = keys.show(fresh)
    assert shown.fingerprint and shown.fingerprint in w.done_page.summary.text()
    entry = next(e for e in audit.list_entries(fresh) if e.action == "sync.keys_init")
    assert entry.actor_name == "Phạm Văn Minh (quantri)"  # audited as the administrator


def test_the_encryption_page_shows_the_recovery_key_once(
        qtbot, fresh: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, str]] = []

    def hook(store: Store, username: str, password: str) -> str:
        calls.append((username, password))
        return "ABCD-EFGH-IJKL-MNOP"

    monkeypatch.setattr(setup, "encryption_hook", hook)
    w = _wizard(qtbot, fresh)
    w.office_page.office_code.setText("T01")
    w.office_page.office_name.setText("UBND xã Thử")
    w.next()
    w.people_page.desk_officer.setText("Nguyễn Thị Lan")
    w.next()
    w.admin_page.full_name.setText("Quản trị")
    w.admin_page.password.setText("Mat-khau-2026")
    w.admin_page.password_again.setText("Mat-khau-2026")
    w.next()
    assert w.currentId() == sw.PAGE_RECOVERY
    assert calls == [("quantri", "Mat-khau-2026")]
    assert w.recovery_page.recovery_key.text() == "ABCD-EFGH-IJKL-MNOP"
    assert not w.admin_page.password.text()
    assert not w.button(QWizard.WizardButton.CommitButton).isEnabled()  # until it is kept
    w.recovery_page.saved.setChecked(True)
    assert w.button(QWizard.WizardButton.CommitButton).isEnabled()
    w.next()
    assert w.currentId() == sw.PAGE_KEY and calls == [("quantri", "Mat-khau-2026")]


def test_a_unit_not_in_the_list_is_typed_by_hand(qtbot, fresh: Store) -> None:
    w = _wizard(qtbot, fresh)
    type_text(w.office_page.search, "khong co don vi nay")
    assert w.office_page.results.count() == 0
    w.next()  # nothing chosen, nothing typed: the two fields say so
    assert w.currentId() == sw.PAGE_OFFICE
    assert w.office_page._errors["office_code"].isVisible()
    assert "tên cơ quan" in w.office_page._errors["office_name"].text()
    w.office_page.office_code.setText("BTCD-HN")
    w.office_page.office_name.setText("Ban Tiếp công dân thành phố Hà Nội")
    w.next()
    assert w.currentId() == sw.PAGE_PEOPLE
