"""A ward's store written by schema revision 0001 still opens, upgraded if need be, with all its data.

tests/data/golden-0001.sqlite3 was made once by tests/data/make_golden.py and is never regenerated:
every later schema change must keep this test passing (ARCHITECTURE §8).
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from app.services import citizens, office, search, visits
from app.services.common import ANONYMOUS, Viewer
from app.services.visits import LogbookQuery
from app.storage import migrate
from app.storage.store import Store, open_store
from tests.helpers import NOW, person, sqlite_rows, visit

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "golden-0001.sqlite3"


@pytest.fixture
def golden(tmp_path: Path) -> Iterator[Store]:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copyfile(GOLDEN, data_dir / "tiepdan.sqlite3")
    store = open_store(data_dir)
    yield store
    store.close()


def test_golden_file_is_what_the_test_expects() -> None:
    assert GOLDEN.stat().st_size < 200 * 1024
    assert not GOLDEN.with_name(GOLDEN.name + "-wal").exists()
    assert sqlite_rows(GOLDEN, "SELECT version_num FROM alembic_version") == [("0001",)]


def test_opening_never_touches_the_committed_file(golden: Store) -> None:
    before = hashlib.sha256(GOLDEN.read_bytes()).hexdigest()
    visits.log_visit(golden, visit(), now=NOW)
    assert hashlib.sha256(GOLDEN.read_bytes()).hexdigest() == before


def test_upgraded_to_head_with_a_backup_when_needed(golden: Store) -> None:
    assert migrate.current_revision(golden.engine) == migrate.HEAD
    if migrate.HEAD == "0001":
        assert golden.migration_backup is None
    else:
        assert golden.migration_backup is not None and golden.migration_backup.exists()
    assert sqlite_rows(golden.db_path, "PRAGMA integrity_check") == [("ok",)]
    assert sqlite_rows(golden.db_path, "PRAGMA foreign_key_check") == []


def test_office_and_officers(golden: Store) -> None:
    info = office.get_office(golden)
    assert (info.code, info.name, info.upstream_name) == (
        "00163", "UBND phường Láng", "Ban Tiếp công dân thành phố Hà Nội")
    assert [(o.code, o.full_name, o.is_head) for o in office.list_officers(golden)] == [
        ("CB01", "Nguyễn Thị Lan", False), ("CB02", "Lê Văn Hùng", True)]
    assert len(office.list_fields(golden)) == 11


def test_logbook(golden: Store) -> None:
    assert visits.count_visits(golden) == 10
    rows = visits.list_visits(golden)
    assert [r.number for r in rows] == [f"{n:04d}/2026" for n in range(9, 0, -1)] + ["0001/2025"]
    assert visits.count_visits(golden, LogbookQuery(category="KN")) == 4
    assert visits.count_visits(golden, LogbookQuery(
        date_from=date(2026, 1, 1), date_to=date(2026, 5, 31))) == 5


def test_a_known_visit(golden: Store) -> None:
    v = visits.find_visit_by_number(golden, "0001/2026")
    assert v.content == "Đề nghị xem xét việc cấp giấy chứng nhận quyền sử dụng đất"
    assert (v.category, v.field_name, v.officer_name, v.outcome) == (
        "KNPA", "Đất đai", "Nguyễn Thị Lan", "petition_received")
    assert v.visited_at.strftime("%d/%m/%Y %H:%M") == "12/01/2026 08:30"
    [p] = v.persons
    assert (p.full_name, p.cccd, p.date_of_birth, p.address) == (
        "Nguyễn Văn Đức", "001090012345", date(1990, 1, 1), "Số 1 ngõ 2 phố Láng Thượng")
    assert visits.get_visit(golden, v.id) == v


def test_a_known_citizen_is_found_by_search(golden: Store) -> None:
    [hit] = [h for h in search.search(golden, "nguyen van duc") if h.kind == "citizen"]
    assert hit.title == "Nguyễn Văn Đức (1990)"
    summary = citizens.get(golden, hit.id)
    assert summary is not None
    assert (summary.cccd, summary.visit_count, summary.last_visit) == (
        "001090012345", 2, date(2026, 5, 6))
    assert [r.number for r in visits.citizen_visits(golden, hit.id)] == ["0005/2026", "0001/2026"]
    assert citizens.by_cccd(golden, "001090012345") == summary
    assert [h.kind for h in search.search(golden, "giai phong mat bang")] == ["visit"]


def test_the_crowd_visit(golden: Store) -> None:
    v = visits.find_visit_by_number(golden, "0004/2026")
    assert v.is_crowd and v.person_count == 12
    assert [p.full_name for p in v.persons] == ["Trần Văn Nam", "Lê Thị Hoa", "Vũ Đức Thắng"]
    assert all(p.is_representative for p in v.persons)


def test_the_denunciation_is_still_protected(golden: Store) -> None:
    hidden = visits.find_visit_by_number(golden, "0003/2026", ANONYMOUS)
    assert hidden.confidential and hidden.identity_hidden
    assert hidden.persons[0].cccd is None and "Tuấn" not in hidden.persons[0].full_name
    assert search.search(golden, "hoang minh tuan") == []
    lan = {o.code: o.id for o in office.list_officers(golden)}["CB01"]
    seen = visits.find_visit_by_number(golden, "0003/2026", Viewer(lan))
    assert seen.persons[0].full_name == "Hoàng Minh Tuấn"


def test_work_continues_on_the_old_data(golden: Store) -> None:
    again = visits.log_visit(golden, visit(person("Nguyễn Văn Đức", cccd="001090012345")), now=NOW)
    assert again.number == "0010/2026"
    summary = citizens.by_cccd(golden, "001090012345")
    assert summary is not None and summary.visit_count == 3
    assert office.add_officer(golden, "Trần Văn Bình").code == "CB03"


def test_golden_goes_through_a_later_migration(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """The next revision's upgrade (simulated) backs the golden store up and keeps every row."""
    from tests.storage.test_migrations import NEXT, with_next_revision

    with_next_revision(tmp_path, monkeypatch)
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copyfile(GOLDEN, data_dir / "tiepdan.sqlite3")
    store = open_store(data_dir)
    try:
        assert migrate.current_revision(store.engine) == NEXT
        assert store.migration_backup is not None
        assert sqlite_rows(store.migration_backup, "SELECT count(*) FROM visit") == [(10,)]
        assert visits.count_visits(store) == 10
        assert visits.find_visit_by_number(store, "0001/2026").persons[0].full_name == (
            "Nguyễn Văn Đức")
        assert [h.kind for h in search.search(store, "nguyen van duc")] == [
            "citizen", "visit", "visit"]
    finally:
        store.close()
