"""Translated labels for petition codes (channels, forwarders, steps, states, deadline statuses).

The words for steps, states and content types live once, in app/law/petition.py, as Labels
(app/text.py): they are translated in the catalogue's "labels" context like every service's
word. The codes the law module does not label (channel, forwarder, complexity, document kind,
deadline status) are written out here as literals.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from app.law.petition import CONTENT_LABELS, STATE_LABELS, STEP_LABELS, ContentType, State, Step
from app.text import Text
from app.ui import messages


def _t(text: str) -> str:
    """A word in the interface language: a Label (a word of app/law, a service's) through
    app/ui/messages.py, a plain word of this module's context through Qt."""
    if isinstance(text, Text):
        return messages.text(text)
    return QCoreApplication.translate("petition_labels", text)


translate = QCoreApplication.translate  # lupdate reads translate("context", "text") calls


CHANNELS = ("desk", "post", "mailbox", "forwarded", "online")
FORWARDERS = ("agency", "na_deputy", "council_deputy", "front", "press", "leader")
COMPLEXITIES = ("normal", "complex", "especially_complex")
DOCUMENT_KINDS = ("original", "copy", "certified_copy")
CONTENT_TYPES = ("KN", "TC", "KNPA", "MULTI")
RESULTS = ("right", "wrong", "partly")
QUANTITIES = ("money_recovered", "money_returned", "land_recovered_m2", "land_returned_m2",
              "people_benefited", "people_disciplined", "cases_to_investigation")
# States offered in the register's filter, in the order a petition moves through them.
STATES = tuple(s.value for s in State)


def channel(code: str) -> str:
    return {"desk": translate("petition_labels", "Tại bàn tiếp công dân"), "post": translate("petition_labels", "Qua bưu chính"),
            "mailbox": translate("petition_labels", "Hòm thư góp ý"), "forwarded": translate("petition_labels", "Nơi khác chuyển đến"),
            "online": translate("petition_labels", "Trực tuyến, thư điện tử")}.get(code, code)


def forwarder(code: str | None) -> str:
    return {"na_deputy": translate("petition_labels", "Đại biểu Quốc hội"), "council_deputy": translate("petition_labels", "Đại biểu HĐND"),
            "front": translate("petition_labels", "Mặt trận Tổ quốc"), "press": translate("petition_labels", "Cơ quan báo chí"),
            "agency": translate("petition_labels", "Cơ quan, tổ chức khác"),
            "leader": translate("petition_labels", "Lãnh đạo Đảng, Nhà nước")}.get(code or "", code or "")


def complexity(code: str) -> str:
    return {"normal": translate("petition_labels", "Bình thường"), "complex": translate("petition_labels", "Phức tạp"),
            "especially_complex": translate("petition_labels", "Đặc biệt phức tạp")}.get(code, code)


def document_kind(code: str) -> str:
    return {"original": translate("petition_labels", "Bản gốc"), "copy": translate("petition_labels", "Bản sao"),
            "certified_copy": translate("petition_labels", "Bản sao chứng thực")}.get(code, code)


def deadline_status(code: str | None) -> str:
    return {"done": translate("petition_labels", "Đã xong"), "overdue": translate("petition_labels", "Quá hạn"), "due_soon": translate("petition_labels", "Sắp đến hạn"),
            "open": translate("petition_labels", "Còn hạn"), "milestone": translate("petition_labels", "Mốc thời gian")}.get(code or "", "")


def result(code: str) -> str:
    return {"right": translate("petition_labels", "Khiếu nại đúng"), "wrong": translate("petition_labels", "Khiếu nại sai"),
            "partly": translate("petition_labels", "Khiếu nại đúng một phần")}.get(code, code)


def quantity(code: str) -> str:
    return {
        "money_recovered": translate("petition_labels", "Tiền kiến nghị thu hồi (đồng)"),
        "money_returned": translate("petition_labels", "Tiền trả lại cho công dân (đồng)"),
        "land_recovered_m2": translate("petition_labels", "Đất kiến nghị thu hồi (m²)"),
        "land_returned_m2": translate("petition_labels", "Đất trả lại cho công dân (m²)"),
        "people_benefited": translate("petition_labels", "Số người được bảo vệ quyền lợi"),
        "people_disciplined": translate("petition_labels", "Số người kiến nghị xử lý kỷ luật"),
        "cases_to_investigation": translate("petition_labels", "Số vụ chuyển cơ quan điều tra"),
    }.get(code, code)


def step(code: str) -> str:
    try:
        return messages.text(STEP_LABELS[Step(code)])
    except ValueError:
        return code


def state(code: str) -> str:
    try:
        return messages.text(STATE_LABELS[State(code)])
    except ValueError:
        return code


def content_type(code: str) -> str:
    try:
        return messages.text(CONTENT_LABELS[ContentType(code)])
    except ValueError:
        return code


def fmt_date(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def fmt_number(value: float) -> str:
    """15000000 → 15.000.000; 12.5 → 12,5 (the Vietnamese way)."""
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", ".")
    whole, frac = f"{value:,.2f}".rstrip("0").split(".")
    return whole.replace(",", ".") + "," + frac


def parse_number(text: str) -> float | None:
    """What people type: 15.000.000, 15 000 000, 12,5 → a number; None if empty; ValueError if not one."""
    t = text.strip().replace(" ", "").replace("\u00a0", "")
    if not t:
        return None
    if "," in t:
        t = t.replace(".", "").replace(",", ".")
    elif t.count(".") > 1 or (t.count(".") == 1 and len(t.split(".")[1]) == 3):
        t = t.replace(".", "")  # dots as thousands separators
    value = float(t)
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(text)
    return value
