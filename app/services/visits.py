"""The reception logbook: log a visit, list and page it, show one, a person's history."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from app.actor import Actor
from app.clock import VN_TZ, local_date, to_local, to_utc_naive
from app.errors import FieldProblem, InputError, ValidationFailed
from app.law import crowd
from app.law.visit import (
    Category,
    Outcome,
    PersonRole,
    ReceivedBy,
    ReceptionType,
    Repeat,
    is_confidential,
)
from app.models import Citizen, FieldOfLaw, Officer, Visit, VisitPerson
from app.services import logbook
from app.services.citizens import CitizenConflict, CitizenFields, find_or_create
from app.services.common import (
    ANONYMOUS,
    Viewer,
    enum_problem,
    local_office,
    next_search_key,
    pseudonym,
)
from app.services.logbook import LogbookQuery as LogbookQuery  # re-exported
from app.services.logbook import LogbookRow as LogbookRow  # re-exported
from app.storage.store import Store
from app.storage.uow import UnitOfWork
from app.text import Label, Text
from app.vn.cccd import Gender, check_cccd, normalise_number
from app.vn.text import clean, fold

EARLIEST_VISIT = date(2000, 1, 1)
_PHONE = re.compile(r"\+?[0-9]{8,12}")
FUTURE_TOLERANCE = timedelta(minutes=10)
_LABEL = {
    "full_name": "Họ và tên", "cccd": "Số CCCD", "address": "Địa chỉ", "phone": "Điện thoại",
}


@dataclass(slots=True)
class PersonInput(CitizenFields):
    role: str = PersonRole.PETITIONER
    is_representative: bool = False
    citizen_id: uuid.UUID | None = None


@dataclass(slots=True)
class VisitInput:
    visited_at: datetime
    reception_type: str
    persons: list[PersonInput]
    content: str
    category: str
    received_by: str = ReceivedBy.OFFICER
    officer_id: uuid.UUID | None = None
    person_count: int | None = None  # defaults to the persons listed
    is_crowd: bool = False
    field_code: str | None = None
    prior_handling: str = ""
    requests: str = ""
    repeat: str = Repeat.FIRST
    outcome: str = Outcome.ANSWERED
    outcome_note: str = ""
    follow_up: str = ""
    notes: str = ""
    interpreter_used: bool = False


@dataclass(frozen=True, slots=True)
class PersonRecord:
    citizen_id: uuid.UUID | None  # None when the identity is protected from this viewer
    full_name: str
    cccd: str | None
    date_of_birth: date | None
    gender: str | None
    address: str
    phone: str | None
    role: str
    is_representative: bool


@dataclass(frozen=True, slots=True)
class VisitRecord:
    id: uuid.UUID
    number: str
    visited_at: datetime  # aware, Hà Nội time
    visit_date: date
    reception_type: str
    received_by: str
    officer_id: uuid.UUID | None
    officer_name: str | None
    persons: tuple[PersonRecord, ...]
    person_count: int
    is_crowd: bool
    content: str
    category: str
    field_code: str | None
    field_name: str | None
    prior_handling: str
    requests: str
    repeat: str
    outcome: str
    outcome_note: str
    follow_up: str
    notes: str
    interpreter_used: bool
    confidential: bool
    identity_hidden: bool


# ----------------------------------------------------------------------------- validation


def validate_person(i: int, p: PersonInput, category: str, today: date) -> list[FieldProblem]:
    out: list[FieldProblem] = []
    pre = f"persons.{i}."
    who = Text("Người thứ {n}", n=i + 1)

    def of_person(problem: Text) -> Text:  # «Người thứ 1: …» (the import reads the problem alone)
        return Text("{who}: {problem}.", who=who, problem=problem)

    if not clean(p.full_name):
        out.append(FieldProblem(pre + "full_name", of_person(Text("cần nhập họ và tên"))))
    if p.cccd:
        gender = Gender(p.gender) if p.gender in ("male", "female") else None
        for problem in check_cccd(p.cccd, p.date_of_birth, gender):
            msg = {
                "format": Text("số CCCD phải gồm đúng 12 chữ số"),
                "province": Text("mã tỉnh '{code}' của số CCCD không có trong danh mục",
                                 code=p.cccd[:3]),
                "birth": Text("năm sinh không khớp với số CCCD (chữ số 4–6)"),
                "gender": Text("giới tính không khớp với số CCCD (chữ số thứ 4)"),
            }[problem.value]
            out.append(FieldProblem(pre + "cccd", of_person(msg)))
    if p.old_id and not (p.old_id.isascii() and p.old_id.isdigit() and len(p.old_id) in (9, 12)):
        out.append(FieldProblem(pre + "old_id", of_person(Text("số CMND cũ phải gồm 9 hoặc 12 chữ số"))))
    if not clean(p.address) and not p.cccd and p.citizen_id is None:
        out.append(FieldProblem(
            pre + "address", of_person(
                Text("cần địa chỉ hoặc số giấy tờ tùy thân (Luật TCD, Điều 7)"))))
    if category == Category.TC and not clean(p.phone) and not clean(p.address):
        out.append(FieldProblem(
            pre + "phone",
            of_person(Text("người tố cáo phải có cách thức liên hệ (Luật Tố cáo, Điều 23)"))))
    if p.phone and not _PHONE.fullmatch(re.sub(r"[\s.\-()]", "", p.phone)):
        out.append(FieldProblem(pre + "phone", of_person(Text(
            "số điện thoại chỉ gồm chữ số (8–12 số, có thể bắt đầu bằng +84)"))))
    if p.date_of_birth and not (date(1900, 1, 1) <= p.date_of_birth <= today):
        out.append(FieldProblem(pre + "date_of_birth", of_person(Text("ngày sinh không hợp lý"))))
    if p.gender not in (None, "", "male", "female"):
        out.append(FieldProblem(pre + "gender", of_person(
            Text("giới tính là 'male' (Nam) hoặc 'female' (Nữ)"))))
    out += enum_problem(pre + "role", p.role, PersonRole, Text("{who}: vai trò", who=who))
    return out


def validate(s: Session, v: VisitInput, now: datetime) -> list[FieldProblem]:
    out: list[FieldProblem] = []
    out += enum_problem("reception_type", v.reception_type, ReceptionType, Label("Hình thức tiếp"))
    out += enum_problem("category", v.category, Category, Label("Phân loại"))
    out += enum_problem("received_by", v.received_by, ReceivedBy, Label("Người tiếp"))
    out += enum_problem("repeat", v.repeat, Repeat, Label("Lần tiếp"))
    out += enum_problem("outcome", v.outcome, Outcome, Label("Hướng xử lý"))
    when = to_utc_naive(v.visited_at)
    if when > to_utc_naive(now) + FUTURE_TOLERANCE:
        out.append(FieldProblem("visited_at", Text("Thời điểm tiếp không được ở tương lai.")))
    if local_date(v.visited_at) < EARLIEST_VISIT:
        out.append(FieldProblem("visited_at", Text("Thời điểm tiếp quá xa (trước năm 2000).")))
    if not clean(v.content):
        out.append(FieldProblem("content", Text("Cần ghi nội dung vụ việc.")))
    if not v.persons:
        out.append(FieldProblem("persons", Text("Cần ít nhất một người được tiếp.")))
    for i, p in enumerate(v.persons):
        out += validate_person(i, p, v.category, local_date(now))
    cccds = [p.cccd for p in v.persons if p.cccd]
    if len(cccds) != len(set(cccds)):
        out.append(FieldProblem("persons", Text("Một số CCCD được nhập hai lần trong cùng lượt tiếp.")))
    count = v.person_count if v.person_count is not None else len(v.persons)
    if v.is_crowd:
        rule = crowd.rule_on(local_date(v.visited_at))
        reps = sum(1 for p in v.persons if p.is_representative)
        for problem in crowd.check_crowd(count, reps, len(v.persons), rule):
            msg = {
                "too_small": Text("Đoàn đông người phải có từ {n} người trở lên.", n=rule.min_size),
                "fewer_than_listed": Text("Số người của đoàn ít hơn số người đã ghi tên."),
                "no_representative": Text("Đoàn đông người phải cử người đại diện."),
                "too_many_representatives": Text(
                    "Đoàn {count} người chỉ được cử tối đa {max} người đại diện ({basis}).",
                    count=count, max=crowd.max_representatives(count, rule), basis=rule.basis),
            }[problem.value]
            fname = "person_count" if problem.value in ("too_small", "fewer_than_listed") \
                else "persons"
            out.append(FieldProblem(fname, msg))
    elif v.persons and count < len(v.persons):
        out.append(FieldProblem("person_count", Text("Số người không được ít hơn số người đã ghi tên.")))
    if count > 10_000:
        out.append(FieldProblem("person_count", Text("Số người quá lớn.")))
    if v.outcome == Outcome.REFUSED and not clean(v.outcome_note):
        out.append(FieldProblem("outcome_note", Text("Từ chối tiếp phải ghi rõ lý do (Luật TCD, Điều 9).")))
    officer = s.get(Officer, v.officer_id) if v.officer_id else None
    if v.officer_id and (officer is None or not officer.active):
        out.append(FieldProblem("officer_id", Text("Cán bộ tiếp không có trong danh sách cán bộ.")))
    if v.received_by == ReceivedBy.HEAD and (officer is None or not officer.is_head):
        out.append(FieldProblem("officer_id", Text("Chọn người đứng đầu (Chủ tịch) đã trực tiếp tiếp.")))
    if v.received_by == ReceivedBy.DEPUTY and (officer is None or not officer.is_deputy):
        out.append(FieldProblem("officer_id", Text("Chọn cấp phó được ủy quyền tiếp.")))
    if v.field_code:
        fld = s.get(FieldOfLaw, v.field_code)
        if fld is None or not fld.active:
            out.append(FieldProblem("field_code", Text("Lĩnh vực '{code}' không có trong danh mục.", code=v.field_code)))
    return out


def _normalise(v: VisitInput) -> None:
    for p in v.persons:
        if p.cccd:
            p.cccd = normalise_number(p.cccd)
        if p.old_id:
            p.old_id = normalise_number(p.old_id)
        if p.phone:
            p.phone = clean(p.phone)
        p.gender = p.gender or None
    v.field_code = v.field_code or None


# ----------------------------------------------------------------------------- writing


def visit_search_text(v: Visit, persons: list[tuple[Citizen, VisitPerson]]) -> str:
    parts = [fold(v.content), fold(v.requests), fold(v.prior_handling), fold(v.notes),
             v.number.replace("/", " ")]
    if not v.confidential:  # a denouncer must not be findable through the visit (LAW.md §11)
        for c, vp in persons:
            parts += [fold(c.full_name), fold(vp.address), c.cccd or "", c.phone or ""]
    return " ".join(filter(None, parts))


def log_visit(store: Store, data: VisitInput, *, now: datetime | None = None,
              actor: Actor | None = None) -> VisitRecord:
    """Save a visit in one transaction, with its audit entry; the number is taken inside it.

    `actor`: who saves it (default: the receiving officer, else the system)."""
    now = now or datetime.now(VN_TZ)
    _normalise(data)
    with store.write(actor or Actor.officer(data.officer_id)) as uow:
        s = uow.session
        problems = validate(s, data, now)
        if problems:
            raise ValidationFailed(problems)
        office = local_office(s)
        day = local_date(data.visited_at)
        seq = (s.execute(
            select(func.max(Visit.seq)).where(Visit.office_id == office.id, Visit.year == day.year)
        ).scalar() or 0) + 1
        category = Category(data.category)
        visit = Visit(
            office_id=office.id, year=day.year, seq=seq,
            search_key=next_search_key(s, Visit),
            visited_at=to_utc_naive(data.visited_at), visit_date=day,
            reception_type=data.reception_type, received_by=data.received_by,
            officer_id=data.officer_id,
            person_count=data.person_count if data.person_count is not None else len(data.persons),
            is_crowd=data.is_crowd, content=clean(data.content), category=category.value,
            field_code=data.field_code, prior_handling=clean(data.prior_handling),
            requests=clean(data.requests), repeat=data.repeat, outcome=data.outcome,
            outcome_note=clean(data.outcome_note), follow_up=clean(data.follow_up),
            notes=clean(data.notes), interpreter_used=data.interpreter_used,
            confidential=is_confidential(category),
        )
        # The visit joins the session only once its search text is known: inserting it empty
        # and updating it would delete and re-insert its FTS row inside the save.
        linked: list[tuple[Citizen, VisitPerson]] = []
        for pos, p in enumerate(data.persons):
            try:
                citizen, _ = find_or_create(s, office.id, p, p.citizen_id,
                                            update=not visit.confidential)
            except CitizenConflict as exc:
                raise ValidationFailed([FieldProblem(
                    f"persons.{pos}.cccd",
                    Text("{who}: {problem}", who=Text("Người thứ {n}", n=pos + 1), problem=exc.message))]) from None
            s.flush()
            vp = VisitPerson(citizen_id=citizen.id, role=p.role,
                             is_representative=p.is_representative, position=pos,
                             address=clean(p.address) or citizen.address,
                             phone=clean(p.phone) or None)
            visit.persons.append(vp)
            linked.append((citizen, vp))
        if len({c.id for c, _ in linked}) != len(linked):
            raise ValidationFailed([FieldProblem("persons", Text("Một người được ghi hai lần trong cùng lượt tiếp."))])
        visit.search_text = visit_search_text(visit, linked)
        s.add(visit)
        s.flush()
        uow.audit("visit.create", "visit", visit.id, f"Ghi lượt tiếp số {visit.number}",
                  after=audit_summary(visit))
        record = _record(s, visit, Viewer(data.officer_id))
        uow.commit()
        return record


def audit_summary(v: Visit) -> dict[str, object]:
    """What the audit log keeps of a visit: codes and counts, never a person (LAW.md §11)."""
    return {"number": v.number, "category": v.category, "reception_type": v.reception_type,
            "persons": len(v.persons), "person_count": v.person_count, "outcome": v.outcome,
            "confidential": v.confidential}


def _audit_identity_view(store: Store, record: VisitRecord, viewer: Viewer) -> VisitRecord:
    """A denouncer's identity shown to an authorised viewer is recorded first (LAW.md §11)."""
    if record.confidential and not record.identity_hidden:
        store.record(Actor.officer(viewer.officer_id), "identity.view", "visit", record.id,
                     f"Xem danh tính người tố cáo của lượt tiếp số {record.number}",
                     after={"number": record.number})
    return record


# ----------------------------------------------------------------------------- reading


def _officer_names(s: Session) -> dict[uuid.UUID, str]:
    return {oid: name for oid, name in s.execute(select(Officer.id, Officer.full_name))}


def _field_names(s: Session) -> dict[str, str]:
    return {code: name for code, name in s.execute(select(FieldOfLaw.code, FieldOfLaw.name))}


def _record(s: Session, v: Visit, viewer: Viewer) -> VisitRecord:
    hidden = v.confidential and not viewer.sees_identity_of(v.officer_id)
    persons = []
    for vp in v.persons:
        c = s.get(Citizen, vp.citizen_id)
        assert c is not None
        if hidden:
            persons.append(PersonRecord(None, pseudonym(v.id), None, None, None, "", None,
                                        vp.role, vp.is_representative))
        else:
            persons.append(PersonRecord(c.id, c.full_name, c.cccd, c.date_of_birth, c.gender,
                                        vp.address, vp.phone or c.phone, vp.role,
                                        vp.is_representative))
    officer = s.get(Officer, v.officer_id) if v.officer_id else None
    fld = s.get(FieldOfLaw, v.field_code) if v.field_code else None
    return VisitRecord(
        id=v.id, number=v.number, visited_at=to_local(v.visited_at), visit_date=v.visit_date,
        reception_type=v.reception_type, received_by=v.received_by, officer_id=v.officer_id,
        officer_name=officer.full_name if officer else None, persons=tuple(persons),
        person_count=v.person_count, is_crowd=v.is_crowd, content=v.content,
        category=v.category, field_code=v.field_code, field_name=fld.name if fld else None,
        prior_handling=v.prior_handling, requests=v.requests, repeat=v.repeat,
        outcome=v.outcome, outcome_note=v.outcome_note, follow_up=v.follow_up, notes=v.notes,
        interpreter_used=v.interpreter_used, confidential=v.confidential, identity_hidden=hidden,
    )


def get_visit(store: Store, visit_id: uuid.UUID, viewer: Viewer = ANONYMOUS) -> VisitRecord:
    with store.read() as uow:
        s = uow.session
        v = s.get(Visit, visit_id, options=[selectinload(Visit.persons)])
        if v is None or v.deleted_at is not None:
            raise InputError("not_found", what=Label("lượt tiếp"), key=str(visit_id))
        record = _record(s, v, viewer)
    return _audit_identity_view(store, record, viewer)


def find_visit_by_number(store: Store, number: str, viewer: Viewer = ANONYMOUS) -> VisitRecord:
    try:
        seq_s, year_s = number.split("/")
        seq, year = int(seq_s), int(year_s)
    except ValueError:
        raise InputError("not_found", what=Label("lượt tiếp số"), key=number) from None
    with store.read() as uow:
        # Numbers are per office and year (the store may hold other offices' visits later).
        v = uow.session.scalars(select(Visit).where(
            Visit.office_id == local_office(uow.session).id, Visit.seq == seq, Visit.year == year,
            Visit.deleted_at.is_(None))).first()
        if v is None:
            raise InputError("not_found", what=Label("lượt tiếp số"), key=number)
        record = _record(uow.session, v, viewer)
    return _audit_identity_view(store, record, viewer)


def _dbapi(uow: UnitOfWork) -> Any:
    """The session's own DB-API connection, inside its transaction (see app.services.logbook):
    SQLite's, or psycopg's on an upstream's PostgreSQL store."""
    raw = uow.session.connection().connection.driver_connection
    assert raw is not None
    return raw


def count_visits(store: Store, q: LogbookQuery = logbook.EVERYTHING, viewer: Viewer = ANONYMOUS) -> int:
    with store.read() as uow:
        return logbook.count(_dbapi(uow), q, viewer)


def list_visits(
    store: Store, q: LogbookQuery = logbook.EVERYTHING, offset: int = 0, limit: int = 200,
    viewer: Viewer = ANONYMOUS,
) -> list[LogbookRow]:
    """One page of the logbook, newest first (newest entry first when searching text)."""
    with store.read() as uow:
        return logbook.page(_dbapi(uow), q, offset, limit, viewer)


def search_visits(store: Store, typed: str, limit: int, viewer: Viewer = ANONYMOUS
                  ) -> list[LogbookRow]:
    """Visits whose words start with the typed ones, newest entry first (the search box)."""
    return list_visits(store, LogbookQuery(text=typed), 0, limit, viewer)


def citizen_visits(store: Store, citizen_id: uuid.UUID, viewer: Viewer = ANONYMOUS,
                   limit: int = 50) -> list[LogbookRow]:
    """A returning person's earlier visits, newest first (their denunciations only to their officer)."""
    return list_visits(store, LogbookQuery(citizen_id=citizen_id), 0, limit, viewer)
