"""Migrate-on-open: back up, then upgrade with Alembic; refuse files from a newer version.

Alembic is imported only when an upgrade is due, so a normal start stays fast.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, inspect, text

from app.errors import StoreError
from app.paths import migrations_dir
from app.storage import dbfile
from app.storage.schema_version import HEAD, KNOWN_REVISIONS

__all__ = ["HEAD", "KNOWN_REVISIONS", "ensure_schema", "script_revisions", "upgrade",
           "upgrade_server"]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def stored_revision(db_path: Path) -> str | None:
    """The revision recorded in an existing file, read through a plain connection.

    The engine switches a file to WAL as it connects, which rewrites the file's header; a file
    this build has to refuse is read this way first so that it is left exactly as it was.
    """
    if not db_path.exists():
        return None
    conn = dbfile.connect(db_path)
    try:
        found = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone() if found else None
        return str(row[0]) if row else None
    finally:
        conn.close()


def backup_file(db_path: Path, backup_dir: Path, label: str) -> Path:
    """A consistent copy through SQLite's online backup (WAL content included), the same one
    the daily and manual backups use (app/storage/backup.py)."""
    from app.storage.backup import backup_name, online_backup

    return online_backup(db_path, backup_dir / backup_name(db_path, label, datetime.now()))


def _alembic_config() -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def script_revisions() -> list[str]:
    """Revisions present as migration scripts, oldest first (for the consistency test)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def upgrade(engine: Engine, target: str = "head") -> None:
    """Run migrations with foreign keys OFF (batch mode would cascade deletes; TECH-NOTES §3.5)."""
    from alembic import command

    cfg = _alembic_config()
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")  # must be outside a transaction
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, target)
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise StoreError("migration_fk", count=len(broken))
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def ensure_schema(engine: Engine, db_path: Path, backup_dir: Path) -> Path | None:
    """Bring the store to HEAD. Returns the backup made before upgrading, if any."""
    stored = stored_revision(db_path)
    if stored is not None and stored not in KNOWN_REVISIONS:
        raise StoreError("store_too_new", revision=stored)
    rev = current_revision(engine)
    if rev == HEAD:
        return None
    if rev is not None and rev not in KNOWN_REVISIONS:
        raise StoreError("store_too_new", revision=rev)
    backup = None
    if rev is not None:
        backup = backup_file(db_path, backup_dir, f"truoc-nang-cap-{rev}")
    upgrade(engine)
    return backup


def upgrade_server(engine: Engine) -> None:
    """A PostgreSQL store: refuse a newer schema, else upgrade to HEAD in one transaction
    (PostgreSQL's DDL is transactional). No file backup here: a server database is backed up
    with pg_dump by whoever runs the server."""
    from alembic import command

    rev = current_revision(engine)
    if rev == HEAD:
        return
    if rev is not None and rev not in KNOWN_REVISIONS:
        raise StoreError("store_too_new", revision=rev)
    cfg = _alembic_config()
    with engine.begin() as conn:
        # Two upstream processes opening a new database at once: one migrates, one waits.
        conn.exec_driver_sql("SELECT pg_advisory_xact_lock(7469657001)")
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
