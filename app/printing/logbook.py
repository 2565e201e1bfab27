"""Sổ tiếp công dân (TT 04/2021 Mẫu số 03, LAW.md §9.1): landscape A4, 12 numbered columns."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import BinaryIO

from app.labels import CATEGORY, OUTCOME, RECEPTION_TYPE
from app.law.forms import LOGBOOK_COLUMNS, register_rule
from app.printing.data import MASKED_NOTE, OfficeFacts
from app.printing.register import Column, RegisterSpec, RegisterWriter

WIDTHS = (0.04, 0.065, 0.16, 0.075, 0.205, 0.07, 0.08, 0.055, 0.06, 0.07, 0.06, 0.06)
CENTRED = {0, 1, 3, 5, 7, 8, 9}
TICK = "x"


@dataclass(frozen=True, slots=True)
class LogbookEntry:
    number: str
    visited_at: datetime
    persons_label: str  # a pseudonym when the reader may not see a denouncer
    address: str
    cccd: str
    content: str
    category: str
    person_count: int
    is_crowd: bool
    reception_type: str
    outcome: str
    prior_handling: str = ""
    outcome_note: str = ""
    follow_up: str = ""
    notes: str = ""
    masked: bool = False


def columns() -> tuple[Column, ...]:
    out: list[Column] = []
    for spec in LOGBOOK_COLUMNS:
        if isinstance(spec, str):
            out.append(Column(spec, 0))
        else:
            group, subs = spec
            out += [Column(s, 0, group=group) for s in subs]
    return tuple(Column(c.heading, w, i in CENTRED, c.group)
                 for i, (c, w) in enumerate(zip(out, WIDTHS, strict=True)))


def cells(index: int, e: LogbookEntry) -> list[str]:
    who = e.persons_label + (f"\n{e.address}" if e.address else "")
    kind = CATEGORY.get(e.category, e.category) + f" / {e.person_count}"
    if e.is_crowd:
        kind += " (đoàn đông người)"
    note = e.outcome_note
    accept = TICK if e.outcome == "petition_received" else ""
    guide = (TICK + (f"\n{note}" if note else "")) if e.outcome == "guided" else ""
    transfer = (TICK + (f"\n{note}" if note else "")) if e.outcome == "transferred" else ""
    remarks = [f"Lượt {e.number}"]
    if e.reception_type != "regular":
        remarks.append(RECEPTION_TYPE.get(e.reception_type, e.reception_type))
    if e.outcome not in ("petition_received", "guided", "transferred"):
        remarks.append(OUTCOME.get(e.outcome, e.outcome) + (f": {note}" if note else ""))
    if e.notes:
        remarks.append(e.notes)
    return [str(index), e.visited_at.strftime("%d/%m/%Y\n%H:%M"), who, e.cccd, e.content, kind,
            e.prior_handling, accept, guide, transfer, e.follow_up, "\n".join(remarks)]


def write(out: BinaryIO, entries: Iterable[LogbookEntry], office: OfficeFacts,
          date_from: date, date_to: date, printed_on: date, reprint: str = "") -> tuple[int, int]:
    """Draw the logbook of the period; returns (rows, pages)."""
    rule = register_rule("logbook", date_to)
    spec = RegisterSpec(rule.title, rule.number, rule.basis, date_from, date_to, columns())
    w = RegisterWriter(out, spec, office, printed_on, masked_note=MASKED_NOTE, reprint=reprint)
    for i, e in enumerate(entries, 1):
        w.add_row(cells(i, e), masked=e.masked)
    pages = w.close()
    return w.rows, pages
