"""Petitions (đơn): register, take procedure steps, read them back with their deadlines.

Every step is an immutable PetitionEvent; the petition's procedure columns are recomputed by
replaying the events through app.law.petition, and its deadlines by app.law.petition_deadlines
under the office calendar, so what the lists show never drifts from the history.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, selectinload

from app.actor import Actor
from app.clock import VN_TZ
from app.errors import FieldProblem, InputError, ValidationFailed
from app.law.petition import (
    CONTENT_LABELS,
    FINAL,
    STATE_LABELS,
    STEP_LABELS,
    Channel,
    Complexity,
    ContentType,
    Facts,
    Forwarder,
    State,
    Step,
    StepData,
    advance,
    allowed_steps,
    refusals,
)
from app.law.petition_deadlines import EventFact, Obligation, obligations
from app.law.visit import PersonRole
from app.models import Citizen, FieldOfLaw, Officer, Petition, PetitionEvent, PetitionSender, Visit
from app.services.calendar import office_calendar
from app.services.citizens import CitizenConflict, find_or_create
from app.services.common import (
    ANONYMOUS,
    Viewer,
    enum_problem,
    local_office,
    next_search_key,
    pseudonym,
)
from app.services.visits import PersonInput, validate_person
from app.storage.store import Store
from app.text import Label, Text, labels
from app.vn.cccd import normalise_number
from app.vn.text import clean, fold

EARLIEST = date(2000, 1, 1)
DUE_SOON_WORKING_DAYS = 3  # the lists colour what falls due within this many working days
DOCUMENT_KINDS = labels({"original": "Bản gốc", "copy": "Bản sao", "certified_copy": "Bản sao chứng thực"})


# ----------------------------------------------------------------------------- inputs


@dataclass(slots=True)
class DocumentInput:
    name: str
    kind: str = "copy"  # original | copy | certified_copy
    pages: int | None = None


@dataclass(slots=True)
class PetitionInput:
    received_date: date
    content: str
    content_type: str  # KN | TC | KNPA | MULTI, as first read; classification may change it
    senders: list[PersonInput] = field(default_factory=list)
    channel: str = Channel.DESK
    forwarder_kind: str | None = None
    forwarder_name: str = ""
    forwarder_ref: str = ""
    forwarder_ref_date: date | None = None
    petition_date: date | None = None
    field_code: str | None = None
    respondent: str = ""
    complained_decision: str = ""
    learned_date: date | None = None
    instance: int = 1
    anonymous: bool = False
    signed: bool = True
    signer_count: int | None = None  # defaults to the senders listed
    language: str = "vi"
    documents: list[DocumentInput] = field(default_factory=list)
    visit_id: uuid.UUID | None = None
    officer_id: uuid.UUID | None = None
    duplicate_of_id: uuid.UUID | None = None  # đơn trùng: the same petition again
    same_matter_as_id: uuid.UUID | None = None  # a new round of an earlier matter (vụ việc)
    notes: str = ""


@dataclass(slots=True)
class StepInput:
    step: str
    on_date: date
    officer_id: uuid.UUID | None = None
    doc_number: str = ""
    doc_date: date | None = None
    note: str = ""
    content_type: str | None = None
    processable: bool | None = None
    competent: bool | None = None
    reasons: list[str] = field(default_factory=list)
    complexity: str | None = None
    recipient: str = ""
    extended_checks: bool = False
    result: str = ""  # KN: right | wrong | partly; TC: conclusion in words
    quantities: dict[str, float] = field(default_factory=dict)  # money, land_m2, people…


QUANTITY_LABELS = labels({
    "money_recovered": "Tiền kiến nghị thu hồi (đồng)",
    "money_returned": "Tiền trả lại cho công dân (đồng)",
    "land_recovered_m2": "Đất kiến nghị thu hồi (m²)",
    "land_returned_m2": "Đất trả lại cho công dân (m²)",
    "people_benefited": "Số người được bảo vệ quyền lợi",
    "people_disciplined": "Số người kiến nghị xử lý kỷ luật",
    "cases_to_investigation": "Số vụ chuyển cơ quan điều tra",
})
RESULTS = labels({"right": "Khiếu nại đúng", "wrong": "Khiếu nại sai", "partly": "Đúng một phần"})


# ----------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class SenderRecord:
    citizen_id: uuid.UUID | None  # None when hidden from this viewer
    full_name: str
    cccd: str | None
    address: str
    phone: str | None
    role: str
    is_representative: bool


@dataclass(frozen=True, slots=True)
class EventRecord:
    seq: int
    step: str
    label: str
    on_date: date
    recorded_at: datetime
    officer_name: str | None
    doc_number: str
    doc_date: date | None
    note: str
    data: dict[str, Any]
    state_after: str


@dataclass(frozen=True, slots=True)
class DeadlineRecord:
    rule_id: str
    title: str
    start: date
    due: date
    done_on: date | None
    status: str  # done | overdue | due_soon | open | milestone
    basis: str
    explanation: str


@dataclass(frozen=True, slots=True)
class PetitionRecord:
    id: uuid.UUID
    number: str
    received_date: date
    channel: str
    forwarder_kind: str | None
    forwarder_name: str
    forwarder_ref: str
    forwarder_ref_date: date | None
    petition_date: date | None
    content: str
    content_type: str
    content_label: str
    field_code: str | None
    respondent: str
    complained_decision: str
    learned_date: date | None
    instance: int
    anonymous: bool
    signed: bool
    signer_count: int
    documents: tuple[dict[str, Any], ...]
    visit_id: uuid.UUID | None
    officer_id: uuid.UUID | None
    officer_name: str | None
    senders: tuple[SenderRecord, ...]
    identity_hidden: bool
    duplicate_of: str | None  # the number of the petition this one repeats
    matter_id: uuid.UUID
    round: int
    watch: bool
    watch_note: str
    state: str
    state_label: str
    processable: bool | None
    competent: bool | None
    complexity: str
    extensions: int
    events: tuple[EventRecord, ...]
    deadlines: tuple[DeadlineRecord, ...]
    next_due: date | None
    allowed_steps: tuple[str, ...]
    warnings: tuple[str, ...]


# ----------------------------------------------------------------------------- validation


def validate(s: Session, p: PetitionInput, today: date) -> list[FieldProblem]:
    out: list[FieldProblem] = []
    out += enum_problem("content_type", p.content_type, ContentType, Label("Loại đơn"))
    out += enum_problem("channel", p.channel, Channel, Label("Nguồn đơn"))
    if not clean(p.content):
        out.append(FieldProblem("content", Text("Cần tóm tắt nội dung đơn.")))
    if not EARLIEST <= p.received_date <= today:
        out.append(FieldProblem("received_date", Text("Ngày nhận đơn phải từ năm 2000 đến hôm nay.")))
    for name, d in (("petition_date", p.petition_date), ("learned_date", p.learned_date),
                    ("forwarder_ref_date", p.forwarder_ref_date)):
        if d is not None and not EARLIEST <= d <= p.received_date:
            out.append(FieldProblem(name, Text("Ngày này phải trước hoặc bằng ngày nhận đơn.")))
    if p.channel == Channel.FORWARDED:
        if not clean(p.forwarder_name):
            out.append(FieldProblem("forwarder_name", Text("Đơn do nơi khác chuyển đến: cần ghi tên cơ quan, tổ chức, cá nhân chuyển đơn.")))
        if p.forwarder_kind is not None:
            out += enum_problem("forwarder_kind", p.forwarder_kind, Forwarder, Label("Nơi chuyển đơn"))
    elif p.forwarder_kind or clean(p.forwarder_name) or clean(p.forwarder_ref):
        out.append(FieldProblem("channel", Text("Chỉ ghi nơi chuyển đơn khi nguồn đơn là «do nơi khác chuyển đến» (forwarded).")))
    if p.anonymous:
        if p.senders:
            out.append(FieldProblem("senders", Text("Đơn nặc danh không ghi người gửi.")))
    elif not p.senders:
        out.append(FieldProblem("senders", Text("Cần ít nhất một người gửi đơn (hoặc đánh dấu nặc danh).")))
    for i, person in enumerate(p.senders):
        for problem in validate_person(i, person, p.content_type, today):
            out.append(FieldProblem(problem.field.replace("persons.", "senders.", 1),
                                    problem.message))
    cccds = [x.cccd for x in p.senders if x.cccd]
    if len(cccds) != len(set(cccds)):
        out.append(FieldProblem("senders", Text("Một số CCCD được nhập hai lần trong cùng đơn.")))
    if p.signer_count is not None and not (max(len(p.senders), 1) <= p.signer_count <= 100_000):
        out.append(FieldProblem("signer_count", Text("Số người ký đơn không được ít hơn số người gửi đã ghi.")))
    if p.instance not in (1, 2):
        out.append(FieldProblem("instance", Text("Lần khiếu nại là 1 hoặc 2.")))
    for i, doc in enumerate(p.documents):
        if not clean(doc.name):
            out.append(FieldProblem(f"documents.{i}.name", Text("Tài liệu thứ {n}: cần ghi tên.", n=i + 1)))
        if doc.kind not in DOCUMENT_KINDS:
            out.append(FieldProblem(f"documents.{i}.kind", Text(
                "Tài liệu thứ {n}: loại là original (bản gốc), copy (bản sao) hoặc certified_copy.",
                n=i + 1)))
        if doc.pages is not None and not 0 < doc.pages < 10_000:
            out.append(FieldProblem(f"documents.{i}.pages", Text("Tài liệu thứ {n}: số trang không hợp lý.", n=i + 1)))
    if p.officer_id is not None:
        officer = s.get(Officer, p.officer_id)
        if officer is None or not officer.active:
            out.append(FieldProblem("officer_id", Text("Cán bộ xử lý không có trong danh sách cán bộ.")))
    if p.field_code:
        fld = s.get(FieldOfLaw, p.field_code)
        if fld is None or not fld.active:
            out.append(FieldProblem("field_code", Text("Lĩnh vực '{field_code}' không có trong danh mục.", field_code=p.field_code)))
    if p.visit_id is not None:
        visit = s.get(Visit, p.visit_id)
        if visit is None or visit.deleted_at is not None:
            out.append(FieldProblem("visit_id", Text("Không tìm thấy lượt tiếp đã chọn.")))
    for name, other in (("duplicate_of_id", p.duplicate_of_id),
                        ("same_matter_as_id", p.same_matter_as_id)):
        if other is not None and s.get(Petition, other) is None:
            out.append(FieldProblem(name, Text("Không tìm thấy đơn được liên kết.")))
    return out


# ----------------------------------------------------------------------------- replay


def _step_data(e: PetitionEvent) -> StepData:
    d = e.data or {}
    ct = d.get("content_type")
    cx = d.get("complexity")
    return StepData(Step(e.step), doc_number=e.doc_number,
                    content_type=ContentType(str(ct)) if ct else None,
                    processable=d.get("processable"), competent=d.get("competent"),  # type: ignore[arg-type]
                    complexity=Complexity(str(cx)) if cx else None,
                    reasons=tuple(d.get("reasons") or ()),  # type: ignore[arg-type]
                    recipient=str(d.get("recipient") or ""))


def _matter_flags(s: Session, p: Petition) -> tuple[bool, bool]:
    """Was the same matter already guided / transferred (by another petition of it)?"""
    if p.matter_id is None:
        return False, False
    rows = s.execute(
        select(PetitionEvent.step).join(Petition, Petition.id == PetitionEvent.petition_id)
        .where(Petition.matter_id == p.matter_id, Petition.id != p.id,
               PetitionEvent.step.in_([Step.GUIDE.value, Step.TRANSFER.value]))
    ).scalars().all()
    return Step.GUIDE.value in rows, Step.TRANSFER.value in rows


def _facts(s: Session, p: Petition, events: list[PetitionEvent]) -> Facts:
    guided, transferred = _matter_flags(s, p)
    f = Facts(content_type=ContentType(p.content_type), channel=Channel(p.channel),
              matter_guided=guided, matter_transferred=transferred)
    for e in events:
        f = advance(f, _step_data(e))
    return f


def event_facts(events: Sequence[Any]) -> list[EventFact]:
    """Events (PetitionEvent rows, or any rows with step, on_date and data) as the law sees them."""
    out = []
    for e in events:
        d = e.data or {}
        out.append(EventFact(
            Step(e.step), e.on_date,
            complexity=Complexity(str(d["complexity"])) if d.get("complexity") else None,
            extended_checks=bool(d.get("extended_checks")),
            competent=d.get("competent"),
            content_type=ContentType(str(d["content_type"])) if d.get("content_type") else None))
    return out


def obligations_of(p: Any, events: Sequence[Any]) -> list[Obligation]:
    """The legal obligations of a petition (a Petition, or any row with its received_date,
    content_type, channel, forwarder_kind, anonymous and instance) given its events."""
    return obligations(
        received=p.received_date, content_type=ContentType(p.content_type),
        channel=Channel(p.channel),
        forwarder=Forwarder(p.forwarder_kind) if p.forwarder_kind else None,
        anonymous=p.anonymous, instance=p.instance, events=event_facts(events))


def _deadlines(store_calendar: Any, obs: list[Obligation], today: date) -> list[DeadlineRecord]:
    from app.law import deadlines as law_deadlines

    soon = store_calendar.add_working_days(today, DUE_SOON_WORKING_DAYS)
    out = []
    for ob in obs:
        d = law_deadlines.compute(ob.rule_id, ob.start, store_calendar, complex=ob.complex,
                                  extensions=ob.extensions,
                                  especially_complex=ob.especially_complex)
        if ob.milestone:
            status = "milestone"
        elif ob.done_on is not None:
            status = "done"
        elif d.due < today:
            status = "overdue"
        elif d.due <= soon:
            status = "due_soon"
        else:
            status = "open"
        out.append(DeadlineRecord(ob.rule_id, ob.title, ob.start, d.due, ob.done_on, status,
                                  d.rule.basis, law_deadlines.explain(d)))
    return out


def _next_due(deadlines: list[DeadlineRecord]) -> date | None:
    open_dues = [d.due for d in deadlines if d.status in ("open", "due_soon", "overdue")]
    return min(open_dues) if open_dues else None


# The obligations whose deadline is the resolution's (giải quyết): "on time" on the
# statistics page and in the result tables is measured against it.
RESOLUTION_RULES = ("complaint-first", "complaint-second", "denunciation-resolution")


def resolution_due(cal: Any, obs: Sequence[Obligation]) -> date | None:
    """The statutory resolution deadline (the last resolution obligation), if any."""
    from app.law import deadlines as law_deadlines

    due = None
    for ob in obs:
        if ob.rule_id in RESOLUTION_RULES:
            due = law_deadlines.compute(ob.rule_id, ob.start, cal, complex=ob.complex,
                                        extensions=ob.extensions,
                                        especially_complex=ob.especially_complex).due
    return due


def case_dates(events: Sequence[Any]) -> tuple[date | None, date | None]:
    """(accepted_on, resolved_on): the first acceptance (thụ lý), and the first decision or
    withdrawal of an accepted petition, never before its acceptance (steps are dated in order;
    an imported history might not be)."""
    accepted = next((e.on_date for e in events if e.step == Step.ACCEPT.value), None)
    if accepted is None:
        return None, None
    done = min((e.on_date for e in events if e.step in (Step.DECIDE.value, Step.WITHDRAW.value)),
               default=None)
    return accepted, (max(done, accepted) if done is not None else None)


def _refresh(s: Session, p: Petition, cal: Any, today: date) -> tuple[Facts, list[DeadlineRecord]]:
    """Recompute the cached procedure columns from the events."""
    events = list(p.events)
    f = _facts(s, p, events)
    obs = obligations_of(p, events)
    dls = _deadlines(cal, obs, today)
    p.state = f.state.value
    p.processable, p.competent = f.processable, f.competent
    p.complexity, p.extensions = f.complexity.value, f.extensions
    if f.content_type is not None and f.content_type.value != p.content_type:
        p.content_type = f.content_type.value
    p.next_due = _next_due(dls)
    p.closed_on = events[-1].on_date if f.state in FINAL and events else None
    # For the statistics page's counters (app/storage/daycounts.py): cases and their timeliness.
    p.accepted_on, p.resolved_on = case_dates(events)
    p.resolution_due = resolution_due(cal, obs) if p.accepted_on else None
    return f, dls


def petition_search_text(p: Petition, senders: list[tuple[Citizen, PetitionSender]]) -> str:
    parts = [fold(p.content), fold(p.respondent), fold(p.forwarder_name), p.forwarder_ref,
             p.number.replace("/", " ")]
    if not p.confidential:
        for c, ps in senders:
            parts += [fold(c.full_name), fold(ps.address), c.cccd or "", c.phone or ""]
    return " ".join(filter(None, parts))


# ----------------------------------------------------------------------------- writing


def _today() -> date:
    return datetime.now(VN_TZ).date()


def register(store: Store, data: PetitionInput, *, today: date | None = None,
             viewer: Viewer | None = None, actor: Actor | None = None) -> PetitionRecord:
    """Register a petition (vào sổ) in one transaction with its audit entry; its number is
    taken inside it. `actor` defaults to the viewer's officer, else the handling officer."""
    today = today or _today()
    cal = office_calendar(store)
    who = actor or Actor.officer((viewer.officer_id if viewer else None) or data.officer_id)
    with store.write(who) as uow:
        record = register_in(uow, data, cal, today, viewer)
        uow.commit()
        return record


def register_in(uow: Any, data: PetitionInput, cal: Any, today: date,
                viewer: Viewer | None = None) -> PetitionRecord:
    """`register` inside the caller's write unit of work (a bulletin from the upstream applies
    a transferred petition in the bulletin's one transaction); the caller commits."""
    for person in data.senders:
        if person.cccd:
            person.cccd = normalise_number(person.cccd)
        person.gender = person.gender or None
    data.field_code = data.field_code or None
    s = uow.session
    problems = validate(s, data, today)
    if problems:
        raise ValidationFailed(problems)
    office = local_office(s)
    year = data.received_date.year
    seq = (s.execute(select(func.max(Petition.seq)).where(
        Petition.office_id == office.id, Petition.year == year)).scalar() or 0) + 1
    confidential = data.content_type == ContentType.TC
    p = Petition(
        id=uuid.uuid4(), office_id=office.id, year=year, seq=seq,
        search_key=next_search_key(s, Petition), received_date=data.received_date,
        channel=data.channel, forwarder_kind=data.forwarder_kind,
        forwarder_name=clean(data.forwarder_name), forwarder_ref=clean(data.forwarder_ref),
        forwarder_ref_date=data.forwarder_ref_date, petition_date=data.petition_date,
        content=clean(data.content), content_type=data.content_type,
        field_code=data.field_code, respondent=clean(data.respondent),
        complained_decision=clean(data.complained_decision),
        learned_date=data.learned_date, instance=data.instance, anonymous=data.anonymous,
        signed=data.signed,
        signer_count=data.signer_count or max(len(data.senders), 1),
        language=data.language,
        documents=[{"name": clean(d.name), "kind": d.kind, "pages": d.pages}
                   for d in data.documents],
        visit_id=data.visit_id, officer_id=data.officer_id, confidential=confidential,
        notes=clean(data.notes), state=State.RECEIVED.value,
    )
    _link(s, p, data.duplicate_of_id, data.same_matter_as_id)
    linked: list[tuple[Citizen, PetitionSender]] = []
    for pos, person in enumerate(data.senders):
        try:
            citizen, _ = find_or_create(s, office.id, person, person.citizen_id,
                                        update=not confidential)
        except CitizenConflict as exc:
            raise ValidationFailed([FieldProblem(
                f"senders.{pos}.cccd", Text(
                    "{who}: {problem}", who=Text("Người thứ {n}", n=pos + 1), problem=exc.message))]) from None
        s.flush()
        sender = PetitionSender(citizen_id=citizen.id, role=person.role,
                                is_representative=person.is_representative, position=pos,
                                address=clean(person.address) or citizen.address,
                                phone=clean(person.phone or "") or None)
        p.senders.append(sender)
        linked.append((citizen, sender))
    if len({c.id for c, _ in linked}) != len(linked):
        raise ValidationFailed([FieldProblem("senders", Text("Một người được ghi hai lần trong cùng đơn."))])
    p.search_text = petition_search_text(p, linked)
    s.add(p)
    _refresh(s, p, cal, today)
    s.flush()
    uow.audit("petition.create", "petition", p.id, f"Vào sổ đơn số {p.number}",
              after=audit_summary(p))
    return _record(s, p, viewer or Viewer(data.officer_id), cal, today)


def _link(s: Session, p: Petition, duplicate_of: uuid.UUID | None,
          same_matter_as: uuid.UUID | None) -> None:
    """Duplicates and rounds share the matter of the petition they point at."""
    other_id = duplicate_of or same_matter_as
    other = s.get(Petition, other_id) if other_id else None
    if other is None:
        p.matter_id = p.id
        p.round = 1
        return
    p.matter_id = other.matter_id or other.id
    p.duplicate_of_id = other.id if duplicate_of else None
    if duplicate_of:
        p.round = other.round
    else:
        last = s.execute(select(func.max(Petition.round)).where(
            Petition.matter_id == p.matter_id)).scalar() or 1
        p.round = last + 1


def _step_problems(s: Session, data: StepInput, p: Petition, today: date
                   ) -> list[FieldProblem]:
    out = enum_problem("step", data.step, Step, Label("Bước xử lý"))
    if data.content_type is not None:
        out += enum_problem("content_type", data.content_type, ContentType, Label("Loại đơn"))
    if data.complexity is not None:
        out += enum_problem("complexity", data.complexity, Complexity, Label("Mức độ phức tạp"))
    if data.on_date < p.received_date:
        out.append(FieldProblem("on_date", Text("Ngày của bước xử lý không được trước ngày nhận đơn.")))
    if data.on_date > today:
        out.append(FieldProblem("on_date", Text("Ngày của bước xử lý không được ở tương lai.")))
    if data.doc_date is not None and data.doc_date > data.on_date:
        out.append(FieldProblem("doc_date", Text("Ngày văn bản không được sau ngày của bước xử lý.")))
    if p.events and data.on_date < p.events[-1].on_date:
        out.append(FieldProblem("on_date", Text("Ngày của bước xử lý không được trước bước liền trước ({on_date:%d/%m/%Y}).", on_date=p.events[-1].on_date)))
    if data.result and data.result not in RESULTS and data.step == Step.DECIDE \
            and p.content_type == ContentType.KN:
        out.append(FieldProblem("result", Text("Kết quả giải quyết khiếu nại là right (đúng), wrong (sai) hoặc partly (đúng một phần).")))
    for key, value in data.quantities.items():
        if key not in QUANTITY_LABELS:
            out.append(FieldProblem("quantities", Text(
                "Chỉ tiêu '{key}' không được hỗ trợ (chọn: {allowed}).", key=key,
                allowed=", ".join(QUANTITY_LABELS))))
        elif not isinstance(value, int | float) or value < 0:
            out.append(FieldProblem("quantities", Text("{label} phải là số không âm.", label=QUANTITY_LABELS[key])))
    if data.officer_id is not None:
        officer = s.get(Officer, data.officer_id)
        if officer is None:
            out.append(FieldProblem("officer_id", Text("Cán bộ không có trong danh sách cán bộ.")))
    return out


def act(store: Store, petition_id: uuid.UUID, data: StepInput, *, today: date | None = None,
        viewer: Viewer = ANONYMOUS, actor: Actor | None = None) -> PetitionRecord:
    """Take one step of the procedure; an illegal step is refused with the reason."""
    today = today or _today()
    cal = office_calendar(store)
    with store.write(actor or Actor.officer(viewer.officer_id or data.officer_id)) as uow:
        record = act_in(uow, petition_id, data, cal, today, viewer)
        uow.commit()
        return record


def act_in(uow: Any, petition_id: uuid.UUID, data: StepInput, cal: Any, today: date,
           viewer: Viewer = ANONYMOUS) -> PetitionRecord:
    """`act` inside the caller's write unit of work (the upstream records the transfer step of
    a petition in the same transaction as the bulletin that carries it); the caller commits."""
    s = uow.session
    p = _load(s, petition_id)
    before = audit_summary(p)
    problems = _step_problems(s, data, p, today)
    if problems:
        raise ValidationFailed(problems)
    events = list(p.events)
    facts = _facts(s, p, events)
    sd = StepData(Step(data.step), doc_number=clean(data.doc_number),
                  content_type=ContentType(data.content_type) if data.content_type else None,
                  processable=data.processable, competent=data.competent,
                  complexity=Complexity(data.complexity) if data.complexity else None,
                  reasons=tuple(clean(r) for r in data.reasons if clean(r)),
                  recipient=clean(data.recipient))
    refused = refusals(facts, sd)
    if refused:
        raise ValidationFailed([FieldProblem("step", r) for r in refused])
    after = advance(facts, sd)
    payload: dict[str, Any] = {k: v for k, v in {
        "content_type": data.content_type, "processable": data.processable,
        "competent": data.competent, "reasons": list(sd.reasons) or None,
        "complexity": data.complexity, "recipient": sd.recipient or None,
        "extended_checks": data.extended_checks or None, "result": data.result or None,
        "quantities": dict(data.quantities) or None,
    }.items() if v is not None}
    p.events.append(PetitionEvent(
        seq=len(events) + 1, step=sd.step.value, on_date=data.on_date,
        officer_id=data.officer_id, doc_number=sd.doc_number, doc_date=data.doc_date,
        note=clean(data.note), data=payload, state_after=after.state.value))
    if sd.step is Step.CLASSIFY and p.officer_id is None:
        p.officer_id = data.officer_id
    p.version += 1
    s.flush()
    _refresh(s, p, cal, today)
    uow.audit("petition.act", "petition", p.id,
              f"Đơn số {p.number}: {STEP_LABELS[sd.step]}",
              before=before, after={**audit_summary(p), "step": sd.step.value,
                                    "on_date": data.on_date.isoformat(),
                                    "doc_number": sd.doc_number or None})
    return _record(s, p, viewer, cal, today)


def set_watch(store: Store, petition_id: uuid.UUID, watch: bool, note: str | None = None,
              *, actor: Actor | None = None) -> None:
    """Flag a complex or long-running matter (vụ việc phức tạp, kéo dài) for the watch list.

    `note=None` keeps the note already written.
    """
    with store.write(actor) as uow:
        p = _load(uow.session, petition_id)
        before = {"watch": p.watch, "note_length": len(p.watch_note or "")}
        p.watch = watch
        if note is not None:
            p.watch_note = clean(note)
        p.version += 1
        uow.audit("petition.watch", "petition", p.id,
                  f"Đơn số {p.number}: {'theo dõi' if watch else 'bỏ theo dõi'} vụ việc phức tạp",
                  before=before, after={"watch": p.watch, "note_length": len(p.watch_note or "")})
        uow.commit()


def recompute_open(store: Store, *, today: date | None = None, actor: Actor | None = None,
                   since: date | None = None) -> int:
    """Recompute the cached deadlines of every open petition (after a calendar change), and
    with `since` (the first day the calendar changed) those of the cases whose resolution
    deadline falls on or after it, closed or not."""
    today = today or _today()
    cal = office_calendar(store)
    final = [s.value for s in FINAL]
    with store.write(actor) as uow:
        s = uow.session
        which = and_(Petition.state.not_in(final), Petition.deleted_at.is_(None))
        if since is not None:
            which = or_(which, and_(Petition.resolution_due >= since,
                                    Petition.deleted_at.is_(None)))
        rows = s.scalars(select(Petition).where(which)
                         .options(selectinload(Petition.events))).all()
        for p in rows:
            _refresh(s, p, cal, today)
        uow.audit("petition.recompute", "petition", "", "Tính lại thời hạn của các đơn chưa xong",
                  after={"count": len(rows), "today": today.isoformat()})
        uow.commit()
        return len(rows)


def audit_summary(p: Petition) -> dict[str, object]:
    """What the audit log keeps of a petition: codes and counts, never a sender (LAW.md §11)."""
    return {"number": p.number, "content_type": p.content_type, "channel": p.channel,
            "state": p.state, "senders": len(p.senders), "anonymous": p.anonymous,
            "confidential": p.confidential, "version": p.version}


def _audit_identity_view(store: Store, record: PetitionRecord, viewer: Viewer,
                         confidential: bool) -> PetitionRecord:
    """A denouncer's identity shown to an authorised viewer is recorded first (LAW.md §11)."""
    if confidential and not record.identity_hidden and record.senders:
        store.record(Actor.officer(viewer.officer_id), "identity.view", "petition", record.id,
                     f"Xem danh tính người tố cáo của đơn số {record.number}",
                     after={"number": record.number})
    return record


# ----------------------------------------------------------------------------- reading


def _load(s: Session, petition_id: uuid.UUID) -> Petition:
    p = s.get(Petition, petition_id, options=[selectinload(Petition.senders),
                                              selectinload(Petition.events)])
    if p is None or p.deleted_at is not None:
        raise InputError("not_found", what=Label("đơn"), key=str(petition_id))
    return p


def _record(s: Session, p: Petition, viewer: Viewer, cal: Any, today: date) -> PetitionRecord:
    events = list(p.events)
    facts = _facts(s, p, events)
    dls = _deadlines(cal, obligations_of(p, events), today)
    officers = {oid: name for oid, name in s.execute(select(Officer.id, Officer.full_name))}
    hidden = p.confidential and not viewer.sees_identity_of(p.officer_id)
    senders = []
    for ps in p.senders:
        c = s.get(Citizen, ps.citizen_id)
        assert c is not None
        if hidden:
            senders.append(SenderRecord(None, pseudonym(p.id), None, "", None, ps.role,
                                        ps.is_representative))
        else:
            senders.append(SenderRecord(c.id, c.full_name, c.cccd, ps.address,
                                        ps.phone or c.phone, ps.role, ps.is_representative))
    dup = s.get(Petition, p.duplicate_of_id) if p.duplicate_of_id else None
    warnings = []
    if p.content_type == ContentType.KN and p.learned_date is not None:
        from app.law import deadlines as law_deadlines

        limit = law_deadlines.compute("complaint-limitation", p.learned_date, cal)
        if p.received_date > limit.due:
            warnings.append(Text("Khiếu nại gửi sau thời hiệu 90 ngày (hết ngày {due:%d/%m/%Y}); kiểm tra lý do khách quan trước khi thụ lý (Luật Khiếu nại, Điều 9).", due=limit.due))
    if p.signer_count >= 5:
        warnings.append(Text("Đơn có {signer_count} người ký (đơn đông người).", signer_count=p.signer_count))
    return PetitionRecord(
        id=p.id, number=p.number, received_date=p.received_date, channel=p.channel,
        forwarder_kind=p.forwarder_kind, forwarder_name=p.forwarder_name,
        forwarder_ref=p.forwarder_ref, forwarder_ref_date=p.forwarder_ref_date,
        petition_date=p.petition_date, content=p.content, content_type=p.content_type,
        content_label=CONTENT_LABELS[ContentType(p.content_type)], field_code=p.field_code,
        respondent=p.respondent, complained_decision=p.complained_decision,
        learned_date=p.learned_date, instance=p.instance, anonymous=p.anonymous,
        signed=p.signed, signer_count=p.signer_count, documents=tuple(p.documents or ()),
        visit_id=p.visit_id, officer_id=p.officer_id,
        officer_name=officers.get(p.officer_id) if p.officer_id else None,
        senders=tuple(senders), identity_hidden=hidden,
        duplicate_of=dup.number if dup else None, matter_id=p.matter_id or p.id, round=p.round,
        watch=p.watch, watch_note=p.watch_note, state=facts.state.value, state_label=STATE_LABELS[facts.state],
        processable=facts.processable, competent=facts.competent,
        complexity=facts.complexity.value, extensions=facts.extensions,
        events=tuple(EventRecord(
            e.seq, e.step, STEP_LABELS[Step(e.step)], e.on_date, e.recorded_at,
            officers.get(e.officer_id) if e.officer_id else None, e.doc_number, e.doc_date,
            e.note, dict(e.data or {}), e.state_after) for e in events),
        deadlines=tuple(dls), next_due=_next_due(dls),
        allowed_steps=tuple(st.value for st in allowed_steps(facts)),
        warnings=tuple(warnings),
    )


def get(store: Store, petition_id: uuid.UUID, viewer: Viewer = ANONYMOUS,
        today: date | None = None) -> PetitionRecord:
    cal = office_calendar(store)
    with store.read() as uow:
        p = _load(uow.session, petition_id)
        record = _record(uow.session, p, viewer, cal, today or _today())
        confidential = p.confidential
    return _audit_identity_view(store, record, viewer, confidential)


def find_by_number(store: Store, number: str, viewer: Viewer = ANONYMOUS,
                   today: date | None = None) -> PetitionRecord:
    try:
        seq_s, year_s = number.split("/")
        seq, year = int(seq_s), int(year_s)
    except ValueError:
        raise InputError("not_found", what=Label("đơn số"), key=number) from None
    cal = office_calendar(store)
    with store.read() as uow:
        s = uow.session
        pid = s.scalars(select(Petition.id).where(
            Petition.office_id == local_office(s).id, Petition.year == year, Petition.seq == seq,
            Petition.deleted_at.is_(None))).first()
        if pid is None:
            raise InputError("not_found", what=Label("đơn số"), key=number)
        p = _load(s, pid)
        record = _record(s, p, viewer, cal, today or _today())
        confidential = p.confidential
    return _audit_identity_view(store, record, viewer, confidential)


def resolve(store: Store, key: str, viewer: Viewer = ANONYMOUS,
            today: date | None = None) -> PetitionRecord:
    """A petition by its id or its number (0007/2026)."""
    if "/" in key:
        return find_by_number(store, key, viewer, today)
    try:
        pid = uuid.UUID(key)
    except ValueError:
        raise InputError("not_found", what=Label("đơn"), key=key) from None
    return get(store, pid, viewer, today)


__all__ = [
    "DOCUMENT_KINDS", "QUANTITY_LABELS", "RESULTS", "DeadlineRecord", "DocumentInput",
    "EventRecord", "PersonInput", "PersonRole", "PetitionInput", "PetitionRecord",
    "SenderRecord", "StepInput", "act", "act_in", "find_by_number", "get", "register", "resolve",
    "set_watch",
]
