"""Builders shared by the tests (plain functions; the fixtures are in conftest.py)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import text

from app.clock import VN_TZ
from app.services.visits import PersonInput, VisitInput
from app.storage import dbfile
from app.storage.store import Store

# "Now" for every service call that takes one: the desk's clock is never read by the tests.
NOW = datetime(2026, 11, 20, 16, 30, tzinfo=VN_TZ)

# CCCD numbers that agree with the birth dates and genders used with them.
CCCD_DUC = "001090012345"  # Hà Nội, 1900s male, born 1990
CCCD_LAN = "001185004321"  # Hà Nội, 1900s female, born 1985
CCCD_MINH = "079201000777"  # Hồ Chí Minh City, 2000s male, born 2001

TABLES = ("visit", "visit_person", "citizen", "visit_fts", "citizen_fts", "officer", "office")


def at(day: date | str, hour: int = 9, minute: int = 0) -> datetime:
    """A moment in Hà Nội time."""
    d = date.fromisoformat(day) if isinstance(day, str) else day
    return datetime(d.year, d.month, d.day, hour, minute, tzinfo=VN_TZ)


def person(full_name: str = "Nguyễn Văn Đức", **kw: Any) -> PersonInput:
    kw.setdefault("address", "Số 1 ngõ 2 phố Láng Thượng")
    kw.setdefault("phone", "0912345678")
    return PersonInput(full_name=full_name, **kw)


def visit(*persons: PersonInput, when: datetime | None = None,
          content: str = "Đề nghị xem xét việc cấp giấy chứng nhận quyền sử dụng đất",
          category: str = "KNPA", officer_id: uuid.UUID | None = None, **kw: Any) -> VisitInput:
    return VisitInput(
        visited_at=when or at("2026-11-20"), reception_type=kw.pop("reception_type", "regular"),
        persons=list(persons) or [person()], content=content, category=category,
        officer_id=officer_id, **kw,
    )


def counts(store: Store) -> dict[str, int]:
    """Rows per table, the FTS tables included: a refused write must leave all of them alone."""
    with store.read() as uow:
        return {t: int(uow.session.execute(text(f"SELECT count(*) FROM {t}")).scalar() or 0)
                for t in TABLES}


def sqlite_rows(db_path: Path, sql: str) -> list[tuple[Any, ...]]:
    """Read a store file directly, without the app's engine."""
    conn = dbfile.connect(db_path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()
