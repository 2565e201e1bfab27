"""TiepDan: citizen reception and petition handling for a ward office."""

__version__ = "0.1.0"
APP_NAME = "TiepDan"
APP_AUTHOR = "TiepDan"
