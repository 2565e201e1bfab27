"""Phiếu đăng ký khóa đồng bộ (SYNC.md "Keys"): the office's signing key on paper, carried to
the upstream office, which scans the QR code (`tiepdan keys enrol`) and compares the fingerprint
printed here with the one its screen shows. Signed and stamped by the head of the office."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from app.printing import fonts, kit
from app.printing.kit import FormDocument, Letterhead, PageMarks, Signature
from app.sync.enrolment import Enrolment, qr_payload

TITLE = "Phiếu đăng ký khóa đồng bộ dữ liệu"


def render(e: Enrolment, *, place: str, on: date) -> bytes:
    doc = FormDocument(kit.PAPERS["A4"], f"{TITLE} {e.office_code}", e.office_name)
    st, width = doc.styles, doc.width
    mono = st.field.clone("mono", fontName=fonts.SERIF_BOLD, fontSize=st.size + 5,
                          leading=(st.size + 5) * 1.3)
    small = st.small
    qr_side = 62 * mm
    facts: list[Flowable] = [
        kit.field_line("Cơ quan", e.office_name, st),
        kit.field_line("Mã cơ quan", e.office_code, st),
        kit.field_line("Gửi cơ quan cấp trên", e.upstream_name, st),
        kit.field_line("Mã cài đặt", e.installation_id, st),
        kit.field_line("Mã khóa", e.key_id, st),
        kit.para("Dấu vân tay của khóa:", st, st.field),
        kit.para(e.fingerprint, st, mono),
    ]
    table = Table([[facts, kit.QrBlock(qr_payload(e), qr_side)]],
                  colWidths=[width - qr_side - 4 * mm, qr_side + 4 * mm])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    flow: list[Flowable] = [
        kit.letterhead(Letterhead(e.office_name, place, on, ""), st, width),
        *kit.title(TITLE, "(khóa ký các lô dữ liệu gửi cơ quan cấp trên)", st),
        table,
        Spacer(1, st.size * 0.6),
        kit.para("Khóa nhận bản tin (cơ quan cấp trên dùng để gửi bản tin xuống):", st, small),
        kit.para(e.age_recipient, st, small),
        Spacer(1, st.size * 0.6),
        kit.para(
            "Hướng dẫn cho cơ quan cấp trên: quét mã QR bên phải (hoặc gõ nội dung của mã) vào "
            "một tệp rồi chạy 'tiepdan keys enrol TỆP'. Máy sẽ hiện dấu vân tay của khóa vừa "
            "đăng ký: chỉ chấp nhận khi dấu vân tay đó trùng từng ký tự với dấu vân tay in trên "
            "phiếu này; nếu khác, xóa đăng ký và liên hệ cơ quan gửi phiếu.", st),
        kit.para(
            "Phiếu không chứa khóa bí mật. Khi khóa bị mất hoặc lộ, cơ quan báo ngay cho cơ quan "
            "cấp trên để thu hồi khóa và gửi phiếu đăng ký khóa mới.", st),
        kit.recipients_and_signature(
            [f"{e.upstream_name or 'Cơ quan cấp trên'} (để đăng ký)", "Lưu: VT"],
            Signature("THỦ TRƯỞNG CƠ QUAN", "(Ký, ghi rõ họ tên, đóng dấu)", ""), st, width),
    ]
    doc.add_copy(flow, PageMarks(form_number="Phiếu đăng ký khóa"))
    return doc.render()
