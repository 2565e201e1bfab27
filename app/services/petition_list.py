"""The petition register: filtered, paged rows for lists and the dashboard."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Select, func, select, text
from sqlalchemy.orm import Session, selectinload

from app.clock import VN_TZ
from app.law.petition import CONTENT_LABELS, FINAL, STATE_LABELS, ContentType, State
from app.models import Citizen, Officer, Petition
from app.services.common import ANONYMOUS, Viewer, pseudonym
from app.services.textmatch import matching
from app.storage.store import Store
from app.text import Counted, Label
from app.vn.text import tokens

DUE_SOON_WORKING_DAYS = 3
OPEN = "open"  # PetitionQuery.state: every state that is not final


@dataclass(frozen=True, slots=True)
class PetitionQuery:
    state: str | None = None  # a State value, or "open"
    content_type: str | None = None
    field_code: str | None = None
    officer_id: uuid.UUID | None = None
    due_within_days: int | None = None  # open petitions due within N calendar days, or overdue
    due_from: date | None = None  # and due on or after this day (leaves the overdue out)
    received_from: date | None = None
    received_to: date | None = None
    text: str = ""
    watch_only: bool = False
    office_id: uuid.UUID | None = None  # an upstream store holds the petitions of many offices
    unsent: bool = False  # only petitions not yet sent to the upstream (a ward's SQLite store)


@dataclass(frozen=True, slots=True)
class PetitionRow:
    id: uuid.UUID
    number: str
    received_date: date
    content_type: str
    content_label: str
    content: str
    senders_label: str
    state: str
    state_label: str
    next_due: date | None
    due_status: str | None  # overdue | due_soon | open | None (nothing due)
    officer_id: uuid.UUID | None
    officer_name: str | None
    field_code: str | None
    confidential: bool
    watch: bool
    round: int
    is_duplicate: bool


def _today() -> date:
    return datetime.now(VN_TZ).date()


def _filtered(q: PetitionQuery, today: date, *, sqlite: bool) -> Select[Any]:
    stmt = select(Petition).where(Petition.deleted_at.is_(None))
    if q.state == OPEN:
        stmt = stmt.where(Petition.state.not_in([s.value for s in FINAL]))
    elif q.state:
        stmt = stmt.where(Petition.state == q.state)
    if q.content_type:
        stmt = stmt.where(Petition.content_type == q.content_type)
    if q.field_code:
        stmt = stmt.where(Petition.field_code == q.field_code)
    if q.officer_id:
        stmt = stmt.where(Petition.officer_id == q.officer_id)
    if q.office_id:
        stmt = stmt.where(Petition.office_id == q.office_id)
    if q.due_within_days is not None:
        stmt = stmt.where(Petition.next_due.is_not(None),
                          Petition.next_due <= today + timedelta(days=q.due_within_days))
    if q.due_from is not None:
        stmt = stmt.where(Petition.next_due.is_not(None), Petition.next_due >= q.due_from)
    if q.received_from:
        stmt = stmt.where(Petition.received_date >= q.received_from)
    if q.received_to:
        stmt = stmt.where(Petition.received_date <= q.received_to)
    if q.watch_only:
        stmt = stmt.where(Petition.watch.is_(True))
    # A ward's filter (its SQLite store): an upstream's lists never offer it
    # (app/sync/states.lists_show_states).
    if q.unsent and sqlite:
        from app.sync.states import unsent_sql

        stmt = stmt.where(text(unsent_sql("petition", "petition.id")))
    from app.models.search import petition_fts

    searched = matching(stmt, Petition, petition_fts, q.text, sqlite=sqlite)
    return stmt if searched is None else searched


def offices(store: Store) -> list[tuple[uuid.UUID, str, str]]:
    """(id, code, name) of every office whose records this store holds (one at a ward)."""
    from app.models import Office

    with store.read() as uow:
        return [(o.id, o.code, o.name)
                for o in uow.session.scalars(select(Office).order_by(Office.code))]


def _rows(s: Session, petitions: list[Petition], viewer: Viewer, soon: date, today: date
          ) -> list[PetitionRow]:
    officers = {oid: name for oid, name in s.execute(select(Officer.id, Officer.full_name))}
    citizen_ids = {ps.citizen_id for p in petitions for ps in p.senders}
    names = {cid: name for cid, name in s.execute(
        select(Citizen.id, Citizen.full_name).where(Citizen.id.in_(citizen_ids)))} \
        if citizen_ids else {}
    out = []
    for p in petitions:
        hidden = p.confidential and not viewer.sees_identity_of(p.officer_id)
        who: str
        if p.anonymous:
            who = Label("Nặc danh")
        elif hidden:
            who = pseudonym(p.id)
        else:
            listed = [names[ps.citizen_id] for ps in p.senders]
            who = ("" if not listed else listed[0] if len(listed) == 1 else
                   Counted("{name} và {n} người khác", name=listed[0], n=len(listed) - 1))
        status = None
        if p.next_due is not None:
            status = "overdue" if p.next_due < today else "due_soon" if p.next_due <= soon else "open"
        out.append(PetitionRow(
            p.id, p.number, p.received_date, p.content_type,
            CONTENT_LABELS[ContentType(p.content_type)], p.content, who, p.state,
            STATE_LABELS[State(p.state)], p.next_due, status, p.officer_id,
            officers.get(p.officer_id) if p.officer_id else None, p.field_code, p.confidential,
            p.watch, p.round, p.duplicate_of_id is not None))
    return out


def list_petitions(store: Store, q: PetitionQuery = PetitionQuery(), *,
                   viewer: Viewer = ANONYMOUS, offset: int = 0, limit: int | None = 200,
                   today: date | None = None, by_due: bool = False) -> list[PetitionRow]:
    """Newest first, or soonest due first (`by_due`)."""
    today = today or _today()
    from app.services.calendar import office_calendar

    soon = office_calendar(store).add_working_days(today, DUE_SOON_WORKING_DAYS)
    order = ((Petition.next_due.is_(None), Petition.next_due, Petition.search_key) if by_due
             else (Petition.received_date.desc(), Petition.search_key.desc()))
    with store.read() as uow:
        s = uow.session
        stmt = _filtered(q, today, sqlite=store.is_sqlite).order_by(*order).offset(offset).options(
            selectinload(Petition.senders))
        if limit:
            stmt = stmt.limit(limit)
        return _rows(s, list(s.scalars(stmt)), viewer, soon, today)


def search_petitions(store: Store, typed: str, limit: int = 20, viewer: Viewer = ANONYMOUS,
                     today: date | None = None) -> list[PetitionRow]:
    """Petitions whose number, content, senders or forwarder start with the typed words."""
    if not tokens(typed):
        return []
    return list_petitions(store, PetitionQuery(text=typed), viewer=viewer, limit=limit,
                          today=today)


def count_petitions(store: Store, q: PetitionQuery = PetitionQuery(),
                    today: date | None = None) -> int:
    with store.read() as uow:
        sub = _filtered(q, today or _today(), sqlite=store.is_sqlite).subquery()
        return int(uow.session.scalar(select(func.count()).select_from(sub)) or 0)
