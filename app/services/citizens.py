"""Citizens: matching a returning person, suggestions while typing, their earlier visits."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, exists, false, func, not_, or_, select, true
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app.models import Citizen, Visit, VisitPerson
from app.models.search import citizen_fts
from app.services.common import ANONYMOUS, Viewer, next_search_key
from app.services.textmatch import entry_order, matching
from app.storage.store import Store
from app.text import Text
from app.vn.cccd import parse_cccd
from app.vn.text import clean, fold


@dataclass(frozen=True, slots=True)
class CitizenSummary:
    id: uuid.UUID
    full_name: str
    cccd: str | None
    date_of_birth: date | None
    birth_year: int | None
    gender: str | None
    address: str
    phone: str | None
    visit_count: int
    last_visit: date | None


@dataclass(slots=True)
class CitizenFields:
    """What a visit form or record says about a person (all optional but the name)."""

    full_name: str
    cccd: str | None = None
    old_id: str | None = None
    date_of_birth: date | None = None
    gender: str | None = None
    address: str = ""
    card_address: str | None = None
    phone: str | None = None
    id_issued_on: date | None = None
    id_issue_place: str | None = None


def _marks(text: str) -> int:
    """How many letters carry Vietnamese marks (more marks = the properly written form)."""
    return sum(1 for ch in text if not ch.isascii())


def citizen_search_text(c: Citizen) -> str:
    parts = [fold(c.full_name), fold(c.address), fold(c.card_address), c.cccd, c.old_id, c.phone]
    return " ".join(filter(None, parts))


def _refresh_derived(c: Citizen) -> None:
    c.name_folded = fold(c.full_name)
    c.address_folded = fold(c.address)
    if c.date_of_birth:
        c.birth_year = c.date_of_birth.year
    elif c.cccd and (info := parse_cccd(c.cccd)) is not None:
        c.birth_year = info.birth_year  # digits 4–6 of the CCCD encode it
    c.search_text = citizen_search_text(c)


def _apply(c: Citizen, f: CitizenFields) -> None:
    """Fill or update a citizen from what was typed; blanks never erase known facts."""
    typed = clean(f.full_name)
    # "nguyen van duc" typed later must not replace the stored "Nguyễn Văn Đức".
    if typed and not (c.full_name and fold(typed) == fold(c.full_name)
                      and _marks(typed) < _marks(c.full_name)):
        c.full_name = typed
    for attr in ("cccd", "old_id", "date_of_birth", "gender", "card_address", "phone",
                 "id_issued_on", "id_issue_place"):
        value = getattr(f, attr)
        if isinstance(value, str):
            value = clean(value) or None
        if value is not None:
            setattr(c, attr, value)
    if clean(f.address):
        c.address = clean(f.address)
    _refresh_derived(c)


def _hidden_citizen(viewer: Viewer) -> ColumnElement[bool]:
    """Citizens known only through denunciations someone else received stay out of sight."""
    if viewer.is_head:
        return false()
    conf_other = exists().where(
        VisitPerson.citizen_id == Citizen.id, Visit.id == VisitPerson.visit_id,
        Visit.confidential.is_(True),
        or_(Visit.officer_id.is_(None), Visit.officer_id != viewer.officer_id)
        if viewer.officer_id else true(),
    )
    open_visit = exists().where(
        VisitPerson.citizen_id == Citizen.id, Visit.id == VisitPerson.visit_id,
        or_(Visit.confidential.is_(False),
            Visit.officer_id == viewer.officer_id if viewer.officer_id else false()),
    )
    return and_(conf_other, not_(open_visit))


def visible_visits(viewer: Viewer) -> ColumnElement[bool]:
    """Visits whose people this viewer may see linked to a person."""
    if viewer.is_head:
        return true()
    if viewer.officer_id is None:
        return Visit.confidential.is_(False)
    return or_(Visit.confidential.is_(False), Visit.officer_id == viewer.officer_id)


class CitizenConflict(Exception):
    """A picked or typed identity that cannot be the person meant; carries a Vietnamese reason."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _name_address_match(session: Session, office_id: uuid.UUID, f: CitizenFields
                        ) -> Citizen | None:
    """Same folded name and address, no contradicting birth date or CCCD."""
    if not clean(f.address):
        return None
    candidates = session.scalars(
        select(Citizen).where(
            Citizen.office_id == office_id,
            Citizen.name_folded == fold(f.full_name),
            Citizen.address_folded == fold(f.address),
            Citizen.deleted_at.is_(None),
        )
    ).all()
    card_year = info.birth_year if f.cccd and (info := parse_cccd(f.cccd)) else None
    for cand in candidates:
        if f.cccd and cand.cccd:  # both have numbers and they differ: two people
            continue
        if f.date_of_birth is not None and cand.date_of_birth not in (None, f.date_of_birth):
            continue
        if card_year is not None and cand.birth_year not in (None, card_year):
            continue
        return cand
    return None


def find_or_create(
    session: Session, office_id: uuid.UUID, f: CitizenFields, citizen_id: uuid.UUID | None,
    *, update: bool = True,
) -> tuple[Citizen, bool]:
    """The citizen a visit is about: by picked id, else CCCD, else exact folded name + address.

    Returns (citizen, created). A name+address match needs compatible birth dates (and no
    different CCCD), so a father and son of the same name at one address stay two people; a
    person first logged without a card is recognised when they come back with one.
    `update=False` (denunciations) matches without copying the new details onto the shared
    record, where other officers would see them (LAW.md §11).
    Raises CitizenConflict when a picked id is unknown or its CCCD belongs to someone else.
    """
    c: Citizen | None = None
    if citizen_id is not None:
        c = session.get(Citizen, citizen_id)
        if c is None or c.office_id != office_id:
            raise CitizenConflict(Text("Không tìm thấy công dân đã chọn (có thể đã bị xóa); hãy tìm lại."))
    by_number = None
    if f.cccd:
        by_number = session.scalars(
            select(Citizen).where(Citizen.office_id == office_id, Citizen.cccd == f.cccd)
        ).first()
    if c is not None and by_number is not None and by_number.id != c.id:
        raise CitizenConflict(
            Text("Số CCCD {cccd} đã thuộc về {owner}, không phải {chosen}.", cccd=f.cccd,
                 owner=by_number.full_name, chosen=c.full_name))
    if c is not None and f.cccd and c.cccd and c.cccd != f.cccd:
        raise CitizenConflict(
            Text("Công dân đã chọn có số CCCD {cccd}, khác số vừa nhập {typed}.", cccd=c.cccd,
                 typed=f.cccd))
    c = c or by_number or _name_address_match(session, office_id, f)
    created = c is None
    if c is None:
        c = Citizen(office_id=office_id, search_key=next_search_key(session, Citizen),
                    full_name=clean(f.full_name), address="")
        session.add(c)
    if created or update:
        _apply(c, f)
    return c, created


def _summaries(session: Session, rows: list[Citizen], viewer: Viewer) -> list[CitizenSummary]:
    if not rows:
        return []
    ids = [c.id for c in rows]
    visible = visible_visits(viewer)
    stats = dict(
        (cid, (n, last))
        for cid, n, last in session.execute(
            select(VisitPerson.citizen_id, func.count(), func.max(Visit.visit_date))
            .join(Visit, Visit.id == VisitPerson.visit_id)
            .where(VisitPerson.citizen_id.in_(ids), Visit.deleted_at.is_(None), visible)
            .group_by(VisitPerson.citizen_id)
        ).all()
    )
    out = []
    for c in rows:
        n, last = stats.get(c.id, (0, None))
        out.append(CitizenSummary(
            c.id, c.full_name, c.cccd, c.date_of_birth, c.birth_year, c.gender, c.address,
            c.phone, n, last,
        ))
    return out


def suggest(store: Store, typed: str, limit: int = 20, viewer: Viewer = ANONYMOUS
            ) -> list[CitizenSummary]:
    """People whose name, address, CCCD or phone start with the typed words (accents ignored)."""
    sqlite = store.is_sqlite
    stmt = matching(select(Citizen), Citizen, citizen_fts, typed, sqlite=sqlite)
    if stmt is None:
        return []
    with store.read() as uow:
        s = uow.session
        # On SQLite driven by the FTS cursor in its rowid order, so LIMIT stops early on
        # common prefixes.
        rows = s.scalars(
            stmt.where(Citizen.deleted_at.is_(None), not_(_hidden_citizen(viewer)))
            .order_by(entry_order(Citizen, citizen_fts, sqlite=sqlite))
            .limit(limit)
        ).all()
        return _summaries(s, list(rows), viewer)


def by_cccd(store: Store, cccd: str, viewer: Viewer = ANONYMOUS) -> CitizenSummary | None:
    with store.read() as uow:
        s = uow.session
        c = s.scalars(select(Citizen).where(
            Citizen.cccd == cccd, Citizen.deleted_at.is_(None), not_(_hidden_citizen(viewer)))
        ).first()
        return _summaries(s, [c], viewer)[0] if c else None


def get(store: Store, citizen_id: uuid.UUID, viewer: Viewer = ANONYMOUS) -> CitizenSummary | None:
    with store.read() as uow:
        s = uow.session
        c = s.scalars(select(Citizen).where(
            Citizen.id == citizen_id, not_(_hidden_citizen(viewer)))).first()
        return _summaries(s, [c], viewer)[0] if c else None
