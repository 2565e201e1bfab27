"""Thông báo thụ lý / không thụ lý: the petitioner is told whether the petition was accepted."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.printing import kit
from app.printing.data import FormJob, Matter
from app.printing.forms.common import first_name, head_signature, person_lines
from app.printing.kit import Styles


def body(job: FormJob, m: Matter, st: Styles, width: float) -> list[Flowable]:
    name = first_name(m)
    what = m.category_label.lower()
    step = m.step
    out: list[Flowable] = [
        kit.field_line("Kính gửi", f"Ông (bà) {name}" if name else "", st),
        *person_lines(m, st)[1:],
        kit.para(f"Ngày {kit.fmt_date(m.received_on)}, {job.office.name} nhận được đơn {what} "
                 f"(số vào sổ {m.number}) với nội dung: {m.content}", st),
    ]
    if job.rule.form_id == "acceptance":
        ref = ""
        if step and step.doc_number:
            ref = f" theo văn bản số {step.doc_number}"
            if step.doc_date:
                ref += f" ngày {kit.fmt_date(step.doc_date)}"
        when = f" ngày {kit.fmt_date(step.on)}" if step else ""
        out.append(kit.para(f"Sau khi xem xét, đơn đủ điều kiện thụ lý và thuộc thẩm quyền giải "
                            f"quyết. {job.office.name} đã thụ lý giải quyết{when}{ref}.", st))
    else:
        reasons = "; ".join(step.reasons) if step and step.reasons else ""
        reasons = reasons or (step.note if step else "")
        out.append(kit.para(f"Sau khi xem xét, {job.office.name} thông báo không thụ lý giải quyết "
                            "đơn nêu trên vì lý do sau:", st))
        out.append(kit.para(reasons, st) if reasons else kit.dotted(3, st))
    out.append(kit.para("Thông báo để ông (bà) được biết.", st))
    out.append(kit.recipients_and_signature(["Như trên", "Lưu: VT, hồ sơ"],
                                            head_signature(job), st, width))
    return out
