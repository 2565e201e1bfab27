"""Batch format 2's payload (app/sync/columns.py): exactly the records format 1 carries, from
any records; derived values left out only where recomputing them gives them back; a block that
does not decode is refused in Vietnamese; the rules decoding depends on are pinned."""

from __future__ import annotations

import json
import unicodedata
import uuid
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.models import ChangeLog
from app.services.citizens import citizen_search_text
from app.storage.changelog import canonical
from app.sync import batch, columns, keys, outbox
from app.vn.text import fold
from tests.sync.test_roundtrip import _work


def _wire(records: list[dict[str, Any]], block: int = columns.BLOCK) -> bytes:
    return b"".join(columns.encode(records, block))


def _back(data: bytes) -> list[dict[str, Any]]:
    return [r for line in data.splitlines() for r in columns.decode_block(json.loads(line))]


def _wire_of(table: dict[str, Any], key: str) -> list[Any]:
    """A derived column's wire values (runs undone)."""
    col = table["cols"][table["keys"].index(key)]
    assert col[0] in ("x", "xr"), col
    return columns._values(col, [], sum(col[1][1::2]) if col[0] == "xr" else len(col[1]), True)


def _same(a: Any, b: Any) -> bool:
    """Equal as JSON text: 1, 1.0 and true differ, as do NFC and NFD strings."""
    return canonical(a) == canonical(b)


# ----------------------------------------------------------------------------- property

HEX = st.uuids().map(lambda u: u.hex)
NOT_IDS = st.sampled_from([
    "0" * 31, "0" * 33, "A" * 32, "g" * 32, " " + "a" * 31, "0123456789abcdef0123456789ABCDEF",
    str(uuid.UUID(int=7)), "",
])
TEXT = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["Nguyễn Văn Đức", unicodedata.normalize("NFD", "Nguyễn Văn Đức"),
                     "  Trần\tThị  Hoa ", "ĐẶNG ƯỚC", "ß ﬁ", "0912 345 678", "1/2026"]),
)
SCALAR = st.one_of(st.none(), st.booleans(), st.integers(-2**70, 2**70),
                   st.floats(allow_nan=False, allow_infinity=False), TEXT, HEX, NOT_IDS)
JSON = st.recursive(SCALAR, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=12)
ENTITIES = ["citizen", "visit", "petition", "visit_person", "petition_event", "office", "x"]
KEYS = ["id", "office_id", "citizen_id", "full_name", "address", "card_address", "cccd",
        "old_id", "phone", "name_folded", "address_folded", "search_text", "content",
        "requests", "prior_handling", "notes", "respondent", "forwarder_name", "forwarder_ref",
        "seq", "year", "confidential", "search_key", "version", "documents", "data"]
VALUE_FOR = {"seq": st.one_of(st.integers(0, 99999), SCALAR), "year": st.integers(1990, 2100),
             "confidential": st.booleans(), "documents": JSON, "data": JSON}


@st.composite
def records(draw: st.DrawFn) -> list[Any]:
    out: list[Any] = []
    ids = draw(st.lists(HEX, min_size=1, max_size=6))
    seq = draw(st.integers(0, 10))
    for _ in range(draw(st.integers(0, 14))):
        entity = draw(st.sampled_from(ENTITIES))
        keys_ = draw(st.lists(st.sampled_from(KEYS), unique=True, max_size=12))
        row: dict[str, Any] = {}
        for k in keys_:
            pick = draw(st.integers(0, 3))
            if k.endswith("id") and pick < 2:
                row[k] = draw(st.sampled_from(ids))
            else:
                row[k] = draw(VALUE_FOR.get(k, SCALAR) if pick < 3 else JSON)
        # derived columns that match their rule, match it with more after, or do not match
        for k, rule in columns.DERIVED.get(entity, {}).items():
            if k in row and draw(st.booleans()):
                try:
                    r = rule(columns._view(entity, row))
                except Exception:
                    continue
                row[k] = r if draw(st.booleans()) else r + " " + draw(TEXT)
        seq += draw(st.integers(0, 3))
        rid = row.get("id") if draw(st.integers(0, 4)) and isinstance(row.get("id"), str) \
            else draw(st.one_of(HEX, NOT_IDS, st.integers()))
        record: dict[str, Any] = {"seq": seq if draw(st.integers(0, 9)) else draw(SCALAR),
                                  "entity": entity, "id": rid,
                                  "op": draw(st.sampled_from(["I", "U", "D"])),
                                  "version": draw(st.one_of(st.none(), st.integers(1, 9))),
                                  "changed_at": draw(st.sampled_from(
                                      ["2026-11-20T08:00:00.000001Z", "", None])),
                                  "row": row}
        shape = draw(st.integers(0, 19))
        if shape == 0:
            del record[draw(st.sampled_from(sorted(record)))]  # an unusual record, sent raw
        elif shape == 1:
            record["row"] = draw(JSON)
        elif shape == 2:
            record["extra"] = 1
        out.append(record)
    return out


@settings(max_examples=300, deadline=None)
@given(records(), st.integers(1, 5))
def test_any_records_come_back_exactly(recs: list[Any], block: int) -> None:
    data = _wire(recs, block)
    assert data.count(b"\n") == -(-len(recs) // block)
    assert _same(_back(data), recs)


def test_derived_values_are_left_out_only_when_they_come_back() -> None:
    row = {"id": uuid.uuid4().hex, "full_name": "Nguyễn Văn Đức", "address": "Số 5 phố Huế",
           "card_address": None, "cccd": "001090012345", "old_id": None, "phone": None}
    good = {**row, "name_folded": "nguyen van duc", "address_folded": "so 5 pho hue",
            "search_text": "nguyen van duc so 5 pho hue 001090012345"}
    off = {**row, "name_folded": "Nguyen Van Duc", "address_folded": "so 5 pho hue ",
           "search_text": "nguyen van duc so 5 pho hue 001090012345 extra"}
    # U+0ECE, a combining mark since Unicode 15 (Python 3.12), unassigned in Python 3.11's
    lao = {**row, "full_name": "Lê Văn\u0ece", "address": "", "cccd": None}
    lao |= {"name_folded": fold(lao["full_name"]), "address_folded": "",
            "search_text": fold(lao["full_name"])}
    recs = [{"seq": i, "entity": "citizen", "id": r["id"], "op": "I", "version": 1,
             "changed_at": "t", "row": r} for i, r in enumerate([good, off, lao])]
    block = columns.encode_block(recs)
    [table] = block["tables"]
    assert _wire_of(table, "name_folded") == ["", ["Nguyen Van Duc"], [lao["name_folded"]]]
    # a row with text outside the Latin ranges sends all its derived values whole
    assert _wire_of(table, "address_folded") == ["", ["so 5 pho hue "], [""]]
    assert _wire_of(table, "search_text") == ["", "extra", [lao["search_text"]]]
    assert "rules" in block
    assert _same(columns.decode_block(json.loads(columns.dump(block))), recs)


# ----------------------------------------------------------------------------- the rules

def test_fold_and_the_rules_are_pinned() -> None:
    """Decoding recomputes what the encoder left out with these functions: if this fails, the
    rules changed, and batches made by the older version would decode differently. Give the
    new rules a new payload format (batch.PAYLOAD_V2) instead of editing these values."""
    golden = {
        "Nguyễn Văn Đức": "nguyen van duc",
        unicodedata.normalize("NFD", "Nguyễn Văn Đức"): "nguyen van duc",
        "  ĐẶNG\tThị   Hoa ": "dang thi hoa",
        "Số 5 ngõ 12 phố Láng Hạ, Đống Đa": "so 5 ngo 12 pho lang ha, dong da",
        "Ấp Bàu Đưng – Tây Ninh": "ap bau dung – tay ninh",
        "ß ﬁ Ⅻ ǅ": "ss fi ⅻ ǆ",
        "": "",
    }
    assert {k: fold(k) for k in golden} == golden
    assert citizen_search_text(columns._view("citizen", {
        "full_name": "Lê Thị Hồng", "address": "Đội 3", "card_address": "Xã Yên Sở",
        "cccd": "001190012345", "old_id": None, "phone": "0912345678"})) == \
        "le thi hong doi 3 xa yen so 001190012345 0912345678"
    visit = columns._view("visit", {"content": "Khiếu nại", "requests": "Đề nghị",
                                    "prior_handling": "", "notes": None, "seq": 7,
                                    "year": 2026, "confidential": False})
    assert columns.DERIVED["visit"]["search_text"](visit) == "khieu nai de nghi 0007 2026"
    assert columns.rules_digest() == "1e1f1a0c22ef7287"


def test_a_block_made_with_other_rules_is_refused() -> None:
    recs = [{"seq": 1, "entity": "citizen", "id": "a" * 32, "op": "I", "version": 1,
             "changed_at": "t", "row": {"id": "a" * 32, "full_name": "Hà", "name_folded": "ha"}}]
    block = columns.encode_block(recs)
    assert block["rules"] == columns.rules_digest()
    block["rules"] = "0" * 16
    with pytest.raises(columns.BadBlock, match="quy tắc chuẩn hóa chữ khác"):
        columns.decode_block(block)


# ----------------------------------------------------------------------------- bad blocks


def _genuine() -> dict[str, Any]:
    ids = [uuid.UUID(int=i).hex for i in range(1, 5)]
    recs: list[Any] = [
        {"seq": 1, "entity": "citizen", "id": ids[0], "op": "I", "version": 1, "changed_at": "t",
         "row": {"id": ids[0], "office_id": ids[3], "full_name": "Đỗ Hà", "name_folded": "do ha",
                 "search_key": 4}},
        {"seq": 2, "entity": "visit_person", "id": ids[1], "op": "I", "version": None,
         "changed_at": "t", "row": {"id": ids[1], "citizen_id": ids[0], "position": 0}},
        {"seq": 3, "entity": "citizen", "id": ids[2], "op": "U", "version": 2, "changed_at": "u",
         "row": {"id": ids[2], "full_name": "X"}},
        {"seq": 4, "entity": "y", "op": "D"},
    ]
    doc: dict[str, Any] = json.loads(columns.dump(columns.encode_block(recs)))
    return doc


def _paths(doc: Any, at: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [at]
    if isinstance(doc, dict):
        for k, v in doc.items():
            out += _paths(v, (*at, k))
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            out += _paths(v, (*at, i))
    return out


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_a_mutated_block_decodes_or_is_refused_never_a_crash(data: st.DataObject) -> None:
    doc = _genuine()
    path = data.draw(st.sampled_from(_paths(doc)[1:]))
    parent = doc
    for k in path[:-1]:
        parent = parent[k]
    if data.draw(st.booleans()) and isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent[path[-1]] = data.draw(JSON)
    try:
        out = columns.decode_block(doc)
    except columns.BadBlock as exc:
        assert any(ch in str(exc) for ch in "ảăâđêôơưạếệớờốộ"), exc
    else:
        assert isinstance(out, list)


# ----------------------------------------------------------------------------- real changes


def test_real_changes_lose_their_derived_values_and_come_back(tmp_path: Path) -> None:
    """Changes the services wrote: both formats give open_payload the same records, and
    format 2 leaves out every citizen's derived values and the visit's own search text."""
    from tests.sync.conftest import make_net

    gen = make_net(tmp_path, None)
    n = next(gen)
    try:
        w, up = n["wards"]["00163"], n["up"]
        _work(w)
        with w.read() as uow:
            recs = [outbox._change_record(uow.session, c)
                    for c in uow.session.scalars(select(ChangeLog).order_by(ChangeLog.seq))]
        assert {r["entity"] for r in recs} >= {"citizen", "visit", "petition"}
        block = columns.encode_block(recs)
        for t in block["tables"]:
            for k in columns.DERIVED.get(t["entity"], {}):
                wire = _wire_of(t, k)
                assert wire and all(isinstance(v, str) for v in wire), (t["entity"], k, wire)
                if t["entity"] == "citizen":
                    assert set(wire) == {""}
        info = keys.show(w)
        header = {"batch_id": str(uuid.uuid4()), "office_code": "00163",
                  "installation_id": info.installation_id, "sender_key_id": info.key_id,
                  "batch_seq": 1, "prev_header_sha256": None, "schema_version": "0012",
                  "app_version": "0", "created_at": "2026-11-20T00:00:00Z"}
        manifest = {k: header[k] for k in batch.BOUND}
        got = {}
        for fmt in (batch.FORMAT_V1, batch.FORMAT):
            path = tmp_path / f"{fmt[-1]}.tdsync"
            batch.write_batch(path, header, manifest, recs, keys.upstream_bundle(w)["recipients"],
                              keys.signing_key(w), fmt=fmt)
            env = batch.read_envelope(path)
            try:
                assert env.header["format"] == fmt
                _manifest, got[fmt] = batch.open_payload(env, keys.age_identities(up))
            finally:
                env.zf.close()
        assert _same(got[batch.FORMAT], recs) and _same(got[batch.FORMAT_V1], recs)
    finally:
        next(gen, None)


def test_export_reads_every_payload_as_json_does(tmp_path: Path) -> None:
    """The exporter reads payloads with orjson, which reads an integer beyond 64 bits as a
    float and refuses NaN: such payloads (the app writes none, a JSON column could) still reach
    the upstream exactly as json.loads reads them, beside ordinary changes."""
    from sqlalchemy import insert

    from tests.sync.conftest import make_net

    gen = make_net(tmp_path, None)
    n = next(gen)
    try:
        w, up = n["wards"]["00163"], n["up"]
        _work(w)
        odd = [{"id": uuid.uuid4().hex, "big": 2**64, "low": -2**63, "huge": -10**30,
                "f": 0.1, "deep": [1.5e300, {"x": 123456789012345678901234567890}]},
               {"id": uuid.uuid4().hex, "nan": float("nan"), "inf": [float("-inf")]},
               {"id": uuid.uuid4().hex, "data": {"n": 2**70}}]
        with w.engine.begin() as conn:
            conn.execute(insert(ChangeLog), [
                {"entity": "petition_event", "entity_id": r["id"], "op": "I", "row_version": None,
                 "payload": canonical(r), "changed_at": "2026-11-20T00:00:00.000000Z",
                 "actor": "system:test"} for r in odd])
        with w.read() as uow:
            want = [outbox._change_record(uow.session, c)
                    for c in uow.session.scalars(select(ChangeLog).order_by(ChangeLog.seq))]
        done = outbox.export(w, tmp_path / "usb")
        assert done.path is not None
        env = batch.read_envelope(done.path)
        try:
            assert env.header["format"] == batch.FORMAT
            _manifest, got = batch.open_payload(env, keys.age_identities(up))
        finally:
            env.zf.close()
        assert _same(got, want)
        assert [type(r["row"]["big"]) for r in got if "big" in r["row"]] == [int]
    finally:
        next(gen, None)


def test_a_block_of_floats_is_made_from_the_exact_records() -> None:
    """columns.encode's `exact`: asked only for a block with a float in it, and that block is
    made of what it returns; orjson writes a block only when its values are plain."""
    hexes = [uuid.uuid4().hex for _ in range(4)]
    recs = [{"changed_at": "t", "entity": "visit_person", "id": h, "op": "I",
             "row": {"id": h, "n": i}, "seq": i, "version": None} for i, h in enumerate(hexes)]
    recs[3]["row"]["n"] = 1.8446744073709552e19  # as orjson reads 18446744073709551616
    asked = []

    def exact(chunk: list[dict[str, Any]]) -> list[dict[str, Any]]:
        asked.append([r["seq"] for r in chunk])
        return [{**r, "row": {**r["row"], "n": 2**64}} if r["seq"] == 3 else r for r in chunk]

    data = b"".join(columns.encode(recs, 2, exact=exact))
    assert asked == [[2, 3]]
    back = _back(data)
    assert back[:3] == recs[:3] and back[3]["row"]["n"] == 2**64
    nan = [{**recs[0], "row": {"id": hexes[0], "n": float("nan")}}]
    assert b"NaN" in b"".join(columns.encode(nan))  # json's, not orjson's null
