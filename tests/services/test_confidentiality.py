"""A denunciation (TC) protects its author from the moment it is saved (LAW.md §11).

Everyone but the officer who received it sees a pseudonym, no address and no CCCD, in every
way of looking: the logbook, one visit, a person's history, search, and suggestions.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlalchemy import text

from app.services import citizens, search, visits
from app.services.common import ANONYMOUS, Viewer
from app.services.office import OfficerInfo
from app.storage.store import Store
from tests.helpers import CCCD_MINH, NOW, at, person, visit

DENOUNCER = "Hoàng Minh Tuấn"
ADDRESS = "Số 77 ngách 12 phố Pháo Đài Láng"
PHONE = "0987654321"
CONTENT = "Tố cáo cán bộ địa chính phường nhũng nhiễu khi giải quyết hồ sơ"


@dataclass
class Case:
    lan: Viewer  # received the denunciation
    binh: Viewer  # another desk officer
    tc: visits.VisitRecord
    citizen_id: object


@pytest.fixture
def case(store: Store, officers: dict[str, OfficerInfo]) -> Case:
    lan, binh = Viewer(officers["CB01"].id), Viewer(officers["CB02"].id)
    tc = visits.log_visit(store, visit(
        person(DENOUNCER, cccd=CCCD_MINH, address=ADDRESS, phone=PHONE),
        category="TC", content=CONTENT, officer_id=lan.officer_id, when=at("2026-11-18")),
        now=NOW)
    # Somebody else's ordinary visit, so lists are not trivially empty.
    visits.log_visit(store, visit(person("Lê Thị Hoa", address="Số 3 phố Láng"),
                                  officer_id=binh.officer_id, when=at("2026-11-19")), now=NOW)
    assert tc.confidential and not tc.identity_hidden
    return Case(lan, binh, tc, tc.persons[0].citizen_id)


def others(case: Case) -> list[Viewer]:
    return [ANONYMOUS, case.binh]


def leaks(value: object) -> bool:
    s = str(value)
    return any(secret in s for secret in (DENOUNCER, "Tuấn", ADDRESS, CCCD_MINH, PHONE))


def test_visit_shown_with_a_pseudonym_to_others(store: Store, case: Case) -> None:
    for viewer in others(case):
        got = visits.get_visit(store, case.tc.id, viewer)
        assert got.identity_hidden and got.confidential
        [p] = got.persons
        assert p.full_name.startswith("Người tố cáo (bảo mật) #")
        assert (p.citizen_id, p.cccd, p.address, p.phone, p.date_of_birth) == (
            None, None, "", None, None)
        assert got.content == CONTENT  # the matter itself is not secret
        assert not leaks(got)
        assert visits.find_visit_by_number(store, case.tc.number, viewer) == got


def test_its_officer_sees_the_identity(store: Store, case: Case) -> None:
    got = visits.get_visit(store, case.tc.id, case.lan)
    assert got.confidential and not got.identity_hidden
    assert (got.persons[0].full_name, got.persons[0].cccd, got.persons[0].address) == (
        DENOUNCER, CCCD_MINH, ADDRESS)
    [row] = [r for r in visits.list_visits(store, viewer=case.lan) if r.id == case.tc.id]
    assert (row.persons_label, row.address, row.cccd) == (DENOUNCER, ADDRESS, CCCD_MINH)


def test_logbook_rows(store: Store, case: Case) -> None:
    for viewer in others(case):
        rows = visits.list_visits(store, viewer=viewer)
        assert len(rows) == 2
        [row] = [r for r in rows if r.id == case.tc.id]
        assert row.identity_hidden and row.confidential
        assert row.persons_label.startswith("Người tố cáo (bảo mật) #")
        assert (row.address, row.cccd) == ("", "")
        assert not leaks(rows)


def test_pseudonym_is_stable(store: Store, case: Case) -> None:
    labels = {visits.get_visit(store, case.tc.id).persons[0].full_name,
              visits.get_visit(store, case.tc.id, case.binh).persons[0].full_name,
              visits.list_visits(store)[-1].persons_label}
    assert len(labels) == 1


def test_citizen_history(store: Store, case: Case) -> None:
    cid = case.citizen_id
    for viewer in others(case):
        assert visits.citizen_visits(store, cid, viewer) == []  # type: ignore[arg-type]
        assert citizens.get(store, cid, viewer) is None  # type: ignore[arg-type]
        assert citizens.by_cccd(store, CCCD_MINH, viewer) is None
    [row] = visits.citizen_visits(store, cid, case.lan)  # type: ignore[arg-type]
    assert row.id == case.tc.id and row.persons_label == DENOUNCER
    found = citizens.by_cccd(store, CCCD_MINH, case.lan)
    assert found is not None and found.visit_count == 1


@pytest.mark.parametrize("typed", ["hoang minh tuan", "Tuấn", CCCD_MINH, "pho phao dai", PHONE])
def test_search_and_suggestions_do_not_find_the_denouncer(store: Store, case: Case,
                                                          typed: str) -> None:
    for viewer in others(case):
        assert citizens.suggest(store, typed, viewer=viewer) == []
        hits = search.search(store, typed, viewer=viewer)
        assert hits == [], hits


def test_search_by_content_shows_the_pseudonym(store: Store, case: Case) -> None:
    for viewer in others(case):
        [hit] = search.search(store, "nhung nhieu", viewer=viewer)
        assert (hit.kind, hit.id) == ("visit", case.tc.id)
        assert "Người tố cáo (bảo mật)" in hit.title and not leaks(hit)
    [hit] = search.search(store, "nhung nhieu", viewer=case.lan)
    assert DENOUNCER in hit.title


def test_its_officer_finds_the_person(store: Store, case: Case) -> None:
    [s] = citizens.suggest(store, "hoang minh", viewer=case.lan)
    assert (s.full_name, s.cccd, s.address, s.visit_count) == (DENOUNCER, CCCD_MINH, ADDRESS, 1)
    kinds = [h.kind for h in search.search(store, CCCD_MINH, viewer=case.lan)]
    assert kinds == ["citizen"]  # the visit is never indexed by its author's identity


def test_the_index_holds_no_identity_of_a_denunciation(store: Store, case: Case) -> None:
    with store.read() as uow:
        indexed = uow.session.execute(text(
            "SELECT f.text FROM visit_fts f JOIN visit v ON v.search_key = f.rowid "
            "WHERE v.id = :id"), {"id": case.tc.id.hex}).scalar_one()
    assert "nhung nhieu" in indexed
    assert "tuan" not in indexed and CCCD_MINH not in indexed and "phao dai" not in indexed


def test_a_known_citizen_who_also_denounced(store: Store, case: Case) -> None:
    """Visible through their ordinary visit, but the denunciation stays out of their history."""
    ordinary = visits.log_visit(store, visit(
        person(DENOUNCER, cccd=CCCD_MINH, address=ADDRESS, phone=PHONE),
        content="Hỏi thủ tục tách thửa", category="OTHER", officer_id=case.binh.officer_id,
        when=at("2026-11-20", 8)), now=NOW)
    assert ordinary.persons[0].citizen_id == case.citizen_id
    for viewer in others(case):
        summary = citizens.get(store, case.citizen_id, viewer)  # type: ignore[arg-type]
        assert summary is not None and summary.visit_count == 1
        history = visits.citizen_visits(store, case.citizen_id, viewer)  # type: ignore[arg-type]
        assert [r.id for r in history] == [ordinary.id]
        [s] = citizens.suggest(store, "hoang minh tuan", viewer=viewer)
        assert s.visit_count == 1 and s.last_visit == ordinary.visit_date
    history = visits.citizen_visits(store, case.citizen_id, case.lan)  # type: ignore[arg-type]
    assert [r.id for r in history] == [ordinary.id, case.tc.id]


def test_denunciation_without_an_officer_is_hidden_from_everyone(store: Store, case: Case) -> None:
    saved = visits.log_visit(store, visit(
        person("Đinh Thị Nga", address="Số 5 phố Láng"), category="TC",
        content="Tố cáo sai phạm thu chi quỹ tổ dân phố"), now=NOW)
    assert saved.identity_hidden
    for viewer in [*others(case), case.lan]:
        assert visits.get_visit(store, saved.id, viewer).identity_hidden
        assert citizens.suggest(store, "dinh thi nga", viewer=viewer) == []
