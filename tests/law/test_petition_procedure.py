"""The petition procedure as a state machine (LAW.md §6.2–§6.4): every legal path, refusals."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.law.petition import (
    CASE_STATES,
    FINAL,
    Channel,
    Complexity,
    ContentType,
    Facts,
    State,
    Step,
    StepData,
    advance,
    allowed_steps,
    refusals,
)


def run(facts: Facts, *steps: StepData) -> Facts:
    for d in steps:
        assert refusals(facts, d) == [], (facts.state, d.step, refusals(facts, d))
        facts = advance(facts, d)
    return facts


def classify(ct: ContentType, processable: bool = True, competent: bool | None = True,
             **kw: object) -> StepData:
    reasons = () if processable else ("Đơn không ký tên",)
    return StepData(Step.CLASSIFY, content_type=ct, processable=processable, competent=competent,
                    reasons=reasons, **kw)  # type: ignore[arg-type]


PROPOSE = StepData(Step.PROPOSE)
ACCEPT = StepData(Step.ACCEPT, doc_number="12/QĐ-UBND")
VERIFY = StepData(Step.VERIFY)
DECIDE = StepData(Step.DECIDE, doc_number="30/QĐ-UBND")


def test_complaint_from_receipt_to_enforcement() -> None:
    f = run(Facts(), classify(ContentType.KN), PROPOSE, ACCEPT, VERIFY, StepData(Step.DIALOGUE),
            DECIDE, StepData(Step.EFFECTIVE), StepData(Step.ENFORCE), StepData(Step.CLOSE))
    assert f.state is State.CLOSED


def test_denunciation_with_two_extensions_when_especially_complex() -> None:
    f = run(Facts(), classify(ContentType.TC), PROPOSE, ACCEPT, StepData(Step.NOTIFY), VERIFY,
            StepData(Step.EXTEND, doc_number="1/QĐ-GH"),
            StepData(Step.EXTEND, doc_number="2/QĐ-GH", complexity=Complexity.ESPECIALLY_COMPLEX),
            DECIDE, StepData(Step.ENFORCE), StepData(Step.CLOSE))
    assert f.extensions == 2 and f.notified and f.complexity is Complexity.ESPECIALLY_COMPLEX


def test_a_third_extension_and_a_second_without_especially_complex_are_refused() -> None:
    f = run(Facts(), classify(ContentType.TC), PROPOSE, ACCEPT, StepData(Step.EXTEND, doc_number="1"))
    assert "đặc biệt phức tạp" in refusals(f, StepData(Step.EXTEND, doc_number="2"))[0]
    f = advance(f, StepData(Step.EXTEND, doc_number="2", complexity=Complexity.ESPECIALLY_COMPLEX))
    assert "2 lần" in refusals(f, StepData(Step.EXTEND, doc_number="3"))[0]


def test_complaints_are_not_extended_and_knpa_has_no_dialogue() -> None:
    kn = run(Facts(), classify(ContentType.KN), PROPOSE, ACCEPT)
    assert refusals(kn, StepData(Step.EXTEND, doc_number="1"))
    assert refusals(kn, StepData(Step.NOTIFY))  # notified with the acceptance itself
    assert Step.NOTIFY not in allowed_steps(kn)
    knpa = run(Facts(), classify(ContentType.KNPA), PROPOSE, ACCEPT)
    assert refusals(knpa, StepData(Step.DIALOGUE))


def test_not_competent_denunciation_is_transferred_once_then_closed_by_the_reply() -> None:
    f = run(Facts(channel=Channel.POST), classify(ContentType.TC, competent=False),
            StepData(Step.TRANSFER, doc_number="5/PC", recipient="Công an phường"),
            StepData(Step.REPLY))
    assert f.state is State.CLOSED
    again = replace(Facts(channel=Channel.POST), matter_transferred=True)
    again = advance(again, classify(ContentType.TC, competent=False))
    assert "đã được chuyển một lần" in " ".join(
        refusals(again, StepData(Step.TRANSFER, doc_number="6", recipient="Công an")))


def test_posted_denunciation_is_not_guided_but_one_at_the_desk_may_be() -> None:
    posted = run(Facts(channel=Channel.POST), classify(ContentType.TC, competent=False))
    assert refusals(posted, StepData(Step.GUIDE))
    desk = run(Facts(channel=Channel.DESK), classify(ContentType.TC, competent=False))
    assert run(desk, StepData(Step.GUIDE)).state is State.GUIDED


def test_a_complaint_is_guided_only_once() -> None:
    f = run(Facts(), classify(ContentType.KN, competent=False), StepData(Step.GUIDE))
    assert f.state is State.GUIDED and f.matter_guided
    second = run(Facts(matter_guided=True), classify(ContentType.KN, competent=False))
    assert "một lần" in refusals(second, StepData(Step.GUIDE))[0]
    assert run(second, StepData(Step.FILE)).state is State.FILED  # filed instead


def test_complaints_are_not_transferred() -> None:
    f = run(Facts(), classify(ContentType.KN, competent=False))
    assert refusals(f, StepData(Step.TRANSFER, doc_number="1", recipient="UBND thành phố"))


def test_not_processable_petition_is_filed_and_a_processable_one_is_not() -> None:
    f = run(Facts(), classify(ContentType.KNPA, processable=False, competent=None))
    assert run(f, StepData(Step.FILE)).state is State.FILED
    ok = run(Facts(), classify(ContentType.KNPA))
    assert refusals(ok, StepData(Step.FILE))


def test_not_processable_classification_needs_reasons() -> None:
    d = StepData(Step.CLASSIFY, content_type=ContentType.KN, processable=False)
    assert any("lý do" in r for r in refusals(Facts(), d))


def test_several_contents_are_guided_to_split_not_proposed() -> None:
    f = run(Facts(), classify(ContentType.MULTI))
    assert refusals(f, PROPOSE)
    assert run(f, StepData(Step.GUIDE)).state is State.GUIDED


def test_forwarded_petition_may_be_returned_and_reported_on() -> None:
    f = run(Facts(channel=Channel.FORWARDED), classify(ContentType.KN, competent=False))
    assert run(f, StepData(Step.REPORT)).reported
    assert run(f, StepData(Step.RETURN)).state is State.RETURNED
    own = run(Facts(channel=Channel.DESK), classify(ContentType.KN, competent=False))
    assert refusals(own, StepData(Step.RETURN)) and refusals(own, StepData(Step.REPORT))


def test_urging_a_lower_level() -> None:
    f = run(Facts(), classify(ContentType.KN, competent=False), StepData(Step.URGE),
            StepData(Step.REPLY))
    assert f.state is State.CLOSED


def test_accept_and_extend_need_a_document_number() -> None:
    f = run(Facts(), classify(ContentType.TC), PROPOSE)
    assert any("số văn bản" in r for r in refusals(f, StepData(Step.ACCEPT)))


def test_suspension_returns_to_where_it_was() -> None:
    f = run(Facts(), classify(ContentType.KN), PROPOSE, ACCEPT, VERIFY, StepData(Step.SUSPEND))
    assert f.state is State.SUSPENDED
    assert refusals(f, DECIDE)  # nothing is decided while suspended
    assert run(f, StepData(Step.RESUME)).state is State.VERIFYING


def test_rejection_after_proposal_closes_it() -> None:
    f = run(Facts(), classify(ContentType.KN), PROPOSE, StepData(Step.REJECT))
    assert f.state is State.REJECTED and f.state in FINAL


OPEN_PATHS: list[tuple[Channel, tuple[StepData, ...]]] = [
    (Channel.DESK, ()),
    (Channel.DESK, (classify(ContentType.KN),)),
    (Channel.DESK, (classify(ContentType.KN), PROPOSE)),
    (Channel.DESK, (classify(ContentType.KN), PROPOSE, ACCEPT)),
    (Channel.DESK, (classify(ContentType.KN), PROPOSE, ACCEPT, VERIFY)),
    (Channel.DESK, (classify(ContentType.KN), PROPOSE, ACCEPT, VERIFY, StepData(Step.DIALOGUE))),
    (Channel.DESK, (classify(ContentType.TC), PROPOSE, ACCEPT, VERIFY, StepData(Step.SUSPEND))),
    (Channel.DESK, (classify(ContentType.KN), PROPOSE, ACCEPT, DECIDE)),
    (Channel.POST, (classify(ContentType.TC, competent=False),
                    StepData(Step.TRANSFER, doc_number="1", recipient="Công an"))),
    (Channel.POST, (classify(ContentType.KN, competent=False), StepData(Step.URGE))),
]


@pytest.mark.parametrize(("channel", "path"), OPEN_PATHS)
def test_withdrawal_from_any_open_state(channel: Channel, path: tuple[StepData, ...]) -> None:
    f = run(Facts(channel=channel), *path)
    assert f.state not in FINAL
    after = run(f, StepData(Step.WITHDRAW))
    assert after.state is (State.TERMINATED if f.state in CASE_STATES else State.WITHDRAWN)


def test_a_concluded_denunciation_cannot_be_withdrawn() -> None:
    f = run(Facts(), classify(ContentType.TC), PROPOSE, ACCEPT, DECIDE)
    assert "trước khi có kết luận" in refusals(f, StepData(Step.WITHDRAW))[0]


@pytest.mark.parametrize("final", sorted(FINAL))
def test_nothing_but_a_note_after_a_final_state(final: State) -> None:
    f = Facts(state=final, content_type=ContentType.KN)
    for step in Step:
        d = StepData(step, doc_number="1", recipient="x", content_type=ContentType.KN,
                     processable=True, competent=True)
        assert bool(refusals(f, d)) is (step is not Step.NOTE), step
    assert allowed_steps(f) == [Step.NOTE]


steps = st.builds(
    StepData, step=st.sampled_from(list(Step)), doc_number=st.sampled_from(["", "1/QĐ"]),
    content_type=st.none() | st.sampled_from(list(ContentType)),
    processable=st.none() | st.booleans(), competent=st.none() | st.booleans(),
    complexity=st.none() | st.sampled_from(list(Complexity)),
    reasons=st.sampled_from([(), ("thiếu chữ ký",)]), recipient=st.sampled_from(["", "Công an"]))


@given(st.sampled_from(list(Channel)), st.lists(steps, max_size=25))
def test_random_histories_keep_the_invariants(channel: Channel, history: list[StepData]) -> None:
    """Replaying any sequence, only allowed steps apply, and the facts stay coherent."""
    f = Facts(channel=channel)
    for d in history:
        if refusals(f, d):
            continue
        before = f
        f = advance(f, d)
        assert f.extensions <= 2
        assert before.state not in FINAL or f == before  # only notes after the end
        if f.state is State.SUSPENDED:
            assert f.suspended_from in CASE_STATES
        if f.state in CASE_STATES:
            assert f.processable and f.competent
        assert set(allowed_steps(f)) <= set(Step)


def test_a_petition_from_a_visit_starts_with_the_visits_kind() -> None:
    from app.law.petition import content_type_for_visit

    assert [content_type_for_visit(c) for c in ("KN", "TC", "KNPA", "OTHER")] == [
        ContentType.KN, ContentType.TC, ContentType.KNPA, ContentType.KNPA]


def test_each_step_has_its_words_as_a_verb() -> None:
    """A refusal says «không thể {step}» with the step's own lower-case Label (translated as a
    verb phrase), the same Vietnamese words as the step's name."""
    from app.law.petition import STEP_ACTIONS, STEP_LABELS

    assert set(STEP_ACTIONS) == set(STEP_LABELS)
    assert {s: w for s, w in STEP_ACTIONS.items() if w != STEP_LABELS[s].lower()} == {}
