"""What the result tables (01–04/KQGQ) share: which cases count in a period, their results,
quantities and whether they were resolved on time.

A case is a petition accepted for resolution (thụ lý; LAW.md §4.4). It counts in a period when
it was accepted by the last day and not finished before the first day; finished = decided
(quyết định giải quyết / kết luận) or withdrawn (rút → đình chỉ). Results and quantities are
those recorded with the `decide` step (app.services.petitions: result, quantities in đồng and
m²); money is printed in million đồng (Trđ) as the forms ask.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.errors import InputError
from app.law import deadlines as law_deadlines
from app.law.calendar import WorkCalendar
from app.law.petition import Channel, ContentType, Forwarder, Step
from app.law.petition_deadlines import EventFact, obligations
from app.services.reports.data import Event, PetitionFact
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
