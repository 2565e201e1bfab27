"""`tiepdan print …` and `tiepdan verify`: every form, the registers, refusals that write nothing."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pypdf
import pytest

from tests.cli.conftest import Run, write

NAME = "Đỗ Hoàng Thị Mỹ Hảo Yến Anh"
DENOUNCER = "Phạm Đức Quỳnh"


def visit_record(**changes: Any) -> dict[str, Any]:
    rec: dict[str, Any] = {
        "visited_at": "2025-11-20T09:30:00+07:00", "reception_type": "regular",
        "persons": [{"full_name": NAME, "address": "Số 12 ngõ Ước Lễ", "phone": "0912345678"}],
        "content": "Khiếu nại quyết định thu hồi đất", "category": "KN",
        "outcome": "petition_received", "officer_code": "CB01",
    }
    rec.update(changes)
    return rec


@pytest.fixture
def desk(ward: Run, tmp_path: Path) -> Run:
    """The ward with three visits (KN, TC, KNPA transferred) and a petition."""
    for rec in (visit_record(),
                visit_record(persons=[{"full_name": DENOUNCER, "address": "Số 9 phố Huế",
                                       "phone": "0987654321"}],
                             category="TC", outcome="guided", outcome_note="Thanh tra thành phố"),
                visit_record(category="KNPA", outcome="transferred", outcome_note="Công an phường")):
        assert ward("visit", "add", "--json", write(tmp_path, rec)).code == 0
    pet = {"received_date": "2025-11-20", "content": "Khiếu nại việc cấp sổ đỏ", "content_type": "KN",
           "senders": [{"full_name": NAME, "address": "Số 12 ngõ Ước Lễ"}],
           "documents": [{"name": "Đơn khiếu nại", "kind": "original", "pages": 2}]}
    assert ward("petition", "add", "--json", write(tmp_path, pet, "p.json")).code == 0
    return ward


def text_of(path: Path) -> str:
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(p.extract_text().split()) for p in reader.pages)


def test_forms_list(ward: Run) -> None:
    r = ward("print", "forms")
    assert r.code == 0
    assert "receipt" in r.out and "Giấy biên nhận" in r.out and "logbook" in r.out
    rows = ward("print", "forms", "--json").json_lines()
    assert {"receipt", "transfer-tc-redacted", "logbook", "register"} <= {x["form"] for x in rows}


def test_print_a_receipt_and_verify_it(desk: Run, tmp_path: Path) -> None:
    out = tmp_path / "bien-nhan.pdf"
    r = desk("print", "receipt", "--visit", "0001/2025", "--out", str(out))
    assert r.code == 0, r.err
    assert "Mã tra cứu: 00163-L0001/2025-" in r.out
    text = text_of(out)
    assert NAME in text and "GIẤY BIÊN NHẬN" in text
    assert len(pypdf.PdfReader(out).pages) == 2
    code = r.out.split("Mã tra cứu: ")[1].strip()
    v = desk("verify", code)
    assert (v.code, v.out.strip()) == (0, "Mã hợp lệ: lượt tiếp số 0001/2025 của UBND phường Láng.")
    forged = code[:-1] + ("A" if code[-1] != "A" else "B")
    assert desk("verify", forged).code == 3
    bad = desk("verify", "không-phải-mã")
    assert bad.code == 2 and "không đúng dạng" in bad.err
    again = desk("print", "receipt", "--visit", "0001/2025", "--out", str(out))
    assert "In lại lần 1" in again.out and "In lại lần 1" in text_of(out)


FORMS: list[tuple[list[str], list[str]]] = [
    (["oral-record", "--id", "0001/2025"], ["VĂN BẢN GHI NỘI DUNG", NAME]),
    (["transfer-knpa", "--visit", "0003/2025"], ["PHIẾU CHUYỂN ĐƠN", "Công an phường"]),
    (["receipt", "--petition", "0001/2025", "--paper", "A5"], ["Đơn khiếu nại", "Bản gốc"]),
    (["guidance-tc", "--visit", "0002/2025"], ["PHIẾU HƯỚNG DẪN", "Người tố cáo (bảo mật)"]),
    (["guidance-tc", "--visit", "0002/2025", "--as-officer", "CB01"], [DENOUNCER]),
]

REFUSALS: list[tuple[list[str], str]] = [
    (["receipt", "--id", "0001/2025"], "Dùng --visit hoặc --petition"),
    (["giay-khong-co", "--id", "0001/2025"], "Không có mẫu in 'giay-khong-co'"),
    (["refusal", "--visit", "0001/2025"], "lượt tiếp không bị từ chối tiếp"),
    (["acceptance", "--petition", "0001/2025"], "đơn chưa được thụ lý"),
    (["receipt", "--visit", "0099/2025"], "Không tìm thấy lượt tiếp số 0099/2025"),
    (["receipt", "--visit", "0001/2025", "--copies", "0"], "Số bản in phải từ 1 đến 10"),
    (["receipt"], "Cần --id"),
    (["logbook", "--from", "2025-01-01"], "Cần --to"),
    (["logbook", "--from", "2025-12-31", "--to", "2025-01-01"], "Khoảng ngày không hợp lệ"),
]


def test_forms(desk: Run, tmp_path: Path) -> None:
    for argv, words in FORMS:
        out = tmp_path / "f.pdf"
        r = desk("print", *argv, "--out", str(out))
        assert r.code == 0, (argv, r.err)
        text = text_of(out)
        for w in words:
            assert w in text, (argv, w)
        if "--as-officer" not in argv:
            assert DENOUNCER not in text


def test_refusals_write_nothing(desk: Run, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    for argv, message in REFUSALS:
        r = desk("print", *argv, "--out", str(folder / "x.pdf"))
        assert r.code == 2, (argv, r.out)
        assert message in r.err, (argv, r.err)
        assert list(folder.iterdir()) == []


def test_unwritable_target(desk: Run, tmp_path: Path) -> None:
    r = desk("print", "receipt", "--visit", "0001/2025", "--out", str(tmp_path / "no" / "x.pdf"))
    assert r.code == 2 and "Không ghi được tệp" in r.err


def test_registers(desk: Run, tmp_path: Path) -> None:
    out = tmp_path / "so.pdf"
    r = desk("print", "logbook", "--from", "2025-01-01", "--to", "2025-12-31", "--out", str(out))
    assert r.code == 0, r.err
    assert "3 dòng, 1 trang" in r.out
    text = text_of(out)
    assert "SỔ TIẾP CÔNG DÂN" in text and NAME in text and DENOUNCER not in text
    r = desk("print", "logbook", "--from", "2025-01-01", "--to", "2025-12-31", "--out", str(out),
             "--as-officer", "CB02")  # the head
    assert DENOUNCER in text_of(out)
    r = desk("print", "register", "--from", "2025-01-01", "--to", "2025-12-31", "--out", str(out))
    assert r.code == 0 and "1 dòng" in r.out
    assert "SỔ THEO DÕI XỬ LÝ ĐƠN" in text_of(out)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
