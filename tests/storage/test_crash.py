"""Crash harness: a writing process is killed with SIGKILL at random moments, 200 times.

After each kill: SQLite's integrity_check is ok, every save the writer reported as done is in
the store, and the audit log matches the data (one entry per visit, petition and step, the
chain verifies). Marked slow; `make test` (CI) runs it. About 30 s.
"""

from __future__ import annotations

import multiprocessing
import random
import sys
import time
from collections.abc import Iterator
from multiprocessing.context import ForkServerContext
from pathlib import Path

import pytest

from app.law.permissions import ADMIN, OFFICER
from app.services import encryption, office, users
from app.storage import dbfile
from app.storage.audit import verify_connection
from app.storage.store import open_store
from tests import crash_writer

KILLS = 200
KILLS_ENCRYPTED = 100  # the same harness on an SQLCipher store; half as many keeps CI short
pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and forkserver: POSIX")]


@pytest.fixture(scope="module")
def forkserver() -> Iterator[ForkServerContext]:
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(crash_writer.PRELOAD)
    yield ctx


def _reported(report: Path) -> list[tuple[str, str]]:
    lines = report.read_bytes().decode().split("\n")[:-1]  # a line cut by the kill is not done
    return [tuple(line.split(" ", 1)) for line in lines if line != "ready"]  # type: ignore[misc]


def _check(db: Path, done: list[tuple[str, str]]) -> dict[str, int]:
    conn = dbfile.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        visits = {r[0] for r in conn.execute("SELECT id FROM visit")}
        petitions = {r[0] for r in conn.execute("SELECT id FROM petition")}
        acted = {r[0] for r in conn.execute("SELECT petition_id FROM petition_event")}
        for kind, key in done:
            assert key in {"visit": visits, "petition": petitions, "act": acted}[kind], (kind, key)

        def audited(action: str) -> list[str]:
            return [r[0] for r in conn.execute(
                "SELECT record_id FROM audit_log WHERE action = ?", (action,))]

        assert sorted(audited("visit.create")) == sorted(visits)
        assert sorted(audited("petition.create")) == sorted(petitions)
        events = [r[0] for r in conn.execute(
            "SELECT petition_id FROM petition_event")]
        assert sorted(audited("petition.act")) == sorted(events)
        # the change log commits with the data: one insert change per row, no more, no less
        logged = {(r[0], r[1]) for r in conn.execute(
            "SELECT entity, entity_id FROM change_log WHERE op = 'I'")}
        for table in ("visit", "petition", "petition_event"):
            ids = {r[0] for r in conn.execute(f"SELECT id FROM {table}")}
            assert {i for t, i in logged if t == table} == ids, table
        report = verify_connection(conn)
        assert report.ok, report.message()
        return {"visits": len(visits), "petitions": len(petitions), "audit": report.count}
    finally:
        conn.close()


@pytest.mark.parametrize(("encrypted", "kills"), [(False, KILLS), (True, KILLS_ENCRYPTED)],
                         ids=["plaintext", "encrypted"])
def test_sigkill_at_random_moments_loses_nothing_reported(
        tmp_path: Path, forkserver: ForkServerContext, encrypted: bool, kills: int) -> None:
    data_dir = tmp_path / "data"
    store = open_store(data_dir)
    office.init_office(store, "00163", "UBND phường Láng")
    key_hex = user_id = ""
    if encrypted:
        users.add_user(store, "admin", "Quản trị viên", ADMIN, "mat-khau-2026",
                       must_change_password=False)
        encryption.enable(store, "admin", "mat-khau-2026")
        lan = users.add_user(store, "lan", "Nguyễn Thị Lan", OFFICER, "mat-khau-2026",
                             officer_id=office.add_officer(store, "Nguyễn Thị Lan", "CB").id)
        user_id = lan.id.hex
        key = dbfile.known_key(store.db_path)
        assert key is not None and not dbfile.is_plaintext(store.db_path)
        key_hex = key.hex()
    store.close()
    db = data_dir / "tiepdan.sqlite3"
    rng = random.Random(20261209)
    done: list[tuple[str, str]] = []
    started = time.monotonic()
    mid_write = 0
    # Widened after a kill that found nothing committed and narrowed slowly after one that did:
    # a loaded machine is slow to reach its first commit. The run goes on past `kills` (up to
    # four times) until enough kills landed after commits: the proof needs kills mid-write.
    window = 0.12
    i = -1
    while True:
        i += 1
        if i >= kills:
            counts = _check(db, done)
            if (counts["visits"] >= kills // 2 and mid_write >= kills // 3) or i >= 4 * kills:
                break
        report = tmp_path / f"report-{i}.txt"
        report.write_bytes(b"")
        proc = forkserver.Process(target=crash_writer.write_forever,
                                  args=(str(data_dir), str(report), i, key_hex, user_id))
        proc.start()
        deadline = time.monotonic() + 20
        while b"ready" not in report.read_bytes():  # killing before it opens proves nothing
            assert proc.is_alive() and time.monotonic() < deadline, "the writer did not start"
            time.sleep(0.001)
        time.sleep(rng.uniform(0.0, window))
        proc.kill()
        proc.join()
        assert proc.exitcode == -9
        mine = _reported(report)
        done += mine
        mid_write += bool(mine)
        window = max(0.12, window * 0.9) if mine else min(window * 1.5, 2.0)
        _check(db, done)
    elapsed = time.monotonic() - started
    final = _check(db, done)
    assert final["visits"] >= kills // 2 and mid_write >= kills // 3, (final, mid_write)
    print(f"\n{i} kills in {elapsed:.1f} s; {final}")
