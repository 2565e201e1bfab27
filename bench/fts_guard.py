"""Migration 0013's guard on the FTS update triggers, A/B on the same code and the same batches:
`python -m bench.fts_guard [--offices N] [--per N] [--rounds N]`.

bench/bench_sync.py compares whole code versions run one after the other, which on a shared
2-CPU machine is mostly noise; here the only difference is the trigger. The same ward batches
(bench_sync's real changes) are imported into copies of one upstream store: as it is (0013,
guarded) and with 0012's unguarded `*_fts_au` triggers recreated; then the database floor's
rows (bench/sync_floor.py, `rows`) likewise. Variants alternate each round (A B, B A, …); wall
and process CPU time. Last, a counting pass: how often the update triggers fired and how often
the text or key really changed (the FTS rewrites the guard saves are the difference).
"""

from __future__ import annotations

import argparse
import importlib
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine

from app.services import office
from app.storage import dbfile
from app.storage.store import open_store
from app.sync import inbox, keys, outbox
from bench import sync_floor
from bench.bench_sync import UP_CODE, Cloner, _template, _ward

M13: Any = importlib.import_module(
    "app.storage.migrations.versions.0013_fts_update_triggers_only_on_changed_text")


def unguard(db: Path) -> None:
    conn = dbfile.connect(db)
    for t in M13.TABLES:
        conn.execute(f"DROP TRIGGER {t}_fts_au")
        conn.execute(M13.trigger_sql(t, guarded=False))
    conn.commit()
    conn.close()


def _count(root: Path, files: list[Path]) -> list[tuple[str, int, int]]:
    d = root / "count"
    shutil.copytree(root / "up", d)
    conn = dbfile.connect(d / "tiepdan.sqlite3")
    conn.execute("CREATE TABLE fts_count (t TEXT PRIMARY KEY, fired INT, changed INT)")
    for t in M13.TABLES:
        conn.execute("INSERT INTO fts_count VALUES (?, 0, 0)", (t,))
        conn.execute(f"CREATE TRIGGER count_{t} AFTER UPDATE OF search_text, search_key ON {t} "
                     "BEGIN UPDATE fts_count SET fired = fired + 1, changed = changed + "
                     "(old.search_text IS NOT new.search_text OR old.search_key IS NOT "
                     f"new.search_key) WHERE t = '{t}'; END")
    conn.commit()
    conn.close()
    s = open_store(d)
    inbox.import_files(s, files, d / "receipts")
    s.close()
    conn = dbfile.connect(d / "tiepdan.sqlite3")
    try:
        return [(str(t), int(f), int(c)) for t, f, c in
                conn.execute("SELECT t, fired, changed FROM fts_count ORDER BY t")]
    finally:
        conn.close()


def run(root: Path, offices: int, per: int, rounds: int) -> None:
    template, ids, officers = _template(root)
    cloner = Cloner(template, ids["office"], officers)
    up = open_store(root / "up")
    office.init_office(up, UP_CODE, "Ban Tiếp công dân thành phố Hà Nội")
    keys.init_keys(up, upstream=True)
    keys.export_public(up, root / "up.json")
    files: list[Path] = []
    for i in range(offices):
        code = f"{10000 + i:05d}"
        w = _ward(root, code, cloner, per, root / "up.json")
        keys.export_public(w, root / f"{code}.json")
        keys.enrol(up, root / f"{code}.json")
        path = outbox.export(w, root / "usb").path
        assert path is not None
        files.append(path)
        w.close()
    identities = keys.age_identities(up)
    up.close()
    batches = sync_floor.decoded(files, identities)
    ftemplate = sync_floor.fresh_store(root / "floor-template", UP_CODE, "x")
    dialect = create_engine("sqlite://", module=dbfile.driver).dialect
    work = sync_floor.prepare(batches, dialect, sync_floor.first_keys(ftemplate))
    out: dict[str, list[tuple[float, float, float, float]]] = {"guarded": [], "unguarded": []}
    for r in range(rounds):
        for variant in ("guarded", "unguarded") if r % 2 == 0 else ("unguarded", "guarded"):
            d = root / f"run-{r}-{variant}"
            shutil.copytree(root / "up", d)
            if variant == "unguarded":
                unguard(d / "tiepdan.sqlite3")
            s = open_store(d)
            t, c = time.perf_counter(), time.process_time()
            res = inbox.import_files(s, files, d / "receipts")
            wall, cpu = time.perf_counter() - t, time.process_time() - c
            assert all(x.status == "applied" and not x.problems for x in res)
            s.close()
            shutil.rmtree(d)
            fd = root / f"floor-{r}-{variant}"
            fd.mkdir()
            db = fd / ftemplate.name
            shutil.copyfile(ftemplate, db)
            if variant == "unguarded":
                unguard(db)
            fc = time.process_time()
            floor = sync_floor.write(db, work, extra=False, multi=False)
            fcpu = time.process_time() - fc
            shutil.rmtree(fd)
            out[variant].append((wall, cpu, floor, fcpu))
            print(f"round {r} {variant:9s} import wall {wall:6.2f} s cpu {cpu:6.2f} s | "
                  f"floor rows wall {floor:6.2f} s cpu {fcpu:6.2f} s", flush=True)
    changes = work.changes
    print(f"\n{offices} offices × {per:,} changes = {changes:,}; means over {rounds} rounds")
    for variant, runs in out.items():
        cols = list(zip(*runs, strict=True))
        print(f"  {variant:9s} import wall {statistics.mean(cols[0]):6.2f} s, cpu "
              f"{statistics.mean(cols[1]):6.2f} s | floor rows wall "
              f"{statistics.mean(cols[2]):6.2f} s, cpu {statistics.mean(cols[3]):6.2f} s")
    for t, fired, changed in _count(root, files):
        print(f"  {t}: update trigger fired {fired:,} times, text or key changed {changed:,}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.fts_guard")
    p.add_argument("--offices", type=int, default=20)
    p.add_argument("--per", type=int, default=2_000)
    p.add_argument("--rounds", type=int, default=4)
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="tiepdan-bench-fts-") as tmp:
        run(Path(tmp), args.offices, args.per, args.rounds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
