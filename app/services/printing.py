"""Printing: which slips a record has, render them (PDF bytes), print the registers, count reprints.

The GUI and the CLI call these; app.printing draws. A denouncer's identity reaches the renderer
only when the viewer may see it (app.services.viewer) and the form is not a redacted variant:
otherwise the matter is built without it (LAW.md §11), so a masked PDF cannot contain it.
Every logged print is counted per form and record in `print_log`; the next print of the same
form and record is marked "In lại lần N". (The audit log proper comes with a later issue.)
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO, Final

from sqlalchemy import func, select

from app.actor import Actor
from app.clock import VN_TZ
from app.errors import InputError, os_reason
from app.labels import CATEGORY, ROLE
from app.law.forms import FORMS, FormRule, form_ids, form_rule
from app.models import Officer, Petition, PrintLog
from app.printing import logbook as logbook_pdf
from app.printing import petition_register as register_pdf
from app.printing.data import FormJob, Item, Matter, OfficeFacts, Person, Step
from app.printing.forms import BODIES, compose
from app.printing.forms.common import reprint_label
from app.printing.kit import PAPERS
from app.services import logbook as logbook_sql
from app.services import office as office_service
from app.services import petitions, visits
from app.services.common import ANONYMOUS, Viewer, pseudonym
from app.services.petition_list import PetitionQuery, count_petitions, list_petitions
from app.services.petitions import DOCUMENT_KINDS, PetitionRecord
from app.services.reference import reference_for
from app.services.visits import VisitRecord
from app.storage import dbfile
from app.storage.store import Store
from app.text import Joined, Label, labels

VISIT: Final = "visit"
PETITION: Final = "petition"
KIND_LABELS: Final = labels({VISIT: "lượt tiếp", PETITION: "đơn"})
MAX_COPIES: Final = 10
PAGE_ROWS: Final = 500  # rows fetched per query while a register is drawn
CHANNEL_LABELS: Final = labels({
    "desk": "Nộp tại nơi tiếp công dân", "post": "Qua bưu chính", "mailbox": "Hòm thư góp ý",
    "forwarded": "Do nơi khác chuyển đến", "online": "Qua mạng",
})
HEAD_TITLE: Final = "Chủ tịch"

Record = VisitRecord | PetitionRecord


# ----------------------------------------------------------------------------- the list of forms


@dataclass(frozen=True, slots=True)
class FormInfo:
    form_id: str
    name: str  # Vietnamese, for menus and lists
    kinds: tuple[str, ...]  # visit, petition
    number: str  # "Mẫu số 01" where confirmed
    copies: int  # copies the law asks for (most forms: 1; receipts 2, or 3 for TC)
    redacted: bool  # never shows a denouncer


def _info(rule: FormRule, variant: str = "") -> FormInfo:
    copies = len(form_rule(rule.form_id, variant).copies) or 1
    return FormInfo(rule.form_id, rule.name, rule.kinds, rule.number, copies, rule.redacted)


def list_forms() -> list[FormInfo]:
    """Every form a ward desk prints, in a sensible order for menus."""
    return [_info(form_rule(fid)) for fid in form_ids()]


def _variant(rec: Record) -> str:
    return rec.category if isinstance(rec, VisitRecord) else rec.content_type


def _last_event(p: PetitionRecord, step: str) -> petitions.EventRecord | None:
    for e in reversed(p.events):
        if e.step == step:
            return e
    return None


def _not_applicable(form: str, rec: Record) -> str | None:
    """Why `form` does not fit this record now, in Vietnamese; None when it does."""
    if isinstance(rec, VisitRecord):
        cat, out = rec.category, rec.outcome
        need: dict[str, tuple[bool, str]] = {
            "receipt": (True, ""),
            "appointment": (out == "appointment", "lượt tiếp không có hẹn gặp người đứng đầu"),
            "refusal": (out == "refused", "lượt tiếp không bị từ chối tiếp"),
            "guidance-kn": (cat == "KN" and out == "guided",
                            "chỉ in cho lượt tiếp khiếu nại đã được hướng dẫn"),
            "guidance-tc": (cat == "TC" and out == "guided",
                            "chỉ in cho lượt tiếp tố cáo đã được hướng dẫn"),
            "oral-record": (cat in ("KN", "TC", "KNPA"),
                            "chỉ lập cho khiếu nại, tố cáo, kiến nghị, phản ánh"),
            "transfer-knpa": (cat == "KNPA" and out == "transferred",
                              "chỉ in cho kiến nghị, phản ánh đã được chuyển đơn"),
        }
        ok, why = need.get(form, (False, "mẫu này không dùng cho lượt tiếp"))
        return None if ok else why
    ct = rec.content_type
    has = {step: _last_event(rec, step) is not None
           for step in ("guide", "transfer", "accept", "reject")}
    need = {
        "receipt": (True, ""),
        "guidance-kn": (ct == "KN" and has["guide"], "đơn khiếu nại chưa có bước hướng dẫn"),
        "guidance-tc": (ct == "TC" and has["guide"], "đơn tố cáo chưa có bước hướng dẫn"),
        "proposal": (bool(rec.processable and rec.competent),
                     "đơn chưa được phân loại là đủ điều kiện xử lý và thuộc thẩm quyền"),
        "transfer-tc": (ct == "TC" and has["transfer"], "đơn tố cáo chưa có bước chuyển đơn"),
        "transfer-tc-redacted": (ct == "TC" and has["transfer"],
                                 "đơn tố cáo chưa có bước chuyển đơn"),
        "transfer-knpa": (ct == "KNPA" and has["transfer"],
                          "đơn kiến nghị, phản ánh chưa có bước chuyển đơn"),
        "acceptance": (has["accept"], "đơn chưa được thụ lý"),
        "non-acceptance": (has["reject"], "đơn không có quyết định không thụ lý"),
    }
    ok, why = need.get(form, (False, "mẫu này không dùng cho đơn"))
    return None if ok else why


_VISIT_ORDER: Final = ("refusal", "appointment", "guidance-kn", "guidance-tc", "transfer-knpa",
                       "receipt", "oral-record")
_STEP_FORMS: Final = {"transfer": ("transfer-tc", "transfer-tc-redacted", "transfer-knpa"),
                      "accept": ("acceptance",), "reject": ("non-acceptance",),
                      "guide": ("guidance-kn", "guidance-tc"), "propose": ("proposal",),
                      "classify": ("proposal",)}


def forms_for_visit(visit: VisitRecord) -> list[FormInfo]:
    """The slips that belong after saving this visit, the one its outcome calls for first."""
    out = []
    for fid in _VISIT_ORDER:
        if _not_applicable(fid, visit) is not None:
            continue
        if fid == "receipt" and not (visit.outcome == "petition_received"
                                     or visit.category in ("KN", "TC")):
            continue
        out.append(_info(form_rule(fid), visit.category))
    return out


def forms_for_petition(petition: PetitionRecord) -> list[FormInfo]:
    """The slips for this petition now: the latest step's first, then the proposal, the receipt."""
    wanted: list[str] = []
    for e in reversed(petition.events):
        for fid in _STEP_FORMS.get(e.step, ()):
            if fid not in wanted:
                wanted.append(fid)
    wanted += [f for f in ("proposal", "receipt") if f not in wanted]
    return [_info(form_rule(fid), petition.content_type) for fid in wanted
            if _not_applicable(fid, petition) is None]


# ----------------------------------------------------------------------------- building a matter


def _mask(rec_id: uuid.UUID, persons: tuple[Person, ...]) -> tuple[Person, ...]:
    return tuple(Person(pseudonym(rec_id)) for _ in persons[:1])


def _visit_matter(v: VisitRecord, masked: bool) -> Matter:
    persons = tuple(Person(p.full_name, p.cccd or "", p.date_of_birth, p.address, p.phone or "",
                           "" if p.role == "petitioner" else ROLE.get(p.role, p.role))
                    for p in v.persons)
    masked = masked or v.identity_hidden
    return Matter(
        kind=VISIT, number=v.number, category=v.category,
        category_label=CATEGORY.get(v.category, v.category), received_on=v.visit_date,
        received_at=v.visited_at, persons=_mask(v.id, persons) if masked else persons,
        person_count=v.person_count, content=v.content, officer_name=v.officer_name or "",
        is_crowd=v.is_crowd, requests=v.requests, prior_handling=v.prior_handling,
        field_name=v.field_name or "", outcome_note=v.outcome_note, follow_up=v.follow_up,
        masked=masked)


def _step(e: petitions.EventRecord | None) -> Step | None:
    if e is None:
        return None
    reasons = tuple(str(r) for r in e.data.get("reasons") or ())
    return Step(e.on_date, e.doc_number, e.doc_date, str(e.data.get("recipient") or ""),
                reasons, e.note, e.officer_name or "")


def _petition_matter(p: PetitionRecord, form: str, masked: bool, documents: tuple[Item, ...]
                     ) -> Matter:
    persons = tuple(Person(s.full_name, s.cccd or "", None, s.address, s.phone or "",
                           "" if s.role == "petitioner" else ROLE.get(s.role, s.role))
                    for s in p.senders)
    masked = masked or p.identity_hidden
    step_name = {"transfer-tc": "transfer", "transfer-tc-redacted": "transfer",
                 "transfer-knpa": "transfer", "acceptance": "accept", "non-acceptance": "reject",
                 "guidance-kn": "guide", "guidance-tc": "guide", "proposal": "propose"}.get(form)
    forwarder = " ".join(s for s in (p.forwarder_name, p.forwarder_ref) if s)
    return Matter(
        kind=PETITION, number=p.number, category=p.content_type,
        category_label=p.content_label, received_on=p.received_date, received_at=None,
        persons=_mask(p.id, persons) if masked else persons, person_count=p.signer_count,
        content=p.content, officer_name=p.officer_name or "", respondent=p.respondent,
        complained_decision=p.complained_decision, documents=documents,
        channel_label=CHANNEL_LABELS.get(p.channel, p.channel), forwarder=forwarder,
        petition_date=p.petition_date,
        step=_step(_last_event(p, step_name)) if step_name else None,
        masked=masked, anonymous=p.anonymous)


def _documents(p: PetitionRecord) -> tuple[Item, ...]:
    return tuple(Item(str(d.get("name", "")), DOCUMENT_KINDS.get(str(d.get("kind")), ""),
                      d.get("pages")) for d in p.documents)


def _visit_documents(store: Store, v: VisitRecord, viewer: Viewer) -> tuple[Item, ...]:
    """The documents of the petitions registered from this visit (a visit keeps none itself)."""
    with store.read() as uow:
        ids = list(uow.session.scalars(select(Petition.id).where(
            Petition.visit_id == v.id, Petition.deleted_at.is_(None)).order_by(Petition.seq)))
    items: list[Item] = []
    for pid in ids:
        items += _documents(petitions.get(store, pid, viewer))
    return tuple(items)


# ----------------------------------------------------------------------------- rendering


def _office(store: Store) -> OfficeFacts:
    info = office_service.get_office(store)
    head = next((o for o in office_service.list_officers(store) if o.is_head), None)
    return OfficeFacts(info.code, info.name, info.place_name or "Hà Nội",
                       head.full_name if head else "", HEAD_TITLE)


def _officer_name(store: Store, officer_id: uuid.UUID | None) -> str:
    if officer_id is None:
        return ""
    with store.read() as uow:
        o = uow.session.get(Officer, officer_id)
        return o.full_name if o else ""


def _today() -> date:
    return datetime.now(VN_TZ).date()


def _parse_id(key: uuid.UUID | str) -> uuid.UUID | None:
    if isinstance(key, uuid.UUID):
        return key
    try:
        return uuid.UUID(key)
    except ValueError:
        return None


def _load(store: Store, rule: FormRule, key: uuid.UUID | str, kind: str | None,
          viewer: Viewer) -> Record:
    kinds = rule.kinds if kind is None else (kind,)
    if kind is not None and kind not in rule.kinds:
        raise InputError("print_wrong_kind", form=rule.name, kind=KIND_LABELS.get(kind, kind),
                         kinds=" và ".join(KIND_LABELS[k] for k in rule.kinds))
    rid = _parse_id(key)
    if rid is None and len(kinds) > 1:
        raise InputError("print_ambiguous", form=rule.name, key=str(key))
    for k in kinds:
        try:
            if k == VISIT:
                return (visits.get_visit(store, rid, viewer) if rid
                        else visits.find_visit_by_number(store, str(key), viewer))
            return petitions.get(store, rid, viewer) if rid else petitions.resolve(store, str(key), viewer)
        except InputError as exc:
            if exc.code != "not_found" or k == kinds[-1]:
                raise
    raise InputError("not_found", what=Joined((KIND_LABELS[k] for k in kinds), Label(" hoặc ")), key=str(key))


def _copy_labels(rule: FormRule, copies: int | None) -> tuple[str, ...]:
    if copies is None:
        return rule.copies
    if not 1 <= copies <= MAX_COPIES:
        raise InputError("print_bad_copies", max=MAX_COPIES, copies=copies)
    base = rule.copies or (("Bản giao công dân", "Bản lưu hồ sơ") if copies > 1 else ())
    return tuple(base[i] if i < len(base) else f"Bản {i + 1}" for i in range(copies))


def print_count(store: Store, form: str, record_id: uuid.UUID) -> int:
    """How many times this form was printed (and logged) for this record."""
    with store.read() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(PrintLog).where(
            PrintLog.form_id == form, PrintLog.record_id == record_id)) or 0)


def _shows_identity(rec: VisitRecord | PetitionRecord) -> bool:
    hidden = rec.identity_hidden
    if isinstance(rec, VisitRecord):
        return rec.confidential and not hidden
    return rec.content_type == "TC" and not hidden and bool(rec.senders)


def _log(store: Store, entry: PrintLog, actor: Actor, *, identity: bool = False) -> None:
    """The print log row and its audit entry, in one transaction. `identity`: the print shows
    a denouncer's identity (an unmasked slip of a denunciation, LAW.md §11)."""
    with store.write(actor) as uow:
        uow.session.add(entry)
        uow.session.flush()
        what = f"{entry.record_kind} {entry.record_number}"
        uow.audit("identity.print" if identity else "print", entry.record_kind,
                  entry.record_id or entry.record_number,
                  ("In (có danh tính người tố cáo) " if identity else "In ")
                  + f"{entry.form_id}: {what}",
                  after={"form": entry.form_id, "number": entry.record_number,
                         "copies": entry.copies, "pages": entry.pages,
                         "reprint": entry.reprint, "masked": entry.masked})
        uow.commit()


@dataclass(frozen=True, slots=True)
class Printed:
    """A rendered form and what went into it (the GUI shows the reprint number)."""

    pdf: bytes
    form_id: str
    kind: str
    record_id: uuid.UUID
    number: str
    pages: int
    reprint: int
    masked: bool
    reference: str


def render_form(store: Store, form: str, record_id: uuid.UUID | str, viewer: Viewer = ANONYMOUS,
                *, paper: str = "A4", copies: int | None = None, kind: str | None = None,
                log: bool = True, today: date | None = None) -> Printed:
    """Render `form` for a visit or petition (id, or number with `kind`); see `render`."""
    base = form_rule(form)  # unknown form → InputError
    if paper not in PAPERS:
        raise InputError("print_bad_paper", paper=paper)
    on = today or _today()
    rec = _load(store, base, record_id, kind, viewer)
    rec_kind = VISIT if isinstance(rec, VisitRecord) else PETITION
    rule = form_rule(form, _variant(rec), on)
    why = _not_applicable(form, rec)
    if why:
        raise InputError("print_not_applicable", form=rule.name, what=KIND_LABELS[rec_kind],
                         number=rec.number, reason=why)
    if isinstance(rec, VisitRecord):
        matter = _visit_matter(rec, rule.redacted)
        if form == "receipt":
            docs = _visit_documents(store, rec, viewer)
            if docs:
                matter = _replace_documents(matter, docs)
    else:
        matter = _petition_matter(rec, form, rule.redacted, _documents(rec))
    office = _office(store)
    reprint = print_count(store, form, rec.id)
    job = FormJob(
        rule=rule, office=office, on=on, paper=PAPERS[paper],
        copy_labels=_copy_labels(rule, copies),
        reference=reference_for(store, office.code, rec_kind, rec.number), reprint=reprint,
        officer_name=_officer_name(store, viewer.officer_id) or matter.officer_name)
    pdf, pages = compose(job, matter, BODIES[form])
    if log:
        _log(store, PrintLog(form_id=form, record_kind=rec_kind, record_id=rec.id,
                             record_number=rec.number, officer_id=viewer.officer_id,
                             copies=max(len(job.copy_labels), 1), pages=pages, paper=paper,
                             reprint=reprint, masked=matter.masked),
             Actor.officer(viewer.officer_id),
             identity=_shows_identity(rec) and not matter.masked)
    assert job.reference is not None
    return Printed(pdf, form, rec_kind, rec.id, rec.number, pages, reprint, matter.masked,
                   job.reference.text)


def _replace_documents(m: Matter, docs: tuple[Item, ...]) -> Matter:
    from dataclasses import replace

    return replace(m, documents=docs)


def render(store: Store, form: str, record_id: uuid.UUID | str, viewer: Viewer = ANONYMOUS,
           paper: str = "A4", copies: int | None = None, *, kind: str | None = None,
           log: bool = True, today: date | None = None) -> bytes:
    """PDF bytes of `form` filled from the stored visit or petition.

    `record_id`: the record's UUID, or its number ("0007/2026") — with `kind` ("visit" or
    "petition") when the form serves both. `copies`: None for what the law asks (receipts: 2,
    or 3 for a denunciation), else 1–10 copies, each labelled. `log=False` renders a preview
    that is not counted (it carries the reprint mark the next logged print will carry).
    Refusals raise InputError with a Vietnamese message; nothing is logged then.
    """
    return render_form(store, form, record_id, viewer, paper=paper, copies=copies, kind=kind,
                       log=log, today=today).pdf


# ----------------------------------------------------------------------------- registers


@dataclass(frozen=True, slots=True)
class RegisterResult:
    rows: int
    pages: int
    reprint: int


Out = str | os.PathLike[str] | BinaryIO


def write_atomically(path: str | os.PathLike[str], write: Callable[[BinaryIO], Any]) -> Any:
    """Write a file through a temporary file in the same folder, renamed only when complete:
    a refused or failed print leaves no half-written PDF behind."""
    target = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                   dir=target.parent if str(target.parent) else ".")
    except OSError as exc:
        raise InputError("print_cannot_write", path=str(target), reason=os_reason(exc)) from exc
    try:
        with os.fdopen(fd, "wb") as f:
            result = write(f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise InputError("print_cannot_write", path=str(target), reason=os_reason(exc)) from exc
        raise
    return result


def _period_key(date_from: date, date_to: date) -> str:
    return f"{date_from.isoformat()}..{date_to.isoformat()}"


def _register_reprint(store: Store, register: str, key: str) -> int:
    with store.read() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(PrintLog).where(
            PrintLog.form_id == register, PrintLog.record_number == key)) or 0)


def _check_period(date_from: date, date_to: date) -> None:
    if date_from > date_to:
        raise InputError("bad_date_range")


def _logbook_entries(store: Store, q: visits.LogbookQuery, viewer: Viewer
                     ) -> Iterator[logbook_pdf.LogbookEntry]:
    """The period's visits oldest first, a page of rows at a time, in one read transaction
    (a visit saved while the register prints neither shifts nor repeats a row)."""
    with store.read() as uow:
        conn = uow.session.connection().connection.driver_connection
        assert isinstance(conn, dbfile.Connection)
        total = logbook_sql.count(conn, q, viewer)
        done = 0
        while done < total:
            offset = max(0, total - done - PAGE_ROWS)
            rows = logbook_sql.page(conn, q, offset, total - done - offset, viewer)
            if not rows:
                break
            extra = _visit_extras(conn, [r.id for r in rows])
            for r in reversed(rows):
                prior, note, follow, notes = extra.get(r.id, ("", "", "", ""))
                yield logbook_pdf.LogbookEntry(
                    r.number, r.visited_at, r.persons_label, r.address, r.cccd, r.content,
                    r.category, r.person_count, r.is_crowd, r.reception_type, r.outcome,
                    prior, note, follow, notes, masked=r.identity_hidden)
            done += len(rows)


def _visit_extras(conn: sqlite3.Connection, ids: list[uuid.UUID]
                  ) -> dict[uuid.UUID, tuple[str, str, str, str]]:
    """Columns of Mẫu 03 the logbook page rows do not carry (no personal data among them)."""
    marks = ",".join("?" * len(ids))
    return {uuid.UUID(hex=vid): (prior or "", note or "", follow or "", notes or "")
            for vid, prior, note, follow, notes in conn.execute(
                "SELECT id, prior_handling, outcome_note, follow_up, notes FROM visit "
                f"WHERE id IN ({marks})", [i.hex for i in ids])}


def _to(out: Out, write: Callable[[BinaryIO], tuple[int, int]]) -> tuple[int, int]:
    if isinstance(out, str | os.PathLike):
        result: tuple[int, int] = write_atomically(out, write)
        return result
    return write(out)


def render_logbook(store: Store, date_from: date, date_to: date, viewer: Viewer = ANONYMOUS,
                   out: Out | None = None, *, log: bool = True, today: date | None = None
                   ) -> RegisterResult:
    """The Sổ tiếp công dân (TT 04/2021 Mẫu 03) of a period to a file path or a binary stream.

    Denouncers appear as pseudonyms to viewers who may not see them. Rows are read a page at a
    time and drawn as they come: memory does not grow with the rows held.
    """
    _check_period(date_from, date_to)
    if out is None:
        raise ValueError("out: a file path or a binary stream")
    office = _office(store)
    key = _period_key(date_from, date_to)
    reprint = _register_reprint(store, "logbook", key)
    q = visits.LogbookQuery(date_from=date_from, date_to=date_to)
    rows, pages = _to(out, lambda f: logbook_pdf.write(
        f, _logbook_entries(store, q, viewer), office, date_from, date_to, today or _today(),
        reprint_label(reprint)))
    if log:
        _log(store, PrintLog(form_id="logbook", record_kind="logbook", record_id=None,
                             record_number=key, officer_id=viewer.officer_id, copies=1,
                             pages=pages, paper="A4", reprint=reprint, masked=not viewer.is_head),
             Actor.officer(viewer.officer_id), identity=viewer.is_head)
    return RegisterResult(rows, pages, reprint)


def _register_entries(store: Store, q: PetitionQuery, viewer: Viewer, today: date
                      ) -> Iterator[register_pdf.RegisterEntry]:
    total = count_petitions(store, q, today)
    done = 0
    while done < total:
        offset = max(0, total - done - PAGE_ROWS)
        rows = list_petitions(store, q, viewer=viewer, offset=offset,
                              limit=total - done - offset, today=today)
        if not rows:
            break
        sources = _petition_sources(store, [r.id for r in rows])
        for r in reversed(rows):
            notes = []
            if r.is_duplicate:
                notes.append("Đơn trùng")
            if r.round > 1:
                notes.append(f"Lần {r.round}")
            if r.watch:
                notes.append("Phức tạp, kéo dài")
            yield register_pdf.RegisterEntry(
                r.number, r.received_date, r.senders_label, sources.get(r.id, ""), r.content,
                r.content_label, r.state_label, r.officer_name or "", r.next_due,
                "; ".join(notes),
                masked=r.confidential and not viewer.sees_identity_of(r.officer_id))
        done += len(rows)


def _petition_sources(store: Store, ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    with store.read() as uow:
        rows = uow.session.execute(select(
            Petition.id, Petition.channel, Petition.forwarder_name, Petition.forwarder_ref
        ).where(Petition.id.in_(ids))).all()
    out = {}
    for pid, channel, name, ref in rows:
        label = CHANNEL_LABELS.get(channel, channel)
        if name:
            label += f": {name}" + (f" ({ref})" if ref else "")
        out[pid] = label
    return out


def render_petition_register(store: Store, date_from: date, date_to: date,
                             viewer: Viewer = ANONYMOUS, out: Out | None = None, *,
                             log: bool = True, today: date | None = None) -> RegisterResult:
    """The petition processing register: petitions received in the period, oldest first."""
    _check_period(date_from, date_to)
    if out is None:
        raise ValueError("out: a file path or a binary stream")
    on = today or _today()
    office = _office(store)
    key = _period_key(date_from, date_to)
    reprint = _register_reprint(store, "register", key)
    q = PetitionQuery(received_from=date_from, received_to=date_to)
    rows, pages = _to(out, lambda f: register_pdf.write(
        f, _register_entries(store, q, viewer, on), office, date_from, date_to, on,
        reprint_label(reprint)))
    if log:
        _log(store, PrintLog(form_id="register", record_kind="register", record_id=None,
                             record_number=key, officer_id=viewer.officer_id, copies=1,
                             pages=pages, paper="A4", reprint=reprint, masked=not viewer.is_head),
             Actor.officer(viewer.officer_id), identity=viewer.is_head)
    return RegisterResult(rows, pages, reprint)


__all__ = [
    "FORMS", "MAX_COPIES", "FormInfo", "Printed", "RegisterResult", "forms_for_petition",
    "forms_for_visit", "list_forms", "print_count", "render", "render_form", "render_logbook",
    "render_petition_register", "write_atomically",
]
