"""`tiepdan user …` and `--user` sign-in on the command line (issue 6, item 2)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from app.cli import run

PW = "mat-khau-2026"


def cli(data: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--data-dir", str(data), *argv], out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    d = tmp_path / "data"
    assert cli(d, "init", "--office-code", "00163", "--office-name", "UBND phường Láng",
               "--officer-name", "Nguyễn Thị Lan", "--head-name", "Lê Văn Hùng")[0] == 0
    monkeypatch.setenv("TIEPDAN_NEW_PASSWORD", PW)
    monkeypatch.delenv("TIEPDAN_PASSWORD", raising=False)
    return d


def test_desk_mode_needs_no_sign_in_and_the_first_user_is_an_admin(data: Path) -> None:
    assert cli(data, "officer", "list")[0] == 0
    code, _, err = cli(data, "user", "add", "lan", "--full-name", "Nguyễn Thị Lan",
                       "--role", "officer", "--officer", "CB01")
    assert code == 2 and "quản trị" in err
    code, out, _ = cli(data, "user", "add", "admin", "--full-name", "Quản trị", "--role", "admin")
    assert code == 0 and "Đã thêm người dùng admin" in out


def test_once_users_exist_every_command_signs_in(data: Path, monkeypatch: pytest.MonkeyPatch
                                                 ) -> None:
    cli(data, "user", "add", "admin", "--full-name", "Quản trị", "--role", "admin")
    code, _, err = cli(data, "officer", "list")
    assert code == 3 and "cần đăng nhập" in err
    code, _, err = cli(data, "--user", "admin", "officer", "list")  # no password, no terminal
    assert code == 3 and "TIEPDAN_PASSWORD" in err
    monkeypatch.setenv("TIEPDAN_PASSWORD", "sai-mat-khau-1")
    code, _, err = cli(data, "--user", "admin", "officer", "list")
    assert code == 3 and "không đúng" in err
    monkeypatch.setenv("TIEPDAN_PASSWORD", PW)
    assert cli(data, "--user", "admin", "officer", "list")[0] == 0
    code, out, _ = cli(data, "--user", "admin", "user", "add", "lan", "--full-name",
                       "Nguyễn Thị Lan", "--role", "officer", "--officer", "CB01")
    assert code == 0
    code, out, _ = cli(data, "--user", "admin", "user", "list", "--json")
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["username"], r["role"], r["must_change_password"]) for r in rows] == [
        ("admin", "admin", False), ("lan", "officer", True)]


def test_roles_are_refused_by_the_services(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cli(data, "user", "add", "admin", "--full-name", "Quản trị", "--role", "admin")
    monkeypatch.setenv("TIEPDAN_PASSWORD", PW)
    cli(data, "--user", "admin", "user", "add", "lan", "--full-name", "Nguyễn Thị Lan",
        "--role", "officer", "--officer", "CB01")
    code, _, err = cli(data, "--user", "lan", "field", "set", "XD", "Xây dựng")
    assert code == 3 and "Không được phép" in err
    code, _, err = cli(data, "--user", "lan", "user", "list")
    assert code == 3 and "Không được phép" in err
    code, _, err = cli(data, "--user", "admin", "audit", "list")
    assert code == 0, err
    code, _, err = cli(data, "--user", "lan", "visit", "list", "--as-officer", "CB01")
    assert code == 2 and "--as-officer" in err


def test_disable_enable_reset_and_passwd(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cli(data, "user", "add", "admin", "--full-name", "Quản trị", "--role", "admin")
    monkeypatch.setenv("TIEPDAN_PASSWORD", PW)
    cli(data, "--user", "admin", "user", "add", "thanhtra", "--full-name", "Thanh tra",
        "--role", "inspector")
    assert cli(data, "--user", "admin", "user", "disable", "thanhtra")[0] == 0
    code, _, err = cli(data, "--user", "thanhtra", "officer", "list")
    assert code == 3 and "vô hiệu hóa" in err
    assert cli(data, "--user", "admin", "user", "enable", "thanhtra")[0] == 0
    monkeypatch.setenv("TIEPDAN_NEW_PASSWORD", "tam-thoi-2027")
    assert cli(data, "--user", "admin", "user", "reset-password", "thanhtra")[0] == 0
    monkeypatch.setenv("TIEPDAN_PASSWORD", "tam-thoi-2027")
    monkeypatch.setenv("TIEPDAN_NEW_PASSWORD", "mat-khau-moi-9")
    code, out, err = cli(data, "--user", "thanhtra", "user", "passwd")
    assert code == 0 and "Đã đổi mật khẩu" in out, err
    monkeypatch.setenv("TIEPDAN_PASSWORD", "mat-khau-moi-9")
    assert cli(data, "--user", "thanhtra", "officer", "list")[0] == 0


def test_restore_needs_an_admin(data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                ) -> None:
    out_file = tmp_path / "b.sqlite3"
    assert cli(data, "backup", "--out", str(out_file))[0] == 0
    cli(data, "user", "add", "admin", "--full-name", "Quản trị", "--role", "admin")
    monkeypatch.setenv("TIEPDAN_PASSWORD", PW)
    cli(data, "--user", "admin", "user", "add", "thanhtra", "--full-name", "Thanh tra",
        "--role", "inspector")
    code, _, err = cli(data, "--user", "thanhtra", "restore", str(out_file))
    assert code == 3 and "Không được phép" in err
    code, _, err = cli(data, "--user", "admin", "restore", str(out_file))
    assert code == 0, err


def test_the_first_admin_encrypts_the_store_and_restore_check_take_the_recovery_key(
        data: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from app.storage import dbfile

    code, out, _ = cli(data, "user", "add", "admin", "--full-name", "Quản trị", "--role", "admin")
    assert code == 0 and "MÃ KHÔI PHỤC" in out
    recovery = next(line.strip() for line in out.splitlines() if line.count("-") == 7)
    db = data / "tiepdan.sqlite3"
    assert not dbfile.is_plaintext(db) and not dbfile.opens(db, None)
    code, _, err = cli(data, "check")
    assert code == 3 and "--recovery-key" in err
    monkeypatch.setenv("TIEPDAN_PASSWORD", "sai-mat-khau-1")
    code, _, err = cli(data, "--user", "admin", "officer", "list")
    assert code == 3 and "không đúng" in err
    monkeypatch.setenv("TIEPDAN_PASSWORD", PW)
    code, out, err = cli(data, "--user", "admin", "officer", "list")
    assert code == 0 and "Nguyễn Thị Lan" in out, err
    code, out, err = cli(data, "--user", "admin", "backup", "--out", str(tmp_path / "b.sqlite3"))
    assert code == 0, err
    monkeypatch.delenv("TIEPDAN_PASSWORD")
    monkeypatch.setenv("TIEPDAN_RECOVERY_KEY", recovery.lower())
    code, out, err = cli(data, "check", "--full", "--recovery-key")
    assert code == 0 and "nguyên vẹn" in out, err
    code, out, err = cli(data, "restore", str(tmp_path / "b.sqlite3"), "--recovery-key")
    assert code == 0 and "Đã khôi phục" in out, err
    monkeypatch.setenv("TIEPDAN_RECOVERY_KEY", "AAAA-" * 7 + "AAAA")
    code, _, err = cli(data, "check", "--recovery-key")
    assert code == 2 and "Mã khôi phục không đúng" in err
