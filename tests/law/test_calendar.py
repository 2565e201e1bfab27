"""The working-day calendar (LAW.md §8): entries, checks, working-day arithmetic, shipped data.

The shipped files are checked twice: against the Labour Code's list of holidays (art. 112, and
the compensatory day of art. 111.3), and against the lunar dates of the `holidays` package for
Tết and Giỗ Tổ Hùng Vương, so a typo in a lunar date cannot ship.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import holidays
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from app.law.calendar import (
    CalendarEntry,
    CalendarInvalid,
    WorkCalendar,
    check_entry,
    parse_entries,
    validate_entries,
    weekday_name,
)

SHIPPED = Path(__file__).resolve().parents[2] / "resources" / "calendar"
# Every shipped file is checked: a new vn-YYYY.json is picked up without editing this test.
YEARS = tuple(sorted(int(p.stem[3:]) for p in SHIPPED.glob("vn-*.json")))


def shipped(year: int) -> list[CalendarEntry]:
    return parse_entries(json.loads((SHIPPED / f"vn-{year}.json").read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def vn() -> WorkCalendar:
    return WorkCalendar([e for y in YEARS for e in shipped(y)])


# ----------------------------------------------------------------------------- the plain rule


def test_weekdays_work_weekends_rest() -> None:
    cal = WorkCalendar([])
    assert [cal.is_working_day(date(2030, 6, d)) for d in range(3, 10)] == [
        True, True, True, True, True, False, False]  # Mon 3 June 2030 .. Sun 9
    assert cal.day_off_reason(date(2030, 6, 8)) == "Thứ Bảy"
    assert cal.day_off_reason(date(2030, 6, 9)) == "Chủ nhật"
    assert cal.day_off_reason(date(2030, 6, 10)) is None


def test_entries_override_the_week(vn: WorkCalendar) -> None:
    assert not vn.is_working_day(date(2026, 2, 17))  # Tết, a Tuesday
    assert vn.day_off_reason(date(2026, 2, 17)) == "Tết Nguyên đán (mùng 1 tháng Giêng năm Bính Ngọ)"
    assert not vn.is_working_day(date(2026, 1, 2))  # swapped Friday
    assert vn.is_working_day(date(2026, 1, 10))  # ... worked on Saturday 10 January
    assert vn.is_working_day(date(2026, 8, 22))
    assert not vn.is_working_day(date(2026, 4, 27))  # compensatory Monday for Giỗ Tổ
    assert vn.day_off_reason(date(2026, 4, 26)) == "Giỗ Tổ Hùng Vương (10 tháng 3 âm lịch)"
    assert vn.is_working_day(date(2026, 11, 24))  # Culture Day: not a statutory holiday (yet)


def test_add_working_days_skips_tet_2026(vn: WorkCalendar) -> None:
    # Thu 12/02/2026 + 1 wd = Fri 13; the next is Mon 23 (14–22 Feb: weekends and Tết).
    assert vn.add_working_days(date(2026, 2, 12), 1) == date(2026, 2, 13)
    assert vn.add_working_days(date(2026, 2, 12), 2) == date(2026, 2, 23)
    assert vn.add_working_days(date(2026, 2, 12), 0) == date(2026, 2, 12)
    assert vn.working_days_between(date(2026, 2, 12), date(2026, 2, 23)) == 2
    assert vn.working_days_between(date(2026, 2, 23), date(2026, 2, 12)) == -2
    assert [d for d, _ in vn.days_off_between(date(2026, 2, 13), date(2026, 2, 23))] == [
        date(2026, 2, d) for d in range(14, 23)]


def test_make_up_saturday_counts(vn: WorkCalendar) -> None:
    # Wed 07/01/2026: Thu 8 (1), Fri 9 (2), Sat 10 make-up day (3), Mon 12 (4).
    assert vn.add_working_days(date(2026, 1, 7), 3) == date(2026, 1, 10)
    assert WorkCalendar([]).add_working_days(date(2026, 1, 7), 3) == date(2026, 1, 12)


def test_subtract_working_days(vn: WorkCalendar) -> None:
    # 5 working days before Thu 15/01/2026: Wed 14, Tue 13, Mon 12, Sat 10 (make-up), Fri 9.
    assert vn.subtract_working_days(date(2026, 1, 15), 5) == date(2026, 1, 9)
    # Before Thu 26/02/2026: Wed 25, Tue 24, Mon 23, (Tết), Fri 13, Thu 12.
    assert vn.subtract_working_days(date(2026, 2, 26), 5) == date(2026, 2, 12)
    assert vn.subtract_working_days(date(2026, 2, 26), 0) == date(2026, 2, 26)


def test_next_working_day(vn: WorkCalendar) -> None:
    assert vn.next_working_day_on_or_after(date(2026, 2, 14)) == date(2026, 2, 23)
    assert vn.next_working_day_on_or_after(date(2026, 2, 23)) == date(2026, 2, 23)
    assert vn.next_working_day_on_or_after(date(2026, 8, 29)) == date(2026, 9, 3)
    assert vn.previous_working_day_on_or_before(date(2026, 9, 2)) == date(2026, 8, 28)


def test_negative_counts_are_a_bug() -> None:
    with pytest.raises(ValueError):
        WorkCalendar([]).add_working_days(date(2026, 1, 1), -1)
    with pytest.raises(ValueError):
        WorkCalendar([]).subtract_working_days(date(2026, 1, 1), -1)
    with pytest.raises(ValueError):
        WorkCalendar([CalendarEntry(date(2026, 1, 1), "holiday", "a")] * 2)


def test_years_covered(vn: WorkCalendar) -> None:
    assert {2026, 2027} <= set(YEARS)
    assert vn.years == frozenset(YEARS)
    assert WorkCalendar([], years=[2030]).years == frozenset({2030})


# ----------------------------------------------------------------------------- checks


def test_valid_records_parse_sorted_and_tidied() -> None:
    entries = parse_entries([
        {"date": "2026-09-02", "kind": "holiday", "name": "  Quốc   khánh ", "source": " BLLĐ "},
        {"date": "2026-01-01", "kind": "holiday", "name": "Tết Dương lịch"},
    ])
    assert entries == [CalendarEntry(date(2026, 1, 1), "holiday", "Tết Dương lịch", ""),
                       CalendarEntry(date(2026, 9, 2), "holiday", "Quốc khánh", "BLLĐ")]
    assert entries[0].to_json() == {"date": "2026-01-01", "kind": "holiday",
                                    "name": "Tết Dương lịch", "source": ""}


@pytest.mark.parametrize(("record", "expected"), [
    ({"date": "2026-02-30", "kind": "holiday", "name": "x"}, "không có thật"),
    ({"date": "2026-13-01", "kind": "holiday", "name": "x"}, "không có thật"),
    ({"date": "30/04/2026", "kind": "holiday", "name": "x"}, "YYYY-MM-DD"),
    ({"date": "20260430", "kind": "holiday", "name": "x"}, "YYYY-MM-DD"),
    ({"date": 20260430, "kind": "holiday", "name": "x"}, "YYYY-MM-DD"),
    ({"kind": "holiday", "name": "x"}, "thiếu ngày"),
    ({"date": "0226-04-30", "kind": "holiday", "name": "x"}, "nằm ngoài"),
    ({"date": "2026-04-30", "kind": "vacation", "name": "x"}, "loại ngày 'vacation'"),
    ({"date": "2026-04-30", "name": "x"}, "loại ngày 'None'"),
    ({"date": "2026-04-30", "kind": "holiday", "name": "  "}, "cần ghi tên"),
    ({"date": "2026-04-30", "kind": "holiday"}, "cần ghi tên"),
    ({"date": "2026-04-30", "kind": "holiday", "name": "x" * 201}, "dài quá 200"),
    ({"date": "2026-04-30", "kind": "holiday", "name": "x", "source": 5}, "nguồn"),
    ({"date": "2026-04-30", "kind": "holiday", "name": "x", "note": "?"}, "không được hỗ trợ: note"),
    ({"date": "2026-04-29", "kind": "working_day", "name": "x"}, "Thứ Tư vốn là ngày làm việc"),
    ({"date": "2026-05-02", "kind": "day_off", "name": "x"}, "Thứ Bảy vốn là ngày nghỉ"),
    ("2026-04-30", "đối tượng JSON"),
])
def test_each_problem_is_named(record: object, expected: str) -> None:
    problems = validate_entries([record])
    assert problems and expected in " ".join(problems), problems
    assert problems[0].startswith("Mục 1")


def test_duplicates_and_contradictions() -> None:
    problems = validate_entries([
        {"date": "2026-01-10", "kind": "working_day", "name": "Làm bù"},
        {"date": "2026-01-10", "kind": "holiday", "name": "Lễ"},
        {"date": "2026-01-01", "kind": "holiday", "name": "Tết Dương lịch"},
        {"date": "2026-01-01", "kind": "holiday", "name": "Tết Dương lịch"},
        {"date": "2026-01-12", "kind": "day_off", "name": "Nghỉ"},
        {"date": "2026-01-11", "kind": "working_day", "name": "Làm bù"},
    ])
    assert len(problems) == 2
    assert "vừa là ngày lễ vừa là ngày làm việc bù" in problems[0] and "Mục 2" in problems[0]
    assert "xuất hiện hai lần" in problems[1] and "trùng mục 3" in problems[1]


def test_every_problem_reported_at_once() -> None:
    with pytest.raises(CalendarInvalid) as caught:
        parse_entries([{"date": "2026-02-30", "kind": "x", "name": ""}, 7])
    assert len(caught.value.problems) == 4
    assert caught.value.exit_code == 2
    assert "4 lỗi" in caught.value.message() and "không có gì thay đổi" in caught.value.message()


def test_a_document_must_be_a_list() -> None:
    with pytest.raises(CalendarInvalid, match="danh sách JSON"):
        parse_entries({"date": "2026-01-01"})


def test_check_entry_for_a_form() -> None:
    entry, problems = check_entry({"date": "2026-04-29", "kind": "working_day", "name": ""})
    assert entry is None
    assert {p.field for p in problems} == {"kind", "name"}
    assert all(p.message[0].isupper() and p.message.endswith(".") for p in problems)
    entry, problems = check_entry(CalendarEntry(date(2026, 11, 24), "holiday", "Ngày Văn hóa"))
    assert problems == [] and entry is not None


# ----------------------------------------------------------------------------- properties

DAYS = st.dates(min_value=date(2025, 6, 1), max_value=date(2028, 6, 30))
COUNTS = st.integers(min_value=0, max_value=80)


@st.composite
def calendars(draw: st.DrawFn) -> WorkCalendar:
    """Random but lawful calendars: weekday holidays/days off, weekend make-up days."""
    days = draw(st.sets(st.dates(min_value=date(2025, 6, 1), max_value=date(2028, 12, 31)),
                        max_size=60))
    entries = []
    for d in days:
        if d.weekday() >= 5:
            if draw(st.booleans()):
                entries.append(CalendarEntry(d, "working_day", "Làm bù"))
            else:
                entries.append(CalendarEntry(d, "holiday", "Lễ trùng cuối tuần"))
        else:
            entries.append(CalendarEntry(d, draw(st.sampled_from(["holiday", "day_off"])), "Nghỉ"))
    return WorkCalendar(entries)


@given(calendars(), DAYS, COUNTS)
def test_adding_working_days_lands_on_a_working_day(cal: WorkCalendar, start: date, n: int) -> None:
    due = cal.add_working_days(start, n)
    assert due >= start
    if n > 0:
        assert cal.is_working_day(due)
        assert due > start
    assert cal.working_days_between(start, due) == n


@given(calendars(), DAYS, COUNTS)
def test_monotone_in_n(cal: WorkCalendar, start: date, n: int) -> None:
    assert cal.add_working_days(start, n) < cal.add_working_days(start, n + 1)


@given(calendars(), DAYS, DAYS, COUNTS)
def test_monotone_in_the_start(cal: WorkCalendar, a: date, b: date, n: int) -> None:
    first, second = sorted((a, b))
    assert cal.add_working_days(first, n) <= cal.add_working_days(second, n)


@given(calendars(), DAYS, COUNTS)
def test_add_then_subtract_round_trip(cal: WorkCalendar, start: date, n: int) -> None:
    assume(cal.is_working_day(start))
    due = cal.add_working_days(start, n)
    assert cal.subtract_working_days(due, n) == start
    assert cal.add_working_days(cal.subtract_working_days(due, n), n) == due


@given(calendars(), DAYS)
def test_next_working_day_is_the_first(cal: WorkCalendar, day: date) -> None:
    nxt = cal.next_working_day_on_or_after(day)
    assert cal.is_working_day(nxt)
    d = day
    while d < nxt:
        assert not cal.is_working_day(d)
        d += timedelta(days=1)


@given(DAYS, COUNTS)
def test_shipped_calendar_properties(start: date, n: int) -> None:
    cal = WorkCalendar([e for y in YEARS for e in shipped(y)])
    due = cal.add_working_days(start, n)
    assert n == 0 or cal.is_working_day(due)
    assert cal.add_working_days(start, n + 1) > due


# ----------------------------------------------------------------------------- shipped data


@pytest.mark.parametrize("year", YEARS)
def test_shipped_file_is_valid_and_of_its_year(year: int) -> None:
    entries = shipped(year)
    assert entries and all(e.date.year == year for e in entries)
    assert all(e.source for e in entries), "every shipped day says where it comes from"


@pytest.mark.parametrize("year", YEARS)
def test_shipped_holidays_follow_the_labour_code(year: int) -> None:
    """Art. 112: eleven paid holidays; art. 111.3: a compensatory day for each one on a weekend."""
    entries = shipped(year)
    hol = [e for e in entries if e.kind == "holiday"]
    assert len(hol) == 11
    by_date = {e.date: e for e in hol}
    for fixed in ((1, 1), (4, 30), (5, 1), (9, 2)):
        assert date(year, *fixed) in by_date, fixed
    assert sum("Tết Nguyên đán" in e.name for e in hol) == 5
    assert sum("Quốc khánh" in e.name for e in hol) == 2
    assert sum("Giỗ Tổ" in e.name for e in hol) == 1
    tet = sorted(e.date for e in hol if "Tết Nguyên đán" in e.name)
    assert tet[-1] - tet[0] == timedelta(days=4), "the five Tết days are consecutive"
    on_weekend = sum(1 for e in hol if e.date.weekday() >= 5)
    compensatory = [e for e in entries if e.kind == "day_off" and e.name.startswith("Nghỉ bù")]
    assert len(compensatory) == on_weekend
    # Swapped days come in pairs: one weekday off for each Saturday worked.
    swapped = [e for e in entries if e.kind == "day_off" and not e.name.startswith("Nghỉ bù")]
    assert len(swapped) == sum(1 for e in entries if e.kind == "working_day")


@pytest.mark.parametrize("year", YEARS)
def test_shipped_lunar_dates_match_the_holidays_package(year: int) -> None:
    lib = holidays.country_holidays("VN", years=year, language="en_US", observed=False)
    named = {name: day for day, name in lib.items()}
    entries = shipped(year)
    [tet1] = [e.date for e in entries if "mùng 1 tháng Giêng" in e.name]
    assert tet1 == named["Lunar New Year"]
    [mung2] = [e.date for e in entries if "mùng 2 tháng Giêng" in e.name]
    assert mung2 == named["Second Day of Lunar New Year"]
    [eve] = [e.date for e in entries if "giao thừa" in e.name]
    assert eve == named["Lunar New Year's Eve"]
    [hung] = [e.date for e in entries if "Giỗ Tổ" in e.name and e.kind == "holiday"]
    assert hung == named["Hung Kings' Commemoration Day"]
    # And the weekday spelled in a "(trùng Chủ nhật 26/04/2026)"-style name is right.
    for e in entries:
        for other in entries:
            stamp = other.date.strftime("%d/%m/%Y")
            if stamp in e.name and e is not other:
                assert weekday_name(other.date).lower() in e.name.lower(), (e.name, other.date)


def test_2026_follows_the_published_schedule() -> None:
    """Thông báo 9441/TB-BNV (Tết 14–22/02, Quốc khánh 29/08–02/09) and the 25/12/2025
    decision on New Year (01–04/01, Saturday 10/01 worked)."""
    cal = WorkCalendar(shipped(2026))
    off = lambda a, b: [not cal.is_working_day(a + timedelta(days=i))  # noqa: E731
                        for i in range((b - a).days + 1)]
    assert all(off(date(2026, 1, 1), date(2026, 1, 4)))
    assert all(off(date(2026, 2, 14), date(2026, 2, 22)))
    assert cal.is_working_day(date(2026, 2, 13)) and cal.is_working_day(date(2026, 2, 23))
    assert all(off(date(2026, 4, 25), date(2026, 4, 27)))
    assert all(off(date(2026, 4, 30), date(2026, 5, 3)))
    assert all(off(date(2026, 8, 29), date(2026, 9, 2)))
    assert cal.is_working_day(date(2026, 9, 3))
    # Statutory days off per year stay 11 + compensations; swaps do not change the total.
    worked = sum(cal.is_working_day(date(2026, 1, 1) + timedelta(days=i)) for i in range(365))
    assert worked == 261 - 10 - 1  # 261 weekdays, 10 holidays on them, Giỗ Tổ (Sunday) → Monday
