"""Excel out: each list read back with openpyxl equals the list's own rows, masking included."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from openpyxl import load_workbook

from app.services import excel_export, petitions, visits
from app.services.common import Viewer
from app.services.logbook import LogbookQuery
from app.services.office import OfficerInfo
from app.services.petition_list import PetitionQuery, list_petitions
from app.services.petitions import PetitionInput
from app.storage.store import Store
from tests.helpers import NOW, at, person, visit


def _sheet(path: Path) -> list[tuple[object, ...]]:
    ws = load_workbook(path).worksheets[0]
    return [tuple(r) for r in ws.iter_rows(values_only=True)]


def test_the_logbook_as_filtered_with_a_masked_denouncer(store: Store, tmp_path: Path,
                                                         officers: dict[str, OfficerInfo]) -> None:
    lan, binh = officers["CB01"].id, officers["CB02"].id
    for i in range(3):
        visits.log_visit(store, visit(person(f"Người số {i}"), when=at(date(2026, 11, 10 + i)),
                                      officer_id=lan), now=NOW)
    visits.log_visit(store, visit(person("Đinh Văn Tố"), when=at("2026-11-16"), category="TC",
                                  content="Tố cáo cán bộ", officer_id=lan), now=NOW)
    visits.log_visit(store, visit(person("Ngoài Lọc"), when=at("2026-10-01"), officer_id=lan),
                     now=NOW)
    q = LogbookQuery(date_from=date(2026, 11, 1), date_to=date(2026, 11, 30))
    viewer = Viewer(binh)
    out = tmp_path / "so.xlsx"
    assert excel_export.logbook(store, q, out, viewer=viewer) == 4
    rows = _sheet(out)
    assert rows[0][0] == "SỔ TIẾP CÔNG DÂN" and "4 lượt tiếp" in str(rows[1][0])
    header, data = rows[2], rows[3:]
    assert header[:5] == ("Số", "Thời điểm tiếp", "Hình thức", "Phân loại", "Người được tiếp")
    listed = visits.list_visits(store, q, viewer=viewer)
    assert [r[0] for r in data] == [r.number for r in listed]
    assert [r[4] for r in data] == [r.persons_label for r in listed]
    assert [r[1] for r in data] == [r.visited_at.replace(tzinfo=None) for r in listed]
    masked = next(r for r in data if r[3] == "Tố cáo")
    assert "Đinh Văn Tố" not in str(masked) and masked[4] == listed[0].persons_label
    assert masked[5] is None and masked[6] is None  # no CCCD, no address
    # the receiving officer sees the person, in the file as on screen
    excel_export.logbook(store, q, out, viewer=Viewer(lan))
    assert any(r[4] == "Đinh Văn Tố" for r in _sheet(out)[3:])


def test_the_petition_register_as_filtered(store: Store, tmp_path: Path,
                                           officers: dict[str, OfficerInfo]) -> None:
    lan = officers["CB01"].id
    today = NOW.date()
    for i, ct in enumerate(["KN", "TC", "KNPA"]):
        petitions.register(store, PetitionInput(
            received_date=today - timedelta(days=i), content=f"Nội dung {i}", content_type=ct,
            senders=[person(f"Người gửi {i}")], officer_id=lan), today=today)
    q = PetitionQuery(content_type="TC")
    out = tmp_path / "don.xlsx"
    assert excel_export.petitions(store, q, out, today=today) == 1
    data = _sheet(out)[3:]
    listed = list_petitions(store, q, today=today)
    assert [(r[0], r[3]) for r in data] == [(r.number, r.senders_label) for r in listed]
    assert "Người gửi 1" not in str(data)
    every = tmp_path / "all.xlsx"
    excel_export.petitions(store, PetitionQuery(), every, today=today, viewer=Viewer(lan))
    assert [r[1].date() for r in _sheet(every)[3:]] == [today - timedelta(days=i)  # type: ignore[union-attr]
                                                       for i in range(3)]


def test_the_records_behind_a_figure(store: Store, tmp_path: Path,
                                     officers: dict[str, OfficerInfo]) -> None:
    lan = officers["CB01"].id
    v = visits.log_visit(store, visit(person("Đinh Văn Tố"), category="TC", officer_id=lan),
                         now=NOW)
    out = tmp_path / "r.xlsx"
    assert excel_export.records(store, [("visit", v.id)], "Tố cáo", out) == 1
    row = _sheet(out)[3]
    assert row[1] == v.number and "Đinh Văn Tố" not in str(row)


def test_every_list_export_is_audited_without_a_name(store: Store, tmp_path: Path,
                                                     officers: dict[str, OfficerInfo]) -> None:
    from app.services import audit, dashboard

    lan = officers["CB01"].id
    v = visits.log_visit(store, visit(person("Đinh Văn Tố"), category="TC", officer_id=lan),
                         now=NOW)
    excel_export.records(store, [("visit", v.id)], "Tố cáo", tmp_path / "r.xlsx")
    excel_export.hot_spots(store, dashboard.hot_spots(store, NOW.date(), dashboard.Thresholds()),
                           tmp_path / "h.xlsx")
    found = [e for e in audit.list_entries(store) if e.action == "list.export"]
    assert [(e.summary, e.after) for e in reversed(found)] == [
        ("Xuất Excel Tố cáo: 1 dòng", {"rows": 1, "file": "r.xlsx"}),
        ("Xuất Excel cảnh báo điểm nóng: 0 dòng", {"rows": 0, "file": "h.xlsx"})]
    assert "Đinh Văn Tố" not in str([(e.summary, e.before, e.after) for e in found])
