"""Every `tiepdan` command through app.cli.run (CLI.md): output, exit status, refusals."""

from __future__ import annotations

import io
import json
import logging
from pathlib import Path
from typing import Any

import pytest

from app import __version__, cli, logs
from app.selftest import STEPS
from app.services import encryption
from app.storage import dbfile
from tests.cli.conftest import Run, write
from tests.helpers import sqlite_rows


def record(**changes: Any) -> dict[str, Any]:
    """The record of CLI.md, dated in the past whatever the clock says."""
    rec: dict[str, Any] = {
        "visited_at": "2025-11-20T09:30:00+07:00",
        "reception_type": "regular",
        "persons": [{"full_name": "Nguyễn Văn Đức", "cccd": "001090012345",
                     "address": "Số 1 ngõ 2 phố Láng Thượng", "phone": "0912345678"}],
        "content": "Đề nghị xem xét việc cấp giấy chứng nhận quyền sử dụng đất",
        "category": "KNPA",
    }
    rec.update(changes)
    return rec


def stored(data_dir: Path) -> tuple[int, int]:
    """(visits, citizens) read straight from the file."""
    [(v, c)] = sqlite_rows(data_dir / "tiepdan.sqlite3",
                           "SELECT (SELECT count(*) FROM visit), (SELECT count(*) FROM citizen)")
    return v, c


# ----------------------------------------------------------------------------- basics


def test_version(tiepdan: Run) -> None:
    r = tiepdan("--version")
    assert (r.code, r.out.strip(), r.err) == (0, f"TiepDan {__version__}", "")


def test_help_is_vietnamese(tiepdan: Run) -> None:
    r = tiepdan("--help")
    assert r.code == 0
    assert "khởi tạo kho dữ liệu cho một cơ quan" in r.out and "visit" in r.out
    r = tiepdan("visit", "add", "--help")
    assert r.code == 0 and "tệp JSON, '-' là đầu vào chuẩn" in r.out


@pytest.mark.parametrize("argv", [
    ["visit", "list", "--from", "2026-02-30"],
    ["visit", "list", "--limit", "-1"],
    ["visit", "list", "--limit", "nhiều"],
    ["visit", "list", "--category", "XX"],
    ["search"],
    ["frobnicate"],
    ["visit"],
])
def test_bad_arguments(ward: Run, data_dir: Path, argv: list[str]) -> None:
    r = ward(*argv)
    assert r.code == 2
    assert "Lỗi: tham số không hợp lệ" in r.err and r.out == ""


def test_self_test(tiepdan: Run, data_dir: Path) -> None:
    r = tiepdan("--self-test")
    assert r.code == 0, r.out
    assert r.out.count("[ĐẠT]") == len(STEPS) and "tất cả đều đạt" in r.out
    assert not data_dir.exists()  # a temporary store, never the real one


# ----------------------------------------------------------------------------- init, officers, fields


def test_init(ward: Run, data_dir: Path) -> None:
    assert (data_dir / "tiepdan.sqlite3").exists()
    r = ward("officer", "list")
    assert r.code == 0
    lines = r.out.splitlines()
    assert lines[0].split()[:4] == ["CB01", "Nguyễn", "Thị", "Lan"] and "Cán bộ" in lines[0]
    assert lines[1].startswith("CB02") and "Lãnh đạo" in lines[1]


def test_init_output(tiepdan: Run, data_dir: Path) -> None:
    r = tiepdan("init", "--office-code", "00163", "--office-name", "UBND phường Láng")
    assert r.code == 0
    assert r.out == f"Đã khởi tạo kho dữ liệu cho UBND phường Láng (mã 00163) tại {data_dir}\n"


def test_init_twice_is_refused(ward: Run) -> None:
    r = ward("init", "--office-code", "00999", "--office-name", "UBND phường Khác")
    assert r.code == 2  # refused input, not an integrity check (CLI.md)
    assert r.err == "Lỗi: Kho dữ liệu này đã được khởi tạo cho UBND phường Láng.\n"


def test_init_invalid(tiepdan: Run, data_dir: Path) -> None:
    r = tiepdan("init", "--office-code", "mã có dấu", "--office-name", " ")
    assert r.code == 2
    assert "Mã cơ quan chỉ gồm chữ, số" in r.err and "Cần nhập tên cơ quan" in r.err
    assert sqlite_rows(data_dir / "tiepdan.sqlite3", "SELECT count(*) FROM office") == [(0,)]


def test_commands_need_an_initialised_store(tiepdan: Run, tmp_path: Path) -> None:
    r = tiepdan("visit", "add", "--json", write(tmp_path, record()))
    assert r.code == 2
    assert "chưa được khởi tạo" in r.err and "tiepdan init" in r.err


def test_officer_add_and_list(ward: Run) -> None:
    r = ward("officer", "add", "--name", "Phạm Thị Mai", "--title", "Phó Chủ tịch", "--deputy")
    assert r.code == 0
    added = r.json()
    assert (added["code"], added["full_name"], added["is_deputy"]) == ("CB03", "Phạm Thị Mai", True)
    r = ward("officer", "add", "--name", "Đỗ Văn Hải", "--code", "TCD1")
    assert r.code == 0 and r.json()["code"] == "TCD1"
    listed = ward("officer", "list", "--json").json_lines()
    assert [o["code"] for o in listed] == ["CB01", "CB03", "TCD1", "CB02"]  # the head last
    assert all(set(o) >= {"id", "code", "full_name", "title", "is_head", "active"} for o in listed)
    assert "Cấp phó" in ward("officer", "list").out


def test_officer_code_taken(ward: Run, data_dir: Path) -> None:
    r = ward("officer", "add", "--name", "Đỗ Văn Hải", "--code", "CB01")
    assert r.code == 2
    assert "Mã cán bộ 'CB01' đã được dùng." in r.err
    assert len(ward("officer", "list", "--json").json_lines()) == 2


def test_officer_add_head_and_deputy_exclusive(ward: Run) -> None:
    assert ward("officer", "add", "--name", "A B", "--head", "--deputy").code == 2


def test_field_list_and_set(ward: Run) -> None:
    r = ward("field", "list")
    assert r.code == 0 and r.out.splitlines()[0] == "DAT      Đất đai"
    r = ward("field", "set", "anninh", "An ninh, trật tự")
    assert r.code == 0 and r.json() == {"code": "ANNINH", "name": "An ninh, trật tự", "active": True}
    r = ward("field", "set", "KHAC", "Lĩnh vực khác", "--inactive")
    assert r.json()["active"] is False
    fields = {f["code"]: f for f in ward("field", "list", "--json").json_lines()}
    assert fields["ANNINH"]["name"] == "An ninh, trật tự" and fields["KHAC"]["active"] is False
    assert "KHAC     Lĩnh vực khác (ngừng dùng)" in ward("field", "list").out
    r = ward("field", "set", "có dấu", "")
    assert r.code == 2 and "Mã lĩnh vực" in r.err


# ----------------------------------------------------------------------------- visits


def test_visit_add_from_a_file(ward: Run, tmp_path: Path) -> None:
    r = ward("visit", "add", "--json", write(tmp_path, record(officer_code="CB01")))
    assert r.code == 0, r.err
    saved = r.json()
    assert saved["number"] == "0001/2025" and len(saved["id"]) == 36
    assert saved["visited_at"] == "2025-11-20T09:30:00+07:00"
    assert saved["officer_name"] == "Nguyễn Thị Lan"
    assert saved["persons"][0]["full_name"] == "Nguyễn Văn Đức"
    assert saved["persons"][0]["cccd"] == "001090012345"


def test_each_command_closes_the_store(ward: Run, data_dir: Path, tmp_path: Path) -> None:
    """The last connection to close folds the WAL back in: nothing is left open in between."""
    assert ward("visit", "add", "--json", write(tmp_path, record())).code == 0
    assert not (data_dir / "tiepdan.sqlite3-wal").exists()
    assert ward("visit", "add", "--json", write(tmp_path, [record()])).code == 2
    assert not (data_dir / "tiepdan.sqlite3-wal").exists()


def test_visit_add_from_stdin(ward: Run, data_dir: Path) -> None:
    r = ward("visit", "add", "--json", "-", "--officer", "CB01",
             stdin=json.dumps(record(), ensure_ascii=False))
    assert r.code == 0, r.err
    assert r.json()["number"] == "0001/2025" and r.json()["officer_name"] == "Nguyễn Thị Lan"
    assert stored(data_dir) == (1, 1)


def test_visit_add_file_with_bom(ward: Run, tmp_path: Path) -> None:
    """Notepad on Windows saves UTF-8 with a byte-order mark."""
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(record(), ensure_ascii=False).encode("utf-8"))
    assert ward("visit", "add", "--json", str(path)).code == 0


def test_visit_show_by_id_and_number(ward: Run, tmp_path: Path) -> None:
    saved = ward("visit", "add", "--json", write(tmp_path, record())).json()
    by_id = ward("visit", "show", saved["id"])
    by_number = ward("visit", "show", "0001/2025")
    assert by_id.code == by_number.code == 0
    assert by_id.json() == by_number.json() == saved
    r = ward("visit", "show", "0099/2025")
    assert r.code == 2 and "Không tìm thấy lượt tiếp số 0099/2025" in r.err


@pytest.fixture
def logbook(ward: Run, tmp_path: Path) -> Run:
    people = [("Nguyễn Văn Đức", "001090012345", "KNPA", "regular", "2025-11-03T09:00:00+07:00"),
              ("Đỗ Minh Đăng", None, "KN", "scheduled", "2025-11-10T10:00:00+07:00"),
              ("Hoàng Minh Tuấn", "079201000777", "TC", "regular", "2025-11-17T14:00:00+07:00"),
              ("Lê Thị Hoa", None, "KNPA", "adhoc", "2025-12-01T08:00:00+07:00")]
    for i, (name, cccd, cat, rtype, when) in enumerate(people):
        rec = record(visited_at=when, category=cat, reception_type=rtype, officer_code="CB01",
                     content=f"Nội dung {i}: khiếu nại về đất đai",
                     persons=[{"full_name": name, "cccd": cccd, "address": f"Số {i} phố Láng",
                               "phone": "0912345678"}])
        assert ward("visit", "add", "--json", write(tmp_path, rec, f"v{i}.json")).code == 0
    return ward


def test_visit_list_human(logbook: Run) -> None:
    r = logbook("visit", "list")
    assert r.code == 0
    header, *rows = r.out.splitlines()
    assert header.split()[:3] == ["Số", "Ngày", "giờ"]
    assert [row.split()[0] for row in rows] == ["0004/2025", "0003/2025", "0002/2025", "0001/2025"]
    assert "01/12/2025 08:00" in rows[0] and "Lê Thị Hoa" in rows[0]
    assert "Người tố cáo (bảo mật)" in rows[1] and "Tuấn" not in r.out


def test_visit_list_json_lines(logbook: Run) -> None:
    rows = logbook("visit", "list", "--json").json_lines()
    assert [r["number"] for r in rows] == ["0004/2025", "0003/2025", "0002/2025", "0001/2025"]
    assert all({"id", "number", "visited_at", "persons_label", "category"} <= set(r) for r in rows)
    assert rows[1]["identity_hidden"] is True and rows[1]["cccd"] == ""


def test_visit_list_filters(logbook: Run) -> None:
    def numbers(*args: str) -> list[str]:
        r = logbook("visit", "list", "--json", *args)
        assert r.code == 0, r.err
        return [row["number"] for row in r.json_lines()]

    assert numbers("--from", "2025-11-10", "--to", "2025-11-30") == ["0003/2025", "0002/2025"]
    assert numbers("--category", "KN") == ["0002/2025"]
    assert numbers("--type", "adhoc") == ["0004/2025"]
    assert numbers("--limit", "2") == ["0004/2025", "0003/2025"]
    assert len(numbers("--limit", "10")) == len(numbers("--limit", "0")) == 4
    assert numbers("--from", "2026-01-01") == []
    assert len(numbers("--from", "0001-01-01", "--to", "9999-12-31")) == 4
    r = logbook("visit", "list", "--from", "2025-12-01", "--to", "2025-11-01")
    assert r.code == 2 and "ngày bắt đầu sau ngày kết thúc" in r.err


def test_visit_list_as_the_receiving_officer(logbook: Run) -> None:
    rows = logbook("visit", "list", "--json", "--category", "TC", "--as-officer", "CB01").json_lines()
    assert rows[0]["persons_label"] == "Hoàng Minh Tuấn" and rows[0]["cccd"] == "079201000777"
    shown = logbook("visit", "show", "0003/2025").json()
    assert shown["identity_hidden"] and shown["persons"][0]["cccd"] is None
    # The head (CB02 here) may see a denouncer's identity too (LAW.md §11).
    by_head = logbook("visit", "show", "0003/2025", "--as-officer", "CB02").json()
    assert not by_head["identity_hidden"] and by_head["persons"][0]["cccd"] == "079201000777"
    assert logbook("officer", "add", "--name", "Trần Văn Bình").code == 0  # CB03, not the head
    other = logbook("visit", "show", "0003/2025", "--as-officer", "CB03").json()
    assert other["identity_hidden"] and other["persons"][0]["cccd"] is None
    r = logbook("visit", "list", "--as-officer", "CB99")
    assert r.code == 2 and "Không tìm thấy cán bộ mã CB99" in r.err


# ----------------------------------------------------------------------------- search


def test_search_json(logbook: Run) -> None:
    hits = logbook("search", "nguyen van duc", "--json").json_lines()
    assert [h["kind"] for h in hits] == ["citizen", "visit"]
    assert all(h["id"] and h["title"] for h in hits)
    assert hits[0]["title"] == "Nguyễn Văn Đức (1990)"
    assert "Nguyễn Văn Đức" in hits[1]["title"]
    assert [h["kind"] for h in logbook("search", "001090012345", "--json").json_lines()] == [
        "citizen", "visit"]


def test_search_human(logbook: Run) -> None:
    r = logbook("search", "Đỗ Minh Đăng")
    assert r.code == 0
    assert "[Công dân] Đỗ Minh Đăng (không rõ năm sinh)" in r.out
    assert "[Lượt tiếp] Lượt tiếp 0002/2025 – Đỗ Minh Đăng" in r.out
    assert logbook("search", "khong ai ten nay").out == "Không tìm thấy kết quả.\n"
    assert logbook("search", "khong ai ten nay", "--json").out == ""


def test_search_protects_the_denouncer(logbook: Run) -> None:
    assert logbook("search", "hoang minh tuan", "--json").out == ""
    hits = logbook("search", "hoang minh tuan", "--json", "--as-officer", "CB01").json_lines()
    assert [h["kind"] for h in hits] == ["citizen"]


# ----------------------------------------------------------------------------- demo


def test_demo_on_an_initialised_store(ward: Run) -> None:
    r = ward("demo", "--visits", "12", "--petitions", "0")
    assert r.code == 0 and r.out.startswith("Đã thêm 12 lượt tiếp và 0 đơn mẫu vào ")
    assert len(ward("visit", "list", "--json").json_lines()) == 12
    assert ward("demo", "--visits", "-1").code == 2


def test_demo_initialises_an_empty_store(tiepdan: Run) -> None:
    r = tiepdan("demo", "--visits", "3", "--petitions", "4")
    assert r.code == 0 and "3 lượt tiếp và 4 đơn mẫu" in r.out
    assert len(tiepdan("officer", "list", "--json").json_lines()) == 3
    assert len(tiepdan("petition", "list", "--json").json_lines()) == 4


# ----------------------------------------------------------------------------- refusals


REFUSALS: list[tuple[str, Any, str]] = [
    ("bad JSON", '{"visited_at": "2025-11-20T09:30:00+07:00", ', "Tệp JSON không đọc được: dòng 1"),
    ("array", [record()], "Bản ghi phải là một đối tượng JSON {...}."),
    ("unknown field", record(colour="xanh"), "Trường không được hỗ trợ: colour"),
    ("unknown person field",
     record(persons=[{"full_name": "Nguyễn Văn Đức", "address": "Số 1", "nickname": "Đức"}]),
     "Trường không được hỗ trợ: persons.0.nickname"),
    ("invalid CCCD", record(persons=[{"full_name": "Nguyễn Văn Đức", "cccd": "00109001234"}]),
     "Người thứ 1: số CCCD phải gồm đúng 12 chữ số."),
    ("CCCD of another birth year",
     record(persons=[{"full_name": "Nguyễn Văn Đức", "cccd": "001090012345",
                      "date_of_birth": "1991-01-01"}]),
     "năm sinh không khớp với số CCCD"),
    ("impossible visit date", record(visited_at="2026-02-30T09:00:00+07:00"),
     "Trường 'visited_at': thời điểm không hợp lệ '2026-02-30T09:00:00+07:00'"),
    ("impossible birth date",
     record(persons=[{"full_name": "Nguyễn Văn Đức", "address": "Số 1",
                      "date_of_birth": "1990-02-30"}]),
     "ngày không hợp lệ '1990-02-30'"),
    ("future visit", record(visited_at="2999-01-01T09:00:00+07:00"),
     "Thời điểm tiếp không được ở tương lai."),
    ("year one", record(visited_at="0001-01-01T00:00:00"), "thời điểm không hợp lệ"),
    ("too old", record(visited_at="1999-12-31T09:00:00+07:00"), "quá xa (trước năm 2000)"),
    ("missing fields", {"persons": [], "category": "KN"},
     "Thiếu trường bắt buộc 'visited_at'"),
    ("unknown category", record(category="KHIEUNAI"), "Phân loại không hợp lệ: 'KHIEUNAI'"),
    ("unknown officer", record(officer_code="CB99"), "Không có cán bộ mã 'CB99'."),
    ("crowd with too many representatives",
     record(is_crowd=True, person_count=12, category="KN",
            persons=[{"full_name": f"Người {i}", "address": "Số 1 phố Láng",
                      "is_representative": True} for i in range(6)]),
     "Đoàn 12 người chỉ được cử tối đa 5 người đại diện"),
]


@pytest.mark.parametrize(("payload", "message"), [(p, m) for _, p, m in REFUSALS],
                         ids=[name for name, _, _ in REFUSALS])
def test_refused_input_changes_nothing(ward: Run, data_dir: Path, tmp_path: Path,
                                       payload: Any, message: str) -> None:
    assert ward("visit", "add", "--json", write(tmp_path, record(), "first.json")).code == 0
    before = stored(data_dir)
    r = ward("visit", "add", "--json", write(tmp_path, payload))
    assert r.code == 2, (r.out, r.err)
    assert message in r.err, r.err
    assert r.out == ""
    assert stored(data_dir) == before == (1, 1)


def test_refused_from_stdin_too(ward: Run, data_dir: Path) -> None:
    r = ward("visit", "add", "--json", "-", stdin="[1, 2")
    assert r.code == 2 and "Tệp JSON không đọc được" in r.err
    assert stored(data_dir) == (0, 0)


def test_missing_file(ward: Run, tmp_path: Path) -> None:
    r = ward("visit", "add", "--json", str(tmp_path / "khong-co.json"))
    assert r.code == 2 and "không đọc được tệp" in r.err


def test_unknown_officer_option(ward: Run, data_dir: Path, tmp_path: Path) -> None:
    r = ward("visit", "add", "--json", write(tmp_path, record()), "--officer", "CB99")
    assert r.code == 2 and "Không tìm thấy cán bộ mã CB99" in r.err
    assert stored(data_dir) == (0, 0)


def test_every_problem_is_listed(ward: Run, tmp_path: Path) -> None:
    rec = record(category="X", content="", persons=[{"full_name": "", "cccd": "1"}])
    r = ward("visit", "add", "--json", write(tmp_path, rec))
    assert r.code == 2
    lines = r.err.splitlines()
    assert lines[0] == "Dữ liệu chưa hợp lệ:"
    assert len(lines) >= 5 and all(line.startswith("- ") for line in lines[1:])


# ----------------------------------------------------------------------------- stores


def test_store_too_new(ward: Run, data_dir: Path) -> None:
    db = data_dir / "tiepdan.sqlite3"
    conn = dbfile.connect(db)
    conn.execute("UPDATE alembic_version SET version_num = '0999'")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the whole store in the main file
    conn.close()
    before = db.read_bytes()
    for argv in (["visit", "list"], ["officer", "list"], ["search", "duc"]):
        r = ward(*argv)
        assert r.code == 3
        assert "phiên bản TiepDan mới hơn (lược đồ 0999)" in r.err and r.out == ""
    assert db.read_bytes() == before


def test_data_dir_option_wins_over_the_environment(tiepdan: Run, data_dir: Path,
                                                   tmp_path: Path) -> None:
    other = tmp_path / "other"
    r = tiepdan("--data-dir", str(other), "init", "--office-code", "00999",
                "--office-name", "UBND phường Khác")
    assert r.code == 0 and str(other) in r.out
    assert (other / "tiepdan.sqlite3").exists()
    assert not data_dir.exists()
    r = tiepdan("init", "--office-code", "00163", "--office-name", "UBND phường Láng")
    assert r.code == 0 and str(data_dir) in r.out
    assert sqlite_rows(other / "tiepdan.sqlite3", "SELECT code FROM office") == [("00999",)]


def test_default_and_demo_data_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without --data-dir or $TIEPDAN_DATA_DIR: the per-user data dir; --demo has its own."""
    monkeypatch.delenv("TIEPDAN_DATA_DIR", raising=False)
    xdg = tmp_path / "xdg-data"  # the autouse fixture points XDG_DATA_HOME here
    out, err = io.StringIO(), io.StringIO()
    assert cli.run(["init", "--office-code", "1", "--office-name", "UBND xã A"], out, err) == 0
    assert (xdg / "TiepDan" / "tiepdan.sqlite3").exists()
    assert cli.run(["--demo", "demo", "--visits", "2", "--petitions", "2"], out, err) == 0, err.getvalue()
    assert sqlite_rows(xdg / "TiepDan-demo" / "tiepdan.sqlite3", "SELECT code FROM office") == [
        ("00000-DEMO",)]
    assert sqlite_rows(xdg / "TiepDan" / "tiepdan.sqlite3", "SELECT count(*) FROM visit") == [(0,)]


def test_unexpected_error_is_logged_not_shown(ward: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.services import search

    def boom(*_: Any, **__: Any) -> Any:
        raise RuntimeError("ổ đĩa hỏng giữa chừng")

    monkeypatch.setattr(search, "search", boom)
    r = ward("search", "duc")
    assert r.code == 1
    assert r.err == f"Lỗi không mong muốn. Chi tiết đã được ghi vào {logs.log_path()}.\n"
    assert "Traceback" not in r.err
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "ổ đĩa hỏng giữa chừng" in logs.log_path().read_text(encoding="utf-8")


def test_init_from_the_unit_list_with_admin_and_key(tiepdan: Run, data_dir: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    r = tiepdan("unit", "find", "lang", "--limit", "2")
    assert r.code == 0 and r.out.splitlines()[0] == "00187  Phường Láng – Thành phố Hà Nội"
    r = tiepdan("init", "--unit", "xa ba")
    assert r.code == 2 and "khớp nhiều đơn vị" in r.err and "(09700)" in r.err
    monkeypatch.setenv("TIEPDAN_NEW_PASSWORD", "abc123")
    r = tiepdan("init", "--unit", "lang", "--officer-name", "Nguyễn Thị Lan", "--admin",
                "quantri", "--admin-full-name", "Phạm Văn Minh", "--keys")
    assert r.code == 2 and "Mật khẩu chưa đủ mạnh" in r.err
    assert sqlite_rows(data_dir / "tiepdan.sqlite3", "SELECT count(*) FROM office") == [(0,)]
    monkeypatch.setenv("TIEPDAN_NEW_PASSWORD", "Lang-tiep-dan-2026")
    r = tiepdan("init", "--unit", "lang", "--officer-name", "Nguyễn Thị Lan", "--admin",
                "quantri", "--admin-full-name", "Phạm Văn Minh", "--keys")
    assert r.code == 0, r.err
    assert r.out.startswith("Đã khởi tạo kho dữ liệu cho UBND phường Láng (mã 00187)")
    assert "Đã tạo khóa ký của cơ quan, vân tay" in r.out
    assert "khôi phục" in r.out.lower()  # the store is encrypted: its recovery key shown once
    with pytest.raises(Exception, match="not a database"):
        sqlite_rows(data_dir / "tiepdan.sqlite3", "SELECT count(*) FROM office")
    encryption.unlock(data_dir, "quantri", "Lang-tiep-dan-2026")
    assert sqlite_rows(data_dir / "tiepdan.sqlite3",
                       "SELECT code, name, upstream_name, place_name FROM office") == [
        ("00187", "UBND phường Láng", "Ban Tiếp công dân thành phố Hà Nội", "Hà Nội")]
    monkeypatch.setenv("TIEPDAN_PASSWORD", "Lang-tiep-dan-2026")
    r = tiepdan("--user", "quantri", "user", "list")
    assert r.code == 0 and "quantri" in r.out and "Quản trị" in r.out
