"""Applying a batch's changes (app/sync/apply.py): a row the store refuses is a per-record
problem in Vietnamese and every other change of the batch — before it, after it, in the same
chunk or not — is applied, on SQLite and PostgreSQL; the refused changes count as seen."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.models import Citizen
from app.sync import apply, inbox, outbox
from tests.helpers import NOW, person, visit
from tests.sync.conftest import _ward
from tests.sync.test_roundtrip import _cols, rows
from tests.sync.test_upstream_store import _link, _upstream


@pytest.mark.parametrize("chunk", [3, 500])
def test_refused_rows_are_problems_and_the_rest_is_applied(
        tmp_path: Path, upstream_url: str | None, chunk: int,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(apply, "CHUNK", chunk)
    up = _upstream(tmp_path, upstream_url)
    w = _ward(tmp_path, "00163", "UBND phường Láng")
    try:
        _link(w, up, tmp_path, "HN-BTCD", "00163")
        from app.services import visits

        for name in ("Trần Thị Hoa", "Lê Văn Nam", "Đỗ Thu Hà"):
            visits.log_visit(w, visit(person(name)), now=NOW)
        with w.read() as uow:
            good = [outbox._change_record(uow.session, c) for c in uow.session.scalars(
                select(outbox.ChangeLog).order_by(outbox.ChangeLog.seq))]
        person_row = next(c for c in good if c["entity"] == "visit_person")
        visit_row = next(c for c in good if c["entity"] == "visit")
        orphan_id, bare_id = uuid.uuid4().hex, uuid.uuid4().hex
        orphan = {**person_row, "id": orphan_id,
                  "row": {**person_row["row"], "id": orphan_id, "visit_id": uuid.uuid4().hex}}
        bare = {**visit_row, "id": bare_id, "row": {k: v for k, v in visit_row["row"].items()
                                                    if k != "office_id"} | {"id": bare_id}}
        middle = len(good) // 2
        changes: list[dict[str, Any]] = [
            {**c, "seq": i + 1} for i, c in enumerate([*good[:middle], orphan, bare,
                                                      *good[middle:]])]
        h = {"office_code": "00163", "installation_id": "x", "batch_seq": 1,
             "batch_id": str(uuid.uuid4()), "sender_key_id": "0" * 64}
        manifest = {"first_change": 1, "last_change": len(changes)}
        applied, stale, problems = inbox._apply(up, h, "0" * 64, manifest, changes)
        assert (applied, stale) == (len(good), 0)
        assert problems == [
            f"thay đổi {middle + 1} (visit_person {orphan_id}): thiếu bản ghi liên quan (bản "
            "ghi cha chưa được nhận); chưa nhận",
            f"thay đổi {middle + 2} (visit {bare_id}): thiếu office_id"]
        for table in ("visit", "citizen", "officer"):
            assert _cols(up, table, "00163") == _cols(w, table, "00163"), table
        assert {r[0] for r in rows(up, "visit_person")} == {r[0] for r in rows(w, "visit_person")}
        # the applied changes reach the upstream's own change log, for the chain further up
        assert len(rows(up, "change_log", "entity = 'visit'")) == 3
        # every change, the refused ones included, is marked as seen: the same numbers again
        # apply nothing (the ward is told of the refused ones in the receipt)
        h2 = {**h, "batch_seq": 2, "batch_id": str(uuid.uuid4())}
        assert inbox._apply(up, h2, "1" * 64, manifest, changes) == (0, 0, [])
        assert len(rows(up, "applied_change")) == len(changes)
    finally:
        w.close()
        up.close()


def test_a_child_before_its_parent_is_refused_as_it_would_be_alone(
        tmp_path: Path, upstream_url: str | None) -> None:
    """Writing a chunk table by table (parents first) must not rescue a row that names a
    parent sent only later: that row is refused, as it is when applied change by change."""
    up = _upstream(tmp_path, upstream_url)
    w = _ward(tmp_path, "00163", "UBND phường Láng")
    try:
        _link(w, up, tmp_path, "HN-BTCD", "00163")
        from app.services import visits

        visits.log_visit(w, visit(person("Trần Thị Hoa")), now=NOW)
        with w.read() as uow:
            good = [outbox._change_record(uow.session, c) for c in uow.session.scalars(
                select(outbox.ChangeLog).order_by(outbox.ChangeLog.seq))]
        child = next(c for c in good if c["entity"] == "visit_person")
        moved = [child, *[c for c in good if c is not child]]
        changes = [{**c, "seq": i + 1} for i, c in enumerate(moved)]
        h = {"office_code": "00163", "installation_id": "x", "batch_seq": 1,
             "batch_id": str(uuid.uuid4()), "sender_key_id": "0" * 64}
        manifest = {"first_change": 1, "last_change": len(changes)}
        applied, stale, problems = inbox._apply(up, h, "0" * 64, manifest, changes)
        assert (applied, stale) == (len(good) - 1, 0)
        assert problems == [f"thay đổi 1 (visit_person {child['id']}): thiếu bản ghi liên quan "
                            "(bản ghi cha chưa được nhận); chưa nhận"]
        assert rows(up, "visit_person") == [] and len(rows(up, "visit")) == 1
    finally:
        w.close()
        up.close()


def test_a_row_changed_many_times_in_a_chunk_gets_the_change_order_outcome(
        tmp_path: Path, upstream_url: str | None) -> None:
    """A chunk writes each table's rows in waves (every row's first image, then its second…).
    Where that order could let through a row change order refuses — here a citizen's stale
    first image, then a newer one claiming a CCCD number another citizen gives up only later in
    the chunk — the chunk is redone in change order: the same problem as change by change."""
    up = _upstream(tmp_path, upstream_url)
    w = _ward(tmp_path, "00163", "UBND phường Láng")
    try:
        _link(w, up, tmp_path, "HN-BTCD", "00163")
        from app.services import visits

        visits.log_visit(w, visit(person("Trần Thị Hoa")), now=NOW)
        with w.read() as uow:
            good = [outbox._change_record(uow.session, c) for c in uow.session.scalars(
                select(outbox.ChangeLog).order_by(outbox.ChangeLog.seq))]
        base = next(c for c in good if c["entity"] == "citizen")
        h_id, r_id = uuid.uuid4().hex, uuid.uuid4().hex

        def citizen(key: str, version: int, cccd: str) -> dict[str, Any]:
            return {**base, "id": key, "version": version, "op": "U",
                    "row": {**base["row"], "id": key, "version": version, "cccd": cccd}}

        def run(changes: list[dict[str, Any]], first: int, n: int) -> tuple[int, int, list[str]]:
            h = {"office_code": "00163", "installation_id": "x", "batch_seq": n,
                 "batch_id": str(uuid.uuid4()), "sender_key_id": "0" * 64}
            numbered = [{**c, "seq": first + i} for i, c in enumerate(changes)]
            return inbox._apply(up, h, f"{n}" * 64, {"first_change": first,
                                                     "last_change": first + len(changes) - 1},
                                numbered)

        assert run([*good, citizen(h_id, 1, "001111111111"), citizen(r_id, 5, "002222222222")],
                   1, 1)[2] == []
        second = [citizen(r_id, 3, "001111111111"),  # stale: the store has version 5
                  citizen(r_id, 6, "001111111111"),  # refused: the other citizen still has it
                  citizen(h_id, 2, "003333333333")]  # who gives it up only now
        applied, stale, problems = run(second, 100, 2)
        assert (applied, stale) == (1, 1)
        assert problems == [f"thay đổi 101 (citizen {r_id}): trùng số hoặc mã với một bản ghi "
                            "đã có ở cơ quan cấp trên (thường do kho của cơ quan được khôi phục "
                            "từ bản sao lưu rồi cấp lại số đã dùng); chưa nhận"]
        with up.read() as uow:
            got = dict(uow.session.execute(select(Citizen.id, Citizen.cccd).where(
                Citizen.id.in_([uuid.UUID(h_id), uuid.UUID(r_id)]))).all())
        assert got == {uuid.UUID(h_id): "003333333333", uuid.UUID(r_id): "002222222222"}
    finally:
        w.close()
        up.close()


def test_waves_give_what_change_order_gives(tmp_path: Path) -> None:
    """Any run of images of a few citizens — new or stored, stale or newer, taking, swapping or
    sharing CCCD numbers — gives the same counts, problems, forwarded changes and rows whether
    written in chunks (waves) or change by change (SQLite; the PostgreSQL path is the same
    code, covered above)."""
    from hypothesis import example, given, settings
    from hypothesis import strategies as st
    from sqlalchemy.dialects import sqlite

    from app.storage.changelog import APPLYING

    up = _upstream(tmp_path, None)
    w = _ward(tmp_path, "00163", "UBND phường Láng")
    try:
        _link(w, up, tmp_path, "HN-BTCD", "00163")
        from app.services import visits

        visits.log_visit(w, visit(person("Trần Thị Hoa")), now=NOW)
        with w.read() as uow:
            good = [outbox._change_record(uow.session, c) for c in uow.session.scalars(
                select(outbox.ChangeLog).order_by(outbox.ChangeLog.seq))]
        base = next(c for c in good if c["entity"] == "citizen")
        ids = [uuid.uuid4().hex for _ in range(5)]
        numbers = ["001111111111", "002222222222", "003333333333", None]

        def citizen(i: int, version: int, cccd: str | None, seq: int) -> dict[str, Any]:
            return {**base, "id": ids[i], "version": version, "op": "U", "seq": seq,
                    "row": {**base["row"], "id": ids[i], "version": version, "cccd": cccd}}

        stored = [citizen(i, 3, numbers[i], 1000 + i) for i in range(3)]  # ids 3, 4: new
        h = {"office_code": "00163", "installation_id": "x", "batch_seq": 1,
             "batch_id": str(uuid.uuid4()), "sender_key_id": "0" * 64}
        numbered = [{**c, "seq": i + 1} for i, c in enumerate(good)] + stored
        assert inbox._apply(up, h, "0" * 64, {"first_change": 1, "last_change": 1002},
                            numbered)[2] == []

        def outcome(changes: list[dict[str, Any]], chunk: int) -> tuple[Any, ...]:
            old = apply.CHUNK
            apply.CHUNK = chunk
            try:
                with up.write() as uow:  # never committed: each run starts from the same store
                    uow.session.info[APPLYING] = True
                    a = apply.Applier(uow.session.connection(), sqlite.insert, "00163", "y")
                    a.apply(changes)
                    got = sorted(uow.session.execute(select(Citizen.id, Citizen.version,
                                                            Citizen.cccd)).all())
                    return a.applied, a.stale, a.problems, a.forward, got
            finally:
                apply.CHUNK = old

        @settings(max_examples=200, deadline=None)
        # a stale image, then a newer one taking a number its holder gives up only later
        @example([(1, 2, numbers[0]), (1, 5, numbers[0]), (0, 4, None)])
        # a row's number changing within the chunk: taken before its holder gives it up
        @example([(0, 4, None), (0, 5, numbers[1]), (1, 4, None)])
        @given(st.lists(st.tuples(st.integers(0, 4), st.integers(1, 6), st.sampled_from(numbers)),
                        min_size=1, max_size=14))
        def check(images: list[tuple[int, int, str | None]]) -> None:
            changes = [citizen(i, v, n, 2000 + k) for k, (i, v, n) in enumerate(images)]
            assert outcome(changes, 500) == outcome(changes, 1)

        check()
    finally:
        w.close()
        up.close()
