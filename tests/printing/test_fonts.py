"""The bundled fonts: licensed, covering every Vietnamese letter, drawn and read back as NFC."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from app.printing import fonts, kit
from app.printing.kit import FormDocument, PageMarks
from tests.printing.conftest import flat, is_nfc, pdf_text


def test_licence_is_shipped_with_the_fonts() -> None:
    folder = fonts.fonts_dir()
    licence = (folder / "LICENSE-Liberation-OFL-1.1.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    for filename in fonts.FILES.values():
        assert (folder / filename).is_file()


def test_the_letters_under_test() -> None:
    letters = fonts.vietnamese_letters()
    assert len(letters) == 178 and len(set(letters)) == 178
    assert sum(not ch.isascii() for ch in letters) == 134
    assert {"đ", "Đ", "ỹ", "Ỵ", "ặ", "Ẫ", "ự", "Ở"} <= set(letters)


@pytest.mark.parametrize("face", sorted(fonts.FILES))
def test_every_face_covers_vietnamese(face: str) -> None:
    assert fonts.missing_glyphs(fonts.fonts_dir() / fonts.FILES[face],
                                fonts.vietnamese_letters()) == []


def test_letters_round_trip_through_a_pdf() -> None:
    """Drawn (from NFD input too) and extracted: every letter comes back, composed."""
    letters = fonts.vietnamese_letters()
    doc = FormDocument(kit.PAPERS["A4"], "Kiểm tra phông chữ", "TiepDan")
    st = doc.styles
    lower, upper = letters[:89], letters[89:]
    body = []
    for style in (st.body, st.title, st.date_line, st.recipients_head):
        body.append(kit.para(" ".join(lower), st, style))
        body.append(kit.para(unicodedata.normalize("NFD", " ".join(upper)), st, style))
    doc.add_copy(body, PageMarks())
    text = flat("\n".join(pdf_text(doc.render())))
    assert is_nfc(text)
    for ch in letters:
        assert ch in text, ch
    assert " ".join(upper) in text


def test_vietnamese_date_line() -> None:
    assert kit.vn_date_line("Hà Nội", date(2026, 2, 5)) == "Hà Nội, ngày 05 tháng 02 năm 2026"
    assert kit.vn_date_line("Hà Nội", date(2026, 11, 20)) == "Hà Nội, ngày 20 tháng 11 năm 2026"
    assert kit.vn_date_line("Hà Nội", date(2026, 3, 9)) == "Hà Nội, ngày 09 tháng 3 năm 2026"


def test_issuing_body() -> None:
    assert kit.issuing_body_lines("UBND phường Láng") == ["ỦY BAN NHÂN DÂN", "PHƯỜNG LÁNG"]
    assert kit.issuing_body_lines("Ủy ban nhân dân xã Sóc Sơn") == ["ỦY BAN NHÂN DÂN", "XÃ SÓC SƠN"]
    assert kit.issuing_body_lines("Ban Tiếp công dân") == ["BAN TIẾP CÔNG DÂN"]
