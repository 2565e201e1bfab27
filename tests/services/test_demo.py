"""The synthetic data generator: realistic, valid, and the same for the same seed."""

from __future__ import annotations

import uuid
from datetime import datetime

from app.clock import VN_TZ
from app.law.visit import Category
from app.services import office, visits
from app.services.demo import Generator, fill_demo
from app.storage.store import Store
from app.vn.cccd import Gender, check_cccd

END = datetime(2026, 11, 20, 11, 0, tzinfo=VN_TZ)
OFFICERS = [(uuid.UUID(int=1), False), (uuid.UUID(int=2), True)]


def test_same_seed_same_data() -> None:
    a = list(Generator(7).visits(40, OFFICERS, END))
    b = list(Generator(7).visits(40, OFFICERS, END))
    c = list(Generator(8).visits(40, OFFICERS, END))
    assert a == b
    assert a != c


def test_generated_people_are_valid() -> None:
    g = Generator(1)
    for _ in range(300):
        p = g.person()
        assert p.full_name.count(" ") == 2
        if p.cccd:
            assert check_cccd(p.cccd, p.born, Gender(p.gender)) == []


def test_generated_visits_are_in_range() -> None:
    generated = list(Generator(3).visits(200, OFFICERS, END, days=100))
    assert all(v.visited_at <= END for v in generated)
    assert all(v.visited_at.weekday() < 5 for v in generated)
    assert {v.category for v in generated} <= {c.value for c in Category}
    assert any(v.repeat == "repeat" for v in generated)


def test_fill_demo(bare_store: Store) -> None:
    assert fill_demo(bare_store, visits=25, seed=5, now=END, petitions=0) == 25
    assert office.get_office(bare_store).code == "00000-DEMO"
    assert len(office.list_officers(bare_store)) == 3
    assert visits.count_visits(bare_store) == 25
    numbers = {r.number for r in visits.list_visits(bare_store)}
    assert len(numbers) == 25
    # A second fill adds to the same office.
    assert fill_demo(bare_store, visits=5, seed=6, now=END, petitions=0) == 5
    assert visits.count_visits(bare_store) == 30


def test_demo_petitions_go_through_the_procedure(bare_store: Store) -> None:
    from collections import Counter

    from app.law.petition import FINAL
    from app.services import petitions
    from app.services.petition_list import list_petitions

    fill_demo(bare_store, visits=10, seed=5, now=END, petitions=80)
    rows = list_petitions(bare_store, limit=None, today=END.date())
    assert len(rows) == 80
    states = Counter(r.state for r in rows)
    assert sum(n for s, n in states.items() if s in FINAL) > 20  # most old ones are dealt with
    assert sum(n for s, n in states.items() if s not in FINAL) > 5
    assert {r.content_type for r in rows} >= {"KN", "TC", "KNPA"}
    assert any(r.is_duplicate or r.round > 1 for r in rows)
    # Every stored history replays to the stored state (the events are the record).
    for r in rows[:30]:
        assert petitions.get(bare_store, r.id, today=END.date()).state == r.state
