"""Which legal deadlines a petition has, derived from its history (LAW.md §5.3–§5.5, §7).

Pure: from the petition's registration facts and its events, list the obligations with the rule
that governs each, the event that starts it and the event that met it. The dates themselves
come from app.law.deadlines under the office calendar, so the two never disagree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from app.law.petition import Channel, Complexity, ContentType, Forwarder, Step
from app.text import Label


@dataclass(frozen=True, slots=True)
class EventFact:
    step: Step
    on_date: date
    complexity: Complexity | None = None
    extended_checks: bool = False  # TC initial processing needs checks elsewhere (≤ 10 wd)
    competent: bool | None = None
    content_type: ContentType | None = None


@dataclass(frozen=True, slots=True)
class Obligation:
    rule_id: str
    title: str  # what must be done, in Vietnamese (a Label)
    start: date
    complex: bool = False
    extensions: int = 0
    especially_complex: bool = False
    done_on: date | None = None
    milestone: bool = False  # a date to know (becomes effective, may be destroyed), not a duty


# Steps that answer the person or settle where the petition goes.
_ROUTED = frozenset({Step.ACCEPT, Step.REJECT, Step.GUIDE, Step.TRANSFER, Step.RETURN,
                     Step.FILE, Step.URGE, Step.WITHDRAW})


def _first(events: Sequence[EventFact], steps: frozenset[Step] | set[Step],
           after: date | None = None) -> date | None:
    for e in events:
        if e.step in steps and (after is None or e.on_date >= after):
            return e.on_date
    return None


def obligations(*, received: date, content_type: ContentType, channel: Channel,
                forwarder: Forwarder | None, anonymous: bool, instance: int,
                events: Sequence[EventFact]) -> list[Obligation]:
    """Every deadline of the petition so far, in the order they arise."""
    ct = content_type
    competent: bool | None = None
    complexity = Complexity.NORMAL
    extended_checks = False
    for e in events:
        if e.step is Step.CLASSIFY:
            ct = e.content_type or ct
            competent = e.competent
            extended_checks = e.extended_checks
        if e.complexity is not None:
            complexity = e.complexity
    routed = _first(events, _ROUTED)
    out: list[Obligation] = []
    if not anonymous:
        out.append(Obligation("reception-notice", Label(
            "Thông báo cho người gửi việc thụ lý, chuyển đơn, hướng dẫn hoặc không thụ lý"),
            received, done_on=routed))
    if ct is ContentType.KN and competent is not False:
        out.append(Obligation("complaint-acceptance", Label(
            "Thụ lý hoặc thông báo không thụ lý khiếu nại"), received,
            done_on=_first(events, _ROUTED - {Step.URGE})))
    if ct is ContentType.TC:
        out.append(Obligation("denunciation-initial", Label(
            "Xử lý ban đầu đơn tố cáo (vào sổ, phân loại, kiểm tra điều kiện thụ lý)"), received,
            complex=extended_checks, done_on=routed))
        if competent is False:
            out.append(Obligation("denunciation-transfer", Label(
                "Chuyển đơn tố cáo đến cơ quan có thẩm quyền và thông báo cho người tố cáo"),
                received, done_on=_first(events, {Step.TRANSFER, Step.GUIDE, Step.WITHDRAW})))
    if channel is Channel.FORWARDED and ct is ContentType.TC:
        out.append(Obligation("forwarded-report", Label(
            "Báo cáo kết quả xử lý cho nơi chuyển đơn"), received,
            done_on=_first(events, {Step.REPORT})))
    accepted = _first(events, {Step.ACCEPT})
    decided = _first(events, {Step.DECIDE})
    ended = _first(events, {Step.WITHDRAW})
    if accepted is not None:
        if ct is ContentType.KN:
            rule = "complaint-second" if instance >= 2 else "complaint-first"
            title = (Label("Giải quyết khiếu nại lần hai") if instance >= 2
                     else Label("Giải quyết khiếu nại lần đầu"))
            out.append(Obligation(rule, title, accepted,
                                  complex=complexity is not Complexity.NORMAL,
                                  done_on=decided or ended))
        elif ct is ContentType.TC:
            out.append(Obligation("denunciation-notify", Label(
                "Thông báo thụ lý cho người tố cáo và người bị tố cáo"), accepted,
                done_on=_first(events, {Step.NOTIFY}) or ended))
            out.append(Obligation("denunciation-resolution", Label("Giải quyết tố cáo"), accepted,
                                  extensions=sum(1 for e in events if e.step is Step.EXTEND),
                                  especially_complex=complexity is Complexity.ESPECIALLY_COMPLEX,
                                  done_on=decided or ended))
    if decided is not None:
        if ct is ContentType.KN and instance < 2:
            out.append(Obligation("complaint-effective", Label(
                "Quyết định giải quyết lần đầu có hiệu lực nếu không khiếu nại lần hai"), decided,
                milestone=True, done_on=_first(events, {Step.EFFECTIVE})))
        if channel is Channel.FORWARDED and forwarder in (Forwarder.NA_DEPUTY,
                                                          Forwarder.COUNCIL_DEPUTY):
            out.append(Obligation("forwarder-inform", Label(
                "Thông báo kết quả giải quyết cho đại biểu đã chuyển đơn"), decided,
                done_on=_first(events, {Step.REPORT}, after=decided)))
    filed = _first(events, {Step.FILE})
    if filed is not None:
        out.append(Obligation("filed-retention", Label(
            "Hết thời hạn lưu đơn (Thủ trưởng quyết định hủy)"), filed, milestone=True))
    return out
