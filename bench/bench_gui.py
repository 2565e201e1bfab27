"""GUI benchmarks (offscreen): start-up against a bare PySide6 window, the logbook on 1M visits.

    python -m bench.bench_gui --dir DIR [--small-dir DIR] [--runs 5] [--json F]

What the children do in app/ui/main.py: the real start-up path of run_gui up to app.exec():
`_app()`, `open_quick(data_dir)`, `MainWindow(data_dir, conn, None, None)`, `show()`,
`warm_up()`. If those are gone, they fall back to the original contract,
`create_main_window(open_store(dir))`. Either way they rely on `window.logbook.table` (the
QTableView) and `window.logbook.model` (the paged model; `is_exact()` is used when present).

(a)/(b) Start-up: the parent starts a child process and stops its clock at the child's first
output line. The child prints it once logbook rows have been painted, i.e. a paint event on the
table's viewport has been fully handled with rows in the model. The child is either the app
or a bare PySide6 QMainWindow with a 50-row QTableView. Both use the same
`python -m bench.bench_gui --child …` entry, run alternately, and are repeated (median). The
app/bare ratio is the issue's target (≤ 1.5×). warm_up() loads the ORM after the first paint
(RESULTS.md §1), so "ready to save" is reported separately.
(c) The logbook on the large store, in a child process: first paint; the background count;
scrolling to the bottom; scrollbar jumps; page-downs; a category filter; text filters. Each
action is timed until the viewport has painted again. (d) That child's peak RSS (ru_maxrss).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.common import (
    DEFAULT_STORE_DIR,
    OUT_DIR,
    Report,
    peak_rss_mb,
    print_report,
)

START_RATIO = 1.5
FIRST_PAINT_MS = 300.0
PEAK_RSS_MB = 250.0
SMALL_STORE_DIR = OUT_DIR / "store-small"
SMALL_SPEC = (5_000, 2_000)  # visits, citizens: a couple of years of a busy ward
PAINT_TIMEOUT_S = 120.0


def _emit(**fields: Any) -> None:
    print(json.dumps(fields), flush=True)


# ----------------------------------------------------------------------------- in the child


class _Painted:
    """Counts paint events of a widget (offscreen Qt still paints into its backing store)."""

    def __init__(self, widget: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        paint = QEvent.Type.Paint
        counter = self

        class Filter(QObject):
            def eventFilter(self, obj: Any, event: Any) -> bool:
                if event.type() == paint:
                    counter.count += 1
                return False

        self.count = 0
        self._filter = Filter()
        widget.installEventFilter(self._filter)

    def wait(self, app: Any, since: int) -> None:
        """Process events until a paint event after `since` has been fully handled."""
        deadline = time.monotonic() + PAINT_TIMEOUT_S
        while self.count <= since:
            app.processEvents()
            if time.monotonic() > deadline:
                raise TimeoutError("no paint event")


def _child_bare() -> None:
    t0 = time.perf_counter()
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv)
    window = QMainWindow()
    table = QTableView(window)
    model = QStandardItemModel(50, 10, window)
    for r in range(50):
        for c in range(10):
            model.setItem(r, c, QStandardItem(f"{r}/{c}"))
    table.setModel(model)
    window.setCentralWidget(table)
    window.resize(1280, 720)
    painted = _Painted(table.viewport())
    t_build = time.perf_counter()
    window.show()
    painted.wait(app, 0)
    t_paint = time.perf_counter()
    _emit(event="painted", rows=model.rowCount(), in_process_ms=(t_paint - t0) * 1000,
          show_to_paint_ms=(t_paint - t_build) * 1000, peak_rss_mb=peak_rss_mb())


def _app_instance() -> Any:
    """The app's own QApplication set-up when it offers one (locale, names), else a plain one."""
    from PySide6.QtWidgets import QApplication

    from app.ui import main

    make = getattr(main, "_app", None)
    return make() if callable(make) else (QApplication.instance() or QApplication(sys.argv))


def _open_window(store_dir: Path) -> tuple[Any, Any, _Painted, dict[str, float]]:
    """What run_gui does up to app.exec(), stopping the clock when logbook rows are painted.

    The real start-up path (app/ui/main.py: open_quick, MainWindow(data_dir, conn, None, …),
    show, warm_up) when the module offers it; otherwise the contract create_main_window(store).
    """
    t0 = time.perf_counter()
    from app.ui import main

    t_import = time.perf_counter()
    app = _app_instance()
    quick = getattr(main, "open_quick", None)
    if quick is not None and hasattr(main, "MainWindow"):
        conn = quick(store_dir)
        if conn is None:
            raise SystemExit(f"{store_dir} needs the slow start (migration or set-up)")
        t_store = time.perf_counter()
        window = main.MainWindow(store_dir, conn, None, None)
    else:
        from app.storage.store import open_store

        store = open_store(store_dir)
        t_store = time.perf_counter()
        window = main.create_main_window(store)
    t_window = time.perf_counter()
    warm_up = getattr(window, "warm_up", None)
    painted = _Painted(window.logbook.table.viewport())
    model = window.logbook.model
    window.show()
    if warm_up is not None:
        warm_up()  # as run_gui does, right after show()
    seen = 0
    while True:  # a model that counts in the background may paint a placeholder first
        painted.wait(app, seen)
        seen = painted.count
        if model.rowCount() > 0 and model.index(0, 0).data():
            break
        if time.perf_counter() - t_window > PAINT_TIMEOUT_S:
            raise SystemExit("no logbook rows painted: empty store?")
    t_paint = time.perf_counter()
    phases = {
        "in_process_ms": (t_paint - t0) * 1000,
        "import_ms": (t_import - t0) * 1000,
        "open_store_ms": (t_store - t_import) * 1000,  # QApplication + opening the store
        "create_window_ms": (t_window - t_store) * 1000,
        "show_to_paint_ms": (t_paint - t_window) * 1000,
        "first_paint_ms": (t_paint - t_import) * 1000,  # QApplication + store + window + paint
    }
    phases["t0"] = t0
    return app, window, painted, phases


def _orm_ready(app: Any, window: Any, t0: float) -> float:
    """Ready to save: the ORM and the write side loaded (warm_up, or on first use)."""
    _wait(app, lambda: getattr(window, "_store", True) is not None)
    return (time.perf_counter() - t0) * 1000


def _wait(app: Any, done: Any, timeout: float = PAINT_TIMEOUT_S) -> float:
    """Process events until done() (e.g. a background count); returns the time it took."""
    t = time.perf_counter()
    while not done():
        app.processEvents()
        time.sleep(0.001)
        if time.perf_counter() - t > timeout:
            raise TimeoutError("timed out")
    return (time.perf_counter() - t) * 1000


def _exact(model: Any) -> Any:
    """done() for a model that counts in the background (is_exact); always true otherwise."""
    return model.is_exact if hasattr(model, "is_exact") else (lambda: True)


def _close(window: Any) -> None:
    if hasattr(window, "close_store"):
        window.close_store()
    elif hasattr(window, "store"):
        window.store.close()


def _child_app(store_dir: Path) -> None:
    app, window, _painted, phases = _open_window(store_dir)
    t0 = phases.pop("t0")
    _emit(event="painted", **phases)  # the parent stops its clock on this line
    count_ms = _wait(app, _exact(window.logbook.model))
    _emit(event="ready", rows=window.logbook.model.rowCount(), count_after_paint_ms=count_ms,
          orm_ready_ms=_orm_ready(app, window, t0), peak_rss_mb=peak_rss_mb())
    _close(window)


def _timed_paint(app: Any, painted: _Painted, action: Any) -> float:
    since = painted.count
    t = time.perf_counter()
    action()
    painted.wait(app, since)
    return (time.perf_counter() - t) * 1000


def _child_logbook(store_dir: Path, jumps: int) -> None:
    app, window, painted, phases = _open_window(store_dir)
    t0 = phases.pop("t0")
    lb = window.logbook
    table, model = lb.table, lb.model
    sb = table.verticalScrollBar()
    exact = _exact(model)
    out: dict[str, Any] = {**phases, "count_after_paint_ms": _wait(app, exact),
                           "orm_ready_ms": _orm_ready(app, window, t0)}
    rows = out["rows"] = model.rowCount()
    app.processEvents()
    out["bottom_ms"] = _timed_paint(app, painted, table.scrollToBottom)
    last = model.index(rows - 1, 0).data()
    out["bottom_row"] = last
    out["top_ms"] = _timed_paint(app, painted, table.scrollToTop)
    rng = random.Random(7)
    jump_ms = []
    for _ in range(jumps):
        value = rng.randrange(sb.minimum(), sb.maximum() + 1)
        jump_ms.append(_timed_paint(app, painted, lambda v=value: sb.setValue(v)))
    out["jump_ms"] = jump_ms
    table.scrollToTop()
    app.processEvents()
    step_ms = []  # page-down scrolling near the top, as an officer reads the latest visits
    for _ in range(30):
        step_ms.append(_timed_paint(app, painted, lambda: sb.setValue(sb.value() + sb.pageStep())))
    out["step_ms"] = step_ms
    # Filters through the page's own widgets (beyond the contract: skipped if they change).
    cat = getattr(lb, "category_filter", None)
    tc = cat.findData("TC") if cat is not None else -1
    if tc >= 0:
        out["filter_tc_ms"] = _timed_paint(app, painted, lambda: cat.setCurrentIndex(tc))
        out["filter_tc_count_ms"] = _wait(app, exact)
        out["filter_tc_rows"] = model.rowCount()
        out["filter_tc_bottom_ms"] = _timed_paint(app, painted, table.scrollToBottom)
        out["filter_clear_ms"] = _timed_paint(app, painted, lambda: cat.setCurrentIndex(0))
    if hasattr(lb, "search") and hasattr(lb, "apply_filters"):
        def type_text(t: str) -> Any:
            def go() -> None:
                lb.search.setText(t)
                lb.apply_filters()  # what the debounce timer does 250 ms later
            return go

        out["text_ngu_ms"] = _timed_paint(app, painted, type_text("ngu"))
        out["text_ngu_count_ms"] = _wait(app, exact)
        out["text_ngu_rows"] = model.rowCount()
        out["text_ngu_bottom_ms"] = _timed_paint(app, painted, table.scrollToBottom)
        out["text_name_ms"] = _timed_paint(app, painted, type_text("nguyen van duc"))
        out["text_name_count_ms"] = _wait(app, exact)
        out["text_name_rows"] = model.rowCount()
        out["text_clear_ms"] = _timed_paint(app, painted, type_text(""))
    out["peak_rss_mb"] = peak_rss_mb()
    _emit(event="logbook", **out)
    _close(window)


# ----------------------------------------------------------------------------- in the parent


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    root = str(Path(__file__).resolve().parent.parent)
    env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def _run_child(args: list[str], timeout: float = 600) -> tuple[float, dict[str, Any]]:
    """Wall time from spawning the child to its first JSON line, and all its lines merged."""
    cmd = [sys.executable, "-m", "bench.bench_gui", "--child", *args]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=_child_env(), cwd=Path(__file__).resolve().parent.parent)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    wall = (time.perf_counter() - t0) * 1000
    try:
        rest, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise
    if proc.returncode != 0 or not line:
        raise RuntimeError(f"child {args} failed ({proc.returncode}):\n{err[-3000:]}")
    info: dict[str, Any] = {}
    for text in [line, *rest.splitlines()]:
        if text.startswith("{"):
            info.update(json.loads(text))
    return wall, info


def _evict(store_dir: Path) -> bool:
    from app.paths import DB_FILENAME
    from bench.bench_services import evict_from_page_cache

    return evict_from_page_cache(store_dir / DB_FILENAME)


def bench_startup(report: Report, store_dir: Path, runs: int) -> None:
    _run_child(["bare"])  # warm the OS caches (Qt libraries, .pyc files) for both
    _run_child(["app", "--store", str(store_dir)])
    bare, app, app_info, bare_rss = [], [], [], []
    for _ in range(runs):
        wall, bare_info = _run_child(["bare"])
        bare.append(wall)
        bare_rss.append(bare_info["peak_rss_mb"])
        wall, info = _run_child(["app", "--store", str(store_dir)])
        app.append(wall)
        app_info.append({**info, "wall_ms": wall})
    b, a = statistics.median(bare), statistics.median(app)
    label = _size(app_info[0]["rows"])
    print(f"  start-up [{label}]: bare {b:.0f} ms {sorted(round(x) for x in bare)}, "
          f"app {a:.0f} ms {sorted(round(x) for x in app)}")
    med = {k: statistics.median(i[k] for i in app_info) for k in
           ("import_ms", "open_store_ms", "create_window_ms", "show_to_paint_ms",
            "orm_ready_ms", "count_after_paint_ms", "in_process_ms", "wall_ms")}
    print("    app phases (median): " + ", ".join(f"{k} {v:.0f}" for k, v in med.items()))
    med_fp = statistics.median(i["first_paint_ms"] for i in app_info)
    # The ORM is loaded after the paint: from process start ≈ wall − in-process + orm_ready.
    ready = med["wall_ms"] - med["in_process_ms"] + med["orm_ready_ms"]
    report.add(f"Start-up, bare PySide6 window (median of {runs})", b, "ms")
    report.add(f"Start-up, TiepDan to first rows painted [{label}]", a, "ms",
               note=f"imports {med['import_ms']:.0f}, open {med['open_store_ms']:.0f}, "
                    f"window {med['create_window_ms']:.0f}, paint {med['show_to_paint_ms']:.0f} ms")
    report.add(f"Start-up ratio TiepDan / bare [{label}]", a / b, "×", START_RATIO, issue=True)
    report.add(f"Start-up, TiepDan ready to save (ORM loaded) [{label}]", ready, "ms",
               note=f"{ready / b:.2f}× bare")
    report.add(f"Logbook first paint, warm [{label}]", med_fp, "ms", FIRST_PAINT_MS)
    report.add(f"Peak RSS at start [{label}]", statistics.median(i["peak_rss_mb"] for i in app_info),
               "MB", PEAK_RSS_MB, note=f"bare window {statistics.median(bare_rss):.0f} MB")


def _size(rows: int) -> str:
    return f"{rows / 1e6:g}M visits" if rows >= 1_000_000 else f"{rows:,} visits"


def bench_logbook(report: Report, store_dir: Path, jumps: int, cold: bool) -> None:
    if cold and _evict(store_dir):
        wall, info = _run_child(["app", "--store", str(store_dir)])
        report.add(f"Logbook first paint, cold OS cache ({_size(info['rows'])})",
                   info["first_paint_ms"], "ms", FIRST_PAINT_MS,
                   note=f"process start → painted {wall:.0f} ms; exact count "
                        f"{info['count_after_paint_ms']:.0f} ms later", issue=True)
        print(f"  cold first paint: {info['first_paint_ms']:.0f} ms (wall {wall:.0f} ms)")
    _wall, info = _run_child(["logbook", "--store", str(store_dir), "--jumps", str(jumps)])
    j, s = info["jump_ms"], info["step_ms"]
    print(f"  logbook on {info['rows']:,} visits: first paint {info['first_paint_ms']:.0f} ms, "
          f"count {info['count_after_paint_ms']:.0f} ms later, bottom {info['bottom_ms']:.0f} ms "
          f"({info['bottom_row']}), jumps {[round(x) for x in j]}, "
          f"page-down p95 {sorted(s)[int(len(s) * 0.95) - 1]:.0f} ms")
    size = _size(info["rows"])
    report.add(f"Logbook first paint, warm ({size})", info["first_paint_ms"], "ms", FIRST_PAINT_MS,
               note=f"window {info['create_window_ms']:.0f} + paint "
                    f"{info['show_to_paint_ms']:.0f} ms", issue=True)
    report.add("Logbook exact count known, after first paint", info["count_after_paint_ms"],
               "ms", note="background thread; rowCount grows from one page to the total")
    report.add(f"Logbook scroll to bottom ({size})", info["bottom_ms"], "ms", FIRST_PAINT_MS)
    report.add(f"Logbook scrollbar jumps, median of {len(j)}", statistics.median(j), "ms",
               FIRST_PAINT_MS, note=f"max {max(j):.0f} ms")
    report.add("Logbook page-down, max of 30", max(s), "ms", FIRST_PAINT_MS,
               note=f"median {statistics.median(s):.0f} ms")
    if "filter_tc_ms" in info:
        report.add("Logbook category filter TC → painted", info["filter_tc_ms"], "ms",
                   FIRST_PAINT_MS, note=f"{info['filter_tc_rows']:,} rows; exact count "
                                        f"{info['filter_tc_count_ms']:.0f} ms later")
        report.add("Logbook category TC, scroll to bottom", info["filter_tc_bottom_ms"], "ms",
                   FIRST_PAINT_MS)
        report.add("Logbook category filter cleared → painted", info["filter_clear_ms"], "ms",
                   FIRST_PAINT_MS)
    if "text_ngu_ms" in info:
        report.add("Logbook text 'ngu' → painted", info["text_ngu_ms"], "ms", FIRST_PAINT_MS,
                   note=f"{info['text_ngu_rows']:,} rows; exact count "
                        f"{info['text_ngu_count_ms']:.0f} ms later")
        report.add("Logbook text 'ngu', scroll to bottom", info["text_ngu_bottom_ms"], "ms",
                   FIRST_PAINT_MS)
        report.add("Logbook text 'nguyen van duc' → painted", info["text_name_ms"], "ms",
                   FIRST_PAINT_MS, note=f"{info['text_name_rows']:,} rows")
        report.add("Logbook text cleared → painted", info["text_clear_ms"], "ms", FIRST_PAINT_MS)
    report.add(f"Peak RSS of the GUI process ({size}, after all of the above)", info["peak_rss_mb"],
               "MB", PEAK_RSS_MB, issue=True)


def ui_ready() -> bool:
    """True when app/ui/main.py offers create_main_window (the contract above)."""
    main = Path(__file__).resolve().parent.parent / "app" / "ui" / "main.py"
    return main.exists() and "def create_main_window(" in main.read_text(encoding="utf-8")


def run(store_dir: Path, small_dir: Path, runs: int, jumps: int, cold: bool) -> Report:
    from bench.generate import Spec, ensure_store

    report = Report("GUI")
    ensure_store(small_dir, Spec(*SMALL_SPEC), quiet=True)
    bench_startup(report, small_dir, runs)
    bench_startup(report, store_dir, runs)
    bench_logbook(report, store_dir, jumps, cold)
    return report


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.bench_gui")
    p.add_argument("--dir", type=Path, default=DEFAULT_STORE_DIR, help="the large store")
    p.add_argument("--small-dir", type=Path, default=SMALL_STORE_DIR)
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--jumps", type=int, default=10)
    p.add_argument("--no-cold", action="store_true", help="skip the cold-cache first paint")
    p.add_argument("--json", type=Path)
    p.add_argument("--child", choices=["bare", "app", "logbook"], help=argparse.SUPPRESS)
    p.add_argument("--store", type=Path, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child == "bare":
        _child_bare()
        return 0
    if args.child == "app":
        _child_app(args.store)
        return 0
    if args.child == "logbook":
        _child_logbook(args.store, args.jumps)
        return 0
    if not ui_ready():
        print("app/ui/main.py has no create_main_window yet: GUI benchmarks skipped.")
        return 0
    report = run(args.dir, args.small_dir, args.runs, args.jumps, not args.no_cold)
    print()
    print_report(report.rows, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
