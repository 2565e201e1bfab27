"""Phiếu hẹn gặp người đứng đầu (LAW.md §5.1 step 8, §9.2): name, matter, date, time, place."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.printing import kit
from app.printing.data import FormJob, Matter
from app.printing.forms.common import officer_signature, person_lines
from app.printing.kit import Signature, Styles


def body(job: FormJob, m: Matter, st: Styles, width: float) -> list[Flowable]:
    head = f"{job.office.head_title} {job.office.name}"
    when = m.follow_up or m.outcome_note
    out: list[Flowable] = [
        kit.para(f"{job.office.name} hẹn:", st),
        *person_lines(m, st),
        kit.field_line("Về việc", m.content, st),
        kit.field_line("Đến gặp", head + (f" ({job.office.head_name})" if job.office.head_name else ""), st),
    ]
    if when:
        out.append(kit.field_line("Thời gian", when, st))
    else:
        out.append(kit.para("Thời gian: ........ giờ ........ phút, ngày ......../......../............", st))
    out += [
        kit.field_line("Địa điểm", f"Trụ sở tiếp công dân {job.office.name}", st),
        kit.para("Khi đến, đề nghị mang theo Phiếu hẹn này và giấy tờ tùy thân.", st),
        kit.signatures((Signature("", "", ""), officer_signature(job, m, "Cán bộ tiếp công dân")),
                       st, width),
    ]
    return out
