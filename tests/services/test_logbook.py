"""The logbook: filters by date, category, reception type, officer and text; paging."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import InputError
from app.services import visits
from app.services.office import OfficerInfo
from app.services.visits import LogbookQuery
from app.storage.store import Store
from tests.helpers import NOW, at, person, visit

# (date, hour, category, reception type, officer code, content)
PLAN = [
    ("2026-10-31", 23, "KNPA", "regular", "CB01", "Phản ánh đổ phế thải xây dựng"),
    ("2026-11-01", 0, "KN", "regular", "CB02", "Khiếu nại quyết định thu hồi đất"),
    ("2026-11-01", 10, "TC", "scheduled", "CB03", "Tố cáo sai phạm thu chi quỹ"),
    ("2026-11-15", 9, "KNPA", "adhoc", "CB01", "Phản ánh tiếng ồn karaoke"),
    ("2026-11-30", 23, "OTHER", "regular", "CB02", "Hỏi thủ tục tách thửa đất"),
    ("2026-12-01", 0, "KN", "scheduled", "CB01", "Khiếu nại trợ cấp xã hội"),
]


@pytest.fixture
def book(store: Store, officers: dict[str, OfficerInfo]) -> Store:
    late = NOW.replace(month=12, day=2)
    for i, (day, hour, cat, rtype, code, content) in enumerate(PLAN):
        received_by = "head" if code == "CB03" else "officer"
        visits.log_visit(store, visit(
            person(f"Công dân số {i}", address=f"Số {i} phố Láng"), when=at(day, hour, 30),
            category=cat, reception_type=rtype, officer_id=officers[code].id,
            received_by=received_by, content=content), now=late)
    return store


def contents(store: Store, q: LogbookQuery) -> list[str]:
    rows = visits.list_visits(store, q)
    assert visits.count_visits(store, q) == len(rows)
    return [r.content for r in rows]


def test_newest_first(book: Store) -> None:
    rows = visits.list_visits(book)
    assert [r.content for r in rows] == [p[5] for p in reversed(PLAN)]
    assert [r.number for r in rows][-1] == "0001/2026"
    assert visits.count_visits(book) == len(PLAN)


def test_date_range_uses_hanoi_days(book: Store) -> None:
    november = contents(book, LogbookQuery(date_from=date(2026, 11, 1), date_to=date(2026, 11, 30)))
    # 31/10 23:30 and 1/12 00:30 are outside; 1/11 00:30 and 30/11 23:30 are inside.
    assert november == [p[5] for p in reversed(PLAN[1:5])]
    assert contents(book, LogbookQuery(date_from=date(2026, 11, 1), date_to=date(2026, 11, 1))) == [
        PLAN[2][5], PLAN[1][5]]
    assert contents(book, LogbookQuery(date_to=date(2026, 10, 31))) == [PLAN[0][5]]
    assert contents(book, LogbookQuery(date_from=date(2026, 12, 1))) == [PLAN[5][5]]
    assert contents(book, LogbookQuery(date_from=date(2027, 1, 1))) == []


def test_open_ended_range(book: Store) -> None:
    """Scripts say "from the beginning of time": the calendar's first and last days."""
    everything = [p[5] for p in reversed(PLAN)]
    assert contents(book, LogbookQuery(date_from=date.min, date_to=date.max)) == everything
    assert contents(book, LogbookQuery(date_from=date(1, 1, 2), date_to=date(9999, 12, 30))) == (
        everything)
    assert contents(book, LogbookQuery(date_to=date.min)) == []
    assert contents(book, LogbookQuery(date_from=date.max)) == []


def test_backwards_range_is_refused(book: Store) -> None:
    q = LogbookQuery(date_from=date(2026, 11, 30), date_to=date(2026, 11, 1))
    with pytest.raises(InputError) as exc:
        visits.list_visits(book, q)
    assert exc.value.code == "bad_date_range"
    with pytest.raises(InputError):
        visits.count_visits(book, q)


def test_category(book: Store) -> None:
    assert contents(book, LogbookQuery(category="KN")) == [PLAN[5][5], PLAN[1][5]]
    assert contents(book, LogbookQuery(category="TC")) == [PLAN[2][5]]
    assert contents(book, LogbookQuery(category="OTHER")) == [PLAN[4][5]]


def test_reception_type(book: Store) -> None:
    assert contents(book, LogbookQuery(reception_type="scheduled")) == [PLAN[5][5], PLAN[2][5]]
    assert contents(book, LogbookQuery(reception_type="adhoc")) == [PLAN[3][5]]


def test_officer(book: Store, officers: dict[str, OfficerInfo]) -> None:
    rows = visits.list_visits(book, LogbookQuery(officer_id=officers["CB01"].id))
    assert [r.content for r in rows] == [PLAN[5][5], PLAN[3][5], PLAN[0][5]]
    assert {r.officer_name for r in rows} == {"Nguyễn Thị Lan"}


def test_text(book: Store) -> None:
    assert contents(book, LogbookQuery(text="khieu nai")) == [PLAN[5][5], PLAN[1][5]]
    assert contents(book, LogbookQuery(text="đất")) == [PLAN[4][5], PLAN[1][5]]
    assert contents(book, LogbookQuery(text="cong dan so 3")) == [PLAN[3][5]]
    assert contents(book, LogbookQuery(text="   ")) == [p[5] for p in reversed(PLAN)]
    assert contents(book, LogbookQuery(text="khong co")) == []


def test_filters_combine(book: Store, officers: dict[str, OfficerInfo]) -> None:
    q = LogbookQuery(date_from=date(2026, 11, 1), date_to=date(2026, 11, 30), category="KNPA",
                     reception_type="adhoc", officer_id=officers["CB01"].id, text="karaoke")
    assert contents(book, q) == [PLAN[3][5]]
    assert contents(book, LogbookQuery(category="KN", officer_id=officers["CB02"].id,
                                       text="tro cap")) == []


def test_row_fields(book: Store) -> None:
    row = visits.list_visits(book, LogbookQuery(category="OTHER"))[0]
    assert row.number == "0005/2026"
    assert row.visited_at.strftime("%d/%m/%Y %H:%M") == "30/11/2026 23:30"
    assert (row.persons_label, row.address, row.reception_type) == (
        "Công dân số 4", "Số 4 phố Láng", "regular")
    assert (row.person_count, row.is_crowd, row.repeat, row.outcome) == (1, False, "first",
                                                                          "answered")


@pytest.fixture
def big_book(store: Store) -> Store:
    for i in range(23):
        visits.log_visit(store, visit(person(f"Người thứ {i}", address=f"Số {i} phố Láng"),
                                      when=at("2026-11-01", 8 + i % 9, i),
                                      category="KN" if i % 3 == 0 else "KNPA",
                                      content=f"Nội dung số {i}"), now=NOW)
    return store


@pytest.mark.parametrize("q", [LogbookQuery(), LogbookQuery(category="KN"),
                               LogbookQuery(text="noi dung"), LogbookQuery(category="TC")])
def test_paging_covers_everything_once_in_order(big_book: Store, q: LogbookQuery) -> None:
    everything = visits.list_visits(big_book, q, 0, 1000)
    assert visits.count_visits(big_book, q) == len(everything)
    pages = []
    for offset in range(0, len(everything) + 10, 10):
        page = visits.list_visits(big_book, q, offset, 10)
        assert len(page) == min(10, max(0, len(everything) - offset))
        pages += page
    assert [r.id for r in pages] == [r.id for r in everything]
    if q.text:
        # Text search pages in entry order (newest entry first): sorting every match by time
        # would take seconds when a common prefix matches half of a million-visit book.
        numbers = [r.number for r in everything]
        assert numbers == sorted(numbers, reverse=True)
    else:
        keys = [(r.visited_at, r.number) for r in everything]
        assert keys == sorted(keys, reverse=True)


def test_same_minute_visits_keep_entry_order(store: Store) -> None:
    for i in range(3):
        visits.log_visit(store, visit(person(f"Người {i}", address="Số 1 phố Láng"),
                                      when=at("2026-11-02", 9)), now=NOW)
    assert [r.number for r in visits.list_visits(store)] == ["0003/2026", "0002/2026", "0001/2026"]
    assert [r.number for r in visits.list_visits(store, offset=1, limit=1)] == ["0002/2026"]
