"""What the About box lists: the bundled fonts and data with their licences, and the main
libraries with the version and licence their installed metadata declares (nothing typed by hand,
so it stays true after an upgrade). No Qt here."""

from __future__ import annotations

import importlib.metadata as metadata
from dataclasses import dataclass
from pathlib import Path

from app.paths import resources_dir

# The distributions the application is built on (pyproject.toml dependencies).
LIBRARIES = ("PySide6-Essentials", "SQLAlchemy", "alembic", "reportlab", "openpyxl",
             "argon2-cffi", "cryptography", "pyrage", "zstandard", "sqlcipher3-wheels", "pypdf",
             "platformdirs")


@dataclass(frozen=True, slots=True)
class Library:
    name: str
    version: str  # "" : not installed
    licence: str  # "" : the package does not say


@dataclass(frozen=True, slots=True)
class BundledLicence:
    what: str  # the first line of the licence file: the fonts or data it covers
    licence: str  # from the file's name: LICENSE-Liberation-OFL-1.1.txt → OFL-1.1
    path: Path


def library(name: str) -> Library:
    try:
        meta = metadata.metadata(name)
    except metadata.PackageNotFoundError:
        return Library(name, "", "")
    licence = meta["License-Expression"] or ""
    if not licence:
        classifiers = [c.rsplit(" :: ", 1)[-1] for c in meta.get_all("Classifier") or []
                       if c.startswith("License ::")]
        short = (meta["License"] or "").strip().splitlines()
        licence = ", ".join(classifiers) or (short[0][:60] if short else "")
    return Library(name, meta["Version"] or "", licence)


def libraries() -> list[Library]:
    return [library(name) for name in LIBRARIES]


def fonts() -> list[BundledLicence]:
    """Each licence file in resources/fonts (one per font family)."""
    out = []
    for path in sorted((resources_dir() / "fonts").glob("LICENSE-*")):
        first = path.read_text(encoding="utf-8").strip().splitlines()[0]
        licence = path.stem.removeprefix("LICENSE-").split("-", 1)[-1]
        out.append(BundledLicence(first, licence, path))
    return out
