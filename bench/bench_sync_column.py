"""The lists' «Đồng bộ» column (app/sync/states.py): `python -m bench.bench_sync_column
[--visits N] [--citizens N] [--jumps N]`.

The store is bench.generate's (citizens, visits, persons bulk-loaded, no change log), given the
change log a ward would have — one change per visit, person and citizen row, as migration 0010's
baseline writes them — and a sync history: 90 % of the changes exported in 10 batches, 80 %
acknowledged, 1 % of the person rows refused, and pinned upstream keys (so the column shows).

Measured, in one offscreen process on the real start-up path (open_quick, MainWindow, show,
warm_up):
* `states.record_states` for a 200-visit page, at random depths (the cost the column adds to
  each newly drawn page);
* the logbook's first paint (the column is added after it, by design), and how long after the
  first paint the column is on screen;
* scrollbar jumps to random depths and page-down steps, the same positions with the column off
  and on, each run on a fresh page cache; with the column, also the time until the states of
  the rows jumped to are painted (they are read right after the rows' own paint).
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from bench.common import OUT_DIR
from bench.generate import Spec, ensure_store

STORE_DIR = OUT_DIR / "store-sync-column"
PAGE = 200


def _prepare(dir_: Path, visits: int, citizens: int) -> None:
    ensure_store(dir_, Spec(visits, citizens, 2026, 4.0), quiet=True)
    db = dir_ / "tiepdan.sqlite3"
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        done = conn.execute("SELECT value FROM store_meta WHERE key = 'bench.sync_column'"
                            ).fetchone()
        if done is not None:
            return
        conn.execute("BEGIN")
        for table, versioned in (("citizen", True), ("visit", True), ("visit_person", False)):
            version = "version" if versioned else "NULL"
            conn.execute(
                "INSERT INTO change_log (entity, entity_id, op, row_version, payload, changed_at,"
                f" actor) SELECT '{table}', id, 'I', {version}, NULL, '2026-01-01T00:00:00Z', ''"
                f" FROM {table} ORDER BY rowid")
        last = conn.execute("SELECT max(seq) FROM change_log").fetchone()[0]
        first = conn.execute("SELECT min(seq) FROM change_log").fetchone()[0]
        exported, acked = first + (last - first) * 9 // 10, first + (last - first) * 8 // 10
        step = (exported - first) // 10 + 1
        lo = first
        for n in range(1, 11):
            hi = min(exported, lo + step - 1)
            conn.execute(
                "INSERT INTO sync_batch (installation_id, batch_seq, batch_id, first_change, "
                "last_change, change_count, header_sha256, file_name, created_at, acked_at) "
                "VALUES ('bench', ?, ?, ?, ?, ?, '', ?, '2026-01-01T00:00:00Z', ?)",
                (n, f"bench-{n}", lo, hi, hi - lo + 1, f"bench-{n}.tdsync",
                 "2026-01-02T00:00:00Z" if hi <= acked else None))
            lo = hi + 1
        refused = {eid: [seq, "bench"] for eid, seq in conn.execute(
            "SELECT entity_id, seq FROM change_log WHERE entity = 'visit_person' AND seq <= ? "
            "AND seq % 100 = 0", (acked,))}
        for key, value in (("sync.acked_seq", str(acked)), ("sync.upstream_bundle", "{}"),
                           ("sync.refused", json.dumps(refused)), ("bench.sync_column", "1")):
            conn.execute("INSERT OR REPLACE INTO store_meta (key, value) VALUES (?, ?)",
                         (key, value))
        conn.execute("COMMIT")
    finally:
        conn.close()


def _ms(t: float) -> float:
    return (time.perf_counter() - t) * 1000


def _summary(values: list[float]) -> str:
    return (f"median {statistics.median(values):.1f} ms, max {max(values):.1f} ms "
            f"(n={len(values)})")


def run(dir_: Path, jumps: int) -> dict[str, Any]:
    from app.storage.quick import open_quick
    from app.sync import states
    from app.ui import main
    from bench.bench_gui import _Painted, _timed_paint, _wait

    out: dict[str, Any] = {}
    conn = open_quick(dir_)
    assert conn is not None, "the store is not at this build's schema head"
    ids = [r[0] for r in conn.execute("SELECT id FROM visit ORDER BY rowid")]
    out["visits"] = len(ids)
    out["change_log"] = conn.execute("SELECT count(*) FROM change_log").fetchone()[0]
    import uuid

    rng = random.Random(5)
    page_ms: list[float] = []
    codes: dict[str, int] = {}
    for _ in range(40):
        at = rng.randrange(0, max(1, len(ids) - PAGE))
        page = [uuid.UUID(hex=i) for i in ids[at:at + PAGE]]
        t = time.perf_counter()
        found = states.record_states(conn, "visit", page)
        page_ms.append(_ms(t))
        for s in found.values():
            codes[s.code] = codes.get(s.code, 0) + 1
    out["record_states_page_ms"] = page_ms
    out["codes"] = codes

    app = main._app()
    t0 = time.perf_counter()
    window = main.MainWindow(dir_, conn, None, None)
    painted = _Painted(window.logbook.table.viewport())
    window.resize(1366, 768)
    window.show()
    window.warm_up()
    painted.wait(app, 0)
    out["first_paint_ms"] = _ms(t0)
    model = window.logbook.model
    t = time.perf_counter()
    _wait(app, lambda: model.columnCount() > len(model.COLUMNS))
    painted.wait(app, painted.count)
    out["column_on_screen_after_first_paint_ms"] = _ms(t)
    _wait(app, model.is_exact)
    table = window.logbook.table
    sb = table.verticalScrollBar()
    fetch = window._states_fetch("visit")
    assert fetch is not None
    pick = random.Random(11)
    positions = [pick.randrange(sb.minimum(), sb.maximum() + 1) for _ in range(jumps)]
    for label, on in (("off", None), ("on", fetch), ("off2", None), ("on2", fetch)):
        window.logbook.show_sync_states(on)
        model.reload()
        _wait(app, model.is_exact)
        table.scrollToTop()
        app.processEvents()
        jump_ms, filled_ms = [], []
        for v in positions:
            t = time.perf_counter()
            jump_ms.append(_timed_paint(app, painted, lambda v=v: sb.setValue(v)))
            if on is not None:  # the states of the rows now on screen, painted
                top, seen = table.rowAt(0), painted.count
                if model.sync_state(top) is None:  # not read yet: read after that paint
                    _wait(app, lambda top=top, seen=seen: model.sync_state(top) is not None
                          and painted.count > seen)
                filled_ms.append(_ms(t))
        out[f"jump_{label}_ms"] = jump_ms
        if filled_ms:
            out[f"filled_{label}_ms"] = filled_ms
        table.scrollToTop()
        app.processEvents()
        out[f"step_{label}_ms"] = [_timed_paint(app, painted, lambda: sb.setValue(
            sb.value() + sb.pageStep())) for _ in range(30)]
    window.close_store()
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.bench_sync_column")
    p.add_argument("--dir", type=Path, default=STORE_DIR)
    p.add_argument("--visits", type=int, default=50_000)
    p.add_argument("--citizens", type=int, default=20_000)
    p.add_argument("--jumps", type=int, default=20)
    args = p.parse_args(argv)
    _prepare(args.dir, args.visits, args.citizens)
    r = run(args.dir, args.jumps)
    print(f"store: {r['visits']:,} visits, {r['change_log']:,} changes; states of the sampled "
          f"rows: {r['codes']}")
    print(f"record_states, one 200-visit page:  {_summary(r['record_states_page_ms'])}")
    print(f"logbook first paint (column off by design): {r['first_paint_ms']:.1f} ms")
    print(f"column on screen, after the first paint:    "
          f"{r['column_on_screen_after_first_paint_ms']:.1f} ms (includes loading the ORM)")
    for kind, name in (("jump", "scrollbar jump → rows painted"),
                       ("filled", "scrollbar jump → states painted"), ("step", "page-down")):
        for label in ("off", "on", "off2", "on2"):
            if f"{kind}_{label}_ms" in r:
                print(f"{name:>32}, column {label:<4}: {_summary(r[f'{kind}_{label}_ms'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
