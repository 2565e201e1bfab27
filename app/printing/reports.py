"""Periodic report tables (TT 01/2024/TT-TTCP, LAW.md §10.2) on landscape A4.

The page: the issuing body and the national motto, the form number ("Biểu số 01/XLD") top
right on every page, the title and the period with its cut-off window, the table — merged
header rows as the form groups them, the "MS" row of column numbers with the identities the
form prints ("1=4+13+22"), one row per office (and "Tổng cộng" for several) — then the notes,
the warnings about data the figures could not take in, and the signatures (the preparer and
the head). Header cells wrap; the table repeats its header on every page.

Plain values in (a built `Report`), PDF bytes out. No person appears in a report.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from app.printing import fonts, kit
from app.printing.data import OfficeFacts
from app.printing.kit import FormDocument, Letterhead, PageMarks, Paper, Signature, x

if TYPE_CHECKING:
    from app.services.reports.layouts import Layout
    from app.services.reports.model import Report

PAPER = Paper("A4-landscape-report", landscape(A4), 12 * mm, 10 * mm, 12 * mm, 8 * mm, 10, 0)
UNIT_W = 30 * mm
NOTE_W = 14 * mm


@dataclass(frozen=True, slots=True)
class Merge:
    row0: int
    col0: int
    row1: int
    col1: int
    text: str


def header_grid(layout: Layout) -> tuple[int, list[Merge]]:
    """The header of the table as merged cells over a grid of (depth rows) × (unit column,
    numbered columns, notes column): returns the depth and the merges, top-left first."""
    cols = layout.columns
    depth = max(len(c.path) for c in cols)
    n = len(cols)
    merges = [Merge(0, 0, depth - 1, 0, layout.unit_head)]
    for r in range(depth):
        i = 0
        while i < n:
            p = cols[i].path
            if r >= len(p):
                i += 1
                continue
            j = i
            while (j + 1 < n and len(cols[j + 1].path) > r + 1 and len(p) > r + 1
                   and cols[j + 1].path[:r + 1] == p[:r + 1]):
                j += 1
            merges.append(Merge(r, i + 1, depth - 1 if r == len(p) - 1 else r, j + 1, p[r]))
            i = j + 1
    merges.append(Merge(0, n + 1, depth - 1, n + 1, "Ghi chú"))
    return depth, sorted(merges, key=lambda m: (m.row0, m.col0))


def fmt_value(v: float | int) -> str:
    """Vietnamese figures: 12.345 (thousands) and 12,5 (decimals); an empty cell for 0."""
    if not v:
        return "0"
    if isinstance(v, int) or float(v).is_integer():
        return f"{int(v):,}".replace(",", ".")
    whole, _, frac = f"{v:,.3f}".rstrip("0").rstrip(".").partition(".")
    return whole.replace(",", ".") + ("," + frac if frac else "")


def _styles() -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    fonts.register()
    head = ParagraphStyle("rh", fontName=fonts.SERIF_BOLD, fontSize=6.2, leading=7.0,
                          alignment=TA_CENTER)
    num = ParagraphStyle("rn", fontName=fonts.SERIF_ITALIC, fontSize=5.8, leading=6.6,
                         alignment=TA_CENTER)
    val = ParagraphStyle("rv", fontName=fonts.SERIF, fontSize=7.5, leading=8.6, alignment=TA_CENTER)
    unit = ParagraphStyle("ru", fontName=fonts.SERIF, fontSize=7.5, leading=8.6, alignment=TA_LEFT)
    return head, num, val, unit


def table(report: Report, width: float) -> Table:
    lay = report.layout
    head, num, val, unit = _styles()
    n = len(lay.columns)
    depth, merges = header_grid(lay)
    grid: list[list[Any]] = [["" for _ in range(n + 2)] for _ in range(depth)]
    style: list[tuple[Any, ...]] = []
    for m in merges:
        grid[m.row0][m.col0] = Paragraph(x(m.text), head)
        if (m.row0, m.col0) != (m.row1, m.col1):
            style.append(("SPAN", (m.col0, m.row0), (m.col1, m.row1)))
    grid.append([Paragraph("MS", num)] + [Paragraph(x(lay.ms_label(c.no, " = ")), num)
                                           for c in lay.columns]
                + [Paragraph(str(n + 1), num)])
    bold_val = ParagraphStyle("rvb", parent=val, fontName=fonts.SERIF_BOLD)
    for row in report.rows:
        total = row.office_id is None
        st = bold_val if total else val
        grid.append([Paragraph(x(row.office_name), ParagraphStyle("u2", parent=unit,
                                                        fontName=st.fontName))]
                    + [Paragraph(fmt_value(row.value(c.no)), st) for c in lay.columns]
                    + [Paragraph(x(row.note), unit)])
    col_w = (width - UNIT_W - NOTE_W) / n
    t = Table(grid, colWidths=[UNIT_W] + [col_w] * n + [NOTE_W], repeatRows=depth + 1)
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.SERIF),
        ("GRID", (0, 0), (-1, -1), 0.45, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 1), ("RIGHTPADDING", (0, 0), (-1, -1), 1),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("BACKGROUND", (0, depth), (-1, depth), colors.Color(0.93, 0.93, 0.93)),
        *style,
    ]))
    return t


def _lines(texts: Sequence[str], st: ParagraphStyle, prefix: str = "") -> list[Flowable]:
    return [Paragraph(x(prefix + t), st) for t in texts]


def render(report: Report, office: OfficeFacts) -> bytes:
    lay = report.layout
    doc = FormDocument(PAPER, pdf_title=f"{lay.form_number} – {report.period.label}",
                       author=office.name)
    st = doc.styles
    w = doc.width
    small = ParagraphStyle("rs", parent=st.small, fontSize=8, leading=9.6)
    story: list[Flowable] = [
        kit.letterhead(Letterhead(office.name, office.place, report.built_on), st, w),
        Paragraph(x(kit.upper(lay.title)), ParagraphStyle("rt", parent=st.title, spaceBefore=6)),
        Paragraph(x(f"{report.period.label} – số liệu tính từ ngày {report.period.start:%d/%m/%Y} "
                    f"đến ngày {report.period.end:%d/%m/%Y}"), st.date_line),
        Spacer(1, 4 * mm),
        table(report, w),
        Spacer(1, 2 * mm),
    ]
    story += _lines(report.notes, small, "Ghi chú: ")
    story.append(Paragraph(x("Số liệu là giá trị đã tính, không phải công thức; mỗi ô truy "
                             "được về các lượt tiếp, đơn tạo nên nó (tiepdan report … --explain)."),
                           small))
    for warn in report.warnings:
        story.append(Paragraph(x("Lưu ý: " + warn.text), small))
    story.append(kit.signatures(
        [Signature("NGƯỜI LẬP BIỂU"),
         Signature(office.head_title or "Chủ tịch", note="(Ký tên, đóng dấu)",
                   name=office.head_name)], st, w))
    doc.add_copy(story, PageMarks(form_number=lay.form_number,
                                  basis=f"{lay.basis} ({lay.form_number})"))
    return doc.render()
