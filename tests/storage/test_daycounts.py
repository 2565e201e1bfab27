"""The statistics counters (app/storage/daycounts.py) always equal a recount from the rows:
after a random mix of service writes, edits, tombstones, revivals, hard deletes and sync-style
upserts (hypothesis), and after migration 0011 of a store that already holds data."""

from __future__ import annotations

import shutil
import uuid
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from app.services import petitions, visits
from app.services.office import OfficerInfo
from app.services.petitions import PetitionInput, StepInput
from app.storage import daycounts, migrate
from app.storage.store import Store, open_store
from tests.helpers import at, person, visit

TODAY = date(2026, 11, 20)
FIRST = date(2026, 9, 1)
SPAN = (TODAY - FIRST).days


def _counters(store: Store) -> tuple[Counter[tuple[Any, ...]], Counter[tuple[Any, ...]]]:
    """(stored, recounted): n by (kind, day, category, field, crowd, repeated, late)."""
    with store.read() as uow:
        s = uow.session
        stored = Counter({tuple(r[:-1]): r[-1] for r in s.execute(text(daycounts.stored_sql()))})
        recount = Counter({tuple(r[:-1]): r[-1] for r in s.execute(text(daycounts.recount_sql()))})
    return stored, recount


def _day(offset: int) -> date:
    return FIRST + timedelta(days=offset % (SPAN + 1))


def _sql(store: Store, sql: str, **params: object) -> list[Any]:
    """A write below the services (as the sync importer or a repair tool would make it)."""
    with store.engine.begin() as conn:
        result = conn.execute(text(sql), params)
        return list(result) if result.returns_rows else []


def _pick(store: Store, table: str, i: int, *, live: bool = False) -> str | None:
    rows = _sql(store, f"SELECT id FROM {table} "
                       f"{'WHERE deleted_at IS NULL ' if live else ''}ORDER BY search_key")
    return rows[i % len(rows)][0] if rows else None


def _apply(store: Store, op: tuple[Any, ...], officer: Any, fields: list[str]) -> None:
    kind, *a = op
    if kind == "visit":
        day, cat, f, crowd, rep = a
        who = [person(f"Đại diện {day} {k}", is_representative=True) for k in range(2)] \
            if crowd else [person(f"Người {day}")]
        visits.log_visit(store, visit(*who, when=at(_day(day)), category=cat,
                                      officer_id=officer, field_code=fields[f] if f else None,
                                      is_crowd=crowd, person_count=6 if crowd else 1,
                                      repeat="repeat" if rep else "first"), now=at(TODAY))
    elif kind == "petition":
        day, ct, f = a
        petitions.register(store, PetitionInput(
            received_date=_day(day), content="Khiếu nại việc cấp phép xây dựng", content_type=ct,
            field_code=fields[f] if f else None, senders=[person(f"Người gửi {day}")],
            officer_id=officer), today=TODAY)
    elif kind == "case":  # accept, and maybe decide: the cached case dates move
        i, gap, decide = a
        pid = _pick(store, "petition", i, live=True)
        if pid is None:
            return
        rec = petitions.get(store, uuid.UUID(hex=pid), today=TODAY)
        if rec.state != "received":
            return
        on = rec.received_date
        steps = [StepInput("classify", on, content_type="KN", processable=True, competent=True),
                 StepInput("propose", on), StepInput("accept", on, doc_number="1/QĐ")]
        if decide:
            steps.append(StepInput("decide", min(on + timedelta(days=gap), TODAY),
                                   doc_number="2/QĐ", result="right"))
        for step in steps:
            petitions.act(store, rec.id, step, today=TODAY)
    elif kind == "edit":  # any counted column of a row, as an upsert or an update would
        table, i, day, cat, f = a
        rid = _pick(store, table, i)
        if rid is None:
            return
        field = fields[f] if f else None
        if table == "visit":
            _sql(store, "UPDATE visit SET visit_date = :d, category = :c, field_code = :f, "
                        "is_crowd = NOT is_crowd WHERE id = :id",
                 d=_day(day).isoformat(), c=cat, f=field, id=rid)
        else:
            _sql(store, "UPDATE petition SET received_date = :d, field_code = :f, "
                        "round = round + 1, resolution_due = coalesce(accepted_on, :d) "
                        "WHERE id = :id", d=_day(day).isoformat(), f=field, id=rid)
    elif kind == "upsert":  # the sync importer's statement: INSERT … ON CONFLICT DO UPDATE
        i, cat = a
        rid = _pick(store, "visit", i)
        if rid is not None:
            _sql(store, "INSERT INTO visit SELECT * FROM visit WHERE id = :id "
                        "ON CONFLICT (id) DO UPDATE SET category = :c, version = version + 1",
                 id=rid, c=cat)
    elif kind in ("tombstone", "revive"):
        table, i = a
        rid = _pick(store, table, i)
        if rid is not None:
            _sql(store, f"UPDATE {table} SET deleted_at = "
                        f"{'CURRENT_TIMESTAMP' if kind == 'tombstone' else 'NULL'} WHERE id = :id",
                 id=rid)
    elif kind == "delete":
        rid = _pick(store, "visit", a[0])
        if rid is not None:
            _sql(store, "UPDATE petition SET visit_id = NULL WHERE visit_id = :id", id=rid)
            _sql(store, "DELETE FROM visit_person WHERE visit_id = :id", id=rid)
            _sql(store, "DELETE FROM visit WHERE id = :id", id=rid)


DAY = st.integers(0, SPAN)
FIELD = st.integers(0, 3)  # 0: no field
OPS = st.one_of(
    st.tuples(st.just("visit"), DAY, st.sampled_from(["KN", "TC", "KNPA", "OTHER"]), FIELD,
              st.booleans(), st.booleans()),
    st.tuples(st.just("petition"), DAY, st.sampled_from(["KN", "TC", "KNPA"]), FIELD),
    st.tuples(st.just("case"), st.integers(0, 50), st.integers(0, 90), st.booleans()),
    st.tuples(st.just("edit"), st.sampled_from(["visit", "petition"]), st.integers(0, 50), DAY,
              st.sampled_from(["KN", "KNPA"]), FIELD),
    st.tuples(st.just("upsert"), st.integers(0, 50), st.sampled_from(["KN", "TC", "OTHER"])),
    st.tuples(st.sampled_from(["tombstone", "revive"]), st.sampled_from(["visit", "petition"]),
              st.integers(0, 50)),
    st.tuples(st.just("delete"), st.integers(0, 50)),
)


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(OPS, min_size=1, max_size=12))
def test_counters_follow_every_write(store: Store, officers: dict[str, OfficerInfo],
                                     tmp_path: Path, ops: list[tuple[Any, ...]]) -> None:
    fields = [""] + [c for (c,) in _sql(store, "SELECT code FROM field_of_law ORDER BY code")]
    store.checkpoint()
    copy = tmp_path / uuid.uuid4().hex  # each example starts from the same empty ward store
    copy.mkdir()
    shutil.copy(store.db_path, copy / store.db_path.name)
    mine = open_store(copy)
    try:
        for op in ops:
            _apply(mine, op, officers["CB01"].id, fields)
        stored, recount = _counters(mine)
        assert stored == recount
    finally:
        mine.close()


def test_migration_fills_counters_and_case_dates_of_existing_data(
        store: Store, officers: dict[str, OfficerInfo]) -> None:
    fields = [""] + [c for (c,) in _sql(store, "SELECT code FROM field_of_law ORDER BY code")]
    lan = officers["CB01"].id
    for n, op in enumerate([("visit", 3, "KN", 1, False, False), ("visit", 9, "KNPA", 0, True, True),
                            ("petition", 2, "KN", 1), ("petition", 5, "TC", 0),
                            ("petition", 7, "KNPA", 2), ("case", 0, 20, True),
                            ("case", 1, 70, True), ("case", 2, 0, False)]):
        _apply(store, op, lan, fields)
        assert n >= 0
    cases = "SELECT id, accepted_on, resolved_on, resolution_due FROM petition ORDER BY id"
    before_cases, before = _sql(store, cases), _counters(store)[0]
    assert sum(1 for _, acc, _, _ in before_cases if acc) >= 2  # the set-up made cases
    assert any(due for *_, due in before_cases)
    # Back to 0010 (the downgrade drops the table, the triggers and the columns), then reopen.
    from alembic import command

    cfg = migrate._alembic_config()
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0010")
    data_dir = store.data_dir
    store.close()
    assert migrate.stored_revision(data_dir / "tiepdan.sqlite3") == "0010"
    again = open_store(data_dir)
    try:
        assert _sql(again, cases) == before_cases
        stored, recount = _counters(again)
        assert stored == recount == before
        triggers = {n for (n,) in _sql(again, "SELECT name FROM sqlite_master "
                                              "WHERE type = 'trigger' AND name LIKE 'day_count_%'")}
        assert triggers == set(daycounts.TRIGGER_NAMES)
        visits.log_visit(again, visit(person("Sau nâng cấp"), when=at(TODAY), officer_id=lan),
                         now=at(TODAY))
        assert _counters(again)[0] == _counters(again)[1]
    finally:
        again.close()
