"""A ward's key revoked at the upstream, a new one enrolled: its unacknowledged batches are
signed again under the new key by `sync export --resend` (outbox.resign) and taken, without a
fork or a gap; the old-key files stay refused and change nothing (TECH-NOTES §1.3)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

from app.services import visits
from app.storage.store import Store
from app.sync import desk, inbox, intake, keys, outbox, rotation
from tests.helpers import NOW, person, visit
from tests.sync.test_roundtrip import _cols, _refused, _work, snapshot


def _header(path: Path) -> dict[str, Any]:
    with zipfile.ZipFile(path) as z:
        header: dict[str, Any] = json.loads(z.read("header.json"))
    return header


def _export(w: Store, folder: Path, name: str) -> Path:
    visits.log_visit(w, visit(person(name)), now=NOW)
    path = outbox.export(w, folder).path
    assert path is not None
    return path


def _take(up: Store, w: Store, files: list[Path], tmp: Path, statuses: list[str]) -> None:
    """The upstream imports `files`; the ward applies every receipt that comes back."""
    res = inbox.import_files(up, files, tmp / "receipts")
    assert [r.status for r in res] == statuses, [r.line() for r in res]
    for r in res:
        assert r.receipt is not None
        outbox.apply_receipt(w, r.receipt)


def _new_key_enrolled(up: Store, w: Store, tmp: Path, *, lost: bool) -> str:
    """The ward's old key revoked upstream; a new key made at the ward (the file lost and made
    again, or replaced by `keys rotate`: the revoked key vouches for nothing) and enrolled."""
    old = keys.show(w).key_id
    rotation.revoke(up, old[:12], "Máy tính của phường bị mất trộm")
    if lost:
        (keys.keys_dir(w) / keys.SIGNING_FILE).unlink()
        keys.init_keys(w)
    else:
        rotation.rotate_office_key(w, tmp / "rotate.json")
    new = keys.show(w).key_id
    assert new != old
    keys.export_public(w, tmp / "new-key.json")
    keys.enrol(up, tmp / "new-key.json")
    return new


def _same_data(up: Store, w: Store) -> None:
    for table in ("visit", "visit_person", "citizen", "petition", "petition_event"):
        assert _cols(w, table, "00163") == _cols(up, table, "00163"), table


def test_batches_never_delivered_are_signed_again_and_taken(net: dict[str, Any]) -> None:
    up, w, tmp = net["up"], net["wards"]["00163"], net["tmp"]
    _work(w)
    first = outbox.export(w, tmp / "usb").path
    assert first is not None
    _take(up, w, [first], tmp, ["applied"])
    b2, b3 = _export(w, tmp / "usb", "Trần Thị Hoa"), _export(w, tmp / "usb", "Lê Văn Nam")
    old_headers = [_header(b2), _header(b3)]
    new_key = _new_key_enrolled(up, w, tmp, lost=True)

    # the old-key files arrive after the revocation: quarantined, nothing changes
    for p in (b2, b3):
        assert "khóa ký đã bị thu hồi" in _refused(up, p, tmp, "quarantined")
    assert [x.batch_seq for x in intake.waiting(up)] == [2, 3]

    sent = outbox.resend(w, tmp / "usb2")
    assert [p.name for p in sent] == [b2.name, b3.name]
    headers = [_header(p) for p in sent]
    assert [h["sender_key_id"] for h in headers] == [new_key, new_key]
    assert [(h["batch_seq"], h["batch_id"]) for h in headers] == [
        (h["batch_seq"], h["batch_id"]) for h in old_headers]
    # the remade second batch chains to the remade first one
    with zipfile.ZipFile(sent[0]) as z:
        assert headers[1]["prev_header_sha256"] == outbox_sha(z.read("header.json"))
    _take(up, w, sent, tmp, ["applied", "applied"])
    _same_data(up, w)
    st = outbox.status(w)
    assert st.unacked_batches == [] and st.acked_through == st.last_change
    # the next batch follows on: no fork, no gap
    _take(up, w, [_export(w, tmp / "usb3", "Phạm Thu Hà")], tmp, ["applied"])
    _same_data(up, w)

    # the old-key files tried again later: refused, the store unchanged, no longer waiting
    before = snapshot(up)
    again = intake.retry_waiting(up, tmp / "receipts")
    assert [o.status for o in again] == ["refused", "refused"]
    assert all("đã được nhận" in o.reason and "thu hồi" in o.reason for o in again)
    assert snapshot(up) == before
    assert intake.waiting(up) == []
    # nothing left to sign again: a resend copies nothing
    assert outbox.resend(w, tmp / "usb4") == []


def outbox_sha(header_bytes: bytes) -> str:
    from app.sync.batch import sha256

    return sha256(header_bytes)


def test_a_batch_taken_before_the_revocation_is_a_duplicate_when_signed_again(
        net: dict[str, Any]) -> None:
    """Batch 2 reached the upstream under the old key but its receipt never came back; batch 3
    did not. Signed again, 2 is answered as a duplicate (the same batch id, not a fork) and 3
    chains to it as it now stands."""
    up, w, tmp = net["up"], net["wards"]["00163"], net["tmp"]
    _work(w)
    first = outbox.export(w, tmp / "usb").path
    assert first is not None
    _take(up, w, [first], tmp, ["applied"])
    b2 = _export(w, tmp / "usb", "Trần Thị Hoa")
    assert [r.status for r in inbox.import_files(up, [b2], tmp / "lost")] == ["applied"]
    b3 = _export(w, tmp / "usb", "Lê Văn Nam")
    _new_key_enrolled(up, w, tmp, lost=False)
    assert "khóa ký đã bị thu hồi" in _refused(up, b3, tmp, "quarantined")

    usb = tmp / "usb2"
    usb.mkdir()
    before = snapshot(up)
    sent = desk.resend_to(w, usb, None)  # the Sync page's «Gửi lại…»
    res = inbox.import_files(up, sent[:1], tmp / "receipts")
    assert [r.status for r in res] == ["duplicate"], [r.line() for r in res]
    after = snapshot(up)
    assert {t: v for t, v in after.items() if t not in ("sync_inbound", "audit_log")} == \
        {t: v for t, v in before.items() if t not in ("sync_inbound", "audit_log")}
    assert res[0].receipt is not None
    outbox.apply_receipt(w, res[0].receipt)
    _take(up, w, sent[1:], tmp, ["applied"])
    _same_data(up, w)
    assert outbox.status(w).unacked_batches == []
    _take(up, w, [_export(w, tmp / "usb3", "Phạm Thu Hà")], tmp, ["applied"])
    # the old-key file of batch 2 again: refused, nothing changes
    snap = snapshot(up)
    res = inbox.import_files(up, [b2], tmp / "receipts")
    assert [r.status for r in res] == ["refused"] and "đã được nhận" in res[0].reason
    assert snapshot(up) == snap


def test_a_fork_signed_by_the_new_key_is_still_a_fork(net: dict[str, Any]) -> None:
    """The duplicate rule for a batch signed again needs the same batch id: another batch under
    a number already taken (a restored store's) is quarantined as before."""
    up, w, tmp = net["up"], net["wards"]["00163"], net["tmp"]
    _work(w)
    first = outbox.export(w, tmp / "usb").path
    assert first is not None
    _take(up, w, [first], tmp, ["applied"])
    _new_key_enrolled(up, w, tmp, lost=False)
    b2 = _export(w, tmp / "usb", "Trần Thị Hoa")
    assert [r.status for r in inbox.import_files(up, [b2], tmp / "r")] == ["applied"]
    # batch 2 made again with a new id (what a restored store without a new epoch would send)
    with w.write() as uow:
        from sqlalchemy import delete

        from app.models import SyncBatch

        uow.session.execute(delete(SyncBatch).where(SyncBatch.batch_seq == 2))
        uow.audit("test.edit", "test", "", "Giả lập kho khôi phục")
        uow.commit()
    fork = outbox.export(w, tmp / "usb-fork").path
    assert fork is not None and _header(fork)["batch_id"] != _header(b2)["batch_id"]
    assert "rẽ nhánh" in _refused(up, fork, tmp, "quarantined")


def test_resend_without_the_key_copies_the_kept_files(net: dict[str, Any]) -> None:
    """The key cannot be opened (here: its file gone): nothing is signed again, the kept files
    are copied byte for byte as before (a lost stick, say), and no error is raised."""
    w, tmp = net["wards"]["00163"], net["tmp"]
    _work(w)
    kept = outbox.export(w, tmp / "usb").path
    assert kept is not None
    (keys.keys_dir(w) / keys.SIGNING_FILE).unlink()
    assert outbox.resign(w) == []
    [again] = outbox.resend(w, tmp / "usb2")
    assert again.read_bytes() == kept.read_bytes()
