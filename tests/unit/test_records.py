"""Strict parsing of the JSON visit record (CLI.md), before any database is involved."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from app.clock import VN_TZ, fmt_date, fmt_datetime, local_date, to_local, to_utc_naive
from app.errors import InputError, ValidationFailed
from app.services.records import parse_visit, plain


def example() -> dict[str, Any]:
    """The record of CLI.md, verbatim."""
    return {"visited_at": "2026-11-20T09:30:00+07:00",
            "reception_type": "regular",
            "persons": [{"full_name": "Nguyễn Văn Đức", "cccd": "001090012345",
                         "address": "Số 1 ngõ 2 phố Láng Thượng", "phone": "0912345678"}],
            "content": "Đề nghị xem xét việc cấp giấy chứng nhận quyền sử dụng đất",
            "category": "KNPA"}


def fields_of(exc: pytest.ExceptionInfo[ValidationFailed]) -> set[str]:
    return {p.field for p in exc.value.problems}


def test_the_documented_example_parses() -> None:
    v = parse_visit(example())
    assert v.visited_at == datetime(2026, 11, 20, 9, 30, tzinfo=VN_TZ)
    assert (v.reception_type, v.category, v.received_by, v.outcome) == (
        "regular", "KNPA", "officer", "answered")
    [p] = v.persons
    assert (p.full_name, p.cccd, p.phone, p.role) == ("Nguyễn Văn Đức", "001090012345",
                                                      "0912345678", "petitioner")


def test_every_optional_field() -> None:
    officer = uuid.uuid4()
    rec = example() | {
        "received_by": "head", "officer_code": "CB03", "person_count": 12, "is_crowd": True,
        "field_code": "DAT", "prior_handling": "Đã hòa giải", "requests": "Trả lời bằng văn bản",
        "repeat": "repeat", "outcome": "refused", "outcome_note": "Say rượu",
        "follow_up": "Hẹn tuần sau", "notes": "Có phiên dịch", "interpreter_used": True,
    }
    rec["persons"][0] |= {
        "date_of_birth": "1990-01-01", "gender": "male", "old_id": "012345678",
        "card_address": "Số 1 phường Láng Thượng", "id_issued_on": "2021-04-15",
        "id_issue_place": "Cục Cảnh sát QLHC về TTXH", "role": "representative",
        "is_representative": True, "citizen_id": str(officer),
    }
    v = parse_visit(rec, {"CB03": officer})
    assert v.officer_id == officer and v.person_count == 12 and v.is_crowd
    assert v.persons[0].date_of_birth == date(1990, 1, 1)
    assert v.persons[0].id_issued_on == date(2021, 4, 15)
    assert v.persons[0].citizen_id == officer and v.persons[0].is_representative


@pytest.mark.parametrize("rec", [[example()], "text", 42, None])
def test_not_an_object(rec: Any) -> None:
    with pytest.raises(InputError) as exc:
        parse_visit(rec)
    assert exc.value.code == "json_not_object"
    assert "đối tượng JSON" in exc.value.message()


def test_unknown_fields_are_named() -> None:
    rec = example() | {"visitor": "x", "priority": 1}
    rec["persons"][0]["nickname"] = "Đức béo"
    with pytest.raises(ValidationFailed) as exc:
        parse_visit(rec)
    text = exc.value.message()
    assert "priority" in text and "visitor" in text and "persons.0.nickname" in text
    assert "Trường không được hỗ trợ" in text


@pytest.mark.parametrize("missing", ["visited_at", "reception_type", "persons", "content", "category"])
def test_required_fields(missing: str) -> None:
    rec = example()
    del rec[missing]
    with pytest.raises(ValidationFailed) as exc:
        parse_visit(rec)
    assert missing in fields_of(exc)
    assert f"Thiếu trường bắt buộc '{missing}'" in exc.value.message()


@pytest.mark.parametrize(("where", "value"), [
    ("visited_at", "2026-02-30T09:00:00+07:00"),
    ("visited_at", "hôm qua"),
    ("visited_at", 20261120),
    ("visited_at", "0001-01-01T00:00:00"),  # no UTC time for it: must not crash the service
    ("visited_at", "9999-12-31T23:00:00-12:00"),
    ("persons.0.date_of_birth", "1990-02-30"),
    ("persons.0.id_issued_on", "2021-13-01"),
])
def test_impossible_dates(where: str, value: Any) -> None:
    rec = example()
    if where.startswith("persons."):
        rec["persons"][0][where.rsplit(".", 1)[1]] = value
    else:
        rec[where] = value
    with pytest.raises(ValidationFailed) as exc:
        parse_visit(rec)
    assert fields_of(exc) == {where}


@pytest.mark.parametrize(("key", "value"), [
    ("content", 12), ("is_crowd", "yes"), ("person_count", "12"), ("person_count", True),
    ("persons", {"full_name": "A"}), ("officer_id", "not-a-uuid"),
])
def test_wrong_types(key: str, value: Any) -> None:
    with pytest.raises(ValidationFailed) as exc:
        parse_visit(example() | {key: value})
    assert key in fields_of(exc)


def test_person_must_be_an_object() -> None:
    with pytest.raises(ValidationFailed) as exc:
        parse_visit(example() | {"persons": ["Nguyễn Văn Đức"]})
    assert fields_of(exc) == {"persons.0"}


def test_unknown_officer_code() -> None:
    with pytest.raises(ValidationFailed) as exc:
        parse_visit(example() | {"officer_code": "CB99"}, {"CB01": uuid.uuid4()})
    assert fields_of(exc) == {"officer_code"}


def test_all_problems_reported_at_once() -> None:
    rec = example() | {"extra": 1, "is_crowd": "no"}
    del rec["content"]
    with pytest.raises(ValidationFailed) as exc:
        parse_visit(rec)
    assert fields_of(exc) == {"record", "content", "is_crowd"}


def test_plain_makes_json_ready_values() -> None:
    ident = uuid.uuid4()
    assert plain({"a": [date(2026, 1, 2), ident]}) == {"a": ["2026-01-02", str(ident)]}


# ----------------------------------------------------------------------------- clock


def test_clock_conversions() -> None:
    # A naive moment is what a person typed in Hà Nội.
    assert to_utc_naive(datetime(2026, 1, 1, 0, 30)) == datetime(2025, 12, 31, 17, 30)
    assert to_utc_naive(datetime(2026, 1, 1, 0, 30, tzinfo=UTC)) == datetime(2026, 1, 1, 0, 30)
    assert to_local(datetime(2025, 12, 31, 17, 30)) == datetime(2026, 1, 1, 0, 30, tzinfo=VN_TZ)
    assert local_date(datetime(2025, 12, 31, 17, 30, tzinfo=UTC)) == date(2026, 1, 1)
    assert local_date(datetime(2025, 12, 31, 23, 59, tzinfo=VN_TZ)) == date(2025, 12, 31)
    assert VN_TZ.utcoffset(None) == timedelta(hours=7)
    assert fmt_date(date(2026, 3, 5)) == "05/03/2026" and fmt_date(None) == ""
    assert fmt_datetime(datetime(2026, 3, 5, 2, 0)) == "05/03/2026 09:00"
