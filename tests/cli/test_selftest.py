"""`tiepdan --self-test`: one line per step, failures named, nothing written outside its temp dir."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import pytest

from app import cli, selftest
from app.printing import forms
from app.selftest import STEPS, Step


def _files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]


def test_writes_nothing_outside_its_temp_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                             ) -> None:
    home, tmp = tmp_path / "home", tmp_path / "tmp"
    tmp.mkdir()
    for var in ("HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME",
                "APPDATA", "LOCALAPPDATA"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.setenv("TIEPDAN_DATA_DIR", str(home / "store"))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    out = io.StringIO()
    assert cli.run(["--self-test"], out=out, err=io.StringIO()) == 0, out.getvalue()
    assert out.getvalue().count("[ĐẠT]") == len(STEPS)
    assert _files(home) == [] and list(tmp.iterdir()) == []


def test_every_form_of_the_table_is_printed_and_read_back() -> None:
    out = io.StringIO()
    assert selftest.self_test(out, tuple(s for s in STEPS if s.key == "forms")) == 0
    from app.law.forms import FORMS

    assert f"({len(FORMS)} mẫu)" in out.getvalue()


def test_a_form_without_a_body_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(forms.BODIES, "refusal")
    out = io.StringIO()
    assert selftest.self_test(out, tuple(s for s in STEPS if s.key == "forms")) == 1
    assert "[LỖI]  In mọi mẫu văn bản" in out.getvalue() and "refusal: chưa có mẫu in" in out.getvalue()


def test_a_failed_step_is_named_and_its_dependants_skipped() -> None:
    def broken(ctx: selftest.Context) -> str:
        raise OSError("đĩa đầy")

    steps = (Step("migrate", "Mở kho", broken), Step("init", "Khởi tạo", lambda c: "", ("migrate",)),
             Step("other", "Bước độc lập", lambda c: "ổn"))
    out = io.StringIO()
    assert selftest.self_test(out, steps) == 1
    assert out.getvalue().splitlines() == [
        "[LỖI]  Mở kho: OSError: đĩa đầy", "[BỎ QUA] Khởi tạo: bước trước bị lỗi",
        "[ĐẠT]  Bước độc lập (ổn)", "Tự kiểm tra: 2/3 bước không đạt."]
