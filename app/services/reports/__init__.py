"""Periodic statistics: the official tables of TT 01/2024/TT-TTCP (LAW.md §10), built from
the stored visits, petitions and their events.

The GUI and the CLI call these and nothing below them:

* `list_reports()` — the tables (id, form number, name, what they count);
* `resolve_period(store, "2026-Q4")` — a Period under the office's cut-off setting;
* `build(store, "xld", period, offices=None, cancelled=None)` — a `Report`: one row per office
  (the local office by default; `offices=ALL` every office of the store) and a consolidated
  row when there are several; every cell keeps the records behind it (`report.refs(col, row)`
  for a drill-down: (kind, id, number) — open them with app.services.visits / petitions);
  the form's cross-column identities are checked on every row (a failure raises
  `ReportIdentityError`: a bug, never printed);
* `explain(report)` — lines for each non-zero cell and its records (`--explain`);
* `write(report, fmt, out)` — PDF, XLSX or JSON to a path (atomically) or a binary stream;
* `cutoff_day(store)` / `set_cutoff_day(store, day)` — the office's own cut-off.

`build` opens one read transaction, holds no ORM object, returns plain values and may run on a
worker thread; `cancelled()` is polled between phases (raises `Cancelled`). Statistics never
contain a person: cells carry record numbers only (LAW.md §11).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import IO, Any, Final

from app.actor import Actor
from app.clock import VN_TZ
from app.errors import InputError
from app.gcpause import collector_paused
from app.law import periods
from app.law.calendar import WorkCalendar
from app.law.periods import Period
from app.services.common import local_office, meta_get, meta_set
from app.services.reports import data, kqgq1, kqgq2, kqgq3, kqgq4, tcd, xld
from app.services.reports.data import Cancelled
from app.services.reports.layouts import BY_ID, LAYOUTS, Layout
from app.services.reports.model import (
    Cell,
    Ref,
    Report,
    ReportIdentityError,
    Row,
    Warning,
    check,
    consolidate,
    to_json,
)
from app.storage import dbfile
from app.storage.store import Store
from app.text import Text

__all__ = [
    "ALL", "FORMATS", "Cancelled", "Cell", "Layout", "Period", "Ref", "Report",
    "ReportIdentityError", "ReportInfo", "Row", "Warning", "build", "cutoff_day", "explain",
    "list_reports", "resolve_period", "set_cutoff_day", "to_json", "write",
]

ALL: Final = "*"  # offices=ALL: every office of the store, each and consolidated
FORMATS: Final = ("pdf", "xlsx", "json")
META_CUTOFF = "report_cutoff_start_day"

# Notes printed under every table of a kind (what the app cannot know).
NOTES: Final[dict[str, tuple[str, ...]]] = {
    "tcd": ("Số kỳ tiếp (cột 12, 21) tính theo số ngày Thủ trưởng (cấp phó) trực tiếp tiếp.",),
    "kqgq": ("Cột 16, 18, 19: phần mềm chưa ghi số cán bộ, công chức và số người chuyển cơ "
             "quan điều tra, để 0.",),
    "kqgq2": ("Cột 16, 18, 19: phần mềm chưa ghi, để 0.",),
    "kqgq3": ("Cột 10, 20, 22, 23: phần mềm chưa ghi, để 0.",),
    "kqgq4": ("Cột 19, 21, 23, 24: phần mềm chưa ghi, để 0.",),
}


@dataclass(frozen=True, slots=True)
class ReportInfo:
    report_id: str
    form_number: str
    name: str
    counted: str


def list_reports() -> list[ReportInfo]:
    return [ReportInfo(x.report_id, x.form_number, x.name, x.counted) for x in LAYOUTS]


def layout(report_id: str) -> Layout:
    found = BY_ID.get((report_id or "").strip().lower())
    if found is None:
        raise InputError("report_unknown", report=report_id)
    return found


# ----------------------------------------------------------------------------- settings


def cutoff_day(store: Store) -> int | None:
    """The office's own opening day of a reporting window (None: the national rule)."""
    with store.read() as uow:
        raw = meta_get(uow.session, META_CUTOFF)
    return int(raw) if raw else None


def set_cutoff_day(store: Store, day: int | None, *, actor: Actor | None = None) -> None:
    if day is not None and not 1 <= day <= 28:
        raise InputError("report_bad_cutoff", day=day)
    with store.write(actor) as uow:
        before = meta_get(uow.session, META_CUTOFF) or None
        meta_set(uow.session, META_CUTOFF, "" if day is None else str(day))
        uow.audit("settings.report_cutoff", "settings", META_CUTOFF,
                  "Đổi ngày chốt số liệu báo cáo", before={"day": before},
                  after={"day": None if day is None else str(day)})
        uow.commit()


def resolve_period(store: Store, text: str) -> Period:
    return periods.parse(text, override_start_day=cutoff_day(store))


# ----------------------------------------------------------------------------- building


def _raw(session: Any) -> sqlite3.Connection:
    conn = session.connection().connection.driver_connection
    assert isinstance(conn, dbfile.Connection)
    return conn


def _offices(session: Any, conn: sqlite3.Connection, wanted: str | Sequence[str] | None
             ) -> list[data.OfficeRow]:
    every = data.offices(conn)
    if wanted is None:
        me = local_office(session)
        return [o for o in every if o.id == me.id]
    if wanted == ALL:
        return every
    codes = [wanted] if isinstance(wanted, str) else list(wanted)
    by_code = {o.code: o for o in every}
    for code in codes:
        if code not in by_code:
            raise InputError("report_unknown_office", office=code)
    return [by_code[c] for c in codes]


def _calendar(store: Store) -> Any:
    from app.services.calendar import office_calendar

    return office_calendar(store)


def build(store: Store, report_id: str, period: Period | str, *,
          offices: str | Sequence[str] | None = None,
          cancelled: Callable[[], bool] | None = None,
          today: dt.date | None = None) -> Report:
    """Build one table for a period (see the module docstring). A role that may not view
    reports ("report.view", app/law/permissions.py) is refused."""
    from app.services.users import require

    require(store, "report.view")
    t0 = time.perf_counter()
    lay = layout(report_id)
    if isinstance(period, str):
        period = resolve_period(store, period)
    start, end = period.start.isoformat(), period.end.isoformat()
    needs_calendar = lay.report_id in ("kqgq", "kqgq3")
    calendar = _calendar(store) if needs_calendar else WorkCalendar([], years=set())
    warnings: list[Warning] = []
    rows: list[Row] = []
    with store.read() as uow, collector_paused():
        conn = _raw(uow.session)
        chosen = _offices(uow.session, conn, offices)
        for office in chosen:
            ids = [office.id.hex]
            cells: dict[int, Cell]
            found: list[Warning] = []
            if lay.report_id == "tcd":
                cells = tcd.compute(data.visits(conn, ids, period.start, period.end))
            else:
                content = {"kqgq": "KN", "kqgq2": "KN", "kqgq3": "TC",
                           "kqgq4": "TC"}.get(lay.report_id)
                facts = data.petitions(conn, ids, period.start, period.end, cancelled,
                                       content_type=content,
                                       steps=xld.STEPS if lay.report_id == "xld" else None)
                if lay.report_id == "xld":
                    # Only a later round or a duplicate can have an earlier decided petition.
                    matters = {p.matter for p in facts if p.round > 1 or p.duplicate}
                    decisions = data.matter_decisions(conn, sorted(matters))
                    cells, found = xld.compute(facts, start, end, decisions)
                else:
                    data.organisations(conn, facts)
                    if lay.report_id == "kqgq":
                        cells, found = kqgq1.compute(facts, start, end, calendar)
                    elif lay.report_id == "kqgq2":
                        cells, found = kqgq2.compute(facts, start, end)
                    elif lay.report_id == "kqgq3":
                        cells, found = kqgq3.compute(facts, start, end, calendar)
                    else:
                        cells, found = kqgq4.compute(facts, start, end)
            if cancelled and cancelled():
                raise Cancelled
            rows.append(Row(office.id, office.code, office.name, cells))
            warnings += [Warning(Text("{office}: {warning}", office=office.name, warning=w.text)
                                 if len(chosen) > 1 else w.text, w.refs) for w in found]
    if len(rows) > 1:
        rows.append(consolidate(lay, rows))
    check(lay, rows)
    notes = list(NOTES.get(lay.report_id, ()))
    if period.rule is not None:
        notes.insert(0, f"Số liệu tính từ ngày {period.start:%d/%m/%Y} đến ngày "
                        f"{period.end:%d/%m/%Y} (căn cứ: {period.rule.basis}).")
    else:
        notes.insert(0, f"Số liệu tính từ ngày {period.start:%d/%m/%Y} đến ngày "
                        f"{period.end:%d/%m/%Y} (khoảng ngày tùy chọn).")
    return Report(lay, period, rows, today or dt.datetime.now(VN_TZ).date(), notes, warnings,
                  time.perf_counter() - t0)


# ----------------------------------------------------------------------------- reading back


def explain(report: Report, *, limit: int = 0) -> list[str]:
    """For each non-zero cell, the records behind it (numbers only, never a person)."""
    lay = report.layout
    out: list[str] = []
    for r, row in enumerate(report.rows):
        if len(report.rows) > 1:
            out.append(f"== {row.office_name}" + (f" ({row.office_code})" if row.office_code else ""))
        for c in lay.columns:
            cell = row.cells[c.no]
            if not cell.value:
                continue
            refs = report.refs(c.no, r)
            shown = refs[:limit] if limit else refs
            more = f" … và {len(refs) - len(shown)} bản ghi khác" if len(shown) < len(refs) else ""
            out.append(f"Cột {c.no} ({' / '.join(c.path)}) = {_fmt(cell.number)}: "
                       + ", ".join(x.label for x in shown) + more)
    for w in report.warnings:
        out.append("Lưu ý: " + w.text + (" " + ", ".join(x.label for x in w.refs) if w.refs else ""))
    return out


def _fmt(v: float | int) -> str:
    return str(v) if isinstance(v, int) else f"{v:,.3f}".rstrip("0").rstrip(".")


# ----------------------------------------------------------------------------- writing


def write(report: Report, fmt: str, out: str | Any, *, office: Any = None) -> int:
    """Write the report as pdf, xlsx or json to a path (atomically) or a binary stream.
    Returns the number of bytes written. `office`: app.printing.data.OfficeFacts for the
    header and signature (PDF/XLSX), else the first row's office."""
    import json
    import os

    from app.services.printing import write_atomically

    if fmt not in FORMATS:
        raise InputError("report_bad_format", format=fmt)

    def produce(f: IO[bytes]) -> int:
        if fmt == "json":
            with collector_paused():
                payload = json.dumps(to_json(report), ensure_ascii=False,
                                     separators=(",", ":")).encode("utf-8")
        elif fmt == "pdf":
            from app.printing import reports as pdf

            payload = pdf.render(report, office or _office_facts(report))
        else:
            from app.services.reports import xlsx

            payload = xlsx.render(report, office or _office_facts(report))
        f.write(payload)
        return len(payload)

    if isinstance(out, str | os.PathLike):
        n: int = write_atomically(out, produce)
        return n
    return produce(out)


def export(store: Store, report: Report, fmt: str, out: str | Any) -> int:
    """The official report as a file to sign and send (`write` with the office's header):
    only the roles that may produce it ("report.export"), and recorded in the audit log."""
    from app.services.users import require

    require(store, "report.export")
    if fmt not in FORMATS:
        raise InputError("report_bad_format", format=fmt)
    size = write(report, fmt, out, office=office_facts(store))
    p = report.period
    store.record(None, "report.export", "report", report.layout.report_id,
                 f"Xuất báo cáo {report.layout.form_number} {p.label} ({fmt})",
                 after={"period": f"{p.start.isoformat()}..{p.end.isoformat()}", "format": fmt,
                        "rows": len(report.rows)})
    return size


def _office_facts(report: Report) -> Any:
    from app.printing.data import OfficeFacts

    row = report.rows[0]
    return OfficeFacts(row.office_code, row.office_name, "Hà Nội")


def office_facts(store: Store) -> Any:
    """The local office as the printed header and signature need it."""
    from app.services.printing import _office

    return _office(store)
