#!/usr/bin/env python3
"""Print the size of the built bundle (dist/TiepDan): the folder, its biggest parts, and the
folder compressed the way it travels (xz, like the installer's LZMA2 solid archive, and zip -9).
A figure to read, not a test: the target is compressed ≤ 90 MB (issue 8).

    scripts/bundle-size.py [FOLDER] [--top N] [--xz-preset 0-9] [--no-compress]

xz -6 (tar -cJf) takes about a minute here; -9 is ~5 % smaller and several times slower.
"""

from __future__ import annotations

import argparse
import sys
import tarfile
import tempfile
import time
import zipfile
from collections import Counter
from pathlib import Path

MB = 1_000_000


def files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and not p.is_symlink()]


def group(rel: Path) -> str:
    """The part a file belongs to: _internal/<package>, or a Qt library / plugin folder."""
    parts = rel.parts
    if parts[:1] != ("_internal",) or len(parts) < 3:
        return str(Path(*parts[:2]))
    if parts[1] == "PySide6" and len(parts) > 4 and parts[2] == "Qt":
        return str(Path(*parts[1:5]))
    return str(Path(*parts[:2]))


def compressed(root: Path, preset: int) -> dict[str, tuple[int, float]]:
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, write in (
            (f"tar.xz (xz -{preset})", lambda p: _tar_xz(root, p, preset)),
            ("zip (deflate -9)", lambda p: _zip(root, p)),
        ):
            target = Path(tmp) / "bundle"
            start = time.perf_counter()
            write(target)
            out[name] = (target.stat().st_size, time.perf_counter() - start)
            target.unlink()
    return out


def _tar_xz(root: Path, target: Path, preset: int) -> None:
    with tarfile.open(target, "w:xz", preset=preset) as tar:
        tar.add(root, arcname=root.name)


def _zip(root: Path, target: Path) -> None:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for p in sorted(files(root)):
            z.write(p, p.relative_to(root.parent))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", default="dist/TiepDan")
    ap.add_argument("--top", type=int, default=15)
    ap.add_argument("--xz-preset", type=int, choices=range(10), default=6)
    ap.add_argument("--no-compress", action="store_true")
    args = ap.parse_args(argv)
    root = Path(args.folder)
    if not root.is_dir():
        print(f"bundle-size: {root} not found (build it with `make installer`)", file=sys.stderr)
        return 1
    all_files = files(root)
    total = sum(p.stat().st_size for p in all_files)
    print(f"{root}: {total / MB:.1f} MB in {len(all_files)} files")
    parts: Counter[str] = Counter()
    for p in all_files:
        parts[group(p.relative_to(root))] += p.stat().st_size
    for name, size in parts.most_common(args.top):
        print(f"  {size / MB:7.1f} MB  {name}")
    if not args.no_compress:
        for name, (size, seconds) in compressed(root, args.xz_preset).items():
            print(f"{name}: {size / MB:.1f} MB ({seconds:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
