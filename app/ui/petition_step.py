"""One step of a petition's procedure: asks only what that step needs.

A refusal (the law does not allow the step now, or a field is wrong) is shown in the dialog in
the service's own Vietnamese words, and everything typed stays for the officer to correct.
"""

from __future__ import annotations

import itertools
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import FieldProblem, TiepDanError, ValidationFailed
from app.services import office as office_service
from app.services import petitions
from app.services.petitions import PetitionRecord, StepInput
from app.services.viewer import Viewer
from app.storage.store import Store
from app.ui import dialogs, messages
from app.ui import petition_labels as pl
from app.ui.widgets import FieldErrors, find_data, parse_dmy, shorten

REFUSAL_STYLE = ("color: #8a1200; background: #fdecea; border: 1px solid #f5b7b1; "
                 "padding: 6px;")

# What each step asks for, beyond the date, the officer and a note.
DOC_REQUIRED = frozenset({"accept", "extend", "decide", "transfer"})
DOC_OPTIONAL = frozenset({"reject", "guide", "return", "urge", "notify", "reply", "report",
                          "suspend", "resume", "enforce", "close", "effective"})
RECIPIENT_LABELS = {  # marked for lupdate; translated where shown
    "transfer": str(QT_TRANSLATE_NOOP("StepDialog", "Cơ quan nhận đơn")),
    "guide": str(QT_TRANSLATE_NOOP("StepDialog", "Hướng dẫn gửi đến")),
    "return": str(QT_TRANSLATE_NOOP("StepDialog", "Trả lại cho")),
    "urge": str(QT_TRANSLATE_NOOP("StepDialog", "Cấp dưới được đôn đốc")),
}
NOTE_REQUIRED = frozenset({"note", "withdraw", "suspend"})


def _t(text: str) -> str:
    return QCoreApplication.translate("StepDialog", text)


translate = QCoreApplication.translate  # lupdate reads translate("context", "text") calls


def _tristate(parent: QWidget, yes: str, no: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem(translate("StepDialog", "— Chọn —"), None)
    combo.addItem(yes, True)
    combo.addItem(no, False)
    return combo


class StepDialog(FieldErrors, dialogs.GuardedDialog):
    def __init__(self, store: Store, record: PetitionRecord, step: str, viewer: Viewer,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepDialog")
        self._store = store
        self._record = record
        self.step = step
        self._viewer = viewer
        self.saved: PetitionRecord | None = None
        self._errors: dict[str, QLabel] = {}
        self.setWindowTitle(self.tr("{step} – đơn số {n}").format(step=pl.step(step),
                                                                   n=record.number))
        self._build()
        self.remember_initial()

    # ------------------------------------------------------------------ layout

    def _build(self) -> None:
        r, step = self._record, self.step
        head = QLabel(self.tr("<b>{step}</b> · đơn số {n} · {kind} · đang «{state}»").format(
            step=pl.step(step), n=r.number, kind=pl.content_type(r.content_type),
            state=pl.state(r.state)), self)
        head.setWordWrap(True)
        about = QLabel(shorten(r.content, 160), self)
        about.setWordWrap(True)
        about.setStyleSheet("color: #555;")
        self.refusal = QLabel(self)
        self.refusal.setObjectName("refusal")
        self.refusal.setStyleSheet(REFUSAL_STYLE)
        self.refusal.setWordWrap(True)
        self.refusal.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        today = QDate.currentDate()
        self.on_date = QDateEdit(today, self)
        self.on_date.setObjectName("on_date")
        self.on_date.setDisplayFormat("dd/MM/yyyy")
        self.on_date.setCalendarPopup(True)
        form.addRow(self._label(self.tr("&Ngày"), self.on_date),
                    self._with_error(self.on_date, "on_date"))
        self.officer = QComboBox(self)
        self.officer.setObjectName("officer")
        self.officer.addItem("—", None)
        for o in office_service.list_officers(self._store):
            self.officer.addItem(o.full_name, o.id)
        chosen = self._viewer.officer_id or r.officer_id
        self.officer.setCurrentIndex(max(find_data(self.officer, chosen), 0))
        form.addRow(self._label(self.tr("Cán &bộ"), self.officer),
                    self._with_error(self.officer, "officer_id"))
        order: list[QWidget] = [self.on_date, self.officer]

        self.content_type: QComboBox | None = None
        self.processable: QComboBox | None = None
        self.reasons: QPlainTextEdit | None = None
        self.competent: QComboBox | None = None
        self.complexity: QComboBox | None = None
        self.extended_checks: QCheckBox | None = None
        self.especially_complex: QCheckBox | None = None
        self.doc_number: QLineEdit | None = None
        self.doc_date: QLineEdit | None = None
        self.recipient: QLineEdit | None = None
        self.result_choice: QComboBox | None = None
        self.result_text: QLineEdit | None = None
        self.quantities: dict[str, QLineEdit] = {}

        if step == "classify":
            self.content_type = QComboBox(self)
            self.content_type.setObjectName("content_type")
            for code in pl.CONTENT_TYPES:
                self.content_type.addItem(pl.content_type(code), code)
            self.content_type.setCurrentIndex(max(self.content_type.findData(r.content_type), 0))
            form.addRow(self._label(self.tr("Loại nội &dung"), self.content_type),
                        self._with_error(self.content_type, "content_type"))
            self.processable = _tristate(self, self.tr("Đủ điều kiện xử lý"),
                                         self.tr("Không đủ điều kiện xử lý"))
            self.processable.setObjectName("processable")
            form.addRow(self._label(self.tr("Điều &kiện xử lý"), self.processable),
                        self.processable)
            self.reasons = QPlainTextEdit(self)
            self.reasons.setObjectName("reasons")
            self.reasons.setTabChangesFocus(True)
            self.reasons.setMaximumHeight(60)
            self.reasons.setPlaceholderText(self.tr("Mỗi lý do một dòng"))
            self.reasons_label = self._label(self.tr("Lý do không đủ điều kiện"), self.reasons)
            form.addRow(self.reasons_label, self.reasons)
            self.competent = _tristate(self, self.tr("Thuộc thẩm quyền của phường"),
                                       self.tr("Không thuộc thẩm quyền"))
            self.competent.setObjectName("competent")
            form.addRow(self._label(self.tr("&Thẩm quyền"), self.competent), self.competent)
            self.complexity = self._complexity_combo(r.complexity)
            form.addRow(self._label(self.tr("&Mức độ"), self.complexity),
                        self._with_error(self.complexity, "complexity"))
            self.extended_checks = QCheckBox(self.tr(
                "Cần kiểm tra, xác minh thêm (xử lý ban đầu tố cáo tối đa 10 ngày làm việc)"), self)
            self.extended_checks.setObjectName("extended_checks")
            form.addRow("", self.extended_checks)
            order += [self.content_type, self.processable, self.reasons, self.competent,
                      self.complexity, self.extended_checks]
            self.content_type.currentIndexChanged.connect(lambda _i: self._update_classify())
            self.processable.currentIndexChanged.connect(lambda _i: self._update_classify())
            self._update_classify()

        if step in DOC_REQUIRED or step in DOC_OPTIONAL:
            self.doc_number = QLineEdit(self)
            self.doc_number.setObjectName("doc_number")
            self.doc_number.setPlaceholderText(
                self.tr("Bắt buộc, ví dụ 12/QĐ-UBND") if step in DOC_REQUIRED
                else self.tr("Nếu có văn bản"))
            self.doc_date = QLineEdit(self)
            self.doc_date.setObjectName("doc_date")
            self.doc_date.setPlaceholderText(self.tr("dd/mm/yyyy"))
            self.doc_date.setMaximumWidth(120)
            doc_row = QHBoxLayout()
            doc_row.addWidget(self.doc_number, 1)
            doc_row.addSpacing(6)
            doc_row.addWidget(QLabel(self.tr("ngày"), self))
            doc_row.addWidget(self.doc_date)
            form.addRow(self._label(self.tr("Số &văn bản"), self.doc_number),
                        self._with_error(doc_row, "doc_number"))
            form.addRow("", self._error_label("doc_date"))
            order += [self.doc_number, self.doc_date]

        if step == "accept":
            self.complexity = self._complexity_combo(r.complexity)
            form.addRow(self._label(self.tr("&Mức độ phức tạp"), self.complexity),
                        self._with_error(self.complexity, "complexity"))
            order.append(self.complexity)
        if step == "extend":
            self.especially_complex = QCheckBox(self.tr("Vụ việc đặc biệt phức tạp"), self)
            self.especially_complex.setObjectName("especially_complex")
            self.especially_complex.setChecked(r.complexity == "especially_complex")
            form.addRow("", self.especially_complex)
            done = self.tr("Đã gia hạn {n} lần.", "", r.extensions).format(n=r.extensions) if r.extensions \
                else self.tr("Chưa gia hạn lần nào.")
            hint = QLabel(done + " " + self.tr("Gia hạn lần hai chỉ cho vụ việc đặc biệt phức tạp "
                                               "(Luật Tố cáo, Điều 30)."), self)
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #555;")
            form.addRow("", hint)
            order.append(self.especially_complex)
        if step in RECIPIENT_LABELS:
            self.recipient = QLineEdit(self)
            self.recipient.setObjectName("recipient")
            if step == "return" and r.forwarder_name:
                self.recipient.setText(r.forwarder_name)
            form.addRow(self._label(_t(RECIPIENT_LABELS[step]), self.recipient),
                        self._with_error(self.recipient, "recipient"))
            order.append(self.recipient)
        if step == "decide":
            if r.content_type == "KN":
                self.result_choice = QComboBox(self)
                self.result_choice.setObjectName("result")
                self.result_choice.addItem(self.tr("— Chọn —"), "")
                for code in pl.RESULTS:
                    self.result_choice.addItem(pl.result(code), code)
                result_widget: QWidget = self.result_choice
                result_label = self.tr("&Kết quả giải quyết")
            else:
                self.result_text = QLineEdit(self)
                self.result_text.setObjectName("result")
                result_widget = self.result_text
                result_label = self.tr("&Kết luận") if r.content_type == "TC" else self.tr("&Kết quả")
            form.addRow(self._label(result_label, result_widget),
                        self._with_error(result_widget, "result"))
            order.append(result_widget)
            grid = QGridLayout()
            for i, code in enumerate(pl.QUANTITIES):
                edit = QLineEdit(self)
                edit.setObjectName(f"q_{code}")
                edit.setPlaceholderText("0")
                edit.setAlignment(Qt.AlignmentFlag.AlignRight)
                self.quantities[code] = edit
                cell = QWidget(self)
                cl = QVBoxLayout(cell)
                cl.setContentsMargins(0, 0, 0, 0)
                cl.setSpacing(1)
                cl.addWidget(QLabel(pl.quantity(code), self))
                cl.addWidget(edit)
                cl.addWidget(self._error_label(f"q_{code}"))
                grid.addWidget(cell, i // 2, i % 2)
                order.append(edit)
            qbox = QGroupBox(self.tr("Kết quả cho báo cáo (bỏ trống nếu không có)"), self)
            qlay = QVBoxLayout(qbox)
            qlay.addLayout(grid)
            qlay.addWidget(self._error_label("quantities"))
            form.addRow(qbox)

        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        if self.step in NOTE_REQUIRED:
            self.note.setPlaceholderText({
                "note": self.tr("Nội dung cần ghi lại"),
                "withdraw": self.tr("Ngày, hình thức người gửi rút đơn"),
                "suspend": self.tr("Lý do tạm đình chỉ"),
            }[self.step])
        form.addRow(self._label(self.tr("&Ghi chú") if step != "note" else self.tr("Nội &dung"),
                                self.note), self._with_error(self.note, "note"))
        order.append(self.note)

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("&Lưu bước này (Ctrl+S)"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        cancel = self.buttons.addButton(self.tr("Hủy (Esc)"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)

        root = QVBoxLayout(self)
        root.addWidget(head)
        root.addWidget(about)
        root.addWidget(self.refusal)
        root.addLayout(form)
        root.addStretch(1)
        root.addWidget(self.buttons)
        for a, b in itertools.pairwise([*order, self.save_button]):
            QWidget.setTabOrder(a, b)
        self.setMinimumWidth(560)
        # The field the step is about: the recipient where the document is optional, else the
        # first field after the date and the officer (the note when nothing else is asked).
        if self.recipient is not None and step not in DOC_REQUIRED:
            first: QWidget = self.recipient
        else:
            first = order[2] if len(order) > 2 and step != "note" else self.note
        first.setFocus()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _complexity_combo(self, current: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName("complexity")
        for code in pl.COMPLEXITIES:
            combo.addItem(pl.complexity(code), code)
        combo.setCurrentIndex(max(find_data(combo, current), 0))
        return combo

    def _update_classify(self) -> None:
        assert self.processable is not None and self.reasons is not None
        assert self.competent is not None and self.content_type is not None
        assert self.extended_checks is not None
        processable = self.processable.currentData()
        self.reasons.setEnabled(processable is False)
        self.reasons_label.setEnabled(processable is False)
        self.competent.setEnabled(processable is not False)
        self.extended_checks.setVisible(self.content_type.currentData() == "TC")

    # ------------------------------------------------------------------ saving

    def _to_input(self) -> StepInput:
        problems: list[FieldProblem] = []
        on_date: date = self.on_date.date().toPython()  # type: ignore[assignment]
        doc_date = None
        if self.doc_date is not None:
            try:
                doc_date = parse_dmy(self.doc_date.text())
            except ValueError:
                problems.append(FieldProblem("doc_date", self.tr(
                    "Ngày văn bản '{v}' không đúng dạng dd/mm/yyyy.").format(
                        v=self.doc_date.text().strip())))
        quantities: dict[str, float] = {}
        for code, edit in self.quantities.items():
            try:
                value = pl.parse_number(edit.text())
            except ValueError:
                problems.append(FieldProblem(f"q_{code}", self.tr(
                    "'{v}' không phải là một số.").format(v=edit.text().strip())))
                continue
            if value:
                quantities[code] = int(value) if value.is_integer() else value
        if self.step in NOTE_REQUIRED and not self.note.text().strip():
            problems.append(FieldProblem("note", {
                "note": self.tr("Cần ghi nội dung ghi chú."),
                "withdraw": self.tr("Cần ghi việc người gửi rút đơn (ngày, hình thức)."),
                "suspend": self.tr("Cần ghi lý do tạm đình chỉ."),
            }[self.step]))
        if problems:
            raise ValidationFailed(problems)
        reasons = []
        if self.reasons is not None and self.reasons.isEnabled():
            reasons = [x.strip() for x in self.reasons.toPlainText().splitlines() if x.strip()]
        complexity = self.complexity.currentData() if self.complexity is not None else None
        if self.especially_complex is not None and self.especially_complex.isChecked():
            complexity = "especially_complex"
        processable = self.processable.currentData() if self.processable is not None else None
        result = ""
        if self.result_choice is not None:
            result = self.result_choice.currentData()
        elif self.result_text is not None:
            result = self.result_text.text()
        return StepInput(
            step=self.step, on_date=on_date, officer_id=self.officer.currentData(),
            doc_number=self.doc_number.text() if self.doc_number is not None else "",
            doc_date=doc_date, note=self.note.text(),
            content_type=self.content_type.currentData() if self.content_type is not None
            else None,
            processable=processable,
            competent=self.competent.currentData()
            if self.competent is not None and processable is not False else None,
            reasons=reasons, complexity=complexity,
            recipient=self.recipient.text() if self.recipient is not None else "",
            extended_checks=bool(self.extended_checks is not None
                                 and self.extended_checks.isVisibleTo(self)
                                 and self.extended_checks.isChecked()),
            result=result, quantities=quantities,
        )

    def _show_problems(self, problems: list[FieldProblem]) -> None:
        for shown in self._errors.values():
            shown.clear()
            shown.hide()
        refused: list[str] = []
        for p in problems:
            label = self._errors.get(p.field)
            if label is None:
                refused.append(messages.text(p.message))
                continue
            label.setText((label.text() + "\n" if label.text() else "") + messages.text(p.message))
            label.show()
        if refused:
            self.refusal.setText(self.tr("Chưa ghi được bước này:") + "\n• " + "\n• ".join(refused))
            self.refusal.show()
        else:
            self.refusal.hide()
        self.adjustSize()

    def save(self) -> None:
        try:
            data = self._to_input()
            self.saved = petitions.act(self._store, self._record.id, data, viewer=self._viewer)
        except ValidationFailed as exc:
            self._show_problems(exc.problems)
            return
        except TiepDanError as exc:
            self._show_problems([FieldProblem("step", messages.error(exc))])
            return
        self.accept()

    def fingerprint(self) -> tuple[object, ...]:
        values: list[object] = [self.note.text()]
        for w in (self.doc_number, self.doc_date, self.recipient, self.result_text):
            values.append(w.text() if w is not None else None)
        if self.reasons is not None:
            values.append(self.reasons.toPlainText())
        values += [e.text() for e in self.quantities.values()]
        return tuple(values)

    def discard_question(self) -> tuple[str, str, str]:
        return (self.tr("Bỏ bước đang ghi?"),
                self.tr("Những gì đã nhập cho bước này sẽ không được lưu. Bạn có chắc muốn đóng?"),
                self.tr("Quay lại"))
