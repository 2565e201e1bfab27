"""The application icon: committed under resources/icons, drawn by scripts/make_icon.py, found
through app.paths (which also works frozen), set on every window and on the Windows .exe and
installer."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QImageReader

from app import paths
from app.ui import main

ROOT = Path(__file__).resolve().parents[2]
SIZES = [16, 24, 32, 48, 256]


def _ico_sizes(path: Path) -> list[int]:
    reader = QImageReader(str(path))
    sizes = []
    for k in range(reader.imageCount()):
        reader.jumpToImage(k)
        image = reader.read()
        assert not image.isNull() and image.width() == image.height()
        assert image.hasAlphaChannel()
        sizes.append(image.width())
    return sorted(sizes)


def test_the_icon_files_are_found_and_hold_every_size(qapp) -> None:  # type: ignore[no-untyped-def]
    ico, png = paths.icon_files()
    assert ico.parent == ROOT / "resources" / "icons"
    assert _ico_sizes(ico) == SIZES
    icon = main.app_icon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} >= set(SIZES)
    assert icon.pixmap(QSize(16, 16)).size() == QSize(16, 16)
    reader = QImageReader(str(png))
    assert reader.format() == b"png" and reader.size() == QSize(256, 256)


def test_the_app_sets_it_as_every_windows_icon(qapp) -> None:  # type: ignore[no-untyped-def]
    org, name = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    try:
        app = main._app()
        assert not app.windowIcon().isNull()
        assert app.windowIcon().cacheKey() != 0
        assert {s.width() for s in app.windowIcon().availableSizes()} >= set(SIZES)
    finally:
        QCoreApplication.setOrganizationName(org)
        QCoreApplication.setApplicationName(name)


def test_the_frozen_build_finds_it_in_the_bundle(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.icon_files()[0] == tmp_path / "resources" / "icons" / "tiepdan.ico"


def test_the_exe_and_the_installer_use_it() -> None:
    spec = (ROOT / "build_installer.spec").read_text(encoding="utf-8")
    assert '"resources" / "icons" / "tiepdan.ico"' in spec and "icon=ICON" in spec
    iss = (ROOT / "installer" / "tiepdan.iss").read_text(encoding="utf-8")
    assert "SetupIconFile={#SourcePath}\\..\\resources\\icons\\tiepdan.ico" in iss


def test_the_script_draws_a_valid_icon(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("tiepdan_make_icon", ROOT / "scripts" / "make_icon.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    ico, png = module.make(tmp_path)
    assert _ico_sizes(ico) == SIZES
    assert QImageReader(str(png)).size() == QSize(256, 256)
    # the 16 px book is opaque in its middle and transparent in its corners
    image = module.draw(16)
    assert image.pixelColor(8, 8).alpha() == 255 and image.pixelColor(0, 0).alpha() == 0
