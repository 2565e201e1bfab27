"""Văn bản ghi nội dung khiếu nại, tố cáo, kiến nghị, phản ánh trình bày trực tiếp.

Luật Tiếp công dân art. 25.2: the officer writes the content down accurately, reads it back and
has the citizen sign or fingerprint it (a box for the fingerprint is printed).
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.printing import kit
from app.printing.data import FormJob, Matter
from app.printing.forms.common import citizen_signature, officer_signature, person_lines
from app.printing.kit import Styles


def body(job: FormJob, m: Matter, st: Styles, width: float) -> list[Flowable]:
    when = (f"Vào hồi {m.received_at:%H} giờ {m.received_at:%M} phút, " if m.received_at else "")
    out: list[Flowable] = [
        kit.para(f"{when}ngày {kit.fmt_date(m.received_on)}, tại Trụ sở tiếp công dân của "
                 f"{job.office.name}.", st),
        kit.field_line("Cán bộ tiếp công dân", m.officer_name or job.officer_name, st),
        kit.para("Người trình bày:", st),
        *person_lines(m, st),
        kit.para(f"Nội dung {m.category_label.lower()} trình bày như sau:", st),
        kit.para(m.content, st),
    ]
    if m.prior_handling:
        out.append(kit.field_line("Quá trình giải quyết (nếu có)", m.prior_handling, st))
    out.append(kit.field_line("Yêu cầu, đề nghị", m.requests, st))
    out.append(kit.para("Văn bản này đã được đọc lại cho người trình bày nghe và người trình bày "
                        "xác nhận đúng nội dung đã trình bày.", st))
    out.append(kit.signatures((citizen_signature(m, "Người trình bày", fingerprint=True),
                               officer_signature(job, m, "Cán bộ tiếp công dân")), st, width))
    return out
