"""Messy spreadsheets like the ones ward offices keep by hand (for the import tests)."""

from __future__ import annotations

import unicodedata
from datetime import datetime
from pathlib import Path
from typing import Any

from tests.helpers import CCCD_DUC, CCCD_LAN

VISIT_HEADERS = ["STT", "Ngày tiếp", "Họ và tên", "Số CCCD", "Địa chỉ", "Nội dung vụ việc",
                 "Phân loại", "Cán bộ tiếp", "Ghi chú"]


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def visit_rows() -> list[list[Any]]:
    """Five good rows: dates as a datetime cell, text d/m/yyyy, a serial number, words, ISO."""
    return [
        [1, datetime(2026, 3, 2, 9, 15), "Nguyễn Văn Đức", CCCD_DUC, "Số 1 phố Láng",
         "Đề nghị cấp giấy chứng nhận quyền sử dụng đất", "Kiến nghị, phản ánh", "CB01", ""],
        [2, "5/3/2026", nfd("Trần Thị Hoa"), "", nfd("Ngõ 12 Láng Thượng"),
         nfd("Khiếu nại quyết định thu hồi đất"), "KN", "Nguyễn Thị Lan", ""],
        [3, 46086, "Lê Văn Minh", "", "Số 9 Chùa Láng",
         "Hỏi chính sách hỗ trợ tái định cư", "Khác", "", "gặp lần 2"],
        [4, "ngày 16 tháng 3 năm 2026", "Phạm Thị Lan", CCCD_LAN, "Số 3 Nguyễn Chí Thanh",
         "Tố cáo cán bộ địa chính", "Tố cáo", "CB02", ""],
        [5, "2026-03-20", "Hoàng Văn Nam", "", "Tổ 5 Láng Thượng",
         "Phản ánh tiếng ồn công trình", "phản ánh", "", ""],
    ]


def write_xlsx(path: Path, headers: list[str], rows: list[list[Any]], *, title: str | None =
               "SỔ TIẾP CÔNG DÂN NĂM 2026", blank_every: int = 0,
               merge_first_date: bool = False) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    line = 1
    if title:
        ws.cell(1, 1, title)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
        line = 3  # a blank row under the title
    for c, h in enumerate(headers, 1):
        ws.cell(line, c, h)
    line += 1
    first = line
    for i, row in enumerate(rows):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(line, c, v)
        line += 1
        if blank_every and (i + 1) % blank_every == 0:
            line += 1
    if merge_first_date:
        # The day written once for the first two visits (merged vertically).
        ws.cell(first + 1, 2).value = None
        ws.merge_cells(start_row=first, start_column=2, end_row=first + 1, end_column=2)
    wb.save(path)
    return path


_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def cp1258(text: str) -> bytes:
    """Vietnamese as Windows-1258 writes it: base letters precomposed, tones combining."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(p for p in parts if p not in _TONES))
            out += (base + "".join(p for p in parts if p in _TONES)).encode("cp1258")
    return bytes(out)
