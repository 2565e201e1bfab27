"""The visit form: keyboard first, scanner aware, never loses what was typed.

Ctrl+S (or Enter in a one-line field) saves; validation problems appear beside their field and
the dialog stays open with everything kept. Esc asks before throwing typed text away.
"""

from __future__ import annotations

import itertools
import uuid
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QStringListModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
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
from app.ui import dialogs, labels
from app.ui.widgets import ERROR_STYLE, EnterFilter, FieldErrors, find_data
from app.vn.cccd_qr import looks_like_qr, parse_cccd_qr

SUGGEST_DELAY_MS = 150
SCAN_SETTLE_MS = 200


@dataclass
class _Person:
    """One person of the visit as typed (kept as plain values so nothing is lost)."""

    full_name: str = ""
    cccd: str = ""
    old_id: str = ""
    dob: str = ""
    gender: str = ""
    address: str = ""
    card_address: str = ""
    phone: str = ""
    issued_on: date | None = None
    role: str = "petitioner"
    is_representative: bool = False
    citizen_id: uuid.UUID | None = None

    def is_empty(self) -> bool:
        return not (self.full_name or self.cccd or self.address or self.phone)

    def label(self) -> str:
        rep = QCoreApplication.translate("VisitDialog", " – đại diện") if self.is_representative else ""
        return f"{self.full_name or '?'}{rep}" + (f" · {self.cccd}" if self.cccd else "")


def parse_dmy(text: str) -> date | None:
    """dd/mm/yyyy as people type it (also d/m/yyyy or dd-mm-yyyy); raises ValueError if wrong."""
    text = text.strip().replace("-", "/").replace(".", "/")
    if not text:
        return None
    d, m, y = (int(x) for x in text.split("/"))
    return date(y, m, d)




class VisitDialog(FieldErrors, QDialog):
    def __init__(self, store: Store, viewer: Viewer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lượt tiếp mới"))
        self.setObjectName("visitDialog")
        self._store = store
        self._viewer = viewer
        self.saved: visits.VisitRecord | None = None
        self._people: list[_Person] = []
        self._current_citizen: uuid.UUID | None = None
        self._suggestions: dict[str, citizens.CitizenSummary] = {}
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
        self.cccd = QLineEdit(self)
        self.cccd.setObjectName("cccd")
        self.cccd.setPlaceholderText(self.tr("Quét mã QR trên CCCD hoặc gõ 12 số"))
        self.full_name = QLineEdit(self)
        self.full_name.setObjectName("full_name")
        self.full_name.setPlaceholderText(self.tr("Gõ vài chữ của tên, không cần dấu"))
        self.dob = QLineEdit(self)
        self.dob.setObjectName("dob")
        self.dob.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.dob.setMaximumWidth(110)
        self.gender = QComboBox(self)
        self.gender.addItem("—", "")
        self.gender.addItem(labels.gender("male"), "male")
        self.gender.addItem(labels.gender("female"), "female")
        self.address = QLineEdit(self)
        self.address.setObjectName("address")
        self.phone = QLineEdit(self)
        self.phone.setObjectName("phone")
        self.role = QComboBox(self)
        for code in labels.ROLES:
            self.role.addItem(labels.role(code), code)
        self.representative = QCheckBox(self.tr("Người đại diện"), self)
        self.card_address = QLabel(self)
        self.card_address.setWordWrap(True)
        self.card_address.setStyleSheet("color: #555;")
        self.card_address.hide()
        self.add_person = QPushButton(self.tr("Thêm người vào danh sách (Alt+T)"), self)
        self.add_person.setObjectName("addPerson")
        self.add_person.setAutoDefault(False)
        self.people_list = QListWidget(self)
        self.people_list.setObjectName("people")
        self.people_list.setMaximumHeight(70)
        self.remove_person = QPushButton(self.tr("Bỏ người đã chọn"), self)
        self.remove_person.setAutoDefault(False)

        self.is_crowd = QCheckBox(self.tr("Đoàn đông người"), self)
        self.is_crowd.setObjectName("is_crowd")
        self.person_count = QSpinBox(self)
        self.person_count.setObjectName("person_count")
        self.person_count.setRange(1, 10_000)
        self.crowd_hint = QLabel(self)
        self.crowd_hint.setWordWrap(True)
        self.crowd_hint.setStyleSheet("color: #555;")
        self.crowd_hint.hide()

        self.completer_model = QStringListModel(self)
        self.completer = QCompleter(self.completer_model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.full_name.setCompleter(self.completer)

        person_form = QFormLayout()
        for text, widget, key in ((self.tr("Số &CCCD"), self.cccd, "cccd"),
                                  (self.tr("&Họ và tên"), self.full_name, "full_name")):
            label = QLabel(text, self)
            label.setBuddy(widget)
            person_form.addRow(label, self._with_error(widget, key))
        born = QHBoxLayout()
        born.addWidget(self._with_error(self.dob, "date_of_birth"))
        born.addWidget(QLabel(self.tr("Giới tính"), self))
        born.addWidget(self.gender)
        born.addStretch(1)
        born_label = QLabel(self.tr("Ngày &sinh"), self)
        born_label.setBuddy(self.dob)
        person_form.addRow(born_label, born)
        address_label = QLabel(self.tr("Đị&a chỉ"), self)
        address_label.setBuddy(self.address)
        person_form.addRow(address_label, self._with_error(self.address, "address"))
        person_form.addRow("", self.card_address)
        role_row = QHBoxLayout()
        role_row.addWidget(self.phone, 1)
        role_row.addWidget(self.role)
        role_row.addWidget(self.representative)
        person_form.addRow(self.tr("Điện thoại"), role_row)
        person_form.addRow("", self._error_label("phone"))
        crowd_row = QHBoxLayout()
        crowd_row.addWidget(self.is_crowd)
        crowd_row.addWidget(QLabel(self.tr("Số người"), self))
        crowd_row.addWidget(self._with_error(self.person_count, "person_count"))
        crowd_row.addStretch(1)
        person_form.addRow("", crowd_row)
        person_form.addRow("", self.crowd_hint)
        people_row = QHBoxLayout()
        people_row.addWidget(self.people_list, 1)
        buttons_col = QVBoxLayout()
        buttons_col.addWidget(self.add_person)
        buttons_col.addWidget(self.remove_person)
        buttons_col.addStretch(1)
        people_row.addLayout(buttons_col)
        person_form.addRow(self.tr("Danh sách"), people_row)
        person_form.addRow("", self._error_label("persons"))
        person_box = QGroupBox(self.tr("Người được tiếp"), self)
        person_box.setLayout(person_form)

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
        left.addWidget(person_box)
        left.addLayout(matter)
        # Scrolls rather than overflows at 125–150 % Windows scaling on a 1366×768 screen.
        left_widget = QWidget(self)
        left_widget.setLayout(left)
        self.form_scroll = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(left_widget)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for combo in left_widget.findChildren(QComboBox):
            # Long legal labels must not force the form wider than a small screen.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        body = QHBoxLayout()
        body.addWidget(scroll, 1)
        body.addWidget(side_box)
        root = QVBoxLayout(self)
        root.addLayout(body, 1)
        root.addWidget(self.buttons)
        screen = self.screen().availableGeometry() if self.screen() else None
        self.resize(min(1240, screen.width() - 40) if screen else 1060,
                    min(720, screen.height() - 40) if screen else 700)

        QWidget.setTabOrder(self.cccd, self.full_name)
        order = [self.full_name, self.dob, self.gender, self.address, self.phone, self.role,
                 self.representative, self.is_crowd, self.person_count, self.add_person,
                 self.content, self.category, self.field, self.prior, self.requests,
                 self.outcome, self.repeat, self.outcome_note, self.notes, self.save_button,
                 self.visited_at, self.reception_type, self.received_by, self.officer, self.cccd]
        for a, b in itertools.pairwise(order):
            QWidget.setTabOrder(a, b)

    def _wire(self) -> None:
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        QShortcut(QKeySequence("Alt+T"), self, self._on_add_person)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.cccd.installEventFilter(EnterFilter(self._on_cccd_entered, self))
        self._scan_timer = QTimer(self)
        self._scan_timer.setSingleShot(True)
        self._scan_timer.setInterval(SCAN_SETTLE_MS)
        self._scan_timer.timeout.connect(self._on_cccd_settled)
        self.cccd.textChanged.connect(lambda _t: self._scan_timer.start())
        self._suggest_timer = QTimer(self)
        self._suggest_timer.setSingleShot(True)
        self._suggest_timer.setInterval(SUGGEST_DELAY_MS)
        self._suggest_timer.timeout.connect(self._refresh_suggestions)
        self.full_name.textEdited.connect(self._on_name_edited)
        self.completer.activated.connect(self._on_suggestion_picked)
        self.category.currentIndexChanged.connect(self._on_category_changed)
        self.is_crowd.toggled.connect(self._on_crowd_toggled)
        self.person_count.valueChanged.connect(lambda _v: self._update_crowd_hint())
        self.add_person.clicked.connect(self._on_add_person)
        self.remove_person.clicked.connect(self._on_remove_person)
        self.received_by.currentIndexChanged.connect(self._on_received_by_changed)

    # ------------------------------------------------------------------ the person block

    def _person_from_block(self) -> _Person:
        return _Person(
            full_name=self.full_name.text().strip(), cccd=self.cccd.text().strip(),
            dob=self.dob.text().strip(), gender=self.gender.currentData() or "",
            address=self.address.text().strip(), phone=self.phone.text().strip(),
            card_address=self.card_address.property("value") or "",
            old_id=self.cccd.property("old_id") or "",
            issued_on=self.cccd.property("issued_on"),
            role=self.role.currentData(), is_representative=self.representative.isChecked(),
            citizen_id=self._current_citizen,
        )

    def _clear_block(self) -> None:
        for w in (self.cccd, self.full_name, self.dob, self.address, self.phone):
            w.clear()
        self.gender.setCurrentIndex(0)
        self.card_address.clear()
        self.card_address.hide()
        self.card_address.setProperty("value", "")
        self.cccd.setProperty("old_id", "")
        self.cccd.setProperty("issued_on", None)
        self._set_citizen(None)

    def _on_cccd_settled(self) -> None:
        if looks_like_qr(self.cccd.text()):
            self._apply_scan()

    def _on_cccd_entered(self) -> None:
        self._scan_timer.stop()
        text = self.cccd.text()
        if looks_like_qr(text):
            self._apply_scan()
        elif text.strip():
            self._lookup_cccd(text.strip())
        self.focusNextChild()

    def _apply_scan(self) -> None:
        qr = parse_cccd_qr(self.cccd.text())
        if qr is None:
            self._show_field_error("cccd", self.tr(
                "Không đọc được mã QR này. Hãy gõ số CCCD và thông tin bằng tay."))
            return
        self.cccd.blockSignals(True)
        self.cccd.setText(qr.cccd)
        self.cccd.blockSignals(False)
        self.cccd.setProperty("old_id", qr.old_id or "")
        self.cccd.setProperty("issued_on", qr.issued_on)
        self.full_name.setText(qr.full_name)
        if qr.date_of_birth:
            self.dob.setText(qr.date_of_birth.strftime("%d/%m/%Y"))
        if qr.gender:
            self.gender.setCurrentIndex(self.gender.findData(qr.gender.value))
        self.card_address.setProperty("value", qr.address)
        self.card_address.setText(self.tr("Địa chỉ trên thẻ: {a} — hỏi và ghi địa chỉ hiện nay.")
                                  .format(a=qr.address))
        self.card_address.show()
        if not self.address.text():
            self.address.setText(qr.address)
        self._show_field_error("cccd", "")
        self._lookup_cccd(qr.cccd)

    def _lookup_cccd(self, number: str) -> None:
        found = citizens.by_cccd(self._store, number, self._viewer)
        if found is None:
            self._set_citizen(None)
            self.banner.setText(self.tr("Công dân đến lần đầu (chưa có trong sổ)."))
            return
        if not self.full_name.text():
            self.full_name.setText(found.full_name)
        if not self.address.text() and found.address:
            self.address.setText(found.address)
        if not self.phone.text() and found.phone:
            self.phone.setText(found.phone)
        self._set_citizen(found)

    def _on_name_edited(self, _text: str) -> None:
        self._set_citizen(None)
        self._suggest_timer.start()

    def _refresh_suggestions(self) -> None:
        typed = self.full_name.text()
        found = citizens.suggest(self._store, typed, 10, self._viewer) if len(typed) >= 2 else []
        self._suggestions = {}
        for c in found:
            born = str(c.birth_year) if c.birth_year else "?"
            key = f"{c.full_name} — {born} — {c.address}"
            self._suggestions[key] = c
        self.completer_model.setStringList(list(self._suggestions))
        if found and self.full_name.hasFocus():
            self.completer.complete()

    def _on_suggestion_picked(self, text: str) -> None:
        chosen = self._suggestions.get(text)
        if chosen is None:
            return
        # QCompleter writes the whole suggestion into the field: put the name back after it.
        QTimer.singleShot(0, lambda: self._fill_from(chosen))

    def _fill_from(self, c: citizens.CitizenSummary) -> None:
        self.full_name.setText(c.full_name)
        self.cccd.blockSignals(True)
        self.cccd.setText(c.cccd or "")
        self.cccd.blockSignals(False)
        if c.date_of_birth:
            self.dob.setText(c.date_of_birth.strftime("%d/%m/%Y"))
        if c.gender:
            self.gender.setCurrentIndex(self.gender.findData(c.gender))
        self.address.setText(c.address)
        self.phone.setText(c.phone or "")
        self._set_citizen(c)
        self.content.setFocus()

    def _set_citizen(self, c: citizens.CitizenSummary | None) -> None:
        self._current_citizen = c.id if c else None
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
                "{name} đã đến {n} lần, gần nhất ngày {last}.").format(
                    name=c.full_name, n=c.visit_count,
                    last=c.last_visit.strftime("%d/%m/%Y") if c.last_visit else "?"))
            self.repeat.setCurrentIndex(self.repeat.findData("repeat"))
        for r in earlier:
            item = QListWidgetItem(f"{r.number} · {r.visited_at:%d/%m/%Y} · "
                                   f"{labels.category(r.category)}\n{r.content}")
            item.setToolTip(r.content)
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

    def _representatives(self) -> int:
        return sum(1 for p in self._people if p.is_representative)

    def _on_add_person(self) -> None:
        p = self._person_from_block()
        if p.is_empty():
            self.full_name.setFocus()
            return
        if self.is_crowd.isChecked() and p.is_representative:
            rule = self._rule()
            limit = crowd.max_representatives(max(self.person_count.value(), rule.min_size), rule)
            if self._representatives() + 1 > limit:
                self._show_field_error("persons", self.tr(
                    "Đoàn {n} người chỉ được cử tối đa {m} người đại diện ({basis}).").format(
                        n=self.person_count.value(), m=limit, basis=rule.basis))
                return
        self._people.append(p)
        self.people_list.addItem(p.label())
        self._show_field_error("persons", "")
        self._clear_block()
        self.cccd.setFocus()

    def _on_remove_person(self) -> None:
        row = self.people_list.currentRow()
        if row >= 0:
            self.people_list.takeItem(row)
            del self._people[row]

    def _on_category_changed(self, _i: int) -> None:
        self.tc_note.setVisible(self.category.currentData() == "TC")

    def _on_received_by_changed(self, _i: int) -> None:
        code = self.received_by.currentData()
        for o in office_service.list_officers(self._store):
            if (code == "head" and o.is_head) or (code == "deputy" and o.is_deputy):
                self.officer.setCurrentIndex(max(find_data(self.officer, o.id), 0))
                return

    # ------------------------------------------------------------------ saving

    def _all_people(self) -> list[_Person]:
        people = list(self._people)
        block = self._person_from_block()
        if not block.is_empty():
            people.append(block)
        return people

    def _to_input(self) -> visits.VisitInput:
        problems: list[FieldProblem] = []
        persons: list[visits.PersonInput] = []
        people = self._all_people()
        for i, p in enumerate(people):
            try:
                dob = parse_dmy(p.dob)
            except ValueError:
                problems.append(FieldProblem(f"persons.{i}.date_of_birth", self.tr(
                    "Người thứ {i}: ngày sinh '{v}' không đúng dạng dd/mm/yyyy.").format(
                        i=i + 1, v=p.dob)))
                dob = None
            persons.append(visits.PersonInput(
                full_name=p.full_name, cccd=p.cccd or None, old_id=p.old_id or None,
                date_of_birth=dob, gender=p.gender or None, address=p.address,
                card_address=p.card_address or None, phone=p.phone or None,
                id_issued_on=p.issued_on, role=p.role, is_representative=p.is_representative,
                citizen_id=p.citizen_id,
            ))
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
        block_index = len(self._people)  # the person block is the last person
        first_widget: QWidget | None = None
        for p in problems:
            key = p.field
            if key.startswith("persons."):
                _, idx, sub = key.split(".", 2)
                key = sub if int(idx) == block_index else "persons"
            label = self._errors.get(key) or self._errors["persons"]
            label.setText((label.text() + "\n" if label.isVisible() else "") + p.message)
            label.show()
            widget = {"cccd": self.cccd, "full_name": self.full_name, "address": self.address,
                      "date_of_birth": self.dob, "phone": self.phone, "content": self.content,
                      "outcome_note": self.outcome_note, "person_count": self.person_count,
                      "officer_id": self.officer, "visited_at": self.visited_at}.get(key)
            first_widget = first_widget or widget
        self.summary.setText(self.tr("Chưa lưu được: hãy sửa {n} chỗ được đánh dấu đỏ.")
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
        return bool(self._people or not self._person_from_block().is_empty()
                    or self.content.toPlainText().strip() or self.requests.text().strip())

    def reject(self) -> None:
        if self.has_typed_content() and not confirm_discard(self):
            return
        super().reject()


def confirm_discard(parent: QWidget) -> bool:
    """Asked before typed text is thrown away (tests monkeypatch this)."""
    return dialogs.ask(
        parent, parent.tr("Bỏ lượt tiếp đang ghi?"),
        parent.tr("Những gì đã nhập sẽ không được lưu. Bạn có chắc muốn đóng?"),
        parent.tr("Bỏ, không lưu"), parent.tr("Quay lại form"))
