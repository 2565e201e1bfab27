"""`tiepdan audit verify|list`."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from app.clock import VN_TZ
from app.storage import dbfile
from tests.cli.conftest import Run


def test_verify_and_list(ward: Run, data_dir: Path) -> None:
    ok = ward("audit", "verify")
    assert ok.code == 0 and "nguyên vẹn: 3 mục" in ok.out
    rows = ward("audit", "list", "--json").json_lines()
    assert [r["action"] for r in rows] == ["officer.create", "officer.create", "office.init"]
    assert rows[0]["actor"]["kind"] == "system" and rows[-1]["seq"] == 1
    today = datetime.now(VN_TZ).date().isoformat()
    assert len(ward("audit", "list", "--from", today, "--to", today, "--json").json_lines()) == 3
    assert ward("audit", "list", "--to", "2000-01-01").out == "Không có mục nào.\n"
    text = ward("audit", "list", "--limit", "1")
    assert text.code == 0 and "Thêm cán bộ Lê Văn Hùng" in text.out
    bad = ward("audit", "list", "--from", "2026-02-01", "--to", "2026-01-01")
    assert bad.code == 2


def test_verify_names_the_first_broken_entry(ward: Run, data_dir: Path) -> None:
    conn = dbfile.connect(data_dir / "tiepdan.sqlite3")
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET summary = 'Khởi tạo kho dữ liệu' WHERE seq = 2")
    conn.commit()
    conn.close()
    broken = ward("audit", "verify")
    assert broken.code == 3
    assert "từ mục số 2" in broken.out
