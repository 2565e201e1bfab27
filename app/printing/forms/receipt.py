"""Giấy biên nhận thông tin, tài liệu, bằng chứng (LAW.md §9.2; 2 copies KN, 3 copies TC)."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from app.printing import kit
from app.printing.data import FormJob, Matter
from app.printing.forms.common import citizen_signature, officer_signature, person_lines
from app.printing.kit import Styles

COUNT_WORDS = {1: "01", 2: "02", 3: "03", 4: "04", 5: "05"}


def _when(m: Matter) -> str:
    if m.received_at is not None:
        return (f"Vào hồi {m.received_at:%H} giờ {m.received_at:%M} phút, "
                f"ngày {kit.fmt_date(m.received_on)}")
    return f"Ngày {kit.fmt_date(m.received_on)}"


def body(job: FormJob, m: Matter, st: Styles, width: float) -> list[Flowable]:
    out: list[Flowable] = [
        kit.para(f"{_when(m)}, tại nơi tiếp công dân của {job.office.name}, "
                 f"{m.officer_name or job.officer_name or 'cán bộ tiếp công dân'} đã nhận của:", st),
        *person_lines(m, st),
        kit.field_line("Nội dung", f"{m.category_label}: {m.content}", st),
        kit.para("Các thông tin, tài liệu, bằng chứng đã nhận gồm:", st),
    ]
    rows = [(str(i + 1), d.name, d.state, str(d.pages) if d.pages else "")
            for i, d in enumerate(m.documents)]
    if not rows:
        rows = [(str(i + 1), "", "", "") for i in range(3)]
    out.append(kit.items_table(
        ("STT", "Tên thông tin, tài liệu, bằng chứng", "Tình trạng (bản gốc, bản sao, bản sao chứng thực)",
         "Số trang"), rows, (0.11, 0.47, 0.28, 0.14), st, width))
    out.append(Spacer(1, st.size * 0.5))
    copies = max(len(job.copy_labels), 1)
    keep = " và ".join(f"01 bản {label[4:].lower() if label.startswith('Bản ') else label}"
                       for label in job.copy_labels) if job.copy_labels else ""
    out.append(kit.para(
        f"Giấy biên nhận được lập thành {COUNT_WORDS.get(copies, str(copies))} bản"
        + (f": {keep}." if keep else "."), st))
    out.append(kit.signatures((citizen_signature(m, "Người nộp"),
                               officer_signature(job, m, "Người nhận")), st, width))
    return out
