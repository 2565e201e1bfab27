"""`tiepdan backup`, `tiepdan restore`, `tiepdan check`."""

from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import Run


def test_backup_restore_check(ward: Run, data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "sao-luu.sqlite3"
    made = ward("backup", "--out", str(out), "--as-officer", "CB01")
    assert made.code == 0, made.err
    assert f"Đã sao lưu vào {out}" in made.out
    ward("officer", "add", "--name", "Đỗ Văn Mới")
    assert ward("check").out.startswith("Tệp dữ liệu nguyên vẹn: kiểm tra nhanh")
    assert "toàn bộ" in ward("check", "--full").out
    restored = ward("restore", str(out))
    assert restored.code == 0, restored.err
    assert "Mã cài đặt mới" in restored.out and "được giữ tại" in restored.out
    assert "Đỗ Văn Mới" not in ward("officer", "list").out
    actions = [r["action"] for r in ward("audit", "list", "--json").json_lines()]
    # The backup's own entry follows the copy: it is in the store that was kept, not the copy.
    assert actions == ["store.restore", "officer.create", "officer.create", "office.init"]
    assert ward("audit", "verify").code == 0
    bad = ward("restore", str(tmp_path / "khong-co.sqlite3"))
    assert bad.code == 3 and "không tìm thấy tệp" in bad.err


def test_check_a_corrupt_store(ward: Run, data_dir: Path) -> None:
    for i in range(30):
        ward("officer", "add", "--name", f"Cán bộ {i}", "--title", "x" * 300)
    db = data_dir / "tiepdan.sqlite3"
    data = bytearray(db.read_bytes())
    for start in range(2 * 4096, len(data), 3 * 4096):
        data[start: start + 12] = b"\x0d" + b"\xff" * 11
    db.write_bytes(bytes(data))
    for side in ("-wal", "-shm"):
        (data_dir / f"tiepdan.sqlite3{side}").unlink(missing_ok=True)
    r = ward("check", "--full")
    assert r.code == 3
    assert "không tự sửa" in (r.out + r.err)
