"""What a built report is: rows of cells, each cell with the records that make it.

Plain frozen-ish values, safe to hand to another thread (the GUI builds reports in a worker and
shows them on the GUI thread). A `Ref` names a record by kind, id and printed number only: no
person's name, address or anything else that could reveal a denouncer (LAW.md §11).
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from app.law.periods import Period
from app.services.reports.layouts import Layout
from app.text import Label

log = logging.getLogger("tiepdan.reports")

VISIT = "visit"
PETITION = "petition"
KIND_PREFIX = {VISIT: "Lượt tiếp", PETITION: "Đơn"}  # the CLI's `--explain` (Ref.label)
TOTAL_ROW = Label("Tổng cộng")  # the consolidated row's name
EPSILON = 1e-6


@dataclass(frozen=True, slots=True, order=True)
class Ref:
    kind: str  # visit | petition
    id: str  # the record's UUID (hex with dashes)
    number: str  # "0007/2026"

    def sort_key(self) -> tuple[str, str, str]:
        seq, _, year = self.number.partition("/")
        return self.kind, year, seq

    @property
    def label(self) -> str:
        return f"{KIND_PREFIX.get(self.kind, self.kind)} {self.number}"


@dataclass(slots=True)
class Cell:
    """A count (of distinct keys: records, or matters) or a sum (money, area)."""

    value: float = 0.0
    refs: list[Ref] = field(default_factory=list)
    _keys: set[str] = field(default_factory=set, repr=False)

    def count(self, ref: Ref, key: str | None = None) -> None:
        """One more record; with `key`, one more only when the key is new (a matter, a day).
        Without a key every call is a new record (the tables count each record once)."""
        if key is None:
            self.value += 1
        elif key not in self._keys:
            self._keys.add(key)
            self.value += 1
        self.refs.append(ref)

    def add(self, ref: Ref, amount: float) -> None:
        if amount:
            self.value += amount
            self.refs.append(ref)

    @property
    def number(self) -> float | int:
        """The value as printed: an int for counts and whole sums."""
        v = round(self.value, 3)
        return int(v) if float(v).is_integer() else v


@dataclass(slots=True)
class Row:
    office_id: uuid.UUID | None  # None: the consolidated row
    office_code: str
    office_name: str  # TOTAL_ROW (a Label) for the consolidated row
    cells: dict[int, Cell]
    note: str = ""  # the "Ghi chú" column

    def value(self, no: int) -> float | int:
        return self.cells[no].number


@dataclass(frozen=True, slots=True)
class Warning:
    """Something the figures could not take in (missing data), with the records concerned."""

    text: str  # a Text (app/text.py): the report dialog shows it in the interface language
    refs: tuple[Ref, ...] = ()


@dataclass(slots=True)
class Report:
    layout: Layout
    period: Period
    rows: list[Row]  # one per office, then the consolidated row when there are several
    built_on: dt.date
    notes: list[str] = field(default_factory=list)  # printed under the table
    warnings: list[Warning] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def total(self) -> Row:
        """The row to read when one figure is wanted: the consolidated row, or the only one."""
        return self.rows[-1]

    def cell(self, no: int, row: int = -1) -> Cell:
        return self.rows[row].cells[no]

    def refs(self, no: int, row: int = -1) -> list[Ref]:
        """The records behind a cell (the GUI's drill-down; `--explain`), sorted, each once."""
        return sorted(set(self.rows[row].cells[no].refs), key=Ref.sort_key)


class ReportIdentityError(RuntimeError):
    """A cross-column identity of the official form failed: a bug in the counting, never data."""


def empty_cells(layout: Layout) -> dict[int, Cell]:
    return {c.no: Cell() for c in layout.columns}


def check(layout: Layout, rows: Iterable[Row]) -> None:
    """Every identity of the form on every row; a failure is logged and raised."""
    for row in rows:
        for ident in layout.identities:
            left = sum(row.cells[n].value for n in ident.lhs)
            right = sum(row.cells[n].value for n in ident.rhs)
            if abs(left - right) > EPSILON:
                msg = (f"{layout.form_number}, {row.office_code}: cột {ident.text()} không khớp "
                       f"({left:g} ≠ {right:g})")
                log.error("report identity failed: %s", msg)
                raise ReportIdentityError(msg)


def consolidate(layout: Layout, rows: list[Row]) -> Row:
    """The total row of several offices: values added, traces joined."""
    cells = empty_cells(layout)
    for row in rows:
        for no, c in row.cells.items():
            cells[no].value += c.value
            cells[no].refs.extend(c.refs)
    return Row(None, "", TOTAL_ROW, cells)


def _plain(v: float | int) -> float | int:
    return v


def to_json(report: Report, *, traces: bool = True) -> dict[str, Any]:
    """The report as one JSON object: cells by column number with their traces.

    Every record behind any cell is listed once in "records" ({kind, id, number}); a cell's
    "records" are indexes into that list (a year's 01/XLD names each petition in ten cells).
    """
    lay = report.layout
    p = report.period
    out: dict[str, Any] = {
        "report": lay.report_id, "form": lay.form_number, "title": lay.title,
        "basis": lay.basis,
        "period": {"code": p.code, "kind": p.kind, "label": p.label,
                   "start": p.start.isoformat(), "end": p.end.isoformat(),
                   "cutoff_basis": p.rule.basis if p.rule else None},
        "built_on": report.built_on.isoformat(),
        "columns": [{"no": c.no, "label": " / ".join(c.path), "unit": c.unit,
                     "ms": lay.ms_label(c.no)} for c in lay.columns],
        "identities": [{"lhs": list(i.lhs), "rhs": list(i.rhs), "printed": i.printed}
                       for i in lay.identities],
        "rows": [],
        "notes": list(report.notes),
        "warnings": [{"text": w.text, "records": [_ref_json(r) for r in w.refs]}
                     for w in report.warnings],
        "values_are": "values (no formulas)",
        "records": [],
    }
    index: dict[Ref, int] = {}
    if traces:
        every = {r for row in report.rows for c in row.cells.values() for r in c.refs}
        for i, r in enumerate(sorted(every, key=Ref.sort_key)):
            index[r] = i
            out["records"].append(_ref_json(r))
    for row in report.rows:
        cells = []
        for c in lay.columns:
            cell = row.cells[c.no]
            item: dict[str, Any] = {"no": c.no, "value": _plain(cell.number)}
            if traces:
                item["records"] = sorted({index[r] for r in cell.refs})
            cells.append(item)
        out["rows"].append({"office_code": row.office_code or None, "office": row.office_name,
                            "consolidated": row.office_id is None, "cells": cells,
                            "note": row.note})
    return out


def _ref_json(r: Ref) -> dict[str, str]:
    return {"kind": r.kind, "id": r.id, "number": r.number}
