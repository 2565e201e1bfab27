"""Accent-insensitive search over citizens and visits; the FTS index stays in step with the rows."""

from __future__ import annotations

import unicodedata

import pytest
from sqlalchemy import text

from app.services import citizens, search, visits
from app.storage.store import Store
from tests.helpers import CCCD_DUC, NOW, at, person, visit


@pytest.fixture
def filled(store: Store) -> Store:
    visits.log_visit(store, visit(
        person("Nguyễn Văn Đức", cccd=CCCD_DUC, address="Số 1 ngõ 2 phố Láng Thượng"),
        content="Đề nghị xem xét việc cấp giấy chứng nhận quyền sử dụng đất",
        when=at("2026-11-10")), now=NOW)
    visits.log_visit(store, visit(
        person("Đỗ Minh Đăng", address="Số 8 phố Chùa Láng", phone="0987000111"),
        content="Phản ánh tiếng ồn từ cơ sở karaoke hoạt động quá giờ",
        category="KNPA", when=at("2026-11-11")), now=NOW)
    visits.log_visit(store, visit(
        person(unicodedata.normalize("NFD", "Hoàng Thị Tuyết"), address="Số 5 phố Nguyên Hồng"),
        content="Khiếu nại quyết định xử phạt vi phạm hành chính trong xây dựng",
        category="KN", when=at("2026-11-12")), now=NOW)
    return store


def titles(store: Store, typed: str, kind: str | None = None) -> list[str]:
    return [h.title for h in search.search(store, typed) if kind in (None, h.kind)]


@pytest.mark.parametrize("typed", [
    "nguyen van duc", "Nguyễn Văn Đức", "NGUYEN VAN DUC", "ng v du",
    unicodedata.normalize("NFD", "Nguyễn Văn Đức"), "duc nguyen",
])
def test_name_found_whatever_the_accents(filled: Store, typed: str) -> None:
    assert titles(filled, typed, "citizen") == ["Nguyễn Văn Đức (1990)"]


def test_d_with_stroke_folds_to_d(filled: Store) -> None:
    assert titles(filled, "do minh dang", "citizen") == ["Đỗ Minh Đăng (không rõ năm sinh)"]
    assert titles(filled, "đỗ đăng", "citizen") == ["Đỗ Minh Đăng (không rõ năm sinh)"]


def test_nfd_stored_name_found_by_nfc_and_plain_query(filled: Store) -> None:
    for typed in ("tuyet", "Tuyết", "hoang thi tuyet"):
        assert [t.split(" (")[0] for t in titles(filled, typed, "citizen")] == ["Hoàng Thị Tuyết"]
    [c] = citizens.suggest(filled, "tuyet")
    assert c.full_name == unicodedata.normalize("NFC", "Hoàng Thị Tuyết")


def test_citizen_found_by_cccd_phone_and_address(filled: Store) -> None:
    assert titles(filled, CCCD_DUC, "citizen") == ["Nguyễn Văn Đức (1990)"]
    assert titles(filled, "001090", "citizen") == ["Nguyễn Văn Đức (1990)"]  # a prefix
    assert titles(filled, "0987000111", "citizen") == ["Đỗ Minh Đăng (không rõ năm sinh)"]
    assert titles(filled, "chua lang", "citizen") == ["Đỗ Minh Đăng (không rõ năm sinh)"]


def test_visit_found_by_content_words_without_accents(filled: Store) -> None:
    [hit] = search.search(filled, "giay chung nhan quyen su dung dat")
    assert hit.kind == "visit"
    assert hit.title.startswith("Lượt tiếp 0001/2026 – Nguyễn Văn Đức: Đề nghị xem xét")
    assert hit.detail == "10/11/2026 · KNPA"
    assert [h.kind for h in search.search(filled, "karaoke")] == ["visit"]
    assert [h.kind for h in search.search(filled, "xu phat")] == ["visit"]


def test_visit_found_by_number(filled: Store) -> None:
    hits = search.search(filled, "0002/2026")
    assert [(h.kind, h.title[:20]) for h in hits] == [("visit", "Lượt tiếp 0002/2026 ")]


def test_name_finds_the_citizen_and_their_visits(filled: Store) -> None:
    assert [h.kind for h in search.search(filled, "nguyen van duc")] == ["citizen", "visit"]


def test_hits_have_kind_id_title(filled: Store) -> None:
    for hit in search.search(filled, "lang"):
        assert hit.kind in ("citizen", "visit") and hit.id and hit.title


@pytest.mark.parametrize("typed", ["", "   ", '"', "*", "NEAR(", "a OR", "-", "zzzz", "đđđ"])
def test_odd_input_is_harmless(filled: Store, typed: str) -> None:
    assert search.search(filled, typed) == []
    assert citizens.suggest(filled, typed) == []


def test_limit(filled: Store) -> None:
    for i in range(5):
        visits.log_visit(filled, visit(person(f"Trần Văn An {i}", address=f"Số {i} phố Láng")),
                         now=NOW)
    assert len(citizens.suggest(filled, "tran van an", limit=3)) == 3
    assert len(search.search(filled, "tran van an", limit=2)) == 4  # 2 citizens + 2 visits


def test_index_follows_updates_of_a_citizen(filled: Store) -> None:
    """A returning citizen's new address replaces the old one in the index (FTS triggers)."""
    visits.log_visit(filled, visit(person("Nguyễn Văn Đức", cccd=CCCD_DUC,
                                          address="Số 40 phố Thái Thịnh")), now=NOW)
    assert titles(filled, "thai thinh", "citizen") == ["Nguyễn Văn Đức (1990)"]
    assert titles(filled, "lang thuong", "citizen") == []
    # The first visit still carries the address it was logged with.
    assert [h.kind for h in search.search(filled, "lang thuong")] == ["visit"]


def test_fts_tables_mirror_the_rows(filled: Store) -> None:
    with filled.read() as uow:
        s = uow.session
        for table in ("citizen", "visit"):
            mismatched = s.execute(text(
                f"SELECT count(*) FROM {table} t LEFT JOIN {table}_fts f ON f.rowid = t.search_key "
                f"WHERE f.text IS NOT t.search_text")).scalar()
            total, indexed = s.execute(text(
                f"SELECT (SELECT count(*) FROM {table}), (SELECT count(*) FROM {table}_fts)")).one()
            assert mismatched == 0 and total == indexed > 0
            # FTS5's own check raises if the index and its content disagree.
            s.execute(text(f"INSERT INTO {table}_fts({table}_fts) VALUES ('integrity-check')"))
