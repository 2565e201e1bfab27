"""Opening a spreadsheet an office kept by hand: XLSX (openpyxl) or CSV (encoding guessed).

Merged cells give their value to every cell they cover (a date written once for a morning's
visits), the header row is found among the first rows (titles above it are skipped), blank
rows are dropped, and every row keeps its line number in the file for the problems list.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.errors import os_reason
from app.services.excel_import.values import text
from app.text import Text

HEADER_SCAN = 15  # rows looked at to find the header
ENCODINGS = ("utf-8-sig", "cp1258", "cp1252")


@dataclass(frozen=True, slots=True)
class Sheet:
    name: str  # the file's name (and the sheet's, for a workbook)
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[Any, ...]], ...]  # (line number in the file, cells)
    encoding: str | None = None  # CSV: the encoding it was read with


class Unopenable(Exception):
    """The file cannot be read as a spreadsheet; str() is the Vietnamese reason."""


def open_sheet(path: str | Path, score: Callable[[str], int] | None = None,
               sheet: str | None = None) -> Sheet:
    """Read the first (or the named) sheet. `score(header)` says how much a header cell looks
    like one of ours: the row scoring best in the first rows is the header."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise Unopenable(Text("không mở được tệp {name}: {reason}", name=p.name,
                              reason=os_reason(exc))) from None
    suffix = p.suffix.lower()
    if suffix in (".xlsx", ".xlsm") or raw[:2] == b"PK":
        grid, label = _xlsx(raw, p.name, sheet)
        encoding = None
    elif suffix == ".xls":
        raise Unopenable(Text("tệp .xls (Excel 97–2003) chưa đọc được; hãy mở bằng Excel và lưu lại dạng .xlsx hoặc .csv"))
    else:
        grid, encoding = _csv(raw)
        label = p.name
    return _shape(grid, label, score or (lambda _h: 0), encoding)


def _xlsx(raw: bytes, name: str, wanted: str | None) -> tuple[list[list[Any]], str]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(io.BytesIO(raw), data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise Unopenable(Text("tệp {name} không phải là bảng tính Excel đọc được ({exc})", name=name, exc=exc)) from None
    ws = wb[wanted] if wanted and wanted in wb.sheetnames else wb.worksheets[0]
    grid = [list(r) for r in ws.iter_rows(values_only=True)]
    for rng in ws.merged_cells.ranges:
        top = ws.cell(rng.min_row, rng.min_col).value
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                if r - 1 < len(grid):
                    row = grid[r - 1]
                    row.extend([None] * (c - len(row)))
                    row[c - 1] = top
    label = name if len(wb.worksheets) == 1 else f"{name} › {ws.title}"
    wb.close()
    return grid, label


def guess_encoding(raw: bytes) -> str:
    """UTF-8 (with or without BOM) when it decodes; else Windows-1258 (Vietnamese Windows)."""
    for enc in ENCODINGS:
        try:
            raw.decode(enc)
            return enc
        except UnicodeDecodeError:
            continue
    return "latin-1"


def _csv(raw: bytes) -> tuple[list[list[Any]], str]:
    enc = guess_encoding(raw)
    body = raw.decode(enc)
    try:
        dialect: Any = csv.Sniffer().sniff(body[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    grid = [list(r) for r in csv.reader(io.StringIO(body), dialect)]
    return grid, {"utf-8-sig": "UTF-8", "cp1258": "Windows-1258", "cp1252": "Windows-1252"}.get(
        enc, enc)


def _blank(row: list[Any]) -> bool:
    return all(text(v) == "" for v in row)


def _shape(grid: list[list[Any]], label: str, score: Callable[[str], int],
           encoding: str | None) -> Sheet:
    numbered = [(i + 1, r) for i, r in enumerate(grid) if not _blank(r)]
    if not numbered:
        raise Unopenable(Text("tệp {label} không có dòng dữ liệu nào", label=label))
    best, best_score = 0, -1
    for k, (_, row) in enumerate(numbered[:HEADER_SCAN]):
        s = sum(score(t) for t in {text(v) for v in row})  # a merged title counts once
        if s > best_score:
            best, best_score = k, s
    if best_score <= 0:
        best = 0
    header_row = numbered[best][1]
    width = max(len(r) for _, r in numbered[best:])
    headers = [text(v) for v in header_row] + [""] * (width - len(header_row))
    # A header merged over two columns repeats; keep the first, number the rest.
    seen: dict[str, int] = {}
    named = []
    for i, h in enumerate(headers):
        h = h or f"Cột {i + 1}"
        if h in seen:
            seen[h] += 1
            h = f"{h} ({seen[h]})"
        else:
            seen[h] = 1
        named.append(h)
    rows = []
    for line, row in numbered[best + 1:]:
        cells = tuple(row) + (None,) * (width - len(row))
        if _is_number_row(cells):
            continue  # the "(1) (2) (3)…" row printed under official headers
        rows.append((line, cells))
    return Sheet(label, tuple(named), tuple(rows), encoding)


def _is_number_row(cells: tuple[Any, ...]) -> bool:
    shown = [text(c).strip("()") for c in cells if text(c)]
    return len(shown) >= 3 and all(s.isdigit() for s in shown) and \
        [int(s) for s in shown] == list(range(int(shown[0]), int(shown[0]) + len(shown)))
