"""Where things live: the one module that knows about platformdirs and frozen builds."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app import APP_AUTHOR, APP_NAME

if TYPE_CHECKING:
    from platformdirs import PlatformDirs

DATA_DIR_ENV = "TIEPDAN_DATA_DIR"
PRINT_TEMP_ENV = "TIEPDAN_PRINT_TEMP"
PRINT_TEMP_FOLDER = "TiepDan-in"
DB_FILENAME = "tiepdan.sqlite3"


def _platformdirs() -> PlatformDirs:
    from platformdirs import PlatformDirs

    return PlatformDirs(APP_NAME, APP_AUTHOR)


def default_data_dir() -> Path:
    return Path(_platformdirs().user_data_dir)


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """--data-dir, else $TIEPDAN_DATA_DIR, else the platformdirs user data dir."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


def demo_data_dir() -> Path:
    """The demo store is kept apart from the real one."""
    return default_data_dir().parent / f"{APP_NAME}-demo"


def print_temp_dir() -> Path:
    """Where previews and PDFs handed to a viewer are written (they hold personal data and are
    removed after use): $TIEPDAN_PRINT_TEMP, else TiepDan-in in the system temp folder. Tests
    point the variable at their own folder so parallel runs never share one."""
    env = os.environ.get(PRINT_TEMP_ENV)
    if env:
        return Path(env).expanduser()
    import tempfile

    return Path(tempfile.gettempdir()) / PRINT_TEMP_FOLDER


def log_dir() -> Path:
    return Path(_platformdirs().user_log_dir)


def backup_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def bundle_root() -> Path:
    """Root of the source tree, or of the PyInstaller bundle when frozen."""
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return bundle_root() / "resources"


def icon_files() -> list[Path]:
    """The application icon: the .ico (16–256 px, also the Windows .exe's) and a 256 px PNG.
    Drawn by scripts/make_icon.py."""
    icons = resources_dir() / "icons"
    return [icons / "tiepdan.ico", icons / "tiepdan.png"]


def migrations_dir() -> Path:
    return Path(__file__).resolve().parent / "storage" / "migrations"
