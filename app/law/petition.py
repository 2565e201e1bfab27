"""The petition (đơn) and its case as an explicit state machine (LAW.md §5.2–§5.5, §6.2–§6.4).

Pure: `refusals(facts, step)` says in Vietnamese why a step is not allowed now (empty when it
is), and `advance(facts, step)` gives the facts after it. The services store every step as an
immutable event and rebuild the facts by replaying them, so the history can always be re-read.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum

from app.text import Label, Text, labels


class ContentType(StrEnum):
    KN = "KN"  # khiếu nại
    TC = "TC"  # tố cáo
    KNPA = "KNPA"  # kiến nghị, phản ánh
    MULTI = "MULTI"  # nhiều nội dung khác nhau (TT 05/2021 art. 6.1)


class Channel(StrEnum):
    DESK = "desk"  # nộp trực tiếp tại nơi tiếp công dân
    POST = "post"  # qua bưu chính
    MAILBOX = "mailbox"  # hòm thư góp ý
    FORWARDED = "forwarded"  # cơ quan, tổ chức, đại biểu, báo chí chuyển đến
    ONLINE = "online"  # cổng dịch vụ công, thư điện tử


def content_type_for_visit(category: str) -> ContentType:
    """The content type a petition taken at a visit starts with (classification may change it):
    complaints and denunciations as such, everything else as a recommendation/feedback."""
    return {"KN": ContentType.KN, "TC": ContentType.TC}.get(category, ContentType.KNPA)


class Forwarder(StrEnum):
    """Who forwarded a petition (TT 07/2014 art. 5): we owe them a reply."""

    NA_DEPUTY = "na_deputy"  # đại biểu Quốc hội
    COUNCIL_DEPUTY = "council_deputy"  # đại biểu HĐND
    FRONT = "front"  # Mặt trận Tổ quốc
    PRESS = "press"  # cơ quan báo chí
    AGENCY = "agency"  # cơ quan, tổ chức khác
    LEADER = "leader"  # lãnh đạo Đảng, Nhà nước


class Complexity(StrEnum):
    NORMAL = "normal"
    COMPLEX = "complex"  # phức tạp
    ESPECIALLY_COMPLEX = "especially_complex"  # đặc biệt phức tạp (TC: NĐ 31/2019 art. 3)


class State(StrEnum):
    RECEIVED = "received"  # đã tiếp nhận, vào sổ
    CLASSIFIED = "classified"  # đã phân loại
    PROPOSED = "proposed"  # đã đề xuất thụ lý
    ACCEPTED = "accepted"  # đã thụ lý
    VERIFYING = "verifying"  # đang xác minh
    DIALOGUE = "dialogue"  # đã đối thoại (khiếu nại)
    DECIDED = "decided"  # đã có quyết định giải quyết / kết luận
    EFFECTIVE = "effective"  # quyết định có hiệu lực pháp luật
    ENFORCING = "enforcing"  # đang tổ chức thi hành
    SUSPENDED = "suspended"  # tạm đình chỉ
    TRANSFERRED = "transferred"  # đã chuyển đơn, chờ phúc đáp
    URGED = "urged"  # đã đôn đốc cấp dưới, chờ báo cáo
    GUIDED = "guided"  # đã hướng dẫn
    RETURNED = "returned"  # đã trả lại nơi chuyển đến
    REJECTED = "rejected"  # không thụ lý
    FILED = "filed"  # lưu đơn
    WITHDRAWN = "withdrawn"  # người gửi rút đơn
    TERMINATED = "terminated"  # đình chỉ giải quyết
    CLOSED = "closed"  # kết thúc


FINAL: frozenset[State] = frozenset({
    State.GUIDED, State.RETURNED, State.REJECTED, State.FILED, State.WITHDRAWN,
    State.TERMINATED, State.CLOSED,
})
CASE_STATES: frozenset[State] = frozenset({
    State.ACCEPTED, State.VERIFYING, State.DIALOGUE, State.DECIDED, State.EFFECTIVE,
    State.ENFORCING, State.SUSPENDED,
})


class Step(StrEnum):
    CLASSIFY = "classify"  # phân loại
    PROPOSE = "propose"  # đề xuất thụ lý
    ACCEPT = "accept"  # thụ lý
    REJECT = "reject"  # không thụ lý (thông báo lý do)
    GUIDE = "guide"  # hướng dẫn
    TRANSFER = "transfer"  # chuyển đơn
    RETURN = "return"  # trả lại đơn cho nơi chuyển đến
    URGE = "urge"  # đôn đốc cấp dưới
    FILE = "file"  # lưu đơn
    REPLY = "reply"  # nhận văn bản phúc đáp / báo cáo
    NOTIFY = "notify"  # thông báo thụ lý cho người tố cáo / người bị tố cáo
    VERIFY = "verify"  # xác minh
    DIALOGUE = "dialogue"  # đối thoại
    EXTEND = "extend"  # gia hạn
    DECIDE = "decide"  # ban hành quyết định giải quyết / kết luận
    EFFECTIVE = "effective"  # quyết định có hiệu lực pháp luật
    ENFORCE = "enforce"  # tổ chức thi hành
    REPORT = "report"  # báo cáo kết quả cho cơ quan chuyển đơn
    SUSPEND = "suspend"  # tạm đình chỉ
    RESUME = "resume"  # tiếp tục giải quyết
    WITHDRAW = "withdraw"  # rút đơn
    CLOSE = "close"  # kết thúc hồ sơ
    NOTE = "note"  # ghi chú (không đổi trạng thái)


STEP_LABELS: dict[Step, Label] = labels({
    Step.CLASSIFY: "Phân loại đơn", Step.PROPOSE: "Đề xuất thụ lý", Step.ACCEPT: "Thụ lý",
    Step.REJECT: "Không thụ lý", Step.GUIDE: "Hướng dẫn", Step.TRANSFER: "Chuyển đơn",
    Step.RETURN: "Trả lại đơn", Step.URGE: "Đôn đốc cấp dưới", Step.FILE: "Lưu đơn",
    Step.REPLY: "Nhận văn bản phúc đáp", Step.NOTIFY: "Thông báo thụ lý",
    Step.VERIFY: "Xác minh", Step.DIALOGUE: "Đối thoại", Step.EXTEND: "Gia hạn",
    Step.DECIDE: "Quyết định giải quyết / kết luận", Step.EFFECTIVE: "Có hiệu lực pháp luật",
    Step.ENFORCE: "Tổ chức thi hành", Step.REPORT: "Báo cáo nơi chuyển đơn",
    Step.SUSPEND: "Tạm đình chỉ", Step.RESUME: "Tiếp tục giải quyết", Step.WITHDRAW: "Rút đơn",
    Step.CLOSE: "Kết thúc", Step.NOTE: "Ghi chú",
})

# Each step as the words after «không thể …» (STEP_LABELS in lower case, its own label so the
# GUI can translate it as a verb phrase).
STEP_ACTIONS: dict[Step, Label] = labels({
    Step.CLASSIFY: "phân loại đơn", Step.PROPOSE: "đề xuất thụ lý", Step.ACCEPT: "thụ lý",
    Step.REJECT: "không thụ lý", Step.GUIDE: "hướng dẫn", Step.TRANSFER: "chuyển đơn",
    Step.RETURN: "trả lại đơn", Step.URGE: "đôn đốc cấp dưới", Step.FILE: "lưu đơn",
    Step.REPLY: "nhận văn bản phúc đáp", Step.NOTIFY: "thông báo thụ lý",
    Step.VERIFY: "xác minh", Step.DIALOGUE: "đối thoại", Step.EXTEND: "gia hạn",
    Step.DECIDE: "quyết định giải quyết / kết luận", Step.EFFECTIVE: "có hiệu lực pháp luật",
    Step.ENFORCE: "tổ chức thi hành", Step.REPORT: "báo cáo nơi chuyển đơn",
    Step.SUSPEND: "tạm đình chỉ", Step.RESUME: "tiếp tục giải quyết", Step.WITHDRAW: "rút đơn",
    Step.CLOSE: "kết thúc", Step.NOTE: "ghi chú",
})

STATE_LABELS: dict[State, Label] = labels({
    State.RECEIVED: "Mới tiếp nhận", State.CLASSIFIED: "Đã phân loại",
    State.PROPOSED: "Đã đề xuất thụ lý", State.ACCEPTED: "Đã thụ lý",
    State.VERIFYING: "Đang xác minh", State.DIALOGUE: "Đã đối thoại",
    State.DECIDED: "Đã có quyết định/kết luận", State.EFFECTIVE: "Quyết định có hiệu lực",
    State.ENFORCING: "Đang thi hành", State.SUSPENDED: "Tạm đình chỉ",
    State.TRANSFERRED: "Đã chuyển, chờ phúc đáp", State.URGED: "Đã đôn đốc, chờ báo cáo",
    State.GUIDED: "Đã hướng dẫn", State.RETURNED: "Đã trả lại", State.REJECTED: "Không thụ lý",
    State.FILED: "Lưu đơn", State.WITHDRAWN: "Đã rút đơn", State.TERMINATED: "Đình chỉ",
    State.CLOSED: "Kết thúc",
})

CONTENT_LABELS: dict[ContentType, Label] = labels({
    ContentType.KN: "Khiếu nại", ContentType.TC: "Tố cáo",
    ContentType.KNPA: "Kiến nghị, phản ánh", ContentType.MULTI: "Nhiều nội dung",
})

# Steps that record a document, and so need its number (số văn bản).
NEEDS_DOCUMENT: frozenset[Step] = frozenset({Step.ACCEPT, Step.EXTEND, Step.DECIDE, Step.TRANSFER})
MAX_EXTENSIONS = 2  # TC: Luật Tố cáo art. 30; the second only for especially complex cases
MANY_SIGNERS = 5  # "nhiều người" = 5 or more signatures (TT 07/2014 art. 6.4)


@dataclass(frozen=True, slots=True)
class Facts:
    """What the procedure depends on, rebuilt from the petition's events."""

    state: State = State.RECEIVED
    content_type: ContentType | None = None
    processable: bool | None = None
    competent: bool | None = None
    channel: Channel = Channel.DESK
    complexity: Complexity = Complexity.NORMAL
    extensions: int = 0
    notified: bool = False
    reported: bool = False
    suspended_from: State | None = None
    # The same matter (vụ việc) was already guided / transferred once (LAW.md §5.2).
    matter_guided: bool = False
    matter_transferred: bool = False


@dataclass(frozen=True, slots=True)
class StepData:
    """The parts of a step the rules look at (the rest is stored with the event as is)."""

    step: Step
    doc_number: str = ""
    content_type: ContentType | None = None
    processable: bool | None = None
    competent: bool | None = None
    complexity: Complexity | None = None
    reasons: tuple[str, ...] = field(default_factory=tuple)
    recipient: str = ""  # the body a petition is transferred or returned to, or guided towards


def _is_open(f: Facts) -> bool:
    return f.state not in FINAL


def refusals(f: Facts, d: StepData) -> list[str]:
    """Why `d` may not be taken now, in Vietnamese; empty when it may."""
    s, ct = f.state, f.content_type
    out: list[str] = []
    if d.step is not Step.NOTE and not _is_open(f):
        return [Text("Đơn đã ở trạng thái cuối «{state}»: không thể {step}.", state=STATE_LABELS[s], step=STEP_ACTIONS[d.step])]
    if d.step in NEEDS_DOCUMENT and not d.doc_number.strip():
        out.append(Text("{step}: cần ghi số văn bản.", step=STEP_LABELS[d.step]))

    def need(*states: State) -> None:
        if s not in states:
            out.append(Text("Không thể {step} khi đơn đang «{state}».", step=STEP_ACTIONS[d.step], state=STATE_LABELS[s]))

    match d.step:
        case Step.NOTE:
            pass
        case Step.CLASSIFY:
            need(State.RECEIVED, State.CLASSIFIED)
            if d.content_type is None:
                out.append(Text("Phân loại: cần chọn loại nội dung (khiếu nại, tố cáo, kiến nghị phản ánh…)."))
            if d.processable is None:
                out.append(Text("Phân loại: cần chọn đơn đủ hay không đủ điều kiện xử lý."))
            if d.processable is False and not d.reasons:
                out.append(Text("Phân loại: đơn không đủ điều kiện xử lý phải ghi lý do."))
            if d.processable and d.competent is None:
                out.append(Text("Phân loại: cần chọn đơn thuộc hay không thuộc thẩm quyền."))
        case Step.PROPOSE:
            need(State.CLASSIFIED)
            if not (f.processable and f.competent):
                out.append(Text("Chỉ đề xuất thụ lý đơn đủ điều kiện xử lý và thuộc thẩm quyền."))
            if ct is ContentType.MULTI:
                out.append(Text("Đơn có nhiều nội dung: hướng dẫn người gửi tách đơn, không đề xuất thụ lý."))
        case Step.ACCEPT | Step.REJECT:
            need(State.PROPOSED)
        case Step.GUIDE:
            need(State.CLASSIFIED)
            if ct is ContentType.TC and f.processable and f.channel is not Channel.DESK:
                out.append(Text("Đơn tố cáo gửi đến không thuộc thẩm quyền phải được chuyển đơn; chỉ hướng dẫn người tố cáo trực tiếp (Luật Tố cáo, Điều 24)."))
            if ct is ContentType.KN and f.matter_guided:
                out.append(Text("Khiếu nại này đã được hướng dẫn một lần; không hướng dẫn lại (lưu đơn)."))
            if f.processable and f.competent and ct is not ContentType.MULTI:
                out.append(Text("Đơn thuộc thẩm quyền: đề xuất thụ lý thay vì hướng dẫn."))
        case Step.TRANSFER:
            need(State.CLASSIFIED)
            if ct not in (ContentType.TC, ContentType.KNPA):
                out.append(Text("Chỉ chuyển đơn tố cáo hoặc kiến nghị, phản ánh; khiếu nại thì hướng dẫn."))
            if f.competent or not f.processable:
                out.append(Text("Chỉ chuyển đơn đủ điều kiện xử lý mà không thuộc thẩm quyền."))
            if ct is ContentType.TC and f.matter_transferred:
                out.append(Text("Nội dung tố cáo này đã được chuyển một lần; không chuyển lại."))
            if not d.recipient.strip():
                out.append(Text("Chuyển đơn: cần ghi cơ quan nhận."))
        case Step.RETURN:
            need(State.CLASSIFIED)
            if f.channel is not Channel.FORWARDED:
                out.append(Text("Chỉ trả lại đơn do cơ quan, tổ chức, cá nhân khác chuyển đến."))
        case Step.URGE:
            need(State.CLASSIFIED)
            if f.competent:
                out.append(Text("Đôn đốc dùng cho đơn thuộc thẩm quyền cấp dưới đã quá hạn."))
        case Step.FILE:
            need(State.RECEIVED, State.CLASSIFIED)
            if s is State.CLASSIFIED and f.processable and not f.matter_guided:
                out.append(Text("Đơn đủ điều kiện xử lý: đề xuất thụ lý, hướng dẫn hoặc chuyển đơn; chỉ lưu đơn không đủ điều kiện hoặc đơn trùng."))
        case Step.REPLY:
            need(State.TRANSFERRED, State.URGED)
        case Step.NOTIFY:
            need(State.ACCEPTED, State.VERIFYING, State.DIALOGUE)
            if ct is not ContentType.TC:
                out.append(Text("Thông báo thụ lý riêng là bước của giải quyết tố cáo (Luật Tố cáo, Điều 29); khiếu nại được thông báo cùng việc thụ lý."))
            if f.notified:
                out.append(Text("Đã ghi thông báo thụ lý."))
        case Step.VERIFY:
            need(State.ACCEPTED)
        case Step.DIALOGUE:
            need(State.ACCEPTED, State.VERIFYING)
            if ct is not ContentType.KN:
                out.append(Text("Đối thoại là bước của giải quyết khiếu nại."))
        case Step.EXTEND:
            need(State.ACCEPTED, State.VERIFYING, State.DIALOGUE)
            if ct is not ContentType.TC:
                out.append(Text("Chỉ gia hạn giải quyết tố cáo; khiếu nại phức tạp dùng thời hạn 45 ngày khi thụ lý."))
            elif f.extensions >= MAX_EXTENSIONS:
                out.append(Text("Đã gia hạn 2 lần: không được gia hạn thêm (Luật Tố cáo, Điều 30)."))
            elif f.extensions == 1 and (d.complexity or f.complexity) is not Complexity.ESPECIALLY_COMPLEX:
                out.append(Text("Gia hạn lần hai chỉ cho vụ việc đặc biệt phức tạp (Luật Tố cáo, Điều 30)."))
        case Step.DECIDE:
            need(State.ACCEPTED, State.VERIFYING, State.DIALOGUE)
        case Step.EFFECTIVE:
            need(State.DECIDED)
            if ct is not ContentType.KN:
                out.append(Text("Chỉ quyết định giải quyết khiếu nại mới ghi «có hiệu lực pháp luật»."))
        case Step.ENFORCE:
            need(State.DECIDED, State.EFFECTIVE)
        case Step.REPORT:
            if f.channel is not Channel.FORWARDED:
                out.append(Text("Chỉ báo cáo kết quả cho nơi đã chuyển đơn đến."))
        case Step.SUSPEND:
            need(State.ACCEPTED, State.VERIFYING, State.DIALOGUE)
        case Step.RESUME:
            need(State.SUSPENDED)
        case Step.WITHDRAW:
            if s is State.DECIDED and ct is ContentType.TC:
                out.append(Text("Chỉ rút tố cáo trước khi có kết luận (Luật Tố cáo, Điều 33)."))
            if s in (State.EFFECTIVE, State.ENFORCING):
                out.append(Text("Quyết định đã có hiệu lực: không thể rút đơn."))
        case Step.CLOSE:
            need(State.DECIDED, State.EFFECTIVE, State.ENFORCING, State.TRANSFERRED, State.URGED)
    return out


def advance(f: Facts, d: StepData) -> Facts:
    """The facts after step `d` (call refusals first: this does not check)."""
    match d.step:
        case Step.CLASSIFY:
            return replace(f, state=State.CLASSIFIED, content_type=d.content_type,
                           processable=d.processable,
                           competent=d.competent if d.processable else None,
                           complexity=d.complexity or f.complexity)
        case Step.PROPOSE:
            return replace(f, state=State.PROPOSED)
        case Step.ACCEPT:
            return replace(f, state=State.ACCEPTED, complexity=d.complexity or f.complexity)
        case Step.REJECT:
            return replace(f, state=State.REJECTED)
        case Step.GUIDE:
            return replace(f, state=State.GUIDED, matter_guided=True)
        case Step.TRANSFER:
            return replace(f, state=State.TRANSFERRED, matter_transferred=True)
        case Step.RETURN:
            return replace(f, state=State.RETURNED)
        case Step.URGE:
            return replace(f, state=State.URGED)
        case Step.FILE:
            return replace(f, state=State.FILED)
        case Step.REPLY | Step.CLOSE:
            return replace(f, state=State.CLOSED)
        case Step.NOTIFY:
            return replace(f, notified=True)
        case Step.VERIFY:
            return replace(f, state=State.VERIFYING)
        case Step.DIALOGUE:
            return replace(f, state=State.DIALOGUE)
        case Step.EXTEND:
            return replace(f, extensions=f.extensions + 1, complexity=d.complexity or (
                f.complexity if f.complexity is not Complexity.NORMAL else Complexity.COMPLEX))
        case Step.DECIDE:
            return replace(f, state=State.DECIDED)
        case Step.EFFECTIVE:
            return replace(f, state=State.EFFECTIVE)
        case Step.ENFORCE:
            return replace(f, state=State.ENFORCING)
        case Step.REPORT:
            return replace(f, reported=True)
        case Step.SUSPEND:
            return replace(f, state=State.SUSPENDED, suspended_from=f.state)
        case Step.RESUME:
            return replace(f, state=f.suspended_from or State.ACCEPTED, suspended_from=None)
        case Step.WITHDRAW:
            # Before acceptance the petition is simply withdrawn; a case being resolved is
            # suspended by a decision (đình chỉ, Luật Khiếu nại art. 10).
            return replace(f, state=State.TERMINATED if f.state in CASE_STATES else State.WITHDRAWN)
        case Step.NOTE:
            return f


def allowed_steps(f: Facts) -> list[Step]:
    """Steps that could be taken now, given complete data (the UI offers these)."""
    probe = {
        Step.CLASSIFY: StepData(Step.CLASSIFY, content_type=f.content_type or ContentType.KNPA,
                                processable=True, competent=True),
        Step.EXTEND: StepData(Step.EXTEND, doc_number="x", complexity=Complexity.ESPECIALLY_COMPLEX),
    }
    return [s for s in Step
            if not refusals(f, probe.get(s, StepData(s, doc_number="x", recipient="x")))]
