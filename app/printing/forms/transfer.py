"""Phiếu chuyển đơn: a denunciation (TT 05/2021 Mẫu số 03) or a KNPA to the competent body.

The redacted variant of the denunciation slip names no denouncer (Luật Tố cáo art. 8, 56): the
identity travels separately, as a secret document.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.printing import kit
from app.printing.data import FormJob, Matter
from app.printing.forms.common import first_name, head_signature, person_lines
from app.printing.kit import Styles


def body(job: FormJob, m: Matter, st: Styles, width: float) -> list[Flowable]:
    tc = job.rule.form_id.startswith("transfer-tc")
    recipient = (m.step.recipient if m.step else "") or m.follow_up or m.outcome_note
    what = "tố cáo" if tc else "kiến nghị, phản ánh"
    source = m.forwarder or m.channel_label
    out: list[Flowable] = [
        kit.field_line("Kính gửi", recipient, st),
        kit.para(f"Ngày {kit.fmt_date(m.received_on)}, {job.office.name} nhận được đơn {what}"
                 + (f" ({source})" if source else "") + " của:", st),
    ]
    if m.masked:
        out.append(kit.para("Thông tin về người tố cáo được giữ bí mật và gửi kèm riêng theo chế "
                            "độ tài liệu mật (Luật Tố cáo 2018, Điều 8, 47, 56).", st))
    else:
        out += person_lines(m, st)
    out.append(kit.field_line("Nội dung", m.content, st))
    if m.respondent:
        out.append(kit.field_line("Người bị tố cáo" if tc else "Đối tượng kiến nghị, phản ánh",
                                  m.respondent, st))
    out.append(kit.para(f"Sau khi xem xét, nội dung đơn không thuộc thẩm quyền giải quyết của "
                        f"{job.office.name}. Căn cứ quy định của pháp luật, {job.office.name} chuyển "
                        f"đơn đến {recipient or '…'} để xem xét, giải quyết theo thẩm quyền.", st))
    if tc:
        out.append(kit.para("Đề nghị cơ quan nhận đơn giữ bí mật họ tên, địa chỉ, bút tích và các "
                            "thông tin cá nhân khác của người tố cáo, thông báo kết quả xử lý cho "
                            "người tố cáo và cơ quan chuyển đơn theo quy định của Luật Tố cáo.", st))
    else:
        out.append(kit.para("Đề nghị cơ quan nhận đơn xem xét, trả lời người kiến nghị, phản ánh và "
                            f"thông báo kết quả cho {job.office.name}.", st))
    if m.documents:
        out.append(kit.field_line("Kèm theo", "; ".join(d.name for d in m.documents), st))
    name = first_name(m)
    to_person = "Người tố cáo (để biết)" if tc else (f"Ông (bà) {name} (để biết)" if name else "")
    recipients = ["Như trên", *([to_person] if to_person else []), "Lưu: VT, hồ sơ"]
    out.append(kit.recipients_and_signature(recipients, head_signature(job), st, width))
    return out
