"""Registering a petition (vào sổ đơn): keyboard first, never loses what was typed.

Ctrl+S (or Enter in a one-line field) saves; problems appear beside their field and the dialog
stays open with everything kept; Esc asks before throwing typed text away. While the senders
and the content are typed, earlier petitions of the same people or with similar content are
suggested beside the form, and the officer may link the new one as a duplicate (đơn trùng) or
as a new round of the same matter (vụ việc). Opened from a visit, everything the visit knows is
filled in, so registering it is one Ctrl+S.
"""

from __future__ import annotations

import itertools
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QStringListModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
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

from app.errors import FieldProblem, TiepDanError, ValidationFailed
from app.law.petition import content_type_for_visit
from app.services import citizens, petitions
from app.services import office as office_service
from app.services.petition_links import RelatedPetition, related
from app.services.petitions import DocumentInput, PersonInput, PetitionInput
from app.services.viewer import Viewer
from app.services.visits import VisitRecord
from app.storage.store import Store
from app.ui import dialogs, labels
from app.ui import petition_labels as pl
from app.ui.visit_form import parse_dmy
from app.ui.widgets import ERROR_STYLE, EnterFilter, FieldErrors, find_data
from app.vn.cccd_qr import looks_like_qr, parse_cccd_qr

HINT_STYLE = "color: #555;"
SUGGEST_DELAY_MS = 150
RELATED_DELAY_MS = 400
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _t(text: str) -> str:
    return QCoreApplication.translate("PetitionDialog", text)


@dataclass
class _Sender:
    """One sender as typed or picked (plain values, so nothing is lost)."""

    full_name: str = ""
    cccd: str = ""
    address: str = ""
    phone: str = ""
    role: str = "petitioner"
    is_representative: bool = False
    citizen_id: uuid.UUID | None = None
    date_of_birth: date | None = None
    gender: str | None = None

    def is_empty(self) -> bool:
        return not (self.full_name or self.cccd or self.address or self.phone)

    def label(self) -> str:
        rep = _t(" – đại diện") if self.is_representative else ""
        return (f"{self.full_name or '?'}{rep}" + (f" · {self.cccd}" if self.cccd else "")
                + (f" · {self.address}" if self.address else ""))

    def to_input(self) -> PersonInput:
        return PersonInput(full_name=self.full_name, cccd=self.cccd or None,
                           date_of_birth=self.date_of_birth, gender=self.gender or None,
                           address=self.address, phone=self.phone or None, role=self.role,
                           is_representative=self.is_representative, citizen_id=self.citizen_id)


@dataclass
class _Document:
    name: str = ""
    kind: str = "copy"
    pages: int | None = None

    def label(self) -> str:
        pages = _t(" · {n} trang").format(n=self.pages) if self.pages else ""
        return f"{self.name} ({pl.document_kind(self.kind)}){pages}"




def _date_line(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setPlaceholderText(_t("dd/mm/yyyy"))
    edit.setMaximumWidth(120)
    return edit


class PetitionDialog(FieldErrors, QDialog):
    def __init__(self, store: Store, viewer: Viewer, parent: QWidget | None = None,
                 visit: VisitRecord | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("petitionDialog")
        self._store = store
        self._viewer = viewer
        self.saved: petitions.PetitionRecord | None = None
        self._people: list[_Sender] = []
        self._docs: list[_Document] = []
        self._block_extra: dict[str, Any] = {}  # citizen_id, date_of_birth, gender of the block
        self._suggestions: dict[str, citizens.CitizenSummary] = {}
        self._related: dict[str, RelatedPetition] = {}
        self._link: tuple[str, RelatedPetition] | None = None  # ("duplicate"|"matter", petition)
        self._visit: VisitRecord | None = None
        self._errors: dict[str, QLabel] = {}
        self._build()
        self._wire()
        if visit is not None:
            self.fill_from_visit(visit)
        self._initial = self._fingerprint()
        self._update_visibility()
        self.setWindowTitle(self.tr("Vào sổ đơn từ lượt tiếp {n}").format(n=visit.number)
                            if visit else self.tr("Đơn mới"))
        (self.content_type if visit else self.channel).setFocus()

    # ------------------------------------------------------------------ layout

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _build(self) -> None:
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setWordWrap(True)
        self.summary.hide()
        self.visit_note = QLabel(self)
        self.visit_note.setObjectName("visitNote")
        self.visit_note.setStyleSheet(HINT_STYLE)
        self.visit_note.setWordWrap(True)
        self.visit_note.hide()

        # -- reception
        self.received_date = QDateEdit(QDate.currentDate(), self)
        self.received_date.setObjectName("received_date")
        self.received_date.setDisplayFormat("dd/MM/yyyy")
        self.received_date.setCalendarPopup(True)
        self.channel = QComboBox(self)
        self.channel.setObjectName("channel")
        for code in pl.CHANNELS:
            self.channel.addItem(pl.channel(code), code)
        self.petition_date = _date_line(self)
        self.petition_date.setObjectName("petition_date")
        self.officer = QComboBox(self)
        self.officer.setObjectName("officer")
        self.officer.addItem(self.tr("— Chưa giao —"), None)
        for o in office_service.list_officers(self._store):
            self.officer.addItem(o.full_name, o.id)
        self.officer.setCurrentIndex(max(find_data(self.officer, self._viewer.officer_id), 0))
        self.forwarder_kind = QComboBox(self)
        self.forwarder_kind.setObjectName("forwarder_kind")
        for code in pl.FORWARDERS:
            self.forwarder_kind.addItem(pl.forwarder(code), code)
        self.forwarder_name = QLineEdit(self)
        self.forwarder_name.setObjectName("forwarder_name")
        self.forwarder_name.setPlaceholderText(self.tr("Tên cơ quan, tổ chức, cá nhân chuyển đơn"))
        self.forwarder_ref = QLineEdit(self)
        self.forwarder_ref.setObjectName("forwarder_ref")
        self.forwarder_ref.setPlaceholderText(self.tr("Số công văn chuyển đơn"))
        self.forwarder_ref_date = _date_line(self)
        self.forwarder_ref_date.setObjectName("forwarder_ref_date")

        head = QGridLayout()
        head.addWidget(self._label(self.tr("Ngày &nhận đơn"), self.received_date), 0, 0)
        head.addWidget(self._with_error(self.received_date, "received_date"), 0, 1)
        head.addWidget(self._label(self.tr("Ng&uồn đơn"), self.channel), 0, 2)
        head.addWidget(self._with_error(self.channel, "channel"), 0, 3)
        head.addWidget(self._label(self.tr("Ngày ghi trên đơn"), self.petition_date), 1, 0)
        head.addWidget(self._with_error(self.petition_date, "petition_date"), 1, 1)
        head.addWidget(self._label(self.tr("Cán bộ &xử lý"), self.officer), 1, 2)
        head.addWidget(self._with_error(self.officer, "officer_id"), 1, 3)
        head.setColumnStretch(3, 1)
        self.forwarded_box = QFrame(self)
        fwd = QGridLayout(self.forwarded_box)
        fwd.setContentsMargins(0, 0, 0, 0)
        fwd.addWidget(QLabel(self.tr("Nơi chuyển đến"), self), 0, 0)
        fwd.addWidget(self._with_error(self.forwarder_kind, "forwarder_kind"), 0, 1)
        fwd.addWidget(self._with_error(self.forwarder_name, "forwarder_name"), 0, 2, 1, 2)
        fwd.addWidget(QLabel(self.tr("Công văn số"), self), 1, 0)
        fwd.addWidget(self.forwarder_ref, 1, 1)
        fwd.addWidget(QLabel(self.tr("ngày"), self), 1, 2)
        fwd.addWidget(self._with_error(self.forwarder_ref_date, "forwarder_ref_date"), 1, 3)
        fwd.setColumnStretch(2, 0)
        fwd.setColumnStretch(1, 1)
        fwd.setColumnStretch(3, 1)
        reception = QGroupBox(self.tr("Tiếp nhận"), self)
        rlay = QVBoxLayout(reception)
        rlay.addLayout(head)
        rlay.addWidget(self.forwarded_box)

        # -- senders
        self.cccd = QLineEdit(self)
        self.cccd.setObjectName("cccd")
        self.cccd.setPlaceholderText(self.tr("Quét mã QR trên CCCD hoặc gõ 12 số"))
        self.full_name = QLineEdit(self)
        self.full_name.setObjectName("full_name")
        self.full_name.setPlaceholderText(self.tr("Gõ vài chữ của tên, không cần dấu"))
        self.address = QLineEdit(self)
        self.address.setObjectName("address")
        self.phone = QLineEdit(self)
        self.phone.setObjectName("phone")
        self.role = QComboBox(self)
        for code in labels.ROLES:
            self.role.addItem(labels.role(code), code)
        self.representative = QCheckBox(self.tr("Người đại diện"), self)
        self.add_person = QPushButton(self.tr("Thêm người gửi (Alt+T)"), self)
        self.add_person.setObjectName("addPerson")
        self.add_person.setAutoDefault(False)
        self.people_list = QListWidget(self)
        self.people_list.setObjectName("people")
        self.people_list.setMaximumHeight(64)
        self.remove_person = QPushButton(self.tr("Bỏ người đã chọn"), self)
        self.remove_person.setAutoDefault(False)
        self.anonymous = QCheckBox(self.tr("Đơn nặc danh"), self)
        self.anonymous.setObjectName("anonymous")
        self.signed = QCheckBox(self.tr("Có chữ ký, điểm chỉ"), self)
        self.signed.setChecked(True)
        self.signer_count = QSpinBox(self)
        self.signer_count.setObjectName("signer_count")
        self.signer_count.setRange(0, 100_000)
        self.signer_count.setSpecialValueText(self.tr("bằng số người gửi"))
        self.signer_count.setMinimumWidth(150)
        self.completer_model = QStringListModel(self)
        self.completer = QCompleter(self.completer_model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.full_name.setCompleter(self.completer)

        people = QGridLayout()
        people.addWidget(self._label(self.tr("Số &CCCD"), self.cccd), 0, 0)
        people.addWidget(self._with_error(self.cccd, "cccd"), 0, 1)
        people.addWidget(self._label(self.tr("&Họ và tên"), self.full_name), 0, 2)
        people.addWidget(self._with_error(self.full_name, "full_name"), 0, 3)
        people.addWidget(self._label(self.tr("Đị&a chỉ"), self.address), 1, 0)
        people.addWidget(self._with_error(self.address, "address"), 1, 1, 1, 3)
        people.addWidget(QLabel(self.tr("Điện thoại"), self), 2, 0)
        role_row = QHBoxLayout()
        role_row.addWidget(self._with_error(self.phone, "phone"), 1)
        role_row.addWidget(self.role)
        role_row.addWidget(self.representative)
        people.addLayout(role_row, 2, 1, 1, 3)
        list_row = QHBoxLayout()
        list_row.addWidget(self.people_list, 1)
        list_buttons = QVBoxLayout()
        list_buttons.addWidget(self.add_person)
        list_buttons.addWidget(self.remove_person)
        list_buttons.addStretch(1)
        list_row.addLayout(list_buttons)
        people.addWidget(QLabel(self.tr("Người gửi"), self), 3, 0)
        people.addLayout(list_row, 3, 1, 1, 3)
        people.addWidget(self._error_label("senders"), 4, 1, 1, 3)
        flags = QHBoxLayout()
        flags.addWidget(self.anonymous)
        flags.addWidget(self.signed)
        flags.addSpacing(12)
        flags.addWidget(QLabel(self.tr("Số người ký"), self))
        flags.addWidget(self._with_error(self.signer_count, "signer_count"))
        flags.addStretch(1)
        people.addLayout(flags, 5, 1, 1, 3)
        people.setColumnStretch(1, 1)
        people.setColumnStretch(3, 1)
        senders_box = QGroupBox(self.tr("Người gửi đơn"), self)
        senders_box.setLayout(people)

        # -- the matter
        self.content_type = QComboBox(self)
        self.content_type.setObjectName("content_type")
        for code in pl.CONTENT_TYPES:
            self.content_type.addItem(pl.content_type(code), code)
        self.content_type.setCurrentIndex(self.content_type.findData("KNPA"))
        self.field = QComboBox(self)
        self.field.setObjectName("field")
        self.field.addItem("—", None)
        for f in office_service.list_fields(self._store):
            self.field.addItem(f.name, f.code)
        self.content = QPlainTextEdit(self)
        self.content.setObjectName("content")
        self.content.setTabChangesFocus(True)
        self.content.setMaximumHeight(70)
        self.content.setPlaceholderText(self.tr("Tóm tắt nội dung đơn"))
        self.respondent = QLineEdit(self)
        self.respondent.setObjectName("respondent")
        self.respondent.setPlaceholderText(self.tr("Cơ quan, tổ chức, cá nhân bị khiếu nại, tố cáo"))
        self.tc_note = QLabel(self.tr(
            "Danh tính người tố cáo được giữ bí mật: danh sách và báo cáo chỉ hiện bí danh."), self)
        self.tc_note.setStyleSheet("color: #6a1b9a;")
        self.tc_note.setWordWrap(True)
        self.complained_decision = QLineEdit(self)
        self.complained_decision.setObjectName("complained_decision")
        self.complained_decision.setPlaceholderText(
            self.tr("Số, ngày quyết định hoặc hành vi hành chính bị khiếu nại"))
        self.learned_date = _date_line(self)
        self.learned_date.setObjectName("learned_date")
        self.instance = QComboBox(self)
        self.instance.setObjectName("instance")
        self.instance.addItem(self.tr("Lần đầu"), 1)
        self.instance.addItem(self.tr("Lần hai"), 2)

        matter = QGridLayout()
        matter.addWidget(self._label(self.tr("&Loại đơn"), self.content_type), 0, 0)
        matter.addWidget(self._with_error(self.content_type, "content_type"), 0, 1)
        matter.addWidget(self._label(self.tr("Lĩnh vực"), self.field), 0, 2)
        matter.addWidget(self._with_error(self.field, "field_code"), 0, 3)
        matter.addWidget(self.tc_note, 1, 1, 1, 3)
        matter.addWidget(self._label(self.tr("Nội &dung"), self.content), 2, 0)
        matter.addWidget(self._with_error(self.content, "content"), 2, 1, 1, 3)
        matter.addWidget(self._label(self.tr("Người &bị KN, TC"), self.respondent), 3, 0)
        matter.addWidget(self.respondent, 3, 1, 1, 3)
        self.kn_box = QFrame(self)
        kn = QGridLayout(self.kn_box)
        kn.setContentsMargins(0, 0, 0, 0)
        kn.addWidget(self._label(self.tr("QĐ, hành vi bị KN"), self.complained_decision), 0, 0)
        kn.addWidget(self.complained_decision, 0, 1, 1, 3)
        kn.addWidget(self._label(self.tr("Ngày biết được"), self.learned_date), 1, 0)
        kn.addWidget(self._with_error(self.learned_date, "learned_date"), 1, 1)
        kn.addWidget(QLabel(self.tr("Lần khiếu nại"), self), 1, 2)
        kn.addWidget(self._with_error(self.instance, "instance"), 1, 3)
        kn.setColumnStretch(1, 1)
        kn.setColumnStretch(3, 1)
        matter.addWidget(self.kn_box, 4, 0, 1, 4)
        matter.setColumnStretch(1, 1)
        matter.setColumnStretch(3, 1)
        matter_box = QGroupBox(self.tr("Nội dung đơn"), self)
        matter_box.setLayout(matter)

        # -- documents
        self.doc_name = QLineEdit(self)
        self.doc_name.setObjectName("doc_name")
        self.doc_name.setPlaceholderText(self.tr("Tên tài liệu, giấy tờ kèm theo"))
        self.doc_kind = QComboBox(self)
        self.doc_kind.setObjectName("doc_kind")
        for code in pl.DOCUMENT_KINDS:
            self.doc_kind.addItem(pl.document_kind(code), code)
        self.doc_kind.setCurrentIndex(self.doc_kind.findData("copy"))
        self.doc_pages = QSpinBox(self)
        self.doc_pages.setObjectName("doc_pages")
        self.doc_pages.setRange(0, 99_999)
        self.doc_pages.setSpecialValueText(self.tr("số trang"))
        self.doc_pages.setSuffix(self.tr(" trang"))
        self.add_doc = QPushButton(self.tr("Thêm tài liệu (Alt+U)"), self)
        self.add_doc.setObjectName("addDocument")
        self.add_doc.setAutoDefault(False)
        self.docs_list = QListWidget(self)
        self.docs_list.setObjectName("documents")
        self.docs_list.setMaximumHeight(52)
        self.remove_doc = QPushButton(self.tr("Bỏ tài liệu đã chọn"), self)
        self.remove_doc.setAutoDefault(False)
        self.notes = QLineEdit(self)
        self.notes.setObjectName("notes")
        docs = QGridLayout()
        docs.addWidget(self._with_error(self.doc_name, "doc_name"), 0, 0)
        docs.addWidget(self.doc_kind, 0, 1)
        docs.addWidget(self._with_error(self.doc_pages, "doc_pages"), 0, 2)
        docs.addWidget(self.add_doc, 0, 3)
        docs.addWidget(self.docs_list, 1, 0, 1, 3)
        docs.addWidget(self.remove_doc, 1, 3, Qt.AlignmentFlag.AlignTop)
        docs.addWidget(self._error_label("documents"), 2, 0, 1, 4)
        docs.addWidget(self._label(self.tr("Ghi chú"), self.notes), 3, 0, 1, 4)
        docs.addWidget(self.notes, 4, 0, 1, 4)
        docs.setColumnStretch(0, 1)
        docs_box = QGroupBox(self.tr("Tài liệu kèm theo"), self)
        docs_box.setLayout(docs)

        # -- earlier petitions beside the form
        self.related_hint = QLabel(self.tr(
            "Khi gõ người gửi và nội dung, các đơn đã có của cùng người hoặc có nội dung giống "
            "sẽ hiện ở đây."), self)
        self.related_hint.setObjectName("relatedHint")
        self.related_hint.setWordWrap(True)
        self.related_hint.setStyleSheet(HINT_STYLE)
        self.related_list = QListWidget(self)
        self.related_list.setObjectName("related")
        self.related_list.setWordWrap(True)
        self.related_list.setSpacing(2)
        self.related_list.setAlternatingRowColors(True)
        self.duplicate_button = QPushButton(self.tr("Đánh dấu đơn &trùng"), self)
        self.duplicate_button.setObjectName("markDuplicate")
        self.duplicate_button.setAutoDefault(False)
        self.matter_button = QPushButton(self.tr("Cùng &vụ việc (lần sau)"), self)
        self.matter_button.setObjectName("markSameMatter")
        self.matter_button.setAutoDefault(False)
        self.unlink_button = QPushButton(self.tr("Bỏ liên kết"), self)
        self.unlink_button.setAutoDefault(False)
        self.link_label = QLabel(self.tr("Đơn mới, chưa liên kết với đơn nào."), self)
        self.link_label.setObjectName("linkLabel")
        self.link_label.setWordWrap(True)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("<b>Đơn đã có liên quan</b>"), self))
        side.addWidget(self.related_hint)
        side.addWidget(self.related_list, 1)
        side.addWidget(self.duplicate_button)
        side.addWidget(self.matter_button)
        side.addWidget(self.link_label)
        side.addWidget(self._error_label("links"))
        side.addWidget(self.unlink_button)
        side_box = QFrame(self)
        side_box.setLayout(side)
        side_box.setMinimumWidth(260)
        side_box.setMaximumWidth(320)

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("&Lưu vào sổ (Ctrl+S)"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        cancel = self.buttons.addButton(self.tr("Hủy (Esc)"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAutoDefault(False)

        left = QVBoxLayout()
        left.addWidget(self.summary)
        left.addWidget(self.visit_note)
        left.addWidget(reception)
        left.addWidget(senders_box)
        left.addWidget(matter_box)
        left.addWidget(docs_box)
        left.addStretch(1)
        left_widget = QWidget(self)
        left_widget.setLayout(left)
        self.form_scroll = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(left_widget)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for combo in left_widget.findChildren(QComboBox):
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

        order = [self.channel, self.received_date, self.petition_date, self.officer,
                 self.forwarder_kind, self.forwarder_name, self.forwarder_ref,
                 self.forwarder_ref_date, self.cccd, self.full_name, self.address, self.phone,
                 self.role, self.representative, self.add_person, self.people_list,
                 self.remove_person, self.anonymous, self.signed, self.signer_count,
                 self.content_type, self.field, self.content, self.respondent,
                 self.complained_decision, self.learned_date, self.instance, self.doc_name,
                 self.doc_kind, self.doc_pages, self.add_doc, self.docs_list, self.remove_doc,
                 self.notes, self.save_button, self.related_list, self.duplicate_button,
                 self.matter_button, self.unlink_button]
        for a, b in itertools.pairwise(order):
            QWidget.setTabOrder(a, b)

    def _wire(self) -> None:
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        QShortcut(QKeySequence("Alt+T"), self, self._on_add_person)
        QShortcut(QKeySequence("Alt+U"), self, self._on_add_document)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.cccd.installEventFilter(EnterFilter(self._on_cccd_entered, self))
        self._scan_timer = QTimer(self)
        self._scan_timer.setSingleShot(True)
        self._scan_timer.setInterval(200)
        self._scan_timer.timeout.connect(self._on_cccd_settled)
        self.cccd.textChanged.connect(lambda _t: self._scan_timer.start())
        self._suggest_timer = QTimer(self)
        self._suggest_timer.setSingleShot(True)
        self._suggest_timer.setInterval(SUGGEST_DELAY_MS)
        self._suggest_timer.timeout.connect(self._refresh_suggestions)
        self.full_name.textEdited.connect(self._on_name_edited)
        self.completer.activated.connect(self._on_suggestion_picked)
        self._related_timer = QTimer(self)
        self._related_timer.setSingleShot(True)
        self._related_timer.setInterval(RELATED_DELAY_MS)
        self._related_timer.timeout.connect(self.refresh_related)
        for edit in (self.full_name, self.cccd, self.address):
            edit.textChanged.connect(lambda _t: self._related_timer.start())
        self.content.textChanged.connect(self._related_timer.start)
        self.add_person.clicked.connect(self._on_add_person)
        self.remove_person.clicked.connect(self._on_remove_person)
        self.add_doc.clicked.connect(self._on_add_document)
        self.remove_doc.clicked.connect(self._on_remove_document)
        self.channel.currentIndexChanged.connect(lambda _i: self._update_visibility())
        self.content_type.currentIndexChanged.connect(lambda _i: self._update_visibility())
        self.anonymous.toggled.connect(lambda _on: self._update_visibility())
        self.related_list.currentItemChanged.connect(lambda *_: self._update_link_buttons())
        self.related_list.itemActivated.connect(lambda _i: self.duplicate_button.setFocus())
        self.duplicate_button.clicked.connect(lambda: self._link_selected("duplicate"))
        self.matter_button.clicked.connect(lambda: self._link_selected("matter"))
        self.unlink_button.clicked.connect(self._unlink)
        self._update_link_buttons()

    def _update_visibility(self) -> None:
        self.forwarded_box.setVisible(self.channel.currentData() == "forwarded")
        ct = self.content_type.currentData()
        self.kn_box.setVisible(ct == "KN")
        self.tc_note.setVisible(ct == "TC")
        anonymous = self.anonymous.isChecked()
        for w in (self.cccd, self.full_name, self.address, self.phone, self.role,
                  self.representative, self.add_person):
            w.setEnabled(not anonymous)

    # ------------------------------------------------------------------ from a visit

    def fill_from_visit(self, v: VisitRecord) -> None:
        """Everything the visit knows: its people by citizen, content, type, field, date."""
        self._visit = v
        d = v.visit_date
        self.received_date.setDate(QDate(d.year, d.month, d.day))
        self.channel.setCurrentIndex(self.channel.findData("desk"))
        self.content.setPlainText(v.content)
        self.content_type.setCurrentIndex(self.content_type.findData(content_type_for_visit(v.category).value))
        if v.field_code:
            self.field.setCurrentIndex(max(self.field.findData(v.field_code), 0))
        if v.officer_id is not None and find_data(self.officer, v.officer_id) >= 0:
            self.officer.setCurrentIndex(find_data(self.officer, v.officer_id))
        for p in v.persons:
            sender = _Sender(full_name=p.full_name, cccd=p.cccd or "", address=p.address,
                             phone=p.phone or "", role=p.role,
                             is_representative=p.is_representative, citizen_id=p.citizen_id,
                             date_of_birth=p.date_of_birth, gender=p.gender)
            self._people.append(sender)
            self.people_list.addItem(sender.label())
        if v.person_count > len(v.persons):
            self.signer_count.setValue(v.person_count)
        self.visit_note.setText(self.tr(
            "Từ lượt tiếp số {n} ngày {d}: người gửi, nội dung, loại đơn và lĩnh vực đã được "
            "điền sẵn. Kiểm tra rồi nhấn Ctrl+S để vào sổ.").format(
                n=v.number, d=v.visit_date.strftime("%d/%m/%Y")))
        self.visit_note.show()
        self._related_timer.start()

    # ------------------------------------------------------------------ the sender block

    def _sender_from_block(self) -> _Sender:
        return _Sender(
            full_name=self.full_name.text().strip(), cccd=self.cccd.text().strip(),
            address=self.address.text().strip(), phone=self.phone.text().strip(),
            role=self.role.currentData(), is_representative=self.representative.isChecked(),
            citizen_id=self._block_extra.get("citizen_id"),
            date_of_birth=self._block_extra.get("date_of_birth"),
            gender=self._block_extra.get("gender"))

    def _clear_block(self) -> None:
        for w in (self.cccd, self.full_name, self.address, self.phone):
            w.blockSignals(True)
            w.clear()
            w.blockSignals(False)
        self.representative.setChecked(False)
        self.role.setCurrentIndex(0)
        self._block_extra = {}

    def _on_add_person(self) -> None:
        if self.anonymous.isChecked():
            return
        p = self._sender_from_block()
        if p.is_empty():
            self.full_name.setFocus()
            return
        self._people.append(p)
        self.people_list.addItem(p.label())
        self._show_field_error("senders", "")
        self._clear_block()
        self.cccd.setFocus()
        self._related_timer.start()

    def _on_remove_person(self) -> None:
        row = self.people_list.currentRow()
        if row >= 0:
            self.people_list.takeItem(row)
            del self._people[row]
            self._related_timer.start()

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
        self.full_name.setText(qr.full_name)
        if not self.address.text():
            self.address.setText(qr.address)
        self._block_extra = {"date_of_birth": qr.date_of_birth,
                             "gender": qr.gender.value if qr.gender else None}
        self._show_field_error("cccd", "")
        self._lookup_cccd(qr.cccd)

    def _lookup_cccd(self, number: str) -> None:
        found = citizens.by_cccd(self._store, number, self._viewer)
        if found is None:
            return
        if not self.full_name.text():
            self.full_name.setText(found.full_name)
        if not self.address.text() and found.address:
            self.address.setText(found.address)
        if not self.phone.text() and found.phone:
            self.phone.setText(found.phone)
        self._block_extra = {"citizen_id": found.id, "date_of_birth": found.date_of_birth,
                             "gender": found.gender}
        self._related_timer.start()

    def _on_name_edited(self, _text: str) -> None:
        self._block_extra.pop("citizen_id", None)
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
        self.address.setText(c.address)
        self.phone.setText(c.phone or "")
        self._block_extra = {"citizen_id": c.id, "date_of_birth": c.date_of_birth,
                             "gender": c.gender}
        self.phone.setFocus()
        self._related_timer.start()

    # ------------------------------------------------------------------ documents

    def _document_from_block(self) -> _Document:
        return _Document(self.doc_name.text().strip(), self.doc_kind.currentData(),
                         self.doc_pages.value() or None)

    def _on_add_document(self) -> None:
        doc = self._document_from_block()
        if not doc.name:
            self.doc_name.setFocus()
            return
        self._docs.append(doc)
        self.docs_list.addItem(doc.label())
        self.doc_name.clear()
        self.doc_pages.setValue(0)
        self._show_field_error("documents", "")
        self.doc_name.setFocus()

    def _on_remove_document(self) -> None:
        row = self.docs_list.currentRow()
        if row >= 0:
            self.docs_list.takeItem(row)
            del self._docs[row]

    # ------------------------------------------------------------------ related petitions

    def _all_senders(self) -> list[_Sender]:
        people = list(self._people)
        block = self._sender_from_block()
        if not block.is_empty():
            people.append(block)
        return people

    def refresh_related(self) -> None:
        self._related_timer.stop()
        senders = [s.to_input() for s in self._all_senders() if s.full_name or s.cccd]
        content = self.content.toPlainText().strip()
        found = related(self._store, senders, content, viewer=self._viewer) \
            if senders or len(content) >= 8 else []
        selected = self.related_list.currentItem()
        keep = selected.data(ID_ROLE) if selected else None
        self.related_list.clear()
        self._related = {}
        for r in found:
            key = str(r.id)
            self._related[key] = r
            item = QListWidgetItem(self.tr("{n} · {d} · {kind} · {state}\n{content}\n({why})").format(
                n=r.number, d=r.received_date.strftime("%d/%m/%Y"), kind=pl._t(r.content_label),
                state=pl._t(r.state_label), content=_short(r.content, 90), why=r.reason))
            item.setData(ID_ROLE, key)
            item.setToolTip(r.content)
            self.related_list.addItem(item)
            if key == keep:
                self.related_list.setCurrentItem(item)
        if found:
            self.related_hint.setText(self.tr(
                "{n} đơn đã có có thể liên quan. Chọn một đơn rồi bấm nút bên dưới nếu đây là "
                "đơn trùng hoặc lần gửi sau của cùng vụ việc.").format(n=len(found)))
        else:
            self.related_hint.setText(self.tr(
                "Chưa thấy đơn nào của cùng người gửi hoặc có nội dung giống."))
        self._update_link_buttons()

    def _update_link_buttons(self) -> None:
        picked = self.related_list.currentItem() is not None
        self.duplicate_button.setEnabled(picked)
        self.matter_button.setEnabled(picked)
        self.unlink_button.setVisible(self._link is not None)

    def _link_selected(self, kind: str) -> None:
        item = self.related_list.currentItem()
        if item is None:
            return
        self.link_to(kind, self._related[item.data(ID_ROLE)])

    def link_to(self, kind: str, other: RelatedPetition) -> None:
        """kind: "duplicate" (đơn trùng) or "matter" (a later round of the same vụ việc)."""
        self._link = (kind, other)
        if kind == "duplicate":
            self.link_label.setText(self.tr(
                "Đơn này sẽ được ghi là <b>đơn trùng</b> với đơn số {n}.").format(n=other.number))
        else:
            self.link_label.setText(self.tr(
                "Đơn này sẽ được ghi là <b>lần gửi sau</b> của cùng vụ việc với đơn số {n}.")
                .format(n=other.number))
        self._show_field_error("links", "")
        self._update_link_buttons()

    def _unlink(self) -> None:
        self._link = None
        self.link_label.setText(self.tr("Đơn mới, chưa liên kết với đơn nào."))
        self._update_link_buttons()

    # ------------------------------------------------------------------ saving

    def _to_input(self) -> PetitionInput:
        problems: list[FieldProblem] = []

        def day(edit: QLineEdit, key: str) -> date | None:
            try:
                return parse_dmy(edit.text())
            except ValueError:
                problems.append(FieldProblem(key, self.tr(
                    "Ngày '{v}' không đúng dạng dd/mm/yyyy.").format(v=edit.text().strip())))
                return None

        forwarded = self.channel.currentData() == "forwarded"
        kn = self.content_type.currentData() == "KN"
        petition_date = day(self.petition_date, "petition_date")
        ref_date = day(self.forwarder_ref_date, "forwarder_ref_date") if forwarded else None
        learned = day(self.learned_date, "learned_date") if kn else None
        if problems:
            raise ValidationFailed(problems)
        docs = list(self._docs)
        block_doc = self._document_from_block()
        if block_doc.name or block_doc.pages:
            docs.append(block_doc)
        received: date = self.received_date.date().toPython()  # type: ignore[assignment]
        kind, other = self._link if self._link else ("", None)
        return PetitionInput(
            received_date=received,
            content=self.content.toPlainText(),
            content_type=self.content_type.currentData(),
            senders=[s.to_input() for s in self._all_senders()],
            channel=self.channel.currentData(),
            forwarder_kind=self.forwarder_kind.currentData() if forwarded else None,
            forwarder_name=self.forwarder_name.text() if forwarded else "",
            forwarder_ref=self.forwarder_ref.text() if forwarded else "",
            forwarder_ref_date=ref_date,
            petition_date=petition_date,
            field_code=self.field.currentData(),
            respondent=self.respondent.text(),
            complained_decision=self.complained_decision.text() if kn else "",
            learned_date=learned,
            instance=self.instance.currentData() if kn else 1,
            anonymous=self.anonymous.isChecked(),
            signed=self.signed.isChecked(),
            signer_count=self.signer_count.value() or None,
            documents=[DocumentInput(d.name, d.kind, d.pages) for d in docs],
            visit_id=self._visit.id if self._visit else None,
            officer_id=self.officer.currentData(),
            duplicate_of_id=other.id if other and kind == "duplicate" else None,
            same_matter_as_id=other.id if other and kind == "matter" else None,
            notes=self.notes.text(),
        )

    def _error_key(self, field: str) -> str:
        """Where a service problem is shown: the typed block's own field, else its list."""
        if field.startswith("senders."):
            _, idx, sub = field.split(".", 2)
            block = not self._sender_from_block().is_empty()
            if block and int(idx) == len(self._people) and sub in (
                    "cccd", "full_name", "address", "phone"):
                return sub
            return "senders"
        if field.startswith("documents."):
            _, idx, sub = field.split(".", 2)
            if int(idx) == len(self._docs) and sub in ("name", "pages"):
                return "doc_" + sub
            return "documents"
        if field in ("visit_id", "duplicate_of_id", "same_matter_as_id"):
            return "links"
        return field

    def _show_problems(self, problems: list[FieldProblem]) -> None:
        for shown in self._errors.values():
            shown.clear()
            shown.hide()
        widgets: dict[str, QWidget] = {
            "received_date": self.received_date, "channel": self.channel,
            "petition_date": self.petition_date, "officer_id": self.officer,
            "forwarder_kind": self.forwarder_kind, "forwarder_name": self.forwarder_name,
            "forwarder_ref_date": self.forwarder_ref_date, "cccd": self.cccd,
            "full_name": self.full_name, "address": self.address, "phone": self.phone,
            "senders": self.people_list if self._people else self.full_name,
            "signer_count": self.signer_count, "content_type": self.content_type,
            "field_code": self.field, "content": self.content, "learned_date": self.learned_date,
            "instance": self.instance, "doc_name": self.doc_name, "doc_pages": self.doc_pages,
            "documents": self.doc_name, "links": self.related_list,
        }
        unplaced: list[str] = []
        first: QWidget | None = None
        for p in problems:
            key = self._error_key(p.field)
            label = self._errors.get(key)
            if label is None:
                unplaced.append(p.message)
                continue
            label.setText((label.text() + "\n" if label.text() else "") + p.message)
            label.show()
            first = first or widgets.get(key)
        text = self.tr("Chưa vào sổ được: hãy sửa {n} chỗ được đánh dấu đỏ.").format(
            n=len(problems))
        if unplaced:
            text += "\n" + "\n".join(unplaced)
        self.summary.setText(text)
        self.summary.show()
        self.form_scroll.ensureWidgetVisible(self.summary)
        if first is not None:
            first.setFocus()
            self.form_scroll.ensureWidgetVisible(first)

    def save(self) -> None:
        try:
            data = self._to_input()
            self.saved = petitions.register(
                self._store, data, viewer=self._viewer if self._viewer.officer_id else None)
        except ValidationFailed as exc:
            self._show_problems(exc.problems)
            return
        except TiepDanError as exc:
            self.summary.setText(exc.message())
            self.summary.show()
            return
        self.accept()

    def _fingerprint(self) -> tuple[object, ...]:
        return (self.received_date.date().toString(), self.channel.currentIndex(),
                self.petition_date.text(), self.officer.currentIndex(),
                self.forwarder_name.text(), self.forwarder_ref.text(),
                self.forwarder_ref_date.text(), len(self._people),
                self._sender_from_block().is_empty(), self.anonymous.isChecked(),
                self.signer_count.value(), self.content_type.currentIndex(),
                self.field.currentIndex(), self.content.toPlainText(), self.respondent.text(),
                self.complained_decision.text(), self.learned_date.text(), len(self._docs),
                self.doc_name.text(), self.notes.text(), self._link)

    def has_typed_content(self) -> bool:
        return self._fingerprint() != self._initial

    def reject(self) -> None:
        if self.has_typed_content() and not confirm_discard(self):
            return
        super().reject()


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def confirm_discard(parent: QWidget) -> bool:
    """Asked before typed text is thrown away (tests monkeypatch this)."""
    return dialogs.ask(
        parent, _t("Bỏ đơn đang ghi?"),
        _t("Những gì đã nhập sẽ không được lưu. Bạn có chắc muốn đóng?"),
        _t("Bỏ, không lưu"), _t("Quay lại form"))
