"""Excel/CSV import: messy files, refusals that write nothing, the remembered mapping, CSV
encodings, petitions as an opening balance, and the audit marks."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from app.services import excel_import as ei
from app.services import petitions, visits
from app.services.audit import list_entries
from app.services.common import Viewer
from app.services.excel_import import values
from app.storage.store import Store
from tests.helpers import CCCD_DUC, NOW, counts
from tests.services.excel_files import VISIT_HEADERS, cp1258, nfd, visit_rows, write_xlsx


def _audit_count(store: Store) -> int:
    with store.read() as uow:
        return int(uow.session.execute(text("SELECT count(*) FROM audit_log")).scalar() or 0)


# ----------------------------------------------------------------------------- cells


@pytest.mark.parametrize(("cell", "expected"), [
    ("05/03/2026", date(2026, 3, 5)), ("5/3/26", date(2026, 3, 5)), ("5-3-2026", date(2026, 3, 5)),
    ("2026-03-05", date(2026, 3, 5)), ("ngày 5 tháng 3 năm 2026", date(2026, 3, 5)),
    (nfd("Ngày 05 tháng 03 năm 2026"), date(2026, 3, 5)), (46086, date(2026, 3, 5)),
    ("46086", date(2026, 3, 5)), (46086.0, date(2026, 3, 5)), ("05.03.2026", date(2026, 3, 5)),
])
def test_dates_in_the_forms_offices_write(cell: object, expected: date) -> None:
    assert values.day(cell) == expected


@pytest.mark.parametrize("cell", ["31/02/2026", "hôm qua", "2026/13/01", True])
def test_unreadable_dates_say_why_in_vietnamese(cell: object) -> None:
    with pytest.raises(values.Unreadable) as exc:
        values.day(cell)
    assert "ngày" in str(exc.value)


def test_category_words_and_codes() -> None:
    words, help_ = values.VISIT_CATEGORIES, values.CATEGORY_HELP
    assert values.code("Khiếu nại", words, "phân loại", help_) == "KN"
    assert values.code(nfd("Tố cáo"), words, "phân loại", help_) == "TC"
    assert values.code("KN", words, "phân loại", help_) == "KN"
    assert values.code("Kiến nghị, phản ánh", words, "phân loại", help_) == "KNPA"
    assert values.code("phản ánh", words, "phân loại", help_) == "KNPA"
    with pytest.raises(values.Unreadable, match="không rõ"):
        values.code("Linh tinh", words, "phân loại", help_)


def test_a_cccd_that_lost_its_leading_zeros_in_excel_gets_them_back() -> None:
    assert values.cccd(int(CCCD_DUC)) == CCCD_DUC
    assert values.cccd("001 090 012 345") == CCCD_DUC


# ----------------------------------------------------------------------------- visits


def test_a_messy_workbook_imports_every_row_in_nfc(store: Store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "so.xlsx", VISIT_HEADERS, visit_rows(), blank_every=2,
                      merge_first_date=True)
    sheet = ei.open_file(path)
    assert sheet.headers[:3] == ("STT", "Ngày tiếp", "Họ và tên")  # the title row skipped
    assert len(sheet.rows) == 5  # blank rows dropped
    mapping = ei.suggest(store, "visits", sheet)
    assert mapping["visited_on"] == "Ngày tiếp" and mapping["content"] == "Nội dung vụ việc"
    assert mapping["category"] == "Phân loại" and mapping["cccd"] == "Số CCCD"
    result = ei.run(store, "visits", sheet, mapping, now=NOW)
    assert result.imported == 5
    rows = visits.list_visits(store, viewer=Viewer(None, is_head=True))
    by_name = {r.persons_label: r for r in rows}
    hoa = by_name["Trần Thị Hoa"]  # typed in NFD, stored NFC
    assert unicodedata.is_normalized("NFC", hoa.content) and hoa.category == "KN"
    assert hoa.officer_name == "Nguyễn Thị Lan"
    # the merged date cell gave its day to the second row too
    assert hoa.visited_at.date() == date(2026, 3, 2)
    assert by_name["Nguyễn Văn Đức"].visited_at.strftime("%H:%M") == "09:15"
    assert by_name["Lê Văn Minh"].visited_at.date() == date(2026, 3, 5)  # serial number
    assert by_name["Lê Văn Minh"].category == "OTHER"
    assert by_name["Phạm Thị Lan"].category == "TC"
    assert by_name["Hoàng Văn Nam"].visited_at.date() == date(2026, 3, 20)


def test_every_imported_row_is_marked_in_the_audit(store: Store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "so.xlsx", VISIT_HEADERS, visit_rows()[:2])
    sheet = ei.open_file(path)
    result = ei.run(store, "visits", sheet, ei.suggest(store, "visits", sheet), now=NOW)
    entries = list_entries(store)
    imported = [e for e in entries if e.action == "visit.import"]
    assert sorted(e.after["number"] for e in imported) == sorted(result.numbers)
    assert {e.after["line"] for e in imported} == {4, 5}  # title, blank, header above
    assert all("so.xlsx" in e.summary for e in imported)
    assert [e.action for e in entries].count("visit.create") == 2
    whole = [e for e in entries if e.action == "import.file"]
    assert len(whole) == 1 and whole[0].seq == result.audit_seq and whole[0].after["rows"] == 2


def test_a_bad_cccd_and_an_unknown_category_refuse_the_whole_file(store: Store,
                                                                     tmp_path: Path) -> None:
    rows = visit_rows()
    rows[1][3] = "00109001234"  # 11 digits
    rows[3][6] = "Linh tinh"
    rows[4][1] = "32/03/2026"
    path = write_xlsx(tmp_path / "so.xlsx", VISIT_HEADERS, rows)
    sheet = ei.open_file(path)
    mapping = ei.suggest(store, "visits", sheet)
    before, audit_before = counts(store), _audit_count(store)
    with pytest.raises(ei.ImportRefused) as exc:
        ei.run(store, "visits", sheet, mapping, now=NOW)
    lines = exc.value.preview.problem_lines()  # type: ignore[union-attr]
    assert any(x.startswith("Dòng 5: Số CCCD/CMND:") and "12 chữ số" in x for x in lines)
    assert any(x.startswith("Dòng 7: Phân loại:") and "Linh tinh" in x for x in lines)
    assert any(x.startswith("Dòng 8: Ngày tiếp:") for x in lines)
    assert len(lines) == 3
    assert counts(store) == before and _audit_count(store) == audit_before
    assert "chưa có dòng nào được ghi" in exc.value.message()


def test_the_preview_checks_through_the_services_and_writes_nothing(store: Store,
                                                                   tmp_path: Path) -> None:
    rows = visit_rows()
    rows[2][4] = ""  # no address and no CCCD: the service's own rule (Luật TCD, Điều 7)
    path = write_xlsx(tmp_path / "so.xlsx", VISIT_HEADERS, rows)
    sheet = ei.open_file(path)
    before = counts(store)
    preview = ei.check(store, "visits", sheet, ei.suggest(store, "visits", sheet), now=NOW)
    assert not preview.ok
    assert preview.problem_lines() == [
        "Dòng 6: Địa chỉ: Cần địa chỉ hoặc số giấy tờ tùy thân (Luật TCD, Điều 7)."]
    assert [r.number for r in preview.rows if r.number] == ["0001/2026", "0002/2026",
                                                            "0003/2026", "0004/2026"]
    assert counts(store) == before


def test_missing_required_columns_are_named(store: Store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "so.xlsx", ["Họ tên", "Địa chỉ"], [["An", "Số 1"]], title=None)
    sheet = ei.open_file(path)
    preview = ei.check(store, "visits", sheet, ei.suggest(store, "visits", sheet), now=NOW)
    assert preview.file_problems == [
        "Chưa chọn cột cho «Ngày tiếp» (bắt buộc).", "Chưa chọn cột cho «Nội dung» (bắt buộc).",
        "Chưa chọn cột cho «Phân loại» (bắt buộc)."]


def test_the_mapping_is_remembered_for_the_same_headers(store: Store, tmp_path: Path) -> None:
    headers = ["Ngày", "Người đến", "Việc", "Loại", "Nơi ở"]
    rows = [["02/03/2026", "Đỗ Văn An", "Hỏi về đất", "KN", "Số 4 Láng"]]
    sheet = ei.open_file(write_xlsx(tmp_path / "a.xlsx", headers, rows, title=None))
    guessed = ei.suggest(store, "visits", sheet)
    assert "content" not in guessed  # "Việc" says nothing to the guesser
    mapping = {**guessed, "content": "Việc", "full_name": "Người đến"}
    ei.run(store, "visits", sheet, mapping, now=NOW)
    rows2 = [["03/03/2026", "Vũ Thị Bình", "Hỏi hộ tịch", "Khác", "Số 8 Láng"]]
    again = ei.open_file(write_xlsx(tmp_path / "b.xlsx", headers, rows2, title=None))
    assert ei.suggest(store, "visits", again) == mapping
    assert ei.remembered(store, "visits", ("Khác", "Cột")) is None


def test_the_same_file_twice_is_refused(store: Store, tmp_path: Path) -> None:
    sheet = ei.open_file(write_xlsx(tmp_path / "so.xlsx", VISIT_HEADERS, visit_rows()[:1]))
    mapping = ei.suggest(store, "visits", sheet)
    ei.run(store, "visits", sheet, mapping, now=NOW)
    with pytest.raises(ei.ImportRefused) as exc:
        ei.run(store, "visits", sheet, mapping, now=NOW)
    assert "đã được nhập" in exc.value.preview.file_problems[0]  # type: ignore[union-attr]


@pytest.mark.parametrize(("encoding", "label"), [("utf-8", "UTF-8"), ("utf-8-sig", "UTF-8"),
                                                 ("cp1258", "Windows-1258")])
def test_csv_in_the_encodings_offices_save(store: Store, tmp_path: Path, encoding: str,
                                           label: str) -> None:
    body = ("Ngày tiếp;Họ và tên;Địa chỉ;Nội dung;Phân loại\n"
            "05/03/2026;Nguyễn Thị Hường;Số 7 phố Láng;Phản ánh lấn chiếm vỉa hè;Phản ánh\n")
    path = tmp_path / "so.csv"
    path.write_bytes(cp1258(body) if encoding == "cp1258" else body.encode(encoding))
    sheet = ei.open_file(path)
    assert sheet.encoding == label
    result = ei.run(store, "visits", sheet, ei.suggest(store, "visits", sheet), now=NOW)
    row = visits.list_visits(store)[0]
    assert result.imported == 1 and row.persons_label == "Nguyễn Thị Hường"
    assert row.content == "Phản ánh lấn chiếm vỉa hè"


# ----------------------------------------------------------------------------- petitions

PETITION_HEADERS = ["Số đơn", "Ngày nhận đơn", "Người gửi", "Địa chỉ", "Tóm tắt nội dung",
                    "Loại đơn", "Tình trạng", "Ngày thụ lý", "Số QĐ thụ lý", "Nơi nhận"]


def test_petitions_come_in_with_their_current_state_so_deadlines_run(store: Store,
                                                                      tmp_path: Path) -> None:
    rows = [
        ["12/2026", "02/11/2026", "Ngô Văn Tám", "Số 2 Láng", "Khiếu nại thu hồi đất", "KN",
         "Đã thụ lý", "06/11/2026", "15/QĐ-UBND", ""],
        ["13/2026", "03/11/2026", "Nặc danh", "", "Tố cáo cán bộ", "Tố cáo", "Mới tiếp nhận",
         "", "", ""],
        ["14/2026", "04/11/2026", "Bùi Thị Na", "Số 6 Láng", "Phản ánh rác thải", "KNPA",
         "Đã chuyển đơn", "", "20/PC-UBND", "Công ty Môi trường đô thị"],
    ]
    sheet = ei.open_file(write_xlsx(tmp_path / "don.xlsx", PETITION_HEADERS, rows, title=None),
                         "petitions")
    mapping = ei.suggest(store, "petitions", sheet)
    assert mapping["state"] == "Tình trạng" and mapping["accepted_on"] == "Ngày thụ lý"
    assert mapping["doc_number"] == "Số QĐ thụ lý"
    result = ei.run(store, "petitions", sheet, mapping, now=NOW)
    assert result.imported == 3
    accepted = petitions.find_by_number(store, result.numbers[0], today=NOW.date())
    assert accepted.state == "accepted"
    accept = next(e for e in accepted.events if e.step == "accept")
    assert accept.on_date == date(2026, 11, 6) and accept.doc_number == "15/QĐ-UBND"
    assert accepted.next_due is not None and accepted.next_due > date(2026, 11, 6)
    anonymous = petitions.find_by_number(store, result.numbers[1], today=NOW.date())
    assert anonymous.anonymous and anonymous.state == "received"
    moved = petitions.find_by_number(store, result.numbers[2], today=NOW.date())
    assert moved.state == "transferred"
    assert [e.action for e in list_entries(store)].count("petition.import") == 3


def test_a_state_the_law_does_not_allow_refuses_the_file(store: Store, tmp_path: Path) -> None:
    rows = [["1", "02/11/2026", "Ngô Văn Tám", "Số 2 Láng", "Khiếu nại thu hồi đất", "KN",
             "Đã chuyển đơn", "", "20/PC", "Quận"],
            ["2", "02/11/2026", "Lý Văn Hai", "Số 3 Láng", "Khiếu nại", "KN",
             "Đã thụ lý", "05/11/2026", "", ""]]
    sheet = ei.open_file(write_xlsx(tmp_path / "don.xlsx", PETITION_HEADERS, rows, title=None),
                         "petitions")
    before = counts(store)
    with pytest.raises(ei.ImportRefused) as exc:
        ei.run(store, "petitions", sheet, ei.suggest(store, "petitions", sheet), now=NOW)
    lines = exc.value.preview.problem_lines()  # type: ignore[union-attr]
    assert any(x.startswith("Dòng 2:") and "khiếu nại thì hướng dẫn" in x for x in lines)
    assert any(x.startswith("Dòng 3:") and "số văn bản" in x for x in lines)
    assert counts(store) == before
