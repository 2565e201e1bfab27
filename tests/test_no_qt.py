"""Qt lives in app/ui only (ARCHITECTURE principle 1): everything else loads without PySide6."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SKIP = ("app.ui", "app.storage.migrations", "app.__main__")  # __main__ would start the program


def modules_outside_ui() -> list[str]:
    found = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        name = ".".join(parts)
        if not name.startswith(SKIP):
            found.append(name)
    return found


# Import every module outside app/ui (and outside the Alembic scripts, which only Alembic loads),
# then use the command line end to end, and report which Qt modules got loaded.
PROBE = r"""
import importlib, io, json, sys, tempfile
names = json.loads(sys.argv[1])
for name in names:
    importlib.import_module(name)
for name in ("app.services", "app.storage", "app.models", "app.law", "app.vn", "app.cli",
             "app.selftest"):
    assert name in sys.modules, name
from app import cli
with tempfile.TemporaryDirectory() as tmp:
    out, err = io.StringIO(), io.StringIO()
    codes = [cli.run(["--data-dir", tmp, *argv], out=out, err=err) for argv in (
        ["init", "--office-code", "00163", "--office-name", "UBND phường Láng"],
        ["demo", "--visits", "3"], ["search", "nguyen"], ["visit", "list", "--json"],
        ["--self-test"])]
    assert codes == [0, 0, 0, 0, 0], (codes, err.getvalue())
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print(json.dumps({"imported": names, "qt": qt}))
"""


def test_nothing_outside_app_ui_loads_qt(tmp_path: Path) -> None:
    env = dict(os.environ, XDG_STATE_HOME=str(tmp_path / "state"),
               XDG_DATA_HOME=str(tmp_path / "data"))
    env.pop("TIEPDAN_DATA_DIR", None)
    names = modules_outside_ui()
    assert {"app", "app.services.visits", "app.storage.store", "app.vn.cccd_qr", "app.law.crowd",
            "app.models.visit", "app.cli", "app.selftest"} <= set(names)
    r = subprocess.run([sys.executable, "-c", PROBE, json.dumps(names)], capture_output=True,
                       text=True, env=env, cwd=ROOT, timeout=120, check=False)
    assert r.returncode == 0, r.stderr
    result = json.loads(r.stdout.splitlines()[-1])
    assert result["imported"] == names
    assert result["qt"] == []
