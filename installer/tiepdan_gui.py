"""PyInstaller entry point of the windowed executable `TiepDan` (app.cli:gui_main)."""

import sys

from app.cli import gui_main

if __name__ == "__main__":
    sys.exit(gui_main())
