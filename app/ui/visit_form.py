"""The visit form: keyboard first, scanner aware, never loses what was typed.

Ctrl+S (or Enter in a one-line field) saves; validation problems appear beside their field and
the dialog stays open with everything kept. Esc asks before throwing typed text away.
"""

from __future__ import annotations

import html
import itertools
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.clock import VN_TZ
from app.errors import FieldProblem, ValidationFailed
from app.law import crowd
from app.services import citizens, visits
from app.services import office as office_service
from app.services.common import Viewer
from app.storage.store import Store
from app.ui import dialogs, labels, messages
from app.ui.person_block import Person, PersonBlock
from app.ui.widgets import (
    ERROR_STYLE,
    FieldErrors,
    WrappingDelegate,
    find_data,
    form_body,
    shorten,
)

HISTORY_CHARS = 220  # of an earlier visit's content in the side panel (about four lines)


class VisitDialog(FieldErrors, dialogs.GuardedDialog):
    def __init__(self, store: Store, viewer: Viewer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lượt tiếp mới"))
        self.setObjectName("visitDialog")
        self._store = store
        self._viewer = viewer
        self.saved: visits.VisitRecord | None = None
        self._errors: dict[str, QLabel] = {}
        self._build()
        self._wire()
        self.cccd.setFocus()

    # ------------------------------------------------------------------ layout

    def _build(self) -> None:
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setWordWrap(True)
        self.summary.hide()

        # -- the visit
        self.visited_at = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.visited_at.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.visited_at.setCalendarPopup(True)
        self.reception_type = QComboBox(self)
        for code in labels.RECEPTION_TYPES:
            self.reception_type.addItem(labels.reception_type(code), code)
        self.received_by = QComboBox(self)
        for code in labels.RECEIVED_BY:
            self.received_by.addItem(labels.received_by(code), code)
        self.officer = QComboBox(self)
        self.officer.setObjectName("officer")
        for o in office_service.list_officers(self._store):
            self.officer.addItem(o.full_name, o.id)
        idx = find_data(self.officer, self._viewer.officer_id)
        self.officer.setCurrentIndex(max(idx, 0))

        # -- the person
        self.person_block = block = PersonBlock(
            self._store, self._viewer, self._errors, title=self.tr("Người được tiếp"),
            list_key="persons", list_label=self.tr("Danh sách"),
            add_text=self.tr("Thêm người vào danh sách (Alt+T)"), details=True, list_height=70,
            parent=self)
        # The block's fields, by the names the desk scenarios (and the code below) use.
        self.cccd, self.full_name, self.dob, self.gender = (
            block.cccd, block.full_name, block.dob, block.gender)
        self.address, self.phone, self.role, self.representative = (
            block.address, block.phone, block.role, block.representative)
        self.add_person, self.people_list = block.add_person, block.people_list
        self.completer, self.completer_model = block.completer, block.completer_model

        self.is_crowd = QCheckBox(self.tr("Đoàn đông người"), self)
        self.is_crowd.setObjectName("is_crowd")
        self.person_count = QSpinBox(self)
        self.person_count.setObjectName("person_count")
        self.person_count.setRange(1, 10_000)
        self.crowd_hint = QLabel(self)
        self.crowd_hint.setWordWrap(True)
        self.crowd_hint.setStyleSheet("color: #555;")
        self.crowd_hint.hide()
        crowd_row = QHBoxLayout()
        crowd_row.addWidget(self.is_crowd)
        crowd_row.addWidget(QLabel(self.tr("Số người"), self))
        crowd_row.addWidget(self._with_error(self.person_count, "person_count"))
        crowd_row.addStretch(1)
        block.add_row(crowd_row)
        block.add_row(self.crowd_hint)

        # -- the matter
        self.content = QPlainTextEdit(self)
        self.content.setObjectName("content")
        self.content.setTabChangesFocus(True)
        self.content.setMaximumHeight(90)
        self.category = QComboBox(self)
        self.category.setObjectName("category")
        for code in labels.CATEGORIES:
            self.category.addItem(labels.category(code), code)
        self.tc_note = QLabel(self.tr(
            "Danh tính người tố cáo được giữ bí mật: danh sách và báo cáo chỉ hiện bí danh."), self)
        self.tc_note.setObjectName("tcNote")
        self.tc_note.setStyleSheet("color: #6a1b9a;")
        self.tc_note.setWordWrap(True)
        self.tc_note.hide()
        self.field = QComboBox(self)
        self.field.addItem("—", None)
        for f in office_service.list_fields(self._store):
            self.field.addItem(f.name, f.code)
        self.repeat = QComboBox(self)
        for code in labels.REPEATS:
            self.repeat.addItem(labels.repeat(code), code)
        self.prior = QLineEdit(self)
        self.requests = QLineEdit(self)
        self.outcome = QComboBox(self)
        self.outcome.setObjectName("outcome")
        for code in labels.OUTCOMES:
            self.outcome.addItem(labels.outcome(code), code)
        self.outcome_note = QLineEdit(self)
        self.outcome_note.setObjectName("outcome_note")
        self.notes = QLineEdit(self)

        matter = QGridLayout()
        content_label = QLabel(self.tr("&Nội dung vụ việc"), self)
        content_label.setBuddy(self.content)
        matter.addWidget(content_label, 0, 0)
        matter.addWidget(self._with_error(self.content, "content"), 0, 1, 1, 3)
        cat_label = QLabel(self.tr("&Phân loại"), self)
        cat_label.setBuddy(self.category)
        matter.addWidget(cat_label, 1, 0)
        matter.addWidget(self.category, 1, 1)
        matter.addWidget(QLabel(self.tr("Lĩnh vực"), self), 1, 2)
        matter.addWidget(self._with_error(self.field, "field_code"), 1, 3)
        matter.addWidget(self.tc_note, 2, 1, 1, 3)
        matter.addWidget(QLabel(self.tr("Đã được giải quyết"), self), 3, 0)
        matter.addWidget(self.prior, 3, 1, 1, 3)
        matter.addWidget(QLabel(self.tr("Yêu cầu, đề nghị"), self), 4, 0)
        matter.addWidget(self.requests, 4, 1, 1, 3)
        out_label = QLabel(self.tr("Hướng &xử lý"), self)
        out_label.setBuddy(self.outcome)
        matter.addWidget(out_label, 5, 0)
        matter.addWidget(self.outcome, 5, 1)
        matter.addWidget(QLabel(self.tr("Lần tiếp"), self), 5, 2)
        matter.addWidget(self.repeat, 5, 3)
        matter.addWidget(QLabel(self.tr("Ghi rõ / lý do"), self), 6, 0)
        matter.addWidget(self._with_error(self.outcome_note, "outcome_note"), 6, 1, 1, 3)
        matter.addWidget(QLabel(self.tr("Ghi chú"), self), 7, 0)
        matter.addWidget(self.notes, 7, 1, 1, 3)
        matter.setColumnStretch(1, 1)
        matter.setColumnStretch(3, 1)

        head = QGridLayout()
        head.addWidget(QLabel(self.tr("Thời gian"), self), 0, 0)
        head.addWidget(self._with_error(self.visited_at, "visited_at"), 0, 1)
        head.addWidget(QLabel(self.tr("Hình thức"), self), 0, 2)
        head.addWidget(self.reception_type, 0, 3)
        head.addWidget(QLabel(self.tr("Người tiếp"), self), 1, 0)
        head.addWidget(self.received_by, 1, 1)
        head.addWidget(self._with_error(self.officer, "officer_id"), 1, 2, 1, 2)
        head.setColumnStretch(3, 1)

        # -- history beside the form
        self.banner = QLabel(self.tr("Chưa xác định công dân."), self)
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.history = QListWidget(self)
        self.history.setObjectName("history")
        # Long contents wrap inside the narrow panel (no sideways scrolling), shortened to a
        # few lines; the tooltip has the full text.
        WrappingDelegate(self.history)
        self.history.setAlternatingRowColors(True)
        self.history.setSpacing(2)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("<b>Các lần đến trước</b>"), self))
        side.addWidget(self.banner)
        side.addWidget(self.history, 1)
        side_box = QFrame(self)
        side_box.setLayout(side)
        side_box.setMinimumWidth(240)
        side_box.setMaximumWidth(300)

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("&Lưu (Ctrl+S)"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        cancel = self.buttons.addButton(self.tr("Hủy (Esc)"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAutoDefault(False)

        left = QVBoxLayout()
        left.addWidget(self.summary)
        left.addLayout(head)
        left.addWidget(block)
        left.addLayout(matter)
        self.form_scroll = form_body(self, left, side_box, self.buttons)

        order = [*block.fields(), self.is_crowd, self.person_count, self.add_person,
                 self.content, self.category, self.field, self.prior, self.requests,
                 self.outcome, self.repeat, self.outcome_note, self.notes, self.save_button,
                 self.visited_at, self.reception_type, self.received_by, self.officer, self.cccd]
        for a, b in itertools.pairwise(order):
            QWidget.setTabOrder(a, b)

    def _wire(self) -> None:
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.person_block.citizen_changed.connect(self._show_citizen)
        self.person_block.cccd_unknown.connect(lambda: self.banner.setText(
            self.tr("Công dân đến lần đầu (chưa có trong sổ).")))
        self.person_block.citizen_picked.connect(self.content.setFocus)
        self.person_block.people_changed.connect(self._on_people_changed)
        self.person_block.check_add = self._crowd_refusal
        self.category.currentIndexChanged.connect(self._on_category_changed)
        self.is_crowd.toggled.connect(self._on_crowd_toggled)
        self.person_count.valueChanged.connect(lambda _v: self._update_crowd_hint())
        self.received_by.currentIndexChanged.connect(self._on_received_by_changed)

    # ------------------------------------------------------------------ the person's history

    def _show_citizen(self, c: citizens.CitizenSummary | None) -> None:
        self.history.clear()
        if c is None:
            self.banner.setText(self.tr("Chưa xác định công dân."))
            return
        earlier = visits.citizen_visits(self._store, c.id, self._viewer, limit=30)
        if not earlier:
            self.banner.setText(self.tr("{name} đã có trong sổ, chưa có lượt tiếp nào hiển thị.")
                                .format(name=c.full_name))
        else:
            self.banner.setText(self.tr(
                "{name} đã đến {n} lần, gần nhất ngày {last}.", "", c.visit_count).format(
                    name=c.full_name, n=c.visit_count,
                    last=c.last_visit.strftime("%d/%m/%Y") if c.last_visit else "?"))
            self.repeat.setCurrentIndex(self.repeat.findData("repeat"))
        for r in earlier:
            head = f"{r.number} · {r.visited_at:%d/%m/%Y} · {labels.category(r.category)}"
            item = QListWidgetItem(f"{head}\n{shorten(r.content, HISTORY_CHARS)}")
            # rich text, so a long tooltip wraps instead of running off the screen
            item.setToolTip(f"<p><b>{html.escape(head)}</b></p><p>{html.escape(r.content)}</p>")
            self.history.addItem(item)

    # ------------------------------------------------------------------ crowds

    def _rule(self) -> crowd.CrowdRule:
        return crowd.rule_on(self.visited_at.date().toPython())  # type: ignore[arg-type]

    def _on_crowd_toggled(self, on: bool) -> None:
        if on:
            self.person_count.setValue(max(self.person_count.value(), self._rule().min_size))
            self.representative.setChecked(True)
            self.role.setCurrentIndex(self.role.findData("representative"))
        self._update_crowd_hint()

    def _update_crowd_hint(self) -> None:
        self.crowd_hint.setVisible(self.is_crowd.isChecked())
        if not self.is_crowd.isChecked():
            self.crowd_hint.clear()
            return
        rule = self._rule()
        n = self.person_count.value()
        self.crowd_hint.setText(self.tr(
            "Đoàn {n} người cử tối đa {m} người đại diện ({basis}). Ghi từng người đại diện rồi "
            "nhấn Alt+T.").format(n=n, m=crowd.max_representatives(max(n, rule.min_size), rule),
                                  basis=rule.basis))

    def _crowd_refusal(self, p: Person) -> str:
        """Why a crowd may not send one more representative ("" if it may)."""
        if not (self.is_crowd.isChecked() and p.is_representative):
            return ""
        rule = self._rule()
        limit = crowd.max_representatives(max(self.person_count.value(), rule.min_size), rule)
        if sum(1 for q in self.person_block.people if q.is_representative) < limit:
            return ""
        return self.tr("Đoàn {n} người chỉ được cử tối đa {m} người đại diện ({basis}).").format(
            n=self.person_count.value(), m=limit, basis=rule.basis)

    def _on_people_changed(self) -> None:
        # A crowd's next person starts as one more representative.
        if self.is_crowd.isChecked() and self.person_block.current().is_empty():
            self._on_crowd_toggled(True)

    def _on_category_changed(self, _i: int) -> None:
        self.tc_note.setVisible(self.category.currentData() == "TC")

    def _on_received_by_changed(self, _i: int) -> None:
        code = self.received_by.currentData()
        for o in office_service.list_officers(self._store):
            if (code == "head" and o.is_head) or (code == "deputy" and o.is_deputy):
                self.officer.setCurrentIndex(max(find_data(self.officer, o.id), 0))
                return

    # ------------------------------------------------------------------ saving

    def _to_input(self) -> visits.VisitInput:
        persons, problems = self.person_block.inputs()
        if problems:
            raise ValidationFailed(problems)
        when: datetime = self.visited_at.dateTime().toPython()  # type: ignore[assignment]
        return visits.VisitInput(
            visited_at=when.replace(tzinfo=VN_TZ, second=0, microsecond=0),
            reception_type=self.reception_type.currentData(),
            persons=persons,
            content=self.content.toPlainText(),
            category=self.category.currentData(),
            received_by=self.received_by.currentData(),
            officer_id=self.officer.currentData(),
            person_count=self.person_count.value() if self.is_crowd.isChecked()
            else max(self.person_count.value(), len(persons)),
            is_crowd=self.is_crowd.isChecked(),
            field_code=self.field.currentData(),
            prior_handling=self.prior.text(), requests=self.requests.text(),
            repeat=self.repeat.currentData(), outcome=self.outcome.currentData(),
            outcome_note=self.outcome_note.text(), notes=self.notes.text(),
        )

    def _show_problems(self, problems: list[FieldProblem]) -> None:
        for label in self._errors.values():
            label.hide()
        first_widget: QWidget | None = None
        for p in problems:
            key = self.person_block.error_key(p.field) or p.field
            label = self._errors.get(key) or self._errors["persons"]
            label.setText((label.text() + "\n" if label.isVisible() else "") + messages.text(p.message))
            label.show()
            widget = self.person_block.widget_for(key) or {
                "content": self.content, "outcome_note": self.outcome_note,
                "person_count": self.person_count, "officer_id": self.officer,
                "visited_at": self.visited_at}.get(key)
            first_widget = first_widget or widget
        self.summary.setText(self.tr("Chưa lưu được: hãy sửa {n} chỗ được đánh dấu đỏ.", "", len(problems))
                             .format(n=len(problems)))
        self.summary.show()
        if first_widget is not None:
            first_widget.setFocus()
            self.form_scroll.ensureWidgetVisible(first_widget)

    def save(self) -> None:
        try:
            data = self._to_input()
            self.saved = visits.log_visit(self._store, data)
        except ValidationFailed as exc:
            self._show_problems(exc.problems)
            return
        self.accept()

    def has_typed_content(self) -> bool:
        return bool(self.person_block.all_people()
                    or self.content.toPlainText().strip() or self.requests.text().strip())

    def discard_question(self) -> tuple[str, str, str]:
        return (translate("confirm_discard", "Bỏ lượt tiếp đang ghi?"),
                translate("confirm_discard",
                          "Những gì đã nhập sẽ không được lưu. Bạn có chắc muốn đóng?"),
                translate("confirm_discard", "Quay lại form"))


translate = QCoreApplication.translate  # lupdate reads translate("context", "text") calls
