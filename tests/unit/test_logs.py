"""The log file rotates so a ward PC never fills its disk with it."""

from __future__ import annotations

from pathlib import Path

from app import logs


def test_big_log_is_rotated_and_old_ones_dropped(tmp_path: Path) -> None:
    path = tmp_path / logs.LOG_NAME
    for i in range(1, logs.KEEP + 1):
        path.with_name(f"{path.name}.{i}").write_text(f"old {i}")
    path.write_bytes(b"x" * logs.MAX_BYTES)
    logs._rotate(path)
    assert not path.exists()
    assert path.with_name(f"{path.name}.1").stat().st_size == logs.MAX_BYTES
    assert path.with_name(f"{path.name}.2").read_text() == "old 1"
    assert path.with_name(f"{path.name}.{logs.KEEP}").read_text() == f"old {logs.KEEP - 1}"
    assert not path.with_name(f"{path.name}.{logs.KEEP + 1}").exists()


def test_small_log_is_kept(tmp_path: Path) -> None:
    path = tmp_path / logs.LOG_NAME
    path.write_text("hello")
    logs._rotate(path)
    assert path.read_text() == "hello"
