"""log_visit against a real SQLite file: numbering, returning citizens, refusals that write nothing."""

from __future__ import annotations

import unicodedata
import uuid
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from app.clock import VN_TZ
from app.errors import InputError, ValidationFailed
from app.models import Citizen, Office, Visit
from app.services import citizens, visits
from app.services.common import Viewer
from app.services.office import OfficerInfo
from app.storage.store import Store
from tests.helpers import CCCD_DUC, CCCD_LAN, NOW, at, counts, person, visit

Officers = dict[str, OfficerInfo]


def log(store: Store, v: visits.VisitInput, now: datetime = NOW) -> visits.VisitRecord:
    return visits.log_visit(store, v, now=now)


def citizen_count(store: Store) -> int:
    with store.read() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(Citizen)) or 0)


def refused(store: Store, v: visits.VisitInput, now: datetime = NOW) -> set[str]:
    """Log `v`, expect a refusal that changed nothing; return the fields it named."""
    before = counts(store)
    with pytest.raises(ValidationFailed) as exc:
        visits.log_visit(store, v, now=now)
    assert counts(store) == before
    assert exc.value.problems and all(p.message for p in exc.value.problems)
    return {p.field for p in exc.value.problems}


# ----------------------------------------------------------------------------- numbering


def test_numbers_run_per_year(store: Store) -> None:
    assert log(store, visit(when=at("2026-01-05"))).number == "0001/2026"
    assert log(store, visit(person("Lê Thị Hoa"), when=at("2026-03-01"))).number == "0002/2026"
    # A visit entered late for the previous year takes that year's next number.
    assert log(store, visit(person("Phạm Văn Nam"), when=at("2025-12-30"))).number == "0001/2025"
    assert log(store, visit(person("Phạm Thị Mai"), when=at("2025-12-31"))).number == "0002/2025"
    assert log(store, visit(person("Đỗ Văn Hải"), when=at("2026-06-01"))).number == "0003/2026"


def test_new_year_restarts_at_one_by_hanoi_date(store: Store) -> None:
    # 23:30 on 31/12 in Hà Nội is still 2025; 00:30 on 1/1 is 2026 though it is 2025 in UTC.
    assert log(store, visit(when=at("2025-12-31", 23, 30))).number == "0001/2025"
    new_year = log(store, visit(person("Lê Thị Hoa"), when=at("2026-01-01", 0, 30)))
    assert new_year.number == "0001/2026"
    assert new_year.visit_date == date(2026, 1, 1)
    assert new_year.visited_at == datetime(2026, 1, 1, 0, 30, tzinfo=VN_TZ)


def test_numbers_are_per_office(store: Store) -> None:
    """Another office's visits (held by an upstream store) never take this office's numbers."""
    with store.write() as uow:
        other = Office(code="00999", name="UBND phường Khác")
        uow.session.add(other)
        uow.session.flush()
        uow.session.add(Visit(
            office_id=other.id, year=2026, seq=7, search_key=1000, visited_at=datetime(2026, 2, 1),
            visit_date=date(2026, 2, 1), reception_type="regular", received_by="officer",
            content="Của phường khác", category="KNPA", outcome="answered"))
        uow.audit("test.import", "visit", "", "Lượt tiếp của phường khác (như khi đồng bộ)")
        uow.commit()
    mine = log(store, visit(when=at("2026-02-02")))
    assert mine.number == "0001/2026"
    assert visits.find_visit_by_number(store, "0001/2026").id == mine.id
    with pytest.raises(InputError):  # 0007/2026 is the other office's
        visits.find_visit_by_number(store, "0007/2026")


def test_a_refused_visit_takes_no_number(store: Store) -> None:
    refused(store, visit(content=""))
    assert log(store, visit()).number == "0001/2026"


def test_uninitialised_store_is_refused(bare_store: Store) -> None:
    with pytest.raises(InputError) as exc:
        visits.log_visit(bare_store, visit(), now=NOW)
    assert exc.value.code == "store_not_initialised"
    assert "tiepdan init" in exc.value.message()


# ----------------------------------------------------------------------------- what is stored


def test_stored_record_round_trips(store: Store, officers: Officers) -> None:
    lan = officers["CB01"]
    saved = log(store, visit(
        person(cccd=CCCD_DUC, date_of_birth=date(1990, 5, 17), gender="male"),
        when=at("2026-11-19", 14, 5), officer_id=lan.id, field_code="DAT",
        requests="Đề nghị trả lời bằng văn bản", outcome="petition_received"))
    got = visits.get_visit(store, saved.id)
    assert got == saved
    assert got.number == "0001/2026"
    assert got.visited_at == datetime(2026, 11, 19, 14, 5, tzinfo=VN_TZ)
    assert (got.officer_name, got.field_name) == ("Nguyễn Thị Lan", "Đất đai")
    [p] = got.persons
    assert (p.full_name, p.cccd, p.date_of_birth, p.gender, p.address) == (
        "Nguyễn Văn Đức", CCCD_DUC, date(1990, 5, 17), "male", "Số 1 ngõ 2 phố Láng Thượng")
    assert not got.confidential and not got.identity_hidden
    assert visits.find_visit_by_number(store, "0001/2026") == saved


def test_text_is_stored_nfc_and_trimmed(store: Store) -> None:
    nfd = unicodedata.normalize("NFD", "  Nguyễn   Văn Đức ")
    saved = log(store, visit(person(nfd, address=unicodedata.normalize("NFD", "Số 1 phố Láng")),
                             content=unicodedata.normalize("NFD", " Phản ánh  tiếng ồn ")))
    assert saved.persons[0].full_name == "Nguyễn Văn Đức"
    assert saved.persons[0].address == "Số 1 phố Láng"
    assert saved.content == "Phản ánh tiếng ồn"


def test_cccd_typed_with_separators_is_normalised(store: Store) -> None:
    saved = log(store, visit(person(cccd="001 090.012-345")))
    assert saved.persons[0].cccd == CCCD_DUC


def test_unknown_ids_are_input_errors(store: Store) -> None:
    with pytest.raises(InputError):
        visits.get_visit(store, uuid.uuid4())
    for number in ("0001/2026", "abc", "1/2/3"):
        with pytest.raises(InputError):
            visits.find_visit_by_number(store, number)


# ----------------------------------------------------------------------------- returning citizens


def test_returning_citizen_found_by_cccd(store: Store) -> None:
    first = log(store, visit(person(cccd=CCCD_DUC), when=at("2026-10-01")))
    again = log(store, visit(person("Nguyễn Văn Đức", cccd=CCCD_DUC,
                                    address="Số 9 phố Chùa Láng"), when=at("2026-11-02")))
    assert citizen_count(store) == 1
    assert again.persons[0].citizen_id == first.persons[0].citizen_id
    # The logbook keeps each visit's address; the citizen now lives at the new one.
    assert visits.get_visit(store, first.id).persons[0].address == "Số 1 ngõ 2 phố Láng Thượng"
    assert again.persons[0].address == "Số 9 phố Chùa Láng"
    summary = citizens.get(store, first.persons[0].citizen_id)  # type: ignore[arg-type]
    assert summary is not None
    assert (summary.visit_count, summary.last_visit, summary.address) == (
        2, date(2026, 11, 2), "Số 9 phố Chùa Láng")


def test_returning_citizen_found_by_folded_name_and_address(store: Store) -> None:
    first = log(store, visit(person("Nguyễn Văn Đức", address="Số 1 ngõ 2 phố Láng Thượng")))
    again = log(store, visit(person(unicodedata.normalize("NFD", "NGUYỄN văn  ĐỨC"),
                                    address="số 1 Ngõ 2  phố láng thượng")))
    assert citizen_count(store) == 1
    assert again.persons[0].citizen_id == first.persons[0].citizen_id


def test_name_and_address_match_fills_in_a_birth_date(store: Store) -> None:
    first = log(store, visit(person()))
    again = log(store, visit(person(date_of_birth=date(1990, 1, 1))))
    assert citizen_count(store) == 1
    assert again.persons[0].citizen_id == first.persons[0].citizen_id
    assert again.persons[0].date_of_birth == date(1990, 1, 1)


def test_same_name_and_address_with_other_birth_date_is_another_person(store: Store) -> None:
    father = log(store, visit(person(date_of_birth=date(1960, 3, 1))))
    son = log(store, visit(person(date_of_birth=date(1990, 3, 1))))
    assert citizen_count(store) == 2
    assert father.persons[0].citizen_id != son.persons[0].citizen_id


def test_other_address_is_another_person(store: Store) -> None:
    log(store, visit(person(address="Số 1 phố Láng")))
    log(store, visit(person(address="Số 2 phố Láng")))
    assert citizen_count(store) == 2


def test_picked_citizen_id_wins(store: Store) -> None:
    first = log(store, visit(person(cccd=CCCD_DUC)))
    cid = first.persons[0].citizen_id
    again = log(store, visit(person("Nguyễn Văn Đức", address="", phone=None, citizen_id=cid)))
    assert citizen_count(store) == 1
    assert again.persons[0].citizen_id == cid
    # Blanks never erase what is known; the visit shows the known address.
    assert again.persons[0].address == "Số 1 ngõ 2 phố Láng Thượng"
    assert again.persons[0].phone == "0912345678"


# ----------------------------------------------------------------------------- refusals


def test_refusals_name_their_fields_and_write_nothing(store: Store, officers: Officers) -> None:
    log(store, visit(person(cccd=CCCD_DUC)))  # something already there
    assert refused(store, visit(person(""))) == {"persons.0.full_name"}
    assert refused(store, visit(person(cccd="00109001234"))) == {"persons.0.cccd"}
    assert refused(store, visit(person(cccd="097090012345"))) == {"persons.0.cccd"}
    assert refused(store, visit(person(cccd=CCCD_DUC, date_of_birth=date(1991, 1, 1)))) == {
        "persons.0.cccd"}
    assert refused(store, visit(person(cccd=CCCD_DUC, gender="female"))) == {"persons.0.cccd"}
    assert refused(store, visit(person(old_id="12345"))) == {"persons.0.old_id"}
    assert refused(store, visit(person(old_id="٠١٢٣٤٥٦٧٨"))) == {"persons.0.old_id"}
    assert refused(store, visit(person(cccd="００１０９００１２３４５"))) == {"persons.0.cccd"}
    assert refused(store, visit(person(address=""))) == {"persons.0.address"}
    assert refused(store, visit(person(gender="nam"))) == {"persons.0.gender"}
    assert refused(store, visit(person(role="boss"))) == {"persons.0.role"}
    assert refused(store, visit(person(date_of_birth=date(1899, 12, 31)))) == {
        "persons.0.date_of_birth"}
    assert refused(store, visit(person(date_of_birth=date(2026, 11, 21)))) == {
        "persons.0.date_of_birth"}  # born after "now"
    assert refused(store, visit(content="  ")) == {"content"}
    assert refused(store, visit(category="XYZ")) == {"category"}
    assert refused(store, visit(reception_type="weekly")) == {"reception_type"}
    assert refused(store, visit(outcome="won")) == {"outcome"}
    assert refused(store, visit(repeat="often")) == {"repeat"}
    assert refused(store, visit(received_by="mayor")) == {"received_by"}
    assert refused(store, visit(outcome="refused")) == {"outcome_note"}
    assert refused(store, visit(field_code="NOPE")) == {"field_code"}
    assert refused(store, visit(officer_id=uuid.uuid4())) == {"officer_id"}
    assert refused(store, visit(received_by="head", officer_id=officers["CB01"].id)) == {
        "officer_id"}
    assert refused(store, visit(received_by="deputy", officer_id=officers["CB03"].id)) == {
        "officer_id"}
    assert refused(store, visit(person_count=0)) == {"person_count"}
    assert refused(store, visit(person_count=100_000)) == {"person_count"}
    assert refused(store, visit(
        person(cccd=CCCD_LAN), person("Trần Thị Lan", cccd=CCCD_LAN))) == {"persons"}
    v = visit()
    v.persons = []
    assert "persons" in refused(store, v)


def test_several_problems_in_one_refusal(store: Store) -> None:
    fields = refused(store, visit(person("", cccd="123"), content="", category="?"))
    assert fields == {"persons.0.full_name", "persons.0.cccd", "content", "category"}


def test_visit_time_limits(store: Store) -> None:
    assert refused(store, visit(when=NOW + timedelta(minutes=11))) == {"visited_at"}
    assert refused(store, visit(when=at("1999-12-31"))) == {"visited_at"}
    # A desk clock a few minutes behind the PC's is tolerated.
    assert log(store, visit(when=NOW + timedelta(minutes=9))).number == "0001/2026"


def test_the_same_citizen_twice_in_one_visit_is_refused_after_matching(store: Store) -> None:
    """Caught only once both are matched to the same row: the transaction must roll back."""
    cid = log(store, visit(person(cccd=CCCD_DUC))).persons[0].citizen_id
    fields = refused(store, visit(person(citizen_id=cid, cccd=None),
                                  person("Nguyễn Văn Đức", address="Số 1 ngõ 2 phố Láng Thượng")))
    assert fields == {"persons"}


def test_denunciation_needs_a_way_to_reach_the_denouncer(store: Store) -> None:
    assert refused(store, visit(person(cccd=CCCD_DUC, address="", phone=None), category="TC")) == {
        "persons.0.phone"}
    assert log(store, visit(person(cccd=CCCD_DUC, address="", phone="0912345678"),
                            category="TC")).confidential


# ----------------------------------------------------------------------------- crowds


def crowd(size: int, reps: int) -> visits.VisitInput:
    people = [person(f"Người đại diện {i}", address=f"Số {i} phố Láng", role="representative",
                     is_representative=True) for i in range(reps)]
    return visit(*people, person_count=size, is_crowd=True, category="KN",
                 content="Tập thể hộ dân khiếu nại đơn giá bồi thường")


def test_crowd_of_twelve_with_six_representatives_is_refused(store: Store) -> None:
    before = counts(store)
    with pytest.raises(ValidationFailed) as exc:
        visits.log_visit(store, crowd(12, 6), now=NOW)
    assert counts(store) == before
    assert exc.value.for_field("persons") == [
        "Đoàn 12 người chỉ được cử tối đa 5 người đại diện "
        "(Luật Tiếp công dân 2013, Điều 29; Nghị định 124/2020/NĐ-CP, Điều 6)."]


def test_crowd_of_twelve_with_five_representatives_is_accepted(store: Store) -> None:
    saved = log(store, crowd(12, 5))
    assert saved.is_crowd and saved.person_count == 12 and len(saved.persons) == 5
    assert all(p.is_representative for p in saved.persons)
    [row] = visits.list_visits(store)
    assert row.persons_label == "Người đại diện 0 (+11)"


def test_small_crowds(store: Store) -> None:
    assert refused(store, crowd(8, 3)) == {"persons"}
    assert refused(store, crowd(4, 1)) == {"person_count"}
    assert refused(store, crowd(6, 0)) == {"persons"}
    assert refused(store, crowd(1, 2)) == {"person_count"}  # fewer people than names
    assert log(store, crowd(8, 2)).person_count == 8


def test_representatives_listed_first_in_the_logbook(store: Store) -> None:
    v = visit(person("Lê Thị Hoa", address="Số 3 phố Láng"),
              person("Trần Văn Nam", address="Số 4 phố Láng", is_representative=True,
                     role="representative"),
              person_count=6, is_crowd=True)
    saved = log(store, v)
    assert [p.full_name for p in saved.persons] == ["Lê Thị Hoa", "Trần Văn Nam"]
    [row] = visits.list_visits(store)
    assert row.persons_label == "Trần Văn Nam (+5)"


def test_log_visit_record_is_seen_by_its_officer(store: Store, officers: Officers) -> None:
    lan = officers["CB01"].id
    saved = log(store, visit(person(cccd=CCCD_DUC), category="TC", officer_id=lan))
    assert not saved.identity_hidden
    assert visits.get_visit(store, saved.id, Viewer(lan)) == saved
