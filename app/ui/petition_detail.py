"""One petition: its facts, senders, warnings, the timeline of steps, its deadlines and why,
and a button for each step the law allows now."""

from __future__ import annotations

import uuid
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.actor import Actor
from app.errors import TiepDanError
from app.services import office as office_service
from app.services import petitions, visits
from app.services.petitions import DeadlineRecord, EventRecord
from app.services.viewer import Viewer
from app.storage.store import Store
from app.sync.desk import record_state
from app.ui import dialogs, labels, messages
from app.ui import petition_labels as pl
from app.ui.petition_model import row_background, row_foreground
from app.ui.petition_step import StepDialog

STEP_COLUMNS = 6
WARNING_STYLE = "background: #fff3cd; color: #5c4300; border: 1px solid #f0d58c; padding: 6px;"


class PetitionDetailDialog(QDialog):
    changed = Signal(object)  # uuid.UUID: a step was taken or the watch flag changed
    printed = Signal(object)  # app.ui.print_preview.Outcome: a slip was printed or saved

    def __init__(self, store: Store, petition_id: uuid.UUID, viewer: Viewer,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("petitionDetail")
        self._store = store
        self._viewer = viewer
        self.step_dialog: StepDialog | None = None
        self.record = petitions.get(store, petition_id, viewer)
        self._fields = {f.code: f.name for f in office_service.list_fields(store, include_inactive=True)}
        self._build()
        self._render()
        screen = self.screen().availableGeometry() if self.screen() else None
        self.resize(min(1180, screen.width() - 40) if screen else 1100,
                    min(700, screen.height() - 40) if screen else 680)

    # ------------------------------------------------------------------ layout

    def _build(self) -> None:
        self.title = QLabel(self)
        self.title.setObjectName("title")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.watch = QCheckBox(self.tr("Theo dõi vụ việc phức tạp, kéo &dài"), self)
        self.watch.setObjectName("watch")
        self.watch.toggled.connect(self._on_watch)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.watch, 0, Qt.AlignmentFlag.AlignTop)

        self.facts = QTextBrowser(self)
        self.facts.setObjectName("facts")
        self.facts.setOpenLinks(False)

        # The legal basis is in the explanation under the table (and in each row's tooltip).
        self.deadlines = QTableWidget(0, 3, self)
        self.deadlines.setObjectName("deadlines")
        self.deadlines.setHorizontalHeaderLabels(
            [self.tr("Hạn"), self.tr("Tình trạng"), self.tr("Việc phải làm")])
        self._table_look(self.deadlines, (86, 150, 300), stretch=2)
        self.deadlines.currentCellChanged.connect(lambda *_: self._show_explanation())
        self.explanation = QLabel(self)
        self.explanation.setObjectName("explanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explanation.setStyleSheet("color: #333; background: #f4f6f8; padding: 6px;")
        self.explanation.setMinimumHeight(self.fontMetrics().height() * 3 + 12)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("<b>Thời hạn</b> (chọn một dòng để xem vì sao là ngày đó)"),
                               self))
        right.addWidget(self.deadlines, 1)
        right.addWidget(self.explanation)

        upper = QHBoxLayout()
        upper.addWidget(self.facts, 5)
        upper.addLayout(right, 6)

        self.timeline = QTableWidget(0, 5, self)
        self.timeline.setObjectName("timeline")
        self.timeline.setHorizontalHeaderLabels(
            [self.tr("Ngày"), self.tr("Bước xử lý"), self.tr("Số văn bản"), self.tr("Cán bộ"),
             self.tr("Ghi chú, kết quả")])
        self._table_look(self.timeline, (86, 190, 130, 150, 300), stretch=4)

        self.steps_box = QWidget(self)
        self.steps_grid = QGridLayout(self.steps_box)
        self.steps_grid.setContentsMargins(0, 0, 0, 0)
        self.step_buttons: dict[str, QPushButton] = {}
        close = QPushButton(self.tr("Đóng (Esc)"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        # Every petition has at least its receipt to print; after a step, the slip it calls for.
        self.print_button = QPushButton(self.tr("&In… (Ctrl+P)"), self)
        self.print_button.setObjectName("printPetition")
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.setToolTip(self.tr("Xem trước và in giấy biên nhận, phiếu, thông báo "
                                             "của đơn"))
        self.print_button.clicked.connect(self.open_print)
        self.print_hint = QLabel(self)
        self.print_hint.setObjectName("printHint")
        self.print_hint.setWordWrap(True)
        self.print_hint.setStyleSheet("color: #0b4f2c; background: #e6f4ea; padding: 4px;")
        self.print_hint.hide()
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("<b>Bước tiếp theo:</b>"), self), 0, Qt.AlignmentFlag.AlignTop)
        bottom.addWidget(self.steps_box, 1)
        bottom.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignBottom)
        bottom.addWidget(close, 0, Qt.AlignmentFlag.AlignBottom)

        root = QVBoxLayout(self)
        root.addLayout(top)
        root.addLayout(upper, 5)
        root.addWidget(QLabel(self.tr("<b>Quá trình xử lý</b>"), self))
        root.addWidget(self.timeline, 4)
        root.addWidget(self.print_hint)
        root.addLayout(bottom)

    def _table_look(self, table: QTableWidget, widths: tuple[int, ...], stretch: int) -> None:
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        hh = table.horizontalHeader()
        for col, width in enumerate(widths):
            hh.resizeSection(col, width)
        hh.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    # ------------------------------------------------------------------ content

    def reload(self) -> None:
        self.record = petitions.get(self._store, self.record.id, self._viewer)
        self._render()

    def _render(self) -> None:
        r = self.record
        self.setWindowTitle(self.tr("Đơn số {n}").format(n=r.number))
        due = ""
        if r.next_due is not None:
            status = next((d.status for d in r.deadlines if d.due == r.next_due
                           and d.status in ("overdue", "due_soon", "open")), "open")
            colour = {"overdue": "#8a1200", "due_soon": "#6b4a00"}.get(status, "#333")
            due = self.tr(" · hạn tiếp theo <span style='color:{c}'><b>{d}</b> ({w})</span>").format(
                c=colour, d=pl.fmt_date(r.next_due), w=pl.deadline_status(status).lower())
        self.title.setText(self.tr("<span style='font-size:13pt'><b>Đơn số {n}</b> · {kind}</span>"
                                   "<br>Trạng thái: <b>{state}</b>{due}").format(
            n=escape(r.number), kind=escape(pl.content_type(r.content_type)),
            state=escape(pl.state(r.state)), due=due))
        self.watch.blockSignals(True)
        self.watch.setChecked(r.watch)
        self.watch.blockSignals(False)
        self.facts.setHtml(self._facts_html())
        self._fill_deadlines(r.deadlines)
        self._fill_timeline(r.events)
        self._fill_steps(r.allowed_steps)

    def _facts_html(self) -> str:
        r = self.record

        def row(label: str, value: str) -> str:
            if not value:
                return ""
            return (f"<tr><td style='color:#555;padding-right:10px' valign='top'>{escape(label)}"
                    f"</td><td>{escape(value)}</td></tr>")

        source = pl.channel(r.channel)
        if r.channel == "forwarded":
            source += f": {pl.forwarder(r.forwarder_kind)} – {r.forwarder_name}"
            if r.forwarder_ref:
                source += self.tr(", công văn số {ref}").format(ref=r.forwarder_ref)
            if r.forwarder_ref_date:
                source += self.tr(" ngày {d}").format(d=pl.fmt_date(r.forwarder_ref_date))
        link = ""
        if r.duplicate_of:
            link = self.tr("Đơn trùng với đơn số {n}").format(n=r.duplicate_of)
        elif r.round > 1:
            link = self.tr("Lần gửi thứ {k} của cùng vụ việc").format(k=r.round)
        visit = ""
        if r.visit_id is not None:
            try:
                visit = visits.get_visit(self._store, r.visit_id, self._viewer).number
            except TiepDanError:
                visit = "?"
        docs = "; ".join(
            f"{d.get('name', '')} ({pl.document_kind(str(d.get('kind', '')))}"
            + (self.tr(", {n} trang", "", d["pages"]).format(n=d["pages"]) if d.get("pages") else "") + ")"
            for d in r.documents)
        parts = ["<table cellspacing='2'>",
                 row(self.tr("Nội dung"), r.content),
                 row(self.tr("Ngày nhận"), pl.fmt_date(r.received_date)),
                 row(self.tr("Ngày ghi trên đơn"), pl.fmt_date(r.petition_date)),
                 row(self.tr("Nguồn đơn"), source),
                 row(self.tr("Từ lượt tiếp"), visit),
                 row(self.tr("Lĩnh vực"), self._fields.get(r.field_code or "", r.field_code or "")),
                 row(self.tr("Cán bộ xử lý"), r.officer_name or self.tr("chưa giao")),
                 row(self.tr("Người bị KN, TC"), r.respondent),
                 row(self.tr("QĐ, hành vi bị KN"), r.complained_decision),
                 row(self.tr("Ngày biết được"), pl.fmt_date(r.learned_date)),
                 row(self.tr("Lần khiếu nại"), self.tr("Lần hai") if r.instance == 2 else "")
                 if r.content_type == "KN" else "",
                 row(self.tr("Mức độ"), pl.complexity(r.complexity)
                     + (self.tr(", đã gia hạn {n} lần", "", r.extensions).format(n=r.extensions)
                        if r.extensions else "")),
                 row(self.tr("Số người ký"), str(r.signer_count)
                     + ("" if r.signed else self.tr(" (không có chữ ký)"))),
                 row(self.tr("Liên kết"), link),
                 row(self.tr("Tài liệu kèm theo"), docs),
                 row(self.tr("Đồng bộ"),
                     messages.text(record_state(self._store, "petition", r.id).text)),
                 "</table>"]
        senders: list[str] = []
        for s in r.senders:
            bits = [s.full_name, labels.role(s.role)]
            if s.is_representative:
                bits.append(self.tr("đại diện"))
            if s.cccd:
                bits.append(f"CCCD {s.cccd}")
            if s.address:
                bits.append(s.address)
            if s.phone:
                bits.append(s.phone)
            senders.append(escape(" · ".join(b for b in bits if b)))
        who = "<br>".join(senders) if senders else escape(
            self.tr("Nặc danh") if r.anonymous else self.tr("(không ghi)"))
        heading = escape(self.tr("Người gửi"))  # lupdate does not look inside f-strings
        parts.append(f"<p><b>{heading}</b><br>{who}</p>")
        if r.identity_hidden:
            parts.append("<p style='color:#6a1b9a'>" + escape(self.tr(
                "Danh tính người tố cáo được bảo mật; chỉ cán bộ xử lý và lãnh đạo được xem "
                "(Luật Tố cáo, Điều 8).")) + "</p>")
        for w in r.warnings:
            parts.append(f"<p style='background:#fff3cd;color:#5c4300'>⚠ {escape(w)}</p>")
        return "".join(parts)

    def _fill_deadlines(self, rows: tuple[DeadlineRecord, ...]) -> None:
        t = self.deadlines
        t.setRowCount(len(rows))
        focus_row = 0
        for i, d in enumerate(rows):
            why = messages.text(d.explanation)
            cells = (pl.fmt_date(d.due), pl.deadline_status(d.status)
                     + (self.tr(" {d}").format(d=pl.fmt_date(d.done_on)) if d.done_on else ""),
                     pl._t(d.title))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(why)
                bg = row_background(d.status)
                if bg is not None:
                    item.setBackground(bg)
                fg = row_foreground(d.status)
                if fg is not None:
                    item.setForeground(fg)
                elif d.status in ("done", "milestone"):
                    item.setForeground(self.palette().placeholderText())
                t.setItem(i, col, item)
            if d.status in ("overdue", "due_soon", "open") and (
                    rows[focus_row].status not in ("overdue", "due_soon", "open")
                    or d.due < rows[focus_row].due):
                focus_row = i
        if rows:
            t.setCurrentCell(focus_row, 0)
        self._show_explanation()

    def _show_explanation(self) -> None:
        row = self.deadlines.currentRow()
        if 0 <= row < len(self.record.deadlines):
            d = self.record.deadlines[row]
            self.explanation.setText(self.tr("<b>{title}:</b> {why}").format(
                title=escape(pl._t(d.title)), why=escape(messages.text(d.explanation))))
        else:
            self.explanation.setText(self.tr("Đơn không còn thời hạn nào phải theo dõi."))

    def _event_details(self, e: EventRecord) -> str:
        d = e.data
        bits: list[str] = []
        if e.step == "classify":
            if d.get("content_type"):
                bits.append(pl.content_type(str(d["content_type"])))
            if d.get("processable") is True:
                bits.append(self.tr("đủ điều kiện xử lý"))
            elif d.get("processable") is False:
                bits.append(self.tr("không đủ điều kiện xử lý"))
            if d.get("competent") is True:
                bits.append(self.tr("thuộc thẩm quyền"))
            elif d.get("competent") is False:
                bits.append(self.tr("không thuộc thẩm quyền"))
            if d.get("extended_checks"):
                bits.append(self.tr("cần kiểm tra thêm"))
        if d.get("reasons"):
            bits.append(self.tr("lý do: {r}").format(r="; ".join(map(str, d["reasons"]))))
        if d.get("complexity") and d.get("complexity") != "normal":
            bits.append(pl.complexity(str(d["complexity"])).lower())
        if d.get("recipient"):
            bits.append(self.tr("nơi nhận: {r}").format(r=d["recipient"]))
        if d.get("result"):
            result = str(d["result"])
            bits.append(self.tr("kết quả: {r}").format(
                r=pl.result(result) if result in pl.RESULTS else result))
        quantities = d.get("quantities")
        if isinstance(quantities, dict):
            for code, value in quantities.items():
                bits.append(f"{pl.quantity(code)}: {pl.fmt_number(value)}")
        if e.doc_date:
            bits.append(self.tr("văn bản ngày {d}").format(d=pl.fmt_date(e.doc_date)))
        if e.note:
            bits.append(e.note)
        return " · ".join(bits)

    def _fill_timeline(self, events: tuple[EventRecord, ...]) -> None:
        t = self.timeline
        t.setRowCount(len(events))
        for i, e in enumerate(events):
            details = self._event_details(e)
            cells = (pl.fmt_date(e.on_date), pl.step(e.step), e.doc_number,
                     e.officer_name or "", details)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(self.tr("{step} → {state}\n{details}").format(
                    step=pl.step(e.step), state=pl.state(e.state_after), details=details))
                t.setItem(i, col, item)
        if not events:
            t.setRowCount(1)
            item = QTableWidgetItem(self.tr("Chưa có bước xử lý nào: bắt đầu bằng «Phân loại đơn»."))
            t.setItem(0, 0, item)
            t.setSpan(0, 0, 1, 5)
        else:
            t.clearSpans()
            t.scrollToBottom()

    def _fill_steps(self, steps: tuple[str, ...]) -> None:
        for button in self.step_buttons.values():
            self.steps_grid.removeWidget(button)
            button.deleteLater()
        self.step_buttons = {}
        for i, code in enumerate(steps):
            button = QPushButton(pl.step(code), self.steps_box)
            button.setObjectName(f"step_{code}")
            button.setAutoDefault(True)
            button.clicked.connect(lambda _c=False, s=code: self.open_step(s))
            self.steps_grid.addWidget(button, i // STEP_COLUMNS, i % STEP_COLUMNS)
            self.step_buttons[code] = button
        if not steps:
            label = QPushButton(self.tr("Đơn đã kết thúc"), self.steps_box)
            label.setEnabled(False)
            self.steps_grid.addWidget(label, 0, 0)
            self.step_buttons[""] = label
        first = next(iter(self.step_buttons.values()))
        if first.isEnabled():
            first.setDefault(True)
            first.setFocus()

    # ------------------------------------------------------------------ actions

    def open_step(self, step: str) -> StepDialog:
        dialog = StepDialog(self._store, self.record, step, self._viewer, self)
        self.step_dialog = dialog
        dialog.finished.connect(lambda _r: self._after_step(dialog))
        dialog.open()
        return dialog

    def _after_step(self, dialog: StepDialog) -> None:
        if dialog.saved is None:
            return
        before = self.record
        self.record = dialog.saved
        self._render()
        self.changed.emit(self.record.id)
        self._offer_slip(before, dialog.step)

    def _offer_slip(self, before: petitions.PetitionRecord, step: str) -> None:
        """A step that calls for a slip (a transfer, an acceptance…) puts it first among the
        forms: say so, and let Enter (or Ctrl+P) open its preview."""
        from app.services.printing import forms_for_petition

        old = [f.form_id for f in forms_for_petition(before)]
        new = forms_for_petition(self.record)
        if not new or [f.form_id for f in new] == old:
            self.print_hint.hide()
            return
        name = messages.text(new[0].name)
        self.print_hint.setText(self.tr(
            "Đã lưu bước «{step}». In {form}? Nhấn Enter hoặc Ctrl+P để xem trước và in.").format(
            step=pl.step(step), form=name[:1].lower() + name[1:]))
        self.print_hint.show()
        self.print_button.setDefault(True)
        self.print_button.setFocus()

    def open_print(self) -> QDialog | None:
        """The print dialog with this petition's slips, the latest step's first."""
        from app.ui import print_preview

        try:
            dialog = print_preview.print_petition(self, self._store, self._viewer, self.record)
        except TiepDanError as exc:
            dialogs.warn(self, self.tr("Không in được"), messages.error(exc))
            return None
        if dialog is None:
            return None
        dialog.printed.connect(self._on_printed)
        return dialog

    def _on_printed(self, outcome: object) -> None:
        self.print_hint.hide()
        self.printed.emit(outcome)

    def _on_watch(self, on: bool) -> None:
        try:
            petitions.set_watch(self._store, self.record.id, on,
                                actor=Actor.officer(self._viewer.officer_id))
        except TiepDanError as exc:
            dialogs.warn(self, self.tr("Không lưu được"), messages.error(exc))
            return
        self.reload()
        self.changed.emit(self.record.id)
