"""`tiepdan calendar ...` and `tiepdan deadline ...` through app.cli.run: output and refusals."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.cli.conftest import Run, write
from tests.helpers import sqlite_rows


def rows(data_dir: Path) -> list[tuple[Any, ...]]:
    return sqlite_rows(data_dir / "tiepdan.sqlite3",
                       "SELECT date, kind, name, source FROM calendar_entry ORDER BY date")


OFFICE_2026 = [
    {"date": "2026-01-01", "kind": "holiday", "name": "Tết Dương lịch", "source": "BLLĐ 2019"},
    {"date": "2026-11-24", "kind": "holiday", "name": "Ngày Văn hóa Việt Nam"},
]


# ----------------------------------------------------------------------------- calendar


def test_show_the_shipped_year(tiepdan: Run) -> None:
    r = tiepdan("calendar", "show", "--year", "2026")
    assert r.code == 0, r.err
    lines = r.out.splitlines()
    assert "năm 2026 (lịch kèm phần mềm)" in lines[0]
    assert any(line.startswith("Thứ Ba") and "17/02/2026" in line and "mùng 1" in line
               for line in lines)
    assert any(line.startswith("Thứ Bảy") and "10/01/2026" in line and "Ngày làm việc bù" in line
               for line in lines)
    assert any(line.startswith("Chủ nhật") and "26/04/2026" in line for line in lines)


def test_show_json_lines(tiepdan: Run) -> None:
    r = tiepdan("calendar", "show", "--year", "2027", "--json")
    assert r.code == 0
    lines = r.json_lines()
    assert len(lines) == 14
    assert lines[0] == {"date": "2027-01-01", "kind": "holiday", "name": "Tết Dương lịch",
                        "source": "Bộ luật Lao động 2019, điểm a khoản 1 Điều 112",
                        "origin": "shipped"}


def test_show_a_year_without_calendar_and_the_default_year(tiepdan: Run) -> None:
    r = tiepdan("calendar", "show", "--year", "2035")
    assert r.code == 0 and "chưa có lịch" in r.out and "tiepdan calendar import" in r.out
    assert tiepdan("calendar", "show").code == 0
    assert tiepdan("calendar", "show", "--year", "2035", "--json").out == ""


def test_import_from_a_file_then_show_and_export(tiepdan: Run, tmp_path: Path,
                                                 data_dir: Path) -> None:
    r = tiepdan("calendar", "import", write(tmp_path, OFFICE_2026))
    assert r.code == 0, r.err
    assert r.out == "Đã nhập 2 ngày cho năm 2026 (thay cho 0 ngày đã có của các năm đó).\n"
    assert [row[0] for row in rows(data_dir)] == ["2026-01-01", "2026-11-24"]
    show = tiepdan("calendar", "show", "--year", "2026")
    assert "(lịch của cơ quan)" in show.out and "Ngày Văn hóa Việt Nam" in show.out
    assert "Tết Nguyên đán" not in show.out
    out = tmp_path / "out.json"
    r = tiepdan("calendar", "export", str(out), "--year", "2026")
    assert r.code == 0 and "Đã xuất 2 ngày (năm 2026)" in r.out
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert exported == [{**OFFICE_2026[0]}, {**OFFICE_2026[1], "source": ""}]


def test_import_from_stdin_replaces_the_year(tiepdan: Run, tmp_path: Path, data_dir: Path) -> None:
    assert tiepdan("calendar", "import", write(tmp_path, OFFICE_2026)).code == 0
    again = [{"date": "2026-09-02", "kind": "holiday", "name": "Quốc khánh"}]
    r = tiepdan("calendar", "import", "-", stdin=json.dumps(again, ensure_ascii=False))
    assert r.code == 0, r.err
    assert "thay cho 2 ngày" in r.out
    assert rows(data_dir) == [("2026-09-02", "holiday", "Quốc khánh", "")]


def test_export_everything_to_stdout_imports_elsewhere(tiepdan: Run, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    r = tiepdan("calendar", "export", "-")
    assert r.code == 0
    exported = r.json()
    assert {e["date"][:4] for e in exported} >= {"2026", "2027"}
    monkeypatch.setenv("TIEPDAN_DATA_DIR", str(tmp_path / "other"))
    r = tiepdan("calendar", "import", "-", stdin=r.out)
    assert r.code == 0, r.err
    assert tiepdan("calendar", "export", "-").json() == exported


@pytest.mark.parametrize(("content", "words"), [
    ("{not json", "Tệp JSON không đọc được"),
    ({"date": "2026-01-01"}, "danh sách JSON"),
    ([{"date": "2026-01-01", "kind": "holiday", "name": "a", "colour": "red"}],
     "không được hỗ trợ: colour"),
    ([{"date": "2026-01-01", "kind": "holiday", "name": "a"},
      {"date": "2026-01-01", "kind": "holiday", "name": "b"}], "xuất hiện hai lần"),
    ([{"date": "2026-02-29", "kind": "holiday", "name": "a"}], "không có thật"),
    ([{"date": "2026-01-05", "kind": "working_day", "name": "a"}], "Thứ Hai vốn là ngày làm việc"),
    ([], "không có ngày nào"),
])
def test_import_refusals_change_nothing(tiepdan: Run, tmp_path: Path, data_dir: Path,
                                        content: Any, words: str) -> None:
    assert tiepdan("calendar", "import", write(tmp_path, OFFICE_2026, "ok.json")).code == 0
    before = rows(data_dir)
    r = tiepdan("calendar", "import", write(tmp_path, content))
    assert r.code == 2
    assert r.out == ""
    assert r.err.startswith("Lỗi: ") and words in r.err
    assert rows(data_dir) == before


def test_import_a_missing_file(tiepdan: Run, tmp_path: Path) -> None:
    r = tiepdan("calendar", "import", str(tmp_path / "none.json"))
    assert r.code == 2 and "không đọc được tệp" in r.err


def test_export_to_an_unwritable_place(tiepdan: Run, tmp_path: Path) -> None:
    r = tiepdan("calendar", "export", str(tmp_path / "no" / "such" / "dir.json"))
    assert r.code == 2 and "không ghi được tệp" in r.err


@pytest.mark.parametrize("argv", [
    ("calendar",), ("calendar", "show", "--year", "twenty"), ("calendar", "show", "--year", "20"),
    ("calendar", "import"), ("calendar", "export"), ("calendar", "erase"),
])
def test_calendar_usage_errors(tiepdan: Run, argv: tuple[str, ...]) -> None:
    r = tiepdan(*argv)
    assert r.code == 2 and "Lỗi: tham số không hợp lệ" in r.err


def test_help_is_vietnamese(tiepdan: Run) -> None:
    r = tiepdan("calendar", "--help")
    assert r.code == 0 and "nhập lịch từ tệp JSON" in r.out
    r = tiepdan("deadline", "--help")
    assert r.code == 0 and "vụ việc đặc biệt phức tạp" in r.out


# ----------------------------------------------------------------------------- deadline


def test_deadline_prints_the_iso_date(tiepdan: Run) -> None:
    r = tiepdan("deadline", "--rule", "denunciation-resolution", "--from", "2026-01-05")
    assert (r.code, r.out, r.err) == (0, "2026-02-04\n", "")


def test_deadline_explain(tiepdan: Run) -> None:
    r = tiepdan("deadline", "--rule", "reception-notice", "--from", "2026-02-12", "--explain")
    first, second = r.out.splitlines()
    assert first == "2026-03-05"
    assert second.startswith("Hạn 10 ngày làm việc kể từ") and "Tết Nguyên đán" in second


def test_deadline_json(tiepdan: Run) -> None:
    r = tiepdan("deadline", "--rule", "complaint-first", "--from", "2026-03-31", "--json")
    assert r.code == 0, r.err
    obj = r.json()
    assert obj["rule"] == "complaint-first" and obj["basis"] == "Điều 28 Luật Khiếu nại 2011"
    assert (obj["unit"], obj["limit"], obj["start"], obj["due"]) == (
        "days", 30, "2026-03-31", "2026-05-04")
    assert obj["effective_from"] == "2012-07-01"
    assert obj["skipped"] == [
        {"date": "2026-04-30", "reason": "Ngày Chiến thắng (30/4)"},
        {"date": "2026-05-01", "reason": "Ngày Quốc tế Lao động (1/5)"},
        {"date": "2026-05-02", "reason": "Thứ Bảy"}, {"date": "2026-05-03", "reason": "Chủ nhật"}]


@pytest.mark.parametrize(("argv", "due"), [
    (("--rule", "complaint-first", "--from", "2026-01-02", "--complex"), "2026-02-23"),
    (("--rule", "complaint-second", "--from", "2026-07-17", "--complex", "--remote"), "2026-09-25"),
    (("--rule", "denunciation-initial", "--from", "2027-02-01", "--complex"), "2027-02-22"),
    (("--rule", "denunciation-resolution", "--from", "2026-01-05", "--extensions", "1"),
     "2026-03-06"),
    (("--rule", "denunciation-resolution", "--from", "2026-01-05", "--extensions", "2",
      "--especially-complex"), "2026-04-06"),
    (("--rule", "schedule-posting", "--from", "2026-01-15"), "2026-01-09"),
])
def test_deadline_options(tiepdan: Run, argv: tuple[str, ...], due: str) -> None:
    r = tiepdan("deadline", *argv)
    assert (r.code, r.out) == (0, due + "\n"), r.err


def test_the_office_calendar_counts(tiepdan: Run, tmp_path: Path) -> None:
    argv = ("deadline", "--rule", "forwarded-report", "--from", "2026-11-04")
    assert tiepdan(*argv).out == "2026-11-24\n"
    data = [{"date": "2026-11-24", "kind": "holiday", "name": "Ngày Văn hóa Việt Nam"}]
    assert tiepdan("calendar", "import", write(tmp_path, data)).code == 0
    assert tiepdan(*argv).out == "2026-11-25\n"


def test_deadline_list(tiepdan: Run) -> None:
    r = tiepdan("deadline", "--list")
    assert r.code == 0
    assert "denunciation-resolution\n    Giải quyết tố cáo: 30 ngày kể từ ngày thụ lý tố cáo " \
           "(gia hạn tối đa 2 lần, mỗi lần 30)" in r.out
    assert "Căn cứ: Điều 28 Luật Khiếu nại 2011 (hiệu lực từ 01/07/2012)" in r.out
    lines = tiepdan("deadline", "--list", "--json").json_lines()
    ids = [line["rule"] for line in lines]
    assert "schedule-posting" in ids and "filed-retention" in ids and len(ids) == len(set(ids))
    assert all({"basis", "unit", "limit", "effective_from"} <= set(line) for line in lines)


@pytest.mark.parametrize(("argv", "words"), [
    (("--rule", "no-such-rule", "--from", "2026-01-05"), "Không có quy tắc thời hạn 'no-such-rule'"),
    (("--rule", "reception-notice", "--from", "2026-01-05", "--complex"),
     "không có thời hạn riêng cho vụ việc phức tạp"),
    (("--rule", "denunciation-resolution", "--from", "2026-01-05", "--remote"),
     "vùng sâu, vùng xa"),
    (("--rule", "denunciation-resolution", "--from", "2026-01-05", "--extensions", "3",
      "--especially-complex"), "tối đa 2 lần"),
    (("--rule", "denunciation-resolution", "--from", "2026-01-05", "--extensions", "2"),
     "chỉ áp dụng cho vụ việc đặc biệt phức tạp"),
    (("--rule", "complaint-first", "--from", "2026-01-05", "--extensions", "1"),
     "không cho phép gia hạn"),
    (("--rule", "complaint-first"), "Cần --from"),
    (("--from", "2026-01-05"), "Cần --rule"),
    ((), "Cần --rule và --from"),
])
def test_deadline_refusals(tiepdan: Run, argv: tuple[str, ...], words: str) -> None:
    r = tiepdan("deadline", *argv)
    assert r.code == 2 and r.out == ""
    assert words in r.err, r.err


@pytest.mark.parametrize("argv", [
    ("--rule", "complaint-first", "--from", "05/01/2026"),
    ("--rule", "complaint-first", "--from", "2026-02-30"),
    ("--rule", "complaint-first", "--from", "2026-01-05", "--extensions", "-1"),
    ("--rule", "complaint-first", "--from", "2026-01-05", "--extensions", "two"),
])
def test_deadline_usage_errors(tiepdan: Run, argv: tuple[str, ...]) -> None:
    r = tiepdan("deadline", *argv)
    assert r.code == 2 and "Lỗi: tham số không hợp lệ" in r.err
