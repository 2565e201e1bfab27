"""The interface language: Vietnamese (the source language of every string) or English.

The English catalogue's source is resources/i18n/tiepdan_en.ts (in git, edited by people);
tiepdan_en.qm is built from it by `python -m app.ui.translations build` (pyside6-lrelease),
which `make installer` runs before PyInstaller. The .qm is not committed: it is a build
product. A source checkout builds it at start when it is missing or older than the .ts, so
`make run` after a `git pull` shows the current catalogue without a separate step.

    python -m app.ui.translations update   # re-scan app/ui/*.py into the .ts (pyside6-lupdate)
    python -m app.ui.translations build    # .ts -> .qm (pyside6-lrelease)

`update` also collects the words that reach the screen from outside app/ui (app/text.py):
service error templates (`…MESSAGES` tables), `Text("…")` messages and `Label("…")` /
`labels({…})` code-list words, into the contexts "messages" and "labels" (app/ui/messages.py
translates them at display time). The CLI and printed forms keep using the Vietnamese.

The choice is stored in QSettings and read once at start; switching applies at the next start.
"""

from __future__ import annotations

import ast
import logging
import subprocess
import sys
import tempfile
from collections.abc import Collection
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


def service_sources() -> list[Path]:
    """The modules outside app/ui whose words can reach the screen (all of them: the collector
    only picks up what is marked, so the CLI's and the printed forms' own words stay out)."""
    app_dir = paths.bundle_root() / "app"
    return sorted(p for p in app_dir.rglob("*.py") if (app_dir / "ui") not in p.parents)


TEXT_MARKERS = {"Text": "messages", "Counted": "messages", "Label": "labels"}  # app/text.py


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _dict_words(node: ast.expr) -> list[str]:
    if not isinstance(node, ast.Dict):
        return []
    return [w for w in (_literal(v) for v in node.values) if w is not None]


def _is_messages_table(node: ast.expr) -> bool:
    name = node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else ""
    return name.endswith("MESSAGES")


def collect_service_texts(path: Path) -> set[tuple[str, str]]:
    """(context, Vietnamese source) pairs marked for translation in one non-UI module."""
    found: set[tuple[str, str]] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(_is_messages_table(t) for t in targets):
                found.update(("messages", w) for w in _dict_words(node.value))
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        if name in TEXT_MARKERS and isinstance(func, ast.Name) and node.args \
                and (word := _literal(node.args[0])) is not None:
            found.add((TEXT_MARKERS[name], word))
        elif name == "labels" and node.args:
            found.update(("labels", w) for w in _dict_words(node.args[0]))
        elif name == "update" and isinstance(func, ast.Attribute) and _is_messages_table(func.value) \
                and node.args:
            found.update(("messages", w) for w in _dict_words(node.args[0]))
    return found


def service_texts() -> list[tuple[str, str]]:
    return sorted(set().union(*(collect_service_texts(p) for p in service_sources())))


def collect_counted(path: Path) -> set[str]:
    """The templates of `Counted("…", n=…)` messages in one module (they get plural forms)."""
    return {word for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id == "Counted" and node.args
            and (word := _literal(node.args[0])) is not None}


def counted_service_texts() -> set[str]:
    return set().union(*(collect_counted(p) for p in service_sources()))


def _service_texts_source(texts: list[tuple[str, str]], counted: Collection[str] = ()) -> str:
    """The collected words as QT_TRANSLATE_NOOP calls, the form lupdate reads; the counted
    messages as tr() with a count in a class named after their context, which lupdate reads as
    a message with plural forms."""
    lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject", ""]
    lines += [f"QT_TRANSLATE_NOOP({context!r}, {word!r})" for context, word in texts
              if not (context == "messages" and word in counted)]
    lines += ["", "", "class messages(QObject):", "    def counted(self, n):"]
    lines += [f"        self.tr({word!r}, '', n)" for word in sorted(counted)] or ["        pass"]
    return "\n".join(lines) + "\n"


def update_catalogue(language: str, target: Path | None = None) -> Path:
    """Re-scan the UI sources and the marked service words into a .ts (new strings arrive as
    unfinished, gone ones vanish). No source locations are written: line numbers would make
    every UI edit a catalogue change."""
    target = target or ts_path(language)
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="tiepdan-lupdate-") as folder:
        collected = Path(folder) / "service_texts.py"
        collected.write_text(_service_texts_source(service_texts(), counted_service_texts()),
                             encoding="utf-8")
        subprocess.run(
            [str(_qt_tool("lupdate")), "-silent", "-locations", "none", "-no-obsolete",
             "-source-language", "vi_VN", "-target-language", language,
             *[str(p) for p in ui_sources()], str(collected), "-ts", str(target)],
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
