"""The JSON record formats of the command line (CLI.md): parse strictly, print plainly."""

from __future__ import annotations

import uuid
from dataclasses import asdict
from datetime import date, datetime
from typing import Any

from app.clock import to_utc_naive
from app.errors import FieldProblem, InputError, ValidationFailed
from app.services.visits import LogbookRow, PersonInput, VisitInput, VisitRecord
from app.text import Text

PERSON_FIELDS = {
    "full_name", "cccd", "old_id", "date_of_birth", "gender", "address", "card_address", "phone",
    "id_issued_on", "id_issue_place", "role", "is_representative", "citizen_id",
}
VISIT_FIELDS = {
    "visited_at", "reception_type", "persons", "content", "category", "received_by",
    "officer_id", "officer_code", "person_count", "is_crowd", "field_code", "prior_handling",
    "requests", "repeat", "outcome", "outcome_note", "follow_up", "notes", "interpreter_used",
}
REQUIRED_VISIT = ("visited_at", "reception_type", "persons", "content", "category")


class Reader:
    """Collects every problem of a record before refusing it, so one run shows them all."""

    def __init__(self) -> None:
        self.problems: list[FieldProblem] = []

    def fail(self, path: str, msg: str) -> None:
        self.problems.append(FieldProblem(path, msg))

    def text(self, rec: dict[str, Any], key: str, path: str, default: str | None = None
             ) -> str | None:
        value = rec.get(key, default)
        if value is None or isinstance(value, str):
            return value
        self.fail(path + key, Text("Trường '{path}{key}' phải là chuỗi ký tự.", path=path, key=key))
        return default

    def flag(self, rec: dict[str, Any], key: str, path: str) -> bool:
        value = rec.get(key, False)
        if isinstance(value, bool):
            return value
        self.fail(path + key, Text("Trường '{path}{key}' phải là true hoặc false.", path=path, key=key))
        return False

    def integer(self, rec: dict[str, Any], key: str, path: str) -> int | None:
        value = rec.get(key)
        if value is None or (isinstance(value, int) and not isinstance(value, bool)):
            return value
        self.fail(path + key, Text("Trường '{path}{key}' phải là số nguyên.", path=path, key=key))
        return None

    def day(self, rec: dict[str, Any], key: str, path: str) -> date | None:
        value = rec.get(key)
        if value in (None, ""):
            return None
        try:
            return date.fromisoformat(value)
        except (TypeError, ValueError):
            self.fail(path + key, Text("Trường '{path}{key}': ngày không hợp lệ '{value}' (dạng YYYY-MM-DD).", path=path, key=key, value=value))
            return None

    def moment(self, rec: dict[str, Any], key: str) -> datetime | None:
        value = rec.get(key)
        try:
            moment = datetime.fromisoformat(value)  # type: ignore[arg-type]
            to_utc_naive(moment)  # the very start of year 1 and end of 9999 have no UTC time
            return moment
        except (TypeError, ValueError, OverflowError):
            self.fail(key, Text("Trường '{key}': thời điểm không hợp lệ '{value}' (dạng 2026-11-20T09:30:00+07:00).", key=key, value=value))
            return None

    def ident(self, rec: dict[str, Any], key: str, path: str) -> uuid.UUID | None:
        value = rec.get(key)
        if value in (None, ""):
            return None
        try:
            return uuid.UUID(str(value))
        except ValueError:
            self.fail(path + key, Text("Trường '{path}{key}': mã định danh không hợp lệ.", path=path, key=key))
            return None

    def unknown(self, rec: dict[str, Any], allowed: set[str], path: str) -> None:
        extra = sorted(set(rec) - allowed)
        if extra:
            self.fail(path or "record", "Trường không được hỗ trợ: "
                      + ", ".join(path + e for e in extra))


def read_person(r: Reader, p: dict[str, Any], path: str) -> PersonInput:
    """One person of a visit or a petition (the same fields in both)."""
    r.unknown(p, PERSON_FIELDS, path)
    return PersonInput(
        full_name=r.text(p, "full_name", path, "") or "",
        cccd=r.text(p, "cccd", path), old_id=r.text(p, "old_id", path),
        date_of_birth=r.day(p, "date_of_birth", path), gender=r.text(p, "gender", path),
        address=r.text(p, "address", path, "") or "",
        card_address=r.text(p, "card_address", path), phone=r.text(p, "phone", path),
        id_issued_on=r.day(p, "id_issued_on", path),
        id_issue_place=r.text(p, "id_issue_place", path),
        role=r.text(p, "role", path, "petitioner") or "petitioner",
        is_representative=r.flag(p, "is_representative", path),
        citizen_id=r.ident(p, "citizen_id", path),
    )


def officer_ref(r: Reader, rec: dict[str, Any], officer_ids: dict[str, uuid.UUID] | None
                ) -> uuid.UUID | None:
    """`officer_id`, or `officer_code` looked up among the office's officers."""
    officer_id = r.ident(rec, "officer_id", "")
    code = r.text(rec, "officer_code", "")
    if code:
        officer_id = (officer_ids or {}).get(code)
        if officer_id is None:
            r.fail("officer_code", Text("Không có cán bộ mã '{code}'.", code=code))
    return officer_id


def parse_visit(rec: Any, officer_ids: dict[str, uuid.UUID] | None = None) -> VisitInput:
    """A visit record → VisitInput, or ValidationFailed naming every bad field."""
    if not isinstance(rec, dict):
        raise InputError("json_not_object")
    r = Reader()
    r.unknown(rec, VISIT_FIELDS, "")
    for key in REQUIRED_VISIT:
        if key not in rec:
            r.fail(key, Text("Thiếu trường bắt buộc '{key}'.", key=key))
    persons: list[PersonInput] = []
    raw_persons = rec.get("persons", [])
    if not isinstance(raw_persons, list):
        r.fail("persons", Text("Trường 'persons' phải là một danh sách."))
        raw_persons = []
    for i, p in enumerate(raw_persons):
        path = f"persons.{i}."
        if not isinstance(p, dict):
            r.fail(path[:-1], Text("Phần tử '{path}' phải là một đối tượng.", path=path[:-1]))
            continue
        persons.append(read_person(r, p, path))
    officer_id = officer_ref(r, rec, officer_ids)
    visited_at = r.moment(rec, "visited_at") if "visited_at" in rec else None
    v = VisitInput(
        visited_at=visited_at or datetime.min,
        reception_type=r.text(rec, "reception_type", "", "") or "",
        persons=persons,
        content=r.text(rec, "content", "", "") or "",
        category=r.text(rec, "category", "", "") or "",
        received_by=r.text(rec, "received_by", "", "officer") or "officer",
        officer_id=officer_id,
        person_count=r.integer(rec, "person_count", ""),
        is_crowd=r.flag(rec, "is_crowd", ""),
        field_code=r.text(rec, "field_code", ""),
        prior_handling=r.text(rec, "prior_handling", "", "") or "",
        requests=r.text(rec, "requests", "", "") or "",
        repeat=r.text(rec, "repeat", "", "first") or "first",
        outcome=r.text(rec, "outcome", "", "answered") or "answered",
        outcome_note=r.text(rec, "outcome_note", "", "") or "",
        follow_up=r.text(rec, "follow_up", "", "") or "",
        notes=r.text(rec, "notes", "", "") or "",
        interpreter_used=r.flag(rec, "interpreter_used", ""),
    )
    if r.problems:
        raise ValidationFailed(r.problems)
    return v


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def visit_json(v: VisitRecord) -> dict[str, Any]:
    return _plain(asdict(v))  # type: ignore[no-any-return]


def row_json(r: LogbookRow) -> dict[str, Any]:
    return _plain(asdict(r))  # type: ignore[no-any-return]


def plain(value: Any) -> Any:
    """Dataclass or value → JSON-ready structure."""
    if hasattr(value, "__dataclass_fields__"):
        return _plain(asdict(value))
    return _plain(value)
