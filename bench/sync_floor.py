"""The database floor of an import (bench/bench_sync.py): the same decoded changes written into
a store of the same schema by the plainest code there is, to tell what the database costs from
what the sync logic costs.

No sync logic: no marks, no version guard, no RETURNING, no savepoints, no problems. The rows'
values are converted to what the driver stores before the clock starts (that conversion is part
of an import, not of the database). Then, on a connection from app/storage/dbfile.py (the same
SQLite build and the engine's PRAGMAs: WAL, synchronous=FULL, foreign keys on), one
`executemany` per run of consecutive changes to the same table: `INSERT … ON CONFLICT (key) DO
UPDATE SET …` (a change can be a later image of a row written just before it; the code list's
rows are added if missing), and `DELETE` for an unversioned row's deletion.

Variants: the entity rows alone in one transaction (`rows`); the same in statements of many
rows each, as the importer writes them (`rows-multi`: no faster for plain code, measured); the
entity rows without the FTS and day_count triggers (`bare`: what those triggers cost); the
entity rows plus the rows SYNC.md step 8 and the forwarded change log add per change (an
`applied_change` mark, a `change_log` row), one transaction per batch as an import commits
(`all`: every row an import must write, the yardstick for the import itself).
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Dialect

from app.models.base import SyncedMixin
from app.services import office
from app.storage import dbfile, engine
from app.storage.changelog import SYNCED_TABLES, _now, canonical
from app.storage.store import open_store
from app.sync import apply
from app.sync.batch import open_payload, read_envelope

Run = tuple[str, list[tuple[Any, ...]]]  # SQL, its parameter rows


@dataclass
class Work:
    rows: list[list[Run]]  # per batch: the entity rows
    extra: list[list[Run]]  # per batch: marks and change log rows
    changes: int


def decoded(files: list[Path], identities: list[Any]) -> list[tuple[dict[str, Any],
                                                                    list[dict[str, Any]]]]:
    """Each batch's header and changes, as the importer reads them."""
    out = []
    for p in files:
        env = read_envelope(p)
        try:
            out.append((env.header, open_payload(env, identities)[1]))
        finally:
            env.zf.close()
    return out


def _converter(dialect: Dialect, table: Any, names: tuple[str, ...]
               ) -> Callable[[dict[str, Any]], tuple[Any, ...]]:
    cols = [table.c[n] for n in names]
    procs = [(c, c.type._cached_bind_processor(dialect)) for c in cols]

    def convert(row: dict[str, Any]) -> tuple[Any, ...]:
        out = []
        for c, proc in procs:
            v = apply._value(c, row[c.name])
            out.append(proc(v) if proc is not None and v is not None else v)
        return tuple(out)
    return convert


def _upsert_sql(table: Any, names: tuple[str, ...]) -> str:
    cols = ", ".join(names)
    marks = ", ".join("?" * len(names))
    if table.name == "field_of_law":
        return f"INSERT INTO {table.name} ({cols}) VALUES ({marks}) ON CONFLICT (code) DO NOTHING"
    sets = ", ".join(f"{n} = excluded.{n}" for n in names if n not in ("id", "search_key"))
    return (f"INSERT INTO {table.name} ({cols}) VALUES ({marks}) "
            f"ON CONFLICT (id) DO UPDATE SET {sets}")


def _many(sql: str, n: int) -> str:
    """The same statement with n rows of VALUES."""
    head, sep, tail = sql.partition(" VALUES (")
    group, _, rest = tail.partition(")")
    return head + sep[:-1] + ", ".join([f"({group})"] * n) + rest


def prepare(batches: list[tuple[dict[str, Any], list[dict[str, Any]]]], dialect: Dialect,
            first_keys: dict[str, int]) -> Work:
    """The statements and converted values, per batch (outside the clock)."""
    converters: dict[tuple[str, tuple[str, ...]], Any] = {}
    keys = dict(first_keys)
    work = Work([], [], 0)
    now = _now()
    for h, changes in batches:
        runs: list[Run] = []
        for c in changes:
            table = SYNCED_TABLES[c["entity"]].__table__
            if c["op"] == "D" and not issubclass(SYNCED_TABLES[c["entity"]], SyncedMixin):
                key = "code" if c["entity"] == "field_of_law" else "id"
                sql = f"DELETE FROM {table.name} WHERE {key} = ?"
                value = (_converter(dialect, table, (key,))({key: c["id"]})[0],)
            else:
                row = dict(c["row"])
                if "search_key" in table.c:
                    keys[c["entity"]] = keys.get(c["entity"], 0) + 1
                    row["search_key"] = keys[c["entity"]]
                names = tuple(col.name for col in table.c if col.name in row)
                sql = _upsert_sql(table, names)
                conv = converters.get((c["entity"], names))
                if conv is None:
                    conv = converters[(c["entity"], names)] = _converter(dialect, table, names)
                value = conv(row)
            if runs and runs[-1][0] == sql:
                runs[-1][1].append(value)
            else:
                runs.append((sql, [value]))
        work.rows.append(runs)
        work.extra.append([
            ("INSERT INTO applied_change (office_code, installation_id, change_seq) "
             "VALUES (?, ?, ?)",
             [(h["office_code"], h["installation_id"], c["seq"]) for c in changes]),
            ("INSERT INTO change_log (entity, entity_id, op, row_version, payload, changed_at, "
             "actor) VALUES (?, ?, ?, ?, ?, ?, ?)",
             [(c["entity"], c["id"], c["op"], c.get("version"), canonical(c["row"]), now,
               "system:") for c in changes])])
        work.changes += len(changes)
    return work


def fresh_store(path: Path, code: str, name: str) -> Path:
    """A new store of the current schema with the upstream's own office; its database file."""
    s = open_store(path)
    office.init_office(s, code, name)
    db = s.db_path
    s.close()
    return db


def _connect(db: Path) -> dbfile.Connection:
    conn = dbfile.connect(db)
    engine._on_connect(conn, None)  # type: ignore[arg-type]  # the engine's own PRAGMAs
    return conn


def first_keys(db: Path) -> dict[str, int]:
    conn = _connect(db)
    try:
        return {n: int(conn.execute(f"SELECT coalesce(max(search_key), 0) FROM {n}").fetchone()[0])
                for n, cls in SYNCED_TABLES.items() if "search_key" in cls.__table__.c}
    finally:
        conn.close()


def drop_derived_triggers(db: Path) -> int:
    """Drop the FTS and day_count triggers (the `bare` variant); how many were dropped."""
    conn = _connect(db)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND "
            "(name LIKE '%\\_fts\\_%' ESCAPE '\\' OR name LIKE 'day\\_count\\_%' ESCAPE '\\')")]
        for n in names:
            conn.execute(f"DROP TRIGGER {n}")
        return len(names)
    finally:
        conn.close()


def _multi(runs: list[Run]) -> list[tuple[str, tuple[Any, ...]]]:
    """Each run as statements of many rows (as many as SQLite's 32,766 parameters allow)."""
    out = []
    for sql, params in runs:
        step = max(1, 32_766 // len(params[0]))
        for i in range(0, len(params), step):
            part = params[i:i + step]
            out.append((_many(sql, len(part)), tuple(v for row in part for v in row)))
    return out


def write(db: Path, work: Work, *, extra: bool, multi: bool) -> float:
    """Seconds to write `work` into `db`: one transaction, or (extra) one per batch with the
    marks and change log rows as well; each run by `executemany` (a statement per row) or
    (multi) in statements of many rows."""
    batches = [runs + more if extra else runs for runs, more in zip(work.rows, work.extra,
                                                                  strict=True)]
    statements = [_multi(runs) for runs in batches] if multi else None
    conn = _connect(db)
    try:
        t = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        for i, runs in enumerate(batches):
            if statements is not None:
                for sql, flat in statements[i]:
                    conn.execute(sql, flat)
            else:
                for sql, params in runs:
                    conn.executemany(sql, params)
            if extra:
                conn.execute("COMMIT")
                conn.execute("BEGIN IMMEDIATE")
        conn.execute("COMMIT")
        return time.perf_counter() - t
    finally:
        conn.close()


def floors(root: Path, files: list[Path], identities: list[Any], code: str, name: str
           ) -> dict[str, float]:
    """Seconds for each variant (rows, bare, all) on its own fresh copy of the same store."""
    batches = decoded(files, identities)
    template = fresh_store(root / "floor-template", code, name)
    from sqlalchemy import create_engine

    dialect = create_engine("sqlite://", module=dbfile.driver).dialect
    work = prepare(batches, dialect, first_keys(template))
    out = {}
    for variant in VARIANTS:
        d = root / f"floor-{variant}"
        d.mkdir()
        db = d / template.name
        assert not template.with_name(template.name + "-wal").exists()  # all in the file
        shutil.copyfile(template, db)
        if variant.startswith("bare"):
            drop_derived_triggers(db)
        out[variant] = write(db, work, extra=variant.startswith("all"),
                             multi=variant.endswith("multi"))
        shutil.rmtree(d)
    out["changes"] = work.changes
    return out


VARIANTS = ("rows", "rows-multi", "bare", "all")
