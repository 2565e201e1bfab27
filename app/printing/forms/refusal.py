"""Thông báo từ chối tiếp công dân (Luật Tiếp công dân 2013, Điều 9): signed by the head."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.printing import kit
from app.printing.data import FormJob, Matter
from app.printing.forms.common import first_name, head_signature, person_lines
from app.printing.kit import Styles


def body(job: FormJob, m: Matter, st: Styles, width: float) -> list[Flowable]:
    name = first_name(m)
    return [
        kit.field_line("Kính gửi", f"Ông (bà) {name}" if name else "", st),
        *person_lines(m, st)[1:],
        kit.para(f"Ngày {kit.fmt_date(m.received_on)}, ông (bà) đến Trụ sở tiếp công dân của "
                 f"{job.office.name} trình bày nội dung: {m.content}", st),
        kit.field_line("Lý do từ chối tiếp", m.outcome_note, st),
        kit.para(f"Căn cứ Điều 9 Luật Tiếp công dân năm 2013, {job.office.name} thông báo từ chối "
                 "tiếp công dân đối với ông (bà) về nội dung nêu trên.", st),
        kit.recipients_and_signature(["Như trên", "Lưu: VT, hồ sơ"], head_signature(job), st, width),
    ]
