"""Printing benchmarks: one receipt against a bare reportlab page, and a 5,000-row logbook.

    python -m bench.bench_print [--dir DIR] [--runs 40] [--rows 5000] [--json F]

* Receipt: `app.services.printing.render` of a visit's receipt (2 copies, letterhead, table,
  signatures, QR code, fonts embedded), median of --runs in a warm process (the first render,
  which registers the fonts, is reported apart), beside a bare reportlab page drawn in the same
  run with the same font (one line of Vietnamese, the font embedded): the floor any PDF pays.
* Logbook: `render_logbook` over the most recent period of the store holding about --rows
  visits, timed in a fresh process of its own so that its peak RSS is its own; the same for a
  fifth of the rows shows whether memory grows with the rows.

DIR is any store with at least --rows visits (run_all passes its generated store); without
--dir, --rows + 500 demo visits are logged through the services into bench/out/store-print
(once; about a minute).
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

from bench.common import OUT_DIR, Report, Stats, peak_rss_mb, print_report

RECEIPT_P50_MS = 60.0
LOGBOOK_S = 5.0
PRINT_STORE_DIR = OUT_DIR / "store-print"


def _period(store, rows: int) -> tuple[date, date, int]:  # type: ignore[no-untyped-def]
    """The most recent whole days of the store holding at least `rows` visits."""
    from sqlalchemy import text

    from app.clock import to_local

    with store.read() as uow:
        s = uow.session
        last = s.execute(text("SELECT max(visited_at) FROM visit WHERE deleted_at IS NULL")).scalar()
        nth = s.execute(text("SELECT visited_at FROM visit WHERE deleted_at IS NULL "
                             "ORDER BY visited_at DESC LIMIT 1 OFFSET :n"), {"n": rows - 1}).scalar()
    if last is None or nth is None:
        raise SystemExit(f"the store holds fewer than {rows} visits")

    def day(v: object) -> date:
        moment = v if isinstance(v, datetime) else datetime.fromisoformat(str(v))
        return to_local(moment).date()

    from app.services import visits

    d_from, d_to = day(nth), day(last)
    n = visits.count_visits(store, visits.LogbookQuery(date_from=d_from, date_to=d_to))
    return d_from, d_to, n


def child_logbook(dir_: Path, rows: int) -> dict[str, float]:
    """Run in its own process: print the logbook of ~rows visits, report time and peak RSS."""
    from app.services import printing
    from app.services.common import Viewer
    from app.storage.store import open_store

    store = open_store(dir_)
    try:
        d_from, d_to, n = _period(store, rows)
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "so.pdf"
            t0 = time.perf_counter()
            res = printing.render_logbook(store, d_from, d_to, Viewer(is_head=True), out, log=False)
            seconds = time.perf_counter() - t0
            size = out.stat().st_size
    finally:
        store.close()
    return {"rows": res.rows, "pages": res.pages, "seconds": seconds, "peak_rss_mb": peak_rss_mb(),
            "size_mb": size / 2**20, "counted": n}


def _spawn(dir_: Path, rows: int) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-m", "bench.bench_print", "--dir", str(dir_),
                          "--child-logbook", str(rows)], check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def bare_page_ms(runs: int) -> Stats:
    """A bare reportlab page with the same font, embedded: the floor of any PDF."""
    from reportlab.pdfgen.canvas import Canvas

    from app.printing import fonts

    fonts.register()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        buf = io.BytesIO()
        c = Canvas(buf, pageCompression=1, initialFontName=fonts.SERIF)
        c.setFont(fonts.SERIF, 13)
        c.drawString(72, 720, "Giấy biên nhận: Nguyễn Văn Đức, phường Láng, Hà Nội")
        c.showPage()
        c.save()
        times.append((time.perf_counter() - t0) * 1000)
    return Stats.of(times)


def receipt_ms(dir_: Path, runs: int) -> tuple[float, Stats, int]:
    from app.services import printing, visits
    from app.services.common import Viewer
    from app.storage.store import open_store

    store = open_store(dir_)
    try:
        [row] = visits.list_visits(store, limit=1)
        viewer = Viewer(row_officer(store, row.id), is_head=True)
        t0 = time.perf_counter()
        first = printing.render_form(store, "receipt", row.id, viewer, kind="visit", log=False)
        first_ms = (time.perf_counter() - t0) * 1000
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            printing.render(store, "receipt", row.id, viewer, kind="visit", log=False)
            times.append((time.perf_counter() - t0) * 1000)
    finally:
        store.close()
    return first_ms, Stats.of(times), first.pages


def row_officer(store, visit_id):  # type: ignore[no-untyped-def]
    from app.services import visits

    return visits.get_visit(store, visit_id).officer_id


def run(dir_: Path, runs: int, rows: int) -> Report:
    report = Report("Printing")
    first, receipt, pages = receipt_ms(dir_, runs)
    bare = bare_page_ms(runs)
    print(f"  receipt ({pages} pages): {receipt}; first render {first:.0f} ms")
    print(f"  bare reportlab page, same font: {bare}")
    report.add(f"Receipt PDF ({pages} copies), median warm", receipt.p50, "ms", RECEIPT_P50_MS,
               note=f"p95 {receipt.p95:.1f} ms; first render {first:.0f} ms", issue=True)
    report.add("Bare reportlab page, same font, median", bare.p50, "ms",
               note=f"same run; receipt = {receipt.p50 / bare.p50:.1f}× bare")
    big = _spawn(dir_, rows)
    small = _spawn(dir_, max(rows // 5, 1))
    print(f"  logbook {big['rows']:,.0f} rows, {big['pages']:,.0f} pages: {big['seconds']:.2f} s, "
          f"peak RSS {big['peak_rss_mb']:.0f} MB, {big['size_mb']:.1f} MB PDF")
    print(f"  logbook {small['rows']:,.0f} rows, {small['pages']:,.0f} pages: {small['seconds']:.2f} s, "
          f"peak RSS {small['peak_rss_mb']:.0f} MB")
    report.add(f"Logbook {big['rows']:,.0f} rows ({big['pages']:,.0f} pages) to PDF", big["seconds"],
               "s", LOGBOOK_S, note=f"{big['size_mb']:.1f} MB file", issue=True)
    report.add(f"Logbook {big['rows']:,.0f} rows, peak RSS of its process", big["peak_rss_mb"], "MB",
               note=f"{small['rows']:,.0f} rows: {small['peak_rss_mb']:.0f} MB, "
                    f"{small['seconds']:.2f} s")
    return report


def _demo_store(dir_: Path, visits: int) -> None:
    """A store of `visits` demo visits logged through the services (made once, then reused)."""
    from app.services import visits as visit_service
    from app.services.demo import fill_demo
    from app.storage.store import open_store

    store = open_store(dir_)
    try:
        have = visit_service.count_visits(store) if _initialised(store) else 0
        if have < visits:
            print(f"Logging {visits - have:,} demo visits in {dir_} …", flush=True)
            t0 = time.perf_counter()
            fill_demo(store, visits - have, seed=7, petitions=0)
            print(f"  done in {time.perf_counter() - t0:.0f} s", flush=True)
    finally:
        store.close()


def _initialised(store) -> bool:  # type: ignore[no-untyped-def]
    from app.services.office import is_initialised

    return bool(is_initialised(store))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.bench_print")
    p.add_argument("--dir", type=Path, help="store (default: demo visits in "
                                            "bench/out/store-print, made if missing)")
    p.add_argument("--runs", type=int, default=40)
    p.add_argument("--rows", type=int, default=5000)
    p.add_argument("--json", type=Path, help="also write the figures to this file")
    p.add_argument("--child-logbook", type=int, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    dir_ = args.dir
    if dir_ is None:
        dir_ = PRINT_STORE_DIR
        _demo_store(dir_, args.rows + 500)
    if args.child_logbook:
        print(json.dumps(child_logbook(dir_, args.child_logbook)))
        return 0
    report = run(dir_, args.runs, args.rows)
    print()
    print_report(report.rows, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
