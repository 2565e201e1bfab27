"""The layout kit: papers, styles and the blocks of an administrative document (LAW.md §9).

A form module builds its body from these blocks; `FormDocument` lays one or more copies out on
A4 or A5 pages and draws what every page carries: the copy label ("Bản giao công dân"), the
reprint mark ("In lại lần N"), the form number, the legal footnote, the reference code as text
and QR code, and "Trang x/y". Every string goes through `nfc` before it is drawn (TECH-NOTES §5.2).

Layout follows Decree 30/2020/NĐ-CP as far as a slip needs it: margins (top/bottom 20 mm, left
30 mm, right 15 mm on A4), 13 pt serif body, the issuing body top left with the document number
under it, the national motto top right with a rule under "Độc lập - Tự do - Hạnh phúc" as long as
the line, place and date under it ("ngày 05 tháng 02 năm 2026": days under 10 and months 1–2 take a
leading zero), the title in bold capitals, "Nơi nhận" bottom left and the signature bottom right.

No Qt, no database: plain values in, PDF bytes out.
"""

from __future__ import annotations

import functools
import io
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Final
from xml.sax.saxutils import escape

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.printing import fonts

MOTTO_1: Final = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO_2: Final = "Độc lập - Tự do - Hạnh phúc"
CREATOR: Final = "TiepDan"


def nfc(text: object) -> str:
    return unicodedata.normalize("NFC", str(text)) if text is not None else ""


def x(text: object) -> str:
    """NFC and escaped for a Paragraph's mark-up."""
    return escape(nfc(text))


def upper(text: str) -> str:
    return nfc(text).upper()


def vn_date_line(place: str, on: date) -> str:
    """'Hà Nội, ngày 05 tháng 02 năm 2026' (Decree 30/2020: zero before days < 10, months 1–2)."""
    month = f"{on.month:02d}" if on.month < 3 else str(on.month)
    return f"{nfc(place)}, ngày {on.day:02d} tháng {month} năm {on.year}"


def fmt_date(on: date | None) -> str:
    return on.strftime("%d/%m/%Y") if on else ""


# ----------------------------------------------------------------------------- papers and styles


@dataclass(frozen=True, slots=True)
class Paper:
    name: str
    size: tuple[float, float]
    left: float
    right: float
    top: float
    bottom: float
    font_size: float  # body text
    qr: float  # side of the QR code in the footer

    @property
    def width(self) -> float:
        return float(self.size[0])

    @property
    def height(self) -> float:
        return float(self.size[1])

    @property
    def frame_width(self) -> float:
        return self.width - self.left - self.right

    @property
    def footer(self) -> float:
        """Height kept at the foot of the page for the footnote, reference and QR code."""
        return float(self.bottom + self.qr + 3 * mm)


PAPERS: Final[dict[str, Paper]] = {
    "A4": Paper("A4", A4, 30 * mm, 15 * mm, 20 * mm, 8 * mm, 13, 18 * mm),
    "A5": Paper("A5", A5, 15 * mm, 10 * mm, 12 * mm, 6 * mm, 10.5, 15 * mm),
}
A4_LANDSCAPE: Final = Paper("A4-landscape", landscape(A4), 15 * mm, 10 * mm, 12 * mm, 8 * mm,
                            7.5, 0)


@dataclass(frozen=True)
class Styles:
    size: float
    body: ParagraphStyle
    field: ParagraphStyle
    centre: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    head_left: ParagraphStyle
    number: ParagraphStyle
    date_line: ParagraphStyle
    sig_title: ParagraphStyle
    sig_note: ParagraphStyle
    sig_name: ParagraphStyle
    recipients_head: ParagraphStyle
    recipients: ParagraphStyle

    @classmethod
    def of(cls, size: float) -> Styles:
        fonts.register()
        base = ParagraphStyle("body", fontName=fonts.SERIF, fontSize=size, leading=size * 1.3,
                              alignment=TA_JUSTIFY, spaceAfter=size * 0.25)
        small = size * 0.85

        def st(name: str, **kw: Any) -> ParagraphStyle:
            return ParagraphStyle(name, parent=base, **kw)

        return cls(
            size=size,
            body=base,
            field=st("field", alignment=TA_LEFT, firstLineIndent=0),
            centre=st("centre", alignment=TA_CENTER),
            title=st("title", fontName=fonts.SERIF_BOLD, fontSize=size + 1, leading=(size + 1) * 1.25,
                     alignment=TA_CENTER, spaceBefore=size * 1.4, spaceAfter=0),
            subtitle=st("subtitle", fontName=fonts.SERIF_BOLD, alignment=TA_CENTER, spaceAfter=size * 0.8),
            small=st("small", fontSize=small, leading=small * 1.25, alignment=TA_LEFT),
            cell=st("cell", fontSize=small, leading=small * 1.2, alignment=TA_LEFT, spaceAfter=0),
            cell_head=st("cell_head", fontName=fonts.SERIF_BOLD, fontSize=small,
                         leading=small * 1.2, alignment=TA_CENTER, spaceAfter=0),
            head_left=st("head_left", fontName=fonts.SERIF_BOLD, fontSize=size - 0.5,
                         leading=(size - 0.5) * 1.2, alignment=TA_CENTER, spaceAfter=0),
            number=st("number", alignment=TA_CENTER, spaceAfter=0),
            date_line=st("date_line", fontName=fonts.SERIF_ITALIC, alignment=TA_CENTER, spaceAfter=0),
            sig_title=st("sig_title", fontName=fonts.SERIF_BOLD, alignment=TA_CENTER, spaceAfter=0),
            sig_note=st("sig_note", fontName=fonts.SERIF_ITALIC, fontSize=small, leading=small * 1.2,
                        alignment=TA_CENTER, spaceAfter=0),
            sig_name=st("sig_name", fontName=fonts.SERIF_BOLD, alignment=TA_CENTER, spaceAfter=0),
            recipients_head=st("recipients_head", fontName=fonts.SERIF_BOLD_ITALIC,
                               fontSize=size - 1, leading=(size - 1) * 1.2, alignment=TA_LEFT,
                               spaceAfter=0),
            recipients=st("recipients", fontSize=size - 2, leading=(size - 2) * 1.2,
                          alignment=TA_LEFT, spaceAfter=0),
        )


# ----------------------------------------------------------------------------- small flowables


class Rule(Flowable):  # type: ignore[misc]
    """A horizontal line of a given length, centred in the space it is given."""

    def __init__(self, length: float, gap: float = 2.5, thickness: float = 0.6) -> None:
        super().__init__()
        self.length, self.gap, self.thickness = length, gap, thickness
        self._avail = length

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._avail = availWidth
        return availWidth, self.gap * 2 + self.thickness

    def draw(self) -> None:
        x0 = (self._avail - self.length) / 2
        self.canv.setLineWidth(self.thickness)
        self.canv.line(x0, self.gap, x0 + self.length, self.gap)


class DottedLines(Flowable):  # type: ignore[misc]
    """Lines of dots for what is written by hand."""

    def __init__(self, count: int, leading: float) -> None:
        super().__init__()
        self.count, self.leading = count, leading
        self._width = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._width = availWidth
        return availWidth, self.count * self.leading

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setDash(0.8, 2.2)
        c.setLineWidth(0.6)
        for i in range(self.count):
            y = (self.count - i - 1) * self.leading + 3
            c.line(0, y, self._width, y)
        c.restoreState()


class FingerprintBox(Flowable):  # type: ignore[misc]
    """A dashed box for a fingerprint (điểm chỉ) when the citizen does not sign."""

    def __init__(self, width: float, height: float, label: str, font_size: float) -> None:
        super().__init__()
        self.w, self.h, self.label, self.font_size = width, height, nfc(label), font_size
        self._avail = width

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._avail = availWidth
        return availWidth, self.h + 2

    def draw(self) -> None:
        c = self.canv
        x0 = (self._avail - self.w) / 2
        c.saveState()
        c.setDash(2, 2)
        c.setLineWidth(0.5)
        c.rect(x0, 1, self.w, self.h)
        c.setFont(fonts.SERIF_ITALIC, self.font_size)
        c.drawCentredString(x0 + self.w / 2, 4, self.label)
        c.restoreState()


# ----------------------------------------------------------------------------- blocks


@dataclass(frozen=True, slots=True)
class Letterhead:
    office_name: str  # "UBND phường Láng"
    place: str  # "Hà Nội"
    on: date
    number: str = ""  # "Số: 0007/2026/GBN"; "" for none


def issuing_body_lines(office_name: str) -> list[str]:
    """'UBND phường Láng' → ['ỦY BAN NHÂN DÂN', 'PHƯỜNG LÁNG'] (Decree 30: the body in capitals)."""
    name = nfc(office_name).strip()
    for short in ("UBND ", "Ủy ban nhân dân ", "ỦY BAN NHÂN DÂN "):
        if name.upper().startswith(short.upper()):
            return ["ỦY BAN NHÂN DÂN", upper(name[len(short):])]
    return [upper(name)]


def _fit(text: str, font: str, size: float, width: float) -> float:
    """The largest size ≤ `size` at which `text` fits on one line of `width`."""
    while size > 6 and stringWidth(text, font, size) > width:
        size -= 0.25
    return size


def letterhead(lh: Letterhead, st: Styles, width: float) -> Flowable:
    """Issuing body and number left; national motto, rule, place and date right."""
    left_w, right_w = width * 0.42, width * 0.58
    pad = 4
    body_lines = issuing_body_lines(lh.office_name)
    size = min(_fit(line, fonts.SERIF_BOLD, st.size - 0.5, left_w - pad) for line in body_lines)
    head_style = ParagraphStyle("hl", parent=st.head_left, fontSize=size, leading=size * 1.2)
    left: list[Flowable] = [Paragraph(x(line), head_style) for line in body_lines]
    widest = max(stringWidth(line, fonts.SERIF_BOLD, size) for line in body_lines)
    left.append(Rule(min(widest, left_w) * 0.4))
    if lh.number:
        left.append(Paragraph(x(lh.number), st.number))
    m1 = _fit(MOTTO_1, fonts.SERIF_BOLD, st.size - 1, right_w - pad)
    m2 = _fit(MOTTO_2, fonts.SERIF_BOLD, st.size, right_w - pad)
    right: list[Flowable] = [
        Paragraph(MOTTO_1, ParagraphStyle("m1", parent=st.head_left, fontSize=m1, leading=m1 * 1.25)),
        Paragraph(MOTTO_2, ParagraphStyle("m2", parent=st.head_left, fontSize=m2, leading=m2 * 1.2)),
        Rule(stringWidth(MOTTO_2, fonts.SERIF_BOLD, m2)),
        Spacer(1, st.size * 0.3),
        Paragraph(x(vn_date_line(lh.place, lh.on)), st.date_line),
    ]
    table = Table([[left, right]], colWidths=[left_w, right_w])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.SERIF),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


def title(text: str, subtitle: str, st: Styles) -> list[Flowable]:
    out: list[Flowable] = [Paragraph(x(upper(text)), st.title)]
    if subtitle:
        out.append(Paragraph(x(subtitle), st.subtitle))
    else:
        out.append(Spacer(1, st.size * 0.8))
    return out


def para(text: str, st: Styles, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph of plain text (escaped); use `markup` for <b>/<i>."""
    return Paragraph(x(text), style or st.body)


def markup(html: str, st: Styles, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph whose mark-up the caller built with `x()` around every value."""
    return Paragraph(nfc(html), style or st.body)


def field_line(label: str, value: str, st: Styles) -> Paragraph:
    """'Label: value' with a dotted blank when there is no value."""
    shown = x(value) if value else "……………………………………………………"
    return Paragraph(f"{x(label)}: {shown}", st.field)


def dotted(count: int, st: Styles) -> Flowable:
    return DottedLines(count, st.size * 1.45)


def items_table(headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float],
                st: Styles, total_width: float) -> Table:
    """A ruled table of items; `widths` are fractions of the width, cells wrap."""
    data: list[list[Any]] = [[Paragraph(x(h), st.cell_head) for h in headers]]
    for row in rows:
        data.append([Paragraph(x(c), st.cell) for c in row])
    table = Table(data, colWidths=[w * total_width for w in widths], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.SERIF),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


@dataclass(frozen=True, slots=True)
class Signature:
    title: str  # "NGƯỜI NHẬN", "CHỦ TỊCH"
    note: str = "(Ký, ghi rõ họ tên)"
    name: str = ""
    fingerprint: bool = False  # a box for a fingerprint beside the signature
    for_title: str = ""  # "KT. CHỦ TỊCH" line above the title


def _signature_cell(sig: Signature, st: Styles) -> list[Flowable]:
    cell: list[Flowable] = []
    if sig.for_title:
        cell.append(Paragraph(x(upper(sig.for_title)), st.sig_title))
    cell += [Paragraph(x(upper(sig.title)), st.sig_title), Paragraph(x(sig.note), st.sig_note)]
    if sig.fingerprint:
        cell += [Spacer(1, st.size * 0.4),
                 FingerprintBox(st.size * 3.4, st.size * 3.6, "Điểm chỉ", st.size * 0.6),
                 Spacer(1, st.size * 0.4)]
    else:
        cell.append(Spacer(1, st.size * 4.6))
    cell.append(Paragraph(x(sig.name) if sig.name else "", st.sig_name))
    return cell


def signatures(sigs: Sequence[Signature], st: Styles, width: float) -> Flowable:
    """Signature blocks side by side, kept on one page."""
    table = Table([[_signature_cell(s, st) for s in sigs]],
                  colWidths=[width / len(sigs)] * len(sigs))
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.SERIF),("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 2),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 2)]))
    return KeepTogether([Spacer(1, st.size * 0.8), table])


def recipients_and_signature(recipients: Sequence[str], sig: Signature, st: Styles,
                             width: float) -> Flowable:
    """'Nơi nhận:' bottom left, the signature bottom right (Decree 30 layout)."""
    left: list[Flowable] = [Paragraph("Nơi nhận:", st.recipients_head)]
    for i, line in enumerate(recipients):
        end = "." if i == len(recipients) - 1 else ";"
        left.append(Paragraph(x(f"- {line}{end}"), st.recipients))
    table = Table([[left, _signature_cell(sig, st)]], colWidths=[width * 0.45, width * 0.55])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.SERIF),("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return KeepTogether([Spacer(1, st.size * 0.8), table])


# ----------------------------------------------------------------------------- reference code


@dataclass(frozen=True, slots=True)
class Reference:
    text: str  # printed: "00163-L0007/2026-K7QX2MPA"
    payload: str  # in the QR code: ASCII only (TECH-NOTES §5.3)


@functools.lru_cache(maxsize=64)
def qr_code(payload: str) -> QrCode:
    """The QR code of a payload (cached: previews and reprints reuse it)."""
    return QrCode.of(payload)


@dataclass(frozen=True, slots=True)
class QrCode:
    """The modules of a QR code (reportlab's encoder), drawn as filled squares."""

    modules: tuple[tuple[bool, ...], ...]

    @classmethod
    def of(cls, payload: str) -> QrCode:
        if not payload.isascii():
            raise ValueError("QR payloads are ASCII (TECH-NOTES §5.3)")
        code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        code.addData(payload)
        # make() tries all 8 mask patterns to pick the most readable (9 encodings, ~8 ms);
        # any mask is a valid code and every decoder reads it: take one, encode once.
        if code.version is None:
            code.version = code.calculate_version()
        code.makeImpl(False, 0)
        n = code.getModuleCount()
        return cls(tuple(tuple(bool(code.isDark(r, c)) for c in range(n)) for r in range(n)))

    def draw(self, canvas: Canvas, x0: float, y0: float, side: float, quiet: int = 2) -> None:
        """Draw it `side` points square (quiet zone of `quiet` modules included) at (x0, y0).

        Drawn straight on the canvas: reportlab's graphics renderer would name Helvetica.
        """
        n = len(self.modules)
        unit = side / (n + 2 * quiet)
        canvas.saveState()
        canvas.setFillColor(colors.black)
        path = canvas.beginPath()
        for r, row in enumerate(self.modules):
            y = y0 + (n - 1 - r + quiet) * unit
            c = 0
            while c < n:  # runs of dark modules as one rectangle each
                if row[c]:
                    start = c
                    while c < n and row[c]:
                        c += 1
                    path.rect(x0 + (start + quiet) * unit, y, (c - start) * unit, unit)
                else:
                    c += 1
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.restoreState()


class QrBlock(Flowable):  # type: ignore[misc]
    """A QR code in the body of a document (an enrolment sheet), `side` points square."""

    def __init__(self, payload: str, side: float) -> None:
        super().__init__()
        self.code, self.side = qr_code(payload), side

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.side, self.side

    def draw(self) -> None:
        self.code.draw(self.canv, 0, 0, self.side, quiet=4)


# ----------------------------------------------------------------------------- documents


class TiepDanCanvas(Canvas):  # type: ignore[misc]
    """A canvas that runs callbacks just before saving (to fill in "Trang x/y" totals)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.before_save: list[Callable[[TiepDanCanvas], None]] = []

    def save(self) -> None:
        for hook in self.before_save:
            hook(self)
        super().save()


def page_total_form(canvas: Canvas, name: str, total: int, font: str, size: float) -> None:
    """Define the XObject `name` that prints the page total where a page referenced it."""
    canvas.beginForm(name)
    canvas.setFont(font, size)
    canvas.drawString(0, 0, str(total))
    canvas.endForm()


def draw_page_number(canvas: Canvas, page: int, form_name: str, x_centre: float, y: float,
                     font: str, size: float) -> None:
    """'Trang 3/' + the total (an XObject defined once the total is known)."""
    label = f"Trang {page}/"
    w = stringWidth(label, font, size)
    total_w = stringWidth("00", font, size)
    x0 = x_centre - (w + total_w) / 2
    canvas.setFont(font, size)
    canvas.drawString(x0, y, label)
    canvas.saveState()
    canvas.translate(x0 + w, y)
    canvas.doForm(form_name)
    canvas.restoreState()


@dataclass(frozen=True, slots=True)
class PageMarks:
    """What every page of one copy carries besides its body."""

    copy_label: str = ""  # "Bản giao công dân"
    form_number: str = ""  # "Mẫu số 03"
    basis: str = ""  # legal footnote
    reprint: str = ""  # "In lại lần 2"
    masked: str = ""  # note that a denouncer's identity was left out


class _SetCopy(Flowable):  # type: ignore[misc]
    """Invisible: marks the start of copy `index` (page decorations read it)."""

    def __init__(self, doc: FormDocument, index: int) -> None:
        super().__init__()
        self.doc, self.index = doc, index

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.doc._copy = self.index


@dataclass
class _Copy:
    flowables: list[Flowable]
    marks: PageMarks
    pages: int = 0


@dataclass
class FormDocument:
    """One slip or notice in one or more copies, each copy starting on a new page."""

    paper: Paper
    pdf_title: str  # document metadata: form and number only, never a person's name
    author: str
    reference: Reference | None = None
    copies: list[_Copy] = field(default_factory=list)
    _copy: int = 0
    _qr: QrCode | None = None
    _footer: float = 0.0
    page_count: int = 0

    @property
    def styles(self) -> Styles:
        return Styles.of(self.paper.font_size)

    @property
    def width(self) -> float:
        return self.paper.frame_width

    def add_copy(self, flowables: list[Flowable], marks: PageMarks) -> None:
        self.copies.append(_Copy(flowables, marks))

    def render(self) -> bytes:
        fonts.register()
        p = self.paper
        # The foot grows with its lines (a long footnote, the masking note) above the QR code.
        small = p.font_size * 0.7
        lines = max((len(self._foot_lines(c.marks)) for c in self.copies), default=0)
        self._footer = max(p.footer, p.bottom + small * 1.3 + lines * small * 1.2 + 2 * mm)
        buf = io.BytesIO()
        doc = BaseDocTemplate(
            buf, pagesize=p.size, leftMargin=p.left, rightMargin=p.right, topMargin=p.top,
            bottomMargin=self._footer, title=nfc(self.pdf_title), author=nfc(self.author),
            creator=CREATOR, subject="", pageCompression=1,
            # Without an initial font reportlab names Helvetica, a font no PDF of ours embeds.
            initialFontName=fonts.SERIF, initialFontSize=p.font_size)
        frame = Frame(p.left, self._footer, p.frame_width, p.height - p.top - self._footer,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
        doc.addPageTemplates([PageTemplate("page", frames=[frame], onPageEnd=self._decorate)])
        self._qr = qr_code(self.reference.payload) if self.reference and p.qr else None
        story: list[Flowable] = []
        for i, c in enumerate(self.copies):
            if i:
                story.append(PageBreak())
            story.append(_SetCopy(self, i))
            story += c.flowables

        def maker(*args: Any, **kwargs: Any) -> TiepDanCanvas:
            canvas = TiepDanCanvas(*args, **kwargs)
            canvas.before_save.append(self._totals)
            return canvas

        doc.build(story, canvasmaker=maker)
        return buf.getvalue()

    def _totals(self, canvas: TiepDanCanvas) -> None:
        for i, c in enumerate(self.copies):
            page_total_form(canvas, f"pages{i}", c.pages, fonts.SERIF, self.paper.font_size * 0.7)

    def _text_width(self) -> float:
        p = self.paper
        qr_w = p.qr + 2 * mm if self.reference is not None and p.qr else 0
        return p.frame_width - qr_w

    def _foot_lines(self, marks: PageMarks) -> list[tuple[str, str]]:
        small = self.paper.font_size * 0.7
        text_w = self._text_width()
        lines: list[tuple[str, str]] = []
        if self.reference:
            lines.append((fonts.SERIF_BOLD, f"Mã tra cứu: {self.reference.text}"))
        if marks.masked:
            lines += [(fonts.SERIF_ITALIC, s)
                      for s in simpleSplit(nfc(marks.masked), fonts.SERIF_ITALIC, small, text_w)]
        if marks.basis:
            lines += [(fonts.SERIF_ITALIC, s) for s in simpleSplit(
                nfc("Căn cứ: " + marks.basis), fonts.SERIF_ITALIC, small, text_w)]
        return lines

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        p = self.paper
        copy = self.copies[self._copy]
        copy.pages += 1
        self.page_count += 1
        marks = copy.marks
        small = p.font_size * 0.7
        canvas.saveState()
        top = p.height - p.top * 0.55
        if marks.form_number:
            canvas.setFont(fonts.SERIF_BOLD, small + 1)
            canvas.drawRightString(p.width - p.right, top, nfc(marks.form_number))
        label = " · ".join(s for s in (upper(marks.copy_label), nfc(marks.reprint)) if s)
        if label:
            canvas.setFont(fonts.SERIF_BOLD, small + 0.5)
            w = stringWidth(label, fonts.SERIF_BOLD, small + 0.5)
            canvas.setLineWidth(0.6)
            canvas.rect(p.left - 2, top - 3, w + 4, small + 4)
            canvas.drawString(p.left, top, label)
        # The foot: footnote, reference and masking note left, QR code right, page number.
        text_w = self._text_width()
        lines = self._foot_lines(marks)
        y = p.bottom + small * 1.3 + (len(lines) - 1) * small * 1.2
        rule_y = self._footer - 1.5 * mm
        canvas.setLineWidth(0.3)
        canvas.line(p.left, rule_y, p.width - p.right, rule_y)
        for font, line in lines:
            canvas.setFont(font, small)
            canvas.drawString(p.left, y, line)
            y -= small * 1.2
        if self._qr is not None:
            self._qr.draw(canvas, p.width - p.right - p.qr, p.bottom, p.qr)
        draw_page_number(canvas, copy.pages, f"pages{self._copy}",
                         p.left + text_w / 2, p.bottom - small * 0.2, fonts.SERIF, small)
        canvas.restoreState()
