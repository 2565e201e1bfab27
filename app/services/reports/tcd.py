"""Biểu 01/TCD — reception results (LAW.md §10.2), from the visits of the period.

Blocks by who received: `officer` → regular reception (cols 4–11), `head` → the head in person
(12–20), `deputy` → on the head's behalf (21–29). In each block: visits, persons (the visit's
head-count), matters first-time / repeated, and of which crowds (delegations, persons, matters).

* A matter (vụ việc) is the matter of the petition taken at the visit (petition.matter_id), or
  the visit itself when no petition was taken; it counts once per block and column, so a
  matter received three times by officers in the period is one matter. It is "first-time" in a
  block when one of its visits there is marked first (visit.repeat), else "repeated".
* Sessions (số kỳ tiếp, cols 12 and 21): the days on which the head (deputy) received [I]
  (a visit records no session of its own yet).
* Col 3 adds the blocks' matters (the form's identity), so a matter received both by an officer
  and by the head counts in both blocks.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.services.reports.data import VisitFact
from app.services.reports.layouts import TCD
from app.services.reports.model import Cell, Ref, empty_cells

# First column of each block: visits, persons, first, repeated, crowds, crowd persons,
# crowd first, crowd repeated; and the sessions column (None for regular reception).
BLOCKS = {"officer": (4, None), "head": (13, 12), "deputy": (22, 21)}


def compute(visits: Sequence[VisitFact]) -> dict[int, Cell]:
    cells = empty_cells(TCD)
    first_in: dict[tuple[str, bool], set[str]] = {}
    seen: dict[tuple[str, bool], dict[str, list[Ref]]] = {}
    for v in visits:
        block = BLOCKS.get(v.received_by)
        if block is None:
            continue
        c0, sessions = block
        cells[1].count(v.ref)
        cells[2].add(v.ref, v.person_count)
        cells[c0].count(v.ref)
        cells[c0 + 1].add(v.ref, v.person_count)
        if sessions is not None:
            cells[sessions].count(v.ref, key=v.visit_date)
        if v.is_crowd:
            cells[c0 + 4].count(v.ref)
            cells[c0 + 5].add(v.ref, v.person_count)
        for crowd in (False, True) if v.is_crowd else (False,):
            key = (v.received_by, crowd)
            seen.setdefault(key, {}).setdefault(v.matter, []).append(v.ref)
            if v.repeat != "repeat":
                first_in.setdefault(key, set()).add(v.matter)
    for (who, crowd), matters in seen.items():
        c0 = BLOCKS[who][0]
        col_first, col_repeat = (c0 + 6, c0 + 7) if crowd else (c0 + 2, c0 + 3)
        firsts = first_in.get((who, crowd), set())
        for matter, refs in matters.items():
            col = col_first if matter in firsts else col_repeat
            for ref in refs:
                cells[col].count(ref, key=matter)
                if not crowd:
                    cells[3].count(ref, key=f"{who}:{matter}")
    return cells
