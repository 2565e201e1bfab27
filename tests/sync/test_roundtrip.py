"""Ward → upstream → receipt → ward, and the batches the upstream must refuse (SYNC.md).

Every test runs twice: with the upstream store on SQLite and on a real PostgreSQL server
(tests/pgserver.py, the `upstream_url` fixture); the wards are always SQLite.
"""

from __future__ import annotations

import json
import shutil
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select, text

from app.models import Base, Office
from app.services import office, petitions, visits
from app.services.petitions import PetitionInput, StepInput
from app.storage.store import Store, open_store
from app.sync import batch, inbox, keys, outbox
from app.sync.errors import SyncError
from tests.helpers import CCCD_DUC, NOW, person, visit

TODAY = date(2026, 11, 20)
TABLES = ("office", "officer", "field_of_law", "citizen", "visit", "visit_person", "petition",
          "petition_sender", "petition_event", "change_log", "applied_change", "sync_inbound",
          "audit_log")


def _work(w: Store) -> None:
    visits.log_visit(w, visit(person(cccd=CCCD_DUC)), now=NOW)
    rec = petitions.register(w, PetitionInput(
        received_date=date(2026, 3, 2), content_type="KN", content="Khiếu nại quyết định xử phạt",
        senders=[person(cccd=CCCD_DUC)]), today=TODAY)
    petitions.act(w, rec.id, StepInput(step="classify", on_date=date(2026, 3, 3),
                                       content_type="KN", processable=True, competent=True),
                  today=TODAY)


def rows(s: Store, table: str, where: str = "") -> list[tuple[Any, ...]]:
    """Rows as Python values (uuid, date, datetime) whatever the database: comparable between a
    SQLite ward and a PostgreSQL upstream."""
    stmt = select(Base.metadata.tables[table])
    with s.read() as uow:
        return [tuple(r) for r in uow.session.execute(stmt.where(text(where)) if where else stmt)]


def snapshot(s: Store) -> dict[str, list[tuple[Any, ...]]]:
    return {t: sorted(rows(s, t), key=repr) for t in TABLES}


def _cols(s: Store, table: str, office_code: str) -> set[tuple[Any, ...]]:
    """Rows of `table` belonging to an office, without the store-local search_key."""
    t = Base.metadata.tables[table]
    if "office_id" not in t.c:
        return set()
    cols = [c for c in t.c if c.name != "search_key"]
    with s.read() as uow:
        oid = uow.session.execute(select(Office.id).where(Office.code == office_code)).scalar()
        return {tuple(json.dumps(v) if isinstance(v, list | dict) else v for v in r)
                for r in uow.session.execute(select(*cols).where(t.c.office_id == oid))}


def test_round_trip_two_wards_receipts_and_idempotency(net: dict[str, Any]) -> None:
    up, wards, tmp = net["up"], net["wards"], net["tmp"]
    out = tmp / "usb"
    files = []
    for w in wards.values():
        _work(w)
        done = outbox.export(w, out)
        assert done.path is not None and done.path.exists() and done.batch_seq == 1
        files.append(done.path)
    results = inbox.import_files(up, files, tmp / "receipts")
    assert [r.status for r in results] == ["applied", "applied"], [r.line() for r in results]
    for code, w in wards.items():
        for table in ("visit", "petition", "citizen", "officer"):
            assert _cols(w, table, code) == _cols(up, table, code), table
        assert rows(w, "petition_event") and {r[0] for r in rows(w, "petition_event")} <= \
            {r[0] for r in rows(up, "petition_event")}
    assert len(rows(up, "visit")) == 2 and len(rows(up, "petition")) == 2
    # the same batch again: nothing changes, the receipt is issued again
    before = snapshot(up)
    again = inbox.import_files(up, files[:1], tmp / "receipts")
    assert [r.status for r in again] == ["duplicate"] and again[0].receipt is not None
    assert snapshot(up) == before
    # receipts advance the ward's acknowledged point; the next export starts after it
    w = wards["00163"]
    assert outbox.status(w).acked_through == 0 and len(outbox.status(w).unacked_batches) == 1
    assert results[0].receipt is not None
    ack = outbox.apply_receipt(w, results[0].receipt)
    st = outbox.status(w)
    assert ack.acked_through == st.acked_through == st.exported_through > 0
    assert st.unacked_batches == [] and st.waiting == 0
    assert outbox.export(w, out).path is None  # nothing new
    visits.log_visit(w, visit(person("Trần Thị Hoa")), now=NOW)
    nxt = outbox.export(w, out)
    assert nxt.batch_seq == 2 and nxt.first_change == st.acked_through + 1
    assert nxt.path is not None
    res = inbox.import_files(up, [nxt.path], tmp / "receipts")
    assert res[0].status == "applied" and res[0].applied == 3
    # re-importing everything (the USB stick read twice) changes nothing
    before = snapshot(up)
    again = inbox.import_files(up, [*files, nxt.path], tmp / "receipts")
    assert [r.status for r in again] == ["duplicate"] * 3
    assert snapshot(up) == before
    # a receipt meant for the other ward is refused
    with pytest.raises(SyncError):
        outbox.apply_receipt(w, results[1].receipt)  # type: ignore[arg-type]


def test_gap_is_held_then_filled(net: dict[str, Any]) -> None:
    up, w, tmp = net["up"], net["wards"]["00163"], net["tmp"]
    _work(w)
    first = outbox.export(w, tmp / "usb").path
    visits.log_visit(w, visit(person("Trần Thị Hoa")), now=NOW)
    second = outbox.export(w, tmp / "usb").path
    assert first and second
    res = inbox.import_files(up, [second], tmp / "receipts")
    assert [(r.status, r.reason) for r in res] == [("held", "thiếu lô 1..1")]
    res = inbox.import_files(up, [first], tmp / "receipts")
    assert [r.status for r in res] == ["applied", "applied"]
    assert len(rows(up, "visit")) == 2


def _refused(up: Store, path: Path, tmp: Path, status: str = "refused") -> str:
    before = snapshot(up)
    res = inbox.import_files(up, [path], tmp / "receipts")
    assert [r.status for r in res] == [status], [r.line() for r in res]
    assert snapshot(up) == before
    return res[0].reason


def _rewrite(src: Path, dst: Path, **members: bytes) -> Path:
    with zipfile.ZipFile(src) as z:
        data = {n: z.read(n) for n in batch.MEMBERS}
    data.update(members)
    with zipfile.ZipFile(dst, "w", compression=zipfile.ZIP_STORED) as z:
        for n in batch.MEMBERS:
            z.writestr(n, data[n])
    return dst


def _member_bytes(path: Path) -> list[tuple[str, int]]:
    """(member, offset) of a sample of bytes inside each member's data (every byte of the
    small ones)."""
    raw = path.read_bytes()
    offsets: list[tuple[str, int]] = []
    with zipfile.ZipFile(path) as z:
        for info in z.infolist():
            name_len = int.from_bytes(raw[info.header_offset + 26:info.header_offset + 28], "little")
            extra_len = int.from_bytes(raw[info.header_offset + 28:info.header_offset + 30], "little")
            start = info.header_offset + 30 + name_len + extra_len
            step = 1 if info.file_size <= 64 else max(1, info.file_size // 25)
            offsets += [(info.filename, i) for i in range(start, start + info.file_size, step)]
            offsets.append((info.filename, start + info.file_size - 1))
    return offsets


def test_tampered_batches_are_refused_before_any_plaintext(net: dict[str, Any]) -> None:
    up, wards, tmp = net["up"], net["wards"], net["tmp"]
    _work(wards["00163"])
    good = outbox.export(wards["00163"], tmp / "usb").path
    assert good
    raw = good.read_bytes()
    # any single byte flipped in any member (the ZIP's own metadata, such as member dates,
    # carries nothing that is used: names and sizes are checked, contents signed or hashed)
    for member, i in _member_bytes(good):
        bad = tmp / f"flip{i}.tdsync"
        bad.write_bytes(raw[:i] + bytes([raw[i] ^ 0x01]) + raw[i + 1:])
        assert f"thành phần '{member}' bị hỏng (sai mã kiểm tra CRC" in _refused(up, bad, tmp)
    # the same flips with the ZIP's checksum made good again: the signature, the payload hash
    # (and behind it age's authentication) catch what the CRC no longer does
    with zipfile.ZipFile(good) as z:
        members = {n: z.read(n) for n in batch.MEMBERS}
    expected = {"format": "không được hỗ trợ", "header.json": "phần đầu (header.json)",
                "header.sig": "chữ ký không hợp lệ",
                "payload.age": "nội dung mã hóa không khớp phần đầu đã ký"}
    for name, data in members.items():
        for j in sorted({0, len(data) // 2, len(data) - 2}):
            flipped = data[:j] + bytes([data[j] ^ 0x01]) + data[j + 1:]
            reason = _refused(up, _rewrite(good, tmp / f"crc-{name}-{j}.tdsync",
                                           **{name: flipped}), tmp)
            assert expected[name] in reason or "chữ ký không hợp lệ" in reason, (name, reason)
    # truncated
    (tmp / "cut.tdsync").write_bytes(raw[: len(raw) // 2])
    assert "không phải tệp đồng bộ đọc được" in _refused(up, tmp / "cut.tdsync", tmp)
    with zipfile.ZipFile(good) as z:
        header = json.loads(z.read("header.json"))
        sig = z.read("header.sig")
    # payload changed with the header re-signed by another (enrolled) office's key
    other = keys.signing_key(wards["00166"])
    forged = json.dumps(header, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    reason = _refused(up, _rewrite(good, tmp / "signer.tdsync", **{
        "header.sig": other.sign(forged)}), tmp)
    assert reason.startswith("chữ ký không hợp lệ")
    # an unknown signer is quarantined
    stranger = Ed25519PrivateKey.generate()
    h2 = {**header, "sender_key_id": "0" * 32}
    b2 = json.dumps(h2, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    assert "chưa được đăng ký" in _refused(up, _rewrite(good, tmp / "stranger.tdsync", **{
        "header.json": b2, "header.sig": stranger.sign(b2)}), tmp, "quarantined")
    # a malformed or oversized header
    assert "quá lớn" in _refused(
        up, _rewrite(good, tmp / "big.tdsync", **{"header.json": b"{" * 70000}), tmp)
    assert "'tiepdan-batch/9' không được hỗ trợ" in _refused(
        up, _rewrite(good, tmp / "extra.tdsync", format=b"tiepdan-batch/9\n"), tmp)
    assert sig  # the genuine one still imports afterwards
    assert inbox.import_files(up, [good], tmp / "receipts")[0].status == "applied"


def test_rewrapped_payload_of_another_office_is_refused(net: dict[str, Any]) -> None:
    """Ward B copies ward A's encrypted payload under its own valid, signed header."""
    up, wards, tmp = net["up"], net["wards"], net["tmp"]
    _work(wards["00163"])
    a = outbox.export(wards["00163"], tmp / "a").path
    _work(wards["00166"])
    b = outbox.export(wards["00166"], tmp / "b").path
    assert a and b
    with zipfile.ZipFile(a) as z:
        payload = z.read("payload.age")
    with zipfile.ZipFile(b) as z:
        hb = json.loads(z.read("header.json"))
    hb |= {"payload_sha256": batch.sha256(payload), "payload_size": len(payload)}
    hbytes = json.dumps(hb, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    key_b = keys.signing_key(wards["00166"])
    forged = _rewrite(b, tmp / "rewrap.tdsync", **{
        "header.json": hbytes, "header.sig": key_b.sign(hbytes), "payload.age": payload})
    reason = _refused(up, forged, tmp)
    assert "gói lại" in reason


def test_replayed_old_batch_with_other_content_is_a_fork(net: dict[str, Any]) -> None:
    up, w, tmp = net["up"], net["wards"]["00163"], net["tmp"]
    _work(w)
    first = outbox.export(w, tmp / "usb").path
    assert first and inbox.import_files(up, [first], tmp / "r")[0].status == "applied"
    # as if the ward's store were restored from a copy taken before the export: batch 1 again
    with w.write() as uow:
        uow.session.execute(text("DELETE FROM sync_batch"))
        uow.audit("test.reset", "sync", "", "test")
        uow.commit()
    remade = outbox.export(w, tmp / "usb2").path
    assert remade
    assert "rẽ nhánh" in _refused(up, remade, tmp, "quarantined")


def test_wrong_recipient_is_refused(net: dict[str, Any], tmp_path: Path) -> None:
    up, w, tmp = net["up"], net["wards"]["00163"], net["tmp"]
    other_up = open_store(tmp_path / "up2")
    try:
        office.init_office(other_up, "HCM", "Ban Tiếp công dân TP HCM")
        keys.init_keys(other_up, upstream=True)
        keys.export_public(other_up, tmp / "up2.json")
    finally:
        other_up.close()
    with pytest.raises(SyncError) as exc:  # once pinned, another upstream's bundle is refused
        keys.import_upstream(w, tmp / "up2.json")
    assert "--replace" in exc.value.message()
    keys.import_upstream(w, tmp / "up2.json", replace=True)  # encrypts to the wrong upstream
    _work(w)
    path = outbox.export(w, tmp / "usb").path
    assert path
    assert "giải mã" in _refused(up, path, tmp)


def test_a_store_older_than_the_change_log_sends_all_its_rows(net: dict[str, Any]) -> None:
    """Migration 0010 gives every existing row a baseline change; export reads those rows."""
    up, tmp = net["up"], net["tmp"]
    golden = Path(__file__).resolve().parents[1] / "data" / "golden-0001.sqlite3"
    (tmp / "old").mkdir()
    shutil.copyfile(golden, tmp / "old" / "tiepdan.sqlite3")
    old = open_store(tmp / "old")
    try:
        n_visits = len(rows(old, "visit"))
        baseline = rows(old, "change_log", "payload IS NULL AND entity = 'visit'")
        assert n_visits and len(baseline) == n_visits
        keys.init_keys(old)
        keys.import_upstream(old, tmp / "up.json")
        keys.export_public(old, tmp / "old.json")
        keys.enrol(up, tmp / "old.json")
        path = outbox.export(old, tmp / "usb").path
        assert path
        res = inbox.import_files(up, [path], tmp / "receipts")
        assert [r.status for r in res] == ["applied"], [r.line() for r in res]
        assert not res[0].problems
        assert len(rows(up, "visit")) == n_visits
    finally:
        old.close()


def test_a_format_1_batch_still_imports_and_format_2_follows_it(net: dict[str, Any]) -> None:
    """A ward updated between two exports: its last batch of format 1 (written as versions
    before format 2 did), then format 2; the upstream takes both, in the same chain."""
    up, w, tmp = net["up"], net["wards"]["00163"], net["tmp"]
    _work(w)
    old = outbox.export(w, tmp / "usb", fmt=batch.FORMAT_V1)
    visits.log_visit(w, visit(person("Trần Thị Hoa")), now=NOW)
    new = outbox.export(w, tmp / "usb")
    assert old.path and new.path and (old.batch_seq, new.batch_seq) == (1, 2)
    for path, fmt, member in ((old.path, "tiepdan-batch/1", "changes.jsonl.gz"),
                              (new.path, "tiepdan-batch/2", "changes.cols.zst")):
        with zipfile.ZipFile(path) as z:
            assert z.read("format") == fmt.encode() + b"\n"
            header = json.loads(z.read("header.json"))
        assert header["format"] == fmt
        assert header.get("payload_format") == (None if member.endswith("gz")
                                                else "tiepdan-columns/1+zstd")
    res = inbox.import_files(up, [old.path, new.path], tmp / "receipts")
    assert [(r.status, r.problems) for r in res] == [("applied", [])] * 2, [r.line() for r in res]
    for table in ("visit", "petition", "citizen", "officer"):
        assert _cols(w, table, "00163") == _cols(up, table, "00163"), table
    assert len(rows(up, "visit")) == 2


@pytest.mark.parametrize("scan_from", [1, 10_000])
def test_a_row_written_around_the_change_log_stops_the_export(
        net: dict[str, Any], scan_from: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Its version is ahead of its last logged change: refused, whether the exporter reads the
    whole table or only the logged rows."""
    w, tmp = net["wards"]["00163"], net["tmp"]
    monkeypatch.setattr(outbox, "SCAN_FROM", scan_from)
    _work(w)
    with w.write() as uow:
        uow.session.execute(text("UPDATE visit SET version = version + 1"))
        uow.audit("test.raw", "sync", "", "test")
        uow.commit()
    with pytest.raises(SyncError) as exc:
        outbox.export(w, tmp / "usb")
    assert exc.value.code == "sync_bypass"
    assert outbox.status(w).exported_through == 0 and not list((tmp / "usb").glob("*.tdsync"))
