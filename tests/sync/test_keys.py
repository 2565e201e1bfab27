"""Enrolment sheet, key rotation and revocation, upstream recipients (SYNC.md "Keys")."""

from __future__ import annotations

import json
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import pypdfium2
import pytest
import zxingcpp
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.printing import enrolment_sheet
from app.services import office, visits
from app.storage.store import open_store
from app.sync import bulletins, enrolment, inbox, keys, outbox, quarantine, rotation
from app.sync.errors import SyncError, SyncSetupError
from tests.helpers import NOW, person, visit
from tests.printing.conftest import flat, pdf_text
from tests.sync.test_roundtrip import _refused, _rewrite, _work, rows


def test_enrolment_sheet_prints_the_key_and_its_qr_enrols_it(net: dict[str, Any],
                                                            tmp_path: Path) -> None:
    w = net["wards"]["00163"]
    e = enrolment.enrolment(w)
    pdf = enrolment_sheet.render(e, place="Hà Nội", on=date(2026, 11, 20))
    text = flat(" ".join(pdf_text(pdf)))
    for words in ("PHIẾU ĐĂNG KÝ KHÓA ĐỒNG BỘ DỮ LIỆU", "PHƯỜNG LÁNG", "Mã cơ quan: 00163",
                  f"Mã cài đặt: {e.installation_id}", f"Mã khóa: {e.key_id}",
                  "Dấu vân tay của khóa", e.fingerprint, "Ban Tiếp công dân thành phố Hà Nội",
                  "ngày 20 tháng 11 năm 2026", "đóng dấu"):
        assert words in text, words
    assert len(e.fingerprint.split()) == 5 and e.fingerprint == keys.show(w).fingerprint
    doc = pypdfium2.PdfDocument(pdf)
    try:
        image = doc[0].render(scale=3).to_pil()
    finally:
        doc.close()
    scanned = [r.text for r in zxingcpp.read_barcodes(image)]
    assert scanned == [enrolment.qr_payload(e)]
    # the upstream enrols from the scanned text: the same key, bound to the office
    up2 = open_store(tmp_path / "up2")
    try:
        office.init_office(up2, "HN-BTCD", "Ban Tiếp công dân thành phố Hà Nội")
        keys.init_keys(up2, upstream=True)
        (tmp_path / "qr.txt").write_text(scanned[0] + "\n", encoding="utf-8")
        peer = keys.enrol(up2, tmp_path / "qr.txt")
        assert (peer.office_code, peer.office_name, peer.key_id) == ("00163", "UBND phường Láng",
                                                                    e.key_id)
        assert keys.fingerprint(bytes.fromhex(peer.public_key)) == e.fingerprint
        assert peer.age_recipient == e.age_recipient
        (tmp_path / "bad.txt").write_text(scanned[0].rsplit("|", 2)[0], encoding="utf-8")
        with pytest.raises(SyncError) as exc:
            keys.enrol(up2, tmp_path / "bad.txt")
        assert "không đủ trường" in exc.value.message()
    finally:
        up2.close()


def test_rotation_keeps_batches_in_flight_then_retires_the_old_key(net: dict[str, Any]) -> None:
    up, w, tmp = net["up"], net["wards"]["00163"], net["tmp"]
    old_id = keys.show(w).key_id
    _work(w)
    first = outbox.export(w, tmp / "usb").path  # signed by the old key
    record = rotation.rotate_office_key(w, tmp / "rotate.json")
    assert record["old_key_id"] == old_id and keys.show(w).key_id == record["key_id"] != old_id
    visits.log_visit(w, visit(person("Trần Thị Hoa")), now=NOW)
    second = outbox.export(w, tmp / "usb").path  # signed by the new key
    assert first and second
    # a record edited on the way is refused; the genuine one enrols the new key
    doc = json.loads((tmp / "rotate.json").read_text())
    doc["rotation"]["office_code"] = "00166"
    (tmp / "forged.json").write_text(json.dumps(doc))
    with pytest.raises(SyncError):
        keys.enrol(up, tmp / "forged.json")
    keys.enrol(up, tmp / "rotate.json")
    states = {p.key_id: p.state for p in keys.peers(up)}
    assert states[old_id] == "đã thay, còn nhận các lô đang gửi"
    res = inbox.import_files(up, [first, second], tmp / "receipts")
    assert [r.status for r in res] == ["applied", "applied"], [r.line() for r in res]
    assert {p.key_id: p.state for p in keys.peers(up)}[old_id] == "đã thay bằng khóa mới"
    # after that, a batch signed with the old key is quarantined
    retired = serialization.load_pem_private_key(
        (keys.keys_dir(w) / f"retired-{old_id}.pem").read_bytes(), None)
    assert isinstance(retired, Ed25519PrivateKey)
    visits.log_visit(w, visit(person("Lê Văn Nam")), now=NOW)
    third = outbox.export(w, tmp / "usb").path
    assert third
    with zipfile.ZipFile(third) as z:
        header = json.loads(z.read("header.json")) | {"sender_key_id": old_id}
    hb = json.dumps(header, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    reason = _refused(up, _rewrite(third, tmp / "old-key.tdsync", **{
        "header.json": hb, "header.sig": retired.sign(hb)}), tmp, "quarantined")
    assert "đã được thay bằng khóa mới" in reason


def test_revoked_key_is_quarantined_with_the_reason_and_kept(net: dict[str, Any]) -> None:
    up, w, tmp = net["up"], net["wards"]["00163"], net["tmp"]
    _work(w)
    path = outbox.export(w, tmp / "usb").path
    assert path
    kid = keys.show(w).key_id
    with pytest.raises(SyncSetupError):
        rotation.revoke(up, kid[:4], "Máy tính bị mất")  # too short to be sure which key
    rotation.revoke(up, kid[:12], "Máy tính của phường bị mất trộm")
    reason = _refused(up, path, tmp, "quarantined")
    assert "khóa ký đã bị thu hồi" in reason and "Máy tính của phường bị mất trộm" in reason
    kept = quarantine.kept(up)
    assert kept and kept[0]["file"] is not None and kept[0]["file"].name.endswith(path.name)
    assert "cách ly" in kept[0]["reason"] and "bị mất trộm" in kept[0]["reason"]
    assert kept[0]["file"].read_bytes() == path.read_bytes()
    # the revoked key cannot vouch for a new one, nor be enrolled again
    rotation.rotate_office_key(w, tmp / "rotate.json")
    with pytest.raises(SyncError) as exc:
        keys.enrol(up, tmp / "rotate.json")
    assert "thu hồi" in exc.value.message()


def test_upstream_rotates_recipients_and_the_ward_follows(net: dict[str, Any]) -> None:
    up, w, tmp = net["up"], net["wards"]["00163"], net["tmp"]
    _work(w)
    before = outbox.export(w, tmp / "usb").path  # encrypted to the old recipient
    bundle = rotation.rotate_recipients(up)
    assert bundle["version"] == 2 and bundle["recovery"] in bundle["recipients"]
    b = bulletins.export_bulletin(up, "00163", [bulletins.recipients_item(up)], tmp / "down")
    res = bulletins.import_bulletins(w, [b.path])
    assert res[0].status == "applied", res[0].line()
    assert "phiên bản 2" in res[0].line()
    assert keys.upstream_bundle(w)["recipients"] == bundle["recipients"]
    visits.log_visit(w, visit(person("Trần Thị Hoa")), now=NOW)
    after = outbox.export(w, tmp / "usb").path
    assert before and after
    res2 = inbox.import_files(up, [before, after], tmp / "receipts")
    assert [r.status for r in res2] == ["applied", "applied"]  # old identity kept for in-flight
    # the version-1 bundle file no longer replaces the pinned version 2
    with pytest.raises(SyncError) as exc:
        keys.import_upstream(w, tmp / "up.json")
    assert "cũ hơn" in exc.value.message()
    assert len(rows(up, "visit")) == 2
