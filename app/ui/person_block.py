"""The person block of the visit and petition forms: who came, or who sent the petition.

One person is typed at a time: the CCCD field takes a keyboard-wedge scanner's QR payload (it
settles after a pause, or on Enter) or a typed number looked up in the register; the name field
suggests earlier citizens as typed without diacritics. Alt+T puts the typed person on the list and
clears the block for the next one. A person still in the block when the form is saved counts as
the last one of the list, so a single person never needs Alt+T.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import FieldProblem
from app.services import citizens
from app.services.viewer import Viewer
from app.services.visits import PersonInput, PersonRecord
from app.storage.store import Store
from app.ui import labels
from app.ui.widgets import EnterFilter, FieldErrors, parse_dmy
from app.vn.cccd_qr import looks_like_qr, parse_cccd_qr

SUGGEST_DELAY_MS = 150
SCAN_SETTLE_MS = 200
FIELD_KEYS = ("cccd", "full_name", "date_of_birth", "address", "phone")  # errors beside fields


translate = QCoreApplication.translate  # lupdate reads translate("context", "text") calls


def _dmy(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


@dataclass
class Person:
    """One person as typed, scanned or picked (plain values, so nothing is lost)."""

    full_name: str = ""
    cccd: str = ""
    old_id: str = ""
    dob: str = ""  # dd/mm/yyyy as typed; checked on save
    gender: str = ""
    address: str = ""
    card_address: str = ""
    phone: str = ""
    issued_on: date | None = None
    role: str = "petitioner"
    is_representative: bool = False
    citizen_id: uuid.UUID | None = None

    @classmethod
    def of(cls, p: PersonRecord) -> Person:
        """A person of a saved visit, as if typed again."""
        return cls(full_name=p.full_name, cccd=p.cccd or "", dob=_dmy(p.date_of_birth),
                   gender=p.gender or "", address=p.address, phone=p.phone or "", role=p.role,
                   is_representative=p.is_representative, citizen_id=p.citizen_id)

    def is_empty(self) -> bool:
        return not (self.full_name or self.cccd or self.address or self.phone)

    def label(self, with_address: bool) -> str:
        rep = translate("PersonBlock", " – đại diện") if self.is_representative else ""
        return (f"{self.full_name or '?'}{rep}" + (f" · {self.cccd}" if self.cccd else "")
                + (f" · {self.address}" if with_address and self.address else ""))

    def to_input(self) -> PersonInput:
        """Raises ValueError if the date of birth is not dd/mm/yyyy."""
        return PersonInput(
            full_name=self.full_name, cccd=self.cccd or None, old_id=self.old_id or None,
            date_of_birth=parse_dmy(self.dob), gender=self.gender or None, address=self.address,
            card_address=self.card_address or None, phone=self.phone or None,
            id_issued_on=self.issued_on, role=self.role, is_representative=self.is_representative,
            citizen_id=self.citizen_id)


class PersonBlock(FieldErrors, QGroupBox):
    """The typed person, the list of persons, and their errors beside the fields.

    `list_key` names the list in the service's problems ("persons.2.cccd"); the block's error
    labels go into the form's `errors`, so the form clears and fills them with its own. With
    `details`, date of birth, gender and the card's address are shown and typed; without, they
    are still kept from a scan or the register, unseen.
    """

    citizen_changed = Signal(object)  # the CitizenSummary the block is, or None
    cccd_unknown = Signal()  # a looked-up CCCD is not in the register
    citizen_picked = Signal()  # chosen from the name suggestions: the form moves on
    people_changed = Signal()

    def __init__(self, store: Store, viewer: Viewer, errors: dict[str, QLabel], *, title: str,
                 list_key: str, list_label: str, add_text: str, details: bool,
                 list_height: int, parent: QWidget) -> None:
        super().__init__(title, parent)
        self._store = store
        self._viewer = viewer
        self._errors = errors
        self.list_key = list_key
        self._details = details
        self.people: list[Person] = []
        self.citizen_id: uuid.UUID | None = None
        # Returns why the typed person may not join the list ("" if it may).
        self.check_add: Callable[[Person], str] = lambda _p: ""
        self._suggestions: dict[str, citizens.CitizenSummary] = {}
        self._build(list_label, add_text, list_height)
        self._wire()

    # ------------------------------------------------------------------ layout

    def _build(self, list_label: str, add_text: str, list_height: int) -> None:
        self.cccd = QLineEdit(self)
        self.cccd.setObjectName("cccd")
        self.cccd.setPlaceholderText(translate("PersonBlock", "Quét mã QR trên CCCD hoặc gõ 12 số"))
        self.full_name = QLineEdit(self)
        self.full_name.setObjectName("full_name")
        self.full_name.setPlaceholderText(translate("PersonBlock", "Gõ vài chữ của tên, không cần dấu"))
        self.dob = QLineEdit(self)
        self.dob.setObjectName("dob")
        self.dob.setPlaceholderText(translate("PersonBlock", "dd/mm/yyyy"))
        self.dob.setMaximumWidth(110)
        self.gender = QComboBox(self)
        self.gender.addItem("—", "")
        self.gender.addItem(labels.gender("male"), "male")
        self.gender.addItem(labels.gender("female"), "female")
        self.address = QLineEdit(self)
        self.address.setObjectName("address")
        self.card_address = QLabel(self)
        self.card_address.setWordWrap(True)
        self.card_address.setStyleSheet("color: #555;")
        self.card_address.hide()
        self.phone = QLineEdit(self)
        self.phone.setObjectName("phone")
        self.role = QComboBox(self)
        for code in labels.ROLES:
            self.role.addItem(labels.role(code), code)
        self.representative = QCheckBox(translate("PersonBlock", "Người đại diện"), self)
        self.add_person = QPushButton(add_text, self)
        self.add_person.setObjectName("addPerson")
        self.add_person.setAutoDefault(False)
        self.people_list = QListWidget(self)
        self.people_list.setObjectName("people")
        self.people_list.setMaximumHeight(list_height)
        self.remove_person = QPushButton(translate("PersonBlock", "Bỏ người đã chọn"), self)
        self.remove_person.setAutoDefault(False)
        self.completer_model = QStringListModel(self)
        self.completer = QCompleter(self.completer_model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.full_name.setCompleter(self.completer)

        self.grid = grid = QGridLayout(self)
        grid.addWidget(self._label(translate("PersonBlock", "Số &CCCD"), self.cccd), 0, 0)
        grid.addWidget(self._with_error(self.cccd, "cccd"), 0, 1)
        grid.addWidget(self._label(translate("PersonBlock", "&Họ và tên"), self.full_name), 0, 2)
        grid.addWidget(self._with_error(self.full_name, "full_name"), 0, 3)
        if self._details:
            born = QHBoxLayout()
            born.addWidget(self._with_error(self.dob, "date_of_birth"))
            born.addWidget(QLabel(translate("PersonBlock", "Giới tính"), self))
            born.addWidget(self.gender)
            born.addStretch(1)
            grid.addWidget(self._label(translate("PersonBlock", "Ngày &sinh"), self.dob), 1, 0)
            grid.addLayout(born, 1, 1, 1, 3)
        else:
            self.dob.hide()
            self.gender.hide()
        grid.addWidget(self._label(translate("PersonBlock", "Đị&a chỉ"), self.address), 2, 0)
        grid.addWidget(self._with_error(self.address, "address"), 2, 1, 1, 3)
        grid.addWidget(self.card_address, 3, 1, 1, 3)
        grid.addWidget(QLabel(translate("PersonBlock", "Điện thoại"), self), 4, 0)
        role_row = QHBoxLayout()
        role_row.addWidget(self._with_error(self.phone, "phone"), 1)
        role_row.addWidget(self.role)
        role_row.addWidget(self.representative)
        grid.addLayout(role_row, 4, 1, 1, 3)
        list_row = QHBoxLayout()
        list_row.addWidget(self.people_list, 1)
        list_buttons = QVBoxLayout()
        list_buttons.addWidget(self.add_person)
        list_buttons.addWidget(self.remove_person)
        list_buttons.addStretch(1)
        list_row.addLayout(list_buttons)
        grid.addWidget(QLabel(list_label, self), 5, 0)
        grid.addLayout(list_row, 5, 1, 1, 3)
        grid.addWidget(self._error_label(self.list_key), 6, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def add_row(self, item: QWidget | QLayout) -> None:
        """A row of the form's own below the list (a crowd's size, a petition's signers)."""
        row = self.grid.rowCount()
        if isinstance(item, QWidget):
            self.grid.addWidget(item, row, 1, 1, 3)
        else:
            self.grid.addLayout(item, row, 1, 1, 3)

    def fields(self) -> list[QWidget]:
        """The typed fields in keyboard order."""
        birth: list[QWidget] = [self.dob, self.gender] if self._details else []
        return [self.cccd, self.full_name, *birth, self.address, self.phone, self.role,
                self.representative]

    def _wire(self) -> None:
        QShortcut(QKeySequence("Alt+T"), self, self.add)
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
        self.add_person.clicked.connect(self.add)
        self.remove_person.clicked.connect(self._on_remove)

    # ------------------------------------------------------------------ the typed person

    def current(self) -> Person:
        return Person(
            full_name=self.full_name.text().strip(), cccd=self.cccd.text().strip(),
            dob=self.dob.text().strip(), gender=self.gender.currentData() or "",
            address=self.address.text().strip(), phone=self.phone.text().strip(),
            card_address=self.card_address.property("value") or "",
            old_id=self.cccd.property("old_id") or "",
            issued_on=self.cccd.property("issued_on"),
            role=self.role.currentData(), is_representative=self.representative.isChecked(),
            citizen_id=self.citizen_id,
        )

    def all_people(self) -> list[Person]:
        """The list, and the person still in the block as the last one."""
        block = self.current()
        return [*self.people, block] if not block.is_empty() else list(self.people)

    def _clear(self) -> None:
        for w in (self.cccd, self.full_name, self.dob, self.address, self.phone):
            w.blockSignals(True)
            w.clear()
            w.blockSignals(False)
        self.gender.setCurrentIndex(0)
        self.role.setCurrentIndex(0)
        self.representative.setChecked(False)
        self.card_address.clear()
        self.card_address.hide()
        self.card_address.setProperty("value", "")
        self.cccd.setProperty("old_id", "")
        self.cccd.setProperty("issued_on", None)
        self._set_citizen(None)

    def append(self, person: Person) -> None:
        self.people.append(person)
        self.people_list.addItem(person.label(with_address=not self._details))

    def add(self) -> None:
        """Alt+T: the typed person joins the list (nothing while adding is switched off)."""
        if not self.add_person.isEnabled():
            return
        p = self.current()
        if p.is_empty():
            self.full_name.setFocus()
            return
        refused = self.check_add(p)
        self._show_field_error(self.list_key, refused)
        if refused:
            return
        self.append(p)
        self._clear()
        self.people_changed.emit()
        self.cccd.setFocus()

    def _on_remove(self) -> None:
        row = self.people_list.currentRow()
        if row >= 0:
            self.people_list.takeItem(row)
            del self.people[row]
            self.people_changed.emit()

    # ------------------------------------------------------------------ scanner and register

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
            self._show_field_error("cccd", translate("PersonBlock", "Không đọc được mã QR này. Hãy gõ số CCCD và thông tin bằng tay."))
            return
        self.cccd.blockSignals(True)
        self.cccd.setText(qr.cccd)
        self.cccd.blockSignals(False)
        self.cccd.setProperty("old_id", qr.old_id or "")
        self.cccd.setProperty("issued_on", qr.issued_on)
        self.full_name.setText(qr.full_name)
        if qr.date_of_birth:
            self.dob.setText(_dmy(qr.date_of_birth))
        if qr.gender:
            self.gender.setCurrentIndex(self.gender.findData(qr.gender.value))
        self.card_address.setProperty("value", qr.address)
        if self._details:
            self.card_address.setText(translate("PersonBlock", "Địa chỉ trên thẻ: {a} — hỏi và ghi địa chỉ hiện nay.")
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
            self.cccd_unknown.emit()
            return
        for edit, value in ((self.full_name, found.full_name), (self.address, found.address),
                            (self.phone, found.phone), (self.dob, _dmy(found.date_of_birth))):
            if not edit.text() and value:
                edit.setText(value)
        if not self.gender.currentData() and found.gender:
            self.gender.setCurrentIndex(self.gender.findData(found.gender))
        self._set_citizen(found)

    def _set_citizen(self, c: citizens.CitizenSummary | None) -> None:
        self.citizen_id = c.id if c else None
        self.citizen_changed.emit(c)

    def _on_name_edited(self, _text: str) -> None:
        self._set_citizen(None)
        self._suggest_timer.start()

    def _refresh_suggestions(self) -> None:
        typed = self.full_name.text()
        found = citizens.suggest(self._store, typed, 10, self._viewer) if len(typed) >= 2 else []
        self._suggestions = {}
        for c in found:
            born = str(c.birth_year) if c.birth_year else "?"
            self._suggestions[f"{c.full_name} — {born} — {c.address}"] = c
        self.completer_model.setStringList(list(self._suggestions))
        if found and self.full_name.hasFocus():
            self.completer.complete()

    def _on_suggestion_picked(self, text: str) -> None:
        chosen = self._suggestions.get(text)
        if chosen is not None:
            # QCompleter writes the whole suggestion into the field: put the name back after it.
            QTimer.singleShot(0, lambda: self._fill_from(chosen))

    def _fill_from(self, c: citizens.CitizenSummary) -> None:
        self.full_name.setText(c.full_name)
        self.cccd.blockSignals(True)
        self.cccd.setText(c.cccd or "")
        self.cccd.blockSignals(False)
        if c.date_of_birth:
            self.dob.setText(_dmy(c.date_of_birth))
        if c.gender:
            self.gender.setCurrentIndex(self.gender.findData(c.gender))
        self.address.setText(c.address)
        self.phone.setText(c.phone or "")
        self._set_citizen(c)
        self.citizen_picked.emit()

    # ------------------------------------------------------------------ saving

    def inputs(self) -> tuple[list[PersonInput], list[FieldProblem]]:
        """The persons for the service, and the dates of birth that are not dates."""
        out: list[PersonInput] = []
        problems: list[FieldProblem] = []
        for i, p in enumerate(self.all_people()):
            try:
                out.append(p.to_input())
            except ValueError:
                problems.append(FieldProblem(f"{self.list_key}.{i}.date_of_birth", translate("PersonBlock", "Người thứ {i}: ngày sinh '{v}' không đúng dạng dd/mm/yyyy.").format(
                        i=i + 1, v=p.dob)))
        return out, problems

    def error_key(self, field: str) -> str | None:
        """Where a service problem about a person is shown: beside the typed person's own
        field, else under the list; None if the problem is not about a person."""
        if field == self.list_key:
            return field
        if not field.startswith(self.list_key + "."):
            return None
        _, idx, sub = field.split(".", 2)
        typed = not self.current().is_empty() and int(idx) == len(self.people)
        return sub if typed and sub in FIELD_KEYS and sub in self._errors else self.list_key

    def widget_for(self, key: str) -> QWidget | None:
        """The field that gets the focus for a problem shown at `key`."""
        if key == self.list_key:
            return self.people_list if self.people else self.full_name
        return {"cccd": self.cccd, "full_name": self.full_name, "date_of_birth": self.dob,
                "address": self.address, "phone": self.phone}.get(key)
