"""What the result tables (01–04/KQGQ) share: which cases count in a period, their results,
quantities and whether they were resolved on time.

A case is a petition accepted for resolution (thụ lý; LAW.md §4.4). It counts in a period when
it was accepted by the last day and not finished before the first day; finished = decided
(quyết định giải quyết / kết luận) or withdrawn (rút → đình chỉ). Results and quantities are
those recorded with the `decide` step (app.services.petitions: result, quantities in đồng and
m²); money is printed in million đồng (Trđ) as the forms ask.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.errors import InputError
from app.law import deadlines as law_deadlines
from app.law.calendar import WorkCalendar
from app.law.petition import Channel, ContentType, Forwarder, Step
from app.law.petition_deadlines import EventFact, obligations
from app.services.reports.data import Event, PetitionFact
from app.services.reports.model import Cell, Ref
from app.vn.text import fold

MILLION = 1_000_000.0
FINISH = frozenset({Step.DECIDE.value, Step.WITHDRAW.value})
RESOLUTION_RULES = ("complaint-first", "complaint-second", "denunciation-resolution")


@dataclass(slots=True)
class Case:
    p: PetitionFact
    accepted: Event
    finished: Event | None  # decided or withdrawn by the last day
    carried: bool  # received before the first day

    @property
    def decision(self) -> Event | None:
        return self.finished if self.finished and self.finished.step == Step.DECIDE.value else None


def content_type(p: PetitionFact, end: str) -> str:
    ct = p.content_type
    for e in p.events:
        if e.on > end:
            break
        if e.step == Step.CLASSIFY.value and e.data.get("content_type"):
            ct = str(e.data["content_type"])
    return ct


def cases(facts: Sequence[PetitionFact], kind: ContentType, start: str, end: str) -> list[Case]:
    out = []
    for p in facts:
        if content_type(p, end) != kind.value:
            continue
        accepted = p.first({Step.ACCEPT.value}, end)
        if accepted is None:
            continue
        finished = p.first(FINISH, end)
        if finished is not None and finished.on < start:
            continue
        out.append(Case(p, accepted, finished, p.received < start))
    return out


@dataclass(slots=True)
class Execution:
    """A decision (KN) or conclusion (TC) to be executed in the period (02/ and 04/KQGQ)."""

    p: PetitionFact
    due: dict[str, float]  # the amounts decided
    paid: dict[str, float] | None  # the amounts executed; None while not executed


def executions(facts: Sequence[PetitionFact], kind: ContentType, start: str, end: str
               ) -> Iterator[Execution]:
    """Decided by the last day and not executed (closed) before the first day. The amounts
    executed are those recorded with the `close` or else the `enforce` step, else (closed)
    the decided ones [I]."""
    for p in facts:
        if content_type(p, end) != kind.value:
            continue
        decided = p.first({Step.DECIDE.value}, end)
        if decided is None:
            continue
        done = p.first({Step.CLOSE.value}, end)
        if done is not None and done.on < start:
            continue
        due = quantities(decided)
        paid = None if done is None else (
            quantities(done) or quantities(p.first({Step.ENFORCE.value}, end)) or due)
        yield Execution(p, due, paid)


def result_of(decision: Event) -> str | None:
    """right | wrong | partly, from the code or (denunciations) the words recorded."""
    raw = str(decision.data.get("result") or "").strip()
    if raw in ("right", "wrong", "partly"):
        return raw
    t = fold(raw)
    if not t:
        return None
    if "mot phan" in t or ("dung" in t and "sai" in t):
        return "partly"
    if "khong dung" in t or "sai" in t:
        return "wrong"
    if "dung" in t:
        return "right"
    return None


def quantities(e: Event | None) -> dict[str, float]:
    if e is None:
        return {}
    q: Any = e.data.get("quantities") or {}
    return {str(k): float(v) for k, v in q.items() if isinstance(v, int | float)}


def restored(q: dict[str, float]) -> bool:
    """Money or land was returned (an organisation restored in its rights)."""
    return bool(q.get("money_returned") or q.get("land_returned_m2"))


def add_recovered(cells: dict[int, Cell], ref: Ref, q: dict[str, float], col: int) -> None:
    """Recovered to the State: money (Trđ) in `col`, land (m²) in `col + 1`."""
    cells[col].add(ref, q.get("money_recovered", 0) / MILLION)
    cells[col + 1].add(ref, q.get("land_recovered_m2", 0))


def add_returned(cells: dict[int, Cell], ref: Ref, q: dict[str, float], organisation: bool,
                 col: int) -> None:
    """Returned: money and land to organisations in `col`, `col + 1`; to individuals in
    `col + 2`, `col + 3`."""
    at = col if organisation else col + 2
    cells[at].add(ref, q.get("money_returned", 0) / MILLION)
    cells[at + 1].add(ref, q.get("land_returned_m2", 0))


def add_decided(cells: dict[int, Cell], ref: Ref, q: dict[str, float], organisation: bool,
                col: int) -> None:
    """The amounts of a decision as 01/ and 03/KQGQ lay them out from `col`: recovered,
    returned, organisations restored (col + 6), people benefited (col + 7), people
    disciplined (col + 8) and cases sent to investigation (col + 10)."""
    add_recovered(cells, ref, q, col)
    add_returned(cells, ref, q, organisation, col + 2)
    if organisation and restored(q):
        cells[col + 6].count(ref)
    cells[col + 7].add(ref, q.get("people_benefited", 0))
    cells[col + 8].add(ref, q.get("people_disciplined", 0))
    cells[col + 10].add(ref, q.get("cases_to_investigation", 0))


def on_time(c: Case, calendar: WorkCalendar) -> bool | None:
    """Whether the case was finished by its resolution deadline (None: no rule applies)."""
    p = c.p
    if c.finished is None:
        return None
    facts = []
    for e in p.events:
        d = e.data if e.raw else {}
        facts.append(EventFact(
            Step(e.step), date.fromisoformat(e.on),
            complexity=None if not d.get("complexity") else _complexity(d["complexity"]),
            competent=d.get("competent"),
            content_type=ContentType(str(d["content_type"])) if d.get("content_type") else None))
    obs = obligations(received=date.fromisoformat(p.received),
                      content_type=ContentType(p.content_type), channel=Channel(p.channel),
                      forwarder=Forwarder(p.forwarder) if p.forwarder else None,
                      anonymous=p.anonymous, instance=p.instance, events=facts)
    for ob in obs:
        if ob.rule_id in RESOLUTION_RULES:
            try:
                due = law_deadlines.compute(ob.rule_id, ob.start, calendar, complex=ob.complex,
                                            extensions=min(ob.extensions, 2),
                                            especially_complex=ob.especially_complex).due
            except InputError:  # options the rule does not have: no deadline to judge by
                return None
            return date.fromisoformat(c.finished.on) <= due
    return None


def _complexity(value: object) -> Any:
    from app.law.petition import Complexity

    return Complexity(str(value))


CalendarFn = Callable[[], WorkCalendar]
