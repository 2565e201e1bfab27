"""Biểu 03/KQGQ — resolution of denunciations within competence (LAW.md §10.2).

As 01/KQGQ for accepted denunciations. A re-denunciation (tố cáo tiếp) is a later round of the
same matter (petition.round > 1). Results are read from the conclusion recorded with the
`decide` step — a code (right, wrong, partly) or the words ("Tố cáo đúng một phần", "tố cáo
sai"…); a conclusion whose words say none of these is left out of 6–31 and named in the
warnings. Withdrawn denunciations count in 9 (rút toàn bộ); the procedure has no separate
termination other than by withdrawal, so 10 is 0.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.law.calendar import WorkCalendar
from app.law.petition import ContentType, Step
from app.services.reports.cases import add_decided, cases, on_time, quantities, result_of
from app.services.reports.data import PetitionFact
from app.services.reports.layouts import KQGQ3
from app.services.reports.model import Cell, Ref, Warning, empty_cells
from app.text import Counted

RESULT = {"right": 24, "wrong": 26, "partly": 28}


def compute(facts: Sequence[PetitionFact], start: str, end: str, calendar: WorkCalendar
            ) -> tuple[dict[int, Cell], list[Warning]]:
    cells = empty_cells(KQGQ3)
    unclear: list[Ref] = []
    for c in cases(facts, ContentType.TC, start, end):
        p = c.p
        again = p.round > 1
        cells[1].count(p.ref)
        cells[2 if c.carried else 3].count(p.ref)
        cells[4].count(p.ref, key=p.matter)
        if again:
            cells[5].count(p.ref, key=p.matter)
        f = c.finished
        if f is None:
            continue
        if f.step == Step.DECIDE.value:
            result = result_of(f)
            if result is None:
                unclear.append(p.ref)
                continue
            cells[8 if again else 7].count(p.ref)
            cells[RESULT[result]].count(p.ref)
            if again:
                cells[RESULT[result] + 1].count(p.ref)
            add_decided(cells, p.ref, quantities(f), p.organisation, 11)
        else:
            cells[9].count(p.ref)
        cells[6].count(p.ref)
        timely = on_time(c, calendar)
        cells[30 if timely is not False else 31].count(p.ref)
    warnings = []
    if unclear:
        warnings.append(Warning(Counted(
            "{n} kết luận nội dung tố cáo chưa ghi rõ tố cáo đúng / sai / có đúng có sai: chưa "
            "tính vào cột 6–31.", n=len(unclear)), tuple(unclear)))
    return cells, warnings
