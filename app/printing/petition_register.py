"""Sổ theo dõi xử lý đơn: the petitions received in a period and where each one stands."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import BinaryIO

from app.law.forms import register_rule
from app.printing.data import MASKED_NOTE, OfficeFacts
from app.printing.register import Column, RegisterSpec, RegisterWriter

COLUMNS = (
    Column("STT", 0.04, True),
    Column("Số, ngày vào sổ", 0.075, True),
    Column("Người gửi đơn", 0.14),
    Column("Nguồn đơn", 0.10),
    Column("Nội dung tóm tắt", 0.24),
    Column("Loại đơn", 0.07, True),
    Column("Kết quả xử lý", 0.12),
    Column("Cán bộ xử lý", 0.09),
    Column("Hạn xử lý tiếp theo", 0.065, True),
    Column("Ghi chú", 0.06),
)


@dataclass(frozen=True, slots=True)
class RegisterEntry:
    number: str
    received_on: date
    senders_label: str
    source: str
    content: str
    content_label: str
    state_label: str
    officer_name: str
    next_due: date | None
    notes: str = ""
    masked: bool = False


def cells(index: int, e: RegisterEntry) -> list[str]:
    return [str(index), f"{e.number}\n{e.received_on:%d/%m/%Y}", e.senders_label, e.source,
            e.content, e.content_label, e.state_label, e.officer_name,
            e.next_due.strftime("%d/%m/%Y") if e.next_due else "", e.notes]


def write(out: BinaryIO, entries: Iterable[RegisterEntry], office: OfficeFacts,
          date_from: date, date_to: date, printed_on: date, reprint: str = "") -> tuple[int, int]:
    rule = register_rule("register", date_to)
    spec = RegisterSpec(rule.title, rule.number, rule.basis, date_from, date_to, COLUMNS)
    w = RegisterWriter(out, spec, office, printed_on, masked_note=MASKED_NOTE, reprint=reprint)
    for i, e in enumerate(entries, 1):
        w.add_row(cells(i, e), masked=e.masked)
    pages = w.close()
    return w.rows, pages
