"""`tiepdan petition add | act | show | list` through app.cli.run: output and refusals."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.cli.conftest import Run, write
from tests.helpers import sqlite_rows


def petition(**changes: Any) -> dict[str, Any]:
    rec: dict[str, Any] = {
        "received_date": "2026-03-02", "content_type": "KN",
        "content": "Khiếu nại quyết định xử phạt vi phạm hành chính về xây dựng",
        "senders": [{"full_name": "Nguyễn Văn Đức", "cccd": "001090012345",
                     "address": "Số 1 ngõ 2 phố Láng Thượng", "phone": "0912345678"}],
        "documents": [{"name": "Quyết định xử phạt số 15/QĐ-XPVPHC", "kind": "copy", "pages": 2}],
    }
    rec.update(changes)
    return rec


def events(data_dir: Path) -> int:
    [(n,)] = sqlite_rows(data_dir / "tiepdan.sqlite3", "SELECT count(*) FROM petition_event")
    return n


def test_add_act_show_list(ward: Run, tmp_path: Path, data_dir: Path) -> None:
    r = ward("petition", "add", "--json", write(tmp_path, petition()))
    assert r.code == 0, r.err
    added = r.json()
    assert added["number"] == "0001/2026" and added["state"] == "received"
    assert {d["rule_id"] for d in added["deadlines"]} == {"reception-notice", "complaint-acceptance"}
    steps = [{"step": "classify", "on_date": "2026-03-03", "content_type": "KN",
              "processable": True, "competent": True, "officer_code": "CB01"},
             {"step": "propose", "on_date": "2026-03-04"},
             {"step": "accept", "on_date": "2026-03-09", "doc_number": "12/TB-UBND"}]
    for i, s in enumerate(steps):
        r = ward("petition", "act", "0001/2026", "--json", write(tmp_path, s, f"s{i}.json"))
        assert r.code == 0, r.err
    shown = ward("petition", "show", "0001/2026", "--json").json()
    assert shown["state"] == "accepted" and len(shown["events"]) == 3
    first = next(d for d in shown["deadlines"] if d["rule_id"] == "complaint-first")
    assert first["due"] == "2026-04-08" and "Luật Khiếu nại" in first["basis"]
    human = ward("petition", "show", added["id"])
    assert human.code == 0 and "Đơn số 0001/2026 – Khiếu nại – Đã thụ lý" in human.out
    assert "Thụ lý – số 12/TB-UBND" in human.out and "08/04/2026" in human.out
    listed = ward("petition", "list", "--json").json_lines()
    assert [row["number"] for row in listed] == ["0001/2026"]
    assert ward("petition", "list", "--state", "closed", "--json").out == ""
    assert "0001/2026" in ward("petition", "list").out


def test_step_from_standard_input(ward: Run, tmp_path: Path) -> None:
    ward("petition", "add", "--json", write(tmp_path, petition()))
    r = ward("petition", "act", "0001/2026", "--json", "-",
             stdin='{"step": "classify", "on_date": "2026-03-03", "content_type": "KN", '
                   '"processable": false, "reasons": ["Đơn không có chữ ký"]}')
    assert r.code == 0, r.err and r.json()["state"] == "classified"


def test_refusals_change_nothing(ward: Run, tmp_path: Path, data_dir: Path) -> None:
    bad = [
        ("{not json", "Tệp JSON không đọc được"),
        (petition(colour="red"), "Trường không được hỗ trợ: colour"),
        (petition(received_date="2026-02-30"), "ngày không hợp lệ"),
        (petition(content_type="XYZ"), "Loại đơn không hợp lệ"),
        (petition(senders=[{"full_name": "A", "cccd": "123"}]), "12 chữ số"),
        (petition(senders=[]), "ít nhất một người gửi"),
    ]
    for i, (rec, message) in enumerate(bad):
        r = ward("petition", "add", "--json", write(tmp_path, rec, f"bad{i}.json"))
        assert (r.code, r.out) == (2, ""), (rec, r.err)
        assert message in r.err, r.err
    [(n,)] = sqlite_rows(data_dir / "tiepdan.sqlite3", "SELECT count(*) FROM petition")
    assert n == 0
    ward("petition", "add", "--json", write(tmp_path, petition()))
    illegal = ward("petition", "act", "0001/2026", "--json",
                   write(tmp_path, {"step": "accept", "on_date": "2026-03-04", "doc_number": "1"}))
    assert illegal.code == 2 and "Không thể thụ lý khi đơn đang «Mới tiếp nhận»" in illegal.err
    unknown = ward("petition", "act", "0001/2026", "--json",
                   write(tmp_path, {"step": "fly", "on_date": "2026-03-04"}))
    assert unknown.code == 2 and "Bước xử lý không hợp lệ" in unknown.err
    assert events(data_dir) == 0
    missing = ward("petition", "show", "0099/2026")
    assert missing.code == 2 and "Không tìm thấy đơn số 0099/2026" in missing.err


def test_denouncer_hidden_from_another_officer(ward: Run, tmp_path: Path) -> None:
    ward("officer", "add", "--name", "Trần Văn Bình")
    rec = petition(content_type="TC", content="Tố cáo cán bộ nhũng nhiễu", officer_code="CB01")
    assert ward("petition", "add", "--json", write(tmp_path, rec)).code == 0
    other = ward("petition", "show", "0001/2026", "--json", "--as-officer", "CB03").json()
    assert other["identity_hidden"] and "Nguyễn Văn Đức" not in str(other)
    own = ward("petition", "show", "0001/2026", "--json", "--as-officer", "CB01").json()
    assert own["senders"][0]["full_name"] == "Nguyễn Văn Đức"
