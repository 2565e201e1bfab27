"""A report as an Excel workbook laid out like the official form (openpyxl).

One sheet: the issuing body and the form number, the title and the period, the header with the
form's merged cells, the "MS" row of column numbers, one row per office (and "Tổng cộng"),
the notes. Cells hold **values**, not formulas: the figures are those the app computed and
checked (the identities of the form hold on every row); an office that edits a figure must
check the identities itself. A second sheet ("Truy vết") lists, for each non-zero cell, the
record numbers behind it (never a person).
"""

from __future__ import annotations

import io
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from app.printing.kit import MOTTO_1, MOTTO_2, issuing_body_lines
from app.printing.reports import header_grid
from app.services.reports.model import Report

FONT = "Times New Roman"
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
FIRST_TABLE_ROW = 6  # rows 1–5: body and motto, title, period and window, blank


def layout_rows(report: Report) -> dict[str, int]:
    """Where things are on the sheet (tests read the workbook back with these)."""
    depth, _ = header_grid(report.layout)
    ms = FIRST_TABLE_ROW + depth
    return {"header": FIRST_TABLE_ROW, "depth": depth, "ms": ms, "data": ms + 1,
            "notes": ms + 1 + len(report.rows) + 1}


def render(report: Report, office: Any) -> bytes:
    lay = report.layout
    n = len(lay.columns)
    last_col = n + 2
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = lay.form_number.replace("Biểu số ", "").replace("/", "-")
    pos = layout_rows(report)
    bold = Font(name=FONT, bold=True, size=11)

    body = issuing_body_lines(office.name)
    ws.cell(1, 1, body[0]).font = bold
    if len(body) > 1:
        ws.cell(2, 1, " ".join(body[1:])).font = bold
    mid = max(2, last_col // 2 - 4)
    for line, motto in enumerate((MOTTO_1, MOTTO_2), 1):
        ws.cell(line, mid, motto).font = bold
        ws.merge_cells(start_row=line, start_column=mid, end_row=line, end_column=mid + 9)
        ws.cell(line, mid).alignment = CENTRE
    ws.cell(1, last_col, lay.form_number).font = bold
    ws.cell(1, last_col).alignment = Alignment(horizontal="right")
    ws.cell(3, 1, lay.title.upper()).font = Font(name=FONT, bold=True, size=13)
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=last_col)
    ws.cell(3, 1).alignment = CENTRE
    ws.cell(4, 1, f"{report.period.label} – số liệu tính từ ngày {report.period.start:%d/%m/%Y} đến ngày "
                  f"{report.period.end:%d/%m/%Y}").font = Font(name=FONT, italic=True, size=10)
    ws.merge_cells(start_row=4, start_column=1, end_row=4, end_column=last_col)
    ws.cell(4, 1).alignment = CENTRE

    depth, merges = header_grid(lay)
    top = pos["header"]
    head_font = Font(name=FONT, bold=True, size=9)
    for r in range(top, top + depth + 1 + len(report.rows)):
        for c in range(1, last_col + 1):
            ws.cell(r, c).border = BOX
    for m in merges:
        cell = ws.cell(top + m.row0, 1 + m.col0, m.text)
        cell.font = head_font
        cell.alignment = CENTRE
        if (m.row0, m.col0) != (m.row1, m.col1):
            ws.merge_cells(start_row=top + m.row0, start_column=1 + m.col0,
                           end_row=top + m.row1, end_column=1 + m.col1)
    ms = pos["ms"]
    grey = PatternFill("solid", fgColor="EEEEEE")
    for c, text in enumerate(["MS", *(lay.ms_label(col.no) for col in lay.columns), str(n + 1)], 1):
        cell = ws.cell(ms, c, text)
        cell.font = Font(name=FONT, italic=True, size=8)
        cell.alignment = CENTRE
        cell.fill = grey
    for i, row in enumerate(report.rows):
        r = pos["data"] + i
        total = row.office_id is None
        ws.cell(r, 1, row.office_name).font = Font(name=FONT, bold=total, size=10)
        for col in lay.columns:
            cell = ws.cell(r, 1 + col.no, row.value(col.no))
            cell.font = Font(name=FONT, bold=total, size=10)
            cell.alignment = Alignment(horizontal="center", vertical="center")
            if col.unit == "money":
                cell.number_format = "#,##0.###"
        ws.cell(r, last_col, row.note or None)
    r = pos["notes"]
    for text in [*report.notes, "Số liệu là giá trị, không phải công thức.",
                 *("Lưu ý: " + w.text for w in report.warnings)]:
        ws.cell(r, 1, text).font = Font(name=FONT, italic=True, size=9)
        r += 1
    ws.column_dimensions["A"].width = 26
    for c in range(2, last_col):
        ws.column_dimensions[get_column_letter(c)].width = 9
    ws.column_dimensions[get_column_letter(last_col)].width = 14
    for rr in range(top, top + depth):
        ws.row_dimensions[rr].height = 42
    ws.freeze_panes = ws.cell(pos["data"], 2)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True

    trace = wb.create_sheet("Truy vết")
    trace.append(["Đơn vị", "Cột", "Tiêu chí", "Giá trị", "Bản ghi"])
    for i, row in enumerate(report.rows):
        for col in lay.columns:
            cell = row.cells[col.no]
            if cell.value:
                trace.append([row.office_name, col.no, " / ".join(col.path), row.value(col.no),
                              ", ".join(x.label for x in report.refs(col.no, i))])
    for letter, width in zip("ABCDE", (24, 6, 60, 10, 100), strict=True):
        trace.column_dimensions[letter].width = width
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
