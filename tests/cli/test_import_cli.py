"""`tiepdan import`: dry run, refusals (exit 2, nothing written), a real import, JSON."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Run
from tests.services.excel_files import VISIT_HEADERS, visit_rows, write_xlsx


def _init(tiepdan: Run) -> None:
    assert tiepdan("init", "--office-code", "00163", "--office-name", "UBND phường Láng").code == 0
    for name in ("Nguyễn Thị Lan", "Trần Văn Bình"):
        assert tiepdan("officer", "add", "--name", name, "--title", "Công chức").code == 0


def test_dry_run_then_import(tiepdan: Run, tmp_path: Path) -> None:
    _init(tiepdan)
    path = str(write_xlsx(tmp_path / "so.xlsx", VISIT_HEADERS, visit_rows()[:3]))
    dry = tiepdan("import", "visits", path, "--dry-run")
    assert dry.code == 0, dry.err
    assert "Ngày tiếp ← Ngày tiếp" in dry.out and "3 dòng nhập được" in dry.out
    assert tiepdan("visit", "list", "--json").out == ""
    done = tiepdan("import", "visits", path)
    assert done.code == 0, done.err
    assert "Đã nhập 3 lượt tiếp (số 0001/2026 – 0003/2026)" in done.out
    assert len(tiepdan("visit", "list", "--json").json_lines()) == 3


def test_a_bad_file_exits_2_and_writes_nothing(tiepdan: Run, tmp_path: Path) -> None:
    _init(tiepdan)
    rows = visit_rows()
    rows[0][6] = "Linh tinh"
    path = str(write_xlsx(tmp_path / "so.xlsx", VISIT_HEADERS, rows))
    res = tiepdan("import", "visits", path)
    assert res.code == 2
    assert "Lỗi: Dòng 4: Phân loại: 'Linh tinh' không rõ" in res.out
    assert "chưa có dòng nào được ghi" in res.err
    assert tiepdan("visit", "list", "--json").out == ""
    res = tiepdan("import", "visits", path, "--dry-run", "--json")
    assert res.code == 2 and res.json()["problems"][0]["line"] == 4


def test_an_explicit_mapping(tiepdan: Run, tmp_path: Path) -> None:
    _init(tiepdan)
    path = str(write_xlsx(tmp_path / "so.xlsx", ["A", "B", "C", "D", "E"],
                          [["05/03/2026", "Đỗ An", "Số 1 Láng", "Hỏi đất", "KN"]], title=None))
    mapping = json.dumps({"visited_on": "A", "full_name": "B", "address": "C", "content": "D",
                          "category": "E"})
    res = tiepdan("import", "visits", path, "--mapping", mapping, "--json")
    assert res.code == 0, res.err
    assert res.json()["imported"] == 1
    bad = tiepdan("import", "visits", path, "--mapping", '{"ten": "B"}')
    assert bad.code == 2 and "không có trường 'ten'" in bad.err
