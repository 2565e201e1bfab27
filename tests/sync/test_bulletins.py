"""Bulletins down (upstream → ward): signed, numbered, applied in one transaction or not at all."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from app.errors import ValidationFailed
from app.services import calendar, petitions
from app.storage.store import Store
from app.sync import batch, bulletins, keys, quarantine
from app.sync.errors import SyncSetupError
from tests.sync.test_roundtrip import _rewrite, rows

TABLES = ("petition", "petition_sender", "petition_event", "citizen", "calendar_entry",
          "sync_bulletin_in", "store_meta", "change_log", "audit_log")
PETITION = {"received_date": "2026-11-02", "content_type": "KNPA",
            "content": "Phản ánh việc lấn chiếm vỉa hè trên phố Láng Hạ",
            "senders": [{"full_name": "Phạm Thị Hằng", "cccd": "001190012345",
                         "address": "Số 5 ngõ 12 phố Láng Hạ"}]}
CALENDAR = [{"date": "2027-01-01", "kind": "holiday", "name": "Tết Dương lịch"},
            {"date": "2027-02-08", "kind": "day_off", "name": "Nghỉ Tết Nguyên đán (bổ sung)"}]


def state(s: Store) -> dict[str, list[Any]]:
    return {t: sorted(rows(s, t), key=repr) for t in TABLES}


def _calendar_upstream(up: Store) -> None:
    calendar.import_entries(up, CALENDAR)


def test_bulletin_applies_calendar_transfer_and_recipients_once(net: dict[str, Any]) -> None:
    up, w, tmp = net["up"], net["wards"]["00163"], net["tmp"]
    _calendar_upstream(up)
    items = [bulletins.calendar_item(up, [2027]),
             bulletins.transfer_item(PETITION, "123/BTCD-TD", dt.date(2026, 11, 18)),
             bulletins.recipients_item(up)]
    b = bulletins.export_bulletin(up, "00163", items, tmp / "down")
    assert b.bulletin_seq == 1 and b.path.name == "00163-bantin-000001.tdsync"
    [o] = bulletins.import_bulletins(w, [b.path], today=dt.date(2026, 11, 20))
    assert o.status == "applied", o.line()
    line = o.line()
    assert "bản tin số 1: đã áp dụng" in line and "lịch làm việc năm 2027 (2 ngày)" in line
    assert "do cơ quan cấp trên chuyển theo văn bản 123/BTCD-TD" in line
    assert [e.name for e in calendar.entries_for_year(w, 2027).entries
            if e.date == dt.date(2027, 2, 8)] == ["Nghỉ Tết Nguyên đán (bổ sung)"]
    number = line.split("vào sổ đơn số ")[1].split()[0]
    rec = petitions.find_by_number(w, number)
    assert rec.content == PETITION["content"] and rec.received_date == dt.date(2026, 11, 20)
    with w.read() as uow:
        from app.models import Petition
        p = uow.session.get(Petition, rec.id)
        assert p is not None and (p.channel, p.forwarder_kind, p.forwarder_ref) == (
            "forwarded", "agency", "123/BTCD-TD")
        assert p.forwarder_name == "Ban Tiếp công dân thành phố Hà Nội"
    assert bulletins.received(w)[0].bulletin_seq == 1
    # the same file again: nothing applied twice
    before = state(w)
    [again] = bulletins.import_bulletins(w, [b.path])
    assert again.status == "duplicate" and "đã nhận trước đây" in again.line()
    assert state(w) == before


def _refused(w: Store, path: Path, words: str) -> None:
    before = state(w)
    [o] = bulletins.import_bulletins(w, [path])
    assert o.status == "refused" and words in o.reason, o.line()
    assert state(w) == before


def test_bulletins_out_of_order_forged_or_misaddressed_are_refused(net: dict[str, Any]) -> None:
    up, w, other, tmp = net["up"], net["wards"]["00163"], net["wards"]["00166"], net["tmp"]
    _calendar_upstream(up)
    one = bulletins.export_bulletin(up, "00163", [bulletins.calendar_item(up, [2027])],
                                    tmp / "d1").path
    two = bulletins.export_bulletin(up, "00163", [bulletins.recipients_item(up)], tmp / "d2").path
    _refused(w, two, "thiếu bản tin số 1..1")
    # given together in the wrong order they are applied in their own order
    assert [o.status for o in bulletins.import_bulletins(w, [two, one])] == ["applied"] * 2
    # addressed to another ward
    for_other = bulletins.export_bulletin(up, "00166", [bulletins.recipients_item(up)],
                                          tmp / "d3").path
    _refused(w, for_other, "gửi cho cơ quan 00166")
    # a header re-signed by a ward's key (anyone can encrypt to the ward, not sign as upstream)
    with zipfile.ZipFile(two) as z:
        header = json.loads(z.read("header.json")) | {"batch_seq": 3}
    hb = json.dumps(header, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    forged = _rewrite(two, tmp / "forged.tdsync", **{
        "header.json": hb, "header.sig": keys.signing_key(other).sign(hb)})
    _refused(w, forged, "chữ ký không hợp lệ")
    assert any("chữ ký" in k["reason"] for k in quarantine.kept(w))
    # a fork: the upstream's store lost its numbering and sends another bulletin 1
    with up.write() as uow:
        from sqlalchemy import text
        uow.session.execute(text("DELETE FROM sync_bulletin"))
        uow.audit("sync.bulletin_export", "sync", "", "test")
        uow.commit()
    fork = bulletins.export_bulletin(up, "00163", [bulletins.recipients_item(up)],
                                     tmp / "d4").path
    _refused(w, fork, "rẽ nhánh")
    # not a bulletin at all
    (tmp / "junk.tdsync").write_bytes(b"PK\x03\x04 not really")
    _refused(w, tmp / "junk.tdsync", "không phải tệp đồng bộ")


def test_a_bulletin_is_applied_whole_or_not_at_all(net: dict[str, Any]) -> None:
    up, w, tmp = net["up"], net["wards"]["00163"], net["tmp"]
    _calendar_upstream(up)
    with pytest.raises(ValidationFailed):  # refused already at the upstream
        bulletins.transfer_item({**PETITION, "received_date": "hôm qua"}, "1/BTCD")
    with pytest.raises(SyncSetupError):
        bulletins.transfer_item({**PETITION, "officer_code": "CB01"}, "1/BTCD")
    # a bad item that got past the upstream: the calendar before it is not applied either
    bad = {"kind": "petition_transfer", "petition": {**PETITION, "content": ""},
           "doc_number": "1/BTCD", "doc_date": "2026-11-18"}
    path = bulletins.export_bulletin(up, "00163", [bulletins.calendar_item(up, [2027]), bad],
                                     tmp / "down").path
    _refused(w, path, "không áp dụng được")
    assert not rows(w, "calendar_entry", "date >= '2027-01-01'")
    with pytest.raises(SyncSetupError):
        bulletins.export_bulletin(up, "00163", [], tmp / "down")
    with pytest.raises(SyncSetupError):
        bulletins.export_bulletin(up, "99999", [bulletins.recipients_item(up)], tmp / "down")
    assert batch.FORMAT != bulletins.FORMAT


def _own_petition(up: Store, classify: bool = True) -> petitions.PetitionRecord:
    """A petition registered in the upstream's own register (not one imported from a ward)."""
    from app.services import petition_records

    rec = {**PETITION, "senders": [{**PETITION["senders"][0], "phone": "0912345678",
                                    "date_of_birth": "1990-04-12", "gender": "female"}],
           "petition_date": "2026-10-30", "documents": [{"name": "Đơn phản ánh", "pages": 2}]}
    p = petitions.register(up, petition_records.parse_petition(rec, {}),
                           today=dt.date(2026, 11, 10))
    if classify:
        petitions.act(up, p.id, petitions.StepInput(
            step="classify", on_date=dt.date(2026, 11, 12), content_type="KNPA",
            processable=True, competent=False), today=dt.date(2026, 11, 12))
    return p


def test_upstream_transfers_its_own_petition_and_records_the_step(net: dict[str, Any]) -> None:
    up, w, tmp = net["up"], net["wards"]["00163"], net["tmp"]
    p = _own_petition(up)
    t = bulletins.OwnTransfer(p.number, "45/BTCD-TD", dt.date(2026, 11, 13))
    b = bulletins.export_bulletin(up, "00163", [], tmp / "down", transfers=[t],
                                  today=dt.date(2026, 11, 13))
    after = petitions.get(up, p.id, today=dt.date(2026, 11, 13))
    assert after.state == "transferred"
    step = after.events[-1]
    assert (step.step, step.doc_number, step.on_date) == ("transfer", "45/BTCD-TD",
                                                          dt.date(2026, 11, 13))
    assert step.data["recipient"] == "UBND phường Láng"
    assert "bản tin số 1" in step.note
    [o] = bulletins.import_bulletins(w, [b.path], today=dt.date(2026, 11, 16))
    assert o.status == "applied", o.line()
    number = o.line().split("vào sổ đơn số ")[1].split()[0]
    got = petitions.find_by_number(w, number)
    assert (got.content, got.content_type, got.received_date, got.forwarder_ref) == (
        PETITION["content"], "KNPA", dt.date(2026, 11, 16), "45/BTCD-TD")
    assert got.petition_date == dt.date(2026, 10, 30)
    [s] = got.senders
    assert (s.full_name, s.cccd, s.phone) == ("Phạm Thị Hằng", "001190012345", "0912345678")
    assert got.documents[0]["name"] == "Đơn phản ánh" and got.documents[0]["pages"] == 2


def test_an_own_transfer_the_law_refuses_writes_no_bulletin(net: dict[str, Any]) -> None:
    up, tmp = net["up"], net["tmp"]
    p = _own_petition(up, classify=False)  # not classified yet: it cannot be transferred
    tables = ("petition", "petition_event", "sync_bulletin", "change_log", "audit_log")
    before = {t: sorted(rows(up, t), key=repr) for t in tables}
    with pytest.raises(ValidationFailed) as e:
        bulletins.export_bulletin(up, "00163", [bulletins.recipients_item(up)], tmp / "down",
                                  transfers=[bulletins.OwnTransfer(p.number, "46/BTCD")],
                                  today=dt.date(2026, 11, 13))
    assert "khi đơn đang «Mới tiếp nhận»" in str(e.value)
    with pytest.raises(SyncSetupError, match="Không có đơn số 0999/2026"):
        bulletins.export_bulletin(up, "00163", [], tmp / "down",
                                  transfers=[bulletins.OwnTransfer("0999/2026", "46/BTCD")])
    assert {t: sorted(rows(up, t), key=repr) for t in tables} == before
    assert not (tmp / "down").exists() or not list((tmp / "down").iterdir())
    assert not list(bulletins.bulletins_dir(up).glob("*.tdsync"))


def test_a_bulletin_that_cannot_reach_the_folder_is_not_sent(net: dict[str, Any]) -> None:
    """No «send again» for bulletins: one the chosen folder could not take (a file where the
    folder should be, a stick pulled out) is not recorded, and its transfer step is undone."""
    up, tmp = net["up"], net["tmp"]
    p = _own_petition(up)
    blocked = tmp / "not-a-folder"
    blocked.write_bytes(b"")
    tables = ("petition", "petition_event", "sync_bulletin", "change_log", "audit_log")
    before = {t: sorted(rows(up, t), key=repr) for t in tables}
    with pytest.raises(OSError):
        bulletins.export_bulletin(up, "00163", [], blocked / "down",
                                  transfers=[bulletins.OwnTransfer(p.number, "47/BTCD")],
                                  today=dt.date(2026, 11, 13))
    assert {t: sorted(rows(up, t), key=repr) for t in tables} == before
    assert not list(bulletins.bulletins_dir(up).glob("*.tdsync"))
    done = bulletins.export_bulletin(up, "00163", [], tmp / "down",
                                     transfers=[bulletins.OwnTransfer(p.number, "47/BTCD")],
                                     today=dt.date(2026, 11, 13))
    assert done.bulletin_seq == 1 and done.path.exists()
