"""Biểu 02/KQGQ — execution of complaint decisions (LAW.md §10.2).

A decision must be executed once it is legally effective: a first-instance decision when the
`effective` step is recorded, a second-instance decision from its date. It counts in a period
when effective by the last day and not executed before the first day; executed = the `close`
step (kết thúc) after it. Amounts due are those of the decision; amounts recovered / returned
are those recorded with the `enforce` or `close` step when given, else (executed) the decided
ones [I].
"""

from __future__ import annotations

from collections.abc import Sequence

from app.law.petition import ContentType, Step
from app.services.reports.cases import add_recovered, add_returned, executions
from app.services.reports.data import PetitionFact
from app.services.reports.layouts import KQGQ2
from app.services.reports.model import Cell, Warning, empty_cells


def compute(facts: Sequence[PetitionFact], start: str, end: str
            ) -> tuple[dict[int, Cell], list[Warning]]:
    cells = empty_cells(KQGQ2)
    for x in executions(facts, ContentType.KN, start, end):
        p, due, paid = x.p, x.due, x.paid
        if p.instance < 2 and p.first({Step.EFFECTIVE.value}, end) is None:
            continue  # a first decision is executed once in force
        cells[1].count(p.ref)
        add_recovered(cells, p.ref, due, 3)
        add_returned(cells, p.ref, due, p.organisation, 7)
        if paid is None:
            continue
        cells[2].count(p.ref)
        add_recovered(cells, p.ref, paid, 5)
        add_returned(cells, p.ref, paid, p.organisation, 11)
        cells[15].add(p.ref, paid.get("people_disciplined", 0))
        cells[17].add(p.ref, paid.get("cases_to_investigation", 0))
    return cells, []
