"""Translated labels for petition codes (channels, forwarders, steps, states, deadline statuses).

The words for steps, states and content types live once, in app/law/petition.py; they pass
through Qt's translate here so a catalogue can still replace them. The codes the law module
does not label (channel, forwarder, complexity, document kind, deadline status) are written
out here as literals.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.law.petition import CONTENT_LABELS, STATE_LABELS, STEP_LABELS, ContentType, State, Step


def _t(text: str) -> str:
    return QCoreApplication.translate("petition_labels", text)


translate = QCoreApplication.translate  # lupdate reads translate("context", "text") calls


# The law's words (app/law/petition.py), listed so lupdate puts them in the catalogue;
# tests/ui/test_i18n.py checks this list still matches the law module.
LAW_WORDS = (
    QT_TRANSLATE_NOOP("petition_labels", "Khiếu nại"),
    QT_TRANSLATE_NOOP("petition_labels", "Tố cáo"),
    QT_TRANSLATE_NOOP("petition_labels", "Kiến nghị, phản ánh"),
    QT_TRANSLATE_NOOP("petition_labels", "Nhiều nội dung"),
    QT_TRANSLATE_NOOP("petition_labels", "Mới tiếp nhận"),
    QT_TRANSLATE_NOOP("petition_labels", "Đã phân loại"),
    QT_TRANSLATE_NOOP("petition_labels", "Đã đề xuất thụ lý"),
    QT_TRANSLATE_NOOP("petition_labels", "Đã thụ lý"),
    QT_TRANSLATE_NOOP("petition_labels", "Đang xác minh"),
    QT_TRANSLATE_NOOP("petition_labels", "Đã đối thoại"),
    QT_TRANSLATE_NOOP("petition_labels", "Đã có quyết định/kết luận"),
    QT_TRANSLATE_NOOP("petition_labels", "Quyết định có hiệu lực"),
    QT_TRANSLATE_NOOP("petition_labels", "Đang thi hành"),
    QT_TRANSLATE_NOOP("petition_labels", "Tạm đình chỉ"),
    QT_TRANSLATE_NOOP("petition_labels", "Đã chuyển, chờ phúc đáp"),
    QT_TRANSLATE_NOOP("petition_labels", "Đã đôn đốc, chờ báo cáo"),
    QT_TRANSLATE_NOOP("petition_labels", "Đã hướng dẫn"),
    QT_TRANSLATE_NOOP("petition_labels", "Đã trả lại"),
    QT_TRANSLATE_NOOP("petition_labels", "Không thụ lý"),
    QT_TRANSLATE_NOOP("petition_labels", "Lưu đơn"),
    QT_TRANSLATE_NOOP("petition_labels", "Đã rút đơn"),
    QT_TRANSLATE_NOOP("petition_labels", "Đình chỉ"),
    QT_TRANSLATE_NOOP("petition_labels", "Kết thúc"),
    QT_TRANSLATE_NOOP("petition_labels", "Phân loại đơn"),
    QT_TRANSLATE_NOOP("petition_labels", "Đề xuất thụ lý"),
    QT_TRANSLATE_NOOP("petition_labels", "Thụ lý"),
    QT_TRANSLATE_NOOP("petition_labels", "Hướng dẫn"),
    QT_TRANSLATE_NOOP("petition_labels", "Chuyển đơn"),
    QT_TRANSLATE_NOOP("petition_labels", "Trả lại đơn"),
    QT_TRANSLATE_NOOP("petition_labels", "Đôn đốc cấp dưới"),
    QT_TRANSLATE_NOOP("petition_labels", "Nhận văn bản phúc đáp"),
    QT_TRANSLATE_NOOP("petition_labels", "Thông báo thụ lý"),
    QT_TRANSLATE_NOOP("petition_labels", "Xác minh"),
    QT_TRANSLATE_NOOP("petition_labels", "Đối thoại"),
    QT_TRANSLATE_NOOP("petition_labels", "Gia hạn"),
    QT_TRANSLATE_NOOP("petition_labels", "Quyết định giải quyết / kết luận"),
    QT_TRANSLATE_NOOP("petition_labels", "Có hiệu lực pháp luật"),
    QT_TRANSLATE_NOOP("petition_labels", "Tổ chức thi hành"),
    QT_TRANSLATE_NOOP("petition_labels", "Báo cáo nơi chuyển đơn"),
    QT_TRANSLATE_NOOP("petition_labels", "Tiếp tục giải quyết"),
    QT_TRANSLATE_NOOP("petition_labels", "Rút đơn"),
    QT_TRANSLATE_NOOP("petition_labels", "Ghi chú"),
)


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
        return _t(STEP_LABELS[Step(code)])
    except ValueError:
        return code


def state(code: str) -> str:
    try:
        return _t(STATE_LABELS[State(code)])
    except ValueError:
        return code


def content_type(code: str) -> str:
    try:
        return _t(CONTENT_LABELS[ContentType(code)])
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
