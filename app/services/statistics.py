"""The head's statistics page (issue 7, item 4): plain series over a period, each figure with
the records behind it, so a chart bar opens exactly its list.

`compute(store, start, end)` reads visits, petitions and their events in one read transaction
per part and returns plain values (no ORM object); it may run on a worker thread.

Definitions (also shown on the page and in the README):

* **Vụ việc phải giải quyết** in the period: petitions *thụ lý* (an "accept" step) on or
  before the period's last day and not resolved before its first day.
* **Đã giải quyết**: those with a resolution (decision / conclusion, or withdrawal) within
  the period. *Tỷ lệ giải quyết* = resolved ÷ to resolve.
* **Đúng hạn**: resolved on or before the resolution deadline the law gives them (complaint
  first/second instance, denunciation; with extensions, computed on the office calendar as
  everywhere in the app). A matter without a statutory resolution deadline (kiến nghị, phản
  ánh) counts as on time. *Tỷ lệ đúng hạn* = on time ÷ resolved.
* **Quá hạn / sắp đến hạn**: open petitions whose next deadline is past / within 3 working
  days, as of today (the same rule as the lists and the "Theo dõi" page).
* **Vụ việc lặp lại**: visits marked "nhiều lần" and petitions that repeat a matter (a later
  round or a duplicate) in the period.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, Final

from sqlalchemy import or_, select
from sqlalchemy.orm import aliased

from app import labels
from app.clock import VN_TZ
from app.law.petition import CONTENT_LABELS, FINAL, Channel, ContentType, Forwarder
from app.law.petition_deadlines import obligations
from app.models import FieldOfLaw, Petition, PetitionEvent, Visit
from app.services.common import ANONYMOUS, Viewer
from app.storage.store import Store

Ref = tuple[str, uuid.UUID]  # ("visit" | "petition", id)
RESOLUTION_RULES: Final = ("complaint-first", "complaint-second", "denunciation-resolution")
PERIODS: Final = {"month": "Tháng này", "quarter": "Quý này", "year": "Năm nay"}


@dataclass(slots=True)
class Figure:
    """One number on the page (a bar, a slice) and the records that make it."""

    key: str
    label: str
    refs: list[Ref] = field(default_factory=list)

    @property
    def value(self) -> int:
        return len(self.refs)


@dataclass(frozen=True, slots=True)
class Statistics:
    start: date
    end: date
    today: date
    visits_by_week: list[Figure]
    petitions_by_week: list[Figure]
    visits_by_month: list[Figure]
    petitions_by_month: list[Figure]
    visits_by_category: list[Figure]
    petitions_by_type: list[Figure]
    by_field: list[Figure]  # visits and petitions together
    to_resolve: Figure
    resolved: Figure
    on_time: Figure
    late: Figure
    overdue: Figure
    due_soon: Figure
    crowds: Figure
    repeated: Figure
    hot_spots: list[Figure]

    @property
    def share_resolved(self) -> float | None:
        return self.resolved.value / self.to_resolve.value if self.to_resolve.value else None

    @property
    def share_on_time(self) -> float | None:
        return self.on_time.value / self.resolved.value if self.resolved.value else None

    def figures(self) -> list[Figure]:
        """Every figure, for a look-up by key (the GUI's drill-down)."""
        out = [*self.visits_by_week, *self.petitions_by_week, *self.visits_by_month,
               *self.petitions_by_month, *self.visits_by_category, *self.petitions_by_type,
               *self.by_field, self.to_resolve, self.resolved, self.on_time, self.late,
               self.overdue, self.due_soon, self.crowds, self.repeated, *self.hot_spots]
        return out

    def figure(self, key: str) -> Figure:
        return next(f for f in self.figures() if f.key == key)


def period(kind: str, today: date) -> tuple[date, date]:
    """This calendar month / quarter / year, up to its last day."""
    if kind == "month":
        start = today.replace(day=1)
        end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    elif kind == "quarter":
        q = (today.month - 1) // 3
        start = date(today.year, 3 * q + 1, 1)
        end = (date(today.year + (q == 3), (3 * q + 3) % 12 + 1, 1) - timedelta(days=1))
    elif kind == "year":
        start, end = date(today.year, 1, 1), date(today.year, 12, 31)
    else:
        raise ValueError(kind)
    return start, end


def _weeks(start: date, end: date) -> list[tuple[date, date]]:
    first = start - timedelta(days=start.weekday())
    out = []
    while first <= end:
        out.append((max(first, start), min(first + timedelta(days=6), end)))
        first += timedelta(days=7)
    return out


def _months(start: date, end: date) -> list[tuple[date, date]]:
    out = []
    d = start.replace(day=1)
    while d <= end:
        nxt = (d + timedelta(days=32)).replace(day=1)
        out.append((max(d, start), min(nxt - timedelta(days=1), end)))
        d = nxt
    return out


def _bucketed(prefix: str, spans: list[tuple[date, date]], items: list[tuple[date, Ref]],
              label: str) -> list[Figure]:
    figs = [Figure(f"{prefix}:{a.isoformat()}",
                   (f"{a:%d/%m}" if label == "week" else f"T{a.month}/{a.year}"))
            for a, _ in spans]
    for day, ref in items:
        for i, (a, b) in enumerate(spans):
            if a <= day <= b:
                figs[i].refs.append(ref)
                break
    return figs


def _grouped(prefix: str, items: list[tuple[str, Ref]], names: dict[str, str],
             order: list[str] | None = None) -> list[Figure]:
    groups: dict[str, Figure] = {}
    for key, ref in items:
        groups.setdefault(key, Figure(f"{prefix}:{key}", names.get(key, key))).refs.append(ref)
    keys = order or sorted(groups, key=lambda k: -groups[k].value)
    return [groups[k] for k in keys if k in groups]


def compute(store: Store, start: date, end: date, *, today: date | None = None,
            viewer: Viewer = ANONYMOUS) -> Statistics:
    from app.law import deadlines as law_deadlines
    from app.services import petitions as pservice
    from app.services.dashboard import hot_spots, thresholds
    from app.services.petition_list import DUE_SOON_WORKING_DAYS

    today = today or datetime.now(VN_TZ).date()
    cal = pservice._calendar(store)
    with store.read() as uow:
        s = uow.session
        fields = {c: n for c, n in s.execute(select(FieldOfLaw.code, FieldOfLaw.name))}
        vrows = s.execute(select(Visit.id, Visit.visit_date, Visit.category, Visit.field_code,
                                 Visit.is_crowd, Visit.repeat, Visit.seq, Visit.year)
                          .where(Visit.deleted_at.is_(None), Visit.visit_date >= start,
                                 Visit.visit_date <= end)).all()
        prows = s.execute(select(Petition.id, Petition.received_date, Petition.content_type,
                                 Petition.field_code, Petition.round, Petition.duplicate_of_id)
                          .where(Petition.deleted_at.is_(None), Petition.received_date >= start,
                                 Petition.received_date <= end)).all()
        # Cases of the period: accepted by its end and not settled before its start, found in
        # SQL (a list of ids would exceed SQLite's variable limit on a large store).
        # Only petitions still open or closed in the period can be cases of it (closed_on is
        # indexed); each is then checked for an acceptance through its own events' index.
        acc = aliased(PetitionEvent)
        accepted = select(acc.id).where(
            acc.petition_id == Petition.id, acc.step == "accept",
            acc.on_date <= end).correlate(Petition).exists()
        candidates = (or_(Petition.closed_on.is_(None), Petition.closed_on >= start), accepted,
                      Petition.deleted_at.is_(None))
        heads = s.execute(select(Petition.id, Petition.received_date, Petition.content_type,
                                 Petition.channel, Petition.forwarder_kind, Petition.anonymous,
                                 Petition.instance).where(*candidates)).all()
        # Plain rows, not ORM objects: a year on a large store has tens of thousands of cases.
        history: dict[uuid.UUID, list[Any]] = defaultdict(list)
        ids = [h[0] for h in heads]
        for i in range(0, len(ids), 500):  # through the (petition_id, seq) index, in chunks
            for ev in s.execute(select(PetitionEvent.petition_id, PetitionEvent.step,
                                       PetitionEvent.on_date, PetitionEvent.data)
                                .where(PetitionEvent.petition_id.in_(ids[i:i + 500]))
                                .order_by(PetitionEvent.petition_id, PetitionEvent.seq)):
                history[ev.petition_id].append(ev)
        cases: list[tuple[uuid.UUID, date | None, bool]] = []
        for pid, received, ctype, channel, fkind, anonymous, instance in heads:
            events = history[pid]
            done = min((e.on_date for e in events if e.step in ("decide", "withdraw")),
                       default=None)
            if done is not None and done < start:
                continue
            in_time = True
            if done is not None:
                for ob in obligations(
                        received=received, content_type=ContentType(ctype),
                        channel=Channel(channel),
                        forwarder=Forwarder(fkind) if fkind else None, anonymous=anonymous,
                        instance=instance, events=pservice._event_facts(events)):
                    if ob.rule_id in RESOLUTION_RULES:
                        due = law_deadlines.compute(
                            ob.rule_id, ob.start, cal, complex=ob.complex,
                            extensions=ob.extensions,
                            especially_complex=ob.especially_complex).due
                        in_time = done <= due
            cases.append((pid, done if done and done <= end else None, in_time))
        visit_numbers = {(seq, year): vid for vid, _, _, _, _, _, seq, year in vrows}
        open_dues: list[tuple[uuid.UUID, date]] = [(pid, due) for pid, due in s.execute(
            select(Petition.id, Petition.next_due).where(
            Petition.deleted_at.is_(None), Petition.state.not_in([f.value for f in FINAL]),
            Petition.next_due.is_not(None))) if due is not None]
        spot_list = hot_spots(store, today, thresholds(store))
        wanted_years = {int(r.rpartition("/")[2]) for h in spot_list for r in h.refs
                        if r.startswith("Đơn ")}
        petition_numbers = {(seq, year): pid for pid, seq, year in s.execute(
            select(Petition.id, Petition.seq, Petition.year).where(
                Petition.year.in_(wanted_years)))} if wanted_years else {}
    vitems = [(d, ("visit", vid)) for vid, d, *_ in vrows]
    pitems = [(d, ("petition", pid)) for pid, d, *_ in prows]
    weeks, months = _weeks(start, end), _months(start, end)
    field_names = {**fields, "": "Chưa ghi lĩnh vực"}
    to_resolve = Figure("to_resolve", "Vụ việc phải giải quyết",
                        [("petition", pid) for pid, _, _ in cases])
    resolved = Figure("resolved", "Đã giải quyết", [("petition", pid) for pid, r, _ in cases if r])
    on_time = Figure("on_time", "Giải quyết đúng hạn",
                     [("petition", pid) for pid, r, ok in cases if r and ok])
    late = Figure("late", "Giải quyết quá hạn",
                  [("petition", pid) for pid, r, ok in cases if r and not ok])
    soon = cal.add_working_days(today, DUE_SOON_WORKING_DAYS)
    open_dues.sort(key=lambda r: r[1])
    overdue = Figure("overdue", "Quá hạn", [("petition", pid) for pid, due in open_dues
                                             if due < today])
    due_soon = Figure("due_soon", "Sắp đến hạn", [("petition", pid) for pid, due in open_dues
                                                   if today <= due <= soon])
    crowds = Figure("crowds", "Đoàn đông người",
                    [("visit", vid) for vid, _, _, _, crowd, *_ in vrows if crowd])
    repeated = Figure("repeated", "Vụ việc lặp lại",
                      [("visit", vid) for vid, _, _, _, _, rep, *_ in vrows if rep == "repeat"]
                      + [("petition", pid) for pid, _, _, _, rnd, dup in prows
                         if rnd > 1 or dup is not None])
    spots = []
    for i, h in enumerate(spot_list):
        fig = Figure(f"hot:{i}", h.label)
        for ref in h.refs:
            kind, _, number = ref.partition(" ")
            seq, _, year = number.partition("/")
            key = (int(seq), int(year))
            found = visit_numbers.get(key) if kind == "LT" else petition_numbers.get(key)
            if found is not None:
                fig.refs.append(("visit" if kind == "LT" else "petition", found))
        spots.append(fig)
    return Statistics(
        start, end, today,
        _bucketed("vw", weeks, vitems, "week"), _bucketed("pw", weeks, pitems, "week"),
        _bucketed("vm", months, vitems, "month"), _bucketed("pm", months, pitems, "month"),
        _grouped("vc", [(c, ("visit", vid)) for vid, _, c, *_ in vrows], labels.CATEGORY,
                 ["KN", "TC", "KNPA", "OTHER"]),
        _grouped("pc", [(c, ("petition", pid)) for pid, _, c, *_ in prows],
                 {k.value: v for k, v in CONTENT_LABELS.items()},
                 [c.value for c in ContentType]),
        _grouped("f", [(f or "", ("visit", vid)) for vid, _, _, f, *_ in vrows]
                 + [(f or "", ("petition", pid)) for pid, _, _, f, *_ in prows], field_names),
        to_resolve, resolved, on_time, late, overdue, due_soon, crowds, repeated, spots)


def describe(stats: Statistics) -> list[str]:
    """The headline figures as sentences (the page's summary, the CLI)."""
    def pct(x: float | None) -> str:
        return "—" if x is None else f"{100 * x:.0f} %".replace(".", ",")

    visits = sum(f.value for f in stats.visits_by_month)
    pets = sum(f.value for f in stats.petitions_by_month)
    return [f"Từ {stats.start:%d/%m/%Y} đến {stats.end:%d/%m/%Y}: {visits} lượt tiếp, {pets} đơn.",
            f"Tỷ lệ giải quyết: {pct(stats.share_resolved)} ({stats.resolved.value}/"
            f"{stats.to_resolve.value} vụ việc); đúng hạn: {pct(stats.share_on_time)} "
            f"({stats.on_time.value}/{stats.resolved.value}).",
            f"Hôm nay: {stats.overdue.value} đơn quá hạn, {stats.due_soon.value} sắp đến hạn."]


def by_key(items: list[Figure]) -> dict[str, Figure]:
    return {f.key: f for f in items}


