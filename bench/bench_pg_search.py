"""The upstream's search on PostgreSQL: `python -m bench.bench_pg_search [--visits N]`.

A demo ward's book (through the services) is imported into a PostgreSQL upstream (a throwaway
server, tests/pgserver.py), then its visits are copied in SQL with new ids, numbers and
search_keys up to N visits (their persons are not copied: the list's rows show no name, the
search reads only the visit's folded search_text). The logbook's search (first page of 200,
newest entry first, and the count) is timed with migration 0014's trigram index and without it.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

from app.services import office, visits
from app.services.common import Viewer
from app.services.demo import fill_demo
from app.storage.store import open_store
from app.sync import inbox, keys, outbox
from tests.helpers import NOW

HEAD = Viewer(None, is_head=True)
SEARCHES = ("nguyen van", "ngu", "dat dai", "phuong lang", "zzqx", "0912")


def _timed(fn, repeat: int = 5) -> float:  # type: ignore[no-untyped-def]
    fn()
    return statistics.median(_once(fn) for _ in range(repeat)) * 1000


def _once(fn) -> float:  # type: ignore[no-untyped-def]
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def run(root: Path, n: int) -> None:
    from tests.pgserver import Cluster

    cluster = Cluster().start()
    try:
        up = open_store(root / "up", cluster.new_database())
        office.init_office(up, "HN-BTCD", "Ban Tiếp công dân thành phố Hà Nội")
        keys.init_keys(up, upstream=True)
        keys.export_public(up, root / "up.json")
        ward = open_store(root / "ward")
        office.init_office(ward, "00163", "UBND phường Láng", "Ban Tiếp công dân")
        keys.init_keys(ward)
        fill_demo(ward, 500, now=NOW, petitions=0)
        keys.import_upstream(ward, root / "up.json")
        keys.export_public(ward, root / "ward.json")
        keys.enrol(up, root / "ward.json")
        path = outbox.export(ward, root / "usb").path
        assert path is not None
        inbox.import_files(up, [path], root / "r")
        ward.close()
        with up.engine.begin() as conn:
            cols = [r[0] for r in conn.execute(text(
                "SELECT column_name FROM information_schema.columns WHERE table_name = 'visit' "
                "ORDER BY ordinal_position"))]
            base = conn.execute(text("SELECT count(*), max(search_key), max(seq) FROM visit")
                                ).one()
            copies = max(0, n // base[0] - 1)
            fresh = {"id": "gen_random_uuid()", "seq": f"seq + k * {base[2] + 1}",
                     "search_key": f"search_key + k * {base[1] + 1}"}
            values = ", ".join(fresh.get(c, c) for c in cols)
            conn.execute(text(f"INSERT INTO visit ({', '.join(cols)}) SELECT {values} FROM visit "
                              f"CROSS JOIN generate_series(1, {copies}) AS k"))
            conn.execute(text("ANALYZE visit"))
            total = conn.execute(text("SELECT count(*) FROM visit")).scalar()
        print(f"{total:,} visits on PostgreSQL ({cluster.bin.parent.name})")
        print(f"{'search':<14} {'page, index':>12} {'page, none':>11} {'count, index':>13} "
              f"{'count, none':>12} {'found':>9}")
        rows = {}
        for label in ("index", "none"):
            if label == "none":
                with up.engine.begin() as conn:
                    conn.execute(text("DROP INDEX ix_visit_search_trgm"))
            for typed in SEARCHES:
                q = visits.LogbookQuery(text=typed)
                page = _timed(lambda q=q: visits.list_visits(up, q, 0, 200, HEAD))
                count = _timed(lambda q=q: visits.count_visits(up, q, HEAD), 3)
                rows.setdefault(typed, []).extend([page, count])
        for typed in SEARCHES:
            pi, ci, pn, cn = rows[typed]
            found = visits.count_visits(up, visits.LogbookQuery(text=typed), HEAD)
            print(f"{typed:<14} {pi:>9.1f} ms {pn:>8.1f} ms {ci:>10.1f} ms {cn:>9.1f} ms "
                  f"{found:>9,}")
        up.close()
    finally:
        cluster.stop()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.bench_pg_search")
    p.add_argument("--visits", type=int, default=100_000)
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="tiepdan-bench-pgsearch-") as tmp:
        run(Path(tmp), args.visits)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
