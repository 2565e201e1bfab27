"""Crowd representatives (Luật TCD art. 29, LAW.md §5.4) and the codes of a visit (§4.2, §11)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.law.crowd import CROWD_RULES, CrowdProblem, check_crowd, max_representatives, rule_on
from app.law.visit import (
    Category,
    Outcome,
    ReceivedBy,
    ReceptionType,
    Repeat,
    is_confidential,
)

RULE = rule_on(date(2026, 11, 20))


def test_rule_in_force_and_its_basis() -> None:
    assert RULE is CROWD_RULES[0]
    assert "Điều 29" in RULE.basis
    assert rule_on(date(2000, 1, 1)) is CROWD_RULES[0]  # before any rule: the oldest one


@pytest.mark.parametrize(("size", "limit"), [(5, 2), (6, 2), (10, 2), (11, 5), (25, 5), (500, 5)])
def test_max_representatives(size: int, limit: int) -> None:
    assert max_representatives(size, RULE) == limit


@pytest.mark.parametrize(("size", "reps"), [(5, 1), (5, 2), (10, 2), (11, 1), (11, 5), (12, 5)])
def test_accepted(size: int, reps: int) -> None:
    assert check_crowd(size, reps, reps, RULE) == []


@pytest.mark.parametrize(("size", "reps"), [(5, 3), (10, 3), (11, 6), (12, 6), (100, 10)])
def test_too_many_representatives(size: int, reps: int) -> None:
    assert check_crowd(size, reps, reps, RULE) == [CrowdProblem.TOO_MANY_REPRESENTATIVES]


@pytest.mark.parametrize("size", [0, 1, 4])
def test_fewer_than_five_is_not_a_crowd(size: int) -> None:
    assert CrowdProblem.TOO_SMALL in check_crowd(size, 1, 1, RULE)


@pytest.mark.parametrize("size", [5, 10, 11, 40])
def test_no_representative_is_refused(size: int) -> None:
    assert check_crowd(size, 0, 0, RULE) == [CrowdProblem.NO_REPRESENTATIVE]


def test_head_count_below_the_names_listed() -> None:
    assert check_crowd(5, 2, 6, RULE) == [CrowdProblem.FEWER_THAN_LISTED]


@given(size=st.integers(min_value=0, max_value=1000), reps=st.integers(min_value=0, max_value=20))
def test_crowd_rule_matches_the_law(size: int, reps: int) -> None:
    problems = check_crowd(size, reps, reps, RULE)
    assert (CrowdProblem.TOO_SMALL in problems) == (size < 5)
    assert (CrowdProblem.NO_REPRESENTATIVE in problems) == (reps == 0)
    limit = 2 if size <= 10 else 5
    assert (CrowdProblem.TOO_MANY_REPRESENTATIVES in problems) == (reps > limit)


def test_codes_are_the_ones_the_command_line_documents() -> None:
    """CLI.md fixes these names so that scripts keep working."""
    assert {e.value for e in ReceptionType} == {"regular", "scheduled", "adhoc"}
    assert {e.value for e in Category} == {"KN", "TC", "KNPA", "OTHER"}
    assert {e.value for e in ReceivedBy} == {"officer", "head", "deputy"}
    assert {e.value for e in Repeat} == {"first", "repeat"}
    assert {e.value for e in Outcome} == {
        "answered", "petition_received", "guided", "transferred", "appointment", "refused"}


@pytest.mark.parametrize("category", list(Category))
def test_only_a_denunciation_is_confidential(category: Category) -> None:
    assert is_confidential(category) == (category == Category.TC)
