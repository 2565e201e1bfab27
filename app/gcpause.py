"""The cyclic garbage collector paused around work that makes many small objects and no cycles
(a report's counting, a sync batch's reading and encoding): its passes over a growing heap cost
as much as the work itself (bench/RESULTS.md: reports 1.6–2.0 s → 1.1 s; export encoding 20–40 %).
Reference counting still frees everything."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Back on after, unless it was off before (what someone else turned off stays off)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
