"""`tiepdan keys …` and `tiepdan sync …`: a ward and an upstream store, driven from the CLI."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Run


def test_keys_export_import_receipt_status(ward: Run, tmp_path: Path) -> None:
    up = str(tmp_path / "up")
    r = ward("--data-dir", up, "init", "--office-code", "HN-BTCD",
             "--office-name", "Ban Tiếp công dân thành phố Hà Nội")
    assert r.code == 0, r.err
    r = ward("--data-dir", up, "keys", "init", "--upstream")
    assert r.code == 0 and "KHÓA DỰ PHÒNG" in r.out and "AGE-SECRET-KEY-" in r.out
    assert ward("--data-dir", up, "keys", "export-public", str(tmp_path / "up.json")).code == 0
    assert ward("sync", "export", "--out", str(tmp_path)).code == 2  # no keys yet
    assert ward("keys", "init").code == 0
    r = ward("keys", "import-upstream", str(tmp_path / "up.json"))
    assert r.code == 0 and "Dấu vân tay" in r.out
    assert ward("keys", "export-public", str(tmp_path / "w.json")).code == 0
    usb = tmp_path / "usb"
    r = ward("sync", "export", "--out", str(usb))
    assert r.code == 0 and "Đã xuất lô số 1" in r.out, r.err
    batch = next(usb.glob("*.tdsync"))
    r = ward("--data-dir", up, "sync", "import", str(batch))
    assert r.code == 3 and "cách ly" in r.out  # not enrolled yet
    assert ward("--data-dir", up, "keys", "enrol", str(tmp_path / "w.json")).code == 0
    r = ward("--data-dir", up, "sync", "import", str(batch))
    assert r.code == 0 and "đã nhận" in r.out, r.out
    receipt = next(usb.glob("*.receipt.json"))
    r = ward("sync", "receipt", str(receipt))
    assert r.code == 0 and "đã nhận đến thay đổi số" in r.out
    r = ward("sync", "status", "--json")
    assert r.code == 0 and '"unacked_batches": []' in r.out
    assert "Không có thay đổi mới" in ward("sync", "export", "--out", str(usb)).out
    # a receipt edited by hand is refused (exit 3), nothing marked
    receipt.write_text(receipt.read_text().replace('"applied":', '"applied":1'))
    r = ward("sync", "receipt", str(receipt))
    assert r.code == 3 and "Từ chối biên nhận" in r.err


def test_enrol_sheet_bulletins_rotation_and_revocation(ward: Run, tmp_path: Path) -> None:
    up = str(tmp_path / "up")
    assert ward("--data-dir", up, "init", "--office-code", "HN-BTCD",
                "--office-name", "Ban Tiếp công dân thành phố Hà Nội").code == 0
    assert ward("--data-dir", up, "keys", "init", "--upstream").code == 0
    r = ward("--data-dir", up, "keys", "bundle", "--out", str(tmp_path / "up.json"))
    assert r.code == 0 and "bộ khóa phiên bản 1" in r.out
    assert ward("keys", "init").code == 0
    assert ward("keys", "import-upstream", str(tmp_path / "up.json")).code == 0
    r = ward("keys", "enrol-sheet", "--out", str(tmp_path / "phieu.pdf"))
    assert r.code == 0 and (tmp_path / "phieu.pdf").read_bytes().startswith(b"%PDF")
    fingerprint = r.out.rsplit("Dấu vân tay: ", 1)[1].strip()
    assert ward("keys", "export-public", str(tmp_path / "w.json")).code == 0
    r = ward("--data-dir", up, "keys", "enrol", str(tmp_path / "w.json"))
    assert r.code == 0 and fingerprint in r.out and "đối chiếu" in r.out
    cal = tmp_path / "cal.json"
    cal.write_text('[{"date": "2027-01-01", "kind": "holiday", "name": "Tết Dương lịch"}]',
                   encoding="utf-8")
    assert ward("--data-dir", up, "calendar", "import", str(cal)).code == 0
    code = ward("keys", "show").out.split("Cơ quan: ")[1].split()[0]
    down = tmp_path / "down"
    r = ward("--data-dir", up, "bulletin", "export", "--office", code, "--calendar", "2027",
             "--recipients", "--out", str(down))
    assert r.code == 0 and "Đã ghi bản tin số 1" in r.out, r.err
    bulletin = next(down.glob("*.tdsync"))
    r = ward("sync", "import-bulletin", str(bulletin))
    assert r.code == 0 and "bản tin số 1: đã áp dụng" in r.out and "2027" in r.out, r.out + r.err
    r = ward("sync", "receipt", str(bulletin))  # the same file through `sync receipt`
    assert r.code == 0 and "đã nhận trước đây" in r.out
    # a petition of the upstream's own register, classified there, transferred to the ward
    own = {"received_date": "2026-11-02", "content_type": "KNPA",
           "content": "Phản ánh tiếng ồn công trình ban đêm", "anonymous": True}
    classify = {"step": "classify", "on_date": "2026-11-03", "content_type": "KNPA",
                "processable": True, "competent": False}
    for name, doc in (("own.json", own), ("classify.json", classify)):
        (tmp_path / name).write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert ward("--data-dir", up, "petition", "add", "--json", str(tmp_path / "own.json")).code == 0
    assert ward("--data-dir", up, "petition", "act", "0001/2026", "--json",
                str(tmp_path / "classify.json")).code == 0
    r = ward("--data-dir", up, "bulletin", "export", "--office", code, "--transfer", "0001/2026",
             "--doc-number", "7/BTCD-TD", "--doc-date", "ngày mai", "--out", str(down))
    assert r.code == 2 and "ngày 'ngày mai' không hợp lệ" in r.err
    r = ward("--data-dir", up, "bulletin", "export", "--office", code, "--transfer", "0001/2026",
             "--doc-number", "7/BTCD-TD", "--out", str(down))
    assert r.code == 0 and "Đã ghi bản tin số 2" in r.out, r.err
    r = ward("--data-dir", up, "petition", "show", "0001/2026")
    assert "Chuyển đơn" in r.out and "7/BTCD-TD" in r.out, r.out
    r = ward("sync", "import-bulletin", str(down / f"{code}-bantin-000002.tdsync"))
    assert r.code == 0 and "do cơ quan cấp trên chuyển theo văn bản 7/BTCD-TD" in r.out, r.err
    r = ward("keys", "rotate", "--out", str(tmp_path / "rot.json"))
    assert r.code == 0 and "Đã thay khóa ký" in r.out
    assert ward("--data-dir", up, "keys", "enrol", str(tmp_path / "rot.json")).code == 0
    new_id = ward("keys", "show").out.split("Mã khóa: ")[1].split()[0]
    r = ward("--data-dir", up, "keys", "revoke", new_id[:10], "--reason", "Lộ mật khẩu")
    assert r.code == 0 and "Đã thu hồi" in r.out
    assert "đã thu hồi: Lộ mật khẩu" in ward("--data-dir", up, "keys", "show").out
    r = ward("--data-dir", up, "keys", "revoke", "abc", "--reason", "x")
    assert r.code == 2 and "ít nhất 8 ký tự" in r.err


def test_resend_signs_again_after_revocation(ward: Run, tmp_path: Path) -> None:
    """`sync export --resend` after the ward's key was revoked and a new one enrolled: the
    unacknowledged batch is signed again and taken; the old file stays refused."""
    up = str(tmp_path / "up")
    assert ward("--data-dir", up, "init", "--office-code", "HN-BTCD",
                "--office-name", "Ban Tiếp công dân thành phố Hà Nội").code == 0
    assert ward("--data-dir", up, "keys", "init", "--upstream").code == 0
    assert ward("--data-dir", up, "keys", "export-public", str(tmp_path / "up.json")).code == 0
    assert ward("keys", "init").code == 0
    assert ward("keys", "import-upstream", str(tmp_path / "up.json")).code == 0
    assert ward("keys", "export-public", str(tmp_path / "w.json")).code == 0
    assert ward("--data-dir", up, "keys", "enrol", str(tmp_path / "w.json")).code == 0
    usb = tmp_path / "usb"
    assert ward("sync", "export", "--out", str(usb)).code == 0
    old_file = next(usb.glob("*.tdsync"))
    old_id = ward("keys", "show").out.split("Mã khóa: ")[1].split()[0]
    assert ward("--data-dir", up, "keys", "revoke", old_id[:10], "--reason", "Mất máy").code == 0
    r = ward("--data-dir", up, "sync", "import", str(old_file))
    assert r.code == 3 and "thu hồi" in r.out
    assert ward("keys", "rotate", "--out", str(tmp_path / "rot.json")).code == 0
    assert ward("keys", "export-public", str(tmp_path / "w2.json")).code == 0
    assert ward("--data-dir", up, "keys", "enrol", str(tmp_path / "w2.json")).code == 0
    usb2 = tmp_path / "usb2"
    r = ward("sync", "export", "--resend", "--out", str(usb2))
    assert r.code == 0 and "Đã ký lại bằng khóa hiện tại 1 lô chưa có biên nhận (số 1)" in r.out
    r = ward("--data-dir", up, "sync", "import", str(next(usb2.glob("*.tdsync"))))
    assert r.code == 0 and "đã nhận" in r.out, r.out
    r = ward("--data-dir", up, "sync", "import", str(old_file))
    assert r.code == 3 and "đã được nhận" in r.out
