"""The user guide's pictures are made by a script (scripts/screenshots.py); it must keep running
as the windows change. Pixels are not compared: only that every picture is written, at its size."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from PIL import Image

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "screenshots.py"


def _script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("tiepdan_screenshots", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_the_script_writes_every_picture_of_the_guide(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    shots = _script()
    out, work = tmp_path / "images", tmp_path / "work"
    written = shots.take(out, work)
    assert sorted(p.name for p in written) == sorted(shots.SHOTS)
    for name, size in shots.SHOTS.items():
        path = out / name
        assert path.stat().st_size > 1000, name
        with Image.open(path) as img:
            assert img.format == "PNG" and img.size == size, name
    assert not work.exists()  # the demo stores are cleaned up


def test_the_guide_shows_every_picture() -> None:
    docs = SCRIPT.parents[1] / "docs"
    names = set(_script().SHOTS)
    for guide in (docs / "huong-dan.md", docs / "user-guide.md"):
        text = guide.read_text(encoding="utf-8")
        missing = {n for n in names if f"images/{n}" not in text}
        assert not missing, f"{guide.name}: {sorted(missing)}"
        assert all((docs / "images" / n).is_file() for n in names)  # committed
