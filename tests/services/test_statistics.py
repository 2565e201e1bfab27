"""The statistics page's series on a hand-built store: weeks, months, categories, fields,
resolved and on time, overdue, crowds, repeated matters; each figure opens its records."""

from __future__ import annotations

from datetime import date

from app.services import petitions, statistics, visits
from app.services.office import OfficerInfo
from app.services.petitions import PetitionInput, StepInput
from app.storage.store import Store
from tests.helpers import NOW, at, person, visit

TODAY = NOW.date()  # 20/11/2026


def _case(store: Store, received: date, accepted: date, decided: date | None,
          officer: object) -> petitions.PetitionRecord:
    rec = petitions.register(store, PetitionInput(
        received_date=received, content="Khiếu nại quyết định thu hồi đất", content_type="KN",
        senders=[person(f"Người {received}")], officer_id=officer), today=TODAY)  # type: ignore[arg-type]
    steps = [StepInput("classify", accepted, content_type="KN", processable=True, competent=True),
             StepInput("propose", accepted), StepInput("accept", accepted, doc_number="1/QĐ")]
    if decided:
        steps.append(StepInput("decide", decided, doc_number="2/QĐ", result="right"))
    for st in steps:
        rec = petitions.act(store, rec.id, st, today=TODAY)
    return rec


def test_series_and_headline_figures(store: Store, officers: dict[str, OfficerInfo]) -> None:
    lan = officers["CB01"].id
    v1 = visits.log_visit(store, visit(person("An"), when=at("2026-11-02"), category="KN",
                                       officer_id=lan), now=NOW)
    v2 = visits.log_visit(store, visit(person("Bình"), when=at("2026-11-03"), category="KNPA",
                                       repeat="repeat", officer_id=lan), now=NOW)
    v3 = visits.log_visit(store, visit(*[person(f"Đại diện {i}", is_representative=True)
                                         for i in range(2)], when=at("2026-11-10"),
                                       category="KNPA", is_crowd=True, person_count=12,
                                       officer_id=lan), now=NOW)
    visits.log_visit(store, visit(person("Ngoài kỳ"), when=at("2026-09-30"), officer_id=lan),
                     now=NOW)
    # 60 days for a complaint: decided in time; one decided late (> 30 working days); one open
    early = _case(store, date(2026, 8, 3), date(2026, 8, 5), date(2026, 10, 20), lan)
    ok = _case(store, date(2026, 10, 1), date(2026, 10, 2), date(2026, 10, 16), lan)
    still = _case(store, date(2026, 10, 5), date(2026, 10, 6), None, lan)
    stats = statistics.compute(store, date(2026, 10, 1), date(2026, 11, 30), today=TODAY)
    assert [f.label for f in stats.visits_by_month] == ["T10/2026", "T11/2026"]
    assert [f.value for f in stats.visits_by_month] == [0, 3]
    assert [f.value for f in stats.petitions_by_month] == [2, 0]
    nov_week2 = stats.figure("vw:2026-11-02")

    def refs(key: str) -> list[tuple[str, object]]:
        found = statistics.records(store, stats, key)
        assert len(found) == stats.figure(key).value, key  # the count is its records'
        return found  # type: ignore[return-value]

    assert nov_week2.label == "02/11" and refs("vw:2026-11-02") == [("visit", v1.id),
                                                                   ("visit", v2.id)]
    assert {f.key: f.value for f in stats.visits_by_category} == {"vc:KN": 1, "vc:KNPA": 2}
    assert refs("vc:KNPA") == [("visit", v2.id), ("visit", v3.id)]
    assert refs("crowds") == [("visit", v3.id)]
    assert refs("repeated") == [("visit", v2.id)]
    assert {r[1] for r in refs("to_resolve")} == {early.id, ok.id, still.id}
    assert {r[1] for r in refs("resolved")} == {early.id, ok.id}
    assert refs("on_time") == [("petition", ok.id)]
    assert refs("late") == [("petition", early.id)]
    assert refs("pm:2026-10-01") == [("petition", ok.id), ("petition", still.id)]
    assert stats.share_resolved == 2 / 3 and stats.share_on_time == 0.5
    due = petitions.get(store, still.id, today=TODAY).next_due
    assert due is not None
    assert (("petition", still.id) in refs("overdue")) == (due < TODAY)
    for f in stats.figures():
        refs(f.key)
        assert type(f.value) is int, f.key  # a count shows as a number, never "True"
    lines = statistics.describe(stats)
    assert "Tỷ lệ giải quyết: 67 % (2/3 vụ việc); đúng hạn: 50 % (1/2)." in lines[1]


def test_periods() -> None:
    assert statistics.period("month", date(2026, 2, 10)) == (date(2026, 2, 1), date(2026, 2, 28))
    assert statistics.period("quarter", date(2026, 11, 20)) == (date(2026, 10, 1),
                                                               date(2026, 12, 31))
    assert statistics.period("quarter", date(2026, 5, 2)) == (date(2026, 4, 1), date(2026, 6, 30))
    assert statistics.period("year", date(2026, 5, 2)) == (date(2026, 1, 1), date(2026, 12, 31))
