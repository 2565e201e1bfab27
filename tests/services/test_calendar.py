"""The office calendar service on a real SQLite store: shipped years, imports, edits, deadlines."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from app.errors import InputError, ValidationFailed
from app.law.calendar import CalendarEntry, CalendarInvalid
from app.law.deadlines import DeadlineRefused
from app.services import calendar
from app.storage.store import Store, open_store
from tests.helpers import sqlite_rows

CULTURE_DAY = {"date": "2026-11-24", "kind": "holiday", "name": "Ngày Văn hóa Việt Nam",
               "source": "Quyết định của cơ quan (ví dụ)"}


def rec(day: str, kind: str = "holiday", name: str = "Ngày lễ", **more: Any) -> dict[str, Any]:
    return {"date": day, "kind": kind, "name": name, **more}


def stored_rows(store: Store) -> list[tuple[Any, ...]]:
    return sqlite_rows(store.db_path, "SELECT date, kind, name, source FROM calendar_entry "
                                      "ORDER BY date")


def test_a_fresh_store_uses_the_shipped_years(store: Store) -> None:
    assert stored_rows(store) == []
    cal = calendar.office_calendar(store)
    assert not cal.is_working_day(date(2026, 2, 17))
    assert cal.is_working_day(date(2026, 1, 10))
    assert not cal.is_working_day(date(2027, 2, 8))
    assert {2026, 2027} <= cal.years
    year = calendar.entries_for_year(store, 2026)
    assert year.origin == "shipped" and len(year.entries) == 16
    none = calendar.entries_for_year(store, 2031)
    assert (none.origin, none.entries) == ("none", ())
    assert stored_rows(store) == [], "reading never writes"


def test_import_replaces_the_years_it_covers(store: Store) -> None:
    first = calendar.import_entries(store, [rec("2026-01-01", name="Tết Dương lịch"),
                                            rec("2027-01-01", name="Tết Dương lịch")])
    assert (first.years, first.imported, first.replaced) == ((2026, 2027), 2, 0)
    second = calendar.import_entries(store, [rec("2026-09-02", name="Quốc khánh"), CULTURE_DAY])
    assert (second.years, second.imported, second.replaced) == ((2026,), 2, 1)
    assert [r[0] for r in stored_rows(store)] == ["2026-09-02", "2026-11-24", "2027-01-01"]
    year = calendar.entries_for_year(store, 2026)
    assert year.origin == "office"
    assert [e.name for e in year.entries] == ["Quốc khánh", "Ngày Văn hóa Việt Nam"]
    cal = calendar.office_calendar(store)
    # The office's 2026 is what counts now: Tết is whatever the office imported (nothing).
    assert cal.is_working_day(date(2026, 2, 17))
    assert not cal.is_working_day(date(2026, 11, 24))


@pytest.mark.parametrize(("data", "words"), [
    ([rec("2026-02-30")], "không có thật"),
    ([rec("2026-05-04"), rec("2026-05-04")], "xuất hiện hai lần"),
    ([rec("2026-05-04", note="x")], "không được hỗ trợ: note"),
    ([rec("2026-05-04", kind="feast")], "loại ngày"),
    ([rec("2026-05-04", name="")], "tên ngày"),
    ({"entries": []}, "danh sách JSON"),
    ([], "không có ngày nào"),
])
def test_a_bad_import_changes_nothing(store: Store, data: object, words: str) -> None:
    calendar.import_entries(store, [CULTURE_DAY])
    before = stored_rows(store)
    with pytest.raises(InputError) as caught:
        calendar.import_entries(store, [rec("2027-01-01", name="Tết Dương lịch"), *data]
                                if isinstance(data, list) and data else data)
    assert words in caught.value.message()
    assert caught.value.exit_code == 2
    assert stored_rows(store) == before


def test_the_import_is_all_or_nothing_over_several_years(store: Store) -> None:
    with pytest.raises(CalendarInvalid) as caught:
        calendar.import_entries(store, [rec("2026-01-01"), rec("2027-01-01"),
                                        rec("2027-06-31"), rec("2028-01-03", kind="working_day")])
    assert len(caught.value.problems) == 2
    assert stored_rows(store) == []


def test_export_is_what_is_used_and_imports_back(store: Store, tmp_path: Any) -> None:
    calendar.import_entries(store, [CULTURE_DAY])
    exported = calendar.export_entries(store)
    years = {e.date.year for e in exported}
    assert years >= {2026, 2027}
    assert [e for e in exported if e.date.year == 2026] == [
        CalendarEntry(date(2026, 11, 24), "holiday", "Ngày Văn hóa Việt Nam",
                      "Quyết định của cơ quan (ví dụ)")]
    assert len([e for e in exported if e.date.year == 2027]) == 14  # shipped
    assert {e.date.year for e in calendar.export_entries(store, [2027])} == {2027}
    assert calendar.export_entries(store, [2031]) == []
    other = open_store(tmp_path / "other")
    try:
        calendar.import_entries(other, [e.to_json() for e in exported])
        assert calendar.export_entries(other) == exported
        assert calendar.entries_for_year(other, 2027).origin == "office"
    finally:
        other.close()


def test_first_edit_of_a_shipped_year_keeps_the_rest_of_it(store: Store) -> None:
    saved = calendar.set_entry(store, CULTURE_DAY)
    assert saved == CalendarEntry(date(2026, 11, 24), "holiday", "Ngày Văn hóa Việt Nam",
                                  "Quyết định của cơ quan (ví dụ)")
    year = calendar.entries_for_year(store, 2026)
    assert year.origin == "office" and len(year.entries) == 17
    assert calendar.entries_for_year(store, 2027).origin == "shipped"
    cal = calendar.office_calendar(store)
    assert not cal.is_working_day(date(2026, 2, 17)) and not cal.is_working_day(date(2026, 11, 24))
    # 20 days from Wed 04/11/2026 → Tue 24/11, now a holiday → Wed 25/11.
    result = calendar.deadline(store, "forwarded-report", date(2026, 11, 4))
    assert result.due == date(2026, 11, 25)
    assert result.skipped[0].reason == "Ngày Văn hóa Việt Nam"


def test_edit_an_entry_in_place_and_move_it(store: Store) -> None:
    calendar.set_entry(store, CULTURE_DAY)
    calendar.set_entry(store, {**CULTURE_DAY, "name": "Ngày Văn hóa"},
                       replacing=date(2026, 11, 24))
    assert calendar.entries_for_year(store, 2026).entries[-1].name == "Ngày Văn hóa"
    calendar.set_entry(store, {**CULTURE_DAY, "date": "2026-11-23"}, replacing=date(2026, 11, 24))
    dates = [e.date for e in calendar.entries_for_year(store, 2026).entries]
    assert date(2026, 11, 23) in dates and date(2026, 11, 24) not in dates


def test_refused_edits_name_the_field_and_change_nothing(store: Store) -> None:
    calendar.set_entry(store, CULTURE_DAY)
    before = stored_rows(store)
    with pytest.raises(ValidationFailed) as caught:
        calendar.set_entry(store, rec("2026-11-24", name="Trùng"))
    assert caught.value.for_field("date") == [
        "Ngày 24/11/2026 đã có trong lịch (Ngày Văn hóa Việt Nam); hãy sửa mục đó thay vì thêm mới."]
    with pytest.raises(ValidationFailed) as caught:
        calendar.set_entry(store, rec("2026-11-25", kind="working_day", name=""))
    assert caught.value.for_field("kind") and caught.value.for_field("name")
    with pytest.raises(ValidationFailed) as caught:
        calendar.set_entry(store, rec("2026-09-02", name="Quốc khánh"),
                           replacing=date(2026, 11, 24))
    assert caught.value.for_field("date")
    with pytest.raises(InputError, match="Không tìm thấy ngày"):
        calendar.set_entry(store, rec("2026-12-25", name="x"), replacing=date(2026, 12, 24))
    assert stored_rows(store) == before


def test_delete_an_entry(store: Store) -> None:
    calendar.delete_entry(store, date(2027, 9, 3))  # a provisional shipped day
    year = calendar.entries_for_year(store, 2027)
    assert year.origin == "office" and len(year.entries) == 13
    assert calendar.office_calendar(store).is_working_day(date(2027, 9, 3))
    with pytest.raises(InputError, match="Không tìm thấy ngày 03/09/2027"):
        calendar.delete_entry(store, date(2027, 9, 3))
    assert len(calendar.entries_for_year(store, 2027).entries) == 13


def test_deadline_under_the_office_calendar(store: Store) -> None:
    assert calendar.deadline(store, "reception-notice", date(2026, 2, 12)).due == date(2026, 3, 5)
    assert calendar.deadline(store, "denunciation-resolution", date(2026, 1, 5), extensions=2,
                             especially_complex=True).due == date(2026, 4, 6)
    with pytest.raises(DeadlineRefused):
        calendar.deadline(store, "denunciation-resolution", date(2026, 1, 5), extensions=3)


def test_no_office_needed(bare_store: Store) -> None:
    """The calendar is configuration: it works before the office is set up."""
    assert calendar.deadline(bare_store, "complaint-first", date(2026, 3, 31)).due == date(2026, 5, 4)
    calendar.import_entries(bare_store, [CULTURE_DAY])
    assert calendar.entries_for_year(bare_store, 2026).origin == "office"


def test_shipped_years_found() -> None:
    assert {2026, 2027} <= set(calendar.shipped_years())
    assert calendar.shipped_entries(2031) == ()


def test_open_petitions_follow_a_calendar_change(store: Store) -> None:
    """Petitions cache their next due date for the register; every calendar write recomputes it."""
    from app.services import petitions
    from app.services.petition_list import list_petitions
    from tests.helpers import CCCD_DUC, person

    today = date(2026, 11, 20)
    rec_ = petitions.register(store, petitions.PetitionInput(
        received_date=date(2026, 11, 16), content_type="KN", senders=[person(cccd=CCCD_DUC)],
        content="Khiếu nại quyết định xử phạt vi phạm hành chính"), today=today)

    def cached() -> date | None:
        return list_petitions(store, today=today)[0].next_due

    assert rec_.next_due == cached() == date(2026, 11, 30)  # Mon 16/11 + 10 working days
    calendar.set_entry(store, CULTURE_DAY)
    assert cached() == date(2026, 12, 1)
    calendar.delete_entry(store, date(2026, 11, 24))
    assert cached() == date(2026, 11, 30)
    # 17–20 (1–4), 23 (5), [24], 25, 26 (6, 7), [27], 30 (8), 1, 2 Dec (9, 10).
    calendar.import_entries(store, [CULTURE_DAY, rec("2026-11-27", kind="day_off", name="Nghỉ")])
    assert cached() == date(2026, 12, 2)
