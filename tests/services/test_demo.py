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
    assert fill_demo(bare_store, visits=25, seed=5, now=END) == 25
    assert office.get_office(bare_store).code == "00000-DEMO"
    assert len(office.list_officers(bare_store)) == 3
    assert visits.count_visits(bare_store) == 25
    numbers = {r.number for r in visits.list_visits(bare_store)}
    assert len(numbers) == 25
    # A second fill adds to the same office.
    assert fill_demo(bare_store, visits=5, seed=6, now=END) == 5
    assert visits.count_visits(bare_store) == 30
