"""The office calendar (holidays, days off, make-up working days) and deadlines under it.

Where the entries come from, year by year:
- a year with entries stored in this office's store uses exactly those (the admin's calendar);
- a year with no stored entries at all uses the file shipped with the application
  (resources/calendar/vn-YYYY.json), so a fresh store computes right deadlines at once.

Why not copy the shipped year into the store on first use: reading the calendar (every deadline,
`calendar show`) would then write to the store, and an application update that corrects a
provisional year (the 2027 Tết schedule, say, once the Government publishes it) would never
reach an office that had not edited that year. The shipped year is copied in only when the admin
first edits it (set_entry / delete_entry), so one edit never loses the rest of that year; an
import replaces whole years anyway.

The calendar is office configuration, not case data: it is not synced, and changing it
recomputes the deadlines of open petitions (they are derived, never stored).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.actor import Actor
from app.errors import FieldProblem, InputError, ValidationFailed, render
from app.law import deadlines as law
from app.law.calendar import (
    CalendarEntry,
    WorkCalendar,
    check_entry,
    fmt,
    parse_entries,
)
from app.models import CalendarDay
from app.paths import resources_dir
from app.storage.store import Store
from app.text import Label, Text

Origin = Literal["office", "shipped", "none"]
_SHIPPED_NAME = re.compile(r"^vn-(\d{4})\.json$")


@dataclass(frozen=True, slots=True)
class YearEntries:
    year: int
    origin: Origin  # office: stored by this office; shipped: the application's file; none
    entries: tuple[CalendarEntry, ...]


@dataclass(frozen=True, slots=True)
class ImportResult:
    years: tuple[int, ...]  # the years replaced
    imported: int  # entries written
    replaced: int  # entries of those years that were stored before


# ----------------------------------------------------------------------------- shipped data


def shipped_dir() -> Path:
    return resources_dir() / "calendar"


def shipped_years() -> list[int]:
    folder = shipped_dir()
    if not folder.is_dir():
        return []
    return sorted(int(m.group(1)) for p in folder.iterdir() if (m := _SHIPPED_NAME.match(p.name)))


@lru_cache(maxsize=16)
def _load_shipped(path: str) -> tuple[CalendarEntry, ...]:
    # A broken shipped file is a bug of the release (tests check every file), not user input.
    entries = parse_entries(json.loads(Path(path).read_text(encoding="utf-8")))
    year = int(_SHIPPED_NAME.match(Path(path).name).group(1))  # type: ignore[union-attr]
    if any(e.date.year != year for e in entries):
        raise ValueError(f"{path}: an entry outside {year}")
    return tuple(entries)


def shipped_entries(year: int) -> tuple[CalendarEntry, ...]:
    path = shipped_dir() / f"vn-{year}.json"
    return _load_shipped(str(path)) if path.is_file() else ()


# ----------------------------------------------------------------------------- reading


def _entry(row: CalendarDay) -> CalendarEntry:
    return CalendarEntry(row.date, row.kind, row.name, row.source)


def _year_bounds(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _stored(session: Session, year: int | None = None) -> list[CalendarEntry]:
    q = select(CalendarDay).order_by(CalendarDay.date)
    if year is not None:
        first, last = _year_bounds(year)
        q = q.where(CalendarDay.date.between(first, last))
    return [_entry(r) for r in session.scalars(q)]


def office_calendar(store: Store) -> WorkCalendar:
    """The calendar deadlines are computed under: stored years, else the shipped files."""
    with store.read() as uow:
        return calendar_of(uow.session)


def calendar_of(session: Session) -> WorkCalendar:
    """office_calendar inside an open session (a migration's)."""
    stored = _stored(session)
    stored_years = {e.date.year for e in stored}
    entries = list(stored)
    shipped = [y for y in shipped_years() if y not in stored_years]
    for year in shipped:
        entries.extend(shipped_entries(year))
    return WorkCalendar(entries, years=stored_years | set(shipped))


def entries_for_year(store: Store, year: int) -> YearEntries:
    with store.read() as uow:
        stored = _stored(uow.session, year)
    if stored:
        return YearEntries(year, "office", tuple(stored))
    shipped = shipped_entries(year)
    return YearEntries(year, "shipped" if shipped else "none", shipped)


def calendar_years(store: Store) -> list[int]:
    """Every year the office has a calendar for (stored or shipped), oldest first."""
    with store.read() as uow:
        stored = {e.date.year for e in _stored(uow.session)}
    return sorted(stored | set(shipped_years()))


def export_entries(store: Store, years: Iterable[int] | None = None) -> list[CalendarEntry]:
    """The calendar as it is used (stored or shipped, year by year), in the import format."""
    wanted = sorted(set(years)) if years is not None else calendar_years(store)
    out: list[CalendarEntry] = []
    for year in wanted:
        out.extend(entries_for_year(store, year).entries)
    return out


# ----------------------------------------------------------------------------- writing


def _calendar_changed(store: Store, actor: Actor | None, since: dt.date) -> None:
    """Open petitions keep their next due date for the register's sort and filters
    (app.services.petitions), and cases their resolution deadline for the statistics; a
    calendar change from `since` on can move them, so recompute them."""
    from app.services.petitions import recompute_open

    recompute_open(store, actor=actor, since=since)


def import_entries(store: Store, data: object, *, actor: Actor | None = None) -> ImportResult:
    """Replace the entries of every year `data` covers; validate everything first.

    `data` is the JSON document (a list of {"date", "kind", "name", "source"}) or a list of
    CalendarEntry. Any problem → CalendarInvalid listing them all, and nothing changes.
    """
    with store.write(actor) as uow:
        result = import_entries_in(uow, data)
        uow.commit()
    _calendar_changed(store, actor, _year_bounds(result.years[0])[0])
    return result


def import_entries_in(uow: Any, data: object) -> ImportResult:
    """`import_entries` inside the caller's write unit of work (a bulletin from the upstream);
    the caller commits, then calls `calendar_changed`."""
    entries = parse_entries(data)
    years = sorted({e.date.year for e in entries})
    if not years:
        raise InputError("calendar_invalid", count=1,
                         details=Text("- Tệp lịch không có ngày nào; không có gì để nhập."))
    replaced = 0
    s = uow.session
    for year in years:
        first, last = _year_bounds(year)
        result = s.execute(delete(CalendarDay).where(CalendarDay.date.between(first, last)))
        replaced += int(getattr(result, "rowcount", 0) or 0)
    s.add_all(CalendarDay(date=e.date, kind=e.kind, name=e.name, source=e.source)
              for e in entries)
    uow.audit("calendar.import", "calendar", ",".join(map(str, years)),
              f"Nhập lịch làm việc năm {', '.join(map(str, years))}",
              before={"replaced": replaced}, after={"imported": len(entries)})
    return ImportResult(tuple(years), len(entries), replaced)


def calendar_changed(store: Store, years: tuple[int, ...], actor: Actor | None = None) -> None:
    """After `import_entries_in` committed: recompute what the new calendar moves."""
    _calendar_changed(store, actor, _year_bounds(min(years))[0])


def _own_year(session: Session, year: int) -> None:
    """Copy the shipped year into the store before the office's first edit of it."""
    first, last = _year_bounds(year)
    if session.scalars(select(CalendarDay.date).where(
            CalendarDay.date.between(first, last)).limit(1)).first() is not None:
        return
    session.add_all(CalendarDay(date=e.date, kind=e.kind, name=e.name, source=e.source)
                    for e in shipped_entries(year))
    session.flush()


def set_entry(store: Store, entry: CalendarEntry | Mapping[str, object], *,
              replacing: dt.date | None = None, actor: Actor | None = None) -> CalendarEntry:
    """Add an entry, or (with `replacing`: the date it had) change one; ValidationFailed
    names the field that is wrong and nothing changes."""
    checked, problems = check_entry(entry)
    if checked is None:
        raise ValidationFailed([FieldProblem(p.field or "date", p.message) for p in problems])
    with store.write(actor) as uow:
        s = uow.session
        for year in {checked.date.year, *([replacing.year] if replacing else [])}:
            _own_year(s, year)
        existing = s.get(CalendarDay, checked.date)
        if existing is not None and checked.date != replacing:
            raise ValidationFailed([FieldProblem("date", render(
                "calendar_day_exists", {"date": fmt(checked.date), "name": existing.name}))])
        if replacing is not None and replacing != checked.date:
            old = s.get(CalendarDay, replacing)
            if old is None:
                raise InputError("not_found", what=Label("ngày"), key=fmt(replacing))
            s.delete(old)
            s.flush()
        if existing is not None and checked.date == replacing:
            existing.kind, existing.name, existing.source = (checked.kind, checked.name,
                                                             checked.source)
        else:
            s.add(CalendarDay(date=checked.date, kind=checked.kind, name=checked.name,
                              source=checked.source))
        uow.audit("calendar.set", "calendar", checked.date.isoformat(),
                  f"{'Sửa' if replacing else 'Thêm'} ngày {fmt(checked.date)} trong lịch",
                  before={"date": replacing.isoformat()} if replacing else None,
                  after={"date": checked.date.isoformat(), "kind": checked.kind,
                         "name": checked.name})
        uow.commit()
    _calendar_changed(store, actor, min(checked.date, replacing or checked.date))
    return checked


def delete_entry(store: Store, day: dt.date, *, actor: Actor | None = None) -> None:
    with store.write(actor) as uow:
        s = uow.session
        _own_year(s, day.year)
        row = s.get(CalendarDay, day)
        if row is None:
            raise InputError("not_found", what=Label("ngày"), key=Text("{date} trong lịch", date=fmt(day)))
        before = {"date": day.isoformat(), "kind": row.kind, "name": row.name}
        s.delete(row)
        uow.audit("calendar.delete", "calendar", day.isoformat(),
                  f"Xóa ngày {fmt(day)} khỏi lịch", before=before)
        uow.commit()
    _calendar_changed(store, actor, day)


def read_calendar_file(path: Path) -> object:
    """A calendar file's JSON (the import format); InputError bad_json when unreadable."""
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        from app.errors import os_reason

        raise InputError("bad_json", reason=Text("không đọc được tệp {path} ({reason})", path=path,
                                                 reason=os_reason(exc))) from exc
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError("bad_json", reason=Text("dòng {lineno}, cột {colno}: {msg}", lineno=exc.lineno, colno=exc.colno, msg=exc.msg)
                         ) from exc


def entries_json(entries: Iterable[CalendarEntry]) -> str:
    return json.dumps([e.to_json() for e in entries], ensure_ascii=False, indent=1) + "\n"


def import_file(store: Store, path: Path, *, actor: Actor | None = None) -> ImportResult:
    return import_entries(store, read_calendar_file(path), actor=actor)


def export_file(store: Store, path: Path, years: Iterable[int] | None = None
                ) -> list[CalendarEntry]:
    """Written through a temporary file renamed when complete: a full disk leaves no half file."""
    import contextlib
    import os
    import tempfile

    from app.errors import os_reason

    entries = export_entries(store, years)
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(entries_json(entries))
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        raise InputError("bad_json", reason=Text("không ghi được tệp {path} ({reason})", path=path,
                                                 reason=os_reason(exc))) from exc
    return entries


# ----------------------------------------------------------------------------- deadlines


def deadline(store: Store, rule_id: str, start: dt.date, complex: bool = False,
             extensions: int = 0, remote: bool = False, especially_complex: bool = False
             ) -> law.Deadline:
    """The due date of `rule_id` for an event on `start`, under this office's calendar."""
    return law.compute(rule_id, start, office_calendar(store), complex=complex,
                       extensions=extensions, remote=remote,
                       especially_complex=especially_complex)
