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
from app.services.reports.cases import MILLION, content_type, quantities
from app.services.reports.data import PetitionFact
from app.services.reports.layouts import KQGQ2
from app.services.reports.model import Cell, Warning, empty_cells


def compute(facts: Sequence[PetitionFact], start: str, end: str
            ) -> tuple[dict[int, Cell], list[Warning]]:
    cells = empty_cells(KQGQ2)
    for p in facts:
        if content_type(p, end) != ContentType.KN.value:
            continue
        decided = p.first({Step.DECIDE.value}, end)
        if decided is None:
            continue
        effective = decided if p.instance >= 2 else p.first({Step.EFFECTIVE.value}, end)
        if effective is None:
            continue
        done = p.first({Step.CLOSE.value}, end)
        if done is not None and done.on < start:
            continue
        due = quantities(decided)
        cells[1].count(p.ref)
        cells[3].add(p.ref, due.get("money_recovered", 0) / MILLION)
        cells[4].add(p.ref, due.get("land_recovered_m2", 0))
        org = p.organisation
        cells[7 if org else 9].add(p.ref, due.get("money_returned", 0) / MILLION)
        cells[8 if org else 10].add(p.ref, due.get("land_returned_m2", 0))
        if done is None:
            continue
        cells[2].count(p.ref)
        paid = quantities(done) or quantities(p.first({Step.ENFORCE.value}, end)) or due
        cells[5].add(p.ref, paid.get("money_recovered", 0) / MILLION)
        cells[6].add(p.ref, paid.get("land_recovered_m2", 0))
        cells[11 if org else 13].add(p.ref, paid.get("money_returned", 0) / MILLION)
        cells[12 if org else 14].add(p.ref, paid.get("land_returned_m2", 0))
        cells[15].add(p.ref, paid.get("people_disciplined", 0))
        cells[17].add(p.ref, paid.get("cases_to_investigation", 0))
    return cells, []
