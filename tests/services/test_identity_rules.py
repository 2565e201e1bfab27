"""Who a visit is about, and who may see it: the rules decided after the first review."""

from __future__ import annotations

import uuid

import pytest

from app.errors import ValidationFailed
from app.services import citizens, visits
from app.services.common import Viewer
from app.services.office import OfficerInfo, viewer_for
from app.storage.store import Store
from tests.helpers import CCCD_DUC, NOW, at, counts, person, visit


def test_person_first_without_card_is_recognised_when_they_bring_one(store: Store) -> None:
    first = visits.log_visit(store, visit(person()), now=NOW)
    again = visits.log_visit(store, visit(person(cccd=CCCD_DUC), when=at("2026-11-20", 10)),
                             now=NOW)
    assert first.persons[0].citizen_id == again.persons[0].citizen_id
    found = citizens.by_cccd(store, CCCD_DUC)
    assert found is not None and found.visit_count == 2


def test_card_year_contradicting_the_stored_birth_year_makes_two_people(store: Store) -> None:
    from datetime import date

    first = visits.log_visit(store, visit(person(date_of_birth=date(1962, 3, 1))), now=NOW)
    son = visits.log_visit(store, visit(person(cccd=CCCD_DUC), when=at("2026-11-20", 10)),
                           now=NOW)  # the card says born 1990
    assert first.persons[0].citizen_id != son.persons[0].citizen_id


def test_an_accentless_retype_keeps_the_properly_written_name(store: Store) -> None:
    visits.log_visit(store, visit(person(cccd=CCCD_DUC)), now=NOW)
    visits.log_visit(store, visit(person("nguyen van duc", cccd=CCCD_DUC),
                                  when=at("2026-11-20", 10)), now=NOW)
    found = citizens.by_cccd(store, CCCD_DUC)
    assert found is not None and found.full_name == "Nguyễn Văn Đức"


def test_denunciation_does_not_write_its_details_onto_the_shared_record(
        store: Store, officers: dict[str, OfficerInfo]) -> None:
    visits.log_visit(store, visit(person(cccd=CCCD_DUC), officer_id=officers["CB01"].id), now=NOW)
    tc = visits.log_visit(store, visit(
        person(cccd=CCCD_DUC, address="Số 99 phố Bí Mật", phone="0987000111"),
        category="TC", content="Tố cáo cán bộ nhũng nhiễu", officer_id=officers["CB01"].id,
        when=at("2026-11-20", 10)), now=NOW)
    shared = citizens.by_cccd(store, CCCD_DUC, Viewer(officers["CB02"].id))
    assert shared is not None
    assert shared.address == "Số 1 ngõ 2 phố Láng Thượng" and shared.phone == "0912345678"
    # The officer who received the denunciation sees what was said at that visit.
    own = visits.get_visit(store, tc.id, Viewer(officers["CB01"].id))
    assert own.persons[0].address == "Số 99 phố Bí Mật" and own.persons[0].phone == "0987000111"


def test_the_head_sees_a_denouncers_identity_others_do_not(
        store: Store, officers: dict[str, OfficerInfo]) -> None:
    head = next(o for o in officers.values() if o.is_head)
    other = next(o for o in officers.values() if not o.is_head and o.code != "CB01")
    tc = visits.log_visit(store, visit(person(cccd=CCCD_DUC), category="TC",
                                       content="Tố cáo sai phạm", officer_id=officers["CB01"].id),
                          now=NOW)
    assert viewer_for(store, head.id).is_head
    assert not visits.get_visit(store, tc.id, viewer_for(store, head.id)).identity_hidden
    assert visits.get_visit(store, tc.id, viewer_for(store, other.id)).identity_hidden
    assert citizens.by_cccd(store, CCCD_DUC, viewer_for(store, head.id)) is not None
    assert citizens.by_cccd(store, CCCD_DUC, viewer_for(store, other.id)) is None


def test_unknown_picked_citizen_is_refused(store: Store) -> None:
    before = counts(store)
    with pytest.raises(ValidationFailed) as exc:
        visits.log_visit(store, visit(person(citizen_id=uuid.uuid4())), now=NOW)
    assert "Không tìm thấy công dân đã chọn" in exc.value.message()
    assert counts(store) == before


def test_picked_citizen_with_someone_elses_card_is_refused(store: Store) -> None:
    duc = visits.log_visit(store, visit(person(cccd=CCCD_DUC)), now=NOW)
    lan = visits.log_visit(store, visit(person("Trần Thị Lan", address="Số 3 phố Chùa Láng")),
                           now=NOW)
    before = counts(store)
    with pytest.raises(ValidationFailed) as exc:
        visits.log_visit(store, visit(person("Trần Thị Lan", cccd=CCCD_DUC,
                                             citizen_id=lan.persons[0].citizen_id)), now=NOW)
    assert exc.value.problems[0].field == "persons.0.cccd"
    assert "đã thuộc về Nguyễn Văn Đức" in exc.value.message()
    assert counts(store) == before
    assert duc.persons[0].citizen_id != lan.persons[0].citizen_id


@pytest.mark.parametrize("phone", ["0912 345 678", "+84 912.345.678", "024-3834-5678"])
def test_phone_formats_people_type_are_accepted(store: Store, phone: str) -> None:
    saved = visits.log_visit(store, visit(person(phone=phone)), now=NOW)
    assert saved.persons[0].phone == phone


@pytest.mark.parametrize("phone", ["abc", "12345", "0912-345-678-999-1"])
def test_phone_that_is_not_a_number_is_refused(store: Store, phone: str) -> None:
    with pytest.raises(ValidationFailed) as exc:
        visits.log_visit(store, visit(person(phone=phone)), now=NOW)
    assert [p.field for p in exc.value.problems] == ["persons.0.phone"]


def test_no_persons_gives_one_clear_message(store: Store) -> None:
    data = visit()
    data.persons = []
    with pytest.raises(ValidationFailed) as exc:
        visits.log_visit(store, data, now=NOW)
    assert [p.field for p in exc.value.problems] == ["persons"]
