"""The cross-column identities of every form hold on random data (hypothesis).

Visits and petitions are made in memory — petitions by random walks through the procedure of
app.law.petition (any step `allowed_steps` offers, with random data) — and fed to the table
modules; `model.check` raises on the first identity that fails. No store: fast.
"""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from app.law.calendar import WorkCalendar
from app.law.periods import make
from app.law.petition import (
    Channel,
    ContentType,
    Facts,
    Step,
    StepData,
    advance,
    allowed_steps,
    refusals,
)
from app.services.reports import kqgq1, kqgq2, kqgq3, kqgq4, tcd, xld
from app.services.reports.data import Event, PetitionFact, VisitFact
from app.services.reports.layouts import KQGQ, KQGQ2, KQGQ3, KQGQ4, TCD, XLD
from app.services.reports.model import PETITION, VISIT, Ref, Row, check, consolidate

START = date(2025, 6, 1)
CAL = WorkCalendar([], years=set())


def _visits(rng: random.Random, n: int) -> list[VisitFact]:
    out = []
    matters = [uuid.uuid4().hex for _ in range(max(1, n // 3))]
    for i in range(n):
        crowd = rng.random() < 0.2
        out.append(VisitFact(
            Ref(VISIT, str(uuid.uuid4()), f"{i + 1:04d}/2026"), "o",
            rng.choice(["officer", "head", "deputy"]), "regular",
            rng.randint(5, 20) if crowd else rng.randint(1, 3), crowd,
            rng.choice(["first", "repeat"]),
            (START + timedelta(days=rng.randrange(400))).isoformat(),
            rng.choice(matters) if rng.random() < 0.5 else uuid.uuid4().hex))
    return out


def _data(rng: random.Random, step: Step, f: Facts) -> tuple[StepData, dict[str, object]]:
    ct = f.content_type or ContentType.KN
    extra: dict[str, object] = {}
    if step is Step.CLASSIFY:
        ct = rng.choice(list(ContentType))
        processable = rng.random() < 0.85
        competent = rng.random() < 0.6 if processable else None
        extra = {"content_type": ct.value, "processable": processable, "competent": competent}
        return StepData(step, content_type=ct, processable=processable, competent=competent,
                        reasons=() if processable else ("x",)), extra
    if step is Step.DECIDE:
        extra = {"result": rng.choice(["right", "wrong", "partly", "", "Tố cáo đúng một phần",
                                       "Đã trả lời"]),
                 "quantities": {"money_returned": rng.choice([0, 5e6, 1.25e7]),
                                "land_recovered_m2": rng.choice([0, 12.5]),
                                "people_benefited": rng.randint(0, 3)}}
    if step in (Step.ENFORCE, Step.CLOSE) and rng.random() < 0.3:
        extra = {"quantities": {"money_recovered": rng.choice([1e6, 3e6])}}
    if step is Step.ACCEPT and rng.random() < 0.3:
        extra = {"complexity": "complex"}
    return StepData(step, doc_number="1/QĐ", recipient="Cơ quan X"), extra


def _petitions(rng: random.Random, n: int) -> list[PetitionFact]:
    out: list[PetitionFact] = []
    for i in range(n):
        received = START + timedelta(days=rng.randrange(420))
        ct = rng.choice(list(ContentType))
        channel = rng.choice(list(Channel))
        f = Facts(content_type=ct, channel=channel)
        earlier = rng.choice(out) if out and rng.random() < 0.2 else None
        p = PetitionFact(
            Ref(PETITION, str(uuid.uuid4()), f"{i + 1:04d}/2026"), "o", received.isoformat(),
            ct.value, channel.value, rng.choice([1, 1, 2]),
            earlier.matter if earlier else uuid.uuid4().hex, (earlier.round + 1) if earlier else 1,
            False, "received", organisation=rng.random() < 0.2)
        day = received
        for seq in range(1, rng.randint(1, 12)):
            steps = [s for s in allowed_steps(f) if s is not Step.NOTE]
            if not steps:
                break
            step = rng.choice(steps)
            sd, extra = _data(rng, step, f)
            if refusals(f, sd):
                continue
            f = advance(f, sd)
            day += timedelta(days=rng.randint(0, 40))
            import json

            p.events.append(Event(seq, step.value, day.isoformat(), json.dumps(extra)))
        p.content_type = f.content_type.value if f.content_type else ct.value
        out.append(p)
    return out


def _rows(layout, *cell_sets):  # type: ignore[no-untyped-def]
    rows = [Row(uuid.uuid4(), f"{i}", f"Đơn vị {i}", cells) for i, cells in enumerate(cell_sets)]
    rows.append(consolidate(layout, rows))
    return rows


@settings(max_examples=15, deadline=None)
@given(st.integers(0, 2**32), st.integers(0, 80), st.sampled_from(["quarter", "year", "month"]))
def test_tcd_identities(seed: int, n: int, kind: str) -> None:
    rng = random.Random(seed)
    p = make(kind, 2026, 1)  # type: ignore[arg-type]
    vs = [v for v in _visits(rng, n) if p.start.isoformat() <= v.visit_date <= p.end.isoformat()]
    half = len(vs) // 2
    check(TCD, _rows(TCD, tcd.compute(vs[:half]), tcd.compute(vs[half:])))


@settings(max_examples=15, deadline=None)
@given(st.integers(0, 2**32), st.integers(0, 60), st.sampled_from(["quarter", "half", "year"]))
def test_petition_tables_identities(seed: int, n: int, kind: str) -> None:
    rng = random.Random(seed)
    period = make(kind, 2026, 1)  # type: ignore[arg-type]
    s, e = period.start.isoformat(), period.end.isoformat()
    facts = _petitions(rng, n)
    decisions: dict[str, list[tuple[str, str]]] = {}
    for f in facts:
        for ev in f.events:
            if ev.step == "decide":
                decisions.setdefault(f.matter, []).append((uuid.UUID(f.ref.id).hex, ev.on))
    half = len(facts) // 2
    parts = (facts[:half], facts[half:])
    check(XLD, _rows(XLD, *(xld.compute(x, s, e, decisions)[0] for x in parts)))
    check(KQGQ, _rows(KQGQ, *(kqgq1.compute(x, s, e, CAL)[0] for x in parts)))
    check(KQGQ2, _rows(KQGQ2, *(kqgq2.compute(x, s, e)[0] for x in parts)))
    check(KQGQ3, _rows(KQGQ3, *(kqgq3.compute(x, s, e, CAL)[0] for x in parts)))
    check(KQGQ4, _rows(KQGQ4, *(kqgq4.compute(x, s, e)[0] for x in parts)))
    # Every petition received in the period is in col 3 of 01/XLD, once.
    cells = xld.compute(facts, s, e, decisions)[0]
    assert cells[3].value == sum(1 for f in facts if s <= f.received <= e)


def test_a_broken_count_is_caught() -> None:
    import pytest

    from app.services.reports.model import ReportIdentityError

    cells = tcd.compute(_visits(random.Random(1), 20))
    cells[4].value += 1  # a bug that loses the link between col 1 and its blocks
    with pytest.raises(ReportIdentityError) as exc:
        check(TCD, _rows(TCD, cells))
    assert "1=4+13+22" in str(exc.value)
