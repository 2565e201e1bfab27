"""Reporting periods and their cut-off windows (LAW.md §10.1)."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from app.errors import InputError
from app.law import periods
from app.law.periods import parse

D = dt.date


@pytest.mark.parametrize(("text", "start", "end", "label"), [
    ("2026-11", D(2026, 10, 15), D(2026, 11, 14), "Tháng 11 năm 2026"),
    ("2026-1", D(2025, 12, 15), D(2026, 1, 14), "Tháng 1 năm 2026"),
    ("2026-Q1", D(2025, 12, 15), D(2026, 3, 14), "Quý I năm 2026"),
    ("2026-Q2", D(2026, 3, 15), D(2026, 6, 14), "Quý II năm 2026"),
    ("2026-Q3", D(2026, 6, 15), D(2026, 9, 14), "Quý III năm 2026"),
    ("2026-q4", D(2026, 9, 15), D(2026, 12, 14), "Quý IV năm 2026"),
    ("2026-H1", D(2025, 12, 15), D(2026, 6, 14), "6 tháng đầu năm 2026"),
    ("2026-9M", D(2025, 12, 15), D(2026, 9, 14), "9 tháng năm 2026"),
    ("2026", D(2025, 12, 15), D(2026, 12, 14), "Năm 2026"),
    ("2026-01-01..2026-03-31", D(2026, 1, 1), D(2026, 3, 31),
     "Từ ngày 01/01/2026 đến ngày 31/03/2026"),
])
def test_windows_follow_the_cutoff_pattern(text: str, start: D, end: D, label: str) -> None:
    p = parse(text)
    assert (p.start, p.end, p.label) == (start, end, label)


def test_quarters_tile_the_year_without_gap_or_overlap() -> None:
    year = parse("2026")
    qs = [parse(f"2026-Q{i}") for i in range(1, 5)]
    assert qs[0].start == year.start and qs[-1].end == year.end
    for a, b in itertools.pairwise(qs):
        assert b.start == a.end + dt.timedelta(days=1)
    months = [parse(f"2026-{m}") for m in range(1, 13)]
    assert sum((m.end - m.start).days + 1 for m in months) == (year.end - year.start).days + 1


def test_rule_is_versioned_and_carries_its_basis() -> None:
    p = parse("2026-Q4")
    assert p.rule is not None and "01/2024" in p.rule.basis
    assert p.rule.effective_from == D(2024, 3, 1)
    old = parse("2022-Q4")
    assert old.rule is not None and "09/2019" in old.rule.basis
    assert parse("2020").rule == periods.CUTOFF_RULES[0]  # before every rule: the earliest


def test_office_override_calendar_months() -> None:
    p = parse("2026-Q1", override_start_day=1)
    assert (p.start, p.end) == (D(2026, 1, 1), D(2026, 3, 31))
    assert p.rule is not None and p.rule.overridden and p.rule.tag == "I"
    feb = parse("2028-02", override_start_day=1)
    assert feb.end == D(2028, 2, 29)
    p20 = parse("2026-11", override_start_day=20)
    assert (p20.start, p20.end) == (D(2026, 10, 20), D(2026, 11, 19))


def test_boundaries_belong_to_one_period_only() -> None:
    q3, q4 = parse("2026-Q3"), parse("2026-Q4")
    assert q3.contains(D(2026, 9, 14)) and not q4.contains(D(2026, 9, 14))
    assert q4.contains(D(2026, 9, 15)) and not q3.contains(D(2026, 9, 15))


def test_previous() -> None:
    assert periods.previous(parse("2026-Q1")).code == "2025-Q4"
    assert periods.previous(parse("2026-01")).code == "2025-12"
    assert periods.previous(parse("2026")).code == "2025"
    c = periods.previous(parse("2026-02-01..2026-02-10"))
    assert (c.start, c.end) == (D(2026, 1, 22), D(2026, 1, 31))


@pytest.mark.parametrize("text", ["", "2026-13", "2026-0", "2026-Q5", "2026-H3", "1999",
                                  "2026-02-30..2026-03-01", "2026-03-01..2026-02-01",
                                  "2020-01-01..2026-01-01", "Q4-2026", "năm 2026"])
def test_refusals_say_why_in_vietnamese(text: str) -> None:
    with pytest.raises(InputError) as exc:
        parse(text)
    assert exc.value.code == "report_bad_period"
    assert exc.value.message().startswith("Kỳ báo cáo không hợp lệ")


def test_cutoff_rule_validates_its_day() -> None:
    with pytest.raises(ValueError):
        periods.CutoffRule(29, "x", D(2024, 1, 1))
