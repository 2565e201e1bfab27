"""The FTS update triggers (migration 0013) rewrite an FTS row only when the row's search text
or key changed; search results are the same either way."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import text

from app.services import petitions, search, visits
from app.services.petitions import PetitionInput
from app.storage.store import Store
from tests.helpers import CCCD_DUC, NOW, at, person, visit

TABLES = ("citizen", "visit", "petition")


@pytest.fixture
def filled(store: Store) -> Store:
    visits.log_visit(store, visit(
        person("Nguyễn Văn Đức", cccd=CCCD_DUC, address="Số 1 ngõ 2 phố Láng Thượng"),
        content="Đề nghị xem xét việc cấp giấy chứng nhận quyền sử dụng đất",
        when=at("2026-11-10")), now=NOW)
    petitions.register(store, PetitionInput(
        received_date=at("2026-11-12").date(), content_type="KN",
        content="Khiếu nại quyết định xử phạt vi phạm hành chính về xây dựng",
        senders=[person("Đỗ Minh Đăng", address="Số 8 phố Chùa Láng")]),
        today=at("2026-11-20").date())
    return store


def run(store: Store, sql: str, **params: Any) -> list[Any]:
    with store.engine.begin() as conn:
        result = conn.execute(text(sql), params)
        return list(result) if result.returns_rows else []


def fts_text(store: Store, table: str, key: int) -> list[str]:
    return [r[0] for r in run(store, f"SELECT text FROM {table}_fts WHERE rowid = :k", k=key)]


def hits(store: Store, typed: str) -> list[tuple[str, str]]:
    return sorted((h.kind, h.title) for h in search.search(store, typed))


def test_each_update_trigger_is_guarded(filled: Store) -> None:
    sql = dict(run(filled, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                           "AND name LIKE '%\\_fts\\_au' ESCAPE '\\'"))
    assert sorted(sql) == sorted(f"{t}_fts_au" for t in TABLES)
    for table in TABLES:
        assert ("WHEN old.search_text IS NOT new.search_text "
                "OR old.search_key IS NOT new.search_key") in sql[f"{table}_fts_au"]


@pytest.mark.parametrize("table", TABLES)
def test_an_update_that_keeps_the_text_leaves_the_fts_row_alone(filled: Store, table: str
                                                                  ) -> None:
    [(key, before)] = run(filled, f"SELECT search_key, search_text FROM {table} LIMIT 1")
    # A probe: take the FTS row away by hand; an update that rewrote it would put it back.
    run(filled, f"DELETE FROM {table}_fts WHERE rowid = :k", k=key)
    # What the sync importer's upsert does to a later image: every column set, text unchanged.
    run(filled, f"UPDATE {table} SET search_text = search_text, search_key = search_key, "
                "version = version + 1 WHERE search_key = :k", k=key)
    assert fts_text(filled, table, key) == []
    # A changed text is written (and the probe's damage with it).
    run(filled, f"UPDATE {table} SET search_text = :t WHERE search_key = :k", t="moi " + before,
        k=key)
    assert fts_text(filled, table, key) == ["moi " + before]
    run(filled, f"UPDATE {table} SET search_text = :t WHERE search_key = :k", t=before, k=key)
    assert fts_text(filled, table, key) == [before]
    run(filled, f"INSERT INTO {table}_fts({table}_fts) VALUES ('integrity-check')")


@pytest.mark.parametrize("table", TABLES)
def test_a_changed_key_moves_the_fts_row(filled: Store, table: str) -> None:
    [(key, txt, top)] = run(filled, f"SELECT search_key, search_text, "
                                    f"(SELECT max(search_key) FROM {table}) FROM {table} LIMIT 1")
    run(filled, f"UPDATE {table} SET search_key = :n WHERE search_key = :k", n=top + 10, k=key)
    assert fts_text(filled, table, key) == [] and fts_text(filled, table, top + 10) == [txt]


def test_search_results_follow_the_rows(filled: Store) -> None:
    queries = ("nguyen van duc", "lang thuong", "do minh dang", "xu phat", "chung nhan")
    before = {q: hits(filled, q) for q in queries}
    assert all(before.values())
    for table in TABLES:  # every row re-written with the same text: nothing changes
        run(filled, f"UPDATE {table} SET search_text = search_text, version = version + 1")
    assert {q: hits(filled, q) for q in queries} == before
    run(filled, "UPDATE citizen SET search_text = replace(search_text, 'lang thuong', "
                "'thai thinh')")
    assert hits(filled, "lang thuong") == [
        h for h in before["lang thuong"] if h[0] != "citizen"]
    assert [h[0] for h in hits(filled, "thai thinh")] == ["citizen"]
    for table in TABLES:
        run(filled, f"INSERT INTO {table}_fts({table}_fts) VALUES ('integrity-check')")
