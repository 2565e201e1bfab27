"""Every user-visible string goes through Qt translation, the English catalogue is up to date
with the code, and English selected really shows English."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.storage.store import Store
from app.ui import translations

UI = Path(translations.__file__).parent
VIETNAMESE = re.compile(
    r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.IGNORECASE)

# Calls whose string arguments reach the screen.
SETTERS = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip",
    "setWhatsThis", "setTitle", "setSubTitle", "setLabelText", "setInformativeText",
    "setDetailedText", "setHeaderLabels", "setHorizontalHeaderLabels", "setPrefix", "setSuffix",
    "setSpecialValueText", "setButtonText", "setCancelButtonText", "setFormat", "setTabText",
    "addAction", "addMenu", "addTab", "insertTab", "addItem", "addItems", "addRow", "addButton",
    "showMessage", "information", "warning", "critical", "question", "about",
    "getText", "getItem", "getOpenFileName", "getSaveFileName", "getExistingDirectory",
}
WIDGETS = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu",
    "QToolButton", "QMessageBox", "QLineEdit", "QProgressDialog", "QCommandLinkButton",
}
TRANSLATING = {"tr", "translate"}

# (file, literal) pairs deliberately shown untranslated, each with its reason.
ALLOWED: dict[tuple[str, str], str] = {
    ("translations.py", "Tiếng Việt"): "a language is named in itself in the language list",
}


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _bare_literals(node: ast.AST) -> list[ast.Constant]:
    """Vietnamese string constants in an argument, not inside a tr()/translate() call."""
    if isinstance(node, ast.Call) and _name(node.func) in TRANSLATING:
        return []
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node] if VIETNAMESE.search(node.value) else []
    found: list[ast.Constant] = []
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.Call) and _name(child.func) not in TRANSLATING | SETTERS | WIDGETS:
            continue  # a helper's result (formatting, labels from app.law) is judged elsewhere
        found.extend(_bare_literals(child))
    return found


MESSAGE_BOX_ONLY = {"information", "warning", "critical", "question", "about"}  # not log.warning


def _shows_text(call: ast.Call) -> bool:
    name = _name(call.func)
    if name in MESSAGE_BOX_ONLY:
        return isinstance(call.func, ast.Attribute) and _name(call.func.value) == "QMessageBox"
    return name in SETTERS | WIDGETS


def untranslated(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for call in ast.walk(tree):
        if not isinstance(call, ast.Call) or not _shows_text(call):
            continue
        for arg in [*call.args, *(k.value for k in call.keywords)]:
            for lit in _bare_literals(arg):
                if (path.name, lit.value) not in ALLOWED:
                    out.append(f"{path.name}:{lit.lineno}: {_name(call.func)}({lit.value!r})")
    return out


def test_the_scanner_flags_a_bare_literal_and_passes_a_translated_one(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('label.setText("Đã lưu")\nlabel.setText(self.tr("Đã lưu"))\n'
                      'QPushButton(f"Lưu {n}")\nbox.addItem("Tiếng Việt")\n', encoding="utf-8")
    found = untranslated(sample)
    assert [line.split(":")[1] for line in found] == ["1", "3", "4"]


def test_no_untranslated_vietnamese_literal_reaches_a_widget() -> None:
    found = [line for path in sorted(UI.glob("*.py")) for line in untranslated(path)]
    assert found == [], "\n".join(found)


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(ctx.findtext("name") or "", msg.findtext("source") or ""): msg
            for ctx in root.iter("context") for msg in ctx.iter("message")}


def test_english_catalogue_is_up_to_date_with_the_code(tmp_path: Path) -> None:
    """Every string in app/ui is in tiepdan_en.ts and nothing stale is left there
    (fix: python -m app.ui.translations update, then translate the new entries)."""
    fresh = translations.update_catalogue("en", tmp_path / "fresh.ts")
    assert sorted(_messages(fresh)) == sorted(_messages(translations.ts_path("en")))


def unfinished_entries() -> list[tuple[str, str]]:
    return [key for key, msg in _messages(translations.ts_path("en")).items()
            if (msg.find("translation") is None
                or msg.find("translation").get("type") == "unfinished")]  # type: ignore[union-attr]


def test_english_catalogue_has_no_unfinished_entries() -> None:
    assert unfinished_entries() == []


def test_placeholders_and_accelerators_survive_translation() -> None:
    for (context, source), msg in _messages(translations.ts_path("en")).items():
        text = msg.findtext("translation") or ""
        if not text:
            continue
        assert sorted(re.findall(r"\{[^}]*\}", text)) == sorted(re.findall(r"\{[^}]*\}", source)), \
            (context, source, text)
        assert ("&" in text.replace("&&", "")) == ("&" in source.replace("&&", "")), \
            (context, source, text)


@pytest.fixture
def english(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """English chosen in Settings, as the app loads it at start (the .qm built from the .ts)."""
    translations.choose_language("en")
    installed = translations.install(qapp)
    yield
    translations.remove(qapp)
    assert installed, "the English catalogue did not load"


def _texts(widget: QWidget) -> list[str]:
    out = [widget.windowTitle()]
    for w in widget.findChildren(QWidget):
        for getter in ("text", "title", "placeholderText", "toolTip"):
            value = getattr(w, getter, None)
            if callable(value):
                text = value()
                if isinstance(text, str) and text:
                    out.append(text)
    return out


def test_english_selected_shows_english_menus_and_visit_form(
        english: None, qtbot: QtBot, ui_store: Store) -> None:
    from app.services.viewer import Viewer
    from app.ui.main import create_main_window
    from app.ui.visit_form import VisitDialog

    window = create_main_window(ui_store)
    qtbot.addWidget(window)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[:2] == ["&File", "&View"], menus
    items = [a.text() for m in window.menuBar().actions() if m.menu()
             for a in m.menu().actions() if a.text()]  # type: ignore[union-attr]
    assert "&New visit" in items
    assert [t for t in menus + items if VIETNAMESE.search(t)] == []

    form = VisitDialog(ui_store, Viewer())
    qtbot.addWidget(form)
    texts = _texts(form)
    assert form.windowTitle() == "New visit"
    assert "&Save (Ctrl+S)" in texts
    assert [t for t in texts if VIETNAMESE.search(t)] == []


def test_settings_dialog_stores_the_language_for_the_next_start(qtbot: QtBot, ui_store: Store) -> None:
    from app.ui.settings_dialog import SettingsDialog

    assert translations.chosen_language() == "vi"  # Vietnamese by default
    dialog = SettingsDialog(ui_store)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.save()
    assert "language" in dialog.saved_groups
    assert translations.chosen_language() == "en"
    assert dialog.save() and dialog.saved_groups == []  # saved once, nothing changed since


def test_the_law_words_listed_for_the_catalogue_match_the_law_module() -> None:
    """Steps, states and content types are worded in app/law; the UI lists them for lupdate."""
    from app.law.petition import CONTENT_LABELS, STATE_LABELS, STEP_LABELS
    from app.ui.petition_labels import LAW_WORDS

    law = {*CONTENT_LABELS.values(), *STATE_LABELS.values(), *STEP_LABELS.values()}
    assert set(LAW_WORDS) == law
