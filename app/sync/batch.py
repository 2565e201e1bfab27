"""The batch file `.tdsync` (SYNC.md "The batch file"): a ZIP of stored members

    format        tiepdan-batch/2 (new batches) or tiepdan-batch/1 (still read)
    header.json   canonical JSON, signed; format 2 adds `payload_format`
    header.sig    64-byte Ed25519 signature over the exact header bytes
    payload.age   age v1 to the upstream's recipients; inside, a tar of manifest.json and
                  format 1: changes.jsonl.gz  one canonical JSON line per change, gzip
                  format 2: changes.cols.zst  the same changes as per-table columns in blocks
                                              of 5,000, zstd (app/sync/columns.py)

Format 2 (2026-12) carries the same change records, exactly, in less than half the bytes:
ids repeated within a block are sent as small numbers, each table's values of one column sit
together, and the derived columns the upstream can recompute from the row itself (citizens'
folded name and address and search text; the row's own part of a visit's or petition's search
text) are left out when the encoder has checked that the recomputation gives them back. The
reader turns it back into the records format 1 gives, block by block, within the same bounds
(`MAX_CHANGES` inflated bytes, a bounded zstd window); `read_envelope` accepts both formats.
Bulletins (app/sync/bulletins.py) keep format 1's payload under their own `format`.

`write_batch` writes to a temporary name and renames it when complete. `open_batch` does the
import steps 1, 3, 5, 6 and 7 in order: nothing from the payload is parsed before the header's
signature and the payload hash are checked and the whole payload has been decrypted, and the
inner manifest must name the sender and sequence of the signed header (re-wrapping).
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import tarfile
import tempfile
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage
import zstandard
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.storage.changelog import canonical
from app.sync import columns
from app.sync.errors import Refused
from app.text import Joined, Label, Text, said

FORMAT_V1 = "tiepdan-batch/1"
FORMAT = "tiepdan-batch/2"  # what export writes
PAYLOAD_V2 = "tiepdan-columns/1+zstd"  # header.json's payload_format in format 2
# Zstandard, not the standard library's xz: as small (1,000 visits: 134 KB at level 9, xz -2
# 131 KB) but 10-20x faster, and export must stay within 2x gzip+age (bench/RESULTS.md).
ZSTD_LEVEL = 9
ZSTD_WINDOW = 1 << 25  # a stream asking the reader for a bigger window is refused
ZSTD_STEP = 16  # compressed bytes fed at a time: at most 640 KiB comes out (_zstd_chunks)
MEMBERS = ("format", "header.json", "header.sig", "payload.age")
MAX_FILE = 512 * 1024 * 1024
MAX_HEADER = 64 * 1024
MAX_MANIFEST = 1024 * 1024
MAX_CHANGES = 1024 * 1024 * 1024  # inflated changes.jsonl: a bound on gzip bombs
INFLATE_CHUNK = 1 << 20
HEADER_FIELDS: dict[str, Any] = {
    "format": str, "batch_id": str, "office_code": str, "installation_id": str,
    "sender_key_id": str, "batch_seq": int, "prev_header_sha256": (str, type(None)),
    "payload_sha256": str, "payload_size": int, "schema_version": str, "app_version": str,
    "created_at": str,
}
HEADER_FIELDS_V2: dict[str, Any] = {**HEADER_FIELDS, "payload_format": str}
# Each batch format: its header's fields and its changes member in the payload.
BATCH_FORMATS: dict[str, tuple[dict[str, Any], str]] = {
    FORMAT_V1: (HEADER_FIELDS, "changes.jsonl.gz"),
    FORMAT: (HEADER_FIELDS_V2, "changes.cols.zst"),
}
# The fields the inner manifest repeats and must match (TECH-NOTES §1.2 step 7).
BOUND = ("batch_id", "office_code", "installation_id", "sender_key_id", "batch_seq")


def _why(exc: BaseException) -> str:
    """A library's failure in Vietnamese words (its English text never reaches the officer)."""
    if isinstance(exc, OSError) and exc.errno is not None:
        from app.errors import os_reason

        return os_reason(exc)
    if isinstance(exc, zipfile.BadZipFile | tarfile.TarError | EOFError | gzip.BadGzipFile
                  | zstandard.ZstdError):
        return Text("tệp bị sửa hoặc bị cắt")
    return Text("dữ liệu sai định dạng")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _tar_member(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = 0o600
    tar.addfile(info, io.BytesIO(data))


def _zstd(records: Iterable[dict[str, Any]], exact: columns.Exact | None = None) -> bytes:
    """Format 2's changes member: blocks encoded and compressed one at a time (the records'
    text is never whole in memory), one zstd frame with its checksum."""
    z = zstandard.ZstdCompressor(level=ZSTD_LEVEL, write_checksum=True).compressobj()
    out = [z.compress(line) for line in columns.encode(records, exact=exact)]
    out.append(z.flush())
    return b"".join(out)


def write_batch(path: Path, header: dict[str, Any], manifest: dict[str, Any],
                changes: Iterable[dict[str, Any] | bytes], recipients: list[str],
                key: Ed25519PrivateKey, *, fmt: str = FORMAT,
                exact: columns.Exact | None = None) -> tuple[bytes, str]:
    """Write the batch to `path` (via a temp file); returns (header bytes, header sha256).

    `changes`: records (format 2: change records only), or for format 1 lines already in
    canonical JSON. `fmt`: FORMAT, FORMAT_V1 (kept for the tests of older batches), or another
    envelope's format with format 1's payload (bulletins down, app/sync/bulletins.py).
    `exact`: format 2, records read by orjson (columns.encode)."""
    inner = io.BytesIO()
    with tarfile.open(fileobj=inner, mode="w", format=tarfile.PAX_FORMAT) as tar:
        _tar_member(tar, "manifest.json", canonical(manifest).encode())
        if fmt == FORMAT:
            _tar_member(tar, BATCH_FORMATS[FORMAT][1], _zstd(
                (json.loads(c) if isinstance(c, bytes) else c for c in changes), exact))
            header = {**header, "payload_format": PAYLOAD_V2}
        else:
            lines = b"".join((c if isinstance(c, bytes) else canonical(c).encode()) + b"\n"
                             for c in changes)
            _tar_member(tar, "changes.jsonl.gz", gzip.compress(lines, mtime=0))
        end = tar.offset + 2 * tarfile.BLOCKSIZE  # the members and the end-of-archive blocks
    if fmt == FORMAT:
        # Without the zeros tarfile pads the archive with up to 10 KiB of (format 1 keeps them):
        # encrypted, they were 7 % of a batch of 1,000 visits. Readers stop at the end blocks.
        inner.truncate(end)
    inner.seek(0)
    encrypted = io.BytesIO()
    pyrage.encrypt_io(inner, encrypted, [pyrage.x25519.Recipient.from_str(r) for r in recipients])
    payload = encrypted.getvalue()
    header = {**header, "format": fmt, "payload_sha256": sha256(payload),
              "payload_size": len(payload)}
    header_bytes = canonical(header).encode()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_STORED) as z:
        z.writestr("format", fmt + "\n")
        z.writestr("header.json", header_bytes)
        z.writestr("header.sig", key.sign(header_bytes))
        z.writestr("payload.age", payload)
    with open(tmp, "rb") as f:
        os.fsync(f.fileno())
    tmp.replace(path)
    return header_bytes, sha256(header_bytes)


@dataclass
class Envelope:
    """A batch file whose header was read (not yet trusted)."""

    path: Path
    header: dict[str, Any]
    header_bytes: bytes
    signature: bytes
    zf: zipfile.ZipFile

    @property
    def header_sha256(self) -> str:
        return sha256(self.header_bytes)


def read_envelope(path: Path, fmt: str | None = None,
                  fields: dict[str, Any] | None = None) -> Envelope:
    """Step 1: size caps, the members, `format` and the header's shape. Nothing decrypted.

    `fmt` and `fields`: another envelope's (bulletins); by default a batch of any format in
    BATCH_FORMATS."""
    known = {f: v[0] for f, v in BATCH_FORMATS.items()} if fmt is None else \
        {fmt: HEADER_FIELDS if fields is None else fields}
    try:
        if path.stat().st_size > MAX_FILE:
            raise Refused(Text("tệp quá lớn"))
        zf = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile, ValueError, EOFError) as exc:
        raise Refused(Text("không phải tệp đồng bộ đọc được (không phải tệp ZIP, bị hỏng "
                           "hoặc bị cắt)")) from exc
    infos = zf.infolist()
    if tuple(i.filename for i in infos) != MEMBERS:
        zf.close()
        raise Refused(Text("tệp không đúng cấu trúc (thành phần lạ, thiếu hoặc sai thứ tự)"))
    if any(i.compress_type != zipfile.ZIP_STORED for i in infos):
        zf.close()
        raise Refused(Text("tệp không đúng cấu trúc (thành phần bị nén)"))
    sizes = {i.filename: i.file_size for i in infos}
    if sizes["format"] > 64 or sizes["header.json"] > MAX_HEADER or sizes["header.sig"] != 64:
        zf.close()
        raise Refused(Text("phần đầu tệp quá lớn hoặc chữ ký sai độ dài"))
    member = "format"
    try:
        found = zf.read(member).decode("ascii").strip()
        member = "header.json"
        header_bytes = zf.read(member)
        member = "header.sig"
        signature = zf.read(member)
    except (zipfile.BadZipFile, UnicodeDecodeError, OSError, ValueError, EOFError,
            NotImplementedError) as exc:
        zf.close()
        raise Refused(broken(member, exc)) from exc
    if found not in known:
        zf.close()
        raise Refused(Text("định dạng '{found}' không được hỗ trợ (cần {expected})",
                           found=found[:40], expected=Joined(known, Label(" hoặc "))))
    fields = known[found]
    try:
        header = json.loads(header_bytes)
        if not isinstance(header, dict) or canonical(header).encode() != header_bytes:
            raise ValueError(Text("không ở dạng chuẩn"))
        for name, kind in fields.items():
            if not isinstance(header.get(name), kind) or isinstance(header.get(name), bool):
                raise ValueError(Text("trường {field} thiếu hoặc sai kiểu", field=name))
        if set(header) != set(fields) or header["format"] != found:
            raise ValueError(Text("trường lạ"))
        if found == FORMAT and header["payload_format"] != PAYLOAD_V2:
            raise ValueError(Text("nội dung dạng '{payload_format}' không được hỗ trợ",
                                  payload_format=header["payload_format"][:40]))
    except ValueError as exc:
        zf.close()
        raise Refused(Text("phần đầu (header.json) không hợp lệ: {problem}",
                           problem=_header_problem(exc))) from exc
    return Envelope(path, header, header_bytes, signature, zf)


def _header_problem(exc: ValueError) -> str:
    """What is wrong with header.json: our own check's words, or that it is not JSON (the json
    module's words are English)."""
    if exc.args and isinstance(exc.args[0], Text):
        return exc.args[0]
    return Text("không phải JSON chuẩn")


def broken(member: str, exc: BaseException) -> str:
    """Why a member could not be read, in Vietnamese (zipfile's own words are English)."""
    if "CRC" in str(exc):
        return Text("thành phần '{member}' bị hỏng (sai mã kiểm tra CRC: tệp đã bị sửa hoặc "
                    "chép lỗi)", member=member)
    return Text("thành phần '{member}' không đọc được (tệp bị hỏng hoặc bị cắt)", member=member)


def verify_signature(env: Envelope, public_key_hex: str) -> None:
    """Step 3."""
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key_hex)).verify(
            env.signature, env.header_bytes)
    except (InvalidSignature, ValueError) as exc:
        raise Refused(Text("chữ ký không hợp lệ: tệp đã bị sửa hoặc không do cơ quan này ký")
                      ) from exc


def open_payload(env: Envelope, identities: list[Any]) -> tuple[dict[str, Any],
                                                                 list[dict[str, Any]]]:
    """Steps 5–7, after the signature: hash, decrypt whole, then parse and compare."""
    h = env.header
    with tempfile.TemporaryDirectory(prefix="tiepdan-sync-") as tmpdir:
        enc_path = Path(tmpdir) / "payload.age"
        digest = hashlib.sha256()
        size = 0
        try:
            with env.zf.open("payload.age") as src, open(enc_path, "wb") as dst:
                while chunk := src.read(1 << 20):
                    size += len(chunk)
                    if size > h["payload_size"]:
                        break
                    digest.update(chunk)
                    dst.write(chunk)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            raise Refused(broken("payload.age", exc)) from exc
        if size != h["payload_size"] or digest.hexdigest() != h["payload_sha256"]:
            raise Refused(Text("nội dung mã hóa không khớp phần đầu đã ký (bị sửa hoặc bị cắt)"))
        plain_path = Path(tmpdir) / "payload.tar"
        try:
            with open(enc_path, "rb") as src, open(plain_path, "wb") as dst:
                pyrage.decrypt_io(src, dst, identities)
        except pyrage.DecryptError as exc:
            # Whatever was written before the failing chunk is thrown away unread.
            raise Refused(Text("không giải mã được: tệp không gửi cho cơ quan này hoặc đã bị "
                               "sửa")) from exc
        return _read_tar(plain_path, h)


def _too_big() -> Refused:
    return Refused(Text("nội dung giải nén vượt giới hạn {limit} MB (tệp nén bất thường)",
                        limit=MAX_CHANGES // (1 << 20)))


def _inflate(src: Any) -> bytes:
    """Decompress in chunks and stop at the cap: a gzip bomb is refused having inflated at most
    MAX_CHANGES + one chunk, never to its full size."""
    parts: list[bytes] = []
    total = 0
    with gzip.GzipFile(fileobj=src) as gz:
        while chunk := gz.read(INFLATE_CHUNK):
            total += len(chunk)
            if total > MAX_CHANGES:
                raise _too_big()
            parts.append(chunk)
    return b"".join(parts)


def _zstd_chunks(src: Any) -> Iterator[bytes]:
    """Format 2's stream decompressed a little at a time: ZSTD_STEP compressed bytes finish at
    most one 128 KiB zstd block per 4 bytes (the smallest block, an RLE one: a 3-byte header
    and its byte) and one begun before, so at most 640 KiB come out at once (zstandard's
    decompressobj has no output limit of its own). The frame must end where the member ends
    (nothing cut, nothing after it)."""
    z = zstandard.ZstdDecompressor(max_window_size=ZSTD_WINDOW).decompressobj()
    while data := src.read(1 << 16):
        view = memoryview(data)
        for i in range(0, len(view), ZSTD_STEP):
            if z.eof:
                raise ValueError(Text("dữ liệu thừa sau luồng nén"))
            if chunk := z.decompress(view[i:i + ZSTD_STEP]):
                yield chunk
    if not z.eof:
        raise EOFError(Text("luồng nén bị cắt"))
    if z.unused_data:
        raise ValueError(Text("dữ liệu thừa sau luồng nén"))


def _blocks(src: Any) -> Iterator[list[dict[str, Any]]]:
    """Format 2's records, block by block, within MAX_CHANGES inflated bytes in all."""
    total = 0
    parts: list[bytes] = []  # the block being read
    for chunk in _zstd_chunks(src):
        total += len(chunk)
        if total > MAX_CHANGES:
            raise _too_big()
        start = 0
        while (end := chunk.find(b"\n", start)) >= 0:
            parts.append(chunk[start:end])
            yield columns.decode_block(json.loads(b"".join(parts)))
            parts = []
            start = end + 1
        if start < len(chunk):
            parts.append(chunk[start:])
    if parts:
        raise ValueError(Text("khối cuối bị cắt"))


def _read_tar(path: Path, h: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    member = BATCH_FORMATS[FORMAT][1] if h["format"] == FORMAT else "changes.jsonl.gz"
    changes: list[dict[str, Any]] = []
    try:
        with tarfile.open(path, mode="r:") as tar:
            members = tar.getmembers()
            if [m.name for m in members] != ["manifest.json", member] or \
                    not all(m.isreg() for m in members):
                raise Refused(Text("nội dung không đúng cấu trúc (tên tệp lạ)"))
            if members[0].size > MAX_MANIFEST:
                raise Refused(Text("bản kê (manifest) quá lớn"))
            mf = tar.extractfile(members[0])
            ch = tar.extractfile(members[1])
            assert mf is not None and ch is not None
            manifest = json.loads(mf.read())
            _check_bound(manifest, h)
            if member == "changes.jsonl.gz":
                raw = _inflate(ch)
            else:
                raw = b""
                for block in _blocks(ch):
                    changes += block
    except columns.BadBlock as exc:
        raise Refused(Text("danh sách thay đổi không đọc được ({problem})",
                           problem=said(exc))) from exc
    except (tarfile.TarError, OSError, EOFError, ValueError, gzip.BadGzipFile, zlib.error,
            zstandard.ZstdError) as exc:
        raise Refused(Text("nội dung không đọc được ({problem})", problem=_why(exc))) from exc
    if member != "changes.jsonl.gz":
        return manifest, changes
    try:
        changes = [json.loads(line) for line in raw.decode("utf-8").splitlines() if line]
    except ValueError as exc:
        raise Refused(Text("danh sách thay đổi không đọc được ({problem})",
                           problem=_why(exc))) from exc
    return manifest, changes


def _check_bound(manifest: Any, h: dict[str, Any]) -> None:
    """Step 7, before any change is parsed."""
    if not isinstance(manifest, dict):
        raise Refused(Text("bản kê (manifest) không hợp lệ"))
    for name in BOUND:
        if manifest.get(name) != h[name]:
            raise Refused(Text("bản kê bên trong ghi {field} khác phần đầu đã ký (nội dung "
                               "của cơ quan khác bị gói lại)", field=name))
