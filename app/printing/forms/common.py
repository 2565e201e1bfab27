"""What every form shares: the document around a body, the number line, persons, signatures."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable

from app.printing import kit
from app.printing.data import MASKED_NOTE, FormJob, Matter, Person
from app.printing.kit import FormDocument, Letterhead, PageMarks, Signature, Styles, x

Body = Callable[[FormJob, Matter, Styles, float], list[Flowable]]


def doc_number(job: FormJob, m: Matter) -> str:
    """'Số: 0007/2026/GBN', or the number of the step's own document where it has one."""
    if m.step is not None and m.step.doc_number:
        return f"Số: {m.step.doc_number}"
    if not job.rule.symbol:
        return ""
    return f"Số: {m.number}/{job.rule.symbol}"


def reprint_label(n: int) -> str:
    return f"In lại lần {n}" if n > 0 else ""


def compose(job: FormJob, m: Matter, body: Body) -> tuple[bytes, int]:
    """The document and its page count: for each copy, letterhead, title and body."""
    doc = FormDocument(job.paper, f"{job.rule.name} số {m.number}", job.office.name,
                       job.reference)
    st, width = doc.styles, doc.width
    for label in job.copy_labels or ("",):
        flow: list[Flowable] = [
            kit.letterhead(Letterhead(job.office.name, job.office.place, job.on,
                                      doc_number(job, m)), st, width),
            *kit.title(job.rule.title, job.rule.subtitle, st),
            *body(job, m, st, width),
        ]
        doc.add_copy(flow, PageMarks(
            copy_label=label, form_number=job.rule.number, basis=job.rule.basis,
            reprint=reprint_label(job.reprint), masked=MASKED_NOTE if m.masked else ""))
    pdf = doc.render()
    return pdf, doc.page_count


def who(p: Person) -> str:
    return p.full_name


def person_lines(m: Matter, st: Styles, label: str = "Họ và tên") -> list[Flowable]:
    """Name, ID, address, phone of each person (as far as this print may show them)."""
    out: list[Flowable] = []
    if m.anonymous:
        return [kit.field_line(label, "Đơn không ghi tên người gửi (nặc danh)", st)]
    for i, p in enumerate(m.persons):
        lead = label if len(m.persons) == 1 else f"{i + 1}. {label}"
        name = p.full_name + (f" ({p.role})" if p.role else "")
        out.append(kit.field_line(lead, name, st))
        if m.masked:
            continue
        ident = p.cccd
        if p.date_of_birth:
            ident = (ident + "; " if ident else "") + f"sinh ngày {kit.fmt_date(p.date_of_birth)}"
        out.append(kit.field_line("Số CCCD/CMND/Hộ chiếu", ident, st))
        out.append(kit.field_line("Địa chỉ", p.address, st))
        if p.phone:
            out.append(kit.field_line("Số điện thoại", p.phone, st))
    if m.is_crowd or m.person_count > len(m.persons):
        out.append(kit.field_line("Số người", f"{m.person_count} người", st))
    return out


def first_name(m: Matter) -> str:
    if m.anonymous or not m.persons:
        return ""
    return m.persons[0].full_name


def head_signature(job: FormJob) -> Signature:
    return Signature(job.office.head_title or "Chủ tịch", "(Ký, ghi rõ họ tên, đóng dấu)",
                     job.office.head_name)


def officer_signature(job: FormJob, m: Matter, title: str = "Người tiếp nhận") -> Signature:
    return Signature(title, "(Ký, ghi rõ họ tên)", m.officer_name or job.officer_name)


def citizen_signature(m: Matter, title: str, fingerprint: bool = False) -> Signature:
    note = "(Ký, ghi rõ họ tên hoặc điểm chỉ)" if fingerprint else "(Ký, ghi rõ họ tên)"
    return Signature(title, note, first_name(m), fingerprint=fingerprint)


def markup_value(label: str, value: str) -> str:
    return f"<b>{x(label)}:</b> {x(value)}"
