"""What the forms are filled from: plain values the print service builds from stored records.

The renderers never see a Session or a service record: app.services.printing maps a visit or a
petition onto a `Matter`, and when the reader may not see a denouncer it builds the Matter
without them (`masked`), so a masked PDF cannot contain what was never handed to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.law.forms import FormRule
from app.printing.kit import Paper, Reference


@dataclass(frozen=True, slots=True)
class Person:
    full_name: str
    cccd: str = ""
    date_of_birth: date | None = None
    address: str = ""
    phone: str = ""
    role: str = ""  # Vietnamese label ("Người đại diện"), "" for the petitioner


@dataclass(frozen=True, slots=True)
class Item:
    """A document handed in: its name, state (original, copy, certified copy) and pages."""

    name: str
    state: str
    pages: int | None = None


@dataclass(frozen=True, slots=True)
class Step:
    """The procedure step a notice reports (transfer, acceptance, guidance…)."""

    on: date
    doc_number: str = ""
    doc_date: date | None = None
    recipient: str = ""  # the body transferred or guided to
    reasons: tuple[str, ...] = ()
    note: str = ""
    officer_name: str = ""


@dataclass(frozen=True, slots=True)
class Matter:
    kind: str  # visit | petition
    number: str  # "0007/2026"
    category: str  # KN | TC | KNPA | OTHER | MULTI
    category_label: str
    received_on: date
    received_at: datetime | None  # a visit's time (Hà Nội)
    persons: tuple[Person, ...]
    person_count: int
    content: str
    officer_name: str = ""
    is_crowd: bool = False
    requests: str = ""
    prior_handling: str = ""
    respondent: str = ""
    complained_decision: str = ""
    field_name: str = ""
    documents: tuple[Item, ...] = ()
    outcome_note: str = ""
    follow_up: str = ""
    channel_label: str = ""
    forwarder: str = ""
    petition_date: date | None = None
    step: Step | None = None
    masked: bool = False  # a denouncer's identity was withheld from this print
    anonymous: bool = False


@dataclass(frozen=True, slots=True)
class OfficeFacts:
    code: str
    name: str  # "UBND phường Láng"
    place: str  # "Hà Nội"
    head_name: str = ""
    head_title: str = "Chủ tịch"


@dataclass(frozen=True, slots=True)
class FormJob:
    """Everything about one print besides the matter."""

    rule: FormRule
    office: OfficeFacts
    on: date  # the day the document is issued
    paper: Paper
    copy_labels: tuple[str, ...]
    reference: Reference | None = None
    reprint: int = 0  # 0: first print; N: "In lại lần N"
    officer_name: str = ""  # the officer at the desk who prints and signs for the office


MASKED_NOTE = ("Bản in đã che danh tính người tố cáo (họ tên, địa chỉ, số giấy tờ, điện thoại) "
               "theo Luật Tố cáo 2018, Điều 8, 47.")
