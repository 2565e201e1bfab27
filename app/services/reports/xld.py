"""Biểu 01/XLD — petition handling (LAW.md §10.2), from petitions and their events.

Replayed up to the last day of the period:

* carried over (col 2): received before the first day and not yet processed on it;
  received (col 3): received in the period;
* processed (col 4): the petition was routed — proposed for acceptance (or accepted/not
  accepted), guided, transferred, returned to the body that forwarded it, urged, filed or
  withdrawn — by the last day; col 5 = the rest, carried to the next period;
* processable (col 6): processed petitions classified "đủ điều kiện xử lý" with one content
  (KN, TC, KNPA) and routed by what the form counts: within competence (col 14), or outside it
  and guided / returned (19), transferred (20) or urged (21). A petition with several contents,
  one filed (e.g. a matter already guided once: not processable, LAW.md §5.2) or one withdrawn
  before routing is processed but not processable: the notes under the table count them;
* col 7: the distinct matters (petition.matter_id) among col 6;
* resolution status (11–13): how many times the matter had already been decided — by an earlier
  petition of the same matter decided before this one arrived, or a second-instance complaint
  (the first decision exists) — once, several times, never;
* col 22: replies (văn bản phúc đáp) received in the period to our transfers or urgings.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.law.petition import ContentType, Step
from app.services.reports.data import PetitionFact
from app.services.reports.layouts import XLD
from app.services.reports.model import Cell, Warning, empty_cells
from app.text import Counted, Label

PROCESSED = frozenset({Step.PROPOSE.value, Step.ACCEPT.value, Step.REJECT.value,
                       Step.GUIDE.value, Step.TRANSFER.value, Step.RETURN.value,
                       Step.URGE.value, Step.FILE.value, Step.WITHDRAW.value})
# The events this table reads (the others are not loaded).
STEPS = PROCESSED | {Step.CLASSIFY.value, Step.REPLY.value}
OUTSIDE = {Step.GUIDE.value: 19, Step.RETURN.value: 19, Step.TRANSFER.value: 20,
           Step.URGE.value: 21}
BY_CONTENT = {ContentType.KN.value: 0, ContentType.TC.value: 1, ContentType.KNPA.value: 2}


_CLASSIFY, _REPLY, _FILE, _WITHDRAW = (Step.CLASSIFY.value, Step.REPLY.value, Step.FILE.value,
                                       Step.WITHDRAW.value)
_KN = ContentType.KN.value


def classification(p: PetitionFact, end: str) -> tuple[str, bool | None, bool | None]:
    """Content type, processable, competent as classified by the last day (None: never)."""
    ct, processable, competent = p.content_type, None, None
    for e in p.events:
        if e.on > end:
            break
        if e.step == _CLASSIFY:
            d = e.data
            ct = str(d.get("content_type") or ct)
            processable = d.get("processable")
            competent = d.get("competent") if processable else None
    return ct, processable, competent


def times_resolved(p: PetitionFact, decisions: dict[str, list[tuple[str, str]]]) -> int:
    found = decisions.get(p.matter)
    n = 0
    if found:
        me = p.ref.id.replace("-", "")
        n = sum(1 for pid, on in found if pid != me and on <= p.received)
    if n == 0 and p.content_type == _KN and p.instance >= 2:
        n = 1
    return n


def compute(facts: Sequence[PetitionFact], start: str, end: str,
            decisions: dict[str, list[tuple[str, str]]]) -> tuple[dict[int, Cell], list[Warning]]:
    cells = empty_cells(XLD)
    left_out: dict[str, list[PetitionFact]] = {}
    for p in facts:
        routed = p.first(PROCESSED, end)
        received_in = start <= p.received <= end
        carried = p.received < start and (routed is None or routed.on >= start)
        for e in p.events:
            if e.step == _REPLY and start <= e.on <= end:
                cells[22].count(p.ref, key=f"{p.ref.id}:{e.seq}")
        if not (received_in or carried):
            continue
        cells[1].count(p.ref)
        cells[2 if carried else 3].count(p.ref)
        if routed is None:
            cells[5].count(p.ref)
            continue
        cells[4].count(p.ref)
        ct, processable, competent = classification(p, end)
        reason: Label | None = None
        if not processable:
            reason = Label("không đủ điều kiện xử lý")
        elif ct not in BY_CONTENT:
            reason = Label("có nhiều nội dung (hướng dẫn tách đơn)")
        elif routed.step == _FILE:
            reason = Label("đã lưu đơn (nội dung đã được hướng dẫn một lần)")
        elif routed.step == _WITHDRAW:
            reason = Label("người gửi đã rút đơn")
        elif not competent and routed.step not in OUTSIDE:
            reason = Label("không thuộc thẩm quyền mà không hướng dẫn, chuyển hay đôn đốc")
        if reason is not None:
            left_out.setdefault(reason, []).append(p)
            continue
        cells[6].count(p.ref)
        cells[7].count(p.ref, key=p.matter)
        k = BY_CONTENT[ct]
        cells[8 + k].count(p.ref)
        n = times_resolved(p, decisions)
        cells[13 if n == 0 else 11 if n == 1 else 12].count(p.ref)
        if competent:
            cells[14].count(p.ref)
            cells[15 + k].count(p.ref)
        else:
            cells[18].count(p.ref)
            cells[OUTSIDE[routed.step]].count(p.ref)
    notes = [Warning(Counted("{n} đơn đã xử lý, {why}: tính ở cột 4, không tính từ cột 6.",
                             n=len(ps), why=why), tuple(p.ref for p in ps))
             for why, ps in left_out.items()]
    return cells, notes
