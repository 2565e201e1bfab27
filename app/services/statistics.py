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
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Final

from sqlalchemy import ColumnElement, Integer, and_, func, or_, select, text

from app import labels
from app.clock import VN_TZ
from app.law.petition import CONTENT_LABELS, FINAL, ContentType, State
from app.models import FieldOfLaw, Petition, Visit
from app.services.common import ANONYMOUS, Viewer
from app.storage.store import Store
from app.text import Label, Text

Ref = tuple[str, uuid.UUID]  # ("visit" | "petition", id)
PERIODS: Final = {"month": Label("Tháng này"), "quarter": Label("Quý này"), "year": Label("Năm nay")}
OPEN_STATES: Final = tuple(s.value for s in State if s not in FINAL)


@dataclass(slots=True)
class Figure:
    """One number on the page (a bar, a slice). Its records are read when asked for
    (`records`), except for the few a hot spot names, which it carries."""

    key: str
    label: str
    value: int = 0
    refs: list[Ref] | None = None


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
    soon: date  # the last day that counts as "due soon"

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


def _bucketed(prefix: str, spans: list[tuple[date, date]], per_day: dict[date, int],
              label: str) -> list[Figure]:
    return [Figure(f"{prefix}:{a.isoformat()}",
                   f"{a:%d/%m}" if label == "week" else Text("T{month}/{year}", month=a.month,
                                                              year=a.year),
                   sum(n for d, n in per_day.items() if a <= d <= b)) for a, b in spans]


def _grouped(prefix: str, counts: dict[str, int], names: Mapping[str, str],
             order: list[str] | None = None) -> list[Figure]:
    keys = order or sorted(counts, key=lambda k: -counts[k])
    return [Figure(f"{prefix}:{k}", names.get(k, k), counts[k]) for k in keys if counts.get(k)]


def _sums(s: Any, sql: str, **params: object) -> list[Any]:
    return list(s.execute(text(sql), params))


def compute(store: Store, start: date, end: date, *, today: date | None = None,
            viewer: Viewer = ANONYMOUS) -> Statistics:
    """The page's figures from the per-day counters (app/storage/daycounts.py) and two index
    look-ups; their records are read only when a figure is opened (`records`)."""
    from app.services.calendar import office_calendar
    from app.services.dashboard import hot_spots, thresholds
    from app.services.petition_list import DUE_SOON_WORKING_DAYS

    today = today or datetime.now(VN_TZ).date()
    soon = office_calendar(store).add_working_days(today, DUE_SOON_WORKING_DAYS)
    span = {"a": start, "b": end}
    with store.read() as uow:
        s = uow.session
        fields = {c: n for c, n in s.execute(select(FieldOfLaw.code, FieldOfLaw.name))}
        by_day = _sums(s, "SELECT kind, day, sum(n) FROM day_count WHERE kind IN "
                          "('visit', 'petition') AND day BETWEEN :a AND :b GROUP BY kind, day",
                       **span)
        by_cat = _sums(s, "SELECT kind, category, sum(n) FROM day_count WHERE kind IN "
                          "('visit', 'petition') AND day BETWEEN :a AND :b "
                          "GROUP BY kind, category", **span)
        by_field = _sums(s, "SELECT field, sum(n) FROM day_count WHERE kind IN "
                            "('visit', 'petition') AND day BETWEEN :a AND :b GROUP BY field",
                         **span)
        crowds, repeated = _sums(s, "SELECT sum(n * crowd), sum(n * repeated) FROM day_count "
                                    "WHERE kind IN ('visit', 'petition') "
                                    "AND day BETWEEN :a AND :b", **span)[0]
        # Cases: accepted by the end, less those resolved before the start (a case is
        # resolved on or after its acceptance: petitions.case_dates).
        accepted = _sums(s, "SELECT sum(n) FROM day_count WHERE kind = 'accepted' "
                            "AND day <= :b", **span)[0][0]
        settled = _sums(s, "SELECT sum(n) FROM day_count WHERE kind = 'resolved' "
                           "AND day < :a", **span)[0][0]
        resolved, late = _sums(s, "SELECT sum(n), sum(n * late) FROM day_count "
                                  "WHERE kind = 'resolved' AND day BETWEEN :a AND :b",
                               **span)[0]
        overdue, due_soon = s.execute(
            # type_: a sum of comparisons is a count, not a Boolean (4 overdue read back as True)
            select(func.sum(Petition.next_due < today, type_=Integer),
                   func.sum(Petition.next_due.between(today, soon), type_=Integer))
            .where(*_open_due())).one()
    spots = [Figure(f"hot:{i}", h.label, len(h.keys), list(h.keys))
             for i, h in enumerate(hot_spots(store, today, thresholds(store)))]
    days: dict[str, dict[date, int]] = {"visit": {}, "petition": {}}
    for kind, day, n in by_day:
        days[kind][date.fromisoformat(day)] = n
    cats: dict[str, dict[str, int]] = {"visit": {}, "petition": {}}
    for kind, cat, n in by_cat:
        cats[kind][cat] = n
    weeks, months = _weeks(start, end), _months(start, end)
    resolved, late = resolved or 0, late or 0
    return Statistics(
        start, end, today,
        _bucketed("vw", weeks, days["visit"], "week"),
        _bucketed("pw", weeks, days["petition"], "week"),
        _bucketed("vm", months, days["visit"], "month"),
        _bucketed("pm", months, days["petition"], "month"),
        _grouped("vc", cats["visit"], labels.CATEGORY, ["KN", "TC", "KNPA", "OTHER"]),
        _grouped("pc", cats["petition"], {k.value: v for k, v in CONTENT_LABELS.items()},
                 [c.value for c in ContentType]),
        _grouped("f", {f: n for f, n in by_field}, {**fields, "": Label("Chưa ghi lĩnh vực")}),
        Figure("to_resolve", Label("Vụ việc phải giải quyết"), (accepted or 0) - (settled or 0)),
        Figure("resolved", Label("Đã giải quyết"), resolved),
        Figure("on_time", Label("Giải quyết đúng hạn"), resolved - late),
        Figure("late", Label("Giải quyết quá hạn"), late),
        Figure("overdue", Label("Quá hạn"), overdue or 0),
        Figure("due_soon", Label("Sắp đến hạn"), due_soon or 0),
        Figure("crowds", Label("Đoàn đông người"), crowds or 0),
        Figure("repeated", Label("Vụ việc lặp lại"), repeated or 0),
        spots, soon)


# ----------------------------------------------------------------------------- drill-down


def _open_due() -> tuple[ColumnElement[bool], ...]:
    return (Petition.state.in_(OPEN_STATES), Petition.deleted_at.is_(None),
            Petition.next_due.is_not(None))


def _conditions(stats: Statistics, key: str
                ) -> tuple[list[ColumnElement[bool]] | None, list[ColumnElement[bool]] | None]:
    """(visit conditions, petition conditions) of figure `key`; None: no rows of that kind.
    The same definitions as the counters (app/storage/daycounts.py)."""
    a, b = stats.start, stats.end
    prefix, _, arg = key.partition(":")
    if prefix in ("vw", "pw", "vm", "pm"):
        spans = _weeks(a, b) if prefix[1] == "w" else _months(a, b)
        first, last = next(sp for sp in spans if sp[0].isoformat() == arg)
        if prefix[0] == "v":
            return [Visit.visit_date.between(first, last)], None
        return None, [Petition.received_date.between(first, last)]
    in_visits = Visit.visit_date.between(a, b)
    received = Petition.received_date.between(a, b)
    resolved = and_(Petition.resolved_on.between(a, b), Petition.accepted_on.is_not(None))
    late = Petition.resolved_on > func.coalesce(Petition.resolution_due, Petition.resolved_on)
    field = (arg or None)
    table: dict[str, tuple[list[Any] | None, list[Any] | None]] = {
        "vc": ([in_visits, Visit.category == arg], None),
        "pc": (None, [received, Petition.content_type == arg]),
        "f": ([in_visits, Visit.field_code.is_(None) if field is None
               else Visit.field_code == field],
              [received, Petition.field_code.is_(None) if field is None
               else Petition.field_code == field]),
        "to_resolve": (None, [Petition.accepted_on <= b, or_(Petition.resolved_on.is_(None),
                                                             Petition.resolved_on >= a)]),
        "resolved": (None, [resolved]),
        "on_time": (None, [resolved, ~late]),
        "late": (None, [resolved, late]),
        "overdue": (None, [*_open_due(), Petition.next_due < stats.today]),
        "due_soon": (None, [*_open_due(), Petition.next_due.between(stats.today, stats.soon)]),
        "crowds": ([in_visits, Visit.is_crowd.is_(True)], None),
        "repeated": ([in_visits, Visit.repeat == "repeat"],
                     [received, or_(Petition.round > 1, Petition.duplicate_of_id.is_not(None))]),
    }
    if prefix not in table:
        raise KeyError(key)
    return table[prefix]


def records(store: Store, stats: Statistics, key: str) -> list[Ref]:
    """The records behind figure `key` of `stats`, oldest first (overdue and due soon:
    by due date). May run on a worker thread."""
    fig = stats.figure(key)
    if fig.refs is not None:
        return list(fig.refs)
    on_visits, on_petitions = _conditions(stats, key)
    out: list[Ref] = []
    with store.read() as uow:
        s = uow.session
        if on_visits is not None:
            out += [("visit", vid) for vid in s.scalars(
                select(Visit.id).where(Visit.deleted_at.is_(None), *on_visits)
                .order_by(Visit.visit_date, Visit.seq))]
        if on_petitions is not None:
            order = ((Petition.next_due,) if key in ("overdue", "due_soon") else ())
            out += [("petition", pid) for pid in s.scalars(
                select(Petition.id).where(Petition.deleted_at.is_(None), *on_petitions)
                .order_by(*order, Petition.received_date, Petition.seq))]
    return out


def describe(stats: Statistics) -> list[str]:
    """The headline figures as sentences (the page's summary, the CLI)."""
    def pct(x: float | None) -> str:
        return "—" if x is None else f"{100 * x:.0f} %".replace(".", ",")

    visits = sum(f.value for f in stats.visits_by_month)
    pets = sum(f.value for f in stats.petitions_by_month)
    return [Text("Từ {start} đến {end}: {visits} lượt tiếp, {petitions} đơn.",
                 start=f"{stats.start:%d/%m/%Y}", end=f"{stats.end:%d/%m/%Y}", visits=visits,
                 petitions=pets),
            Text("Tỷ lệ giải quyết: {resolved_share} ({resolved}/{to_resolve} vụ việc); đúng hạn: "
                 "{on_time_share} ({on_time}/{resolved}).",
                 resolved_share=pct(stats.share_resolved), resolved=stats.resolved.value,
                 to_resolve=stats.to_resolve.value, on_time_share=pct(stats.share_on_time),
                 on_time=stats.on_time.value),
            Text("Hôm nay: {overdue} đơn quá hạn, {due_soon} sắp đến hạn.",
                 overdue=stats.overdue.value, due_soon=stats.due_soon.value)]


def by_key(items: list[Figure]) -> dict[str, Figure]:
    return {f.key: f for f in items}


