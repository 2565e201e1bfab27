"""Running `tiepdan` in-process (app.cli.run) on a store in a temp dir, for every CLI test."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app import cli


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json_lines(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.out.splitlines()]

    def json(self) -> Any:
        """The output as one JSON value (an object, or a list for exports)."""
        return json.loads(self.out)


Run = Callable[..., Result]


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "store"
    monkeypatch.setenv("TIEPDAN_DATA_DIR", str(path))
    return path


@pytest.fixture
def tiepdan(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Run:
    def run(*argv: str, stdin: str | None = None) -> Result:
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        out, err = io.StringIO(), io.StringIO()
        code = cli.run(list(argv), out=out, err=err)
        return Result(code, out.getvalue(), err.getvalue())

    return run


@pytest.fixture
def ward(tiepdan: Run) -> Run:
    r = tiepdan("init", "--office-code", "00163", "--office-name", "UBND phường Láng",
                "--upstream-name", "Ban Tiếp công dân thành phố Hà Nội",
                "--officer-name", "Nguyễn Thị Lan", "--head-name", "Lê Văn Hùng")
    assert r.code == 0, r.err
    return tiepdan


def write(tmp_path: Path, content: Any, name: str = "record.json") -> str:
    path = tmp_path / name
    path.write_text(content if isinstance(content, str) else json.dumps(content, ensure_ascii=False),
                    encoding="utf-8")
    return str(path)
