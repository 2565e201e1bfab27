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
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
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
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import FieldProblem, TiepDanError, ValidationFailed
from app.law.petition import content_type_for_visit
from app.services import office as office_service
from app.services import petitions
from app.services.petition_links import RelatedPetition, related
from app.services.petitions import DocumentInput, PetitionInput
from app.services.viewer import Viewer
from app.services.visits import VisitRecord
from app.storage.store import Store
from app.ui import dialogs, messages
from app.ui import petition_labels as pl
from app.ui.person_block import Person, PersonBlock
from app.ui.widgets import (
    ERROR_STYLE,
    FieldErrors,
    WrappingDelegate,
    find_data,
    form_body,
    parse_dmy,
    shorten,
)

HINT_STYLE = "color: #555;"
RELATED_DELAY_MS = 400
ID_ROLE = Qt.ItemDataRole.UserRole + 1


translate = QCoreApplication.translate  # lupdate reads translate("context", "text") calls


@dataclass
class _Document:
    name: str = ""
    kind: str = "copy"
    pages: int | None = None

    def label(self) -> str:
        pages = translate("PetitionDialog", " · {n} trang").format(n=self.pages) if self.pages else ""
        return f"{self.name} ({pl.document_kind(self.kind)}){pages}"




def _date_line(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setPlaceholderText(translate("PetitionDialog", "dd/mm/yyyy"))
    edit.setMaximumWidth(120)
    return edit


class PetitionDialog(FieldErrors, dialogs.GuardedDialog):
    def __init__(self, store: Store, viewer: Viewer, parent: QWidget | None = None,
                 visit: VisitRecord | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("petitionDialog")
        self._store = store
        self._viewer = viewer
        self.saved: petitions.PetitionRecord | None = None
        self._docs: list[_Document] = []
        self._related: dict[str, RelatedPetition] = {}
        self._link: tuple[str, RelatedPetition] | None = None  # ("duplicate"|"matter", petition)
        self._visit: VisitRecord | None = None
        self._errors: dict[str, QLabel] = {}
        self._build()
        self._wire()
        if visit is not None:
            self.fill_from_visit(visit)
        self.remember_initial()
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
        self.person_block = block = PersonBlock(
            self._store, self._viewer, self._errors, title=self.tr("Người gửi đơn"),
            list_key="senders", list_label=self.tr("Người gửi"),
            add_text=self.tr("Thêm người gửi (Alt+T)"), details=False, list_height=64,
            parent=self)
        # The block's fields, by the names the desk scenarios (and the code below) use.
        self.cccd, self.full_name, self.address, self.phone = (
            block.cccd, block.full_name, block.address, block.phone)
        self.role, self.representative = block.role, block.representative
        self.add_person, self.people_list = block.add_person, block.people_list
        self.anonymous = QCheckBox(self.tr("Đơn nặc danh"), self)
        self.anonymous.setObjectName("anonymous")
        self.signed = QCheckBox(self.tr("Có chữ ký, điểm chỉ"), self)
        self.signed.setChecked(True)
        self.signer_count = QSpinBox(self)
        self.signer_count.setObjectName("signer_count")
        self.signer_count.setRange(0, 100_000)
        self.signer_count.setSpecialValueText(self.tr("bằng số người gửi"))
        self.signer_count.setMinimumWidth(150)
        flags = QHBoxLayout()
        flags.addWidget(self.anonymous)
        flags.addWidget(self.signed)
        flags.addSpacing(12)
        flags.addWidget(QLabel(self.tr("Số người ký"), self))
        flags.addWidget(self._with_error(self.signer_count, "signer_count"))
        flags.addStretch(1)
        block.add_row(flags)

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
        matter.addWidget(self._label(self.tr("L&oại đơn"), self.content_type), 0, 0)
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
        WrappingDelegate(self.related_list)
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
        left.addWidget(block)
        left.addWidget(matter_box)
        left.addWidget(docs_box)
        left.addStretch(1)
        self.form_scroll = form_body(self, left, side_box, self.buttons)

        order = [self.channel, self.received_date, self.petition_date, self.officer,
                 self.forwarder_kind, self.forwarder_name, self.forwarder_ref,
                 self.forwarder_ref_date, *block.fields(), self.add_person, self.people_list,
                 block.remove_person, self.anonymous, self.signed, self.signer_count,
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
        QShortcut(QKeySequence("Alt+U"), self, self._on_add_document)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._related_timer = QTimer(self)
        self._related_timer.setSingleShot(True)
        self._related_timer.setInterval(RELATED_DELAY_MS)
        self._related_timer.timeout.connect(self.refresh_related)
        for edit in (self.full_name, self.cccd, self.address):
            edit.textChanged.connect(lambda _t: self._related_timer.start())
        self.content.textChanged.connect(self._related_timer.start)
        block = self.person_block
        for signal in (block.citizen_changed, block.people_changed):
            signal.connect(lambda *_: self._related_timer.start())
        block.citizen_picked.connect(self.phone.setFocus)
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
            self.person_block.append(Person.of(p))
        if v.person_count > len(v.persons):
            self.signer_count.setValue(v.person_count)
        self.visit_note.setText(self.tr(
            "Từ lượt tiếp số {n} ngày {d}: người gửi, nội dung, loại đơn và lĩnh vực đã được "
            "điền sẵn. Kiểm tra rồi nhấn Ctrl+S để vào sổ.").format(
                n=v.number, d=v.visit_date.strftime("%d/%m/%Y")))
        self.visit_note.show()
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

    def refresh_related(self) -> None:
        self._related_timer.stop()
        typed, _ = self.person_block.inputs()
        senders = [s for s in typed if s.full_name or s.cccd]
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
                state=pl._t(r.state_label), content=shorten(r.content, 90),
                why=messages.text(r.reason)))
            item.setData(ID_ROLE, key)
            item.setToolTip(r.content)
            self.related_list.addItem(item)
            if key == keep:
                self.related_list.setCurrentItem(item)
        if found:
            self.related_hint.setText(self.tr(
                "{n} đơn đã có có thể liên quan. Chọn một đơn rồi bấm nút bên dưới nếu đây là "
                "đơn trùng hoặc lần gửi sau của cùng vụ việc.", "", len(found)).format(n=len(found)))
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
        senders, person_problems = self.person_block.inputs()
        problems += person_problems
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
            senders=senders,
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
        person_key = self.person_block.error_key(field)
        if person_key is not None:
            return person_key
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
            "forwarder_ref_date": self.forwarder_ref_date,
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
                unplaced.append(messages.text(p.message))
                continue
            label.setText((label.text() + "\n" if label.text() else "") + messages.text(p.message))
            label.show()
            first = first or self.person_block.widget_for(key) or widgets.get(key)
        text = self.tr("Chưa vào sổ được: hãy sửa {n} chỗ được đánh dấu đỏ.", "", len(problems)).format(
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
            self.summary.setText(messages.error(exc))
            self.summary.show()
            return
        self.accept()

    def fingerprint(self) -> tuple[object, ...]:
        return (self.received_date.date().toString(), self.channel.currentIndex(),
                self.petition_date.text(), self.officer.currentIndex(),
                self.forwarder_name.text(), self.forwarder_ref.text(),
                self.forwarder_ref_date.text(), len(self.person_block.people),
                self.person_block.current().is_empty(), self.anonymous.isChecked(),
                self.signer_count.value(), self.content_type.currentIndex(),
                self.field.currentIndex(), self.content.toPlainText(), self.respondent.text(),
                self.complained_decision.text(), self.learned_date.text(), len(self._docs),
                self.doc_name.text(), self.notes.text(), self._link)

    def discard_question(self) -> tuple[str, str, str]:
        return (self.tr("Bỏ đơn đang ghi?"),
                self.tr("Những gì đã nhập sẽ không được lưu. Bạn có chắc muốn đóng?"),
                self.tr("Quay lại form"))
