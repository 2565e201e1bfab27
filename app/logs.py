"""Rotating log file in the platformdirs log dir; unexpected errors go there, never to the screen."""

from __future__ import annotations

import logging
from pathlib import Path

from app.paths import log_dir

LOG_NAME = "tiepdan.log"
MAX_BYTES = 2_000_000
KEEP = 5


def _rotate(path: Path) -> None:
    """Rotate at start-up when the file is big: tiepdan.log → .1 → … → .5 (oldest dropped).

    Done by hand rather than with logging.handlers, whose import (socket, pickle…) costs more
    than a Qt window needs to appear.
    """
    if not path.exists() or path.stat().st_size < MAX_BYTES:
        return
    for i in range(KEEP - 1, 0, -1):
        older = path.with_name(f"{path.name}.{i}")
        if older.exists():
            older.replace(path.with_name(f"{path.name}.{i + 1}"))
    path.replace(path.with_name(f"{path.name}.1"))
_configured: Path | None = None


def setup_logging(directory: Path | None = None) -> Path:
    """Idempotent; returns the log file path."""
    global _configured
    if _configured is not None:
        return _configured
    target_dir = directory or log_dir()
    path = target_dir / LOG_NAME
    root = logging.getLogger()
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
        _rotate(path)
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()  # read-only profile: better than nothing
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    _configured = path
    return path


def log_path() -> Path:
    return _configured or (log_dir() / LOG_NAME)
