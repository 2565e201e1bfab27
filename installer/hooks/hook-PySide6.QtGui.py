"""Overrides PyInstaller's hook for PySide6.QtGui: same collection, minus the Qt plugins
TiepDan does not use (installer/qt_trim.py), dropped *before* PyInstaller looks for the
libraries they link, so those libraries stay out of the bundle too."""

import importlib.util
import os
from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

_spec = importlib.util.spec_from_file_location(
    "tiepdan_qt_trim", Path(__file__).resolve().parent.parent / "qt_trim.py")
assert _spec is not None and _spec.loader is not None
qt_trim = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(qt_trim)

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(src, dest) for src, dest in binaries
            if qt_trim.keep(f"{dest}/{os.path.basename(src)}")]
datas = [(src, dest) for src, dest in datas
         if qt_trim.keep(f"{dest}/{os.path.basename(src)}")]
