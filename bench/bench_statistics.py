"""The head's statistics page: time to compute its figures on the large store.

    python -m bench.bench_statistics [--dir DIR] [--runs 3] [--json F]

`app.services.statistics.compute` is what the page runs on its worker thread before it can draw
its charts; the issue's target is the page's first paint on 1,000,000 visits and 500,000
petitions within 1 s, so the month (the page's default period), the quarter and the year are
timed in a warm process (median of --runs, after one run that fills the caches), and the
records behind the year's biggest figures, which a click reads.
DIR is a store with visits and petitions (run_all passes its generated store after the
reports step has added the petitions).
"""

from __future__ import annotations

import argparse
import statistics as stats
import sys
import time
from datetime import date
from pathlib import Path

from bench.common import DEFAULT_STORE_DIR, Report, peak_rss_mb, print_report

FIRST_PAINT_S = 1.0


def run(store_dir: Path, runs: int) -> Report:
    from app.services import statistics as statistics_service
    from app.storage.store import open_store

    report = Report("Statistics")
    store = open_store(store_dir)
    try:
        with store.read() as uow:
            from sqlalchemy import text

            newest = uow.session.execute(text("SELECT max(visit_date) FROM visit")).scalar()
        today = date.fromisoformat(str(newest)) if newest else date.today()
        for kind, label in (("month", "tháng"), ("quarter", "quý"), ("year", "năm")):
            start, end = statistics_service.period(kind, today)
            statistics_service.compute(store, start, end, today=today)  # warm the caches
            times = []
            for _ in range(runs):
                t = time.perf_counter()
                statistics_service.compute(store, start, end, today=today)
                times.append(time.perf_counter() - t)
            report.add(f"Statistics page figures, this {kind} ({label})", stats.median(times),
                       "s", FIRST_PAINT_S if kind == "month" else None,
                       note=f"{start}..{end}, max {max(times):.2f} s", issue=kind == "month")
        # A click reads the figure's records (on the worker thread): the biggest of a year.
        year = statistics_service.compute(store, *statistics_service.period("year", today),
                                          today=today)
        for key in ("to_resolve", max((f for f in year.visits_by_category),
                                      key=lambda f: f.value).key):
            t = time.perf_counter()
            refs = statistics_service.records(store, year, key)
            report.add(f"Drill-down records of the year's '{key}'", time.perf_counter() - t,
                       "s", note=f"{len(refs):,} records")
        report.add("Peak RSS of the statistics benchmark", peak_rss_mb(), "MB")
    finally:
        store.close()
    return report


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.bench_statistics")
    p.add_argument("--dir", type=Path, default=DEFAULT_STORE_DIR)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--json", type=Path)
    args = p.parse_args(argv)
    report = run(args.dir, args.runs)
    print_report(report.rows, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
