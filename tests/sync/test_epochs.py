"""Epochs: a restored ward and a from-scratch export never collide with what the upstream holds;
the batch parser refuses any bytes in Vietnamese; decompression bombs stop at the cap."""

from __future__ import annotations

import gzip
import uuid
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services import backup, office, visits
from app.storage.store import open_store
from app.sync import batch, inbox, keys, outbox
from tests.helpers import NOW, person, visit
from tests.sync.test_roundtrip import _refused, _work, rows, snapshot


def test_a_restored_ward_starts_a_new_epoch_the_upstream_accepts(net: dict[str, Any]) -> None:
    up, w, tmp = net["up"], net["wards"]["00163"], net["tmp"]
    _work(w)
    b1 = outbox.export(w, tmp / "usb")
    copy = backup.backup(w, tmp / "copy.sqlite3")
    visits.log_visit(w, visit(person("Trần Thị Hoa")), now=NOW)
    b2 = outbox.export(w, tmp / "usb")
    assert b1.path and b2.path and b2.batch_seq == 2
    res = inbox.import_files(up, [b1.path, b2.path], tmp / "r")
    assert [r.status for r in res] == ["applied", "applied"]
    data_dir, old_installation = w.data_dir, keys.show(w).installation_id
    w.close()
    backup.restore(data_dir, copy.path)
    w = net["wards"]["00163"] = open_store(data_dir)
    assert keys.show(w).installation_id != old_installation
    visits.log_visit(w, visit(person("Lê Văn Nam")), now=NOW)
    b3 = outbox.export(w, tmp / "usb")
    # batch 1 of the new installation, not "2 again" (a fork) or "3" (held for ever)
    assert b3.path and b3.batch_seq == 1 and b3.first_change == b1.last_change + 1
    res = inbox.import_files(up, [b3.path], tmp / "r")
    assert [r.status for r in res] == ["applied"], [r.line() for r in res]
    # The restored copy gave the new visit the number the lost one had (2/2026): the upstream
    # takes the rest of the batch and reports that record, in Vietnamese, for the receipt.
    assert len(rows(up, "visit")) == 2
    assert any("visit" in p and "trùng số" in p for p in res[0].problems), res[0].problems
    assert res[0].receipt is not None
    assert outbox.apply_receipt(w, res[0].receipt).batches == 1


def test_from_scratch_sends_everything_to_an_upstream_that_lost_its_store(
        net: dict[str, Any], tmp_path: Path) -> None:
    up, w, tmp = net["up"], net["wards"]["00163"], net["tmp"]
    _work(w)
    first = outbox.export(w, tmp / "usb")
    assert first.path and inbox.import_files(up, [first.path], tmp / "r")[0].status == "applied"
    visits.log_visit(w, visit(person("Trần Thị Hoa")), now=NOW)
    # the upstream's store is lost: a new one, the same keys (kept on paper and disk)
    lost = open_store(tmp_path / "up-new")
    try:
        office.init_office(lost, "HN-BTCD", "Ban Tiếp công dân thành phố Hà Nội")
        for name in ("office-signing.pem", "upstream.age"):
            src = keys.keys_dir(up) / name
            (keys.keys_dir(lost)).mkdir(parents=True, exist_ok=True)
            (keys.keys_dir(lost) / name).write_bytes(src.read_bytes())
        with lost.write() as uow, up.read() as old:
            from app.services.common import meta_get, meta_set
            for k in ("sync.mode", "sync.own_bundle"):
                meta_set(uow.session, k, meta_get(old.session, k) or "")
            uow.audit("sync.keys_init", "sync", "upstream", "test")
            uow.commit()
        keys.export_public(w, tmp / "w.json")
        keys.enrol(lost, tmp / "w.json")
        # the next ordinary batch is number 2: held for ever at the new store
        done = outbox.export(w, tmp / "usb2", from_scratch=True)
        assert done.path and done.batch_seq == 1 and done.first_change == 1
        res = inbox.import_files(lost, [done.path], tmp / "r2")
        assert [r.status for r in res] == ["applied"], [r.line() for r in res]
        assert len(rows(lost, "visit")) == len(rows(w, "visit")) == 2
        assert len(rows(lost, "petition")) == 1
    finally:
        lost.close()


# ----------------------------------------------------------------------------- parser


@pytest.fixture(scope="module", params=[batch.FORMAT_V1, batch.FORMAT])
def sealed(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Any:
    """A genuine batch of either format (format 1: as versions before format 2 wrote it)."""
    from tests.sync.conftest import make_net

    gen = make_net(tmp_path_factory.mktemp("fuzz"), None)
    n = next(gen)
    _work(n["wards"]["00163"])
    path = outbox.export(n["wards"]["00163"], n["tmp"] / "usb", fmt=request.param).path
    n["raw"] = path.read_bytes()
    n["before"] = snapshot(n["up"])  # every table's content
    yield n
    next(gen, None)


def _check_refused(n: dict[str, Any], data: bytes) -> None:
    p = n["tmp"] / f"fuzz-{uuid.uuid4().hex}.tdsync"
    p.write_bytes(data)
    [o] = inbox.import_files(n["up"], [p], n["tmp"] / "r")
    assert o.status in ("refused", "quarantined"), o.line()
    assert o.reason and any(ch in o.reason for ch in "ảăâđêôơưạếệớờốộ"), o.reason
    assert snapshot(n["up"]) == n["before"]


FUZZ = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])


@FUZZ
@given(st.binary(max_size=2048))
def test_random_bytes_are_refused_in_vietnamese(sealed: Any, data: bytes) -> None:
    _check_refused(sealed, data)


@FUZZ
@given(st.data())
def test_truncated_or_mutated_batches_are_refused(sealed: Any, data: st.DataObject) -> None:
    raw: bytes = sealed["raw"]
    kind = data.draw(st.sampled_from(["cut", "flip", "insert", "delete"]))
    i = data.draw(st.integers(0, len(raw) - 1))
    if kind == "cut":
        mutated = raw[:i]
    elif kind == "flip":
        mutated = raw[:i] + bytes([raw[i] ^ data.draw(st.integers(1, 255))]) + raw[i + 1:]
    elif kind == "insert":
        mutated = raw[:i] + data.draw(st.binary(min_size=1, max_size=16)) + raw[i:]
    else:
        mutated = raw[:i] + raw[i + data.draw(st.integers(1, 16)):]
    if _same_members(mutated, raw):
        return  # a change to ZIP metadata nothing uses (a member's date): the genuine batch
    _check_refused(sealed, mutated)


def _same_members(a: bytes, b: bytes) -> bool:
    import io

    try:
        with zipfile.ZipFile(io.BytesIO(a)) as za, zipfile.ZipFile(io.BytesIO(b)) as zb:
            return [i.filename for i in za.infolist()] == list(batch.MEMBERS) and all(
                za.read(n) == zb.read(n) for n in batch.MEMBERS)
    except Exception:  # unreadable: not the same
        return False


@pytest.mark.parametrize("fmt", [batch.FORMAT_V1, batch.FORMAT])
def test_a_payload_that_inflates_past_the_cap_is_refused(net: dict[str, Any], fmt: str,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """64 MiB of one repeated line, about 64 KiB gzipped (2 KiB in zstd), against an 8 MiB cap:
    refused having inflated no more than the cap and one chunk."""
    up, w, tmp = net["up"], net["wards"]["00163"], net["tmp"]
    monkeypatch.setattr(batch, "MAX_CHANGES", 8 << 20)
    inflated: list[int] = []
    if fmt == batch.FORMAT_V1:
        real_read = gzip.GzipFile.read

        def counting(self: gzip.GzipFile, size: int = -1) -> bytes:
            chunk = real_read(self, size)
            inflated.append(len(chunk))
            return chunk

        monkeypatch.setattr(gzip.GzipFile, "read", counting)
    else:
        real_chunks = batch._zstd_chunks

        def counted(src: Any) -> Any:
            for chunk in real_chunks(src):
                assert len(chunk) <= batch.INFLATE_CHUNK
                inflated.append(len(chunk))
                yield chunk

        monkeypatch.setattr(batch, "_zstd_chunks", counted)
    info = keys.show(w)
    header = {"batch_id": str(uuid.uuid4()), "office_code": "00163",
              "installation_id": info.installation_id, "sender_key_id": info.key_id,
              "batch_seq": 1, "prev_header_sha256": None, "schema_version": "0012",
              "app_version": "0", "created_at": "2026-11-20T00:00:00Z"}
    manifest = {k: header[k] for k in batch.BOUND} | {
        "schema_version": "0012", "first_change": 1, "last_change": 1, "count": 1,
        "counts": {"visit": 1}}
    bomb = [{"seq": 1, "entity": "visit", "id": uuid.uuid4().hex, "op": "I", "version": 1,
             "changed_at": "", "row": {"content": "A" * (64 << 20)}}]
    path = tmp / "bomb.tdsync"
    batch.write_batch(path, header, manifest, bomb, keys.upstream_bundle(w)["recipients"],
                      keys.signing_key(w), fmt=fmt)
    assert path.stat().st_size < 1 << 20
    reason = _refused(up, path, tmp)
    assert "vượt giới hạn 8 MB" in reason
    assert (8 << 20) < sum(inflated) <= (8 << 20) + 2 * batch.INFLATE_CHUNK
    assert zipfile.is_zipfile(path)
