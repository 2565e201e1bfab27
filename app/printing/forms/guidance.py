"""Phiếu hướng dẫn: which body is competent for a complaint (KN) or a denunciation (TC)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.printing import kit
from app.printing.data import FormJob, Matter
from app.printing.forms.common import citizen_signature, officer_signature, person_lines
from app.printing.kit import Styles

WHAT = {"KN": "khiếu nại", "TC": "tố cáo"}


def body(job: FormJob, m: Matter, st: Styles, width: float) -> list[Flowable]:
    what = WHAT.get(m.category, m.category_label.lower())
    recipient = (m.step.recipient if m.step else "") or m.follow_up or m.outcome_note
    out: list[Flowable] = [
        kit.para(f"Ngày {kit.fmt_date(m.received_on)}, {job.office.name} nhận được "
                 f"nội dung {what} của:", st),
        *person_lines(m, st),
        kit.field_line("Nội dung", m.content, st),
        kit.para(f"Căn cứ quy định của pháp luật, nội dung {what} nêu trên không thuộc thẩm quyền "
                 f"giải quyết của {job.office.name}.", st),
    ]
    if recipient:
        out.append(kit.para(f"Đề nghị ông (bà) gửi đơn {what} đến {recipient} để được xem xét, "
                            "giải quyết theo quy định của pháp luật.", st))
    else:
        out += [kit.para(f"Đề nghị ông (bà) gửi đơn {what} đến:", st), kit.dotted(2, st),
                kit.para("để được xem xét, giải quyết theo quy định của pháp luật.", st)]
    note = m.step.note if m.step else ""
    if note and note != recipient:
        out.append(kit.field_line("Ghi chú", note, st))
    out.append(kit.signatures((citizen_signature(m, "Người nhận phiếu"),
                               officer_signature(job, m, "Cán bộ tiếp công dân")), st, width))
    return out
