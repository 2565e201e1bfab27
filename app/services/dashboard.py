"""What the office must watch (Directive 15-CT/TU): deadlines by officer, watched matters, hot spots.

A hot spot (điểm nóng) is N or more visits and petitions on the same field of law or from the
same neighbourhood within M days, or any crowd visit; N and M are set by an administrator.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import select

from app.actor import Actor
from app.clock import VN_TZ
from app.errors import FieldProblem, ValidationFailed
from app.law.petition import FINAL
from app.models import FieldOfLaw, Petition, PetitionSender, Visit, VisitPerson
from app.services.common import ANONYMOUS, Viewer, meta_get, meta_set
from app.services.petition_list import PetitionQuery, PetitionRow, list_petitions
from app.storage.store import Store
from app.text import Text
from app.vn.address import area_of

META_MIN_COUNT = "hotspot_min_count"
META_WINDOW_DAYS = "hotspot_window_days"
DEFAULT_MIN_COUNT = 3
DEFAULT_WINDOW_DAYS = 30


@dataclass(frozen=True, slots=True)
class Thresholds:
    min_count: int = DEFAULT_MIN_COUNT  # N
    window_days: int = DEFAULT_WINDOW_DAYS  # M


@dataclass(slots=True)
class HotSpot:
    kind: str  # field | area | crowd
    key: str
    label: str
    visits: int = 0
    petitions: int = 0
    people: int = 0  # crowd: the head-count
    first: date | None = None
    last: date | None = None
    refs: list[str] = field(default_factory=list)  # "LT 0001/2026", "Đơn …" (Texts), newest first
    keys: list[tuple[str, uuid.UUID]] = field(default_factory=list)  # ("visit"|"petition", id)

    @property
    def total(self) -> int:
        return self.visits + self.petitions

    def add(self, day: date, ref: str, petition: bool, rid: uuid.UUID) -> None:
        self.keys.append(("petition" if petition else "visit", rid))
        if petition:
            self.petitions += 1
        else:
            self.visits += 1
        self.first = min(self.first or day, day)
        self.last = max(self.last or day, day)
        self.refs.append(ref)


@dataclass(frozen=True, slots=True)
class OfficerLoad:
    officer_id: uuid.UUID | None
    officer_name: str
    overdue: int
    due_soon: int
    open: int


@dataclass(frozen=True, slots=True)
class Dashboard:
    today: date
    week_end: date
    overdue: list[PetitionRow]
    due_this_week: list[PetitionRow]
    by_officer: list[OfficerLoad]
    watched: list[PetitionRow]
    hot_spots: list[HotSpot]
    thresholds: Thresholds


def thresholds(store: Store) -> Thresholds:
    with store.read() as uow:
        n = meta_get(uow.session, META_MIN_COUNT)
        m = meta_get(uow.session, META_WINDOW_DAYS)
    return Thresholds(int(n) if n else DEFAULT_MIN_COUNT, int(m) if m else DEFAULT_WINDOW_DAYS)


def set_thresholds(store: Store, min_count: int, window_days: int, *,
                   actor: Actor | None = None) -> Thresholds:
    problems = []
    if not 2 <= min_count <= 1000:
        problems.append(FieldProblem("min_count", Text("Số vụ việc để cảnh báo phải từ 2 đến 1000.")))
    if not 1 <= window_days <= 366:
        problems.append(FieldProblem("window_days", Text("Số ngày theo dõi phải từ 1 đến 366.")))
    if problems:
        raise ValidationFailed(problems)
    with store.write(actor) as uow:
        before = {"min_count": meta_get(uow.session, META_MIN_COUNT),
                  "window_days": meta_get(uow.session, META_WINDOW_DAYS)}
        meta_set(uow.session, META_MIN_COUNT, str(min_count))
        meta_set(uow.session, META_WINDOW_DAYS, str(window_days))
        uow.audit("settings.hot_spots", "settings", "hot_spots",
                  "Đổi ngưỡng cảnh báo điểm nóng", before=before,
                  after={"min_count": str(min_count), "window_days": str(window_days)})
        uow.commit()
    return Thresholds(min_count, window_days)


def hot_spots(store: Store, today: date, limits: Thresholds) -> list[HotSpot]:
    since = today - timedelta(days=limits.window_days - 1)
    spots: dict[tuple[str, str], HotSpot] = {}
    crowds: list[HotSpot] = []

    def spot(kind: str, key: str, label: str) -> HotSpot:
        return spots.setdefault((kind, key), HotSpot(kind, key, label))

    with store.read() as uow:
        s = uow.session
        fields: dict[str, str] = {c: n for c, n in s.execute(select(FieldOfLaw.code, FieldOfLaw.name))}
        visits = s.execute(
            select(Visit.id, Visit.visit_date, Visit.seq, Visit.year, Visit.field_code,
                   Visit.is_crowd, Visit.person_count, Visit.content)
            .where(Visit.deleted_at.is_(None), Visit.visit_date >= since,
                   Visit.visit_date <= today)
            .order_by(Visit.visit_date.desc())).all()
        addresses: dict[uuid.UUID, list[str]] = defaultdict(list)
        for vid, addr in s.execute(
                select(VisitPerson.visit_id, VisitPerson.address)
                .join(Visit, Visit.id == VisitPerson.visit_id)
                .where(Visit.deleted_at.is_(None), Visit.visit_date >= since,
                       Visit.visit_date <= today)):
            addresses[vid].append(addr)
        for vid, day, seq, year, fcode, crowd, count, content in visits:
            ref = Text("LT {number}", number=f"{seq:04d}/{year}")
            if fcode:
                spot("field", fcode, fields.get(fcode, fcode)).add(day, ref, petition=False, rid=vid)
            for key, label in {a for a in map(area_of, addresses[vid]) if a}:
                spot("area", key, label).add(day, ref, petition=False, rid=vid)
            if crowd:
                c = HotSpot("crowd", ref, f"Đoàn đông người {count} người: {content[:80]}",
                            people=count)
                c.add(day, ref, petition=False, rid=vid)
                crowds.append(c)
        petitions = s.execute(
            select(Petition.id, Petition.received_date, Petition.seq, Petition.year,
                   Petition.field_code)
            .where(Petition.deleted_at.is_(None), Petition.received_date >= since,
                   Petition.received_date <= today, Petition.duplicate_of_id.is_(None))
            .order_by(Petition.received_date.desc())).all()
        paddr: dict[uuid.UUID, list[str]] = defaultdict(list)
        for pid, addr in s.execute(
                select(PetitionSender.petition_id, PetitionSender.address)
                .join(Petition, Petition.id == PetitionSender.petition_id)
                .where(Petition.received_date >= since, Petition.received_date <= today)):
            paddr[pid].append(addr)
        for pid, day, seq, year, fcode in petitions:
            ref = Text("Đơn {number}", number=f"{seq:04d}/{year}")
            if fcode:
                spot("field", fcode, fields.get(fcode, fcode)).add(day, ref, petition=True, rid=pid)
            for key, label in {a for a in map(area_of, paddr[pid]) if a}:
                spot("area", key, label).add(day, ref, petition=True, rid=pid)
    found = [h for h in spots.values() if h.total >= limits.min_count]
    found.sort(key=lambda h: (-h.total, h.label))
    return crowds + found


def dashboard(store: Store, *, today: date | None = None, viewer: Viewer = ANONYMOUS
              ) -> Dashboard:
    today = today or datetime.now(VN_TZ).date()
    week_end = today + timedelta(days=6 - today.weekday())  # this Sunday
    open_rows = list_petitions(store, PetitionQuery(state="open"), viewer=viewer, limit=None,
                               today=today, by_due=True)
    overdue = [r for r in open_rows if r.due_status == "overdue"]
    this_week = [r for r in open_rows
                 if r.next_due is not None and today <= r.next_due <= week_end]
    loads: dict[uuid.UUID | None, list[PetitionRow]] = defaultdict(list)
    for r in open_rows:
        if r.state not in FINAL:
            loads[r.officer_id].append(r)
    by_officer = sorted(
        (OfficerLoad(oid, rows[0].officer_name or "Chưa giao cán bộ",
                     sum(r.due_status == "overdue" for r in rows),
                     sum(r.due_status == "due_soon" for r in rows), len(rows))
         for oid, rows in loads.items()),
        key=lambda o: (-o.overdue, -o.due_soon, o.officer_name))
    watched = list_petitions(store, PetitionQuery(state="open", watch_only=True), viewer=viewer,
                             limit=None, today=today)
    limits = thresholds(store)
    return Dashboard(today, week_end, overdue, this_week, by_officer, watched,
                     hot_spots(store, today, limits), limits)
