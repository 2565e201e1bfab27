"""`python -m app` as a real process: environment, standard streams, UTF-8, exit status."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.storage import dbfile

ROOT = Path(__file__).resolve().parents[2]
RECORD = {
    "visited_at": "2025-11-20T09:30:00+07:00", "reception_type": "regular",
    "persons": [{"full_name": "Nguyễn Văn Đức", "cccd": "001090012345",
                 "address": "Số 1 ngõ 2 phố Láng Thượng", "phone": "0912345678"}],
    "content": "Đề nghị xem xét việc cấp giấy chứng nhận quyền sử dụng đất", "category": "KNPA",
}


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    e = {k: v for k, v in os.environ.items() if not k.startswith(("TIEPDAN_", "PYTHON"))}
    e.update(TIEPDAN_DATA_DIR=str(tmp_path / "store"), XDG_STATE_HOME=str(tmp_path / "state"),
             XDG_DATA_HOME=str(tmp_path / "xdg-data"), LANG="C", LC_ALL="C")
    return e


def tiepdan(env: dict[str, str], *argv: str, stdin: str | None = None
            ) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *argv], input=stdin, capture_output=True,
        encoding="utf-8", env=env, cwd=ROOT, timeout=60, check=False)


def test_a_session_in_real_processes(env: dict[str, str], tmp_path: Path) -> None:
    r = tiepdan(env, "init", "--office-code", "00163", "--office-name", "UBND phường Láng",
                "--officer-name", "Nguyễn Thị Lan")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("Đã khởi tạo kho dữ liệu cho UBND phường Láng")
    assert (tmp_path / "store" / "tiepdan.sqlite3").exists()

    # Standard input, UTF-8 in and out even under the C locale.
    r = tiepdan(env, "visit", "add", "--json", "-", "--officer", "CB01",
                stdin=json.dumps(RECORD, ensure_ascii=False))
    assert r.returncode == 0, r.stderr
    saved = json.loads(r.stdout)
    assert saved["number"] == "0001/2025" and saved["persons"][0]["full_name"] == "Nguyễn Văn Đức"

    r = tiepdan(env, "search", "nguyen van duc", "--json")
    hits = [json.loads(line) for line in r.stdout.splitlines()]
    assert [(h["kind"], h["id"]) for h in hits][1] == ("visit", saved["id"])
    assert hits[0]["title"] == "Nguyễn Văn Đức (1990)"

    # A refusal: exit 2, Vietnamese on standard error, nothing on standard output or in the store.
    bad = dict(RECORD, visited_at="2026-02-30T09:00:00+07:00")
    r = tiepdan(env, "visit", "add", "--json", "-", stdin=json.dumps(bad))
    assert r.returncode == 2 and r.stdout == ""
    assert "thời điểm không hợp lệ" in r.stderr
    r = tiepdan(env, "visit", "list", "--json")
    assert [json.loads(line)["number"] for line in r.stdout.splitlines()] == ["0001/2025"]


def test_data_dir_option_and_too_new_store(env: dict[str, str], tmp_path: Path) -> None:
    other = tmp_path / "other"
    r = tiepdan(env, "--data-dir", str(other), "init", "--office-code", "X1",
                "--office-name", "UBND xã Thử")
    assert r.returncode == 0, r.stderr
    assert (other / "tiepdan.sqlite3").exists() and not (tmp_path / "store").exists()


    conn = dbfile.connect(other / "tiepdan.sqlite3")
    conn.execute("UPDATE alembic_version SET version_num = '0999'")
    conn.commit()
    conn.close()
    r = tiepdan(env, "--data-dir", str(other), "visit", "list")
    assert r.returncode == 3
    assert "mới hơn" in r.stderr and r.stdout == ""


def test_version_and_self_test(env: dict[str, str]) -> None:
    from app import __version__

    r = tiepdan(env, "--version")
    assert (r.returncode, r.stdout.strip()) == (0, f"TiepDan {__version__}")
    r = tiepdan(env, "--self-test")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "tất cả đều đạt" in r.stdout
