"""Biểu 04/KQGQ — implementation of denunciation conclusions (LAW.md §10.2).

A conclusion must be implemented from its date; it counts in a period when concluded by the
last day and not implemented before the first day; implemented = the `close` step after it.
Amounts as 02/KQGQ. Organisations / individuals to be restored: the first sender's role and
the people benefited recorded with the conclusion.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.law.petition import ContentType, Step
from app.services.reports.cases import MILLION, content_type, quantities
from app.services.reports.data import PetitionFact
from app.services.reports.layouts import KQGQ4
from app.services.reports.model import Cell, Warning, empty_cells


def compute(facts: Sequence[PetitionFact], start: str, end: str
            ) -> tuple[dict[int, Cell], list[Warning]]:
    cells = empty_cells(KQGQ4)
    for p in facts:
        if content_type(p, end) != ContentType.TC.value:
            continue
        concluded = p.first({Step.DECIDE.value}, end)
        if concluded is None:
            continue
        done = p.first({Step.CLOSE.value}, end)
        if done is not None and done.on < start:
            continue
        due = quantities(concluded)
        org = p.organisation
        cells[1].count(p.ref)
        cells[3].add(p.ref, due.get("money_recovered", 0) / MILLION)
        cells[4].add(p.ref, due.get("land_recovered_m2", 0))
        restored = due.get("money_returned") or due.get("land_returned_m2")
        if org and restored:
            cells[7].count(p.ref)
        cells[8].add(p.ref, due.get("people_benefited", 0))
        cells[9 if org else 11].add(p.ref, due.get("money_returned", 0) / MILLION)
        cells[10 if org else 12].add(p.ref, due.get("land_returned_m2", 0))
        if done is None:
            continue
        cells[2].count(p.ref)
        paid = quantities(done) or quantities(p.first({Step.ENFORCE.value}, end)) or due
        cells[5].add(p.ref, paid.get("money_recovered", 0) / MILLION)
        cells[6].add(p.ref, paid.get("land_recovered_m2", 0))
        if org and (paid.get("money_returned") or paid.get("land_returned_m2")):
            cells[13].count(p.ref)
        cells[14].add(p.ref, paid.get("people_benefited", 0))
        cells[15 if org else 17].add(p.ref, paid.get("money_returned", 0) / MILLION)
        cells[16 if org else 18].add(p.ref, paid.get("land_returned_m2", 0))
        cells[20].add(p.ref, paid.get("people_disciplined", 0))
        cells[22].add(p.ref, paid.get("cases_to_investigation", 0))
    return cells, []
