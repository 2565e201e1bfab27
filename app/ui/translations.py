"""The interface language: Vietnamese (the source language of every string) or English.

The English catalogue's source is resources/i18n/tiepdan_en.ts (in git, edited by people);
tiepdan_en.qm is built from it by `python -m app.ui.translations build` (pyside6-lrelease),
which `make installer` runs before PyInstaller. The .qm is not committed: it is a build
product. A source checkout builds it at start when it is missing or older than the .ts, so
`make run` after a `git pull` shows the current catalogue without a separate step.

    python -m app.ui.translations update   # re-scan app/ui/*.py into the .ts (pyside6-lupdate)
    python -m app.ui.translations build    # .ts -> .qm (pyside6-lrelease)

The choice is stored in QSettings and read once at start; switching applies at the next start.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from app import paths

SETTINGS_LANGUAGE = "ui/language"
DEFAULT_LANGUAGE = "vi"
LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}  # each named in itself, never translated
CATALOGUE = "tiepdan"
TRANSLATED = ("en",)  # languages with a catalogue; Vietnamese is the source text itself

log = logging.getLogger(__name__)
_active: list[QTranslator] = []  # Qt does not own installed translators: keep them alive here


def catalogue_dir() -> Path:
    return paths.bundle_root() / "resources" / "i18n"


def ts_path(language: str) -> Path:
    return catalogue_dir() / f"{CATALOGUE}_{language}.ts"


def qm_path(language: str) -> Path:
    return catalogue_dir() / f"{CATALOGUE}_{language}.qm"


def chosen_language() -> str:
    value = str(QSettings().value(SETTINGS_LANGUAGE, DEFAULT_LANGUAGE) or DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def choose_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(language)
    QSettings().setValue(SETTINGS_LANGUAGE, language)


def _qt_tool(name: str) -> Path:
    """lupdate/lrelease ship inside the PySide6 wheel (pyside6-* are thin wrappers)."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"{name} không có trong gói PySide6 ({folder})")


def ui_sources() -> list[Path]:
    return sorted((paths.bundle_root() / "app" / "ui").glob("*.py"))


def update_catalogue(language: str, target: Path | None = None) -> Path:
    """Re-scan the UI sources into a .ts (new strings arrive as unfinished, gone ones vanish).
    No source locations are written: line numbers would make every UI edit a catalogue change."""
    target = target or ts_path(language)
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [str(_qt_tool("lupdate")), "-silent", "-locations", "none", "-no-obsolete",
         "-source-language", "vi_VN", "-target-language", language,
         *[str(p) for p in ui_sources()], "-ts", str(target)],
        check=True)
    return target


def build_catalogue(language: str) -> Path:
    out = qm_path(language)
    subprocess.run([str(_qt_tool("lrelease")), "-silent", str(ts_path(language)), "-qm", str(out)],
                   check=True)
    return out


def _fresh_qm(language: str) -> Path | None:
    """The compiled catalogue, rebuilt first in a source checkout when the .ts is newer."""
    qm, ts = qm_path(language), ts_path(language)
    if not paths.is_frozen() and ts.is_file() and (
            not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime):
        try:
            build_catalogue(language)
        except (OSError, subprocess.CalledProcessError) as exc:  # an old .qm still beats none
            log.warning("không dịch được %s: %s", ts, exc)
    return qm if qm.is_file() else None


def install(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Load the app's and Qt's own catalogues for the chosen language (replacing any loaded
    before). A missing catalogue leaves the Vietnamese text: never fatal."""
    language = language or chosen_language()
    remove(app)
    loaded: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)  # Qt ships no qtbase_vi today; the bundle keeps one if a later Qt has it
    if qt.load(f"qtbase_{language}", qt_dir):
        loaded.append(qt)
    if language in TRANSLATED:
        qm = _fresh_qm(language)
        ours = QTranslator(app)
        if qm is not None and ours.load(str(qm)):
            loaded.append(ours)
        else:
            log.warning("thiếu bản dịch %s", qm_path(language))
    for translator in loaded:
        app.installTranslator(translator)
    _active.extend(loaded)
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    return loaded


def remove(app: QCoreApplication) -> None:
    """Back to the Vietnamese source text (tests switch languages inside one process)."""
    while _active:
        app.removeTranslator(_active.pop())
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))


def main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    if command == "update":
        for language in TRANSLATED:
            print(update_catalogue(language))
    elif command == "build":
        for language in TRANSLATED:
            print(build_catalogue(language))
    else:
        print("python -m app.ui.translations update|build", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
