"""Biểu 01/KQGQ — resolution of complaints within competence (LAW.md §10.2).

Counts the accepted complaints of the period (see app.services.reports.cases): col 1–3 the
petitions (carried over / received), col 4 their matters; of those finished in the period,
col 5 decided by an administrative decision, col 6 withdrawn; the quantities of the decisions
(7–19); the analysis of decisions — first instance right / wrong / partly right (20–22), second
instance upholding (the complaint was wrong: 23) or annulling/amending (24) the first decision —
and compliance with the time limit of the finished cases (25, 26).

A decision with no result recorded cannot be placed in 20–24: it is left out of 5–26 and named
in the warnings, so the identity 5 = 20+…+24 holds and the figure to correct is visible.
Organisation vs individual: the first sender's role ("organisation" → organisation columns).
Data the procedure does not record yet (officials among the people disciplined, persons sent
to investigation) print 0 and the notes say so.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.law.calendar import WorkCalendar
from app.law.petition import ContentType, Step
from app.services.reports.cases import add_decided, cases, on_time, quantities, result_of
from app.services.reports.data import PetitionFact
from app.services.reports.layouts import KQGQ
from app.services.reports.model import Cell, Ref, Warning, empty_cells
from app.text import Counted

FIRST = {"right": 20, "wrong": 21, "partly": 22}
SECOND = {"wrong": 23, "right": 24, "partly": 24}  # a wrong complaint upholds the 1st decision


def compute(facts: Sequence[PetitionFact], start: str, end: str, calendar: WorkCalendar
            ) -> tuple[dict[int, Cell], list[Warning]]:
    cells = empty_cells(KQGQ)
    no_result: list[Ref] = []
    for c in cases(facts, ContentType.KN, start, end):
        p = c.p
        cells[1].count(p.ref)
        cells[2 if c.carried else 3].count(p.ref)
        cells[4].count(p.ref, key=p.matter)
        f = c.finished
        if f is None:
            continue
        if f.step == Step.DECIDE.value:
            result = result_of(f)
            if result is None:
                no_result.append(p.ref)
                continue
            cells[5].count(p.ref)
            cells[(FIRST if p.instance < 2 else SECOND)[result]].count(p.ref)
            add_decided(cells, p.ref, quantities(f), p.organisation, 7)
        else:
            cells[6].count(p.ref)
        timely = on_time(c, calendar)
        cells[25 if timely is not False else 26].count(p.ref)
    warnings = []
    if no_result:
        warnings.append(Warning(Counted(
            "{n} quyết định giải quyết khiếu nại chưa ghi kết quả (đúng / sai / đúng một phần): "
            "chưa tính vào cột 5–26.", n=len(no_result)), tuple(no_result)))
    return cells, warnings
