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

from app.errors import TiepDanError
from app.storage.store import Store
from app.ui import messages, translations

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


def _constant_strings(module: object, arg: ast.expr) -> list[str] | None:
    """The strings a `tr(NAME)` / `tr(NAME[key])` argument can be: a module constant's value(s)."""
    node = arg.value if isinstance(arg, ast.Subscript) else arg
    if not isinstance(node, ast.Name) or not hasattr(module, node.id):
        return None
    value = getattr(module, node.id)
    values = value.values() if isinstance(value, dict) else (
        value if isinstance(value, list | tuple) else [value])
    return [v for v in values if isinstance(v, str)] or None


def tr_of_variables(path: Path, catalogue: dict[tuple[str, str], ET.Element]) -> list[str]:
    """`self.tr(x)` with x not a literal: lupdate cannot see x, so it must be a module constant
    marked with QT_TRANSLATE_NOOP(<the class>, …), i.e. present in the class's context."""
    import importlib

    module = importlib.import_module(f"app.ui.{path.stem}")
    found = []
    for cls in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(cls, ast.ClassDef):
            continue
        for call in ast.walk(cls):
            if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "tr" and call.args
                    and not isinstance(call.args[0], ast.Constant | ast.JoinedStr)):
                continue
            strings = _constant_strings(module, call.args[0])
            where = f"{path.name}:{call.lineno} {cls.name}"
            if strings is None:
                found.append(f"{where}: tr() of a value lupdate cannot see")
            found += [f"{where}: {s[:50]!r} not in context {cls.name}" for s in strings or ()
                      if (cls.name, s) not in catalogue]
    return found


def test_tr_of_a_constant_finds_it_in_the_class_context() -> None:
    catalogue = _messages(translations.ts_path("en"))
    found = [line for path in sorted(UI.glob("*.py")) for line in tr_of_variables(path, catalogue)]
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
    fields = re.compile(r"(?<!\{)\{[^{}]*\}(?!\})")  # {name}, not a literal {{brace}}
    for (context, source), msg in _messages(translations.ts_path("en")).items():
        forms = [f.text or "" for f in msg.iter("numerusform")]
        if forms:  # counted: the singular may say "once" for {n}; the plural keeps every field
            assert all(set(fields.findall(f)) <= set(fields.findall(source)) for f in forms), \
                (context, source, forms)
            text = forms[-1]
        else:
            text = msg.findtext("translation") or ""
        if not text:
            continue
        assert sorted(fields.findall(text)) == sorted(fields.findall(source)), \
            (context, source, text)
        assert ("&" in text.replace("&&", "")) == ("&" in source.replace("&&", "")), \
            (context, source, text)


def test_counted_messages_use_the_english_singular_for_one(english: None) -> None:
    """Counts go through Qt's plural forms (tr with n): «1 visit», «2 visits»; the Vietnamese
    source has one form."""
    from PySide6.QtCore import QCoreApplication

    def tr(context: str, source: str, n: int) -> str:
        return QCoreApplication.translate(context, source, "", n).format(n=n, kinds="…")

    assert [tr("LogbookPage", "{n} lượt tiếp", n) for n in (1, 2, 0)] == [
        "1 visit", "2 visits", "0 visits"]
    assert tr("SyncPage", "{n} thay đổi ({kinds})", 1) == "1 change (…)"
    assert tr("StepDialog", "Đã gia hạn {n} lần.", 1) == "Extended once."


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


def test_the_law_words_show_in_english(english: None) -> None:
    """Steps, states, content types and weekdays are worded once, in app/law (Labels); the UI
    shows them, and a refusal naming a step as a verb, in English."""
    from app.law.calendar import weekday_name
    from app.law.petition import Facts, State, Step, StepData, refusals
    from app.ui import messages
    from app.ui import petition_labels as pl

    assert (pl.step("classify"), pl.state("accepted"), pl.content_type("TC")) == (
        "Classify petition", "Accepted", "Denunciation")
    assert messages.text(weekday_name(__import__("datetime").date(2026, 12, 6))) == "Sunday"
    from app.law.forms import FORMS

    assert messages.text(FORMS[0].name) == "Receipt for information, documents and evidence"
    facts = Facts(state=State.CLOSED, content_type=None)
    closed = refusals(facts, StepData(step=Step.TRANSFER))
    assert closed == ["Đơn đã ở trạng thái cuối «Kết thúc»: không thể chuyển đơn."]  # the CLI's
    assert messages.text(closed[0]) == (
        "The petition is in the final state «Closed»: cannot transfer the petition.")


# ----------------------------------------------------------------- words from outside app/ui


def test_every_service_text_is_in_the_catalogue_and_translated() -> None:
    """The messages and labels services hand to the UI (app/text.py, app/errors.py MESSAGES)
    each have a finished English entry, in the context the UI looks them up in."""
    collected = translations.service_texts()
    contexts = {context for context, _ in collected}
    assert contexts == {"messages", "labels"}
    assert len(collected) > 400, len(collected)
    catalogue = _messages(translations.ts_path("en"))
    missing = [key for key in collected if key not in catalogue]
    assert missing == []
    unfinished = set(unfinished_entries())
    assert [key for key in collected if key in unfinished] == []


def test_the_error_templates_are_all_collected() -> None:
    import app.sync.desk  # noqa: F401  (adds its templates to MESSAGES at import)
    from app.errors import MESSAGES

    collected = set(translations.service_texts())
    assert [code for code, template in MESSAGES.items()
            if ("messages", template) not in collected] == []


MARKERS = {"Text", "Counted", "Label"}


def _unreadable_markers(path: Path) -> list[str]:
    """Text(...)/Label(...) calls whose template is not a literal: the collector cannot see
    them, so they would stay Vietnamese in English mode."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id in MARKERS and node.args:  # not sqlalchemy's Text()
            first = node.args[0]
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                out.append(f"{path}:{node.lineno}")
        if isinstance(node, ast.Call) and _name(node.func) == "labels":
            table = node.args[0] if node.args else None
            if not isinstance(table, ast.Dict) or not all(
                    isinstance(v, ast.Constant) and isinstance(v.value, str) for v in table.values):
                out.append(f"{path}:{node.lineno}")
    return out


def test_every_service_text_has_a_literal_template() -> None:
    allowed = {"text.py", "errors.py"}  # the classes themselves; render() looks up MESSAGES
    found = [line for path in translations.service_sources() if path.name not in allowed
             for line in _unreadable_markers(path)]
    assert found == [], "\n".join(found)


def test_the_collector_reads_markers_tables_and_message_tables(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        'X_MESSAGES = {"a": "Lỗi {x}."}\nX_MESSAGES.update({"b": "Hỏng."})\n'
        'KINDS = labels({"k": "Loại"})\nraise Refused(Text("Sai {n}", n=1))\nLabel("Nặc danh")\n'
        'print("Không thu")\n', encoding="utf-8")
    assert translations.collect_service_texts(sample) == {
        ("messages", "Lỗi {x}."), ("messages", "Hỏng."), ("labels", "Loại"),
        ("messages", "Sai {n}"), ("labels", "Nặc danh")}


def test_service_words_translate_with_their_values(english: None) -> None:
    from app.errors import FieldProblem, InputError, ValidationFailed
    from app.text import Joined, Label, Text
    from app.ui import messages

    err = InputError("not_found", what=Label("đơn số"), key="0007/2026")
    assert str(err) == "Không tìm thấy đơn số 0007/2026."  # the CLI's words, unchanged
    assert messages.error(err) == "Not found: petition no. 0007/2026."
    failed = ValidationFailed([FieldProblem("content", Text("Cần ghi nội dung vụ việc.")),
                               FieldProblem("x", "chữ thường")])  # a plain str passes as it is
    assert str(failed) == "Dữ liệu chưa hợp lệ:\n- Cần ghi nội dung vụ việc.\n- chữ thường"
    assert messages.error(failed) == (
        "The data is not valid:\n- The content of the matter is required.\n- chữ thường")
    roles = Joined([Label("Quản trị"), Label("Thanh tra (chỉ xem)")])
    assert str(roles) == "Quản trị, Thanh tra (chỉ xem)"
    assert messages.text(roles) == "Administrator, Inspector (read only)"
    braces = Text("Tệp ánh xạ phải là đối tượng JSON {{\"trường\": \"tên cột\"}}.")
    assert messages.text(braces) == str(braces) == (
        'Tệp ánh xạ phải là đối tượng JSON {"trường": "tên cột"}.')  # no values: still filled


def test_text_is_the_vietnamese_string_and_survives_pickling() -> None:
    import pickle

    from app.text import Label, Text

    t = Text("Ngày {d:%d/%m/%Y} có {n} lượt; {{JSON}}", d=__import__("datetime").date(2026, 1, 2),
             n=3)
    assert t == "Ngày 02/01/2026 có 3 lượt; {JSON}" and isinstance(t, str)
    copy = pickle.loads(pickle.dumps(t))
    assert copy == t and copy.template == t.template and copy.params == t.params
    assert Text("Thiếu {x}") == "Thiếu {x}"  # a missing value never raises
    assert type(pickle.loads(pickle.dumps(Label("Nặc danh")))) is Label


def test_a_service_refusal_in_the_visit_form_shows_english(
        english: None, qtbot: QtBot, ui_store: Store) -> None:
    """English chosen: the visit service's validation problems, raised through the real form,
    are shown in English beside their fields, with the person's number filled in."""
    from app.services.viewer import Viewer
    from app.ui.visit_form import VisitDialog

    form = VisitDialog(ui_store, Viewer())
    qtbot.addWidget(form)
    form.full_name.setText("Nguyễn Văn A")
    form.address.setText("Số 1 phố Láng")
    form.phone.setText("abc")
    form.save()
    assert form.saved is None
    shown = [label.text() for label in form._errors.values() if label.text()]
    joined = "\n".join(shown)
    assert "The content of the matter is required." in joined, shown
    assert "Person 1: a phone number has only digits" in joined, shown
    assert [t for t in shown if VIETNAMESE.search(t)] == []


def test_refused_batches_on_the_import_page_show_english(
        english: None, qtbot: QtBot, ui_store: Store, tmp_path: Path) -> None:
    """English chosen: the reasons the batch reader refuses files for (app/sync/batch.py, each a
    Text with its values, a reason inside a reason) reach the Import page's results in English."""
    import zipfile

    from app.sync.batch import broken
    from app.ui import messages
    from app.ui.import_page import ImportPage

    stick = tmp_path / "usb"
    stick.mkdir()
    (stick / "a-garbage.tdsync").write_bytes(b"PK\x03\x04 cut short")
    for name, fmt, header in (("b-header.tdsync", "tiepdan-batch/2", b"{not json"),
                              ("c-format.tdsync", "tiepdan-batch/9", b"{}")):
        with zipfile.ZipFile(stick / name, "w") as z:
            z.writestr("format", fmt + "\n")
            z.writestr("header.json", header)
            z.writestr("header.sig", bytes(64))
            z.writestr("payload.age", b"")
    page = ImportPage(ui_store)
    qtbot.addWidget(page)
    page.import_paths([stick])
    qtbot.waitUntil(lambda: not page.job.running and page.results.topLevelItemCount() == 3,
                    timeout=15000)
    rows = [page.results.topLevelItem(i) for i in range(3)]
    shown = {item.text(0): (item.text(3), item.text(4)) for item in rows}
    assert shown == {
        "a-garbage.tdsync": ("Refused", "not a readable sync file (not a ZIP file, damaged or "
                                        "truncated)"),
        "b-header.tdsync": ("Refused", "the header (header.json) is invalid: not valid JSON"),
        "c-format.tdsync": ("Refused", "format 'tiepdan-batch/9' is not supported (expected "
                                       "tiepdan-batch/1 or tiepdan-batch/2)"),
    }, shown
    texts = [page.summary.text()] + [item.text(c) for item in rows for c in range(6)]
    assert [t for t in texts if VIETNAMESE.search(t)] == []
    # the same reasons are still Vietnamese for the CLI, and a value inside is translated too
    crc = broken("payload.age", ValueError("Bad CRC-32 for file 'payload.age'"))
    assert crc.startswith("thành phần 'payload.age' bị hỏng")
    assert messages.text(crc) == ("part 'payload.age' is damaged (CRC check failed: the file was "
                                  "altered or badly copied)")


def test_the_import_wizard_shows_row_problems_in_english(
        english: None, qtbot: QtBot, ui_store: Store, tmp_path: Path) -> None:
    """English chosen: the wizard's column names and every row problem and warning of a check
    (the importer's own, a cell reader's, the visit service's for a person) are English, while
    the same preview's lines stay the Vietnamese the CLI prints."""
    from app.ui.import_wizard import ImportWizard
    from tests.services.excel_files import VISIT_HEADERS, visit_rows, write_xlsx

    rows = visit_rows()[:4]
    rows[0][3] = "00109001234"  # 11 digits
    rows[1][1] = "32/03/2026"
    rows[2][5] = ""  # no content
    rows[3][3], rows[3][4], rows[3][6] = "", "", "KN"  # neither address nor CCCD
    rows[3][7] = "Nobody"
    path = write_xlsx(tmp_path / "book.xlsx", VISIT_HEADERS, rows)
    wizard = ImportWizard(ui_store)
    qtbot.addWidget(wizard)
    wizard.load(path)
    form = wizard.mapping_form
    names = [form.itemAt(i, form.ItemRole.LabelRole).widget().text()  # type: ignore[union-attr]
             for i in range(form.rowCount())]
    assert "Date of visit *" in names and "Full name" in names, names
    wizard.check()
    qtbot.waitUntil(lambda: wizard.problems.toPlainText() != "", timeout=15000)
    shown = wizard.problems.toPlainText().splitlines()
    assert shown == [
        "Error: Line 4: ID card no. (CCCD/CMND): An ID number has exactly 12 digits.",
        "Error: Line 5: Date of visit: Date '32/03/2026' does not exist in the calendar.",
        "Error: Line 6: Content: Empty cell.",
        "Error: Line 7: Address: An address or an ID document number is required (Law on "
        "Citizen Reception, Art. 7).",
        "Note: Line 7: Officer: no officer 'Nobody' in the list, left blank.",
    ], shown
    assert [t for t in [*names, *shown] if VIETNAMESE.search(t)] == []
    assert wizard.preview.problem_lines()[3] == (
        "Dòng 7: Địa chỉ: Cần địa chỉ hoặc số giấy tờ tùy thân (Luật TCD, Điều 7).")


def test_weak_password_reasons_show_in_english(english: None, qtbot: QtBot) -> None:
    """The password policy's reasons, joined beside the field and in the set-up's refusal, are
    English; the service's message is the same Vietnamese sentence as before for the CLI."""
    from app.services import setup, users
    from app.ui.setup_wizard import AdminPage

    page = AdminPage()
    qtbot.addWidget(page)
    page.password.setText("aaa")
    assert page.strength.text() == (
        "Not strong enough: it needs at least 10 characters; it needs both letters and digits; "
        "too few different characters.")
    problems = users.password_problems("aaa", "admin")
    refused = users.weak_password(problems)
    assert refused == ("Mật khẩu chưa đủ mạnh: cần ít nhất 10 ký tự; cần có cả chữ và số; "
                       "quá ít ký tự khác nhau.")
    plan = setup.SetupPlan("00163", "UBND phường Láng", "", "Hà Nội", "Nguyễn Thị Lan", "",
                           admin_username="admin", admin_full_name="Phạm Văn Minh",
                           admin_password="aaa", admin_password_again="aaa")
    shown = [messages.problem(p) for p in setup.admin_problems(plan)]
    assert shown == ["The password is not strong enough: it needs at least 10 characters; it "
                     "needs both letters and digits; too few different characters."], shown


def test_related_petitions_and_file_reasons_show_in_english(
        english: None, ui_store: Store, tmp_path: Path) -> None:
    """Why a petition is suggested as related, and the reasons a key file or a calendar file
    cannot be read, reach the GUI in English (Vietnamese for the CLI)."""
    from datetime import date

    from app.services import calendar, petitions
    from app.services.petition_links import related
    from app.services.petitions import PetitionInput
    from app.storage.keyring import KeyFile, KeyFileError
    from tests.helpers import CCCD_DUC, person

    petitions.register(ui_store, PetitionInput(
        received_date=date.today(), content="Khiếu nại việc không xác nhận nguồn gốc đất",
        content_type="KN", senders=[person(cccd=CCCD_DUC, address="Số 1 phố Láng")]))
    found = related(ui_store, [person(cccd=CCCD_DUC)],
                    "Khiếu nại việc không xác nhận nguồn gốc đất")
    assert [r.reason for r in found] == ["cùng người gửi, nội dung giống 100%"]
    assert messages.text(found[0].reason) == "same sender, content 100% alike"

    garbled = tmp_path / "keys.json"
    garbled.write_text("{not json", encoding="utf-8")
    with pytest.raises(KeyFileError) as bad_key:
        KeyFile.load(garbled)
    assert str(bad_key.value) == "tệp khóa không đọc được (không phải JSON hợp lệ)"
    assert messages.error(bad_key.value) == "the key file cannot be read (not valid JSON)"

    with pytest.raises(TiepDanError) as no_file:
        calendar.read_calendar_file(tmp_path / "missing.json")
    assert "không tìm thấy thư mục hoặc tệp" in str(no_file.value)  # not the OS's English
    assert "folder or file not found" in messages.error(no_file.value)


def test_a_counted_service_message_uses_the_english_singular_for_one(
        english: None, tmp_path: Path) -> None:
    """A service's `Counted` message ("{n} lỗi") is collected with plural forms and shown
    «1 error» / «2 errors»; its Vietnamese is the one form."""
    import pickle

    from app.text import Counted

    one = Counted("{name} và {n} người khác", name="Nguyễn Văn A", n=1)
    two = pickle.loads(pickle.dumps(Counted("{name} và {n} người khác", name="Nguyễn Văn A", n=2)))
    assert (one, two) == ("Nguyễn Văn A và 1 người khác", "Nguyễn Văn A và 2 người khác")
    assert (messages.text(one), messages.text(two)) == (
        "Nguyễn Văn A and 1 other", "Nguyễn Văn A and 2 others")
    sample = tmp_path / "sample.py"
    sample.write_text('raise Refused(Counted("Có {n} lỗi", n=len(x)))\nText("Sai {n}", n=1)\n',
                      encoding="utf-8")
    assert translations.collect_counted(sample) == {"Có {n} lỗi"}
    assert ("messages", "Có {n} lỗi") in translations.collect_service_texts(sample)
    catalogue = _messages(translations.ts_path("en"))
    counted = translations.counted_service_texts()
    assert counted and all(catalogue[("messages", t)].get("numerus") == "yes" for t in counted)


def test_calendar_entry_problems_show_in_english(english: None) -> None:
    """The calendar's checks (app/law/calendar.py), shown beside the editor's fields and in a
    refused import, are English; the CLI keeps the same Vietnamese lines."""
    from app.law import calendar as cal

    _, problems = cal.check_entry({"date": "2026-01-07", "kind": "working_day", "name": "Bù"})
    assert [p.message for p in problems] == [
        "Thứ Tư vốn là ngày làm việc; chỉ thứ Bảy hoặc Chủ nhật mới khai báo là ngày làm việc bù."]
    assert messages.text(problems[0].message) == (
        "Wednesday is already a working day; only a Saturday or Sunday can be declared a make-up "
        "working day.")
    with pytest.raises(cal.CalendarInvalid) as refused:
        cal.parse_entries([{"date": "2026-02-30", "kind": "holiday", "name": "X"}])
    assert str(refused.value).endswith("- Mục 1: ngày 2026-02-30 không có thật trên lịch")
    assert messages.error(refused.value) == (
        "The working calendar is not valid (errors: 1); nothing was changed:\n"
        "- Item 1: date 2026-02-30 does not exist in the calendar")


def test_a_refused_sync_record_shows_in_english(english: None) -> None:
    """Why the upstream refuses one record of a batch (listed under the batch on the Import
    page) is a Text, not the database's English words."""
    from sqlalchemy.exc import IntegrityError

    from app.sync.apply import integrity_reason
    from app.text import Text

    why = integrity_reason(IntegrityError("INSERT", {}, Exception("FOREIGN KEY constraint failed")))
    problem = Text("thay đổi {seq} ({entity} {id}): {why}", seq=7, entity="visit_person",
                   id="ab12", why=why)
    assert problem == ("thay đổi 7 (visit_person ab12): thiếu bản ghi liên quan (bản ghi cha "
                       "chưa được nhận); chưa nhận")
    assert messages.text(problem) == (
        "change 7 (visit_person ab12): a related record is missing (its parent record has not "
        "been received); not received")


def test_lock_out_wait_and_audit_check_show_in_english(english: None) -> None:
    """The sign-in refusal's waiting time and the audit-log check's verdict are Texts."""
    from app.services.users import wait_text
    from app.storage.audit import ChainReport

    assert (wait_text(1), wait_text(30), wait_text(90)) == ("1 giây", "30 giây", "2 phút")
    assert [messages.text(wait_text(s)) for s in (1, 30, 60)] == [
        "1 second", "30 seconds", "1 minute"]
    assert messages.text(ChainReport(True, 1).message()) == (
        "The audit log is intact: 1 entry, the hash chain matches.")


def test_sync_state_tooltips_show_english(english: None) -> None:
    """English chosen: the «Đồng bộ» column's tooltip is the state's sentence from
    app/sync/states.py (decide), translated, with the earlier refusal or the advice after it."""
    from datetime import datetime

    from app.sync import states
    from app.ui import labels

    book = states.Ledger(10, 8, {"b": (7, "thiếu nội dung")},
                         [(1, 8, 1, datetime(2026, 11, 21, 9, 0)), (9, 10, 2, None)])
    tips = [labels.sync_state_tip(states.decide(rows, book)) for rows in (
        {"a": 11}, {"a": 4, "b": 7}, {"a": 9}, {"a": 3}, None)]
    assert tips == [
        "Not yet sent upstream",
        "The upstream could not apply it: thiếu nội dung\nPlease inform the IT officer.",
        "Sent in batch no. 2, awaiting the upstream's receipt",
        "Received by the upstream (batch no. 1, receipt of 21/11/2026)",
        "No changes to send yet",
    ]
    assert labels.sync_state_tip(states.decide({"a": 11, "b": 7}, book)) == (
        "Not yet sent upstream\nLast time the upstream office could not take it: thiếu nội dung.")
    assert labels.sync_state_tip(states.received("UBND phường Láng (00163)")) == (
        "Received from UBND phường Láng (00163)")


def test_deadline_explanations_on_the_petition_detail_show_in_english(
        english: None, qtbot: QtBot, ui_store: Store) -> None:
    """The deadlines' titles, explanations (the period, the event, the legal basis, the days
    off skipped) and their tooltips on the petition detail are English; the service keeps the
    Vietnamese line the CLI prints."""
    from datetime import date

    from app.services import petitions
    from app.services.petitions import PetitionInput
    from app.services.viewer import Viewer
    from app.ui.petition_detail import PetitionDetailDialog
    from tests.helpers import person

    record = petitions.register(ui_store, PetitionInput(
        received_date=date(2026, 3, 2), content="Khiếu nại quyết định thu hồi đất",
        content_type="KN", senders=[person(address="Số 1 phố Láng")]))
    first = record.deadlines[0]
    assert first.explanation == (
        "Hạn 10 ngày làm việc kể từ ngày nhận nội dung khiếu nại, tố cáo, kiến nghị, phản ánh "
        "02/03/2026 theo khoản 1 Điều 28 Luật Tiếp công dân 2013: 16/03/2026 (thứ hai); không "
        "tính 4 ngày nghỉ (07/03/2026–08/03/2026, 14/03/2026–15/03/2026: 4 ngày thứ Bảy, Chủ "
        "nhật).")
    dialog = PetitionDetailDialog(ui_store, record.id, Viewer())
    qtbot.addWidget(dialog)
    table = dialog.deadlines
    shown = {table.item(r, 2).text(): table.item(r, 0).toolTip()  # type: ignore[union-attr]
             for r in range(table.rowCount())}
    assert shown == {
        "Tell the sender whether the petition is accepted, transferred, answered with guidance "
        "or not accepted":
            "Deadline: 10 working days from the day the complaint, denunciation, proposal or "
            "feedback was received on 02/03/2026 under Art. 28(1) of the Law on Citizen "
            "Reception 2013: 16/03/2026 (Monday); 4 days off not counted (07/03/2026–08/03/2026, "
            "14/03/2026–15/03/2026: 4 Saturdays and Sundays).",
        "Accept the complaint or give notice that it is not accepted":
            "Deadline: 10 working days from the day the complaint was received on 02/03/2026 "
            "under Art. 27 of the Law on Complaints 2011, Art. 5 of Circular 07/2013/TT-TTCP (as "
            "amended by Circular 02/2016/TT-TTCP): 16/03/2026 (Monday); 4 days off not counted "
            "(07/03/2026–08/03/2026, 14/03/2026–15/03/2026: 4 Saturdays and Sundays).",
    }, shown
    table.setCurrentCell(1, 0)
    assert dialog.explanation.text().startswith(
        "<b>Accept the complaint or give notice that it is not accepted:</b> Deadline: 10 "
        "working days from the day the complaint was received on 02/03/2026")
    assert [t for t in [*shown, *shown.values(), dialog.explanation.text()]
            if VIETNAMESE.search(t)] == []


def test_deadline_explanation_parts_are_counted_in_english(english: None) -> None:
    """One day, one extension, a year, a day off and the notes of a rule read in English."""
    from datetime import date

    from app.law import deadlines
    from app.law.calendar import CalendarEntry, WorkCalendar

    cal = WorkCalendar([CalendarEntry(date(2026, 9, 2), "holiday", "Quốc khánh")], years={2026})
    d = deadlines.compute("denunciation-resolution", date(2026, 8, 3), cal, extensions=1)
    assert deadlines.explain(d) == (
        "Hạn 60 ngày kể từ ngày thụ lý tố cáo 03/08/2026 (30 ngày và 1 lần gia hạn, mỗi lần 30 "
        "ngày) theo Điều 30 Luật Tố cáo 2018, Điều 3 Nghị định 31/2019/NĐ-CP: "
        "02/10/2026 (thứ sáu); mỗi lần gia hạn bằng quyết định riêng, thông báo cho người tố cáo "
        "và người bị tố cáo.")
    assert messages.text(deadlines.explain(d)) == (
        "Deadline: 60 days from the day the denunciation was accepted on 03/08/2026 (30 days "
        "and 1 extension of 30 days) under Art. 30 of the Law on Denunciations 2018, Art. 3 of "
        "Decree 31/2019/ND-CP: 02/10/2026 (Friday); each extension by a separate decision, "
        "notified to the denouncer and the denounced person.")
    kept = deadlines.compute("filed-retention", date(2025, 9, 5), cal)
    assert messages.text(deadlines.explain(kept)) == (
        "Deadline: 1 year from the day the petition was filed away on 05/09/2025 under Art. 28 "
        "of Circular 07/2014/TT-TTCP: 07/09/2026 (Monday); the last day, 05/09/2026, is a day off "
        "(05/09/2026–06/09/2026: 2 Saturdays and Sundays), so the deadline moves to the next "
        "working day; note: no holiday calendar for 2025, only Saturdays and Sundays are "
        "skipped.")
    # one day off (singular); a holiday's name is the calendar's own words
    sent = deadlines.compute("complaint-decision-send", date(2026, 8, 31), cal)
    assert messages.text(deadlines.explain(sent)).endswith(
        ": 04/09/2026 (Friday); 1 day off not counted (02/09/2026: Quốc khánh).")


def test_bulletin_results_and_key_states_show_in_english(english: None, tmp_path: Path) -> None:
    """A bulletin's result line (what was applied: the calendar, a transferred petition, a new
    key set) and the key states are Texts: English for the GUI, the CLI's Vietnamese unchanged."""
    import datetime as dt

    from app.services import calendar
    from app.sync import bulletins, keys
    from app.sync.rotation import revoke
    from tests.sync.conftest import make_net

    net = make_net(tmp_path, None)
    n = next(net)
    up, ward = n["up"], n["wards"]["00163"]
    calendar.import_entries(up, [{"date": "2027-01-01", "kind": "holiday", "name": "Tết"}])
    items = [bulletins.calendar_item(up, [2027]),
             bulletins.transfer_item({"received_date": "2026-11-02", "content_type": "KNPA",
                                      "content": "Phản ánh lấn chiếm vỉa hè", "senders": [
                                          {"full_name": "Phạm Thị Hằng", "address": "Số 5"}]},
                                     "123/BTCD-TD", dt.date(2026, 11, 18)),
             bulletins.recipients_item(up)]
    sent = bulletins.export_bulletin(up, "00163", items, tmp_path / "down")
    [done] = bulletins.import_bulletins(ward, [sent.path], today=dt.date(2026, 11, 20))
    name = sent.path.name
    assert done.line() == (
        f"{name}: bản tin số 1: đã áp dụng — cập nhật lịch làm việc năm 2027 (1 ngày); vào sổ "
        "đơn số 0001/2026 do cơ quan cấp trên chuyển theo văn bản 123/BTCD-TD; nhận bộ khóa mới "
        "của cơ quan cấp trên (phiên bản 1)")
    assert messages.text(done.line()) == (
        f"{name}: bulletin no. 1: applied — updated the working calendar for 2027 (1 day); "
        "registered petition no. 0001/2026, transferred by the upstream office under document "
        "123/BTCD-TD; received the upstream office's new key set (version 1)")
    [again] = bulletins.import_bulletins(ward, [sent.path])
    assert messages.text(again.line()) == (
        f"{name}: bulletin no. 1: received before, not applied again")
    bundle = keys.upstream_bundle(ward)
    older = keys.pin_problem({**bundle, "version": 3}, bundle)
    assert older == "bộ khóa phiên bản 1 cũ hơn phiên bản đang dùng 3"
    assert messages.text(older) == "key set version 1 is older than the version in use (3)"

    revoke(up, next(p.key_id for p in keys.peers(up) if p.office_code == "00166"), "Lộ mật khẩu")
    states = {p.office_code: p.state for p in keys.peers(up)}
    assert states == {"00163": "đang dùng", "00166": "đã thu hồi: Lộ mật khẩu"}
    assert {k: messages.text(v) for k, v in states.items()} == {
        "00163": "in use", "00166": "revoked: Lộ mật khẩu"}  # the officer's own words
    next(net, None)


def test_report_dialog_shows_period_warnings_and_drill_down_in_english(
        english: None, qtbot: QtBot, ui_store: Store) -> None:
    """The report dialog's period (label, window), the warnings under the table and the
    drill-down's record kind and sender are English; the report itself (printed, JSON) keeps
    the Vietnamese."""
    from datetime import date

    from app.law import periods
    from app.services import petitions, reports
    from app.services.petitions import PetitionInput, StepInput
    from app.services.viewer import Viewer
    from app.ui.report_dialog import ReportDialog
    from tests.helpers import person

    rec = petitions.register(ui_store, PetitionInput(
        received_date=date(2026, 8, 3), content="Phản ánh tiếng ồn", content_type="KNPA",
        senders=[person(address="Số 1 phố Láng")], anonymous=False))
    petitions.act(ui_store, rec.id, StepInput(
        step="classify", on_date=date(2026, 8, 3), content_type="KNPA", processable=False,
        reasons=["Đơn không có chữ ký"]))
    petitions.act(ui_store, rec.id, StepInput(step="file", on_date=date(2026, 8, 4)))
    report = reports.build(ui_store, "xld", "2026-Q3")
    assert report.period.label == "Quý III năm 2026"
    assert [w.text for w in report.warnings] == [
        "1 đơn đã xử lý, không đủ điều kiện xử lý: tính ở cột 4, không tính từ cột 6."]
    dialog = ReportDialog(ui_store, Viewer(None, is_head=True))
    qtbot.addWidget(dialog)
    dialog.show_report(report)
    status = dialog.status.text().splitlines()
    # (the form's own number and column headers are the official form's words, left as they are)
    assert status[0].startswith(f"{report.layout.form_number} – Quarter III of 2026 (From "
                                "15/06/2026 to 14/09/2026); built in ")
    status[0] = status[0].removeprefix(report.layout.form_number)
    assert status[1:] == ["Note: 1 petition processed, not eligible for processing: counted in "
                          "column 4, not from column 6 on."]
    col = next(c for c in range(1, dialog.table.columnCount())
               if dialog.table.item(0, c).text() == "1")  # type: ignore[union-attr]
    records = dialog.drill(0, col)
    qtbot.addWidget(records)
    assert records.table.item(0, 0).text() == "Petition"
    assert records.table.item(0, 1).text() == rec.number
    assert [t for t in [*status, records.table.item(0, 0).text()] if VIETNAMESE.search(t)] == []
    assert (messages.text(periods.parse("2026-H2").label),
            messages.text(periods.parse("2026", override_start_day=1).rule.basis)) == (
        "Second half of 2026", "The office chose calendar-month periods")


def test_hot_spot_records_and_audit_details_show_in_english(
        english: None, qtbot: QtBot, ui_store: Store) -> None:
    """The dashboard's hot-spot tooltip names its records in English ('Visit 0001/2026'; the
    service's list is still 'LT 0001/2026'), and the audit view's before/after keys are English."""
    from datetime import datetime, timedelta

    from app.clock import VN_TZ
    from app.services import dashboard, visits
    from app.ui.audit_view import AuditDialog
    from app.ui.main import DASHBOARD_PAGE, create_main_window
    from tests.helpers import person

    crowd = visits.log_visit(ui_store, visits.VisitInput(
        visited_at=datetime.now(VN_TZ) - timedelta(hours=2), reception_type="regular",
        persons=[person(address="Ngõ 1194 đường Láng", is_representative=True,
                        role="representative")],
        content="Tập thể hộ dân đề nghị xem xét lại đơn giá bồi thường", category="KN",
        is_crowd=True, person_count=12))
    [spot] = dashboard.dashboard(ui_store).hot_spots
    assert spot.refs == [f"LT {crowd.number}"]
    w = create_main_window(ui_store)
    qtbot.addWidget(w)
    w.show_page(DASHBOARD_PAGE)
    hot = w.dashboard_page().hot
    qtbot.waitUntil(lambda: hot.item(0, 0) is not None and hot.item(0, 0).text() != "",
                    timeout=10000)
    tip = hot.item(0, 1).toolTip()  # type: ignore[union-attr]
    assert tip.startswith("Large group: 12 persons: ") and tip.endswith(
        f"\nVisit {crowd.number}"), tip

    dashboard.set_thresholds(ui_store, 5, 14)
    audit = AuditDialog(ui_store)
    qtbot.addWidget(audit)
    details = [audit.table.item(i, 5).text() for i in range(audit.table.rowCount())]  # type: ignore[union-attr]
    assert '{"before": {"min_count": null, "window_days": null}, "after": {"min_count": "5", ' \
           '"window_days": "14"}}' in details, details
