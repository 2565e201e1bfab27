"""Biểu 04/KQGQ — implementation of denunciation conclusions (LAW.md §10.2).

A conclusion must be implemented from its date; it counts in a period when concluded by the
last day and not implemented before the first day; implemented = the `close` step after it.
Amounts as 02/KQGQ. Organisations / individuals to be restored: the first sender's role and
the people benefited recorded with the conclusion.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.law.petition import ContentType
from app.services.reports.cases import add_recovered, add_returned, executions, restored
from app.services.reports.data import PetitionFact
from app.services.reports.layouts import KQGQ4
from app.services.reports.model import Cell, Warning, empty_cells


def compute(facts: Sequence[PetitionFact], start: str, end: str
            ) -> tuple[dict[int, Cell], list[Warning]]:
    cells = empty_cells(KQGQ4)
    for x in executions(facts, ContentType.TC, start, end):
        p, due, paid, org = x.p, x.due, x.paid, x.p.organisation
        cells[1].count(p.ref)
        add_recovered(cells, p.ref, due, 3)
        if org and restored(due):
            cells[7].count(p.ref)
        cells[8].add(p.ref, due.get("people_benefited", 0))
        add_returned(cells, p.ref, due, org, 9)
        if paid is None:
            continue
        cells[2].count(p.ref)
        add_recovered(cells, p.ref, paid, 5)
        if org and restored(paid):
            cells[13].count(p.ref)
        cells[14].add(p.ref, paid.get("people_benefited", 0))
        add_returned(cells, p.ref, paid, org, 15)
        cells[20].add(p.ref, paid.get("people_disciplined", 0))
        cells[22].add(p.ref, paid.get("cases_to_investigation", 0))
    return cells, []
