"""Upstream side: write one batch's changes into the store (inbox.py step 9), fast.

Per change, as SYNC.md says: an `applied_change` row (INSERT … ON CONFLICT DO NOTHING RETURNING:
never `rowcount`, which PostgreSQL drivers report as -1, TECH-NOTES §2.4), then a
version-guarded upsert (… ON CONFLICT (id) DO UPDATE … WHERE version < excluded.version
RETURNING). Unversioned child rows (persons, senders, events) are written by their origin office
only and arrive in change order, so they are upserted as sent; code-list rows (field_of_law) are
added if missing, never overwritten (the upstream owns its code list). `search_key` is local to
each store: a new row gets the next key here, an existing row keeps its key.

Speed: a statement per change and a savepoint per row cost ~100 µs a change. So changes go in
chunks: the chunk's marks in one multi-row statement, then each table's rows (parents' tables
first) in multi-row upserts, all inside one savepoint. One statement never touches a row twice
(PostgreSQL refuses), so a row changed many times in a chunk — a petition through its procedure
— would cost a statement per change; instead a table's rows go in waves, every row's first image
then every row's second…, where that cannot change the outcome (`_waves`). Only when the
database refuses a row of the chunk (a number already used, a missing parent) is the chunk
rolled back and done again change by change, each row in its own savepoint, so that row alone
becomes a per-record problem. Same results either way, in the same order.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Date, DateTime, UniqueConstraint, Uuid, delete, func, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from app.models import AppliedChange, Base
from app.models.base import SyncedMixin
from app.storage.changelog import SYNCED_TABLES
from app.text import Text, said

CHUNK = 500
_TABLE_ORDER = [t.name for t in Base.metadata.sorted_tables if t.name in SYNCED_TABLES]


@cache
def _parents(entity: str) -> tuple[tuple[str, str], ...]:
    """(column, parent table) of each foreign key between synced tables."""
    table = SYNCED_TABLES[entity].__table__
    return tuple((fk.parent.name, fk.column.table.name) for fk in table.foreign_keys
                 if fk.column.table.name in SYNCED_TABLES)


def _converter(column: Any) -> Callable[[Any], Any] | None:
    """JSON value → the column's Python value (uuid hex, ISO date and time); None: as sent."""
    t = column.type
    if isinstance(t, Uuid):
        return lambda v: uuid.UUID(hex=v)
    if isinstance(t, DateTime):
        return datetime.fromisoformat
    if isinstance(t, Date):
        return date.fromisoformat
    return None


def _value(column: Any, value: Any) -> Any:
    if value is None:
        return None
    convert = _converter(column)
    return value if convert is None else convert(value)


@dataclass(frozen=True)
class _Spec:
    """What preparing a change of one table needs, worked out once per table."""

    table: Any
    key: str  # the upsert's conflict column: id, or code for field_of_law
    names: tuple[str, ...]  # every column, in table order
    convert: tuple[tuple[str, Callable[[Any], Any]], ...]  # the columns whose values change
    required: tuple[str, ...]  # not nullable and no default: a row must carry them
    unique: tuple[tuple[str, ...], ...]  # unique constraints other than the key and search_key


@cache
def _spec(entity: str) -> _Spec:
    table = SYNCED_TABLES[entity].__table__
    convert = tuple((c.name, f) for c in table.c if (f := _converter(c)) is not None)
    unique = tuple(cols for u in table.constraints if isinstance(u, UniqueConstraint)
                   if (cols := tuple(c.name for c in u.columns)) != ("search_key",))
    return _Spec(table, "code" if entity == "field_of_law" else "id",
                 tuple(c.name for c in table.c), convert,
                 tuple(c.name for c in table.c if not c.nullable and c.default is None),
                 unique)


def _upsert(insert: Any, table: Any, key_col: Any, names: tuple[str, ...]) -> Any:
    """INSERT … ON CONFLICT for these columns, values bound at execution (built once per
    table and column set: building it per change cost more than applying it)."""
    stmt = insert(table)
    if table.name == "field_of_law":
        return stmt.on_conflict_do_nothing().returning(key_col)
    update = {k: stmt.excluded[k] for k in names if k not in ("id", "search_key")}
    where = table.c.version < stmt.excluded.version if "version" in table.c else None
    return stmt.on_conflict_do_update(index_elements=[key_col], set_=update,
                                      where=where).returning(key_col)


def _fwd(c: dict[str, Any]) -> dict[str, Any]:
    return {"entity": c["entity"], "entity_id": c["id"], "op": c["op"],
            "row_version": c.get("version"), "payload": c["row"]}


@dataclass
class _Row:
    """A change ready to write: its upsert's statement key, its values, its key value."""

    change: dict[str, Any]
    entity: str
    names: tuple[str, ...]
    values: dict[str, Any]
    key: Any
    done: bool = False  # the store took this image (not stale)


@dataclass
class Applier:
    conn: Connection
    insert: Any  # the dialect's insert (ON CONFLICT)
    office_code: str
    installation_id: str
    applied: int = 0
    stale: int = 0
    problems: list[str] = field(default_factory=list)
    forward: list[dict[str, Any]] = field(default_factory=list)
    next_keys: dict[str, int] = field(default_factory=dict)
    statements: dict[tuple[str, tuple[str, ...]], Any] = field(default_factory=dict)
    waves: bool = True  # a table's rows in waves (_waves); off to redo a chunk in change order

    def __post_init__(self) -> None:
        self.mark = self.insert(AppliedChange).on_conflict_do_nothing().returning(
            AppliedChange.change_seq)

    def apply(self, changes: list[dict[str, Any]]) -> None:
        for i in range(0, len(changes), CHUNK):
            chunk = changes[i:i + CHUNK]
            saved = (self.applied, self.stale, len(self.problems), len(self.forward),
                     dict(self.next_keys))
            try:
                try:
                    with self.conn.begin_nested():
                        self._chunk(chunk)
                except _Unsure:
                    self._restore(saved)
                    self.waves = False  # the same chunk in change order
                    with self.conn.begin_nested():
                        self._chunk(chunk)
            except IntegrityError:
                self._restore(saved)
                for c in chunk:
                    self._one(c)
            finally:
                self.waves = True

    def _restore(self, saved: tuple[Any, ...]) -> None:
        self.applied, self.stale, n_problems, n_forward, next_keys = saved
        self.next_keys = dict(next_keys)
        del self.problems[n_problems:], self.forward[n_forward:]

    def _marks(self, seqs: list[int]) -> set[int]:
        """The changes not applied before (by an earlier or overlapping batch), marked now."""
        rows = self.conn.execute(self.mark, [
            {"office_code": self.office_code, "installation_id": self.installation_id,
             "change_seq": s} for s in seqs])
        return set(rows.scalars())

    def _chunk(self, chunk: list[dict[str, Any]]) -> None:
        fresh = self._marks([c["seq"] for c in chunk])
        done: list[_Row | dict[str, Any]] = []  # in change order: what goes forward
        segment: list[_Row] = []
        for c in chunk:
            if c["seq"] not in fresh:
                continue
            if self._deletes(c):
                self._segment(segment)  # the rows before it first: it may delete one of them
                done += segment
                segment = []
                gone = self._delete(c)
                if gone is not None:
                    done.append(gone)
                continue
            row = self._prepare(c)
            if row is not None:
                segment.append(row)
        self._segment(segment)
        done += segment
        self.forward += [d if isinstance(d, dict) else _fwd(d.change) for d in done
                         if isinstance(d, dict) or d.done]

    def _segment(self, rows: list[_Row]) -> None:
        """Rows with no delete between them, each table's in few statements when that cannot
        change the outcome: parents' tables before their children's (FK order), then each
        table's rows in waves (`_waves`). A row naming a parent that comes later in the chunk
        would fail alone (missing parent) but pass reordered, so such a segment keeps the
        change order."""
        if not rows:
            return
        first: dict[tuple[str, Any], int] = {}
        for i, r in enumerate(rows):
            first.setdefault((r.entity, r.key), i)
        safe = all(first.get((parent, r.values.get(col)), -1) <= i
                   for i, r in enumerate(rows) for col, parent in _parents(r.entity))
        repeated: list[list[_Row]] = []
        if safe:
            rank = {name: n for n, name in enumerate(_TABLE_ORDER)}
            rows = sorted(rows, key=lambda r: rank[r.entity])  # stable: change order kept
            if self.waves:
                rows, repeated = _waves(rows)
        run: list[_Row] = []
        keys: set[Any] = set()
        for r in rows:
            if run and ((r.entity, r.names) != (run[0].entity, run[0].names) or r.key in keys):
                self._run(run)  # one statement never touches a row twice (PostgreSQL refuses)
                run, keys = [], set()
            run.append(r)
            keys.add(r.key)
        self._run(run)
        for same in repeated:  # a row's first image stale, a later one taken: see _waves
            if not same[0].done and any(r.done for r in same[1:]):
                raise _Unsure

    def _run(self, run: list[_Row]) -> None:
        stmt = self._statement(run[0])
        self._count(run, set(self.conn.execute(stmt, [r.values for r in run]).scalars()))

    def _one(self, c: dict[str, Any]) -> None:
        """The same change alone, its row in its own savepoint."""
        if not self._marks([c["seq"]]):
            return
        if self._deletes(c):
            gone = self._delete(c)
            if gone is not None:
                self.forward.append(gone)
            return
        row = self._prepare(c)
        if row is None:
            return
        try:
            with self.conn.begin_nested():
                done = set(self.conn.execute(self._statement(row), row.values).scalars())
        except IntegrityError as exc:
            self._problem(c, integrity_reason(exc))
            return
        self._count([row], done)
        if row.done:
            self.forward.append(_fwd(c))

    def _count(self, rows: list[_Row], done: set[Any]) -> None:
        for r in rows:
            r.done = r.key in done
            if r.done or r.entity == "field_of_law":
                self.applied += 1  # field_of_law: the upstream's own entry stands, not sent on
            else:
                self.stale += 1

    def _problem(self, c: dict[str, Any], why: str) -> None:
        self.problems.append(Text("thay đổi {seq} ({entity} {id}): {why}", seq=c["seq"],
                                  entity=c["entity"], id=c["id"], why=why))

    def _statement(self, row: _Row) -> Any:
        stmt = self.statements.get((row.entity, row.names))
        if stmt is None:
            table = SYNCED_TABLES[row.entity].__table__
            key_col = table.c.code if row.entity == "field_of_law" else table.c.id
            stmt = self.statements[(row.entity, row.names)] = _upsert(
                self.insert, table, key_col, row.names)
        return stmt

    @staticmethod
    def _deletes(c: dict[str, Any]) -> bool:
        """Unversioned rows are deleted; versioned ones carry a tombstone (an upsert)."""
        return c["op"] == "D" and not issubclass(SYNCED_TABLES[c["entity"]], SyncedMixin)

    def _delete(self, c: dict[str, Any]) -> dict[str, Any] | None:
        table = SYNCED_TABLES[c["entity"]].__table__
        key_col = table.c.code if c["entity"] == "field_of_law" else table.c.id
        try:
            key = _value(key_col, c["id"])
        except (KeyError, TypeError, ValueError) as exc:
            self._problem(c, said(exc))
            return None
        self.conn.execute(delete(table).where(key_col == key))
        self.applied += 1
        return {"entity": c["entity"], "entity_id": c["id"], "op": "D", "row_version": None,
                "payload": c["row"]}

    def _prepare(self, c: dict[str, Any]) -> _Row | None:
        """The change's values; None when the store cannot take it (reported as a problem)."""
        spec = _spec(c["entity"])
        try:
            row = c["row"]
            values = {n: row[n] for n in spec.names if n in row}
            for n, convert in spec.convert:
                v = values.get(n)
                if v is not None:
                    values[n] = convert(v)
            missing = [n for n in spec.required if n not in row]
            if missing:
                raise ValueError(Text("thiếu {fields}", fields=", ".join(missing)))
            if spec.key not in values:
                raise ValueError(Text("thiếu {fields}", fields=spec.key))
        except (KeyError, TypeError, ValueError) as exc:
            self._problem(c, said(exc))
            return None
        if "search_key" in spec.table.c:
            if c["entity"] not in self.next_keys:
                self.next_keys[c["entity"]] = int(self.conn.execute(
                    select(func.max(spec.table.c.search_key))).scalar() or 0)
            self.next_keys[c["entity"]] += 1
            values["search_key"] = self.next_keys[c["entity"]]
        return _Row(c, c["entity"], tuple(values), values, values[spec.key])


class _Unsure(Exception):
    """The waves' order may have taken a row that change order would refuse: redo the chunk."""


def _waves(rows: list[_Row]) -> tuple[list[_Row], list[list[_Row]]]:
    """Each table's rows in waves: every row's first image (in change order), then every
    row's second image, and so on, so that a row changed many times in a chunk (a petition
    through its procedure) costs one statement per wave, not one per change. Returns the rows
    in that order and, for the check after writing them, each repeated row's images.

    The same outcome as change order: a row's images stay in their order (versions and
    staleness are per row), parents' first images stay before their children's (the caller
    checked), and rows of the same table meet only through their unique constraints. Those
    could refuse a row in one order and not the other only if a row's unique values changed
    within the chunk or two rows of the chunk claimed the same values — then the table keeps
    its change order — or if a row's first image in the chunk is stale (older than the stored
    one) while a later one is taken, moving when the row's values take effect: the caller
    checks that after writing and then redoes the chunk in change order (`_Unsure`)."""
    out: list[_Row] = []
    repeated: list[list[_Row]] = []
    start = 0
    while start < len(rows):
        end = start
        while end < len(rows) and rows[end].entity == rows[start].entity:
            end += 1
        group = rows[start:end]
        start = end
        seen: dict[Any, list[_Row]] = {}
        wave = []
        for r in group:
            images = seen.setdefault(r.key, [])
            wave.append(len(images))
            images.append(r)
        if len(seen) == len(group) or not _distinct(_spec(group[0].entity).unique, seen):
            out += group
            continue
        out += [r for _w, r in sorted(zip(wave, group, strict=True), key=lambda x: x[0])]
        repeated += [images for images in seen.values() if len(images) > 1]
    return out, repeated


def _distinct(unique: tuple[tuple[str, ...], ...], seen: dict[Any, list[_Row]]) -> bool:
    """Every row keeps its unique values through its images, and no two rows claim the same."""
    for cols in unique:
        owner: dict[tuple[Any, ...], Any] = {}
        for key, images in seen.items():
            if any(n not in r.values for r in images for n in cols):
                return False
            value = tuple(images[0].values[n] for n in cols)
            if any(tuple(r.values[n] for n in cols) != value for r in images[1:]):
                return False
            if None not in value and owner.setdefault(value, key) != key:
                return False
    return True


def integrity_reason(exc: IntegrityError) -> str:
    """The database's refusal of one row, in Vietnamese (its own words are English)."""
    text = str(exc.orig)
    if "UNIQUE" in text.upper() or "duplicate key" in text:
        return Text("trùng số hoặc mã với một bản ghi đã có ở cơ quan cấp trên (thường do kho "
                    "của cơ quan được khôi phục từ bản sao lưu rồi cấp lại số đã dùng); chưa nhận")
    if "FOREIGN KEY" in text.upper() or "foreign key" in text:
        return Text("thiếu bản ghi liên quan (bản ghi cha chưa được nhận); chưa nhận")
    return Text("cơ sở dữ liệu không nhận bản ghi này; chưa nhận")


