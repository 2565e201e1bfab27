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


def test_english_pictures_are_taken_with_the_english_catalogue(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """One picture is enough to show the language option works (the full English set takes as
    long as the Vietnamese one); the windows are the same."""
    from PySide6.QtCore import QCoreApplication, QEvent, QObject

    from app.ui.setup_wizard import SetupWizard

    shots = _script()
    titles: list[str] = []

    class Watch(QObject):  # the wizard's page title as it was drawn
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if isinstance(obj, SetupWizard) and event.type() == QEvent.Type.Show:
                titles.append(obj.currentPage().title())
            return False

    watch = Watch()
    qapp.installEventFilter(watch)
    try:
        written = shots.take(tmp_path / "en", tmp_path / "work", language="en",
                             only={"thiet-lap.png"})
    finally:
        qapp.removeEventFilter(watch)
    assert [p.name for p in written] == ["thiet-lap.png"]
    with Image.open(written[0]) as img:
        assert img.size == shots.SHOTS["thiet-lap.png"]
    assert titles == ["Office"]  # Vietnamese: "Cơ quan"
    assert QCoreApplication.translate("MainWindow", "&Tệp") == "&Tệp"  # Vietnamese again after


def test_the_guides_show_every_picture_in_their_language() -> None:
    docs = SCRIPT.parents[1] / "docs"
    names = set(_script().SHOTS)
    for guide, folder in ((docs / "huong-dan.md", "images"), (docs / "user-guide.md", "images/en")):
        text = guide.read_text(encoding="utf-8")
        missing = {n for n in names if f"]({folder}/{n})" not in text}
        assert not missing, f"{guide.name}: {sorted(missing)}"
        assert all((docs / folder / n).is_file() for n in names)  # committed
