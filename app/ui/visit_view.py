"""A read-only view of one visit, as the logbook records it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from app.services.visits import LogbookRow, VisitRecord
from app.ui import labels
from app.ui.dialogs import close_row

translate = QCoreApplication.translate


def history_html(name: str, rows: list[LogbookRow], current: str) -> str:
    others = [r for r in rows if r.number != current]
    if not others:
        return ""
    items = "".join(
        f"<li>{escape(r.number)} · {r.visited_at:%d/%m/%Y} · {escape(labels.category(r.category))}"
        f" – {escape(r.content)}</li>" for r in others)
    title = translate("VisitView", "Các lần đến khác của")
    return f"<p><b>{escape(title)} {escape(name)}</b></p><ul>{items}</ul>"


def visit_html(v: VisitRecord) -> str:
    def row(label: str, value: str) -> str:
        return f"<tr><td style='color:#555;padding-right:12px'>{escape(label)}</td>" \
               f"<td>{escape(value)}</td></tr>"

    persons = "<br>".join(
        escape(p.full_name + (" – " + labels.role(p.role)) + (f" · CCCD {p.cccd}" if p.cccd else "")
               + (f" · {p.address}" if p.address else ""))
        for p in v.persons)
    parts = [
        f"<h3>{escape(translate('VisitView', 'Lượt tiếp số'))} {escape(v.number)}</h3>",
        "<table>",
        row(translate("VisitView", "Thời gian"), v.visited_at.strftime("%d/%m/%Y %H:%M")),
        row(translate("VisitView", "Hình thức"), labels.reception_type(v.reception_type)),
        row(translate("VisitView", "Người tiếp"), labels.received_by(v.received_by)
            + (f": {v.officer_name}" if v.officer_name else "")),
        row(translate("VisitView", "Số người"), str(v.person_count)
            + (translate("VisitView", " (đoàn đông người)") if v.is_crowd else "")),
        "</table>",
        f"<p><b>{escape(translate('VisitView', 'Người được tiếp'))}</b><br>{persons}</p>",
    ]
    if v.identity_hidden:
        parts.append("<p style='color:#6a1b9a'>" + escape(translate("VisitView",
            "Danh tính người tố cáo được bảo mật; chỉ cán bộ đã tiếp và lãnh đạo được xem."))
            + "</p>")
    parts += [
        "<table>",
        row(translate("VisitView", "Nội dung"), v.content),
        row(translate("VisitView", "Phân loại"), labels.category(v.category)),
        row(translate("VisitView", "Lĩnh vực"), v.field_name or ""),
        row(translate("VisitView", "Đã được giải quyết"), v.prior_handling),
        row(translate("VisitView", "Yêu cầu, đề nghị"), v.requests),
        row(translate("VisitView", "Lần tiếp"), labels.repeat(v.repeat)),
        row(translate("VisitView", "Hướng xử lý"), labels.outcome(v.outcome)
            + (f" – {v.outcome_note}" if v.outcome_note else "")),
        row(translate("VisitView", "Ghi chú"), v.notes),
        "</table>",
    ]
    return "".join(parts)


def sync_html(state: str) -> str:
    """Where this visit stands with the upstream (app/sync/desk.py record_state)."""
    if not state:
        return ""
    return (f"<p style='color:#555'>{escape(translate('VisitView', 'Đồng bộ lên cấp trên'))}: "
            f"{escape(state)}</p>")


class VisitViewDialog(QDialog):
    register_petition = Signal(object)  # uuid.UUID of this visit: register a petition from it
    print_requested = Signal(object)  # uuid.UUID of this visit: print its slips

    def __init__(self, record: VisitRecord, parent: QWidget | None = None,
                 history: dict[str, list[LogbookRow]] | None = None,
                 printable: bool = False, sync_state: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lượt tiếp {n}").format(n=record.number))
        browser = QTextBrowser(self)
        browser.setObjectName("visitText")
        html = visit_html(record) + sync_html(sync_state) + "".join(
            history_html(name, rows, record.number) for name, rows in (history or {}).items())
        browser.setHtml(html)
        buttons = close_row(self)
        buttons.rejected.connect(self.reject)
        # A protected denouncer cannot be copied into a petition by someone who may not see them.
        self.register_button = buttons.addButton(
            self.tr("Vào sổ đơn từ lượt tiếp này (Ctrl+Shift+D)"),
            QDialogButtonBox.ButtonRole.ActionRole)
        self.register_button.setObjectName("registerPetition")
        self.register_button.setShortcut("Ctrl+Shift+D")
        self.register_button.setVisible(not record.identity_hidden)
        self.register_button.clicked.connect(lambda: self.register_petition.emit(record.id))
        self.print_button = buttons.addButton(self.tr("&In… (Ctrl+P)"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setObjectName("printVisit")
        self.print_button.setShortcut("Ctrl+P")
        self.print_button.setToolTip(self.tr("Xem trước và in giấy biên nhận, phiếu của lượt tiếp"))
        self.print_button.setVisible(printable)
        self.print_button.clicked.connect(lambda: self.print_requested.emit(record.id))
        lay = QVBoxLayout(self)
        lay.addWidget(browser)
        lay.addWidget(buttons)
        self.resize(640, 520)
