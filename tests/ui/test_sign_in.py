"""A store with user accounts: sign in before the window; the window acts as that user."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.law import permissions as perm
from app.services import office, users
from app.storage.quick import connect_reader, has_user_accounts
from app.ui.main import create_main_window
from app.ui.sign_in import SignInDialog
from tests.ui.conftest import type_text

PW = "matkhau2026"


def _accounts(store):  # type: ignore[no-untyped-def]
    lan = next(o for o in office.list_officers(store) if o.code == "CB01")
    users.add_user(store, "admin", "Quản trị viên", perm.ADMIN, PW, must_change_password=False)
    users.sign_in(store, "admin", PW)
    users.add_user(store, "lan", "Nguyễn Thị Lan", perm.OFFICER, PW, officer_id=lan.id,
                   must_change_password=False)
    users.sign_out(store)
    return lan


def test_sign_in_refuses_a_wrong_password_then_signs_in(qtbot, ui_store):  # type: ignore[no-untyped-def]
    lan = _accounts(ui_store)
    conn = connect_reader(ui_store.db_path)
    assert has_user_accounts(conn)
    conn.close()
    d = SignInDialog(ui_store)
    qtbot.addWidget(d)
    type_text(d.username, "lan")
    type_text(d.password, "sai-mat-khau-1")
    qtbot.keyClick(d.password, Qt.Key.Key_Return)
    assert d.user is None and d.error.text() and d.password.text() == ""
    type_text(d.password, PW)
    qtbot.keyClick(d.password, Qt.Key.Key_Return)
    assert d.user is not None and d.user.officer_id == lan.id
    w = create_main_window(ui_store, lan.id)
    qtbot.addWidget(w)
    assert w.viewer().officer_id == lan.id  # the signed-in officer, whatever the box says


def test_a_store_without_accounts_needs_no_sign_in(ui_store):  # type: ignore[no-untyped-def]
    conn = connect_reader(ui_store.db_path)
    assert not has_user_accounts(conn)
    conn.close()


def test_idle_lock_keeps_what_was_typed_and_asks_the_same_password(qtbot, ui_store):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLineEdit, QWidget

    from app.ui.idle_lock import IdleLock

    _accounts(ui_store)
    users.sign_in(ui_store, "lan", PW)
    window = QWidget()
    qtbot.addWidget(window)
    typed = QLineEdit(window)
    typed.setText("Nội dung đang gõ dở")
    window.show()
    lock = IdleLock(window, ui_store, "lan", "Nguyễn Thị Lan", 50)
    qtbot.waitUntil(lambda: lock.dialog is not None and lock.dialog.isVisible())
    dialog = lock.dialog
    dialog.reject()  # Esc / close: still locked
    assert lock.dialog is dialog and dialog.isVisible()
    type_text(dialog.password, "sai-mat-khau-9")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.error.text()
    type_text(dialog.password, PW)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: lock.dialog is None)
    assert typed.text() == "Nội dung đang gõ dở"
    assert users.current(ui_store).username == "lan"  # still the same user


def test_users_dialog_adds_disables_and_resets(qtbot, ui_store):  # type: ignore[no-untyped-def]
    from app.ui.users_dialog import PasswordDialog, UsersDialog

    _accounts(ui_store)
    users.sign_in(ui_store, "admin", PW)
    d = UsersDialog(ui_store)
    qtbot.addWidget(d)
    assert d.table.rowCount() == 2
    d.username.setText("binh")
    d.full_name.setText("Trần Văn Bình")
    d.role.setCurrentIndex(d.role.findData(perm.INSPECTOR))
    d.password.setText("ngan")
    d.repeat.setText("ngan")
    d.add()  # too weak: refused, what was typed stays
    assert d.error.text() and d.username.text() == "binh" and d.table.rowCount() == 2
    d.password.setText("tamthoi2026x")
    d.repeat.setText("tamthoi2026x")
    d.add()
    assert d.table.rowCount() == 3 and d.username.text() == ""
    row = next(r for r in range(3) if d.table.item(r, 0).text() == "binh")
    d.table.setCurrentCell(row, 0)
    d.toggle_disabled()
    assert users.get_user(ui_store, "binh").disabled
    d.toggle_disabled()
    d.password.setText("tamthoi2027y")
    d.repeat.setText("tamthoi2027y")
    d.reset_password()
    assert users.get_user(ui_store, "binh").must_change_password
    users.sign_out(ui_store)
    users.sign_in(ui_store, "binh", "tamthoi2027y")
    p = PasswordDialog(ui_store, "binh", required=True)
    qtbot.addWidget(p)
    p.old.setText("tamthoi2027y")
    p.new.setText("matkhaumoi2026")
    p.repeat.setText("khacnhau")
    p.save()
    assert p.error.text() and users.get_user(ui_store, "binh").must_change_password
    p.repeat.setText("matkhaumoi2026")
    p.save()
    assert not users.get_user(ui_store, "binh").must_change_password


def test_an_encrypted_store_is_unlocked_by_the_sign_in(qtbot, ui_store):  # type: ignore[no-untyped-def]
    from app.services import encryption
    from app.storage import dbfile
    from app.storage.quick import is_encrypted, open_quick

    lan = _accounts(ui_store)
    assert encryption.enable(ui_store, "admin", PW).users_without_key == ("lan",)
    ui_store.close()
    dbfile.forget_key(ui_store.db_path)
    d = SignInDialog(None, data_dir=ui_store.data_dir)
    qtbot.addWidget(d)
    type_text(d.username, "lan")
    type_text(d.password, PW)
    qtbot.keyClick(d.password, Qt.Key.Key_Return)
    assert d.store is None and "đặt lại mật khẩu" in d.error.text()
    d.close()
    admin = encryption.open_signed_in(ui_store.data_dir, "admin", PW)
    users.reset_password(admin, "lan", PW + "x")
    admin.close()
    dbfile.forget_key(ui_store.db_path)
    assert is_encrypted(ui_store.data_dir) and open_quick(ui_store.data_dir) is None
    d = SignInDialog(None, data_dir=ui_store.data_dir)
    qtbot.addWidget(d)
    type_text(d.username, "lan")
    type_text(d.password, "sai-mat-khau-1")
    qtbot.keyClick(d.password, Qt.Key.Key_Return)
    assert d.store is None and "không đúng" in d.error.text()
    type_text(d.password, PW + "x")
    qtbot.keyClick(d.password, Qt.Key.Key_Return)
    assert d.store is not None and d.user is not None and d.user.officer_id == lan.id
    w = create_main_window(d.store, lan.id)
    qtbot.addWidget(w)
    assert w.viewer().officer_id == lan.id
    w.close_store()
