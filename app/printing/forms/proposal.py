"""Phiếu đề xuất thụ lý đơn (TT 05/2021 Mẫu số 01): the officer proposes, the head decides."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.printing import kit
from app.printing.data import FormJob, Matter
from app.printing.forms.common import officer_signature, person_lines
from app.printing.kit import Signature, Styles


def body(job: FormJob, m: Matter, st: Styles, width: float) -> list[Flowable]:
    head = f"{job.office.head_title} {job.office.name}"
    out: list[Flowable] = [
        kit.field_line("Kính gửi", head, st),
        kit.para(f"Ngày {kit.fmt_date(m.received_on)}, {job.office.name} nhận được đơn "
                 f"{m.category_label.lower()} (số vào sổ {m.number}) của:", st),
        *person_lines(m, st),
        kit.field_line("Nội dung đơn", m.content, st),
    ]
    if m.respondent:
        out.append(kit.field_line("Người (cơ quan) bị khiếu nại, tố cáo", m.respondent, st))
    if m.complained_decision:
        out.append(kit.field_line("Quyết định, hành vi bị khiếu nại", m.complained_decision, st))
    if m.documents:
        out.append(kit.field_line("Tài liệu kèm theo", "; ".join(d.name for d in m.documents), st))
    out += [
        kit.para(f"Kết quả xem xét: đơn đủ điều kiện xử lý và thuộc thẩm quyền giải quyết của {head}.", st),
        kit.para(f"Đề xuất: {head} thụ lý giải quyết đơn {m.category_label.lower()} nêu trên "
                 "theo quy định của pháp luật.", st),
    ]
    if m.step and m.step.note:
        out.append(kit.field_line("Ý kiến khác", m.step.note, st))
    out.append(kit.signatures((
        Signature("Ý kiến của lãnh đạo", "(Ký, ghi rõ họ tên)", job.office.head_name),
        officer_signature(job, m, "Người đề xuất")), st, width))
    return out
