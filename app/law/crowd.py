"""Crowd visits (đoàn đông người): how many representatives a group may appoint.

Luật Tiếp công dân 2013 art. 29 (LAW.md §5.4): several people with the same content appoint
representatives; 5–10 people → 1 or 2; more than 10 → more may be added, at most 5.
NĐ 124/2020 art. 6 gives the same numbers for complaints.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class CrowdRule:
    rule_id: str
    basis: str
    effective_from: date
    min_size: int  # smallest group that counts as "nhiều người"
    small_max_size: int  # up to this size, small_max_representatives apply
    small_max_representatives: int
    large_max_representatives: int


CROWD_RULES: tuple[CrowdRule, ...] = (
    CrowdRule(
        rule_id="crowd-representatives",
        basis="Luật Tiếp công dân 2013, Điều 29; Nghị định 124/2020/NĐ-CP, Điều 6",
        effective_from=date(2014, 7, 1),
        min_size=5,
        small_max_size=10,
        small_max_representatives=2,
        large_max_representatives=5,
    ),
)


class CrowdProblem(StrEnum):
    TOO_SMALL = "too_small"  # fewer people than a crowd
    FEWER_THAN_LISTED = "fewer_than_listed"  # head-count below the persons recorded
    NO_REPRESENTATIVE = "no_representative"
    TOO_MANY_REPRESENTATIVES = "too_many_representatives"


def rule_on(day: date) -> CrowdRule:
    """The rule in force on `day` (the latest whose effective_from is not after it)."""
    in_force = [r for r in CROWD_RULES if r.effective_from <= day]
    return max(in_force, key=lambda r: r.effective_from) if in_force else CROWD_RULES[0]


def max_representatives(size: int, rule: CrowdRule) -> int:
    return rule.small_max_representatives if size <= rule.small_max_size else (
        rule.large_max_representatives
    )


def check_crowd(
    size: int, representatives: int, persons_listed: int, rule: CrowdRule
) -> list[CrowdProblem]:
    problems: list[CrowdProblem] = []
    if size < rule.min_size:
        problems.append(CrowdProblem.TOO_SMALL)
    if size < persons_listed:
        problems.append(CrowdProblem.FEWER_THAN_LISTED)
    if representatives < 1:
        problems.append(CrowdProblem.NO_REPRESENTATIVE)
    elif representatives > max_representatives(max(size, rule.min_size), rule):
        problems.append(CrowdProblem.TOO_MANY_REPRESENTATIVES)
    return problems
