"""The report files: XLSX read back cell by cell, PDF text, JSON with traces."""

from __future__ import annotations

import io
import json

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.printing.reports import header_grid
from app.services import reports
from app.services.reports.xlsx import layout_rows
from tests.services.test_reports_tables import TODAY, Ward, ward  # noqa: F401 (fixture)

IDS = ("tcd", "xld", "kqgq", "kqgq2", "kqgq3", "kqgq4")


@pytest.fixture(scope="module")
def built(ward: Ward) -> dict[str, reports.Report]:  # noqa: F811
    return {rid: reports.build(ward.store, rid, "2026-Q3", today=TODAY) for rid in IDS}


@pytest.mark.parametrize("rid", IDS)
def test_xlsx_reads_back_cell_by_cell(built: dict[str, reports.Report], ward: Ward,  # noqa: F811
                                      rid: str) -> None:
    r = built[rid]
    buf = io.BytesIO()
    reports.write(r, "xlsx", buf, office=reports.office_facts(ward.store))
    wb = load_workbook(io.BytesIO(buf.getvalue()))
    ws = wb.worksheets[0]
    pos = layout_rows(r)
    lay = r.layout
    n = len(lay.columns)
    # The header: every merged cell of the form, with its text in its top-left cell.
    _depth, merges = header_grid(lay)
    ranges = {str(m) for m in ws.merged_cells.ranges}
    for m in merges:
        assert ws.cell(pos["header"] + m.row0, 1 + m.col0).value == m.text
        if (m.row0, m.col0) != (m.row1, m.col1):
            from openpyxl.utils import get_column_letter as L

            ref = (f"{L(1 + m.col0)}{pos['header'] + m.row0}:"
                   f"{L(1 + m.col1)}{pos['header'] + m.row1}")
            assert ref in ranges
    # The MS row and the values, as values (no formula anywhere).
    assert ws.cell(pos["ms"], 1).value == "MS"
    for c in lay.columns:
        assert ws.cell(pos["ms"], 1 + c.no).value == lay.ms_label(c.no)
    assert ws.cell(pos["ms"], n + 2).value == str(n + 1)
    for i, row in enumerate(r.rows):
        assert ws.cell(pos["data"] + i, 1).value == row.office_name
        for c in lay.columns:
            got = ws.cell(pos["data"] + i, 1 + c.no).value
            assert got == row.value(c.no), (rid, c.no)
            assert not (isinstance(got, str) and got.startswith("="))
    assert ws.cell(1, n + 2).value == lay.form_number
    assert ws.cell(1, 1).value == "ỦY BAN NHÂN DÂN" and ws.cell(2, 1).value == "PHƯỜNG LÁNG"
    assert "Truy vết" in wb.sheetnames


def test_xlsx_trace_sheet_names_records(built: dict[str, reports.Report], ward: Ward  # noqa: F811
                                        ) -> None:
    buf = io.BytesIO()
    reports.write(built["xld"], "xlsx", buf)
    trace = load_workbook(io.BytesIO(buf.getvalue()))["Truy vết"]
    rows = list(trace.iter_rows(values_only=True))
    by_col = {r[1]: r for r in rows[1:]}
    assert by_col[21][3] == 1 and by_col[21][4] == f"Đơn {ward.p['N'].number}"


@pytest.mark.parametrize("rid", ["xld", "kqgq"])
def test_pdf_text(built: dict[str, reports.Report], ward: Ward, rid: str) -> None:  # noqa: F811
    r = built[rid]
    buf = io.BytesIO()
    reports.write(r, "pdf", buf, office=reports.office_facts(ward.store))
    reader = PdfReader(io.BytesIO(buf.getvalue()))
    page = reader.pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)  # landscape
    text = " ".join(p.extract_text() for p in reader.pages)
    flat = " ".join(text.split())
    for needle in (r.layout.form_number, "ỦY BAN NHÂN DÂN", "PHƯỜNG LÁNG",
                   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", r.layout.title.upper(),
                   "Quý III năm 2026", "15/06/2026", "14/09/2026", "NGƯỜI LẬP BIỂU", "CHỦ TỊCH",
                   "Lê Văn Hùng", "Ghi chú"):
        assert needle in flat, needle
    ms = r.layout.identities[0]
    assert ms.text().split("=")[0] + "=" in flat.replace(" ", "") or ms.text() in flat
    assert "Nguyễn Văn Người" not in flat


def test_pdf_shows_the_ms_row_and_values(built: dict[str, reports.Report]) -> None:
    r = built["tcd"]
    buf = io.BytesIO()
    reports.write(r, "pdf", buf)
    flat = "".join(PdfReader(io.BytesIO(buf.getvalue())).pages[0].extract_text().split())
    assert "1=4+13+22" in flat and "2=5+14+23" in flat
    assert "UBNDphườngLáng" + "".join(str(r.total.value(c)) for c in range(1, 4)) in flat


def test_json_has_columns_cells_and_traces(built: dict[str, reports.Report], ward: Ward  # noqa: F811
                                           ) -> None:
    buf = io.BytesIO()
    reports.write(built["xld"], "json", buf)
    doc = json.loads(buf.getvalue())
    assert doc["form"] == "Biểu số 01/XLD" and doc["period"]["start"] == "2026-06-15"
    assert doc["values_are"].startswith("values")
    assert [c["no"] for c in doc["columns"]] == list(range(1, 23))
    assert doc["columns"][0]["ms"] == "1=2+3=4+5"
    cells = {c["no"]: c for c in doc["rows"][-1]["cells"]}
    assert cells[21]["value"] == 1
    assert [doc["records"][i] for i in cells[21]["records"]] == [
        {"kind": "petition", "id": str(ward.p["N"].id), "number": ward.p["N"].number}]
    assert len(doc["records"]) == len({r["id"] for r in doc["records"]})
    assert len(doc["warnings"]) == 3


def test_write_refuses_an_unknown_format(built: dict[str, reports.Report], tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.errors import InputError

    with pytest.raises(InputError):
        reports.write(built["tcd"], "docx", tmp_path / "x.docx")
    assert not list(tmp_path.iterdir())
