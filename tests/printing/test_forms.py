"""Every form: the PDF opens, has its page size and count, and its text carries the record (NFC)."""

from __future__ import annotations

import io
from typing import Any

import pypdf
import pytest

from app.errors import InputError
from app.services import printing
from tests.helpers import CCCD_LAN
from tests.printing.conftest import (
    ADDRESS,
    DENOUNCER,
    DENOUNCER_CCCD,
    NAME,
    TODAY,
    Ward,
    flat,
    is_nfc,
    pdf_text,
)

A4 = (595.28, 841.89)
A5 = (419.53, 595.28)
COMMON = ("ỦY BAN NHÂN DÂN", "PHƯỜNG LÁNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 20 tháng 11 năm 2026", "Mã tra cứu: 00163-")

CASES: list[tuple[str, str, str, int, tuple[str, ...]]] = [
    ("receipt", "visit", "kn", 2, (
        "GIẤY BIÊN NHẬN", "Thông tin, tài liệu, bằng chứng", "BẢN GIAO CÔNG DÂN", "BẢN LƯU HỒ SƠ",
        NAME, ADDRESS, CCCD_LAN, "sinh ngày 08/03/1985", "Khiếu nại quyết định thu hồi đất",
        "NGƯỜI NỘP", "Nguyễn Thị Lan", "lập thành 02 bản")),
    ("receipt", "petition", "kn", 2, (
        "GIẤY BIÊN NHẬN", NAME, "Đơn khiếu nại", "Quyết định số 15/QĐ-UBND", "Bản sao chứng thực",
        "Bản gốc", "Sổ hộ khẩu", "Bản sao", "Số: 0001/2026/GBN")),
    ("receipt", "petition", "tc", 3, (
        "BẢN GIAO NGƯỜI TỐ CÁO", "BẢN LƯU HỒ SƠ", "BẢN LƯU CÁN BỘ TIẾP CÔNG DÂN", DENOUNCER,
        DENOUNCER_CCCD, "lập thành 03 bản")),
    ("appointment", "visit", "appointment", 1, (
        "PHIẾU HẸN", NAME, "08 giờ 00 ngày 25/11/2026", "Chủ tịch UBND phường Láng (Lê Văn Hùng)",
        "Trụ sở tiếp công dân UBND phường Láng")),
    ("guidance-kn", "petition", "guided", 1, (
        "PHIẾU HƯỚNG DẪN", "Về việc gửi đơn khiếu nại đến cơ quan có thẩm quyền", NAME,
        "Giám đốc Sở Nông nghiệp và Môi trường")),
    ("guidance-tc", "visit", "tc", 1, (
        "PHIẾU HƯỚNG DẪN", "Về việc gửi đơn tố cáo đến cơ quan có thẩm quyền", DENOUNCER,
        "Thanh tra thành phố Hà Nội")),
    ("refusal", "visit", "refused", 1, (
        "THÔNG BÁO", "Về việc từ chối tiếp công dân", f"Kính gửi: Ông (bà) {NAME}",
        "Vụ việc đã được giải quyết đúng chính sách, đã trả lời bằng văn bản", "CHỦ TỊCH",
        "Lê Văn Hùng", "Nơi nhận:", "Căn cứ: Luật Tiếp công dân 2013, Điều 9")),
    ("oral-record", "visit", "kn", 1, (
        "VĂN BẢN GHI NỘI DUNG", "NGƯỜI TRÌNH BÀY", NAME, "Điểm chỉ",
        "Hủy quyết định thu hồi đất", "UBND quận Đống Đa đã trả lời năm 2024",
        "Ký, ghi rõ họ tên hoặc điểm chỉ")),
    ("proposal", "petition", "kn", 1, (
        "PHIẾU ĐỀ XUẤT THỤ LÝ ĐƠN", "Mẫu số 01", "Kính gửi: Chủ tịch UBND phường Láng", NAME,
        "Chủ tịch UBND phường Láng", "NGƯỜI ĐỀ XUẤT")),
    ("transfer-tc", "petition", "tc", 1, (
        "PHIẾU CHUYỂN ĐƠN TỐ CÁO", "Mẫu số 03", "Số: 12/PC-UBND",
        "Kính gửi: Thanh tra thành phố Hà Nội", DENOUNCER, "Ông Trần Văn Xuân")),
    ("transfer-tc-redacted", "petition", "tc", 1, (
        "PHIẾU CHUYỂN ĐƠN TỐ CÁO", "Số: 12/PC-UBND", "tài liệu mật", "Người tố cáo (để biết)")),
    ("transfer-knpa", "petition", "knpa", 1, (
        "PHIẾU CHUYỂN ĐƠN", "Kiến nghị, phản ánh", "Số: 13/PC-UBND",
        "Kính gửi: Công ty Chiếu sáng Hà Nội", NAME)),
    ("transfer-knpa", "visit", "knpa", 1, ("PHIẾU CHUYỂN ĐƠN", "Công an phường Láng", NAME)),
    ("acceptance", "petition", "kn", 1, (
        "THÔNG BÁO", "Về việc thụ lý giải quyết khiếu nại", "15/TB-UBND", f"Ông (bà) {NAME}")),
    ("non-acceptance", "petition", "rejected", 1, (
        "Về việc không thụ lý giải quyết khiếu nại", "Đã hết thời hiệu khiếu nại")),
]


def record_id(ward: Ward, kind: str, key: str) -> Any:
    return (ward.visits if kind == "visit" else ward.petitions)[key]


def fonts_of(pdf: bytes) -> dict[str, bool]:
    """Every font the pages use → whether its program is embedded."""
    out: dict[str, bool] = {}
    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            desc = font.get("/FontDescriptor")
            embedded = bool(desc) and any(k in desc.get_object()
                                          for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            out[str(font["/BaseFont"])] = embedded
    return out


@pytest.mark.parametrize(("form", "kind", "key", "pages", "words"), CASES,
                         ids=[f"{c[0]}-{c[1]}-{c[2]}" for c in CASES])
def test_form(ward: Ward, form: str, kind: str, key: str, pages: int,
              words: tuple[str, ...]) -> None:
    done = printing.render_form(ward.store, form, record_id(ward, kind, key), ward.lan,
                                log=False, today=TODAY)
    reader = pypdf.PdfReader(io.BytesIO(done.pdf))
    assert len(reader.pages) == pages == done.pages
    for page in reader.pages:
        assert (round(float(page.mediabox.width), 2), round(float(page.mediabox.height), 2)) == A4
    texts = pdf_text(done.pdf)
    assert all(is_nfc(t) for t in texts)
    whole = flat("\n".join(texts))
    for word in (*COMMON, *words):
        assert word in whole, word
    assert done.reference in whole
    for t in texts:  # every copy carries the header and its page number
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in t and "Trang 1/" in t
    fonts = fonts_of(done.pdf)
    assert fonts and all(fonts.values()), fonts
    assert all("Liberation" in name for name in fonts)
    meta = reader.metadata
    assert meta is not None and done.number in str(meta.title)


def test_every_form_has_a_case() -> None:
    assert {c[0] for c in CASES} == {f.form_id for f in printing.list_forms()}


def test_a5(ward: Ward) -> None:
    pdf = printing.render(ward.store, "receipt", ward.visits["kn"], ward.lan, paper="A5",
                          log=False, today=TODAY)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 2
    assert all((round(float(p.mediabox.width), 2), round(float(p.mediabox.height), 2)) == A5
               for p in reader.pages)
    assert NAME in flat(pdf_text(pdf)[0])


def test_copies(ward: Ward) -> None:
    one = printing.render_form(ward.store, "receipt", ward.petitions["kn"], ward.lan, copies=1,
                               log=False, today=TODAY)
    assert one.pages == 1 and "BẢN GIAO CÔNG DÂN" in pdf_text(one.pdf)[0]
    four = printing.render_form(ward.store, "appointment", ward.visits["appointment"], ward.lan,
                                copies=3, log=False, today=TODAY)
    assert four.pages == 3
    labels = ("BẢN GIAO CÔNG DÂN", "BẢN LƯU HỒ SƠ", "BẢN 3")
    for text, label in zip(pdf_text(four.pdf), labels, strict=True):
        assert [x for x in labels if x in text] == [label]
    with pytest.raises(InputError) as exc:
        printing.render(ward.store, "receipt", ward.petitions["kn"], ward.lan, copies=11)
    assert exc.value.code == "print_bad_copies"


def test_by_number_and_refusals(ward: Ward) -> None:
    number = ward.numbers["p-kn"]
    pdf = printing.render(ward.store, "proposal", number, ward.lan, log=False, today=TODAY)
    assert number in flat(pdf_text(pdf)[0])
    pdf = printing.render(ward.store, "receipt", number, ward.lan, kind="petition", log=False)
    assert "Quyết định số 15/QĐ-UBND" in flat(pdf_text(pdf)[0])
    refusals = [
        (("receipt", number), {}, "print_ambiguous"),
        (("nope", number), {}, "print_unknown_form"),
        (("refusal", ward.visits["kn"]), {}, "print_not_applicable"),
        (("acceptance", ward.petitions["tc"]), {}, "print_not_applicable"),
        (("transfer-tc", ward.petitions["knpa"]), {}, "print_not_applicable"),
        (("refusal", ward.numbers["v-kn"]), {"kind": "petition"}, "print_wrong_kind"),
        (("receipt", "9999/2026"), {"kind": "visit"}, "not_found"),
        (("receipt", ward.visits["kn"]), {"paper": "A3"}, "print_bad_paper"),
    ]
    for args, kw, code in refusals:
        with pytest.raises(InputError) as exc:
            printing.render(ward.store, *args, ward.lan, **kw)  # type: ignore[arg-type]
        assert exc.value.code == code, (args, exc.value.message())
        assert exc.value.message() != code  # a Vietnamese sentence, not the bare code


def test_reprints_are_marked_and_counted(ward: Ward) -> None:
    vid = ward.visits["appointment"]
    before = printing.print_count(ward.store, "appointment", vid)
    first = printing.render_form(ward.store, "appointment", vid, ward.lan, today=TODAY)
    assert first.reprint == before
    preview = printing.render_form(ward.store, "appointment", vid, ward.lan, log=False)
    again = printing.render_form(ward.store, "appointment", vid, ward.lan, today=TODAY)
    assert preview.reprint == again.reprint == before + 1
    assert f"In lại lần {before + 1}" in pdf_text(again.pdf)[0]
    assert printing.print_count(ward.store, "appointment", vid) == before + 2


def test_forms_for_visit(ward: Ward) -> None:
    from app.services import visits

    def ids(key: str) -> list[str]:
        v = visits.get_visit(ward.store, ward.visits[key], ward.lan)
        return [f.form_id for f in printing.forms_for_visit(v)]

    assert ids("kn") == ["receipt", "oral-record"]
    assert ids("tc") == ["guidance-tc", "receipt", "oral-record"]
    assert ids("knpa") == ["transfer-knpa", "oral-record"]
    assert ids("appointment") == ["appointment", "receipt", "oral-record"]
    assert ids("refused")[0] == "refusal"


def test_forms_for_petition(ward: Ward) -> None:
    from app.services import petitions

    def ids(key: str) -> list[str]:
        p = petitions.get(ward.store, ward.petitions[key], ward.lan, today=TODAY)
        return [f.form_id for f in printing.forms_for_petition(p)]

    assert ids("kn") == ["acceptance", "proposal", "receipt"]
    assert ids("tc") == ["transfer-tc", "transfer-tc-redacted", "receipt"]
    assert ids("knpa") == ["transfer-knpa", "receipt"]
    assert ids("rejected") == ["non-acceptance", "proposal", "receipt"]
    assert ids("guided") == ["guidance-kn", "receipt"]
    receipt = next(f for f in printing.forms_for_petition(
        petitions.get(ward.store, ward.petitions["tc"], ward.lan, today=TODAY)) if f.form_id == "receipt")
    assert receipt.copies == 3 and receipt.name.startswith("Giấy biên nhận")
