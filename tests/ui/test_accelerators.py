"""Alt+letter reaches one thing: no two visible items of a menu, no two top-level menus and no
two buttons of a dialog share an accelerator (the letter after '&'), in Vietnamese and in
English."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Iterator

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QTabBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.storage.store import Store
from app.ui import translations

_MNEMONIC = re.compile(r"&(?!&)(.)")


def accelerator(text: str) -> str | None:
    """The accelerator letter of a label, lower case ('&&' is a literal ampersand)."""
    m = _MNEMONIC.search(text.replace("&&", ""))
    return m.group(1).lower() if m else None


def clashes(texts: Iterable[str]) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {}
    for text in texts:
        key = accelerator(text)
        if key is not None:
            seen.setdefault(key, []).append(text)
    return {k: v for k, v in seen.items() if len(v) > 1}


def test_the_helper_finds_a_clash_and_ignores_literal_ampersands() -> None:
    assert accelerator("Lượt tiếp &mới") == "m" and accelerator("A && B") is None
    assert accelerator("Đồng &bộ") == "b" and accelerator("&Đóng") == "đ"
    assert clashes(["&Mở", "Đổi &mật khẩu", "&Lưu", "Sao && &lưu"]) == {
        "m": ["&Mở", "Đổi &mật khẩu"], "l": ["&Lưu", "Sao && &lưu"]}


def _visible_texts(actions: Iterable[QAction]) -> list[str]:
    return [a.text() for a in actions if a.isVisible() and not a.isSeparator() and a.text()]


def menu_clashes(window: QWidget) -> dict[str, dict[str, list[str]]]:
    """Every QMenu of the window (menu bar, submenus, tool-button menus) and the menu bar."""
    found: dict[str, dict[str, list[str]]] = {}
    bar = getattr(window, "menuBar", None)
    if bar is not None:
        top = clashes(_visible_texts(bar().actions()))
        if top:
            found["(menu bar)"] = top
    for menu in window.findChildren(QMenu):
        bad = clashes(_visible_texts(menu.actions()))
        if bad:
            found[menu.title() or menu.objectName() or repr(menu)] = bad
    return found


def _mnemonic_texts(window: QWidget) -> list[str]:
    """What Alt+letter can reach in a window as it is now: visible buttons, tab titles, group
    boxes and the labels that lead to a field (their buddy)."""
    texts: list[str] = []
    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window):
            continue
        if isinstance(w, QAbstractButton) or (isinstance(w, QLabel) and w.buddy() is not None):
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QTabBar):
            texts.extend(w.tabText(i) for i in range(w.count()) if w.isTabVisible(i))
    return texts


def window_clashes(window: QWidget, extra: Iterable[str] = ()) -> dict[str, list[str]]:
    """Clashes on each tab of each tab widget in turn (a hidden tab's fields take no Alt key)."""
    found: dict[str, list[str]] = {}
    states: list[tuple[QTabWidget | None, int]] = [(None, -1)]
    for tabs in window.findChildren(QTabWidget):
        states += [(tabs, i) for i in range(tabs.count())]
    for tabs, index in states:
        if tabs is not None:
            tabs.setCurrentIndex(index)
        for key, texts in clashes([*extra, *_mnemonic_texts(window)]).items():
            found[key] = sorted({*found.get(key, []), *texts})
    return found


@pytest.fixture(params=["vi", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    if request.param == "en":
        translations.choose_language("en")
        assert translations.install(qapp), "the English catalogue did not load"
    yield request.param
    translations.remove(qapp)


def _listing(found: dict[str, dict[str, list[str]]]) -> str:
    return "\n".join(f"{where}: {key!r} ← {texts}" for where, bad in found.items()
                     for key, texts in bad.items())


def _make_upstream(store: Store) -> None:
    with sqlite3.connect(store.db_path) as conn:
        conn.execute("INSERT OR REPLACE INTO store_meta (key, value) VALUES ('sync.mode', 'upstream')")


@pytest.mark.parametrize("upstream", [False, True], ids=["ward", "upstream"])
def test_main_window_menus_have_no_clashing_accelerators(
        language: str, upstream: bool, qtbot: QtBot, ui_store: Store) -> None:
    from app.ui.main import create_main_window

    if upstream:
        _make_upstream(ui_store)
    window = create_main_window(ui_store)
    qtbot.addWidget(window)
    assert window.upstream is upstream
    assert window.findChildren(QMenu), "no menus found"
    found = menu_clashes(window)
    assert not found, _listing(found)


def test_main_window_pages_and_menu_bar_share_no_accelerator(
        language: str, qtbot: QtBot, ui_store: Store) -> None:
    """A page's buttons and the menu bar's titles answer Alt+letter in the same window."""
    from app.ui.main import create_main_window

    _make_upstream(ui_store)  # every page, the Import one too
    window = create_main_window(ui_store)
    qtbot.addWidget(window)
    window.show()
    titles = _visible_texts(window.menuBar().actions())
    found = {}
    for n in range(window.tabs.count()):
        window.show_page(n)
        assert window.tabs.currentIndex() == n
        bad = window_clashes(window, titles)
        if bad:
            found[window.tabs.tabText(n)] = bad
    assert not found, _listing(found)


def _dialogs(store: Store) -> Iterator[QWidget]:
    from datetime import date

    from app.law.petition import STEP_LABELS
    from app.services import office, petitions
    from app.services.petitions import PetitionInput
    from app.services.viewer import Viewer
    from app.services.visits import PersonInput
    from app.ui.audit_view import AuditDialog
    from app.ui.bulletin_dialog import BulletinDialog
    from app.ui.calendar_editor import CalendarEditorDialog
    from app.ui.catalogs import FieldsDialog, OfficersDialog
    from app.ui.import_wizard import ImportWizard
    from app.ui.petition_detail import PetitionDetailDialog
    from app.ui.petition_form import PetitionDialog
    from app.ui.petition_step import StepDialog
    from app.ui.report_dialog import ReportDialog
    from app.ui.settings_dialog import SettingsDialog
    from app.ui.sign_in import SignInDialog
    from app.ui.users_dialog import PasswordDialog, UsersDialog
    from app.ui.visit_form import VisitDialog

    viewer = Viewer()
    officer = office.list_officers(store)[0]
    record = petitions.register(store, PetitionInput(
        received_date=date.today(), content="Phản ánh tiếng ồn karaoke", content_type="KNPA",
        senders=[PersonInput(full_name="Trần Thị Mai", address="Số 3 phố Chùa Láng")],
        officer_id=officer.id))
    yield VisitDialog(store, viewer)
    yield PetitionDialog(store, viewer)
    yield PetitionDetailDialog(store, record.id, viewer)
    for step in STEP_LABELS:
        yield StepDialog(store, record, step.value, viewer)
    yield SettingsDialog(store)
    yield SignInDialog(store)
    yield UsersDialog(store)
    yield PasswordDialog(store, "admin")
    yield FieldsDialog(store)
    yield OfficersDialog(store)
    yield CalendarEditorDialog(store)
    yield ImportWizard(store)
    yield ReportDialog(store, viewer)
    yield AuditDialog(store)
    yield BulletinDialog(store)


def test_dialogs_have_no_clashing_accelerators(
        language: str, qtbot: QtBot, ui_store: Store) -> None:
    found = {}
    for dialog in _dialogs(ui_store):
        qtbot.addWidget(dialog)
        bad = window_clashes(dialog)
        if bad:
            found[f"{type(dialog).__name__}: {dialog.windowTitle()}"] = bad
    assert not found, _listing(found)


def test_the_yes_no_questions_have_no_clashing_accelerators(
        language: str, qtbot: QtBot, ui_store: Store, monkeypatch: pytest.MonkeyPatch,
        tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from app.law.petition import STEP_LABELS
    from app.ui.dialogs import GuardedDialog
    from app.ui.main import create_main_window

    asked: list[list[str]] = []

    def record(box: QMessageBox) -> int:
        asked.append([b.text() for b in box.buttons()])
        return 0  # closed without a choice: "no"

    monkeypatch.setattr(QMessageBox, "exec", record)
    window = create_main_window(ui_store)
    qtbot.addWidget(window)
    assert not window.restore_from_backup(tmp_path / "backup.zip")
    for dialog in _dialogs(ui_store):  # the forms' "throw away what was typed?"
        qtbot.addWidget(dialog)
        if isinstance(dialog, GuardedDialog):
            monkeypatch.setattr(dialog, "has_typed_content", lambda: True)
            dialog.reject()
            assert not dialog.result()
    # restore, visit and petition forms, steps, the bulletin
    assert len(asked) == 1 + 2 + len(STEP_LABELS) + 1
    assert [(texts, clashes(texts)) for texts in asked if clashes(texts)] == []
