"""Members whose names try to leave the temp folder (a tar member inside the decrypted payload,
or a ZIP member of the envelope) are refused in Vietnamese, write nothing anywhere, and leave
the upstream's tables as they were. The batches are genuine otherwise: signed by the ward's own
key and encrypted to the upstream, so only the member check can stop them. Both batch formats
(1: changes.jsonl.gz, 2: changes.cols.zst)."""

from __future__ import annotations

import gzip
import io
import tarfile
import tempfile
import uuid
import zipfile
from pathlib import Path
from typing import Any

import pytest
import zstandard

from app.storage.changelog import canonical
from app.sync import batch, inbox, keys
from tests.sync.test_roundtrip import _refused

SCRATCH_TARGET = f"tiepdan-escape-{uuid.uuid4().hex}"


def _header(w: Any) -> dict[str, Any]:
    info = keys.show(w)
    return {"batch_id": str(uuid.uuid4()), "office_code": "00163",
            "installation_id": info.installation_id, "sender_key_id": info.key_id,
            "batch_seq": 1, "prev_header_sha256": None, "schema_version": "0012",
            "app_version": "0", "created_at": "2026-11-20T00:00:00Z"}


def _member(tar: tarfile.TarFile, name: str, data: bytes = b"", *,
            link: str | None = None) -> None:
    info = tarfile.TarInfo(name)
    if link is not None:
        info.type, info.linkname = tarfile.SYMTYPE, link
    else:
        info.size = len(data)
    tar.addfile(info, io.BytesIO(data) if link is None else None)


FORMATS = [batch.FORMAT_V1, batch.FORMAT]
CHANGES = {batch.FORMAT_V1: "changes.jsonl.gz", batch.FORMAT: "changes.cols.zst"}


def _crafted(w: Any, path: Path, members: list[tuple[str, str]], fmt: str) -> Path:
    """A batch whose payload is a tar of `members`, encrypted to the upstream and signed by the
    ward (as write_batch does, with the tar's members left to the test). "{changes}" in a
    member's name: the format's changes member; "{other}": the other format's."""
    h = _header(w)
    if fmt == batch.FORMAT:
        h["payload_format"] = batch.PAYLOAD_V2
    manifest = canonical({k: h[k] for k in batch.BOUND} | {
        "schema_version": "0012", "first_change": 0, "last_change": 0, "count": 0,
        "counts": {}}).encode()
    changes = gzip.compress(b"", mtime=0) if fmt == batch.FORMAT_V1 else \
        zstandard.ZstdCompressor().compress(b"")
    inner = io.BytesIO()
    with tarfile.open(fileobj=inner, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for name, what in members:
            name = name.format(changes=CHANGES[fmt], other=next(
                c for f, c in CHANGES.items() if f != fmt))
            if what.startswith("link:"):
                _member(tar, name, link=what[5:])
            else:
                _member(tar, name, {"manifest": manifest, "changes": changes}.get(
                    what, what.encode()))
    encrypted = io.BytesIO()
    import pyrage

    inner.seek(0)
    pyrage.encrypt_io(inner, encrypted, [pyrage.x25519.Recipient.from_str(r)
                                         for r in keys.upstream_bundle(w)["recipients"]])
    payload = encrypted.getvalue()
    header = canonical({**h, "format": fmt, "payload_sha256": batch.sha256(payload),
                        "payload_size": len(payload)}).encode()
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as z:
        z.writestr("format", fmt + "\n")
        z.writestr("header.json", header)
        z.writestr("header.sig", keys.signing_key(w).sign(header))
        z.writestr("payload.age", payload)
    return path


def _files(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file()}


# Members as (name, what): "manifest" and "changes" are the genuine contents; "link:T" a
# symbolic link to T; anything else, those bytes.
ESCAPES: dict[str, list[tuple[str, str]]] = {
    "dot-dot": [("manifest.json", "manifest"), (f"../{SCRATCH_TARGET}", "changes")],
    "absolute": [("manifest.json", "manifest"), (f"/tmp/{SCRATCH_TARGET}", "changes")],
    "symlink": [("manifest.json", "manifest"),
                ("{changes}", f"link:../../{SCRATCH_TARGET}")],
    "extra member": [("manifest.json", "manifest"), ("{changes}", "changes"),
                     (f"../../{SCRATCH_TARGET}", "x")],
    "other format's member": [("manifest.json", "manifest"), ("{other}", "changes")],
}
GENUINE = [("manifest.json", "manifest"), ("{changes}", "changes")]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("kind", sorted(ESCAPES))
def test_tar_member_escaping_the_temp_folder_is_refused(net: dict[str, Any], kind: str, fmt: str,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    up, w, tmp = net["up"], net["wards"]["00163"], net["tmp"]
    scratch = tmp / "scratch" / "inner"
    scratch.mkdir(parents=True)
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))  # where open_payload decrypts
    path = _crafted(w, tmp / f"{kind}.tdsync", ESCAPES[kind], fmt)
    before = _files(tmp)
    reason = _refused(up, path, tmp)  # also: every upstream table unchanged
    assert "nội dung không đúng cấu trúc" in reason, reason
    assert not any(scratch.iterdir())  # the temp folder was removed with its contents
    new = _files(tmp) - before
    assert all(p.is_relative_to(up.data_dir) for p in new), new  # its kept copy only
    assert not any(SCRATCH_TARGET in str(p) for p in _files(tmp))
    assert not (Path("/tmp") / SCRATCH_TARGET).exists()


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", ["../payload.age", "/payload.age", "format/../../x"])
def test_zip_member_escaping_the_temp_folder_is_refused(net: dict[str, Any], name: str,
                                                        fmt: str) -> None:
    up, w, tmp = net["up"], net["wards"]["00163"], net["tmp"]
    good = _crafted(w, tmp / "good.tdsync", GENUINE, fmt)
    with zipfile.ZipFile(good) as z:
        data = {n: z.read(n) for n in batch.MEMBERS}
    for variant, names in (("renamed", [*batch.MEMBERS[:3], name]),
                           ("added", [*batch.MEMBERS, name])):
        bad = tmp / f"zip-{variant}.tdsync"
        with zipfile.ZipFile(bad, "w", compression=zipfile.ZIP_STORED) as z:
            for n in names:
                # writestr keeps the name as given (ZipInfo does not clean ../ or a leading /)
                z.writestr(zipfile.ZipInfo(n), data.get(n, data["payload.age"]))
        with zipfile.ZipFile(bad) as z:
            assert name in z.namelist()
        before = _files(tmp)
        reason = _refused(up, bad, tmp)
        assert "tệp không đúng cấu trúc" in reason, reason
        assert all(p.is_relative_to(up.data_dir) for p in _files(tmp) - before)
        assert not (tmp / "x").exists() and not Path("/payload.age").exists()
    # the crafted batch itself is a good one: only the names above made the difference
    assert [o.status for o in inbox.import_files(up, [good], tmp / "receipts")] == ["applied"]
