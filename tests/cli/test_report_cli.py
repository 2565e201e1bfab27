"""`tiepdan report …`: list, the tables to pdf/xlsx/json, --explain, cut-off, refusals."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pypdf
import pytest
from openpyxl import load_workbook

from tests.cli.conftest import Run, write

DENOUNCER = "Phạm Đức Quỳnh"


def visit_record(day: str, **changes: Any) -> dict[str, Any]:
    rec: dict[str, Any] = {
        "visited_at": f"{day}T09:30:00+07:00", "reception_type": "regular",
        "persons": [{"full_name": "Trần Thị Hoa", "address": "Số 12 ngõ Ước Lễ",
                     "phone": "0912345678"}],
        "content": "Khiếu nại quyết định thu hồi đất", "category": "KN",
        "officer_code": "CB01",
    }
    rec.update(changes)
    return rec


@pytest.fixture
def desk(ward: Run, tmp_path: Path) -> Run:
    """Visits on both sides of Q4 2025 (15/09–14/12/2025), one a denunciation; a petition."""
    for day, extra in (("2025-09-14", {}), ("2025-09-15", {}), ("2025-12-14", {"repeat": "repeat"}),
                       ("2025-12-15", {}),
                       ("2025-10-01", {"category": "TC", "persons": [
                           {"full_name": DENOUNCER, "address": "Số 9 phố Huế",
                            "phone": "0987654321"}]})):
        r = ward("visit", "add", "--json", write(tmp_path, visit_record(day, **extra)))
        assert r.code == 0, r.err
    pet = {"received_date": "2025-10-02", "content": "Tố cáo cán bộ địa chính", "content_type": "TC",
           "senders": [{"full_name": DENOUNCER, "address": "Số 9 phố Huế", "phone": "0987654321"}]}
    assert ward("petition", "add", "--json", write(tmp_path, pet, "p.json")).code == 0
    return ward


def test_list(tiepdan: Run, data_dir: Path) -> None:
    ward = tiepdan
    r = ward("report", "list")
    assert r.code == 0
    for rid, form in (("tcd", "01/TCD"), ("xld", "01/XLD"), ("kqgq", "01/KQGQ"),
                      ("kqgq2", "02/KQGQ"), ("kqgq3", "03/KQGQ"), ("kqgq4", "04/KQGQ")):
        assert rid in r.out and form in r.out
    rows = ward("report", "list", "--json").json_lines()
    assert [x["report"] for x in rows] == ["tcd", "xld", "kqgq", "kqgq2", "kqgq3", "kqgq4"]
    assert not data_dir.exists()  # listing opens no store


def test_tcd_to_every_format(desk: Run, tmp_path: Path) -> None:
    for fmt in ("pdf", "xlsx", "json"):
        out = tmp_path / f"tcd.{fmt}"
        r = desk("report", "tcd", "--period", "2025-Q4", "--format", fmt, "--out", str(out))
        assert r.code == 0, r.err
        assert "Biểu số 01/TCD" in r.out and "15/09/2025" in r.out and "14/12/2025" in r.out
        assert out.exists() and out.stat().st_size > 500
    doc = json.loads((tmp_path / "tcd.json").read_text(encoding="utf-8"))
    cells = {c["no"]: c["value"] for c in doc["rows"][0]["cells"]}
    assert (cells[1], cells[4], cells[6], cells[7]) == (3, 3, 2, 1)  # 15/09, 01/10, 14/12
    ws = load_workbook(tmp_path / "tcd.xlsx").worksheets[0]
    assert any(c.value == "MS" for c in ws["A"])
    text = " ".join(" ".join(p.extract_text().split())
                    for p in pypdf.PdfReader(io.BytesIO((tmp_path / "tcd.pdf").read_bytes())).pages)
    assert "Quý IV năm 2025" in text and DENOUNCER not in text


def test_format_from_the_file_name_and_explain(desk: Run, tmp_path: Path) -> None:
    out = tmp_path / "xld.json"
    r = desk("report", "xld", "--period", "2025-Q4", "--out", str(out), "--explain")
    assert r.code == 0, r.err
    assert "Cột 3 (Tiếp nhận trong kỳ) = 1: Đơn 0001/2025" in r.out
    assert "Cột 5" in r.out and DENOUNCER not in r.out
    tcd = desk("report", "tcd", "--period", "2025-Q4", "--out", str(tmp_path / "t.pdf"),
               "--explain")
    assert "Cột 1 (Tổng số lượt tiếp) = 3: Lượt tiếp 0002/2025, Lượt tiếp 0003/2025, " \
           "Lượt tiếp 0005/2025" in tcd.out
    assert "Cột 2 " in tcd.out and "Cột 8 " not in tcd.out  # zero cells are not explained


def test_all_offices(desk: Run, tmp_path: Path) -> None:
    out = tmp_path / "all.json"
    assert desk("report", "tcd", "--period", "2025", "--office", "all", "--out", str(out)).code == 0
    assert desk("report", "tcd", "--period", "2025", "--office", "00163", "--out", str(out)).code == 0


def test_cutoff_setting(desk: Run, tmp_path: Path) -> None:
    r = desk("report", "cutoff", "--period", "2026-Q1")
    assert r.code == 0 and "quy định chung" in r.out and "15/12/2025" in r.out
    assert desk("report", "cutoff").code == 0  # the current quarter as the example
    r = desk("report", "cutoff", "--set", "1", "--period", "2025-Q4")
    assert r.code == 0 and "01/10/2025" in r.out and "31/12/2025" in r.out
    out = tmp_path / "q4.json"
    assert desk("report", "tcd", "--period", "2025-Q4", "--out", str(out)).code == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["period"]["start"] == "2025-10-01"
    assert doc["rows"][0]["cells"][0]["value"] == 3  # 01/10, 14/12, 15/12
    assert desk("report", "cutoff", "--national").code == 0
    assert desk("report", "cutoff", "--set", "31").code == 2


REFUSALS = [
    (["report", "tcd", "--period", "2025-Q5"], "Kỳ báo cáo không hợp lệ"),
    (["report", "tcd", "--period", "2025-12-01..2025-11-01"], "ngày bắt đầu sau ngày kết thúc"),
    (["report", "bctk", "--period", "2025"], "Không có biểu báo cáo 'bctk'"),
    (["report", "tcd", "--period", "2025", "--format", "docx"], "Định dạng 'docx'"),
    (["report", "tcd", "--format", "pdf"], "Cần --period"),
    (["report", "tcd", "--period", "2025", "--office", "99999"], "cơ quan mã '99999'"),
]


def test_refusals_exit_2_and_write_nothing(desk: Run, tmp_path: Path) -> None:
    out = tmp_path / "r" / "out.pdf"
    out.parent.mkdir()
    for argv, needle in REFUSALS:
        r = desk(*argv, "--out", str(out))
        assert r.code == 2, (argv, r.err)
        assert needle in r.err, (argv, r.err)
        assert r.err.startswith("Lỗi") and "Traceback" not in r.err
        assert list(out.parent.iterdir()) == []


def test_refused_before_the_store_exists(tiepdan: Run, data_dir: Path, tmp_path: Path) -> None:
    r = tiepdan("report", "tcd", "--period", "x", "--out", str(tmp_path / "a.pdf"))
    assert r.code == 2 and not data_dir.exists()
