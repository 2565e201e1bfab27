"""Rotating log file in the platformdirs log dir; unexpected errors go there, never to the screen."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from app.paths import log_dir

LOG_NAME = "tiepdan.log"
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
        handler: logging.Handler = RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()  # read-only profile: better than nothing
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    _configured = path
    return path


def log_path() -> Path:
    return _configured or (log_dir() / LOG_NAME)
