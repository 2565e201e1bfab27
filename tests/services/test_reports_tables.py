"""01/TCD, 01/XLD, 01/KQGQ on a hand-built ward whose every expected cell was counted by hand.

The period is Q3 2026: 15/06/2026 – 14/09/2026 (cut-off windows, LAW.md §10.1). Records sit on
both sides of each boundary, a visit at 00:10 and one at 23:30 local time test the local date,
and the petitions include one carried over, repeated matters, a crowd, transfers, a guided
matter filed on its second round, an urged petition and replies on either side of the end.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.services import office, petitions, reports, visits
from app.services.petitions import PetitionInput, StepInput
from app.storage.store import Store, open_store
from tests.helpers import at, person, visit

TODAY = date(2026, 11, 20)
D = date


class Ward:
    def __init__(self, store: Store) -> None:
        self.store = store
        officers = {o.code: o for o in office.list_officers(store)}
        self.cb01, self.head = officers["CB01"].id, officers["CB03"].id
        self.deputy = office.add_officer(store, "Phạm Văn Phó", "Phó Chủ tịch", is_deputy=True).id
        self.v: dict[str, Any] = {}
        self.p: dict[str, Any] = {}
        self._n = 0

    def who(self, **kw: Any) -> Any:
        self._n += 1
        return person(f"Nguyễn Văn Người{self._n}", **kw)

    def visit(self, name: str, when: Any, **kw: Any) -> Any:
        kw.setdefault("officer_id", self.cb01)
        persons = kw.pop("persons", None) or [self.who()]
        rec = visits.log_visit(self.store, visit(*persons, when=when, **kw), now=at(TODAY, 16))
        self.v[name] = rec
        return rec

    def petition(self, name: str, received: date, ct: str, *steps: tuple[str, date, dict[str, Any]],
                 **kw: Any) -> Any:
        data = PetitionInput(received_date=received, content=f"Đơn {name}", content_type=ct,
                             senders=[self.who()], officer_id=self.cb01, **kw)
        rec = petitions.register(self.store, data, today=TODAY)
        for step, on, extra in steps:
            rec = petitions.act(self.store, rec.id, StepInput(step=step, on_date=on, **extra),
                                today=TODAY)
        self.p[name] = rec
        return rec


def _classify(ct: str, processable: bool = True, competent: bool | None = True
              ) -> dict[str, Any]:
    return {"content_type": ct, "processable": processable,
            "competent": competent if processable else None,
            "reasons": [] if processable else ["Đơn không có chữ ký"]}


def build_ward(store: Store) -> Ward:
    w = Ward(store)
    # ------------------------------------------------------------------ visits (01/TCD)
    w.visit("V1", at("2026-06-15", 9))  # first day: in
    w.visit("V2", at("2026-06-14", 16))  # the day before: out
    w.visit("V3", at("2026-09-14", 10), category="KN", repeat="repeat")  # last day: in
    w.visit("V4", at("2026-09-15", 8))  # the day after: out
    reps = [w.who(is_representative=True, role="representative"),
            w.who(is_representative=True, role="representative")]
    w.visit("V5", at("2026-07-01"), category="KN", is_crowd=True, person_count=12, persons=reps)
    w.visit("V6", at("2026-07-02", 8), received_by="head", officer_id=w.head,
            reception_type="scheduled")
    w.visit("V7", at("2026-07-02", 10), received_by="head", officer_id=w.head,
            reception_type="scheduled", repeat="repeat", persons=[w.who(), w.who()])
    w.visit("V8", at("2026-08-05"), received_by="head", officer_id=w.head,
            reception_type="adhoc", repeat="repeat", is_crowd=True, person_count=6,
            persons=[w.who(is_representative=True, role="representative")])
    v9 = w.visit("V9", at("2026-08-10"))
    v10 = w.visit("V10", at("2026-08-20"), repeat="repeat")
    w.visit("V11", at("2026-08-01"), received_by="deputy", officer_id=w.deputy,
            reception_type="scheduled")
    w.visit("V12", at("2026-06-15", 0, 10))  # 14/06 17:10 UTC: the local date is in
    w.visit("V13", at("2026-09-14", 23, 30))  # still the last day locally
    p9 = w.petition("P9", D(2026, 8, 10), "KNPA", visit_id=v9.id)
    w.petition("P10", D(2026, 8, 20), "KNPA", visit_id=v10.id, same_matter_as_id=p9.id)

    # ------------------------------------------------------------------ petitions (01/XLD)
    cb = {"officer_id": w.cb01}
    w.petition("A", D(2026, 6, 10), "KN", ("classify", D(2026, 6, 12), _classify("KN") | cb),
               ("propose", D(2026, 6, 20), cb))
    w.petition("B", D(2026, 6, 1), "TC",
               ("classify", D(2026, 6, 3), _classify("TC", competent=False)),
               ("transfer", D(2026, 6, 5), {"doc_number": "1/PC", "recipient": "Công an phường"}),
               ("reply", D(2026, 7, 10), {}))
    w.petition("C", D(2026, 6, 15), "KNPA",
               ("classify", D(2026, 6, 16), _classify("KNPA", competent=False)),
               ("transfer", D(2026, 6, 17), {"doc_number": "2/PC", "recipient": "Sở Xây dựng"}))
    w.petition("D", D(2026, 9, 14), "KNPA")
    w.petition("E", D(2026, 9, 15), "KNPA", ("classify", D(2026, 9, 16), _classify("KNPA")))
    f = w.petition("F", D(2026, 7, 1), "KN",
                   ("classify", D(2026, 7, 1), _classify("KN", competent=False)),
                   ("guide", D(2026, 7, 2), {"recipient": "UBND thành phố"}))
    w.petition("G", D(2026, 7, 5), "KN",
               ("classify", D(2026, 7, 6), _classify("KN", competent=False)),
               ("file", D(2026, 7, 7), {}), same_matter_as_id=f.id)
    w.petition("H", D(2026, 7, 10), "TC", ("classify", D(2026, 7, 11), _classify("TC")),
               ("propose", D(2026, 7, 12), {}), ("accept", D(2026, 7, 15), {"doc_number": "5/QĐ"}))
    w.petition("I", D(2026, 8, 1), "KNPA",
               ("classify", D(2026, 8, 1), _classify("KNPA", processable=False)),
               ("file", D(2026, 8, 2), {}))
    j = w.petition("J", D(2026, 5, 1), "KN", ("classify", D(2026, 5, 4), _classify("KN")),
                   ("propose", D(2026, 5, 5), {}),
                   ("accept", D(2026, 5, 25), {"doc_number": "7/QĐ"}),
                   ("decide", D(2026, 6, 20), {"doc_number": "9/QĐ", "result": "right"}))
    w.petition("K", D(2026, 8, 15), "KN", ("classify", D(2026, 8, 16), _classify("KN")),
               ("propose", D(2026, 8, 20), {}), same_matter_as_id=j.id)
    w.petition("L", D(2026, 9, 1), "MULTI", ("classify", D(2026, 9, 2), _classify("MULTI")),
               ("guide", D(2026, 9, 3), {"note": "tách đơn"}))
    w.petition("M", D(2026, 6, 20), "TC",
               ("classify", D(2026, 6, 22), _classify("TC", competent=False)),
               ("transfer", D(2026, 9, 14), {"doc_number": "3/PC", "recipient": "Công an"}),
               ("reply", D(2026, 9, 15), {}))
    w.petition("N", D(2026, 7, 20), "KNPA",
               ("classify", D(2026, 7, 21), _classify("KNPA", competent=False)),
               ("urge", D(2026, 7, 22), {}), ("reply", D(2026, 8, 1), {}))
    # ------------------------------------------------------------------ cases (01/KQGQ)
    w.petition("O", D(2026, 7, 1), "KN", ("classify", D(2026, 7, 2), _classify("KN")),
               ("propose", D(2026, 7, 3), {}), ("accept", D(2026, 7, 10), {"doc_number": "11/QĐ"}),
               ("decide", D(2026, 8, 20), {"doc_number": "12/QĐ", "result": "partly",
                                           "quantities": {"money_returned": 12_500_000,
                                                          "people_benefited": 3}}))
    w.petition("Pw", D(2026, 7, 25), "KN", ("classify", D(2026, 7, 26), _classify("KN")),
               ("propose", D(2026, 7, 27), {}), ("accept", D(2026, 8, 1), {"doc_number": "13/QĐ"}),
               ("withdraw", D(2026, 8, 10), {}))
    w.petition("Q", D(2026, 8, 25), "KN", ("classify", D(2026, 8, 26), _classify("KN")),
               ("propose", D(2026, 8, 27), {}), ("accept", D(2026, 9, 1), {"doc_number": "14/QĐ"}))
    return w


@pytest.fixture(scope="module")
def ward(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Ward]:
    store = open_store(Path(tmp_path_factory.mktemp("reports")) / "data")
    office.init_office(store, "00163", "UBND phường Láng", "Ban Tiếp công dân thành phố Hà Nội")
    office.add_officer(store, "Nguyễn Thị Lan", "Công chức tiếp công dân")
    office.add_officer(store, "Trần Văn Bình", "Công chức tư pháp - hộ tịch")
    office.add_officer(store, "Lê Văn Hùng", "Chủ tịch UBND phường", is_head=True)
    w = build_ward(store)
    yield w
    store.close()


def nonzero(r: reports.Report) -> dict[int, float | int]:
    return {c.no: r.total.value(c.no) for c in r.layout.columns if r.total.value(c.no)}


def refs(r: reports.Report, col: int) -> set[str]:
    return {x.id for x in r.refs(col)}


def ids(w: Ward, *names: str) -> set[str]:
    return {str((w.v.get(n) or w.p[n]).id) for n in names}


def test_tcd_counted_by_hand(ward: Ward) -> None:
    r = reports.build(ward.store, "tcd", "2026-Q3", today=TODAY)
    assert (r.period.start, r.period.end) == (D(2026, 6, 15), D(2026, 9, 14))
    assert nonzero(r) == {
        1: 11, 2: 28, 3: 10,
        4: 7, 5: 18, 6: 5, 7: 1, 8: 1, 9: 12, 10: 1,
        12: 2, 13: 3, 14: 9, 15: 1, 16: 2, 17: 1, 18: 6, 20: 1,
        21: 1, 22: 1, 23: 1, 24: 1,
    }
    assert refs(r, 1) == ids(ward, "V1", "V3", "V5", "V6", "V7", "V8", "V9", "V10", "V11",
                             "V12", "V13")
    assert refs(r, 7) == ids(ward, "V3")
    # V9 and V10 are one matter (their petitions share it): counted once, as first-time.
    assert refs(r, 6) >= ids(ward, "V9", "V10") and r.cell(6).value == 5
    assert refs(r, 12) == ids(ward, "V6", "V7", "V8")  # two days the head received


def test_xld_counted_by_hand(ward: Ward) -> None:
    r = reports.build(ward.store, "xld", "2026-Q3", today=TODAY)
    assert nonzero(r) == {
        # A–N as the module says, plus P9, P10 (not processed) and O, Pw, Q (KN proposed).
        1: 16, 2: 1, 3: 15, 4: 13, 5: 3, 6: 10, 7: 10, 8: 6, 9: 2, 10: 2, 11: 1, 13: 9,
        14: 6, 15: 5, 16: 1, 18: 4, 19: 1, 20: 2, 21: 1, 22: 2,
    }
    assert refs(r, 2) == ids(ward, "A")
    assert refs(r, 5) == ids(ward, "D", "P9", "P10")
    assert refs(r, 11) == ids(ward, "K")  # its matter was decided (J) before it arrived
    assert refs(r, 20) == ids(ward, "C", "M")  # M transferred on the last day
    assert refs(r, 21) == ids(ward, "N")
    assert refs(r, 22) == ids(ward, "B", "N")  # M's reply came the day after the end
    left_out = {x.id for w_ in r.warnings for x in w_.refs}
    assert left_out == ids(ward, "G", "I", "L")
    assert all("không tính từ cột 6" in w_.text for w_ in r.warnings)


def test_kqgq_counted_by_hand(ward: Ward) -> None:
    r = reports.build(ward.store, "kqgq", "2026-Q3", today=TODAY)
    assert nonzero(r) == {1: 4, 2: 1, 3: 3, 4: 4, 5: 2, 6: 1, 11: 12.5, 14: 3, 20: 1, 22: 1,
                          25: 2, 26: 1}
    assert refs(r, 2) == ids(ward, "J")
    assert refs(r, 26) == ids(ward, "O")  # accepted 10/07, 30 days: decided 20/08 is late
    assert refs(r, 25) == ids(ward, "J", "Pw")


def test_denunciation_tables(ward: Ward) -> None:
    r3 = reports.build(ward.store, "kqgq3", "2026-Q3", today=TODAY)
    assert nonzero(r3) == {1: 1, 3: 1, 4: 1}  # H: accepted, not concluded
    assert reports.build(ward.store, "kqgq4", "2026-Q3").total.value(1) == 0


def test_enforcement_table(ward: Ward) -> None:
    from app.services.petitions import StepInput as S

    r = reports.build(ward.store, "kqgq2", "2026-Q3", today=TODAY)
    assert r.total.value(1) == 0  # nothing effective yet
    petitions.act(ward.store, ward.p["J"].id, S(step="effective", on_date=D(2026, 7, 21)),
                  today=TODAY)
    r = reports.build(ward.store, "kqgq2", "2026-Q3", today=TODAY)
    assert nonzero(r) == {1: 1}
    assert refs(r, 1) == ids(ward, "J")


def test_outside_the_period_nothing_counts(ward: Ward) -> None:
    r = reports.build(ward.store, "xld", "2020-Q1", today=TODAY)
    assert nonzero(r) == {}


def test_reports_never_name_a_person(ward: Ward) -> None:
    import json

    for rid in ("tcd", "xld", "kqgq", "kqgq3"):
        r = reports.build(ward.store, rid, "2026-Q3", today=TODAY)
        text = json.dumps(reports.to_json(r), ensure_ascii=False) + "\n".join(reports.explain(r))
        assert "Người" not in text and "Nguyễn" not in text and "0912345678" not in text


def test_several_offices_each_and_consolidated(ward: Ward) -> None:
    from app.models import Office, Visit

    with ward.store.write() as uow:
        s = uow.session
        other = Office(id=uuid.uuid4(), code="00164", name="UBND phường Ô Chợ Dừa")
        s.add(other)
        s.flush()
        v = s.get(Visit, ward.v["V1"].id)
        assert v is not None
        s.add(Visit(office_id=other.id, year=2026, seq=1, search_key=10_000,
                    visited_at=v.visited_at, visit_date=v.visit_date, reception_type="regular",
                    received_by="officer", person_count=3, content="x", category="KNPA",
                    outcome="answered"))
        s.commit()  # a second office's row as a sync import would leave it (no service yet)
    r = reports.build(ward.store, "tcd", "2026-Q3", offices=reports.ALL, today=TODAY)
    assert [row.office_code for row in r.rows] == ["00163", "00164", ""]
    assert [row.value(1) for row in r.rows] == [11, 1, 12]
    assert [row.value(2) for row in r.rows] == [28, 3, 31]
    only = reports.build(ward.store, "tcd", "2026-Q3", offices="00164", today=TODAY)
    assert len(only.rows) == 1 and only.total.value(1) == 1
    assert reports.build(ward.store, "tcd", "2026-Q3").total.value(1) == 11  # local office
    with pytest.raises(Exception) as exc:
        reports.build(ward.store, "tcd", "2026-Q3", offices="99999")
    assert "99999" in str(exc.value)
