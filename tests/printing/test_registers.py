"""The Sổ tiếp công dân (Mẫu 03) and the petition register: landscape, headed on every page."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta

import pypdf

from app.clock import VN_TZ
from app.printing import logbook
from app.printing.data import OfficeFacts
from app.services import printing
from tests.printing.conftest import NAME, TODAY, Ward, flat, is_nfc, pdf_text

LANDSCAPE = (841.89, 595.28)
PERIOD = (date(2026, 1, 1), date(2026, 12, 31))
OFFICE = OfficeFacts("00163", "UBND phường Láng", "Hà Nội", "Lê Văn Hùng")


def sizes(pdf: bytes) -> set[tuple[float, float]]:
    return {(round(float(p.mediabox.width), 2), round(float(p.mediabox.height), 2))
            for p in pypdf.PdfReader(io.BytesIO(pdf)).pages}


def test_logbook_of_the_ward(ward: Ward, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "so-tiep-cong-dan.pdf"
    res = printing.render_logbook(ward.store, *PERIOD, ward.lan, out, log=False, today=TODAY)
    assert res.rows == 5 and res.pages == 1
    pdf = out.read_bytes()
    assert sizes(pdf) == {LANDSCAPE}
    [text] = pdf_text(pdf)
    assert is_nfc(text)
    whole = flat(text)
    for word in ("SỔ TIẾP CÔNG DÂN", "Mẫu số 03", "Từ ngày 01/01/2026 đến ngày 31/12/2026",
                 "Hướng xử lý", "Thụ lý để giải quyết", "Trả lại đơn và hướng dẫn",
                 "Theo dõi kết quả giải quyết", "(1)", "(12)", NAME, "Khiếu nại / 1",
                 "UBND quận Đống Đa đã trả lời năm 2024", "Hẹn gặp người đứng đầu",
                 "Từ chối tiếp", "Trang 1/", "Căn cứ: Thông tư số 04/2021/TT-TTCP"):
        assert word in whole, word
    # Oldest first, numbered in the period.
    assert whole.index("Lượt 0001/2026") < whole.index("Lượt 0005/2026")


def test_petition_register(ward: Ward) -> None:
    buf = io.BytesIO()
    res = printing.render_petition_register(ward.store, *PERIOD, ward.head, buf, log=False,
                                            today=TODAY)
    assert res.rows == 5 and res.pages == 1
    assert sizes(buf.getvalue()) == {LANDSCAPE}
    whole = flat(pdf_text(buf.getvalue())[0])
    for word in ("SỔ THEO DÕI XỬ LÝ ĐƠN", "Người gửi đơn", "Kết quả xử lý", NAME,
                 "Nộp tại nơi tiếp công dân", "Đã thụ lý", "Không thụ lý", "Đã hướng dẫn",
                 "Đã chuyển, chờ phúc đáp"):
        assert word in whole, word


def test_register_reprints_and_empty_periods(ward: Ward, tmp_path) -> None:  # type: ignore[no-untyped-def]
    period = (date(2025, 1, 1), date(2025, 1, 31))
    first = printing.render_logbook(ward.store, *period, ward.lan, tmp_path / "a.pdf")
    second = printing.render_logbook(ward.store, *period, ward.lan, tmp_path / "b.pdf")
    assert (first.rows, first.pages, first.reprint, second.reprint) == (0, 1, 0, 1)
    text = flat(pdf_text((tmp_path / "b.pdf").read_bytes())[0])
    assert "Không có bản ghi nào" in text and "In lại lần 1" in text


def _entries(n: int) -> list[logbook.LogbookEntry]:
    start = datetime(2026, 1, 5, 8, 0, tzinfo=VN_TZ)
    return [logbook.LogbookEntry(
        f"{i + 1:04d}/2026", start + timedelta(minutes=37 * i), f"Nguyễn Văn Đức {i + 1}",
        "Số 1 ngõ 2 phố Láng Thượng, phường Láng, Hà Nội", "001090012345",
        "Đề nghị xem xét việc cấp giấy chứng nhận quyền sử dụng đất " * (1 + i % 4),
        ("KN", "TC", "KNPA", "OTHER")[i % 4], 1 + i % 3, False, "regular",
        ("petition_received", "guided", "transferred", "answered")[i % 4],
        outcome_note="UBND thành phố Hà Nội" if i % 4 in (1, 2) else "")
        for i in range(n)]


def test_many_rows_page_with_the_header_on_every_page() -> None:
    buf = io.BytesIO()
    rows, pages = logbook.write(buf, _entries(200), OFFICE, *PERIOD, TODAY)
    assert rows == 200 and pages > 6
    texts = pdf_text(buf.getvalue())
    assert len(texts) == pages
    seen = 0
    for i, text in enumerate(texts, 1):
        whole = flat(text)
        assert "SỔ TIẾP CÔNG DÂN" in whole and "Hướng xử lý" in whole and "(12)" in whole
        assert f"Trang {i}/" in whole
        seen += whole.count("Nguyễn Văn Đức ")
    assert seen == 200  # every row once: none lost or repeated at a page break
    assert "Nguyễn Văn Đức 200" in flat(texts[-1])


def test_a_row_taller_than_a_page_continues() -> None:
    entry = _entries(1)[0]
    long = " ".join(f"đoạn{i}" for i in range(2500))
    from dataclasses import replace

    buf = io.BytesIO()
    rows, pages = logbook.write(buf, [replace(entry, content=long), *_entries(2)], OFFICE,
                                *PERIOD, TODAY)
    assert rows == 3 and pages >= 3
    whole = flat("\n".join(pdf_text(buf.getvalue())))
    assert "đoạn0 " in whole and "đoạn2499" in whole
