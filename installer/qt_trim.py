"""Which Qt plugins and translations go into the frozen build (used by build_installer.spec
and hooks/hook-PySide6.QtGui.py; plain Python, no PyInstaller import).

PyInstaller collects every plugin of each Qt module the app uses, then every library those
plugins link (eglfs, Wayland, GTK 3 pull in dozens). TiepDan is a widgets app on Windows,
built and smoke-tested on Linux: keep the platforms windows/xcb/offscreen/minimal/cocoa, image
formats for icons (PNG is built into QtGui; svg, ico, jpeg, gif), the SVG icon engine, widget
styles, print support, X11 GL integration and text input (compose, ibus: Vietnamese IMEs).
QtPdf and QtPdfWidgets (the print preview) have no plugins; their libraries are kept, only Qt
Quick's PDF library is unexpected.
"""

from __future__ import annotations

import re
from pathlib import Path

# Plugin type -> file stems to keep (None: all of that type). Types not listed are dropped.
KEEP_PLUGINS: dict[str, frozenset[str] | None] = {
    "platforms": frozenset({"qwindows", "qxcb", "qoffscreen", "qminimal", "qcocoa"}),
    "imageformats": frozenset({"qsvg", "qico", "qjpeg", "qgif"}),
    "platforminputcontexts": frozenset({"composeplatforminputcontextplugin",
                                        "ibusplatforminputcontextplugin"}),
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    "iconengines": None,
    "styles": None,
    "printsupport": None,
    "xcbglintegrations": None,
    "accessiblebridge": None,
}

# Qt's own translations for the two interface languages (the wheel has no Vietnamese one yet;
# qtbase_en is a few bytes: English is Qt's source language).
KEEP_TRANSLATION = re.compile(r"^(qt|qtbase)_(vi|en)\.qm$")

# Qt libraries a widgets app never needs; build_installer.spec warns if one shows up.
# (Qt6Pdf and Qt6PdfWidgets are wanted: the print preview; Qt6PdfQuick is not.)
UNEXPECTED_QT_LIB = re.compile(
    r"Qt6(PdfQuick|Qml|Quick|VirtualKeyboard|WebEngine|Wayland|Wl|EglFS|EglFs|Multimedia|3D)")

# Windows: the OpenGL software renderer and ANGLE/Direct3D shader compiler PyInstaller adds for
# Qt Quick / QOpenGLWidget (about 25 MB); Qt widgets paint with the raster engine without them.
DROP_WINDOWS_DLL = re.compile(r"^(opengl32sw|d3dcompiler_\d+|libEGL|libGLESv2)\.dll$", re.IGNORECASE)

_PLUGIN = re.compile(r"^PySide6/(?:Qt/)?plugins/(.+)/([^/]+)$")
_TRANSLATION = re.compile(r"^PySide6/(?:Qt/)?translations/([^/]+)$")


def _stem(filename: str) -> str:
    stem = filename.split(".")[0]
    return stem[3:] if stem.startswith("lib") else stem


def keep(dest: str) -> bool:
    """Whether a bundle entry (its path inside the bundle) is kept."""
    dest = dest.replace("\\", "/")
    m = _PLUGIN.match(dest)
    if m:
        kind, filename = m.groups()
        if kind not in KEEP_PLUGINS:
            return False
        wanted = KEEP_PLUGINS[kind]
        return wanted is None or _stem(filename) in wanted
    m = _TRANSLATION.match(dest)
    if m:
        return bool(KEEP_TRANSLATION.match(m.group(1)))
    return not DROP_WINDOWS_DLL.match(dest.rsplit("/", 1)[-1])


# Qt for Python modules the app needs besides those it names (QtSvg: SVG icons through QIcon).
ALWAYS_QT: frozenset[str] = frozenset({"QtCore", "QtGui", "QtWidgets", "QtSvg"})
_QT_IMPORT = re.compile(r"\bPySide6\.(Qt\w+)")


def qt_modules_named(source_root: Path) -> set[str]:
    """Qt for Python modules named anywhere in the app's sources ("QtCharts", ...), so a new
    page importing another Qt module is bundled without editing the spec."""
    found = set(ALWAYS_QT)
    for path in source_root.rglob("*.py"):
        found.update(_QT_IMPORT.findall(path.read_text(encoding="utf-8")))
    return found
