"""The recovery-key sheet printed at set-up: the key and the Vietnamese text come back intact."""

from __future__ import annotations

from datetime import date

from app.printing import recovery_sheet
from tests.printing.conftest import pdf_text

KEY = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789"


def test_the_sheet_carries_the_key_and_where_to_keep_it() -> None:
    pages = pdf_text(recovery_sheet.render("UBND phường Láng", "Hà Nội", date(2026, 12, 1), KEY))
    assert len(pages) == 1
    text = " ".join(pages[0].split())
    assert KEY in text
    for words in ("PHIẾU MÃ KHÔI PHỤC DỮ LIỆU", "UBND phường Láng", "niêm phong",
                  "Chủ tịch UBND", "Hà Nội, ngày 01 tháng 12 năm 2026"):
        assert words in text, words
