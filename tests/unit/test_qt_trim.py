"""installer/qt_trim.py: which Qt plugins, translations and modules the frozen build keeps."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _qt_trim() -> ModuleType:
    spec = importlib.util.spec_from_file_location("qt_trim", ROOT / "installer" / "qt_trim.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_plugins_translations_and_windows_gl_are_trimmed() -> None:
    keep = _qt_trim().keep
    assert keep("PySide6/Qt/plugins/platforms/libqxcb.so")
    assert keep("PySide6/plugins/platforms/qwindows.dll")
    assert not keep("PySide6/Qt/plugins/platforms/libqwayland-egl.so")
    assert not keep("PySide6/Qt/plugins/sqldrivers/libqsqlite.so")
    assert keep("PySide6/Qt/plugins/styles/qmodernwindowsstyle.dll")
    assert not keep("PySide6/Qt/translations/qtbase_de.qm")
    assert not keep("PySide6/opengl32sw.dll") and keep("PySide6/Qt6Core.dll")


def test_qt_modules_named_in_the_app_are_found(tmp_path: Path) -> None:
    qt_trim = _qt_trim()
    (tmp_path / "page.py").write_text("from PySide6.QtSvgWidgets import QSvgWidget\n",
                                      encoding="utf-8")
    assert qt_trim.qt_modules_named(tmp_path) == set(qt_trim.ALWAYS_QT) | {"QtSvgWidgets"}
    # The real app: the print preview's QtPdfWidgets and the statistics page's QtCharts.
    assert {"QtPdfWidgets", "QtCharts"} <= qt_trim.qt_modules_named(ROOT / "app")
