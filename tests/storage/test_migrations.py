"""Migrate-on-open (ARCHITECTURE §8): empty → head, refuse newer files untouched, back up first."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from sqlalchemy import inspect

from app.errors import StoreError
from app.models import Base
from app.paths import migrations_dir
from app.services import office, visits
from app.storage import dbfile, migrate
from app.storage.store import open_store
from tests.helpers import NOW, person, sqlite_rows, visit

# The revision after this build's head, as the next version will ship it.
BUILD_HEAD = migrate.HEAD
NEXT = f"{int(BUILD_HEAD) + 1:04d}"

# A later schema change, as a developer would add it: a new table with a link to a visit.
MIGRATION_NEXT = '''"""test: a later revision

Revision ID: {next}
Revises: {head}
"""
from alembic import op
import sqlalchemy as sa

revision = "{next}"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "visit_note",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("visit_id", sa.Uuid(), sa.ForeignKey("visit.id"), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
    )
    with op.batch_alter_table("visit") as batch:
        batch.add_column(sa.Column("note_count", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    op.drop_table("visit_note")
'''


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_known_revisions_match_the_scripts() -> None:
    assert list(migrate.KNOWN_REVISIONS) == migrate.script_revisions()
    assert migrate.KNOWN_REVISIONS[-1] == migrate.HEAD


def test_empty_dir_migrates_to_head(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    try:
        assert migrate.current_revision(store.engine) == migrate.HEAD
        assert store.migration_backup is None
        with store.engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
        assert set(Base.metadata.tables) <= tables
        assert {"citizen_fts", "visit_fts", "alembic_version"} <= tables
    finally:
        store.close()
    assert not (tmp_path / "backups").exists()


def test_empty_file_migrates_to_head(tmp_path: Path) -> None:
    (tmp_path / "tiepdan.sqlite3").write_bytes(b"")
    store = open_store(tmp_path)
    try:
        assert migrate.current_revision(store.engine) == migrate.HEAD
    finally:
        store.close()


def test_head_schema_matches_the_models(tmp_path: Path) -> None:
    """No model change without its migration: autogenerate finds nothing to do."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    store = open_store(tmp_path)
    try:
        with store.engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"compare_type": True})
            diff = [d for d in compare_metadata(ctx, Base.metadata)
                    if not (d[0] == "remove_table" and "_fts" in d[1].name)]
        assert diff == []
    finally:
        store.close()


@pytest.mark.parametrize("journal_mode", ["wal", "delete"])
def test_newer_store_is_refused_and_left_untouched(tmp_path: Path, journal_mode: str) -> None:
    store = open_store(tmp_path)
    office.init_office(store, "00163", "UBND phường Láng")
    store.close()
    db = tmp_path / "tiepdan.sqlite3"
    conn = dbfile.connect(db)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.execute(f"PRAGMA journal_mode={journal_mode}")
    conn.close()
    before, files = digest(db), sorted(p.name for p in tmp_path.iterdir())

    with pytest.raises(StoreError) as exc:
        open_store(tmp_path)

    assert exc.value.code == "store_too_new"
    assert exc.value.exit_code == 3
    assert "9999" in exc.value.message() and "không bị thay đổi" in exc.value.message()
    assert digest(db) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == files  # no backup, no -wal left behind


def test_not_a_database_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "tiepdan.sqlite3"
    db.write_bytes(b"This is a letter, not a database.\n" * 200)
    before = digest(db)
    with pytest.raises(StoreError) as exc:
        open_store(tmp_path)
    assert exc.value.code == "store_unreadable"
    assert str(db) in exc.value.message()
    assert digest(db) == before


def test_unwritable_data_dir(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError) as exc:
        open_store(blocker / "data")
    assert exc.value.code == "store_unreadable"


def next_migration() -> str:
    return MIGRATION_NEXT.replace("{next}", NEXT).replace("{head}", BUILD_HEAD)


def with_next_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This build plus one newer migration script, as the next version will ship."""
    scripts = tmp_path / "migrations"
    shutil.copytree(migrations_dir(), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / f"{NEXT}_test_note.py").write_text(next_migration(), encoding="utf-8")
    monkeypatch.setattr(migrate, "migrations_dir", lambda: scripts)
    monkeypatch.setattr(migrate, "KNOWN_REVISIONS", (*migrate.KNOWN_REVISIONS, NEXT))
    monkeypatch.setattr(migrate, "HEAD", NEXT)
    return scripts


def test_older_store_is_backed_up_then_upgraded(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    data_dir = tmp_path / "data"
    store = open_store(data_dir)  # made by this build: its head revision
    head = migrate.HEAD
    office.init_office(store, "00163", "UBND phường Láng")
    saved = visits.log_visit(store, visit(person()), now=NOW)
    store.close()

    with_next_revision(tmp_path, monkeypatch)
    assert migrate.script_revisions() == [*migrate.KNOWN_REVISIONS]
    assert migrate.script_revisions()[-2:] == [head, NEXT]
    upgraded = open_store(data_dir)
    try:
        backup = upgraded.migration_backup
        assert backup is not None and backup.parent == data_dir / "backups"
        assert f"truoc-nang-cap-{head}" in backup.name
        # The backup is the old store, whole and readable without the app.
        assert sqlite_rows(backup, "SELECT version_num FROM alembic_version") == [(head,)]
        assert sqlite_rows(backup, "SELECT seq, year FROM visit") == [(1, 2026)]
        assert sqlite_rows(backup, "PRAGMA integrity_check") == [("ok",)]
        # The store is at the new head and its data is intact.
        assert migrate.current_revision(upgraded.engine) == NEXT
        assert sqlite_rows(upgraded.db_path, "SELECT note_count FROM visit") == [(0,)]
        assert visits.get_visit(upgraded, saved.id) == saved
        assert sqlite_rows(upgraded.db_path, "PRAGMA foreign_key_check") == []
    finally:
        upgraded.close()
    # Opening again: nothing to do, no new backup.
    again = open_store(data_dir)
    try:
        assert again.migration_backup is None
        assert len(list((data_dir / "backups").iterdir())) == 1
    finally:
        again.close()


def test_failed_upgrade_keeps_the_old_store(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    store = open_store(data_dir)
    office.init_office(store, "00163", "UBND phường Láng")
    visits.log_visit(store, visit(person()), now=NOW)
    store.close()

    with pytest.MonkeyPatch.context() as mp:
        scripts = with_next_revision(tmp_path, mp)
        broken = next_migration().replace(
            'server_default="0"))',
            'server_default="0"))\n'
            '    op.execute("INSERT INTO visit_note (visit_id, text) VALUES (\'nope\', \'x\')")')
        (scripts / "versions" / f"{NEXT}_test_note.py").write_text(broken, encoding="utf-8")
        with pytest.raises(StoreError) as exc:
            open_store(data_dir)
    assert exc.value.code == "migration_fk"
    db = data_dir / "tiepdan.sqlite3"
    assert sqlite_rows(db, "SELECT version_num FROM alembic_version") == [(BUILD_HEAD,)]
    assert sqlite_rows(db, "SELECT count(*) FROM visit") == [(1,)]
    names = {r[0] for r in sqlite_rows(db, "SELECT name FROM sqlite_master WHERE type='table'")}
    assert "visit_note" not in names
    [backup] = (data_dir / "backups").iterdir()  # made before the attempt
    assert sqlite_rows(backup, "SELECT count(*) FROM visit") == [(1,)]
    # This build still opens the store as it was.
    store = open_store(data_dir)
    try:
        assert visits.count_visits(store) == 1
    finally:
        store.close()
