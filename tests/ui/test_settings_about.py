"""Quản trị › Cài đặt, Trợ giúp › Giới thiệu and › Phím tắt."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt

from app.actor import Actor
from app.law.permissions import ADMIN, OFFICER
from app.services import audit, backup, dashboard, office, settings, users
from app.storage.store import Store
from app.ui.about import AboutDialog, shortcuts
from app.ui.catalogs import FieldsDialog
from app.ui.main import create_main_window
from app.ui.settings_dialog import SettingsDialog

PW = "Lang-tiep-dan-2026"
SHOTS = os.environ.get("TIEPDAN_SHOTS")


def _signed_in_admin(store: Store) -> None:
    users.add_user(store, "quantri", "Phạm Văn Minh", ADMIN, PW, must_change_password=False)
    users.sign_in(store, "quantri", PW)


def _entries(store: Store, action: str) -> list[audit.AuditRow]:
    return [e for e in audit.list_entries(store) if e.action == action]


def test_settings_save_through_the_services_audited_as_the_user(qtbot, ui_store: Store,
                                                                tmp_path: Path) -> None:
    _signed_in_admin(ui_store)
    dialog = SettingsDialog(ui_store)
    qtbot.addWidget(dialog)
    dialog.show()
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "settings.png"))
    assert dialog.office_code.text() == "00163"
    dialog.office_name.setText("UBND phường Láng (Đống Đa cũ)")
    dialog.upstream_name.setText("Ban Tiếp công dân thành phố Hà Nội")
    dialog.paper.setCurrentIndex(dialog.paper.findData("A5"))
    dialog.idle_minutes.setValue(15)
    dialog.second_dir.setText(str(tmp_path / "usb"))
    dialog.keep_daily.setValue(10)
    dialog.min_count.setValue(4)
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert saved.args[0] == ["office", "print", "idle_lock", "backup", "hot_spots"]
    assert dialog.status.text() == "Đã lưu."

    assert settings.office_details(ui_store).name == "UBND phường Láng (Đống Đa cũ)"
    assert settings.print_settings(ui_store).paper == "A5"
    assert users.idle_lock_minutes(ui_store) == 15
    assert backup.settings(ui_store).rotation.daily == 10
    assert backup.settings(ui_store).second_dir == tmp_path / "usb"
    assert dashboard.thresholds(ui_store).min_count == 4
    for action in ("settings.office", "settings.print", "settings.idle_lock", "settings.backup",
                   "settings.hot_spots"):
        (entry,) = _entries(ui_store, action)
        assert entry.actor_name == "Phạm Văn Minh (quantri)", action


def test_a_refused_setting_is_shown_beside_its_field_and_nothing_typed_is_lost(
        qtbot, ui_store: Store) -> None:
    dialog = SettingsDialog(ui_store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.office_name.setText("   ")
    dialog.place_name.setText("Hà Nội")
    dialog.tabs.setCurrentIndex(2)
    assert not dialog.save()
    assert dialog.tabs.currentIndex() == 0  # the tab with the problem is brought forward
    assert "Cần nhập tên cơ quan" in dialog._errors["office_name"].text()
    assert dialog._errors["office_name"].isVisible()
    assert dialog.office_name.text() == "   "
    assert settings.office_details(ui_store).name == "UBND phường Láng"
    assert not _entries(ui_store, "settings.office")


def test_desk_mode_settings_are_audited_as_the_officer_at_the_desk(qtbot, ui_store: Store
                                                                  ) -> None:
    lan = office.list_officers(ui_store)[0]
    w = create_main_window(ui_store, lan.id)
    qtbot.addWidget(w)
    dialog = w.open_settings()
    assert isinstance(dialog, SettingsDialog)
    dialog.window_days.setValue(60)
    assert dialog.save()
    (entry,) = _entries(ui_store, "settings.hot_spots")
    assert entry.actor_kind == "officer" and entry.actor_name == "Nguyễn Thị Lan (CB01)"
    fields = FieldsDialog(ui_store, w, actor=w.actor())  # the catalogues too
    qtbot.addWidget(fields)
    fields.code.setText("ATTP")
    fields.name.setText("An toàn thực phẩm")
    fields.save()
    (entry,) = _entries(ui_store, "field.save")
    assert entry.actor_name == "Nguyễn Thị Lan (CB01)"


def test_a_role_sees_the_settings_it_may_not_change_disabled(qtbot, ui_store: Store) -> None:
    _signed_in_admin(ui_store)
    lan = office.list_officers(ui_store)[0]
    users.add_user(ui_store, "ntlan", "Nguyễn Thị Lan", OFFICER, PW, officer_id=lan.id,
                   must_change_password=False)
    users.sign_in(ui_store, "ntlan", PW)
    dialog = SettingsDialog(ui_store, actor=Actor.officer(lan.id))
    qtbot.addWidget(dialog)
    assert not dialog.office_name.isEnabled() and not dialog.idle_minutes.isEnabled()
    assert not dialog.min_count.isEnabled() and not dialog.calendar_button.isEnabled()


def test_about_lists_the_fonts_licences_the_libraries_and_the_data_folder(
        qtbot, ui_store: Store) -> None:
    dialog = AboutDialog(ui_store.data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "about.png"))
    text = dialog.text.toPlainText()
    assert "Liberation Fonts 2.1.5" in text and "OFL-1.1" in text
    assert "LICENSE-Liberation-OFL-1.1.txt" in text
    assert str(ui_store.data_dir) in text
    assert "SQLAlchemy" in text and "MIT" in text and "PySide6-Essentials" in text
    assert "vietnam-provinces" in text


def test_the_shortcut_list_is_made_from_the_menus(qtbot, ui_store: Store) -> None:
    w = create_main_window(ui_store)
    qtbot.addWidget(w)
    rows = shortcuts(w.menuBar())
    assert ("Tệp", "Lượt tiếp mới", "Ctrl+N") in rows
    assert ("Quản trị", "Cài đặt", "Ctrl+,") in rows
    assert ("Trợ giúp", "Phím tắt", "F1") in rows
    listed = {(m, a) for m, a, _k in rows}
    for top in w.menuBar().actions():
        for action in top.menu().actions():  # type: ignore[union-attr]
            if not action.shortcut().isEmpty():
                name = action.text().replace("&", "").rstrip("…").strip()
                assert (top.text().replace("&", ""), name) in listed
    dialog = w.show_shortcuts()
    assert dialog.table.rowCount() == len(rows)  # type: ignore[attr-defined]
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "shortcuts.png"))
