"""Reading the reception logbook: counts and pages, straight SQL on the DB-API connection.

This module imports no SQLAlchemy, so the GUI can paint the logbook's first page while the
ORM is still loading (start-up target: ≤ 1.5× a bare Qt window), and the same code serves
app.services.visits, the CLI and the GUI afterwards: one query, one place.

The connection is SQLite's (a ward's file) or psycopg's (an upstream's PostgreSQL store); each
query is written once, and `_Dialect` only changes what differs: the parameter marker, how
values are stored (SQLite in SQLAlchemy's formats: UUIDs as 32 hex digits, instants as naive
UTC 'YYYY-MM-DD HH:MM:SS.ffffff'; PostgreSQL in its own uuid and timestamp types) and the text
search (FTS5 on SQLite, a word-prefix regular expression over the same folded search_text on
PostgreSQL: app/services/textmatch.py).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from app.clock import to_local, to_utc_naive
from app.errors import InputError
from app.services.viewer import Viewer, pseudonym
from app.vn.text import fts_prefix_query, word_prefix_filter

_COLUMNS = ("v.id, v.seq, v.year, v.visited_at, v.reception_type, v.category, v.content, "
            "v.outcome, v.officer_id, v.person_count, v.is_crowd, v.repeat, v.confidential")


@dataclass(frozen=True, slots=True)
class LogbookRow:
    id: uuid.UUID
    number: str
    visited_at: datetime  # aware, Hà Nội time
    reception_type: str
    category: str
    persons_label: str  # first person (or representative) and how many more
    address: str
    cccd: str
    content: str
    outcome: str
    officer_name: str
    person_count: int
    is_crowd: bool
    repeat: str
    confidential: bool
    identity_hidden: bool


@dataclass(frozen=True, slots=True)
class LogbookQuery:
    date_from: date | None = None
    date_to: date | None = None
    reception_type: str | None = None
    category: str | None = None
    officer_id: uuid.UUID | None = None
    text: str | None = None
    citizen_id: uuid.UUID | None = None
    office_id: uuid.UUID | None = None  # an upstream store holds the visits of many offices
    unsent: bool = False  # only visits not yet sent to the upstream (app/sync/states.py)


EVERYTHING = LogbookQuery()


@dataclass(frozen=True, slots=True)
class DeskOfficer:
    id: uuid.UUID
    code: str
    full_name: str
    is_head: bool
    is_deputy: bool
    active: bool


@dataclass(frozen=True, slots=True)
class Desk:
    """What the main window needs to open: the office and who may sit at the desk."""

    office_code: str
    office_name: str
    officers: tuple[DeskOfficer, ...]

    def viewer(self, officer_id: uuid.UUID | None) -> Viewer:
        head = any(o.id == officer_id and o.is_head and o.active for o in self.officers)
        return Viewer(officer_id, is_head=head)


class _Dialect:
    """How one kind of connection wants the logbook's values and its text search."""

    sqlite = True

    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def sql(self, statement: str) -> str:
        return statement

    def run(self, statement: str, params: Any = ()) -> Any:
        return self.conn.execute(self.sql(statement), params)

    def id(self, value: uuid.UUID) -> Any:
        return value.hex

    def read_id(self, value: Any) -> uuid.UUID:
        return uuid.UUID(hex=value)

    def instant(self, moment: datetime) -> Any:
        return to_utc_naive(moment).strftime("%Y-%m-%d %H:%M:%S.%f")

    def read_instant(self, value: Any) -> datetime:
        return datetime.fromisoformat(value)

    def text_search(self, typed: str | None, where: list[str], params: list[Any]
                    ) -> tuple[str, str] | None:
        """(FROM source, ORDER BY) for a search, its conditions added to `where`; None when
        nothing searchable was typed."""
        fts = fts_prefix_query(typed)
        if not fts:
            return None
        # Driven by the index in entry order: a common prefix ("ngu") matches half the book,
        # and sorting all of it by time for one page would take seconds on a million visits.
        where.append("visit_fts MATCH ?")
        params.append(fts)
        return "visit_fts f JOIN visit v ON v.search_key = f.rowid", "f.rowid DESC"


class _Postgres(_Dialect):
    sqlite = False

    def sql(self, statement: str) -> str:
        return statement.replace("?", "%s")  # no '?' or '%' in our statements otherwise

    def id(self, value: uuid.UUID) -> Any:
        return value

    def read_id(self, value: Any) -> uuid.UUID:
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))

    def instant(self, moment: datetime) -> Any:
        return to_utc_naive(moment)

    def read_instant(self, value: Any) -> datetime:
        return value if isinstance(value, datetime) else datetime.fromisoformat(value)

    def text_search(self, typed: str | None, where: list[str], params: list[Any]
                    ) -> tuple[str, str] | None:
        patterns = word_prefix_filter(typed)
        if not patterns:
            return None
        for pattern in patterns:
            where.append("v.search_text ~ ?")
            params.append(pattern)
        return "visit v", "v.search_key DESC"


def _dialect(conn: Any) -> _Dialect:
    """SQLite's or sqlcipher's connection, or psycopg's, or the GUI's ServerReader over it
    (told apart without importing psycopg)."""
    if getattr(conn, "dialect", None) == "postgresql" or \
            type(conn).__module__.split(".")[0] == "psycopg":
        return _Postgres(conn)
    return _Dialect(conn)


def visible_sql(viewer: Viewer, params: list[Any], dialect: _Dialect | None = None) -> str | None:
    """SQL condition on `v` for visits whose people this viewer may see (None: all)."""
    if viewer.is_head:
        return None
    if viewer.officer_id is None:
        return "NOT v.confidential"
    params.append(dialect.id(viewer.officer_id) if dialect else viewer.officer_id.hex)
    return "(NOT v.confidential OR v.officer_id = ?)"


def _query(d: _Dialect, q: LogbookQuery, viewer: Viewer) -> tuple[str, list[Any], str]:
    """FROM … WHERE … for the filters, its parameters, and the ORDER BY that suits it."""
    if q.date_from and q.date_to and q.date_from > q.date_to:
        raise InputError("bad_date_range")
    where = ["v.deleted_at IS NULL"]
    params: list[Any] = []
    source = "visit v"
    order = "v.visited_at DESC, v.search_key DESC"
    searched = d.text_search(q.text, where, params)
    if searched:
        source, order = searched
    # The first and last days of the calendar bound nothing (and have no UTC midnight).
    if q.date_from and q.date_from > date.min:
        where.append("v.visited_at >= ?")
        params.append(d.instant(datetime.combine(q.date_from, datetime.min.time())))
    if q.date_to and q.date_to < date.max:
        where.append("v.visited_at < ?")
        params.append(d.instant(datetime.combine(q.date_to + timedelta(days=1),
                                                 datetime.min.time())))
    for column, value in (("reception_type", q.reception_type), ("category", q.category)):
        if value:
            where.append(f"v.{column} = ?")
            params.append(value)
    if q.officer_id:
        where.append("v.officer_id = ?")
        params.append(d.id(q.officer_id))
    if q.office_id:
        where.append("v.office_id = ?")
        params.append(d.id(q.office_id))
    # A ward's filter (its SQLite store): an upstream's lists never offer it
    # (app/sync/states.lists_show_states).
    if q.unsent and d.sqlite:
        from app.sync.states import unsent_sql

        where.append(unsent_sql("visit", "v.id"))
    if q.citizen_id:
        where.append("v.id IN (SELECT visit_id FROM visit_person WHERE citizen_id = ?)")
        params.append(d.id(q.citizen_id))
        # A person's denunciations stay with the officer who received them (and the head).
        visible = visible_sql(viewer, params, d)
        if visible:
            where.append(visible)
    return f"FROM {source} WHERE " + " AND ".join(where), params, order


def count(conn: Any, q: LogbookQuery, viewer: Viewer) -> int:
    d = _dialect(conn)
    body, params, _ = _query(d, q, viewer)
    return int(d.run(f"SELECT count(*) {body}", params).fetchone()[0])


def page(conn: Any, q: LogbookQuery, offset: int, limit: int,
         viewer: Viewer) -> list[LogbookRow]:
    """`conn`: a store's DB-API connection, SQLite's or PostgreSQL's (psycopg)."""
    d = _dialect(conn)
    body, params, order = _query(d, q, viewer)
    rows = d.run(f"SELECT {_COLUMNS} {body} ORDER BY {order} LIMIT ? OFFSET ?",
                 [*params, limit, offset]).fetchall()
    return _rows(d, rows, viewer)


def by_ids(conn: Any, ids: list[uuid.UUID], viewer: Viewer) -> list[LogbookRow]:
    """These visits (deleted ones too), oldest first."""
    d = _dialect(conn)
    found: list[tuple[Any, ...]] = []
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        found += d.run(f"SELECT {_COLUMNS} FROM visit v WHERE v.id IN "
                       f"({','.join('?' * len(chunk))})", [d.id(x) for x in chunk]).fetchall()
    found.sort(key=lambda r: d.read_instant(r[3]))
    return _rows(d, found, viewer)


def _rows(d: _Dialect, rows: list[tuple[Any, ...]], viewer: Viewer) -> list[LogbookRow]:
    if not rows:
        return []
    officers = dict(d.run("SELECT id, full_name FROM officer").fetchall())
    first: dict[Any, tuple[str, str, str]] = {}
    listed: dict[Any, int] = {}
    ids = [r[0] for r in rows]
    marks = ",".join("?" * len(ids))
    for visit_id, address, name, cccd in d.run(
            "SELECT vp.visit_id, vp.address, c.full_name, c.cccd FROM visit_person vp "
            f"JOIN citizen c ON c.id = vp.citizen_id WHERE vp.visit_id IN ({marks}) "
            "ORDER BY vp.visit_id, vp.is_representative DESC, vp.position", ids):
        listed[visit_id] = listed.get(visit_id, 0) + 1
        first.setdefault(visit_id, (name, address, cccd or ""))
    out = []
    for (vid, seq, year, visited_at, reception_type, category, content, outcome, officer_key,
         person_count, is_crowd, repeat, confidential) in rows:
        visit_id = d.read_id(vid)
        officer_id = d.read_id(officer_key) if officer_key else None
        hidden = bool(confidential) and not viewer.sees_identity_of(officer_id)
        name, address, cccd = first.get(vid, ("", "", ""))
        more = max(person_count, listed.get(vid, 0)) - 1
        label = pseudonym(visit_id) if hidden else name
        if more > 0:
            label += f" (+{more})"
        out.append(LogbookRow(
            id=visit_id, number=f"{seq:04d}/{year}",
            visited_at=to_local(d.read_instant(visited_at)),
            reception_type=reception_type, category=category, persons_label=label,
            address="" if hidden else address, cccd="" if hidden else cccd, content=content,
            outcome=outcome, officer_name=officers.get(officer_key, "") if officer_key else "",
            person_count=person_count, is_crowd=bool(is_crowd), repeat=repeat,
            confidential=bool(confidential), identity_hidden=hidden,
        ))
    return out


def offices(conn: Any) -> list[tuple[uuid.UUID, str, str]]:
    """(id, code, name) of every office whose records this store holds (one at a ward)."""
    d = _dialect(conn)
    return [(d.read_id(i), code, name) for i, code, name in d.run(
        "SELECT id, code, name FROM office ORDER BY code")]


def desk(conn: Any) -> Desk:
    d = _dialect(conn)
    office_id = d.run("SELECT value FROM store_meta WHERE key = 'office_id'").fetchone()
    if office_id is None:
        raise InputError("store_not_initialised")
    office = d.id(uuid.UUID(office_id[0]))
    code, name = d.run("SELECT code, name FROM office WHERE id = ?", (office,)).fetchone()
    officers = tuple(
        DeskOfficer(d.read_id(oid), ocode, full_name, bool(head), bool(deputy), bool(active))
        for oid, ocode, full_name, head, deputy, active in d.run(
            "SELECT id, code, full_name, is_head, is_deputy, active FROM officer "
            "WHERE office_id = ? ORDER BY is_head, code", (office,)))
    return Desk(code, name, officers)
