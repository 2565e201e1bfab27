"""What was saved is there after the store is closed and reopened; the SQLite settings hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services import citizens, office, search, visits
from app.storage import dbfile
from app.storage.engine import pragma
from app.storage.store import Store, open_store
from tests.helpers import CCCD_DUC, NOW, person, sqlite_rows, visit


def test_committed_data_survives_reopening(store: Store) -> None:
    saved = visits.log_visit(store, visit(person(cccd=CCCD_DUC)), now=NOW)
    data_dir = store.data_dir
    store.close()
    again = open_store(data_dir)
    try:
        assert again.migration_backup is None  # nothing to upgrade
        assert visits.get_visit(again, saved.id) == saved
        assert office.get_office(again).code == "00163"
        assert [o.code for o in office.list_officers(again)] == ["CB01", "CB02", "CB03"]
        assert [h.kind for h in search.search(again, "nguyen van duc")] == ["citizen", "visit"]
        assert citizens.by_cccd(again, CCCD_DUC) is not None
        # Numbering continues where it was.
        assert visits.log_visit(again, visit(person("Lê Thị Hoa")), now=NOW).number == "0002/2026"
    finally:
        again.close()


def test_a_commit_is_in_the_file_for_any_other_reader(store: Store) -> None:
    """Another process (a plain sqlite3 connection) sees the visit as soon as log_visit returns."""
    saved = visits.log_visit(store, visit(), now=NOW)
    rows = sqlite_rows(store.db_path, "SELECT seq, year, content FROM visit")
    assert rows == [(1, 2026, saved.content)]


def test_pragmas(store: Store) -> None:
    assert pragma(store.engine, "journal_mode") == "wal"
    assert pragma(store.engine, "synchronous") == 2  # FULL
    assert pragma(store.engine, "foreign_keys") == 1
    assert pragma(store.engine, "busy_timeout") == 10_000


def test_pragmas_on_every_pooled_connection(store: Store) -> None:
    conns = [store.engine.connect() for _ in range(3)]
    try:
        for conn in conns:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
    finally:
        for conn in conns:
            conn.close()


def test_writer_takes_the_lock_up_front(store: Store) -> None:
    """Writers BEGIN IMMEDIATE: a second writer waits instead of failing on a lock upgrade."""
    with store.write() as uow:
        uow.session.connection()  # the transaction has begun and holds the write lock
        other = dbfile.connect(store.db_path, timeout=0, isolation_level=None)
        try:
            with pytest.raises(dbfile.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        finally:
            other.close()
    with store.read() as uow:  # readers never take it
        uow.session.connection()
        other = dbfile.connect(store.db_path, timeout=0, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
        finally:
            other.close()


def test_data_dir_layout(tmp_path: Path) -> None:
    store = open_store(tmp_path / "new" / "dir")
    try:
        assert store.db_path == tmp_path / "new" / "dir" / "tiepdan.sqlite3"
        assert store.db_path.exists()
        assert not (tmp_path / "new" / "dir" / "backups").exists()
    finally:
        store.close()


def test_checkpoint_moves_the_wal_into_the_database(store: Store) -> None:
    visits.log_visit(store, visit(), now=NOW)
    store.checkpoint()
    with dbfile.connect(store.db_path) as conn:
        busy, wal_frames, checkpointed = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    assert busy == 0 and wal_frames == checkpointed


def test_a_saved_visit_has_exactly_its_search_text_in_the_index(store: Store) -> None:
    """The visit is inserted once with its text (no empty row updated afterwards)."""
    visits.log_visit(store, visit(person(cccd=CCCD_DUC)), now=NOW)
    rows = sqlite_rows(store.db_path, "SELECT v.search_text, f.text FROM visit v "
                                      "JOIN visit_fts f ON f.rowid = v.search_key")
    assert len(rows) == 1 and rows[0][0] == rows[0][1] and "nguyen van duc" in rows[0][1]
    with dbfile.connect(store.db_path) as conn:
        conn.execute("INSERT INTO visit_fts(visit_fts) VALUES ('integrity-check')")


def test_housekeeping_never_fails_the_caller(store: Store) -> None:
    store.close()
    store.checkpoint()  # engine disposed: a fresh connection is made, or the error is swallowed
    store.close()
