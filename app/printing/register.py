"""Registers (sổ): ruled tables on landscape A4, drawn row by row straight onto the canvas.

Rows come in one at a time (the print service feeds pages of the paged service queries), so
nothing holds the whole register: each row is wrapped, measured and drawn, and a new page with
the column headings repeated starts whenever the next row does not fit. A row taller than a
page continues on the next one. reportlab keeps the finished pages' compressed content until
the file is saved; that, not the row count, is what the memory holds.

The page total ("Trang 3/412") is an XObject defined when the last row is in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.printing import fonts, kit
from app.printing.data import OfficeFacts
from app.printing.kit import A4_LANDSCAPE, Paper, TiepDanCanvas, nfc, upper

PAD = 1.6  # cell padding, points


@dataclass(frozen=True, slots=True)
class Column:
    heading: str
    width: float  # fraction of the table width
    centre: bool = False
    group: str = ""  # heading shared by consecutive columns (Mẫu 03: "Hướng xử lý")


@dataclass(frozen=True, slots=True)
class RegisterSpec:
    title: str  # "Sổ tiếp công dân"
    form_number: str  # "Mẫu số 03"
    basis: str
    date_from: date
    date_to: date
    columns: tuple[Column, ...]


class RegisterWriter:
    """Write a register to `out`: `add_row` for each row, then `close`."""

    def __init__(self, out: BinaryIO, spec: RegisterSpec, office: OfficeFacts, printed_on: date,
                 *, paper: Paper = A4_LANDSCAPE, masked_note: str = "", reprint: str = "") -> None:
        fonts.register()
        self.spec, self.office, self.paper = spec, office, paper
        self.printed_on, self.masked_note, self.reprint = printed_on, masked_note, reprint
        self.size = paper.font_size
        self.leading = self.size * 1.18
        self.width = paper.frame_width
        self.xs = [paper.left]
        for c in spec.columns:
            self.xs.append(self.xs[-1] + c.width * self.width)
        self.canvas = TiepDanCanvas(out, pagesize=paper.size, pageCompression=1,
                                    initialFontName=fonts.SANS, initialFontSize=self.size)
        self.canvas.setTitle(nfc(f"{spec.title} {kit.fmt_date(spec.date_from)}–{kit.fmt_date(spec.date_to)}"))
        self.canvas.setAuthor(nfc(office.name))
        self.canvas.setCreator(kit.CREATOR)
        self.canvas.before_save.append(self._total)
        self.pages = 0
        self.rows = 0
        self._page_masked = False
        self._bottom = paper.bottom + 12 * mm
        self._y = 0.0
        self._fresh_y = 0.0
        self._full_room = 0
        self._new_page()

    # ------------------------------------------------------------------ pages

    def _new_page(self) -> None:
        if self.pages:
            self._footer()
            self.canvas.showPage()
        self.pages += 1
        self._page_masked = False
        p, c = self.paper, self.canvas
        top = p.height - p.top
        c.setFont(fonts.SERIF_BOLD, self.size + 1.5)
        for i, line in enumerate(kit.issuing_body_lines(self.office.name)):
            c.drawCentredString(p.left + 45 * mm, top - i * (self.size + 3), line)
        if self.spec.form_number:
            c.setFont(fonts.SERIF_BOLD, self.size + 1)
            c.drawRightString(p.width - p.right, top, nfc(self.spec.form_number))
        c.setFont(fonts.SERIF_BOLD, self.size + 6)
        c.drawCentredString(p.width / 2, top - 4 * mm, upper(self.spec.title))
        c.setFont(fonts.SERIF_ITALIC, self.size + 2)
        period = (f"Từ ngày {kit.fmt_date(self.spec.date_from)} "
                  f"đến ngày {kit.fmt_date(self.spec.date_to)}")
        c.drawCentredString(p.width / 2, top - 4 * mm - (self.size + 6), period)
        self._y = top - 4 * mm - (self.size + 6) - 6 * mm
        self._heading()
        self._fresh_y = self._y
        self._full_room = int((self._y - self._bottom - 2 * PAD) // self.leading)

    def _wrap(self, text: str, col: int, font: str) -> list[str]:
        w = self.xs[col + 1] - self.xs[col] - 2 * PAD
        out: list[str] = []
        for part in nfc(text).split("\n"):
            out += simpleSplit(part, font, self.size, w) or [""]
        return out

    def _heading(self) -> None:
        """The column headings (groups spanning their sub-columns) and the numbers row."""
        c, cols = self.canvas, self.spec.columns
        font = fonts.SANS_BOLD
        groups = any(col.group for col in cols)
        wrapped = [self._wrap(col.heading, i, font) for i, col in enumerate(cols)]
        sub_h = max(len(w) for w in wrapped) * self.leading + 2 * PAD
        group_h = self.leading + 2 * PAD if groups else 0.0
        top = self._y
        total_h = group_h + sub_h
        c.setLineWidth(0.5)
        c.line(self.xs[0], top, self.xs[-1], top)
        i = 0
        while i < len(cols):
            col = cols[i]
            if col.group:
                j = i
                while j + 1 < len(cols) and cols[j + 1].group == col.group:
                    j += 1
                c.setFont(font, self.size)
                c.drawCentredString((self.xs[i] + self.xs[j + 1]) / 2, top - PAD - self.size,
                                    nfc(col.group))
                c.line(self.xs[i], top - group_h, self.xs[j + 1], top - group_h)
                for k in range(i, j + 1):
                    self._cell_text(wrapped[k], k, top - group_h, font, centre=True, height=sub_h)
                i = j + 1
            else:
                self._cell_text(wrapped[i], i, top, font, centre=True, height=total_h)
                i += 1
        numbers_y = top - total_h
        c.line(self.xs[0], numbers_y, self.xs[-1], numbers_y)
        num_h = self.leading + 2 * PAD
        c.setFont(fonts.SANS, self.size - 0.5)
        for k in range(len(cols)):
            c.drawCentredString((self.xs[k] + self.xs[k + 1]) / 2, numbers_y - PAD - self.size + 0.5,
                                f"({k + 1})")
        bottom = numbers_y - num_h
        c.line(self.xs[0], bottom, self.xs[-1], bottom)
        for k, x0 in enumerate(self.xs):
            inner = 0 < k < len(self.xs) - 1 and cols[k - 1].group and cols[k - 1].group == cols[k].group
            c.line(x0, top - group_h if inner else top, x0, bottom)
        self._y = bottom

    def _cell_text(self, lines: Sequence[str], col: int, top: float, font: str,
                   centre: bool = False, height: float = 0.0) -> None:
        """Lines of a cell from its top; vertically centred in `height` when given."""
        c = self.canvas
        c.setFont(font, self.size)
        y = top - PAD - self.size
        if height:
            y -= max(0.0, (height - 2 * PAD - len(lines) * self.leading) / 2)
        for line in lines:
            if centre:
                c.drawCentredString((self.xs[col] + self.xs[col + 1]) / 2, y, line)
            else:
                c.drawString(self.xs[col] + PAD, y, line)
            y -= self.leading

    def _footer(self) -> None:
        p, c = self.paper, self.canvas
        small = self.size - 0.5
        y = p.bottom + 5 * mm
        c.setFont(fonts.SANS, small)
        notes = [f"In ngày {kit.fmt_date(self.printed_on)}" + (f" · {self.reprint}" if self.reprint else ""),
                 "Căn cứ: " + nfc(self.spec.basis)]
        if self._page_masked and self.masked_note:
            notes.append(nfc(self.masked_note))
        for line in notes:
            c.drawString(p.left, y, line)
            y -= small * 1.25
        kit.draw_page_number(c, self.pages, "pages", p.width - p.right - 20 * mm, p.bottom,
                             fonts.SERIF, self.size + 1)

    def _total(self, canvas: TiepDanCanvas) -> None:
        kit.page_total_form(canvas, "pages", self.pages, fonts.SERIF, self.size + 1)

    # ------------------------------------------------------------------ rows

    def add_row(self, cells: Sequence[str], *, masked: bool = False) -> None:
        """Draw one row (a cell may hold '\\n' line breaks)."""
        cols = self.spec.columns
        wrapped = [self._wrap(text, i, fonts.SANS) for i, text in enumerate(cells)]
        self.rows += 1
        while True:
            room = int((self._y - self._bottom - 2 * PAD) // self.leading)
            need = max(len(w) for w in wrapped)
            if need > room and (need <= self._full_room or room < 3) and self._y < self._fresh_y:
                self._new_page()  # the row moves whole to the next page
                continue
            take = min(need, room)
            h = take * self.leading + 2 * PAD
            top = self._y
            for i, lines in enumerate(wrapped):
                self._cell_text(lines[:take], i, top, fonts.SANS, centre=cols[i].centre)
            c = self.canvas
            c.setLineWidth(0.4)
            for x0 in self.xs:
                c.line(x0, top, x0, top - h)
            c.line(self.xs[0], top - h, self.xs[-1], top - h)
            self._y = top - h
            self._page_masked = self._page_masked or masked
            wrapped = [w[take:] for w in wrapped]
            if not any(wrapped):
                return
            self._new_page()

    def close(self) -> int:
        """Finish the last page and write the file; returns the number of pages."""
        if self.rows == 0:
            self.canvas.setFont(fonts.SERIF_ITALIC, self.size + 2)
            self.canvas.drawString(self.paper.left, self._y - 8 * mm,
                                   "Không có bản ghi nào trong khoảng thời gian này.")
        self._footer()
        self.canvas.showPage()
        self.canvas.save()
        return self.pages


def text_width(text: str, size: float) -> float:
    return float(stringWidth(nfc(text), fonts.SANS, size))
