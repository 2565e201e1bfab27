"""Every benchmark, one table: `python -m bench.run_all [--dir DIR] [--quick]` (`make bench`).

1. bench.generate builds (or reuses) the synthetic store: 1,000,000 visits and 300,000
   citizens in bench/out/store-1m (about 3 minutes the first time, ~2.2 GB);
   --quick: 100,000 visits and 30,000 citizens in bench/out/store-quick.
2. bench.bench_services: save a visit, search, logbook pages, form look-ups.
3. bench.bench_print: one receipt beside a bare reportlab page, a 5,000-row logbook to PDF
   (time and the peak RSS of its own process).
3b. bench.bench_reports: adds 500,000 petitions to the store (bench.generate_petitions, once;
   --quick: 50,000), then a year's 01/TCD and 01/XLD (and the other tables, the outputs).
3c. bench.bench_sync: a sync export of 100,000 changes and an import of 50 offices × 2,000
   changes into SQLite and PostgreSQL (a throwaway server), each beside gzip + age alone.
4. bench.bench_gui (offscreen Qt): start-up against a bare PySide6 window, the logbook's first
   paint, scrolling and filters on the large store, the GUI process's peak RSS.

Each step runs in its own process, so each peak RSS is its own. Results also go to
bench/out/results-<date>.json and .md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from bench.common import (
    DEFAULT_STORE_DIR,
    OUT_DIR,
    QUICK_STORE_DIR,
    format_table,
    markdown_table,
    read_rows,
    summary,
)

ROOT = Path(__file__).resolve().parent.parent


def machine() -> dict[str, Any]:
    info: dict[str, Any] = {
        "date": datetime.now().astimezone().isoformat(timespec="seconds"),
        "nproc": os.cpu_count(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "platform": platform.platform(),
    }
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            info["cpu"] = next((ln.split(":", 1)[1].strip() for ln in f
                                if ln.startswith("model name")), "")
        with open("/proc/meminfo", encoding="utf-8") as f:
            kb = int(next(ln for ln in f if ln.startswith("MemTotal")).split()[1])
            info["ram_gb"] = round(kb / 2**20, 1)
    except (OSError, StopIteration, ValueError):
        pass
    try:
        import PySide6
        import sqlalchemy

        info["pyside6"] = PySide6.__version__
        info["sqlalchemy"] = sqlalchemy.__version__
    except ImportError:
        pass
    return info


def _step(title: str, args: list[str], env: dict[str, str]) -> None:
    print(f"\n=== {title}: {' '.join(args)}", flush=True)
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", *args], check=True, cwd=ROOT, env=env)
    print(f"=== {title} done in {time.perf_counter() - t:.0f} s", flush=True)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.run_all", description=__doc__.split("\n")[0])
    p.add_argument("--dir", type=Path, help="store directory (default bench/out/store-1m, "
                                            "or bench/out/store-quick with --quick)")
    p.add_argument("--quick", action="store_true", help="100k visits, fewer repetitions")
    p.add_argument("--visits", type=int)
    p.add_argument("--citizens", type=int)
    p.add_argument("--no-gui", action="store_true", help="skip the Qt benchmarks")
    args = p.parse_args(argv)
    visits = args.visits or (100_000 if args.quick else 1_000_000)
    citizens = args.citizens or (30_000 if args.quick else 300_000)
    store = args.dir or (QUICK_STORE_DIR if args.quick else DEFAULT_STORE_DIR)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"]
                                     if env.get("PYTHONPATH") else "")
    info = machine()
    print(json.dumps(info, indent=1))

    _step("Store", ["bench.generate", "--dir", str(store), "--visits", str(visits),
                    "--citizens", str(citizens)], env)
    svc_json = OUT_DIR / f"services-{stamp}.json"
    n = "50" if args.quick else "200"
    _step("Services", ["bench.bench_services", "--dir", str(store), "--saves", n,
                       "--queries", n, "--json", str(svc_json)], env)
    print_json = OUT_DIR / f"print-{stamp}.json"
    _step("Print", ["bench.bench_print", "--dir", str(store), "--runs", "20" if args.quick else "40",
                    "--json", str(print_json)], env)
    reports_json = OUT_DIR / f"reports-{stamp}.json"
    _step("Reports", ["bench.bench_reports", "--dir", str(store), "--petitions",
                      "50000" if args.quick else "500000", "--runs", "3" if args.quick else "5",
                      "--json", str(reports_json)], env)
    stats_json = OUT_DIR / f"statistics-{stamp}.json"
    _step("Statistics", ["bench.bench_statistics", "--dir", str(store), "--runs",
                         "2" if args.quick else "3", "--json", str(stats_json)], env)
    sync_json = OUT_DIR / f"sync-{stamp}.json"
    _step("Sync", ["bench.bench_sync", "--changes", "20000" if args.quick else "100000",
                   "--offices", "10" if args.quick else "50", "--json", str(sync_json)], env)
    gui_json = OUT_DIR / f"gui-{stamp}.json"
    if not args.no_gui:
        from bench.bench_gui import ui_ready

        if ui_ready():
            _step("GUI", ["bench.bench_gui", "--dir", str(store), "--runs",
                          "3" if args.quick else "5", "--json", str(gui_json)], env)
        else:
            print("\napp/ui/main.py has no create_main_window yet: GUI benchmarks skipped.")

    rows = (read_rows(svc_json) + read_rows(print_json) + read_rows(reports_json)
            + read_rows(stats_json) + read_rows(sync_json) + read_rows(gui_json))
    print(f"\n=== All results ({visits:,} visits, {citizens:,} citizens; "
          f"{info.get('nproc')} CPUs, {info.get('ram_gb')} GB RAM)\n")
    print(format_table(rows))
    print("\n" + summary(rows))
    md = OUT_DIR / f"results-{stamp}.md"
    md.write_text(f"# Benchmark run {info['date']}\n\n```\n{json.dumps(info, indent=1)}\n```\n\n"
                  + markdown_table(rows) + "\n\n" + summary(rows) + "\n", encoding="utf-8")
    (OUT_DIR / f"results-{stamp}.json").write_text(
        json.dumps({"machine": info, "visits": visits, "citizens": citizens,
                    "rows": [r.__dict__ for r in rows]}, ensure_ascii=False, indent=1),
        encoding="utf-8")
    print(f"Written: {md.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
