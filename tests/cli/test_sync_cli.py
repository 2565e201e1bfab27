"""`tiepdan keys …` and `tiepdan sync …`: a ward and an upstream store, driven from the CLI."""

from __future__ import annotations

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
