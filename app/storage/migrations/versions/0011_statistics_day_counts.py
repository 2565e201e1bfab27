"""Statistics counters: per-day counts kept by triggers, and each case's dates on its row.

The statistics page read every visit, petition and event of its period and replayed the
deadlines of each case (bench/RESULTS.md: a year on 1,000,000 visits took 5 s). Now:

* petition.accepted_on / resolved_on / resolution_due: the case's acceptance, its resolution
  and the statutory resolution deadline (app.services.petitions.case_dates, resolution_due),
  cached like next_due; filled here by replaying each accepted petition's events on the
  office calendar;
* ix_petition_resolution (resolved_on, accepted_on): the cases of a period, for drill-down;
* ix_petition_open_due (state, deleted_at, next_due): today's overdue and due-soon counts from
  the index alone (reading 7,500 open rows of a 5 GB file took 160 ms);
* day_count and its six triggers (app/storage/daycounts.py), filled from the rows.

Plain ALTER TABLE ADD COLUMN: no table is copied, the FTS triggers stay (they fire on
search_text only, so the updates here do not touch the FTS index).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-11
"""

from __future__ import annotations

import json
from collections import namedtuple
from datetime import date
from itertools import groupby

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_Event = namedtuple("_Event", "step on_date data")
_Head = namedtuple("_Head", "received_date content_type channel forwarder_kind anonymous instance")


def _resolution_dues(conn: sa.Connection) -> None:
    from sqlalchemy.orm import Session

    from app.services.calendar import calendar_of
    from app.services.petitions import obligations_of, resolution_due

    cal = calendar_of(Session(bind=conn))
    heads = {pid: _Head(date.fromisoformat(rd), ct, ch, fk, bool(an), inst)
             for pid, rd, ct, ch, fk, an, inst in conn.exec_driver_sql(
                 "SELECT id, received_date, content_type, channel, forwarder_kind, anonymous, "
                 "instance FROM petition WHERE accepted_on IS NOT NULL")}
    events = conn.exec_driver_sql(
        "SELECT e.petition_id, e.step, e.on_date, e.data FROM petition_event e "
        "JOIN petition p ON p.id = e.petition_id WHERE p.accepted_on IS NOT NULL "
        "ORDER BY e.petition_id, e.seq")
    updates = []
    for pid, rows in groupby(events, key=lambda r: r[0]):
        evs = [_Event(step, date.fromisoformat(on), json.loads(data) if data else {})
               for _, step, on, data in rows]
        due = resolution_due(cal, obligations_of(heads[pid], evs))
        if due is not None:
            updates.append({"due": due.isoformat(), "id": pid})
    for i in range(0, len(updates), 10_000):
        conn.execute(sa.text("UPDATE petition SET resolution_due = :due WHERE id = :id"),
                     updates[i:i + 10_000])


def upgrade() -> None:
    from app.storage import daycounts

    for name in ("accepted_on", "resolved_on", "resolution_due"):
        op.add_column("petition", sa.Column(name, sa.Date(), nullable=True))
    conn = op.get_bind()
    # The counters are SQLite triggers (app/storage/daycounts.py). A PostgreSQL store is an
    # upstream's, created empty and read by no statistics page yet: it gets the columns and the
    # table, not the triggers (to write in plpgsql when the upstream gets its dashboard).
    sqlite = conn.dialect.name == "sqlite"
    if sqlite:
        _fill_case_dates(conn)
    op.create_index("ix_petition_resolution", "petition", ["resolved_on", "accepted_on"],
                    unique=False)
    op.create_index("ix_petition_open_due", "petition", ["state", "deleted_at", "next_due"],
                    unique=False)
    _create_day_count()
    if sqlite:
        daycounts.refill(conn)
        for sql in daycounts.trigger_sql():
            conn.exec_driver_sql(sql)


def _fill_case_dates(conn: sa.Connection) -> None:
    conn.exec_driver_sql(
        "UPDATE petition SET accepted_on = (SELECT e.on_date FROM petition_event e "
        "WHERE e.petition_id = petition.id AND e.step = 'accept' ORDER BY e.seq LIMIT 1)")
    conn.exec_driver_sql(
        "UPDATE petition SET resolved_on = (SELECT max(min(e.on_date), petition.accepted_on) "
        "FROM petition_event e WHERE e.petition_id = petition.id "
        "AND e.step IN ('decide', 'withdraw')) WHERE accepted_on IS NOT NULL")
    _resolution_dues(conn)


def _create_day_count() -> None:
    op.create_table(
        "day_count",
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("category", sa.String(length=8), nullable=False),
        sa.Column("field", sa.String(length=32), nullable=False),
        sa.Column("crowd", sa.Boolean(), nullable=False),
        sa.Column("repeated", sa.Boolean(), nullable=False),
        sa.Column("late", sa.Boolean(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "day", "category", "field", "crowd", "repeated", "late",
                                name=op.f("pk_day_count")),
        sqlite_with_rowid=False,
    )


def downgrade() -> None:
    from app.storage import daycounts

    for name in daycounts.TRIGGER_NAMES:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("day_count")
    op.drop_index("ix_petition_open_due", table_name="petition")
    op.drop_index("ix_petition_resolution", table_name="petition")
    for name in ("resolution_due", "resolved_on", "accepted_on"):  # not batch: keeps FTS triggers
        op.execute(f"ALTER TABLE petition DROP COLUMN {name}")
