"""app.paths: where print previews go (shared by every window of a user, never by tests)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from app import paths


def test_print_previews_go_to_tiepdan_in_unless_told_otherwise(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(paths.PRINT_TEMP_ENV, raising=False)
    assert paths.print_temp_dir() == Path(tempfile.gettempdir()) / "TiepDan-in"
    monkeypatch.setenv(paths.PRINT_TEMP_ENV, str(tmp_path / "in"))
    assert paths.print_temp_dir() == tmp_path / "in"
