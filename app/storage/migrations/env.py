"""Alembic environment: always run programmatically on a connection the app opened."""

from __future__ import annotations

from alembic import context

from app.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only `alembic revision --autogenerate` by developers
    from pathlib import Path

    from app.storage.engine import make_engine

    url_path = Path(context.config.get_main_option("tiepdan.db_path") or "dev.sqlite3")
    connection = make_engine(url_path).connect()



def render_item(type_: str, obj: object, autogen_context: object) -> str | bool:
    """Migrations use plain SQL types, never our model classes (which may change later)."""
    from app.models.base import NfcString, NfcText

    if type_ == "type" and isinstance(obj, NfcString):
        return f"sa.String(length={obj.impl.length})"  # type: ignore[attr-defined]
    if type_ == "type" and isinstance(obj, NfcText):
        return "sa.Text()"
    return False


def include_object(obj: object, name: str | None, type_: str, reflected: bool,
                   compare_to: object) -> bool:
    """The FTS5 tables and their shadow tables are made by hand in 0001, not by models."""
    return not (type_ == "table" and name is not None and "_fts" in name)


context.configure(
    connection=connection,
    include_object=include_object,
    render_item=render_item,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies tables
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
