"""Per-day counters for the statistics page (table day_count, app/models/daycount.py).

Kept by SQLite triggers on `visit` and `petition`, so they change in the same transaction as
the rows whatever writes them: the services through the ORM, the Excel import, the sync
importer's Core upserts at the upstream (which no session event sees), a bulk load. A trigger
costs one primary-key upsert per written row.

What is counted (live rows only, deleted_at IS NULL):

* visit: by visit_date × category × field × crowd × repeated ("nhiều lần");
* petition: by received_date × content type × field × repeated (a later round or a duplicate);
* accepted: by accepted_on × content type (a case, thụ lý);
* resolved: accepted petitions by resolved_on × content type × late (after resolution_due).

`recount_sql()` is the same figures computed from the rows: migration 0011 fills the table with
it and the tests compare the two. Changing a definition here needs a new migration that
recreates the triggers and refills the table.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

COLUMNS = ("kind", "day", "category", "field", "crowd", "repeated", "late")


@dataclass(frozen=True)
class _Spec:
    table: str
    kind: str
    live: str  # {r} is the row: NEW, OLD or the table alias
    day: str
    category: str
    field: str = "''"
    crowd: str = "0"
    repeated: str = "0"
    late: str = "0"

    def values(self, r: str) -> list[str]:
        return [f"'{self.kind}'"] + [getattr(self, c).format(r=r) for c in COLUMNS[1:]]

    def when(self, r: str) -> str:
        return self.live.format(r=r)


SPECS = (
    _Spec("visit", "visit", "{r}.deleted_at IS NULL", "{r}.visit_date", "{r}.category",
          "coalesce({r}.field_code, '')", "{r}.is_crowd", "({r}.repeat = 'repeat')"),
    _Spec("petition", "petition", "{r}.deleted_at IS NULL", "{r}.received_date",
          "{r}.content_type", "coalesce({r}.field_code, '')",
          repeated="({r}.round > 1 OR {r}.duplicate_of_id IS NOT NULL)"),
    _Spec("petition", "accepted", "{r}.deleted_at IS NULL AND {r}.accepted_on IS NOT NULL",
          "{r}.accepted_on", "{r}.content_type"),
    _Spec("petition", "resolved", "{r}.deleted_at IS NULL AND {r}.accepted_on IS NOT NULL "
          "AND {r}.resolved_on IS NOT NULL", "{r}.resolved_on", "{r}.content_type",
          late="coalesce({r}.resolved_on > {r}.resolution_due, 0)"),
)
# The columns whose change can move a row between counters (UPDATE OF …).
WATCHED = {
    "visit": ("visit_date", "category", "field_code", "is_crowd", "repeat", "deleted_at"),
    "petition": ("received_date", "content_type", "field_code", "round", "duplicate_of_id",
                 "deleted_at", "accepted_on", "resolved_on", "resolution_due"),
}
TRIGGER_NAMES = tuple(f"day_count_{t}_{op}" for t in WATCHED for op in ("insert", "delete", "update"))


def _add(spec: _Spec, r: str) -> str:
    return (f"INSERT INTO day_count ({', '.join(COLUMNS)}, n) "
            f"SELECT {', '.join(spec.values(r))}, 1 WHERE {spec.when(r)} "
            f"ON CONFLICT ({', '.join(COLUMNS)}) DO UPDATE SET n = n + 1;")


def _take(spec: _Spec, r: str) -> str:
    match = " AND ".join(f"{c} = {v}" for c, v in zip(COLUMNS, spec.values(r), strict=True))
    return f"UPDATE day_count SET n = n - 1 WHERE {spec.when(r)} AND {match};"


def trigger_sql() -> list[str]:
    """CREATE TRIGGER statements: one per table and operation."""
    out = []
    for table, watched in WATCHED.items():
        specs = [s for s in SPECS if s.table == table]
        body = {
            "insert": [_add(s, "NEW") for s in specs],
            "delete": [_take(s, "OLD") for s in specs],
            "update": [_take(s, "OLD") for s in specs] + [_add(s, "NEW") for s in specs],
        }
        for op, statements in body.items():
            event = f"UPDATE OF {', '.join(watched)}" if op == "update" else op.upper()
            out.append(f"CREATE TRIGGER day_count_{table}_{op} AFTER {event} ON {table} "
                       f"BEGIN {' '.join(statements)} END")
    return out


def recount_sql() -> str:
    """The counters computed from the rows (kind, day, …, n), zero rows left out."""
    parts = [f"SELECT {', '.join(s.values('r'))}, count(*) FROM {s.table} r "
             f"WHERE {s.when('r')} GROUP BY 1, 2, 3, 4, 5, 6, 7" for s in SPECS]
    return " UNION ALL ".join(parts)


def refill(conn: Any) -> None:
    """Recompute the whole table from the rows (a DB-API or SQLAlchemy connection)."""
    run = conn.exec_driver_sql if hasattr(conn, "exec_driver_sql") else conn.execute
    run("DELETE FROM day_count")
    run(f"INSERT INTO day_count ({', '.join(COLUMNS)}, n) {recount_sql()}")


def stored_sql() -> str:
    return f"SELECT {', '.join(COLUMNS)}, n FROM day_count WHERE n != 0"
