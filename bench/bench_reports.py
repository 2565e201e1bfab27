"""Report benchmarks: a year's 01/TCD and 01/XLD on the large store (issue 7, target ≤ 2 s each).

    python -m bench.bench_reports [--dir DIR] [--petitions 500000] [--runs 5] [--year Y] [--json F]

DIR is a bench.generate store (run_all passes its 1,000,000-visit store); the petitions are
added by bench.generate_petitions when missing (about 4 minutes for 500,000, once). Measured:
`app.services.reports.build` for the last complete reporting year (15 Dec → 14 Dec): the first
build in a fresh process (cold page cache of the process, imports done) and the median of
--runs warm builds; the other tables of the year once; and writing the year's 01/XLD to PDF and
XLSX. `--explain` prints the query plans of the report queries.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from bench.common import DEFAULT_STORE_DIR, Report, peak_rss_mb, print_report

TARGET_MS = 2000.0


def _plans(store, year: int) -> None:  # type: ignore[no-untyped-def]
    from app.law.periods import make
    from app.services.common import local_office

    p = make("year", year)
    from app.services.reports import data

    calls: list[tuple[str, list[object]]] = []

    class Spy:
        def __init__(self, conn) -> None:  # type: ignore[no-untyped-def]
            self.conn = conn

        def execute(self, sql, params=()):  # type: ignore[no-untyped-def]
            calls.append((sql, list(params)))
            return self.conn.execute(sql, params)

    with store.read() as uow:
        conn = uow.session.connection().connection.driver_connection
        office = local_office(uow.session).id.hex
        data.visits(Spy(conn), [office], p.start, p.end)  # type: ignore[arg-type]
        data.petitions(Spy(conn), [office], p.start, p.end)  # type: ignore[arg-type]
        seen = set()
        for sql, args in calls:
            key = sql[:60]
            if key in seen:
                continue
            seen.add(key)
            t = time.perf_counter()
            n = len(conn.execute(sql, args).fetchall())
            ms = (time.perf_counter() - t) * 1000
            plan = [r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + sql, args)]
            print(f"{ms:8.1f} ms  {n:>8,} rows  {' | '.join(plan)}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.bench_reports",
                                description=__doc__.split("\n")[0])
    p.add_argument("--dir", type=Path, default=DEFAULT_STORE_DIR)
    p.add_argument("--petitions", type=int, default=500_000)
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--year", type=int, help="reporting year (default: the last complete one)")
    p.add_argument("--json", type=Path)
    p.add_argument("--explain", action="store_true")
    args = p.parse_args(argv)

    from bench.generate_petitions import PSpec, ensure_petitions

    pinfo = ensure_petitions(args.dir, PSpec(args.petitions))
    from app.law.periods import make
    from app.services import reports
    from app.storage.store import open_store

    marker = json.loads((args.dir / "bench-store.json").read_text(encoding="utf-8"))
    end_year = int(marker["end_local"][:4])
    year = args.year or (end_year - 1)
    period = make("year", year)
    store = open_store(args.dir)
    rep = Report("Reports")
    try:
        if args.explain:
            _plans(store, year)
        counts = {}
        for rid in ("tcd", "xld"):
            t = time.perf_counter()
            r = reports.build(store, rid, period)
            first = time.perf_counter() - t
            warm = []
            for _ in range(args.runs):
                t = time.perf_counter()
                r = reports.build(store, rid, period)
                warm.append(time.perf_counter() - t)
            med = statistics.median(warm)
            counts[rid] = r.total.value(1)
            what = "visits" if rid == "tcd" else "petitions"
            rep.add(f"{r.layout.form_number}, year {year}: first build", first * 1000, "ms",
                    TARGET_MS,
                    f"{counts[rid]:,} {what} in col 1", issue=True)
            rep.add(f"{r.layout.form_number}, year {year}: warm median of {args.runs}",
                    med * 1000, "ms", TARGET_MS, f"max {max(warm) * 1000:,.0f} ms", issue=True)
        for rid in ("kqgq", "kqgq2", "kqgq3", "kqgq4"):
            t = time.perf_counter()
            r = reports.build(store, rid, period)
            rep.add(f"{r.layout.form_number}, year {year}", (time.perf_counter() - t) * 1000,
                    "ms", TARGET_MS, f"{r.total.value(1):,} in col 1")
        r = reports.build(store, "xld", period)
        facts = reports.office_facts(store)
        for fmt in ("pdf", "xlsx", "json"):
            t = time.perf_counter()
            size = reports.write(r, fmt, __import__("io").BytesIO(), office=facts)
            rep.add(f"01/XLD to {fmt.upper()}", (time.perf_counter() - t) * 1000, "ms", 1000.0,
                    f"{size / 1024:,.0f} KiB with traces" if fmt != "pdf" else f"{size / 1024:,.0f} KiB")
        rep.add("Peak RSS of the report process", peak_rss_mb(), "MB", None,
                f"store: {marker['counts']['visit']:,} visits, "
                f"{pinfo['counts']['petition']:,} petitions, "
                f"{pinfo['counts']['petition_event']:,} events")
    finally:
        store.close()
    print_report(rep.rows, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
