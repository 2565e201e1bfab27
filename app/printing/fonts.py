"""The bundled fonts (resources/fonts/, SIL OFL 1.1), registered once and embedded in every PDF.

Liberation Serif is metric-compatible with Times New Roman, the face of administrative
documents (Decree 30/2020/NĐ-CP), which cannot be shipped; Liberation Sans serves the registers'
small print. Both cover every Vietnamese letter with every tone mark (tests/printing check it
with `missing_glyphs`). reportlab places no combining marks, so text must be NFC (TECH-NOTES §5.2).
"""

from __future__ import annotations

import contextlib
import threading
import unicodedata
from pathlib import Path
from typing import Final

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.paths import resources_dir

with contextlib.suppress(ImportError):  # reportlab's C accelerator (package rl-accel):
    import _rl_accel  # noqa: F401  named here so that PyInstaller bundles it

SERIF: Final = "TiepDanSerif"
SERIF_BOLD: Final = "TiepDanSerif-Bold"
SERIF_ITALIC: Final = "TiepDanSerif-Italic"
SERIF_BOLD_ITALIC: Final = "TiepDanSerif-BoldItalic"
SANS: Final = "TiepDanSans"
SANS_BOLD: Final = "TiepDanSans-Bold"

FILES: Final[dict[str, str]] = {
    SERIF: "LiberationSerif-Regular.ttf",
    SERIF_BOLD: "LiberationSerif-Bold.ttf",
    SERIF_ITALIC: "LiberationSerif-Italic.ttf",
    SERIF_BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
    SANS: "LiberationSans-Regular.ttf",
    SANS_BOLD: "LiberationSans-Bold.ttf",
}

_lock = threading.Lock()
_done = False


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def register() -> None:
    """Register the bundled faces with reportlab (idempotent, thread-safe)."""
    global _done
    if _done:
        return
    with _lock:
        if _done:
            return
        for name, filename in FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(fonts_dir() / filename)))
        # <b> and <i> inside a Paragraph pick the right face of the family.
        for family, faces in ((SERIF, (SERIF, SERIF_BOLD, SERIF_ITALIC, SERIF_BOLD_ITALIC)),
                              (SANS, (SANS, SANS_BOLD, SANS, SANS_BOLD))):
            for (bold, italic), face in zip(((0, 0), (1, 0), (0, 1), (1, 1)), faces, strict=True):
                addMapping(family, bold, italic, face)
        _done = True


# Vietnamese: 12 vowels × 6 tones + 17 consonants = 89 letters per case (TECH-NOTES §5.1).
_VOWELS: Final = "aăâeêioôơuưy"
_TONES: Final = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # huyền sắc hỏi ngã nặng
_CONSONANTS: Final = "bcdđghklmnpqrstvx"


def vietnamese_letters() -> str:
    """Every Vietnamese letter with every tone mark, lower and upper case, each one code point."""
    lower = [unicodedata.normalize("NFC", v + t) for v in _VOWELS for t in _TONES]
    lower += list(_CONSONANTS)
    letters = lower + [ch.upper() for ch in lower]
    assert all(len(ch) == 1 for ch in letters)
    return "".join(letters)


def missing_glyphs(font_file: Path, text: str) -> list[str]:
    """The characters of `text` the font has no glyph for."""
    face = TTFont("coverage-check", str(font_file)).face
    return sorted({ch for ch in text if ord(ch) not in face.charToGlyph})
