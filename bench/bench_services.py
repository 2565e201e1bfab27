"""Service-level benchmarks on a large store: saving a visit, search, logbook pages, memory.

    python -m bench.bench_services --dir DIR [--saves 200] [--queries 200] [--explain] [--json F]

Every figure goes through the real services (app.services.*) on the store's real engine (WAL,
synchronous=FULL). The visits and citizens the save benchmark adds are deleted at the end (by
their search keys, so the FTS triggers clean the index too) unless --keep is given, so the
store keeps its generated size for the next run.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import event, text

from app.clock import VN_TZ
from app.paths import DB_FILENAME
from app.services import citizens, search, visits
from app.services import office as office_service
from app.services.common import Viewer
from app.services.demo import CONTENTS, REQUESTS, Generator
from app.services.visits import LogbookQuery, PersonInput, VisitInput
from app.storage.store import Store, open_store
from bench.common import (
    DEFAULT_STORE_DIR,
    Report,
    Stats,
    current_rss_mb,
    peak_rss_mb,
    print_report,
)

T = TypeVar("T")

SAVE_P95_MS = 20.0
SEARCH_P95_MS = 50.0
FIRST_PAINT_MS = 300.0
PEAK_RSS_MB = 250.0
PAGE = 200  # the GUI model's page size (app/ui/logbook_model.py)

# Folded 3-letter prefixes people type: family, middle and given names, streets.
PREFIXES = ("ngu", "tra", "duc", "lan", "hoa", "pha", "hun", "tha", "min", "van",
            "thi", "huo", "lin", "tua", "dun", "ngo", "bui", "dan", "hai", "son")


def timed(fn: Callable[[], T]) -> tuple[float, T]:
    t0 = time.perf_counter()
    result = fn()
    return (time.perf_counter() - t0) * 1000, result


def evict_from_page_cache(db_path: Path) -> bool:
    """Drop the store's pages from the OS page cache (a cold start), if the OS allows it."""
    if not hasattr(os, "posix_fadvise"):
        return False
    for suffix in ("", "-wal"):
        p = Path(f"{db_path}{suffix}")
        if p.exists():
            fd = os.open(p, os.O_RDONLY)
            try:
                os.fsync(fd)
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)
    return True


class SqlCapture:
    """Records the SELECTs a service call issues (through SQLAlchemy or straight on the DB-API
    connection, as app.services.logbook does), to EXPLAIN QUERY PLAN them afterwards."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.statements: list[str] = []

    def _trace(self, sql: str) -> None:  # sqlite3 passes the SQL with its parameters bound
        if sql.lstrip().upper().startswith("SELECT"):
            self.statements.append(sql)

    def _checkout(self, dbapi_conn: Any, _record: Any, _proxy: Any) -> None:
        dbapi_conn.set_trace_callback(self._trace)

    def _checkin(self, dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.set_trace_callback(None)

    @contextmanager
    def capture(self) -> Iterator[None]:
        self.statements.clear()
        event.listen(self.store.engine, "checkout", self._checkout)
        event.listen(self.store.engine, "checkin", self._checkin)
        try:
            yield
        finally:
            event.remove(self.store.engine, "checkout", self._checkout)
            event.remove(self.store.engine, "checkin", self._checkin)

    def plans(self) -> list[str]:
        out = []
        with self.store.engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            for sql in dict.fromkeys(self.statements):
                rows = raw.execute("EXPLAIN QUERY PLAN " + sql).fetchall()
                one_line = " ".join(sql.split())
                out.append(one_line[:300] + (" …" if len(one_line) > 300 else ""))
                out += [f"    {r[-1]}" for r in rows]
        return out


# ----------------------------------------------------------------------------- save a visit


def _returning_inputs(store: Store, n: int, rng: random.Random) -> list[PersonInput]:
    """People already in the store, as the form sends them after a CCCD scan."""
    with store.read() as uow:
        s = uow.session
        max_key = s.execute(text("SELECT max(search_key) FROM citizen")).scalar() or 0
        keys = rng.sample(range(1, max_key + 1), min(max_key, n * 3))
        rows = s.execute(text(
            "SELECT full_name, cccd, date_of_birth, gender, address, card_address, phone "
            "FROM citizen WHERE cccd IS NOT NULL AND deleted_at IS NULL AND search_key IN "
            f"({','.join(map(str, keys))})")).all()
    out = []
    for name, cccd, dob, gender, address, card, phone in rows[:n]:
        out.append(PersonInput(
            full_name=name, cccd=cccd,
            date_of_birth=datetime.strptime(dob, "%Y-%m-%d").date() if dob else None,
            gender=gender, address=address, card_address=card, phone=phone))
    return out


def _new_inputs(store: Store, n: int, seed: int) -> list[PersonInput]:
    """People not yet in the store (their CCCD numbers are checked to be unused)."""
    gen = Generator(seed)
    out: list[PersonInput] = []
    with store.read() as uow:
        s = uow.session
        while len(out) < n:
            p = gen.person()
            if p.cccd and s.execute(text("SELECT 1 FROM citizen WHERE cccd = :c"),
                                    {"c": p.cccd}).first():
                continue
            pi = Generator.person_input(p)
            if len(out) % 5 == 4:  # some come without papers: matched by name + address
                pi.cccd, pi.card_address = None, None
            out.append(pi)
    return out


def bench_saves(store: Store, n: int, report: Report, seed: int, keep: bool,
                explain: SqlCapture | None) -> None:
    rng = random.Random(seed)
    officers = office_service.list_officers(store)
    desk = next(o for o in officers if not o.is_head)
    with store.read() as uow:
        v0, c0 = uow.session.execute(text(
            "SELECT (SELECT max(search_key) FROM visit), (SELECT max(search_key) FROM citizen)"
        )).one()
    n_return = n // 2
    persons = [("returning (CCCD)", p) for p in _returning_inputs(store, n_return, rng)]
    persons += [("new citizen", p) for p in _new_inputs(store, n - len(persons), seed + 7)]
    rng.shuffle(persons)
    now = datetime.now(VN_TZ).replace(microsecond=0)
    times: list[float] = []
    by_kind: dict[str, list[float]] = {}
    try:
        for i, (kind, person) in enumerate(persons):
            category = rng.choices(["KNPA", "KN", "TC", "OTHER"], [55, 20, 8, 17])[0]
            field_code, content = rng.choice(CONTENTS[category])
            data = VisitInput(
                visited_at=now - timedelta(minutes=len(persons) - i), reception_type="regular",
                persons=[person], content=content, category=category, officer_id=desk.id,
                field_code=field_code, requests=rng.choice(REQUESTS),
                repeat="repeat" if kind.startswith("returning") else "first")
            if explain is not None and i == 1:
                with explain.capture():
                    ms, _ = timed(lambda d=data: visits.log_visit(store, d, now=now))
            else:
                ms, _ = timed(lambda d=data: visits.log_visit(store, d, now=now))
            times.append(ms)
            by_kind.setdefault(kind, []).append(ms)
    finally:
        if not keep:
            _remove_added(store, v0, c0)
    st = Stats.of(times)
    print(f"  save a visit: {st}; first save {times[0]:.1f} ms")
    report.add(f"Save a visit, p50 ({n} saves)", st.p50, "ms")
    report.add("Save a visit, p95", st.p95, "ms", SAVE_P95_MS, issue=True)
    report.add("Save a visit, max", st.max, "ms", note=f"first save {times[0]:.1f} ms")
    for kind, values in sorted(by_kind.items()):
        k = Stats.of(values)
        report.add(f"  … {kind}, p95", k.p95, "ms", SAVE_P95_MS, note=f"n={k.n}, p50 {k.p50:.1f} ms")
    if explain is not None:
        print("\n".join(["  EXPLAIN log_visit (2nd save):", *explain.plans()]))


def _remove_added(store: Store, v0: int, c0: int) -> None:
    """Delete what the save benchmark added (keys above the ones before it)."""
    with store.write() as uow:
        s = uow.session
        s.execute(text("DELETE FROM visit_person WHERE visit_id IN "
                       "(SELECT id FROM visit WHERE search_key > :v)"), {"v": v0})
        s.execute(text("DELETE FROM visit WHERE search_key > :v"), {"v": v0})
        s.execute(text("DELETE FROM citizen WHERE search_key > :c"), {"c": c0})
        uow.audit("bench.cleanup", "visit", "", "Xóa các lượt tiếp do phép đo thêm vào")
        uow.commit()
    with store.engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")


# ----------------------------------------------------------------------------- search


def bench_search(store: Store, n: int, report: Report, viewer: Viewer,
                 explain: SqlCapture | None) -> None:
    queries = [PREFIXES[i % len(PREFIXES)] for i in range(n)]
    for name, fn in (("citizens.suggest", citizens.suggest), ("search.search", search.search)):
        fn(store, "ngu", viewer=viewer)  # warm the statement cache
        times, per_prefix = [], {}
        for q in queries:
            ms, hits = timed(lambda q=q, fn=fn: fn(store, q, viewer=viewer))
            times.append(ms)
            per_prefix.setdefault(q, []).append(ms)
            assert hits, f"{name}({q!r}) found nothing"
        st = Stats.of(times)
        slowest = max(per_prefix, key=lambda k: statistics.median(per_prefix[k]))
        print(f"  {name}: {st}; slowest prefix '{slowest}' "
              f"{statistics.median(per_prefix[slowest]):.1f} ms")
        report.add(f"{name} 3-letter prefix, p50 ({n} queries)", st.p50, "ms")
        report.add(f"{name} 3-letter prefix, p95", st.p95, "ms", SEARCH_P95_MS,
                   note=f"max {st.max:.1f} ms; slowest '{slowest}'", issue=True)
        if explain is not None:
            with explain.capture():
                fn(store, "ngu", viewer=viewer)
            print("\n".join([f"  EXPLAIN {name}('ngu'):", *explain.plans()]))
    # How many citizens a common prefix really matches (realism check).
    with store.read() as uow:
        s = uow.session
        total = s.execute(text("SELECT count(*) FROM citizen")).scalar()
        for q in ("ngu", "tra", "duc"):
            m = s.execute(text("SELECT count(*) FROM citizen_fts WHERE citizen_fts MATCH :q"),
                          {"q": f'"{q}"*'}).scalar()
            print(f"  '{q}' matches {m:,} of {total:,} citizens")
    for typed in ("nguyen van duc", "001"):
        times = [timed(lambda t=typed: citizens.suggest(store, t, viewer=viewer))[0]
                 for _ in range(20)]
        st = Stats.of(times)
        report.add(f"citizens.suggest '{typed}', p95", st.p95, "ms", SEARCH_P95_MS,
                   note=f"p50 {st.p50:.1f} ms")


# ----------------------------------------------------------------------------- visit form


def bench_form(store: Store, n: int, report: Report, viewer: Viewer, seed: int) -> None:
    """What the visit form asks while an officer types: CCCD lookup, suggestions, history."""
    rng = random.Random(seed)
    with store.read() as uow:
        s = uow.session
        max_key = s.execute(text("SELECT max(search_key) FROM citizen")).scalar() or 0
        keys = ",".join(map(str, rng.sample(range(1, max_key + 1), min(max_key, n * 2))))
        rows = s.execute(text(f"SELECT id, cccd FROM citizen WHERE search_key IN ({keys}) "
                              "AND cccd IS NOT NULL")).all()[:n]
    citizens.by_cccd(store, rows[0][1], viewer)
    t_cccd = [timed(lambda c=c: citizens.by_cccd(store, c, viewer))[0] for _, c in rows]
    t_hist = [timed(lambda i=i: visits.citizen_visits(store, uuid.UUID(i), viewer, 30))[0]
              for i, _ in rows]
    t_sugg = [timed(lambda q=q: citizens.suggest(store, q, 10, viewer))[0]
              for q in (PREFIXES * (n // len(PREFIXES) + 1))[:n]]
    for label, values in (("citizens.by_cccd (CCCD scan)", t_cccd),
                          ("visits.citizen_visits (history, 30)", t_hist),
                          ("citizens.suggest, limit 10 (form)", t_sugg)):
        st = Stats.of(values)
        print(f"  {label}: {st}")
        report.add(f"{label}, p95", st.p95, "ms", SEARCH_P95_MS,
                   note=f"n={st.n}, p50 {st.p50:.1f} ms, max {st.max:.1f} ms")


# ----------------------------------------------------------------------------- logbook


LOGBOOK_CASES: tuple[tuple[str, LogbookQuery], ...] = (
    ("no filter", LogbookQuery()),
    ("category TC", LogbookQuery(category="TC")),
    ("category KNPA", LogbookQuery(category="KNPA")),
    ("text 'ngu'", LogbookQuery(text="ngu")),
    ("text 'nguyen van duc'", LogbookQuery(text="nguyen van duc")),
)


def bench_logbook(store: Store, report: Report, viewer: Viewer, repeat: int,
                  explain: SqlCapture | None, cases: tuple[tuple[str, LogbookQuery], ...]
                  = LOGBOOK_CASES) -> None:
    """count_visits and pages at the start, middle and end, per filter (median of `repeat`).

    The GUI paints the first page before the count (which runs in a background thread), so the
    300 ms budget applies to pages; counts are reported without a target.
    """
    # Cold: the store's file evicted from the OS page cache, as after a reboot.
    if evict_from_page_cache(store.db_path):
        store.engine.dispose()
        ms_p, _ = timed(lambda: visits.list_visits(store, LogbookQuery(), 0, PAGE, viewer))
        ms_c, count = timed(lambda: visits.count_visits(store, LogbookQuery(), viewer))
        print(f"  cold: first page {ms_p:.0f} ms, then count {ms_c:.0f} ms")
        report.add("Logbook first page, cold OS cache", ms_p, "ms", FIRST_PAINT_MS)
        report.add("Logbook count, cold OS cache (after the first page)", ms_c, "ms",
                   note=f"{count:,} rows")
    for label, q in cases:
        count = visits.count_visits(store, q, viewer)
        offsets = {"first page": 0}
        if count > 500_000 + PAGE:
            offsets["offset 500,000"] = 500_000
        offsets["last page"] = max(0, count - PAGE)
        t_count = [timed(lambda q=q: visits.count_visits(store, q, viewer))[0]
                   for _ in range(repeat)]
        c = statistics.median(t_count)
        report.add(f"Logbook [{label}] count_visits", c, "ms", note=f"{count:,} rows")
        for where, off in offsets.items():
            t_page = [timed(lambda q=q, off=off: visits.list_visits(store, q, off, PAGE,
                                                                    viewer))[0]
                      for _ in range(repeat)]
            p = statistics.median(t_page)
            report.add(f"Logbook [{label}] {where}", p, "ms", FIRST_PAINT_MS,
                       note=f"offset {off:,}" if off else "")
            print(f"  logbook [{label}] {where}: page {p:.1f} ms (count {c:.1f} ms)")
        if explain is not None:
            with explain.capture():
                visits.count_visits(store, q, viewer)
                visits.list_visits(store, q, offsets["last page"], PAGE, viewer)
            print("\n".join([f"  EXPLAIN logbook [{label}]:", *explain.plans()]))


# ----------------------------------------------------------------------------- main


PARTS = ("logbook", "search", "form", "saves")


def run(dir_: Path, saves: int, queries: int, repeat: int, keep: bool, explain: bool,
        seed: int = 99, parts: tuple[str, ...] = PARTS) -> Report:
    report = Report("Services")
    if not (dir_ / DB_FILENAME).exists():
        raise SystemExit(f"No store in {dir_}: run python -m bench.generate --dir {dir_} first.")
    ms_open, store = timed(lambda: open_store(dir_))
    report.add("open_store", ms_open, "ms")
    cap = SqlCapture(store) if explain else None
    try:
        with store.read() as uow:
            nv, nc = uow.session.execute(text(
                "SELECT (SELECT count(*) FROM visit), (SELECT count(*) FROM citizen)")).one()
        print(f"Store {dir_}: {nv:,} visits, {nc:,} citizens")
        officers = office_service.list_officers(store)
        # The desk officer, as the GUI's officer box starts (desk officers first).
        viewer = office_service.viewer_for(store, next(o.id for o in officers if not o.is_head))
        if "logbook" in parts:
            bench_logbook(store, report, viewer, repeat, cap)
        if "search" in parts:
            bench_search(store, queries, report, viewer, cap)
        if "form" in parts:
            bench_form(store, 100, report, viewer, seed)
        if "saves" in parts:
            bench_saves(store, saves, report, seed, keep, cap)
    finally:
        store.close()
    rss = current_rss_mb()
    report.add("Peak RSS of this benchmark process", peak_rss_mb(), "MB",
               note=f"current {rss:.0f} MB" if rss is not None else "")
    return report


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.bench_services")
    p.add_argument("--dir", type=Path, default=DEFAULT_STORE_DIR)
    p.add_argument("--saves", type=int, default=200)
    p.add_argument("--queries", type=int, default=200)
    p.add_argument("--repeat", type=int, default=3, help="runs per logbook query (median)")
    p.add_argument("--keep", action="store_true", help="keep the visits the save benchmark adds")
    p.add_argument("--explain", action="store_true", help="print EXPLAIN QUERY PLAN of each query")
    p.add_argument("--json", type=Path, help="also write the figures to this file")
    p.add_argument("--only", choices=PARTS, action="append", help="run only this part (repeatable)")
    p.add_argument("--seed", type=int, default=99, help="varies the people saved")
    args = p.parse_args(argv)
    report = run(args.dir, args.saves, args.queries, args.repeat, args.keep, args.explain,
                 args.seed, tuple(args.only or PARTS))
    print()
    print_report(report.rows, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
