"""pytest-qt fixtures: an offscreen Qt and a real store in a temp dir."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings

from app.clock import VN_TZ
from app.services import office, visits
from app.storage.store import Store, open_store


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path) -> None:
    QCoreApplication.setOrganizationName("TiepDanTest")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))


@pytest.fixture(autouse=True)
def _own_print_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Previews go to this test's folder, not the shared TiepDan-in of the system temp folder
    (tests running in parallel would see each other's files)."""
    folder = tmp_path / "TiepDan-in"
    monkeypatch.setenv("TIEPDAN_PRINT_TEMP", str(folder))
    return folder


@pytest.fixture
def ui_store(tmp_path: Path) -> Iterator[Store]:
    store = open_store(tmp_path / "data")
    office.init_office(store, "00163", "UBND phường Láng")
    office.add_officer(store, "Nguyễn Thị Lan", "Công chức tiếp công dân")
    office.add_officer(store, "Lê Văn Hùng", "Chủ tịch UBND", is_head=True)
    office.add_officer(store, "Trần Văn Bình", "Công chức tư pháp")
    yield store
    store.close()


def log(store: Store, name: str, content: str, *, category: str = "KNPA",
        cccd: str | None = None, officer_code: str = "CB01", hours_ago: int = 24,
        address: str = "Số 5 phố Láng Thượng") -> visits.VisitRecord:
    ids = {o.code: o.id for o in office.list_officers(store)}
    return visits.log_visit(store, visits.VisitInput(
        visited_at=datetime.now(VN_TZ) - timedelta(hours=hours_ago), reception_type="regular",
        persons=[visits.PersonInput(full_name=name, cccd=cccd, address=address,
                                    phone="0912345678")],
        content=content, category=category, officer_id=ids[officer_code]))


def type_text(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type like a keyboard or a scanner would, Vietnamese letters included.

    QTest.keyClicks only knows ASCII keys, so each character goes as a key event carrying
    its text, the way an input method (Unikey) delivers composed letters.
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
