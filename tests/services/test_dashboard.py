"""The dashboard: deadlines by officer, watched matters, hot spots by field, area and crowd."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import ValidationFailed
from app.services import dashboard, petitions, visits
from app.services.office import OfficerInfo
from app.services.petitions import PetitionInput, StepInput
from app.storage.store import Store
from tests.helpers import NOW, at, person, visit

TODAY = date(2026, 11, 20)  # a Friday


def reg(store: Store, received: str, **kw: object) -> petitions.PetitionRecord:
    data = PetitionInput(received_date=date.fromisoformat(received), content_type="KNPA",
                         content=str(kw.pop("content", "Phản ánh lấn chiếm vỉa hè")),
                         senders=[person(address=str(kw.pop("address", "Số 3 phố Chùa Láng")))],
                         **kw)  # type: ignore[arg-type]
    return petitions.register(store, data, today=TODAY)


def test_overdue_and_due_this_week_by_officer(store: Store, officers: dict[str, OfficerInfo]) -> None:
    lan = officers["CB01"].id
    late = reg(store, "2026-10-01", officer_id=lan)  # 10 working days long past
    soon = reg(store, "2026-11-10", officer_id=lan)  # due 24/11: not this week
    this_week = reg(store, "2026-11-06")  # due Friday 20/11
    done = reg(store, "2026-10-02")
    petitions.act(store, done.id, StepInput("classify", date(2026, 10, 5), content_type="KNPA",
                                            processable=False, reasons=["Đơn không ký tên"]),
                  today=TODAY)
    petitions.act(store, done.id, StepInput("file", date(2026, 10, 6)), today=TODAY)
    d = dashboard.dashboard(store, today=TODAY)
    assert [r.number for r in d.overdue] == [late.number]
    assert [r.number for r in d.due_this_week] == [this_week.number]
    by_name = {o.officer_name: o for o in d.by_officer}
    assert by_name["Nguyễn Thị Lan"].overdue == 1 and by_name["Nguyễn Thị Lan"].open == 2
    assert by_name["Nguyễn Thị Lan"].due_soon == 1 and soon.number not in {r.number for r in d.overdue}
    assert by_name["Chưa giao cán bộ"].open == 1  # the filed one is not counted


def test_watched_matters(store: Store) -> None:
    p = reg(store, "2026-11-02")
    petitions.set_watch(store, p.id, True, "Kéo dài từ 2024")
    petitions.set_watch(store, p.id, True)  # ticking the box again keeps the note
    assert petitions.get(store, p.id, today=TODAY).watch_note == "Kéo dài từ 2024"
    closed = reg(store, "2026-10-01")
    petitions.set_watch(store, closed.id, True)
    petitions.act(store, closed.id, StepInput("withdraw", date(2026, 10, 2)), today=TODAY)
    assert [r.number for r in dashboard.dashboard(store, today=TODAY).watched] == [p.number]


def test_hot_spots_by_area_field_and_crowd(store: Store) -> None:
    for day in ("2026-11-02", "2026-11-09"):
        reg(store, day, field_code="DAT")
    visits.log_visit(store, visit(person(address="Số 9 phố Chùa Láng"), field_code="DAT",
                                  when=at("2026-11-18")), now=NOW)
    crowd = [person(f"Người số {i}", address="Thôn Đông", is_representative=i < 2)
             for i in range(6)]
    visits.log_visit(store, visit(*crowd, is_crowd=True, person_count=12, when=at("2026-11-19"),
                                  content="Phản ánh ô nhiễm từ xưởng gỗ"), now=NOW)
    reg(store, "2026-09-01", field_code="DAT")  # outside the 30-day window
    spots = dashboard.hot_spots(store, TODAY, dashboard.Thresholds(3, 30))
    kinds = {(h.kind, h.label): h for h in spots}
    assert spots[0].kind == "crowd" and spots[0].people == 12
    area = kinds[("area", "Phố Chùa Láng")]
    assert (area.visits, area.petitions) == (1, 2)
    assert ("field", "Đất đai") in kinds and kinds[("field", "Đất đai")].total == 3
    assert not any(h.label == "Thôn Đông" for h in spots if h.kind == "area")  # 1 visit only
    fewer = dashboard.hot_spots(store, TODAY, dashboard.Thresholds(4, 30))
    assert [h.kind for h in fewer] == ["crowd"]


def test_thresholds_are_kept_and_checked(store: Store) -> None:
    assert dashboard.thresholds(store) == dashboard.Thresholds(3, 30)
    dashboard.set_thresholds(store, 5, 14)
    assert dashboard.thresholds(store) == dashboard.Thresholds(5, 14)
    with pytest.raises(ValidationFailed, match="từ 2 đến 1000"):
        dashboard.set_thresholds(store, 1, 14)
    assert dashboard.thresholds(store) == dashboard.Thresholds(5, 14)
