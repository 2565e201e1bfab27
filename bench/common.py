"""Small helpers shared by the benchmarks: timing statistics, memory, tables."""

from __future__ import annotations

import json
import math
import os
import resource
import statistics
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
OUT_DIR = BENCH_DIR / "out"
DEFAULT_STORE_DIR = OUT_DIR / "store-1m"
QUICK_STORE_DIR = OUT_DIR / "store-quick"


def percentile(values: Sequence[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100) of a non-empty sample."""
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


@dataclass
class Stats:
    n: int
    p50: float
    p95: float
    max: float
    mean: float

    @classmethod
    def of(cls, values_ms: Sequence[float]) -> Stats:
        return cls(len(values_ms), percentile(values_ms, 50), percentile(values_ms, 95),
                   max(values_ms), statistics.fmean(values_ms))

    def __str__(self) -> str:
        return (f"n={self.n} p50={self.p50:.1f} ms p95={self.p95:.1f} ms "
                f"max={self.max:.1f} ms mean={self.mean:.1f} ms")


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident set size (ru_maxrss is KiB on Linux, bytes on macOS)."""
    rss = resource.getrusage(who).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def current_rss_mb() -> float | None:
    try:
        import psutil
    except ImportError:  # psutil is a dev extra
        return None
    return float(psutil.Process(os.getpid()).memory_info().rss) / (1024 * 1024)


@dataclass
class Row:
    """One line of the results table."""

    name: str
    value: float | None
    unit: str
    target: float | None = None  # value must be <= target
    note: str = ""
    issue: bool = False  # one of the issue's targets (★); the others are budgets we set

    @property
    def label(self) -> str:
        return ("★ " if self.issue else "  ") + self.name

    @property
    def verdict(self) -> str:
        if self.target is None or self.value is None:
            return ""
        return "PASS" if self.value <= self.target else "FAIL"


@dataclass
class Report:
    title: str
    rows: list[Row] = field(default_factory=list)

    def add(self, name: str, value: float | None, unit: str, target: float | None = None,
            note: str = "", *, issue: bool = False) -> Row:
        row = Row(name, value, unit, target, note, issue)
        self.rows.append(row)
        return row


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "n/a"
    if unit == "×":
        return f"{value:.2f}×"
    if unit in ("ms", "MB", "s"):
        return f"{value:,.1f} {unit}"
    return f"{value:,.0f} {unit}".strip()


def format_table(rows: Sequence[Row]) -> str:
    header = ("Measure", "Value", "Target", "Verdict", "Note")
    cells = [
        (r.label, _fmt(r.value, r.unit), f"≤ {_fmt(r.target, r.unit)}" if r.target is not None
         else "", r.verdict, r.note)
        for r in rows
    ]
    widths = [max(len(h), *(len(c[i]) for c in cells)) if cells else len(h)
              for i, h in enumerate(header)]
    line = "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))
    out = [line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(c.ljust(w) for c, w in zip(cell, widths, strict=True)) for cell in cells]
    return "\n".join(out)


def summary(rows: Sequence[Row]) -> str:
    def count(sel: list[Row]) -> str:
        judged = [r for r in sel if r.verdict]
        return f"{sum(r.verdict == 'PASS' for r in judged)} of {len(judged)} met"

    return (f"Issue targets (★): {count([r for r in rows if r.issue])}; "
            f"other budgets: {count([r for r in rows if not r.issue])}.")


def markdown_table(rows: Sequence[Row]) -> str:
    out = ["| Measure | Value | Target | Verdict | Note |", "|---|---|---|---|---|"]
    for r in rows:
        target = f"≤ {_fmt(r.target, r.unit)}" if r.target is not None else ""
        verdict = f"**{r.verdict}**" if r.verdict else ""
        out.append(f"| {r.label.strip()} | {_fmt(r.value, r.unit)} | {target} | {verdict} | {r.note} |")
    return "\n".join(out)


def print_report(rows: Sequence[Row], json_path: Path | None = None) -> None:
    """A benchmark's last words: its table and summary, and (--json) its rows for run_all."""
    print(format_table(rows))
    print(summary(rows))
    if json_path:
        json_path.write_text(json.dumps([r.__dict__ for r in rows], ensure_ascii=False, indent=1),
                             encoding="utf-8")


def read_rows(path: Path) -> list[Row]:
    """The rows a benchmark wrote with print_report (none if it did not run)."""
    if not path.exists():
        return []
    return [Row(**r) for r in json.loads(path.read_text(encoding="utf-8"))]
