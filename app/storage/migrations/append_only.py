"""Append-only tables (the audit log 0008, the change log 0010): triggers refusing UPDATE and
DELETE, in SQLite's form or, on an upstream's PostgreSQL store, through one trigger function.
Shared by those migrations; keep it stable, they run it as it is."""

from __future__ import annotations

from alembic import op

_PG_FUNCTION = (
    "CREATE OR REPLACE FUNCTION tiepdan_append_only() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$"
)
_VERBS = ("UPDATE", "DELETE")


def _sqlite() -> bool:
    return bool(op.get_bind().dialect.name == "sqlite")


def protect(table: str) -> None:
    """Refuse every UPDATE and DELETE of `table`'s rows from now on."""
    if not _sqlite():
        op.execute(_PG_FUNCTION)
    for verb in _VERBS:
        name = f"{table}_no_{verb.lower()}"
        if _sqlite():
            op.execute(f"CREATE TRIGGER {name} BEFORE {verb} ON {table} "
                       f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END")
        else:
            op.execute(f"CREATE TRIGGER {name} BEFORE {verb} ON {table} "
                       "FOR EACH ROW EXECUTE FUNCTION tiepdan_append_only()")


def unprotect(table: str) -> None:
    on = "" if _sqlite() else f" ON {table}"
    for verb in reversed(_VERBS):
        op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{verb.lower()}{on}")
