"""Petitions against a real store: registration, the procedure, deadlines, confidentiality."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from app.errors import ValidationFailed
from app.models import Petition, PetitionEvent
from app.services import petitions, visits
from app.services.office import OfficerInfo
from app.services.petition_links import related
from app.services.petitions import DocumentInput, PetitionInput, StepInput
from app.services.viewer import Viewer
from app.storage.store import Store
from tests.helpers import CCCD_DUC, CCCD_LAN, NOW, person, visit

TODAY = date(2026, 11, 20)


def petition(*senders: Any, received: str = "2026-03-02", ct: str = "KN", **kw: Any
             ) -> PetitionInput:
    kw.setdefault("content", "Khiếu nại quyết định xử phạt vi phạm hành chính về xây dựng")
    return PetitionInput(received_date=date.fromisoformat(received), content_type=ct,
                         senders=list(senders) or [person(cccd=CCCD_DUC)], **kw)


def step(name: str, on: str, **kw: Any) -> StepInput:
    return StepInput(step=name, on_date=date.fromisoformat(on), **kw)


def reg(store: Store, data: PetitionInput, **kw: Any) -> petitions.PetitionRecord:
    return petitions.register(store, data, today=TODAY, **kw)


def act(store: Store, rec: petitions.PetitionRecord, *steps: StepInput, **kw: Any
        ) -> petitions.PetitionRecord:
    for s in steps:
        rec = petitions.act(store, rec.id, s, today=TODAY, **kw)
    return rec


def dl(rec: petitions.PetitionRecord, rule: str) -> petitions.DeadlineRecord:
    return next(d for d in rec.deadlines if d.rule_id == rule)


def test_register_numbers_per_year_and_owes_the_ten_working_day_notice(store: Store) -> None:
    first = reg(store, petition())
    assert first.number == "0001/2026" and first.state == "received"
    assert first.senders[0].full_name == "Nguyễn Văn Đức"
    # Received Monday 2 March 2026: 10 working days → Monday 16 March.
    assert dl(first, "reception-notice").due == date(2026, 3, 16)
    assert dl(first, "complaint-acceptance").due == date(2026, 3, 16)
    assert dl(first, "reception-notice").status == "overdue"  # as of 20 November
    assert reg(store, petition(received="2026-03-03")).number == "0002/2026"
    assert reg(store, petition(received="2025-12-30")).number == "0001/2025"


def test_a_complaint_through_acceptance_and_decision(store: Store, officers: dict[str, OfficerInfo]) -> None:
    lan = officers["CB01"].id
    rec = reg(store, petition())
    rec = act(store, rec,
              step("classify", "2026-03-03", content_type="KN", processable=True, competent=True,
                   officer_id=lan),
              step("propose", "2026-03-04"),
              step("accept", "2026-03-09", doc_number="12/TB-UBND", complexity="complex"))
    assert rec.state == "accepted" and rec.officer_id == lan
    assert dl(rec, "reception-notice").status == "done"
    first = dl(rec, "complaint-first")
    assert first.start == date(2026, 3, 9) and first.due == date(2026, 4, 23)  # complex: 45 days
    assert "45" in first.explanation
    rec = act(store, rec, step("verify", "2026-03-10"), step("dialogue", "2026-03-20"),
              step("decide", "2026-04-01", doc_number="30/QĐ-UBND", result="partly",
                   quantities={"money_returned": 15_000_000}))
    assert rec.state == "decided" and dl(rec, "complaint-first").status == "done"
    assert [e.step for e in rec.events] == ["classify", "propose", "accept", "verify",
                                            "dialogue", "decide"]
    assert rec.events[-1].data["quantities"] == {"money_returned": 15_000_000}
    assert "effective" in rec.allowed_steps and "withdraw" in rec.allowed_steps


def test_an_illegal_step_is_refused_and_changes_nothing(store: Store) -> None:
    rec = reg(store, petition())
    with pytest.raises(ValidationFailed) as refused:
        petitions.act(store, rec.id, step("accept", "2026-03-05", doc_number="1"), today=TODAY)
    assert "Không thể thụ lý khi đơn đang «Mới tiếp nhận»" in refused.value.message()
    with pytest.raises(ValidationFailed) as bad_date:
        petitions.act(store, rec.id, step("classify", "2026-02-01", content_type="KN",
                                          processable=True, competent=True), today=TODAY)
    assert "trước ngày nhận đơn" in bad_date.value.message()
    with store.read() as uow:
        assert uow.session.scalar(select(func.count()).select_from(PetitionEvent)) == 0
        assert uow.session.scalar(select(Petition.state)) == "received"


def test_denunciation_extensions_move_the_deadline(store: Store, officers: dict[str, OfficerInfo]) -> None:
    lan = officers["CB01"].id
    rec = reg(store, petition(ct="TC", content="Tố cáo cán bộ địa chính nhận tiền"),
              viewer=Viewer(lan))
    rec = act(store, rec, step("classify", "2026-03-03", content_type="TC", processable=True,
                               competent=True, officer_id=lan),
              step("propose", "2026-03-04"), step("accept", "2026-03-09", doc_number="5/QĐ"))
    assert dl(rec, "denunciation-resolution").due == date(2026, 4, 8)
    assert dl(rec, "denunciation-notify").due == date(2026, 3, 16)
    rec = act(store, rec, step("extend", "2026-04-01", doc_number="6/QĐ-GH"))
    assert dl(rec, "denunciation-resolution").due == date(2026, 5, 8)
    with pytest.raises(ValidationFailed, match="đặc biệt phức tạp"):
        act(store, rec, step("extend", "2026-05-01", doc_number="7/QĐ-GH"))
    rec = act(store, rec, step("extend", "2026-05-01", doc_number="7/QĐ-GH",
                               complexity="especially_complex"))
    assert dl(rec, "denunciation-resolution").due == date(2026, 6, 8)  # 7 June is a Sunday
    assert rec.extensions == 2


def test_denouncers_are_hidden_from_other_officers(store: Store, officers: dict[str, OfficerInfo]) -> None:
    lan, binh, head = (officers[c].id for c in ("CB01", "CB02", "CB03"))
    rec = reg(store, petition(person("Lê Thị Lan", cccd=CCCD_LAN), ct="TC", officer_id=lan))
    assert rec.senders[0].full_name == "Lê Thị Lan"  # the registering officer's own view
    other = petitions.get(store, rec.id, Viewer(binh), TODAY)
    assert other.identity_hidden and other.senders[0].cccd is None
    assert "bảo mật" in other.senders[0].full_name
    assert petitions.get(store, rec.id, Viewer(head, is_head=True), TODAY).senders[0].cccd == CCCD_LAN
    # Nor can they find it through the person.
    assert related(store, [person("Lê Thị Lan", cccd=CCCD_LAN)], "việc khác hẳn",
                   viewer=Viewer(binh)) == []


def test_refused_registrations(store: Store) -> None:
    with pytest.raises(ValidationFailed) as e:
        reg(store, petition(ct="XX", content=" ", received="2027-01-01", channel="forwarded"))
    text = e.value.message()
    assert "Loại đơn không hợp lệ" in text and "Cần tóm tắt nội dung" in text
    assert "Ngày nhận đơn" in text and "tên cơ quan" in text
    with pytest.raises(ValidationFailed, match="ít nhất một người gửi"):
        reg(store, PetitionInput(received_date=date(2026, 3, 2), content="x", content_type="KN"))
    with pytest.raises(ValidationFailed, match=r"Tài liệu thứ 1"):
        reg(store, petition(documents=[DocumentInput("", "scan")]))
    with store.read() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Petition)) == 0


def test_anonymous_letter_and_forwarded_petition(store: Store) -> None:
    anon = reg(store, PetitionInput(received_date=date(2026, 3, 2), content="Tố cáo nặc danh",
                                    content_type="TC", anonymous=True, channel="mailbox"))
    assert anon.senders == () and "reception-notice" not in {d.rule_id for d in anon.deadlines}
    fwd = reg(store, petition(ct="TC", channel="forwarded", forwarder_kind="press",
                              forwarder_name="Báo Hà Nội Mới", forwarder_ref="123/BHNM",
                              content="Phản ánh của báo về tố cáo sai phạm đất đai"))
    assert dl(fwd, "forwarded-report").due == date(2026, 3, 23)  # 20 days; 22 March is Sunday


def test_registration_from_a_visit_links_it(store: Store) -> None:
    v = visits.log_visit(store, visit(person(cccd=CCCD_DUC), category="KN"), now=NOW)
    rec = reg(store, petition(person(citizen_id=v.persons[0].citizen_id, cccd=CCCD_DUC),
                              received="2026-11-20", visit_id=v.id))
    assert rec.visit_id == v.id and rec.senders[0].citizen_id == v.persons[0].citizen_id


def test_duplicates_and_new_rounds_of_a_matter(store: Store) -> None:
    first = reg(store, petition())
    suggestions = related(store, [person(cccd=CCCD_DUC)], "Nội dung hoàn toàn khác về tiếng ồn")
    assert [s.number for s in suggestions] == [first.number] and "cùng người gửi" in suggestions[0].reason
    by_text = related(store, [person("Trần Thị Mai", address="Thôn Đông")],
                      "khieu nai quyet dinh xu phat vi pham hanh chinh ve xay dung nha o")
    assert by_text and by_text[0].number == first.number and "giống" in by_text[0].reason
    dup = reg(store, petition(received="2026-03-05", duplicate_of_id=first.id))
    assert dup.duplicate_of == first.number and dup.matter_id == first.id and dup.round == 1
    again = reg(store, petition(received="2026-06-01", same_matter_as_id=dup.id))
    assert again.matter_id == first.id and again.round == 2


def test_a_complaint_is_guided_once_per_matter(store: Store) -> None:
    first = reg(store, petition())
    classify = step("classify", "2026-03-03", content_type="KN", processable=True, competent=False)
    act(store, first, classify, step("guide", "2026-03-04", recipient="UBND thành phố"))
    again = reg(store, petition(received="2026-03-10", same_matter_as_id=first.id))
    again = act(store, again, step("classify", "2026-03-11", content_type="KN", processable=True,
                                   competent=False))
    with pytest.raises(ValidationFailed, match="đã được hướng dẫn một lần"):
        act(store, again, step("guide", "2026-03-12"))
    assert act(store, again, step("file", "2026-03-12")).state == "filed"


def test_late_complaint_is_flagged(store: Store) -> None:
    rec = reg(store, petition(learned_date=date(2025, 11, 1)))
    assert any("thời hiệu" in w for w in rec.warnings)
    assert not reg(store, petition(learned_date=date(2026, 2, 1))).warnings


def test_find_by_number_and_id(store: Store) -> None:
    rec = reg(store, petition())
    assert petitions.resolve(store, "0001/2026", today=TODAY).id == rec.id
    assert petitions.resolve(store, str(rec.id), today=TODAY).number == "0001/2026"


def test_search_finds_petitions_by_folded_name_and_content(store: Store, officers: dict[str, OfficerInfo]) -> None:
    from app.services import search

    reg(store, petition())
    reg(store, petition(person("Lê Thị Lan", cccd=CCCD_LAN), ct="TC", content="Tố cáo sai phạm",
                        officer_id=officers["CB01"].id))
    hits = [h for h in search.search(store, "nguyen van duc") if h.kind == "petition"]
    assert len(hits) == 1 and hits[0].title.startswith("Đơn 0001/2026 – Nguyễn Văn Đức")
    assert [h.kind for h in search.search(store, "xu phat")] == ["petition"]
    # A denouncer is found neither by name nor through the petition.
    assert not [h for h in search.search(store, "le thi lan") if h.kind == "petition"]
    tc = [h for h in search.search(store, "sai pham") if h.kind == "petition"]
    assert len(tc) == 1 and "bảo mật" in tc[0].title


def test_a_calendar_change_moves_open_deadlines(store: Store) -> None:
    from app.services import calendar

    rec = reg(store, petition(received="2026-11-16"))  # due Monday 30 November
    assert rec.next_due == date(2026, 11, 30)
    calendar.set_entry(store, {"date": "2026-11-24", "kind": "day_off",
                               "name": "Ngày Văn hóa Việt Nam", "source": "thử nghiệm"})
    petitions.recompute_open(store, today=TODAY)
    assert petitions.get(store, rec.id, today=TODAY).next_due == date(2026, 12, 1)
    from app.services.petition_list import list_petitions

    assert list_petitions(store, today=TODAY)[0].next_due == date(2026, 12, 1)
