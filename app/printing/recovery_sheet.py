"""Phiếu mã khôi phục dữ liệu (issue 6 item 3, docs/security.md): the recovery key of an
encrypted store, printed once at set-up and kept sealed by the head of the office. It opens the
data when every password is lost, so the sheet says where it must (not) be kept."""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable, Spacer

from app.printing import fonts, kit
from app.printing.kit import FormDocument, Letterhead, PageMarks, Signature

TITLE = "Phiếu mã khôi phục dữ liệu"


def render(office_name: str, place: str, on: date, recovery_key: str) -> bytes:
    doc = FormDocument(kit.PAPERS["A4"], TITLE, office_name)
    st, width = doc.styles, doc.width
    big = st.field.clone("recovery", fontName=fonts.SERIF_BOLD, fontSize=st.size + 3,
                         leading=(st.size + 3) * 1.5)
    flow: list[Flowable] = [
        kit.letterhead(Letterhead(office_name, place, on, ""), st, width),
        *kit.title(TITLE, "(dùng khi không còn ai nhớ mật khẩu để mở dữ liệu TiepDan)", st),
        kit.field_line("Cơ quan", office_name, st),
        kit.para("Mã khôi phục:", st, st.field),
        kit.para(recovery_key, st, big),
        Spacer(1, st.size * 0.6),
        kit.para(
            "Dữ liệu tiếp công dân và các bản sao lưu trên máy được mã hóa. Mã trên mở được toàn "
            "bộ dữ liệu khi mọi mật khẩu đều bị quên, hoặc để khôi phục một bản sao lưu: "
            "'tiepdan restore TỆP --recovery-key' hoặc 'tiepdan check --recovery-key'.", st),
        kit.para(
            "Cho phiếu vào phong bì, niêm phong, giao Chủ tịch UBND cất giữ trong tủ có khóa. "
            "Không chụp ảnh, không lưu mã trên máy tính hay điện thoại. Mã chỉ hiện một lần khi "
            "thiết lập; mất phiếu thì quản trị viên tạo lại dữ liệu mã hóa theo hướng dẫn "
            "docs/security.md.", st),
        kit.recipients_and_signature(
            ["Chủ tịch UBND (niêm phong, cất giữ)", "Lưu: không lưu bản sao"],
            Signature("NGƯỜI THIẾT LẬP", "(Ký, ghi rõ họ tên)", ""), st, width),
    ]
    doc.add_copy(flow, PageMarks(form_number="Phiếu mã khôi phục"))
    return doc.render()
