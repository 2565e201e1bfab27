"""Which deadlines a petition has at each point of its history (LAW.md §5.3–§5.5, §7)."""

from __future__ import annotations

from datetime import date

from app.law.petition import Channel, Complexity, ContentType, Forwarder, Step
from app.law.petition_deadlines import EventFact, Obligation, obligations

RECEIVED = date(2026, 3, 2)


def obs(ct: ContentType, *events: EventFact, channel: Channel = Channel.DESK,
        forwarder: Forwarder | None = None, anonymous: bool = False,
        instance: int = 1) -> dict[str, Obligation]:
    found = obligations(received=RECEIVED, content_type=ct, channel=channel, forwarder=forwarder,
                        anonymous=anonymous, instance=instance, events=events)
    assert len({o.rule_id for o in found}) == len(found)
    return {o.rule_id: o for o in found}


def ev(step: Step, day: int, **kw: object) -> EventFact:
    return EventFact(step, date(2026, 3, day), **kw)  # type: ignore[arg-type]


def test_a_new_complaint_owes_a_notice_and_an_acceptance_decision() -> None:
    o = obs(ContentType.KN)
    assert set(o) == {"reception-notice", "complaint-acceptance"}
    assert o["reception-notice"].start == RECEIVED and o["reception-notice"].done_on is None


def test_accepting_a_complaint_meets_the_first_and_starts_resolution() -> None:
    o = obs(ContentType.KN, ev(Step.CLASSIFY, 3, competent=True, content_type=ContentType.KN),
            ev(Step.PROPOSE, 4), ev(Step.ACCEPT, 9, complexity=Complexity.COMPLEX))
    assert o["complaint-acceptance"].done_on == date(2026, 3, 9)
    first = o["complaint-first"]
    assert first.start == date(2026, 3, 9) and first.complex and first.done_on is None


def test_second_instance_complaints_use_the_second_rule() -> None:
    o = obs(ContentType.KN, ev(Step.CLASSIFY, 3, competent=True), ev(Step.PROPOSE, 4),
            ev(Step.ACCEPT, 5), instance=2)
    assert "complaint-second" in o and "complaint-first" not in o


def test_a_decided_complaint_gets_its_effective_date_as_a_milestone() -> None:
    o = obs(ContentType.KN, ev(Step.CLASSIFY, 3, competent=True), ev(Step.PROPOSE, 4),
            ev(Step.ACCEPT, 5), ev(Step.DECIDE, 20))
    assert o["complaint-first"].done_on == date(2026, 3, 20)
    assert o["complaint-effective"].milestone and o["complaint-effective"].start == date(2026, 3, 20)


def test_denunciation_deadlines_and_extensions() -> None:
    o = obs(ContentType.TC, ev(Step.CLASSIFY, 3, competent=True, extended_checks=True),
            ev(Step.PROPOSE, 4), ev(Step.ACCEPT, 6), ev(Step.EXTEND, 25),
            ev(Step.EXTEND, 30, complexity=Complexity.ESPECIALLY_COMPLEX))
    assert o["denunciation-initial"].complex and o["denunciation-initial"].done_on == date(2026, 3, 6)
    assert o["denunciation-notify"].start == date(2026, 3, 6)
    assert o["denunciation-resolution"].extensions == 2
    assert o["denunciation-resolution"].especially_complex
    assert "denunciation-transfer" not in o


def test_a_denunciation_we_are_not_competent_for_must_be_transferred() -> None:
    o = obs(ContentType.TC, ev(Step.CLASSIFY, 3, competent=False),
            ev(Step.TRANSFER, 5), channel=Channel.POST)
    assert o["denunciation-transfer"].done_on == date(2026, 3, 5)


def test_forwarded_denunciation_owes_a_report_to_the_forwarder() -> None:
    o = obs(ContentType.TC, channel=Channel.FORWARDED, forwarder=Forwarder.PRESS)
    assert o["forwarded-report"].done_on is None
    o = obs(ContentType.TC, ev(Step.REPORT, 10), channel=Channel.FORWARDED,
            forwarder=Forwarder.PRESS)
    assert o["forwarded-report"].done_on == date(2026, 3, 10)


def test_deputies_are_told_the_result_after_the_decision() -> None:
    o = obs(ContentType.KN, ev(Step.CLASSIFY, 3, competent=True), ev(Step.PROPOSE, 4),
            ev(Step.ACCEPT, 5), ev(Step.DECIDE, 20), channel=Channel.FORWARDED,
            forwarder=Forwarder.NA_DEPUTY)
    assert o["forwarder-inform"].start == date(2026, 3, 20)


def test_anonymous_letters_owe_no_notice_and_filing_starts_retention() -> None:
    o = obs(ContentType.TC, ev(Step.CLASSIFY, 3, competent=True), ev(Step.FILE, 4),
            anonymous=True)
    assert "reception-notice" not in o
    assert o["filed-retention"].milestone and o["filed-retention"].start == date(2026, 3, 4)


def test_classification_can_change_the_content_type() -> None:
    o = obs(ContentType.KNPA, ev(Step.CLASSIFY, 3, competent=True, content_type=ContentType.TC))
    assert "denunciation-initial" in o


def test_withdrawal_ends_the_open_obligations() -> None:
    o = obs(ContentType.KN, ev(Step.CLASSIFY, 3, competent=True), ev(Step.PROPOSE, 4),
            ev(Step.ACCEPT, 5), ev(Step.WITHDRAW, 12))
    assert o["complaint-first"].done_on == date(2026, 3, 12)
