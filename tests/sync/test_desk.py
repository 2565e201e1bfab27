"""The ward's sync overview, record states, export to a folder, receipts coming down; the
upstream's intake of many files with quarantined batches kept for a retry (app/sync/desk.py,
app/sync/intake.py)."""

from __future__ import annotations

import errno
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.models import ChangeLog
from app.services import logbook, office, petition_list, visits
from app.services.common import ANONYMOUS, META_INSTALLATION_ID, meta_get
from app.storage.changelog import canonical
from app.storage.quick import connect_reader
from app.storage.store import open_store
from app.sync import desk, inbox, intake, keys, outbox
from app.sync.errors import SyncError, SyncSetupError
from tests.helpers import NOW, person, visit
from tests.sync.conftest import make_net
from tests.sync.test_roundtrip import _work


@pytest.fixture(name="net")
def _net_on_sqlite(tmp_path: Path) -> Iterator[dict[str, Any]]:
    """The two wards and an upstream on SQLite: these pages and filters read the SQLite file."""
    yield from make_net(tmp_path, None)


def _visit_id(w: Any) -> Any:
    return visits.log_visit(w, visit(person("Trần Thị Hoa")), now=NOW).id


def test_overview_and_record_states_follow_export_and_receipt(net: dict[str, Any]) -> None:
    up, w, tmp = net["up"], net["wards"]["00163"], net["tmp"]
    _work(w)
    vid = _visit_id(w)
    ov = desk.overview(w)
    assert ov.keys.ready and "HN-BTCD" in ov.keys.text
    assert ov.waiting > 0 and ov.last_export is None and ov.last_receipt is None
    assert dict(ov.waiting_by_kind)["Lượt tiếp"] == 2 and dict(ov.waiting_by_kind)["Đơn"] >= 1
    assert desk.record_state(w, "visit", vid).code == "new"

    usb = tmp / "usb"
    usb.mkdir()
    seen: list[tuple[int, int]] = []
    done = desk.export_to(w, usb, lambda d, t: seen.append((d, t)))
    assert done.path is not None and done.path.parent == usb and done.path.exists()
    assert seen and seen[-1][0] == seen[-1][1] == done.path.stat().st_size
    assert not list(usb.glob("*.part"))
    ov = desk.overview(w)
    assert ov.waiting == 0 and [b.seq for b in ov.unacked] == [1]
    assert ov.last_export is not None and ov.last_export.count == done.count
    st = desk.record_state(w, "visit", vid)
    assert st.code == "sent" and "lô số 1" in st.text

    res = inbox.import_files(up, [usb / done.path.name], tmp / "receipts")
    assert res[0].status == "applied" and res[0].receipt is not None
    text = desk.import_downstream(w, res[0].receipt)
    assert "1 lô được xác nhận" in text
    ov = desk.overview(w)
    assert ov.unacked == [] and ov.last_receipt is not None
    assert desk.record_state(w, "visit", vid).code == "acknowledged"
    # at the upstream, the ward's records are "received from" it
    st = desk.record_state(up, "visit", vid)
    assert st.code == "received" and "00163" in st.text
    # a new change after the receipt is waiting again
    visits.log_visit(w, visit(person("Lê Văn Nam")), now=NOW)
    assert desk.overview(w).waiting > 0


def test_refused_change_shows_on_its_record(net: dict[str, Any]) -> None:
    up, w, tmp = net["up"], net["wards"]["00163"], net["tmp"]
    vid = _visit_id(w)
    done = desk.export_to(w, tmp, None)
    assert done.path is not None
    with w.read() as uow:
        seq = uow.session.execute(select(ChangeLog.seq).where(
            ChangeLog.entity_id == vid.hex)).scalar()
        installation = meta_get(uow.session, META_INSTALLATION_ID)
    receipt = {"format": outbox.RECEIPT_FORMAT, "office_code": "00163",
               "installation_id": installation, "batch_id": "x", "batch_seq": 1,
               "acked_through": done.last_change, "applied": 0, "stale": 0,
               "problems": [f"thay đổi {seq} (visit {vid.hex}): thiếu content"]}
    path = tmp / "r.receipt.json"
    path.write_text(canonical({"receipt": receipt, "sig": keys.signing_key(up).sign(
        canonical(receipt).encode()).hex()}), encoding="utf-8")
    assert "1 bản ghi" in desk.import_downstream(w, path)
    st = desk.record_state(w, "visit", vid)
    assert st.code == "refused" and "thiếu content" in st.text


def test_wrong_files_and_missing_keys_are_explained(net: dict[str, Any], tmp_path: Path
                                                    ) -> None:
    w = net["wards"]["00163"]
    junk = tmp_path / "ghi-chu.json"
    junk.write_text('{"hello": 1}', encoding="utf-8")
    with pytest.raises(SyncError) as e:
        desk.import_downstream(w, junk)
    assert "không phải biên nhận" in e.value.message()
    (tmp_path / "bad.json").write_bytes(b"\x00\xff")
    with pytest.raises(SyncError):
        desk.import_downstream(w, tmp_path / "bad.json")
    with pytest.raises(SyncError) as e:
        desk.import_downstream(w, tmp_path / "missing.receipt.json")
    assert "không tìm thấy" in e.value.message()
    # a ward with no keys, and one with no upstream bundle
    bare = open_store(tmp_path / "bare")
    office.init_office(bare, "00199", "UBND phường Mới", "Ban Tiếp công dân")
    assert "tiepdan keys init" in desk.keys_state(bare).text
    keys.init_keys(bare)
    state = desk.keys_state(bare)
    assert not state.ready and "import-upstream" in state.text
    _work(bare)
    with pytest.raises(SyncSetupError):
        desk.export_to(bare, tmp_path, None)
    bare.close()


def test_copy_failure_leaves_no_partial_file_and_the_batch_is_resent(
        net: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    w, tmp = net["wards"]["00163"], net["tmp"]
    _work(w)
    usb = tmp / "usb"
    usb.mkdir()
    real = os.fsync

    def full(fd: int) -> None:  # the stick is full; the office's own disk is not
        if Path(os.readlink(f"/proc/self/fd/{fd}")).parent == usb:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(fd)

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(SyncError) as e:
        desk.export_to(w, usb, None)
    assert "ổ đĩa đã đầy" in e.value.message() and "Gửi lại" in e.value.message()
    assert list(usb.iterdir()) == []
    monkeypatch.setattr(os, "fsync", real)
    assert desk.export_to(w, usb, None).path is None  # nothing new: it is in the outbox
    sent = desk.resend_to(w, usb, None)
    assert [p.name for p in sent] == [p.name for p in usb.iterdir()]
    with pytest.raises(SyncError) as e:
        desk.export_to(w, tmp / "gone", None)
    assert "không tìm thấy thư mục" in e.value.message()


def test_intake_keeps_quarantined_batches_until_the_office_is_enrolled(
        net: dict[str, Any]) -> None:
    up, wards, tmp = net["up"], net["wards"], net["tmp"]
    stray = open_store(tmp / "stray")
    office.init_office(stray, "00170", "UBND phường Kim Liên", "Ban Tiếp công dân")
    keys.init_keys(stray)
    keys.import_upstream(stray, tmp / "up.json")
    _work(stray)
    usb = tmp / "usb"
    usb.mkdir()
    for w in (wards["00163"], wards["00166"]):
        _work(w)
    for w in (wards["00163"], wards["00166"], stray):
        desk.export_to(w, usb, None)
    visits.log_visit(wards["00166"], visit(person("Trần Thị Hoa")), now=NOW)
    second = desk.export_to(wards["00166"], tmp, None).path
    assert second is not None
    missing = usb / "00163-x.tdsync"
    files = intake.collect([second, usb, missing, second])
    assert files[0] == second and files[-1] == missing and len(files) == 5  # each once
    seen: list[tuple[int, int]] = []
    results = intake.import_batches(up, files, tmp / "receipts", lambda d, t: seen.append((d, t)))
    assert seen[-1] == (5, 5)
    assert [(o.office_code, o.batch_seq, o.status) for o in results] == [
        ("00166", 2, "held"), ("00163", 1, "applied"), ("00166", 1, "applied"),
        ("00166", 2, "applied"), ("00170", 1, "quarantined"), ("", 0, "refused")]
    waiting = intake.waiting(up)
    assert [(x.status, x.office_code) for x in waiting] == [("quarantined", "00170")]
    assert "chưa được đăng ký" in waiting[0].reason
    keys.export_public(stray, tmp / "stray.json")
    keys.enrol(up, tmp / "stray.json")
    again = intake.retry_waiting(up, tmp / "receipts")
    assert [o.status for o in again] == ["applied"] and intake.waiting(up) == []
    assert json.loads(again[0].receipt.read_text("utf-8"))["receipt"]["office_code"] == "00170"  # type: ignore[union-attr]
    stray.close()


def test_consolidated_lists_filter_by_office(net: dict[str, Any]) -> None:
    up, wards, tmp = net["up"], net["wards"], net["tmp"]
    for w in wards.values():
        _work(w)
        done = desk.export_to(w, tmp, None)
        assert done.path is not None
        assert inbox.import_files(up, [done.path], tmp / "receipts")[0].status == "applied"
    found = petition_list.offices(up)
    assert [code for _i, code, _n in found] == ["00163", "00166", "HN-BTCD"]
    ids = {code: oid for oid, code, _n in found}
    conn = connect_reader(up.db_path)
    try:
        assert logbook.offices(conn) == found
        assert logbook.count(conn, logbook.EVERYTHING, ANONYMOUS) == 2
        one = logbook.LogbookQuery(office_id=ids["00163"])
        assert logbook.count(conn, one, ANONYMOUS) == 1
        # the search runs across offices, and the filter narrows it
        assert logbook.count(conn, logbook.LogbookQuery(text="duc"), ANONYMOUS) == 2
        assert logbook.count(conn, logbook.LogbookQuery(text="duc", office_id=ids["00166"]),
                             ANONYMOUS) == 1
    finally:
        conn.close()
    assert len(petition_list.list_petitions(up)) == 2
    assert len(petition_list.list_petitions(up, petition_list.PetitionQuery(
        text="khieu nai", office_id=ids["00166"]))) == 1
