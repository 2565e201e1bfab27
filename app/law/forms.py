"""The printed forms a ward desk issues (LAW.md §9): titles, numbers, footnotes, copies, in data.

Domain decisions 1 and 5: a new circular changes this table, not the layout code. Each row is
one form (or one variant of it, keyed by the petition's content type) with its legal basis and
the date it took effect; `form_rule` picks the row in force on the day the document is issued.

Form numbers: TT 04/2021/TT-TTCP (reception) and TT 05/2021/TT-TTCP (processing) replaced the
TT 06/2014 and TT 07/2014 sets. Only the numbers LAW.md tags confirmed or secondary are printed
(Sổ tiếp công dân = TT 04/2021 Mẫu số 03; TT 05/2021 Mẫu số 01 and 03). The rest print no
number until the official 2021 annexes are read (LAW.md §9, §15); `old_number` keeps the
historical TT 06/2014 / TT 07/2014 number for reference only (never printed).

Pure data: no database, no Qt, no reportlab.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final

from app.errors import InputError
from app.text import Label

VISIT: Final = "visit"
PETITION: Final = "petition"

TT04: Final = "Thông tư số 04/2021/TT-TTCP ngày 01/10/2021 của Thanh tra Chính phủ"
TT05: Final = "Thông tư số 05/2021/TT-TTCP ngày 01/10/2021 của Thanh tra Chính phủ"
SINCE_2021: Final = dt.date(2021, 11, 15)  # both circulars in force from 15 Nov 2021

# Copy labels (LAW.md §5.1 step 6: citizen, file, officer).
TO_CITIZEN: Final = "Bản giao công dân"
FILE_COPY: Final = "Bản lưu hồ sơ"
OFFICER_COPY: Final = "Bản lưu cán bộ tiếp công dân"


@dataclass(frozen=True, slots=True)
class FormRule:
    form_id: str  # stable id: the CLI's FORM, the print log's form
    name: Label  # Vietnamese name in lists and menus (translated in the GUI)
    title: str  # printed title (upper case on the page)
    subtitle: str  # the line under the title ("" for none)
    kinds: tuple[str, ...]  # record kinds it is filled from: visit, petition
    basis: str  # legal footnote printed at the foot of every page
    effective_from: dt.date
    number: str = ""  # "Mẫu số 03" where confirmed; "" prints none
    symbol: str = ""  # ký hiệu in the document number: "Số: 0007/2026/GBN"
    variant: str = ""  # "" or a content type (KN, TC, KNPA) the row is specific to
    copies: tuple[str, ...] = ()  # labels of the copies the law asks for; () = one copy
    signer: str = "officer"  # officer | head: who signs for the office
    old_number: str = ""  # historical TT 06/2014 / TT 07/2014 number (reference only)
    tag: str = "S"  # LAW.md §0 tag of the number and field content
    redacted: bool = False  # a variant that never shows the denouncer (LAW.md §11)


FORMS: Final[tuple[FormRule, ...]] = (
    FormRule(
        "receipt", Label("Giấy biên nhận thông tin, tài liệu, bằng chứng"), "Giấy biên nhận",
        "Thông tin, tài liệu, bằng chứng", (VISIT, PETITION),
        f"Luật Tiếp công dân 2013, Điều 25, 27; {TT04}", SINCE_2021, symbol="GBN",
        copies=(TO_CITIZEN, FILE_COPY), old_number="02-TCD", tag="C"),
    FormRule(
        "receipt", Label("Giấy biên nhận thông tin, tài liệu, bằng chứng"), "Giấy biên nhận",
        "Thông tin, tài liệu, bằng chứng", (VISIT, PETITION),
        f"Luật Tiếp công dân 2013, Điều 25, 27; Luật Tố cáo 2018, Điều 8, 47; {TT04}",
        SINCE_2021, symbol="GBN", variant="TC",
        copies=("Bản giao người tố cáo", FILE_COPY, OFFICER_COPY), old_number="02-TCD", tag="C"),
    FormRule(
        "appointment", Label("Phiếu hẹn gặp người đứng đầu"), "Phiếu hẹn", "", (VISIT,),
        f"Luật Tiếp công dân 2013, Điều 18; {TT04}", SINCE_2021, symbol="PH",
        old_number="04-TCD", tag="C"),
    FormRule(
        "guidance-kn", Label("Phiếu hướng dẫn (khiếu nại)"), "Phiếu hướng dẫn",
        "Về việc gửi đơn khiếu nại đến cơ quan có thẩm quyền", (VISIT, PETITION),
        f"Luật Tiếp công dân 2013, Điều 26; {TT04}; {TT05}", SINCE_2021, symbol="PHD",
        old_number="05-TCD", tag="C"),
    FormRule(
        "guidance-tc", Label("Phiếu hướng dẫn (tố cáo)"), "Phiếu hướng dẫn",
        "Về việc gửi đơn tố cáo đến cơ quan có thẩm quyền", (VISIT, PETITION),
        f"Luật Tiếp công dân 2013, Điều 26; Luật Tố cáo 2018, Điều 24; {TT04}", SINCE_2021,
        symbol="PHD", old_number="08-TCD", tag="C"),
    FormRule(
        "refusal", Label("Thông báo từ chối tiếp công dân"), "Thông báo",
        "Về việc từ chối tiếp công dân", (VISIT,),
        f"Luật Tiếp công dân 2013, Điều 9; {TT04}", SINCE_2021, symbol="TB-UBND",
        signer="head", old_number="01-TCD", tag="C"),
    FormRule(
        "oral-record", Label("Văn bản ghi nội dung trình bày trực tiếp"), "Văn bản ghi nội dung",
        "Khiếu nại, tố cáo, kiến nghị, phản ánh trình bày trực tiếp", (VISIT,),
        f"Luật Tiếp công dân 2013, Điều 25; Luật Khiếu nại 2011, Điều 8; "
        f"Luật Tố cáo 2018, Điều 22; {TT04}", SINCE_2021, symbol="VBGND", tag="M"),
    FormRule(
        "proposal", Label("Phiếu đề xuất thụ lý đơn"), "Phiếu đề xuất thụ lý đơn", "", (PETITION,),
        TT05, SINCE_2021, number="Mẫu số 01", symbol="PĐX", old_number="01-XLĐ", tag="C"),
    FormRule(
        "transfer-tc", Label("Phiếu chuyển đơn tố cáo"), "Phiếu chuyển đơn tố cáo", "", (PETITION,),
        f"Luật Tố cáo 2018, Điều 24; {TT05}", SINCE_2021, number="Mẫu số 03",
        symbol="PC-UBND", signer="head", old_number="05-XLĐ", tag="C"),
    FormRule(
        "transfer-tc-redacted", Label("Phiếu chuyển đơn tố cáo (bản che danh tính người tố cáo)"),
        "Phiếu chuyển đơn tố cáo", "", (PETITION,),
        f"Luật Tố cáo 2018, Điều 8, 24, 56; {TT05}", SINCE_2021, number="Mẫu số 03",
        symbol="PC-UBND", signer="head", old_number="05-XLĐ", tag="C", redacted=True),
    FormRule(
        "transfer-knpa", Label("Phiếu chuyển đơn kiến nghị, phản ánh"), "Phiếu chuyển đơn",
        "Kiến nghị, phản ánh", (VISIT, PETITION),
        f"Luật Tiếp công dân 2013, Điều 26; {TT05}", SINCE_2021, symbol="PC-UBND",
        signer="head", old_number="10-TCD, 06-XLĐ", tag="C"),
    FormRule(
        "acceptance", Label("Thông báo thụ lý"), "Thông báo", "Về việc thụ lý giải quyết đơn",
        (PETITION,), f"Luật Tiếp công dân 2013, Điều 28; {TT05}", SINCE_2021,
        symbol="TB-UBND", signer="head", tag="M"),
    FormRule(
        "acceptance", Label("Thông báo thụ lý"), "Thông báo", "Về việc thụ lý giải quyết khiếu nại",
        (PETITION,), "Luật Khiếu nại 2011, Điều 27; Nghị định số 124/2020/NĐ-CP", SINCE_2021,
        symbol="TB-UBND", variant="KN", signer="head", old_number="01-KN (TT 07/2013)",
        tag="S"),
    FormRule(
        "acceptance", Label("Thông báo thụ lý"), "Thông báo", "Về việc thụ lý tố cáo",
        (PETITION,), "Luật Tố cáo 2018, Điều 29; Nghị định số 31/2019/NĐ-CP",
        dt.date(2019, 5, 28), number="Mẫu số 05", symbol="TB-UBND", variant="TC",
        signer="head", tag="C"),
    FormRule(
        "non-acceptance", Label("Thông báo không thụ lý"), "Thông báo",
        "Về việc không thụ lý giải quyết đơn", (PETITION,),
        f"Luật Tiếp công dân 2013, Điều 28; {TT05}", SINCE_2021, symbol="TB-UBND",
        signer="head", tag="M"),
    FormRule(
        "non-acceptance", Label("Thông báo không thụ lý"), "Thông báo",
        "Về việc không thụ lý giải quyết khiếu nại", (PETITION,),
        "Luật Khiếu nại 2011, Điều 11, 27; Nghị định số 124/2020/NĐ-CP", SINCE_2021,
        symbol="TB-UBND", variant="KN", signer="head", old_number="02-KN (TT 07/2013)",
        tag="S"),
    FormRule(
        "non-acceptance", Label("Thông báo không thụ lý"), "Thông báo", "Về việc không thụ lý tố cáo",
        (PETITION,), "Luật Tố cáo 2018, Điều 29; Nghị định số 31/2019/NĐ-CP",
        dt.date(2019, 5, 28), symbol="TB-UBND", variant="TC", signer="head", tag="S"),
)


@dataclass(frozen=True, slots=True)
class RegisterRule:
    register_id: str
    name: str
    title: str
    basis: str
    effective_from: dt.date
    number: str = ""
    tag: str = "S"


REGISTERS: Final[tuple[RegisterRule, ...]] = (
    RegisterRule("logbook", "Sổ tiếp công dân", "Sổ tiếp công dân", TT04, SINCE_2021,
                 number="Mẫu số 03", tag="S"),
    RegisterRule("register", "Sổ theo dõi xử lý đơn", "Sổ theo dõi xử lý đơn", TT05,
                 SINCE_2021, tag="I"),
)

# Mẫu số 03 (TT 04/2021): the logbook's numbered columns (LAW.md §9.1). Each entry is a
# column heading, or a group heading with its sub-columns.
LOGBOOK_COLUMNS: Final[tuple[str | tuple[str, tuple[str, ...]], ...]] = (
    "STT",
    "Ngày tiếp",
    "Họ tên – Địa chỉ",
    "CMND/CCCD/ Hộ chiếu",
    "Nội dung vụ việc",
    "Phân loại đơn / Số người",
    "Cơ quan đã giải quyết",
    ("Hướng xử lý", ("Thụ lý để giải quyết", "Trả lại đơn và hướng dẫn",
                     "Chuyển đơn đến cơ quan, tổ chức, đơn vị có thẩm quyền")),
    "Theo dõi kết quả giải quyết",
    "Ghi chú",
)


def form_ids() -> list[str]:
    """Every form id, in the order of the table."""
    seen: list[str] = []
    for f in FORMS:
        if f.form_id not in seen:
            seen.append(f.form_id)
    return seen


def form_rule(form_id: str, variant: str = "", on: dt.date | None = None) -> FormRule:
    """The row for `form_id` in force on `on` (default: today), its variant if it has one."""
    on = on or dt.date.today()
    rows = [f for f in FORMS if f.form_id == form_id]
    if not rows:
        raise InputError("print_unknown_form", form=form_id)
    for wanted in (variant, ""):
        found = [f for f in rows if f.variant == wanted and f.effective_from <= on]
        if found:
            return max(found, key=lambda f: f.effective_from)
    return min(rows, key=lambda f: f.effective_from)  # before every rule: the earliest one


def register_rule(register_id: str, on: dt.date | None = None) -> RegisterRule:
    on = on or dt.date.today()
    rows = [r for r in REGISTERS if r.register_id == register_id]
    found = [r for r in rows if r.effective_from <= on] or rows
    return max(found, key=lambda r: r.effective_from)
