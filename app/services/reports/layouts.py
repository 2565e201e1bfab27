"""The official report tables as data: numbered columns, header groups, identities (LAW.md §10.2).

Domain decisions 1 and 6: a new circular changes this table, not the computing or drawing code.
Each column has the number printed in the "MS" row under the header and its header path (the
group headings above it, top first); each identity says which columns must add up, and whether
the form prints it in the MS row ("1=4+13+22"). The code checks every identity on every row of
every report it builds (app.services.reports.model.check).

Source of the structures: LAW.md §10.2 [S] (an open-source implementation of the Government
Inspectorate forms, 2021 and 2024 versions). Where that source prints an identity that cannot
hold for the data as the law defines it (03/KQGQ: "6 = 24+26+28" while 6 also counts withdrawn
denunciations, which get no conclusion), the identity kept is the one that holds
(7+8 = 24+26+28) and it is not printed; see the README.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final, Literal

Unit = Literal["count", "money", "area"]

TT01_2024: Final = "Thông tư số 01/2024/TT-TTCP của Thanh tra Chính phủ"
SINCE_2024: Final = dt.date(2024, 3, 1)


@dataclass(frozen=True, slots=True)
class Col:
    no: int  # the number printed in the MS row
    path: tuple[str, ...]  # header labels, top group first, the column's own label last
    unit: Unit = "count"


@dataclass(frozen=True, slots=True)
class Identity:
    lhs: tuple[int, ...]
    rhs: tuple[int, ...]
    printed: bool = True  # shown in the MS row as "lhs=rhs"

    def text(self) -> str:
        return "+".join(map(str, self.lhs)) + "=" + "+".join(map(str, self.rhs))


@dataclass(frozen=True, slots=True)
class Layout:
    report_id: str  # the CLI's name: tcd, xld, kqgq, kqgq2, kqgq3, kqgq4
    form_number: str  # "Biểu số 01/TCD"
    name: str  # for lists and menus
    title: str  # printed title (capitals on the page)
    basis: str
    effective_from: dt.date
    columns: tuple[Col, ...]
    identities: tuple[Identity, ...]
    unit_head: str = "Đơn vị"
    counted: str = ""  # one sentence: what a row counts (README, `report list`)
    tag: str = "S"

    def col(self, no: int) -> Col:
        return self.columns[no - 1]

    def ms_label(self, no: int, sep: str = "=") -> str:
        """'1=4+13+22', or '9=11+12+13=14+18' when several printed identities start at `no`."""
        parts = [str(no)]
        for ident in self.identities:
            if ident.printed and ident.lhs == (no,):
                parts.append("+".join(map(str, ident.rhs)))
        return sep.join(parts)


def _numbered(paths: list[tuple[tuple[str, ...], Unit]]) -> tuple[Col, ...]:
    return tuple(Col(i, p, u) for i, (p, u) in enumerate(paths, 1))


def _c(*path: str, unit: Unit = "count") -> tuple[tuple[str, ...], Unit]:
    return path, unit


# ----------------------------------------------------------------------------- 01/TCD

def _reception_block(group: str, sub: str | None, sessions: bool) -> list[tuple[tuple[str, ...], Unit]]:
    head = (group,) + ((sub,) if sub else ())
    out = [_c(*head, "Số kỳ tiếp")] if sessions else []
    out += [
        _c(*head, "Số lượt tiếp"), _c(*head, "Số người được tiếp"),
        _c(*head, "Số vụ việc", "Tiếp lần đầu"), _c(*head, "Số vụ việc", "Tiếp nhiều lần"),
        _c(*head, "Trong đó đoàn đông người", "Số đoàn được tiếp"),
        _c(*head, "Trong đó đoàn đông người", "Số người được tiếp"),
        _c(*head, "Trong đó đoàn đông người", "Vụ việc tiếp lần đầu"),
        _c(*head, "Trong đó đoàn đông người", "Vụ việc tiếp nhiều lần"),
    ]
    return out


_HEAD = "Tiếp định kỳ và đột xuất của Thủ trưởng"
TCD: Final = Layout(
    "tcd", "Biểu số 01/TCD", "Tổng hợp kết quả tiếp công dân",
    "Tổng hợp kết quả tiếp công dân thường xuyên, định kỳ và đột xuất",
    TT01_2024, SINCE_2024,
    _numbered([
        _c("Tổng số lượt tiếp"), _c("Tổng số người được tiếp"), _c("Tổng số vụ việc tiếp"),
        *_reception_block("Tiếp thường xuyên", None, sessions=False),
        *_reception_block(_HEAD, "Thủ trưởng tiếp", sessions=True),
        *_reception_block(_HEAD, "Ủy quyền tiếp", sessions=True),
    ]),
    (Identity((1,), (4, 13, 22)), Identity((2,), (5, 14, 23)),
     Identity((3,), (6, 7, 15, 16, 24, 25))),
    counted="lượt tiếp trong kỳ theo ngày tiếp: cán bộ tiếp thường xuyên, Thủ trưởng trực "
            "tiếp tiếp, cấp phó được ủy quyền tiếp; số người, vụ việc lần đầu/nhiều lần, đoàn "
            "đông người",
)

# ----------------------------------------------------------------------------- 01/XLD

_RES = "Kết quả xử lý đơn"
XLD: Final = Layout(
    "xld", "Biểu số 01/XLD", "Tổng hợp kết quả xử lý đơn", "Tổng hợp kết quả xử lý đơn",
    TT01_2024, SINCE_2024,
    _numbered([
        _c("Tổng số đơn"), _c("Kỳ trước chuyển sang"), _c("Tiếp nhận trong kỳ"),
        _c("Số đơn đã xử lý"), _c("Số đơn chưa xử lý (chuyển kỳ sau)"),
        _c("Đơn đủ điều kiện xử lý", "Số đơn"), _c("Đơn đủ điều kiện xử lý", "Số vụ việc"),
        _c("Phân loại theo nội dung", "Khiếu nại"), _c("Phân loại theo nội dung", "Tố cáo"),
        _c("Phân loại theo nội dung", "Kiến nghị, phản ánh"),
        _c("Phân loại theo tình trạng giải quyết", "Đã được giải quyết", "Lần đầu"),
        _c("Phân loại theo tình trạng giải quyết", "Đã được giải quyết", "Nhiều lần"),
        _c("Phân loại theo tình trạng giải quyết", "Chưa được giải quyết"),
        _c(_RES, "Đơn thuộc thẩm quyền", "Tổng số"), _c(_RES, "Đơn thuộc thẩm quyền", "Khiếu nại"),
        _c(_RES, "Đơn thuộc thẩm quyền", "Tố cáo"),
        _c(_RES, "Đơn thuộc thẩm quyền", "Kiến nghị, phản ánh"),
        _c(_RES, "Đơn không thuộc thẩm quyền", "Tổng số"),
        _c(_RES, "Đơn không thuộc thẩm quyền", "Hướng dẫn"),
        _c(_RES, "Đơn không thuộc thẩm quyền", "Chuyển đơn"),
        _c(_RES, "Đơn không thuộc thẩm quyền", "Đôn đốc giải quyết"),
        _c("Số văn bản phúc đáp nhận được do chuyển đơn"),
    ]),
    (Identity((1,), (2, 3)), Identity((1,), (4, 5)), Identity((6,), (8, 9, 10)),
     Identity((6,), (11, 12, 13)), Identity((6,), (14, 18)), Identity((14,), (15, 16, 17)),
     Identity((18,), (19, 20, 21))),
    counted="đơn chuyển từ kỳ trước (chưa xử lý trước ngày đầu kỳ) và đơn nhận trong kỳ; đơn "
            "đã xử lý (đã đề xuất thụ lý, hướng dẫn, chuyển, đôn đốc, trả lại, lưu, rút) trước "
            "ngày cuối kỳ; văn bản phúc đáp nhận trong kỳ",
)

# ----------------------------------------------------------------------------- 01/KQGQ

_R = "Kết quả giải quyết"
_RS = (_R, "Đã giải quyết")
_RET = (_R, "Trả lại cho tổ chức, cá nhân")
_AN = "Phân tích kết quả giải quyết (vụ việc)"
KQGQ: Final = Layout(
    "kqgq", "Biểu số 01/KQGQ", "Tổng hợp kết quả giải quyết khiếu nại",
    "Tổng hợp kết quả giải quyết khiếu nại thuộc thẩm quyền", TT01_2024, SINCE_2024,
    _numbered([
        _c("Đơn khiếu nại thuộc thẩm quyền", "Tổng số"),
        _c("Đơn khiếu nại thuộc thẩm quyền", "Đơn kỳ trước chuyển sang"),
        _c("Đơn khiếu nại thuộc thẩm quyền", "Đơn tiếp nhận trong kỳ"),
        _c("Tổng số vụ việc khiếu nại thuộc thẩm quyền"),
        _c(*_RS, "Số vụ việc giải quyết bằng QĐ hành chính"),
        _c(*_RS, "Số vụ việc rút đơn thông qua giải thích, thuyết phục"),
        _c(_R, "Kiến nghị thu hồi cho Nhà nước", "Tiền (Trđ)", unit="money"),
        _c(_R, "Kiến nghị thu hồi cho Nhà nước", "Đất (m²)", unit="area"),
        _c(*_RET, "Tổ chức", "Tiền (Trđ)", unit="money"), _c(*_RET, "Tổ chức", "Đất (m²)", unit="area"),
        _c(*_RET, "Cá nhân", "Tiền (Trđ)", unit="money"), _c(*_RET, "Cá nhân", "Đất (m²)", unit="area"),
        _c(*_RET, "Số tổ chức được trả lại quyền lợi"), _c(*_RET, "Số cá nhân được trả lại quyền lợi"),
        _c(_R, "Kiến nghị xử lý hành chính", "Tổng số người bị kiến nghị xử lý"),
        _c(_R, "Kiến nghị xử lý hành chính", "Trong đó số cán bộ, công chức, viên chức"),
        _c(_R, "Chuyển cơ quan điều tra", "Số vụ"), _c(_R, "Chuyển cơ quan điều tra", "Tổng số người"),
        _c(_R, "Chuyển cơ quan điều tra", "Trong đó số cán bộ, công chức, viên chức"),
        _c(_AN, "Giải quyết lần đầu", "Khiếu nại đúng"), _c(_AN, "Giải quyết lần đầu", "Khiếu nại sai"),
        _c(_AN, "Giải quyết lần đầu", "Khiếu nại đúng một phần"),
        _c(_AN, "Giải quyết lần 2", "Công nhận QĐ giải quyết lần đầu"),
        _c(_AN, "Giải quyết lần 2", "Hủy, sửa QĐ giải quyết lần đầu"),
        _c(_AN, "Chấp hành thời hạn giải quyết", "Đúng quy định"),
        _c(_AN, "Chấp hành thời hạn giải quyết", "Không đúng quy định"),
    ]),
    (Identity((1,), (2, 3)), Identity((5,), (20, 21, 22, 23, 24)),
     Identity((25, 26), (5, 6), printed=False)),
    counted="khiếu nại đã thụ lý (thuộc thẩm quyền) chưa giải quyết xong trước ngày đầu kỳ; "
            "vụ việc có quyết định giải quyết hoặc rút đơn trong kỳ, với kết quả và số liệu "
            "ghi ở bước «quyết định giải quyết»",
)

# ----------------------------------------------------------------------------- 02/KQGQ

_DUE = ("Thu hồi cho Nhà nước",)
_PAY = ("Trả lại cho tổ chức, cá nhân",)
KQGQ2: Final = Layout(
    "kqgq2", "Biểu số 02/KQGQ", "Tổng hợp kết quả thi hành quyết định giải quyết khiếu nại",
    "Tổng hợp kết quả thi hành quyết định giải quyết khiếu nại", TT01_2024, SINCE_2024,
    _numbered([
        _c("Tổng số quyết định phải thực hiện trong kỳ"), _c("Số quyết định đã thực hiện xong"),
        _c(*_DUE, "Phải thu", "Tiền (Trđ)", unit="money"), _c(*_DUE, "Phải thu", "Đất (m²)", unit="area"),
        _c(*_DUE, "Đã thu", "Tiền (Trđ)", unit="money"), _c(*_DUE, "Đã thu", "Đất (m²)", unit="area"),
        _c(*_PAY, "Phải trả", "Tổ chức", "Tiền (Trđ)", unit="money"),
        _c(*_PAY, "Phải trả", "Tổ chức", "Đất (m²)", unit="area"),
        _c(*_PAY, "Phải trả", "Cá nhân", "Tiền (Trđ)", unit="money"),
        _c(*_PAY, "Phải trả", "Cá nhân", "Đất (m²)", unit="area"),
        _c(*_PAY, "Đã trả", "Tổ chức", "Tiền (Trđ)", unit="money"),
        _c(*_PAY, "Đã trả", "Tổ chức", "Đất (m²)", unit="area"),
        _c(*_PAY, "Đã trả", "Cá nhân", "Tiền (Trđ)", unit="money"),
        _c(*_PAY, "Đã trả", "Cá nhân", "Đất (m²)", unit="area"),
        _c("Đã xử lý hành chính", "Tổng số người bị xử lý"),
        _c("Đã xử lý hành chính", "Trong đó số cán bộ, công chức, viên chức"),
        _c("Đã khởi tố", "Số vụ"), _c("Đã khởi tố", "Số người"),
        _c("Đã khởi tố", "Trong đó số cán bộ, công chức, viên chức"),
    ]),
    (),
    counted="quyết định giải quyết khiếu nại đã có hiệu lực (lần hai: từ khi ban hành) chưa "
            "thi hành xong trước ngày đầu kỳ; thi hành xong = bước «kết thúc» trong kỳ",
)

# ----------------------------------------------------------------------------- 03/KQGQ

_TR = ("Kết quả giải quyết",)
_TRS = (*_TR, "Đã giải quyết")
_TRET = (*_TR, "Trả lại cho tổ chức, cá nhân")
_TAN = "Phân tích kết quả giải quyết (vụ việc)"
KQGQ3: Final = Layout(
    "kqgq3", "Biểu số 03/KQGQ", "Tổng hợp kết quả giải quyết tố cáo",
    "Tổng hợp kết quả giải quyết tố cáo thuộc thẩm quyền", TT01_2024, SINCE_2024,
    _numbered([
        _c("Đơn tố cáo thuộc thẩm quyền", "Tổng số"),
        _c("Đơn tố cáo thuộc thẩm quyền", "Kỳ trước chuyển sang"),
        _c("Đơn tố cáo thuộc thẩm quyền", "Tiếp nhận trong kỳ"),
        _c("Tổng số vụ việc tố cáo thuộc thẩm quyền"), _c("Trong đó số vụ việc tố cáo tiếp"),
        _c(*_TRS, "Tổng số"), _c(*_TRS, "Số vụ việc lần đầu"), _c(*_TRS, "Số vụ việc tố cáo tiếp"),
        _c(*_TRS, "Số vụ việc rút toàn bộ nội dung tố cáo"),
        _c(*_TRS, "Số vụ việc đình chỉ không do rút tố cáo"),
        _c(*_TR, "Kiến nghị thu hồi cho Nhà nước", "Tiền (Trđ)", unit="money"),
        _c(*_TR, "Kiến nghị thu hồi cho Nhà nước", "Đất (m²)", unit="area"),
        _c(*_TRET, "Tổ chức", "Tiền (Trđ)", unit="money"), _c(*_TRET, "Tổ chức", "Đất (m²)", unit="area"),
        _c(*_TRET, "Cá nhân", "Tiền (Trđ)", unit="money"), _c(*_TRET, "Cá nhân", "Đất (m²)", unit="area"),
        _c(*_TR, "Số tổ chức được trả lại quyền lợi"), _c(*_TR, "Số cá nhân được trả lại quyền lợi"),
        _c(*_TR, "Kiến nghị xử lý hành chính", "Số người bị kiến nghị xử lý"),
        _c(*_TR, "Kiến nghị xử lý hành chính", "Trong đó số cán bộ, công chức, viên chức"),
        _c(*_TR, "Chuyển cơ quan điều tra", "Số vụ"), _c(*_TR, "Chuyển cơ quan điều tra", "Số đối tượng"),
        _c(*_TR, "Chuyển cơ quan điều tra", "Trong đó số cán bộ, công chức, viên chức"),
        _c(_TAN, "Tố cáo đúng"), _c(_TAN, "Trong đó tố cáo tiếp đúng"), _c(_TAN, "Tố cáo sai"),
        _c(_TAN, "Trong đó tố cáo tiếp sai"), _c(_TAN, "Tố cáo có đúng, có sai"),
        _c(_TAN, "Trong đó tố cáo tiếp có đúng, có sai"),
        _c("Chấp hành thời hạn giải quyết", "Đúng quy định"),
        _c("Chấp hành thời hạn giải quyết", "Không đúng quy định"),
    ]),
    (Identity((1,), (2, 3)), Identity((6,), (7, 8, 9, 10)), Identity((6,), (30, 31)),
     Identity((8,), (25, 27, 29)), Identity((7, 8), (24, 26, 28), printed=False)),
    counted="tố cáo đã thụ lý chưa giải quyết xong trước ngày đầu kỳ; vụ việc có kết luận hoặc "
            "rút tố cáo trong kỳ; tố cáo tiếp = lần thứ hai trở lên của cùng vụ việc",
)

# ----------------------------------------------------------------------------- 04/KQGQ

_RET4 = "Trả lại cho tổ chức, cá nhân"
KQGQ4: Final = Layout(
    "kqgq4", "Biểu số 04/KQGQ", "Tổng hợp kết quả thực hiện kết luận nội dung tố cáo",
    "Tổng hợp kết quả thực hiện kết luận nội dung tố cáo", TT01_2024, SINCE_2024,
    _numbered([
        _c("Tổng số kết luận phải thực hiện"), _c("Số kết luận đã thực hiện xong"),
        _c("Thu hồi cho Nhà nước", "Phải thu", "Tiền (Trđ)", unit="money"),
        _c("Thu hồi cho Nhà nước", "Phải thu", "Đất (m²)", unit="area"),
        _c("Thu hồi cho Nhà nước", "Đã thu", "Tiền (Trđ)", unit="money"),
        _c("Thu hồi cho Nhà nước", "Đã thu", "Đất (m²)", unit="area"),
        _c(_RET4, "Phải trả", "Số tổ chức phải được trả lại quyền lợi"),
        _c(_RET4, "Phải trả", "Số cá nhân phải được trả lại quyền lợi"),
        _c(_RET4, "Phải trả", "Tổ chức", "Tiền (Trđ)", unit="money"),
        _c(_RET4, "Phải trả", "Tổ chức", "Đất (m²)", unit="area"),
        _c(_RET4, "Phải trả", "Cá nhân", "Tiền (Trđ)", unit="money"),
        _c(_RET4, "Phải trả", "Cá nhân", "Đất (m²)", unit="area"),
        _c(_RET4, "Đã trả", "Số tổ chức đã được trả lại quyền lợi"),
        _c(_RET4, "Đã trả", "Số cá nhân đã được trả lại quyền lợi"),
        _c(_RET4, "Đã trả", "Tổ chức", "Tiền (Trđ)", unit="money"),
        _c(_RET4, "Đã trả", "Tổ chức", "Đất (m²)", unit="area"),
        _c(_RET4, "Đã trả", "Cá nhân", "Tiền (Trđ)", unit="money"),
        _c(_RET4, "Đã trả", "Cá nhân", "Đất (m²)", unit="area"),
        _c("Đã xử lý hành chính", "Tổng số tổ chức bị xử lý"),
        _c("Đã xử lý hành chính", "Tổng số cá nhân bị xử lý"),
        _c("Đã xử lý hành chính", "Trong đó số cán bộ, công chức, viên chức"),
        _c("Đã khởi tố", "Số vụ"), _c("Đã khởi tố", "Số đối tượng"),
        _c("Đã khởi tố", "Trong đó số cán bộ, công chức, viên chức"),
    ]),
    (),
    counted="kết luận nội dung tố cáo chưa thực hiện xong trước ngày đầu kỳ; thực hiện xong = "
            "bước «kết thúc» trong kỳ",
)

LAYOUTS: Final[tuple[Layout, ...]] = (TCD, XLD, KQGQ, KQGQ2, KQGQ3, KQGQ4)
BY_ID: Final[dict[str, Layout]] = {lay.report_id: lay for lay in LAYOUTS}


def _check_layouts() -> None:
    for lay in LAYOUTS:
        assert [c.no for c in lay.columns] == list(range(1, len(lay.columns) + 1)), lay.report_id
        for ident in lay.identities:
            assert all(1 <= n <= len(lay.columns) for n in ident.lhs + ident.rhs), lay.report_id


_check_layouts()
assert len(TCD.columns) == 29 and len(XLD.columns) == 22 and len(KQGQ.columns) == 26
assert len(KQGQ2.columns) == 19 and len(KQGQ3.columns) == 31 and len(KQGQ4.columns) == 24
