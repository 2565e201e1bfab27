"""Any list of the app to XLSX, as filtered (issue 7, item 5 "Excel out").

One function per list kind, each reusing the list's own query, so the file holds exactly the
rows the screen shows, masked the same way for the same viewer (a denunciation's people are a
pseudonym for anyone but its officer and the head, LAW.md §11):

* `logbook(store, query, viewer, out)` — the reception logbook (app.services.logbook);
* `petitions(store, query, viewer, out)` — the petition register (app.services.petition_list);
* `petition_rows(rows, title, out)` — a list already on screen (the dashboard's overdue, due
  this week, watched lists);
* `officer_loads(loads, out)`, `hot_spots(spots, out)` — the dashboard's other panels;
* `records(refs, title, out)` — the records behind a statistics figure or a report cell.

On a ward that sends to an upstream, the logbook and the register end with the «Đồng bộ»
column as on screen (Chưa gửi, Đã gửi, Đã nhận, Bị từ chối; app/sync/states.py).

Values, not formulas; dates as real dates (dd/mm/yyyy), a title row with the filter and the
moment of export, frozen header, auto-filter. Written atomically (temporary file, renamed).
May run on a worker thread; `cancelled()` is polled between pages (raises Cancelled).
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from app import labels
from app.clock import VN_TZ
from app.services.common import ANONYMOUS, Viewer
from app.services.logbook import LogbookQuery, LogbookRow
from app.services.petition_list import PetitionQuery, PetitionRow
from app.storage.store import Store

PAGE = 2000
DUE = {"overdue": "Quá hạn", "due_soon": "Sắp đến hạn", "open": "Trong hạn"}


class Cancelled(Exception):
    """The export was cancelled; no file was left behind."""


@dataclass(frozen=True, slots=True)
class Col:
    title: str
    width: int
    get: Callable[[Any], Any]
    kind: str = "text"  # text | date | datetime | int


LOGBOOK_COLUMNS: tuple[Col, ...] = (
    Col("Số", 11, lambda r: r.number),
    Col("Thời điểm tiếp", 17, lambda r: r.visited_at.replace(tzinfo=None), "datetime"),
    Col("Hình thức", 12, lambda r: labels.RECEPTION_TYPE.get(r.reception_type, r.reception_type)),
    Col("Phân loại", 18, lambda r: labels.CATEGORY.get(r.category, r.category)),
    Col("Người được tiếp", 28, lambda r: r.persons_label),
    Col("Số CCCD", 14, lambda r: r.cccd),
    Col("Địa chỉ", 30, lambda r: r.address),
    Col("Nội dung", 60, lambda r: r.content),
    Col("Hướng xử lý", 28, lambda r: labels.OUTCOME.get(r.outcome, r.outcome)),
    Col("Cán bộ tiếp", 20, lambda r: r.officer_name),
    Col("Số người", 9, lambda r: r.person_count, "int"),
    Col("Đoàn đông người", 9, lambda r: "Có" if r.is_crowd else ""),
    Col("Lần tiếp", 10, lambda r: labels.REPEAT.get(r.repeat, r.repeat)),
)
PETITION_COLUMNS: tuple[Col, ...] = (
    Col("Số đơn", 11, lambda r: r.number),
    Col("Ngày nhận", 12, lambda r: r.received_date, "date"),
    Col("Loại đơn", 18, lambda r: r.content_label),
    Col("Người gửi", 28, lambda r: r.senders_label),
    Col("Nội dung", 60, lambda r: r.content),
    Col("Lĩnh vực", 12, lambda r: r.field_code or ""),
    Col("Tình trạng", 24, lambda r: r.state_label),
    Col("Hạn tiếp theo", 13, lambda r: r.next_due, "date"),
    Col("Theo dõi hạn", 14, lambda r: DUE.get(r.due_status or "", "")),
    Col("Cán bộ xử lý", 20, lambda r: r.officer_name or ""),
    Col("Lần gửi", 8, lambda r: r.round, "int"),
    Col("Đơn trùng", 9, lambda r: "Trùng" if r.is_duplicate else ""),
)


def _now() -> datetime:
    return datetime.now(VN_TZ)


def write_table(out: str | Path | BinaryIO, title: str, subtitle: str, cols: Sequence[Col],
                rows: Iterable[Any], *, cancelled: Callable[[], bool] | None = None,
                sheet: str = "Danh sách") -> int:
    """A titled table to XLSX; returns the number of data rows."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet[:31])
    for i, c in enumerate(cols, 1):
        ws.column_dimensions[get_column_letter(i)].width = c.width
    ws.freeze_panes = "A4"

    def cell(value: Any, **style: Any) -> Any:
        x = WriteOnlyCell(ws, value=value)
        for k, v in style.items():
            setattr(x, k, v)
        return x

    ws.append([cell(title, font=Font(bold=True, size=13))])
    ws.append([cell(subtitle, font=Font(italic=True))])
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDE4EE")
    wrap = Alignment(wrap_text=True, vertical="center")
    ws.append([cell(c.title, font=bold, fill=fill, alignment=wrap) for c in cols])
    n = 0
    for row in rows:
        if cancelled and n % 500 == 0 and cancelled():
            raise Cancelled
        out_row = []
        for c in cols:
            v = c.get(row)
            if c.kind == "date" and isinstance(v, date):
                out_row.append(cell(v, number_format="DD/MM/YYYY"))
            elif c.kind == "datetime" and isinstance(v, datetime):
                out_row.append(cell(v, number_format="DD/MM/YYYY HH:MM"))
            else:
                out_row.append(v if v is not None else "")
        ws.append(out_row)
        n += 1
    last = get_column_letter(len(cols))
    ws.auto_filter.ref = f"A3:{last}{3 + n}"
    buf = io.BytesIO()
    wb.save(buf)
    payload = buf.getvalue()
    if isinstance(out, str | Path):
        from app.services.printing import write_atomically

        write_atomically(out, lambda f: f.write(payload))
    else:
        out.write(payload)
    return n


def _allowed(store: Store) -> None:
    """Lists carry personal data: only the desk's roles may take them off the machine
    (app/law/permissions.py "list.export"); refused before a file is touched."""
    from app.services.users import require

    require(store, "list.export")


def _audited(store: Store, what: str, rows: int, out: str | Path | BinaryIO) -> int:
    """Every export of a list is recorded (who, which list, how many rows, which file)."""
    name = Path(out).name if isinstance(out, str | Path) else ""
    store.record(None, "list.export", "list", what, f"Xuất Excel {what}: {rows} dòng",
                 after={"rows": rows, "file": name})
    return rows


def _stamp(count_text: str) -> str:
    return f"{count_text} · Xuất lúc {_now():%H:%M ngày %d/%m/%Y}"


def _with_sync_states(store: Store, entity: str, cols: tuple[Col, ...],
                      pages: Iterable[Sequence[Any]]) -> tuple[tuple[Col, ...], Iterator[Any]]:
    """The list's columns and rows; on a ward that sends to an upstream, with the «Đồng bộ»
    column the screen shows (its rule and words: app/sync/states.py, the lists' rule for
    showing it), each page's states read as the page is written."""
    from app.sync import states

    with store.read() as uow:
        shown = states.lists_show_states(uow.session.connection())
    if not shown:
        return cols, (row for page in pages for row in page)
    found: dict[uuid.UUID, Any] = {}

    def rows() -> Iterator[Any]:
        for page in pages:
            with store.read() as uow:
                got = states.record_states(uow.session.connection(), entity,
                                           [r.id for r in page])
            found.clear()
            found.update(got)
            yield from page

    def word(r: Any) -> str:
        state = found.get(r.id)
        return labels.SYNC_STATE.get(state.code, "") if state is not None else ""

    return (*cols, Col("Đồng bộ", 12, word)), rows()


def describe_logbook(q: LogbookQuery) -> str:
    parts = []
    if q.date_from or q.date_to:
        a = f"{q.date_from:%d/%m/%Y}" if q.date_from else "…"
        b = f"{q.date_to:%d/%m/%Y}" if q.date_to else "…"
        parts.append(f"từ {a} đến {b}")
    if q.category:
        parts.append(labels.CATEGORY.get(q.category, q.category))
    if q.reception_type:
        parts.append(labels.RECEPTION_TYPE.get(q.reception_type, q.reception_type))
    if q.text:
        parts.append(f"tìm «{q.text}»")
    return ", ".join(parts) or "tất cả"


def logbook(store: Store, q: LogbookQuery, out: str | Path | BinaryIO, *,
            viewer: Viewer = ANONYMOUS, cancelled: Callable[[], bool] | None = None) -> int:
    """The logbook as filtered (newest first, as on screen)."""
    from app.services.visits import count_visits, list_visits

    _allowed(store)
    total = count_visits(store, q, viewer)

    def pages() -> Iterable[list[LogbookRow]]:
        for offset in range(0, total, PAGE):
            if cancelled and cancelled():
                raise Cancelled
            yield list_visits(store, q, offset, PAGE, viewer)

    cols, rows = _with_sync_states(store, "visit", LOGBOOK_COLUMNS, pages())
    n = write_table(out, "SỔ TIẾP CÔNG DÂN",
                    _stamp(f"Lọc: {describe_logbook(q)} · {total} lượt tiếp"),
                    cols, rows, cancelled=cancelled, sheet="Sổ tiếp công dân")
    return _audited(store, f"sổ tiếp công dân ({describe_logbook(q)})", n, out)


def petitions(store: Store, q: PetitionQuery, out: str | Path | BinaryIO, *,
              viewer: Viewer = ANONYMOUS, today: date | None = None,
              cancelled: Callable[[], bool] | None = None, title: str = "SỔ THEO DÕI ĐƠN",
              by_due: bool = False) -> int:
    """The petition register as filtered."""
    from app.services.petition_list import count_petitions, list_petitions

    _allowed(store)
    total = count_petitions(store, q, today)

    def pages() -> Iterable[list[PetitionRow]]:
        for offset in range(0, total, PAGE):
            if cancelled and cancelled():
                raise Cancelled
            yield list_petitions(store, q, viewer=viewer, offset=offset, limit=PAGE,
                                 today=today, by_due=by_due)

    cols, rows = _with_sync_states(store, "petition", PETITION_COLUMNS, pages())
    n = write_table(out, title, _stamp(f"{total} đơn"), cols, rows,
                    cancelled=cancelled, sheet="Sổ theo dõi đơn")
    return _audited(store, title.lower(), n, out)


def petition_rows(store: Store, rows: Sequence[PetitionRow], title: str,
                  out: str | Path | BinaryIO) -> int:
    """Rows already listed for this viewer (masked by the list's own query)."""
    _allowed(store)
    n = write_table(out, title, _stamp(f"{len(rows)} đơn"), PETITION_COLUMNS, rows)
    return _audited(store, title.lower(), n, out)


def officer_loads(store: Store, loads: Sequence[Any], out: str | Path | BinaryIO) -> int:
    cols = (Col("Cán bộ", 28, lambda o: o.officer_name),
            Col("Quá hạn", 10, lambda o: o.overdue, "int"),
            Col("Sắp đến hạn", 12, lambda o: o.due_soon, "int"),
            Col("Đang xử lý", 12, lambda o: o.open, "int"))
    _allowed(store)
    n = write_table(out, "ĐƠN ĐANG XỬ LÝ THEO CÁN BỘ", _stamp(f"{len(loads)} cán bộ"), cols,
                    loads)
    return _audited(store, "đơn đang xử lý theo cán bộ", n, out)


def hot_spots(store: Store, spots: Sequence[Any], out: str | Path | BinaryIO) -> int:
    kinds = {"field": "Lĩnh vực", "area": "Địa bàn", "crowd": "Đoàn đông người"}
    cols = (Col("Loại", 16, lambda h: kinds.get(h.kind, h.kind)),
            Col("Điểm nóng", 50, lambda h: h.label),
            Col("Lượt tiếp", 10, lambda h: h.visits, "int"),
            Col("Đơn", 8, lambda h: h.petitions, "int"),
            Col("Từ ngày", 12, lambda h: h.first, "date"),
            Col("Đến ngày", 12, lambda h: h.last, "date"),
            Col("Bản ghi", 60, lambda h: ", ".join(h.refs)))
    _allowed(store)
    n = write_table(out, "CẢNH BÁO ĐIỂM NÓNG", _stamp(f"{len(spots)} điểm"), cols, spots)
    return _audited(store, "cảnh báo điểm nóng", n, out)


def records(store: Store, refs: Sequence[tuple[str, Any]], title: str,
            out: str | Path | BinaryIO, *, viewer: Viewer = ANONYMOUS) -> int:
    """The records behind a figure: (kind, id) pairs, kind 'visit' or 'petition'."""
    _allowed(store)
    rows = record_rows(store, refs, viewer=viewer)
    cols = (Col("Loại", 10, lambda r: r[0]), Col("Số", 11, lambda r: r[1]),
            Col("Ngày", 12, lambda r: r[2], "date"), Col("Phân loại", 18, lambda r: r[3]),
            Col("Người", 28, lambda r: r[4]), Col("Nội dung", 60, lambda r: r[5]),
            Col("Tình trạng", 24, lambda r: r[6]))
    n = write_table(out, title, _stamp(f"{len(rows)} bản ghi"), cols, rows)
    return _audited(store, title, n, out)


RecordRow = tuple[str, str, date, str, str, str, str, tuple[str, Any]]


def record_rows(store: Store, refs: Sequence[tuple[str, Any]], *, viewer: Viewer = ANONYMOUS
                ) -> list[RecordRow]:
    """(kind label, number, day, category, person (masked), content, state, (kind, id)) per
    record; the last item is the reference a list can open."""
    import uuid

    from app.services.viewer import pseudonym
    from app.text import Label

    out: list[RecordRow] = []
    visit_ids = [r[1] if isinstance(r[1], uuid.UUID) else uuid.UUID(str(r[1])) for r in refs
                 if r[0] == "visit"]
    petition_ids = [r[1] if isinstance(r[1], uuid.UUID) else uuid.UUID(str(r[1])) for r in refs
                    if r[0] == "petition"]
    if visit_ids:
        from app.services.logbook import by_ids

        with store.read() as uow:
            conn = uow.session.connection().connection.driver_connection
            for r in by_ids(conn, visit_ids, viewer):
                out.append(("Lượt tiếp", r.number, r.visited_at.date(),
                            labels.CATEGORY.get(r.category, r.category), r.persons_label,
                            r.content, labels.OUTCOME.get(r.outcome, r.outcome),
                            ("visit", r.id)))
    if petition_ids:
        from sqlalchemy import select
        from sqlalchemy.orm import selectinload

        from app.law.petition import CONTENT_LABELS, STATE_LABELS, ContentType, State
        from app.models import Citizen, Petition

        with store.read() as uow:
            s = uow.session
            ps: list[Petition] = []
            for i in range(0, len(petition_ids), 500):  # SQLite's variable limit
                ps += s.scalars(select(Petition).where(Petition.id.in_(petition_ids[i:i + 500]))
                                .options(selectinload(Petition.senders)))
            ps.sort(key=lambda p: (p.received_date, p.seq))
            ids = {x.citizen_id for p in ps for x in p.senders}
            names = {cid: name for cid, name in s.execute(
                select(Citizen.id, Citizen.full_name).where(Citizen.id.in_(ids)))} if ids else {}
            for p in ps:
                hidden = p.confidential and not viewer.sees_identity_of(p.officer_id)
                who = (Label("Nặc danh") if p.anonymous else pseudonym(p.id) if hidden else
                       ", ".join(names.get(x.citizen_id, "") for x in p.senders))
                out.append(("Đơn", p.number, p.received_date,
                            CONTENT_LABELS[ContentType(p.content_type)], who, p.content,
                            STATE_LABELS[State(p.state)], ("petition", p.id)))
    return out
