"""Encryption at rest: save-a-visit and open time on an encrypted copy of a store vs the store.

    python -m bench.bench_encryption --dir DIR [--saves 200]

DIR is a generated store (python -m bench.generate --dir DIR --visits 100000 …). It is copied
next to itself, the copy converted the way `encryption.enable` does it (app/storage/encrypt.py,
without user accounts so that the same writes run), and the save benchmark of bench_services
runs on both, twice each, alternating (the machine's load drifts).
"""

from __future__ import annotations

import argparse
import shutil
import time
from pathlib import Path

from app.paths import DB_FILENAME
from app.storage import dbfile, encrypt, keyring
from app.storage.store import open_store
from bench.bench_services import bench_saves
from bench.common import Report, format_table


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--dir", type=Path, required=True)
    p.add_argument("--saves", type=int, default=200)
    args = p.parse_args(argv)
    plain: Path = args.dir
    enc = plain.with_name(plain.name + "-encrypted")
    shutil.rmtree(enc, ignore_errors=True)
    shutil.copytree(plain, enc)
    key = keyring.new_data_key()
    started = time.perf_counter()
    encrypt.encrypt_in_place(enc / DB_FILENAME, key)
    report = Report("Encryption at rest")
    report.add("Convert the store", time.perf_counter() - started, "s",
               note=f"{(enc / DB_FILENAME).stat().st_size / 1e6:.0f} MB")
    dbfile.remember_key(enc / DB_FILENAME, key)
    for round_ in (1, 2):
        for name, dir_ in (("plaintext", plain), ("encrypted", enc)):
            started = time.perf_counter()
            store = open_store(dir_)
            opened = (time.perf_counter() - started) * 1000
            part = Report(name)
            bench_saves(store, args.saves, part, 7 + round_, False, None)
            store.close()
            report.add(f"{name} #{round_}: open_store", opened, "ms")
            for row in part.rows[:2]:
                report.add(f"{name} #{round_}: {row.label}", row.value, row.unit, row.target)
    print(format_table(report.rows))
    shutil.rmtree(enc, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
