"""Batch format 2's payload (app/sync/batch.py): change records as per-table columns, in blocks.

Format 1 sent one canonical JSON line per change, gzipped: 321 KB per 1,000 visits, most of it
random ids and values the upstream could recompute. Format 2 sends the same records, exactly:
`decode_block(encode_block(records)) == records` for any change records, so apply.py and
everything after it see what format 1 gives them. The stream (`changes.cols.xz`) is xz (stdlib
lzma) over a sequence of blocks, each one line of JSON (`\\n` never occurs inside one), each
carrying at most `BLOCK` changes and decodable on its own:

    {"order": [table index per change, or -1],  # the changes' order across tables
     "raw": [record, ...],                      # changes of an unusual shape, sent as they are
     "rules": "…",                              # present when a derived value was left out
     "tables": [{"entity": "visit",
                 "shapes": [[row keys in order], ...], "shape": [index per change],  # if > 1
                 "env": {"seq": COL, "op": COL, "version": COL, "changed_at": COL,
                         "id": COL},            # no "id" when every change's id is its row's id
                 "cols": {row key: COL, ...}}, ...]}

A COL is `[mode, values]`, one value per change of that table that has the key:
* `"p"`: the values as they are;
* `"d"`: integers (not booleans): the first, then each one's difference from the one before;
* `"i"`: ids (every value null or 32 lower-case hex digits): an id's first appearance in the
  block is sent as it is and numbered (0, 1, … in the order the decoder meets them: tables in
  order, env before cols, columns in order, values in order); a repeat is sent as that number.
  About 8 ids per visit, random, were 40 % of format 1's bytes;
* `"x"`: a derived column (`DERIVED`: citizen.name_folded, .address_folded, .search_text;
  visit.search_text and petition.search_text). A value is the string `s` when the column's
  rule, recomputed from the same row (its derived columns hidden), gives `r` and the value is
  `r` (s = ""), or r + " " + s, or s when r is empty; anything else is sent as `[value]`. The
  encoder checks each one (`_split`), so a value that does not match its rule is sent whole,
  as is one whose rule read text outside the Latin ranges (`_STABLE`: a ward and its upstream
  may run Pythons with different Unicode versions, whose fold() could differ there).
  The rules are the services' own functions (citizen_search_text, visit_search_text and
  petition_search_text without their persons, fold): no second copy. What the persons add to a
  visit's or petition's search text is not row-local, and is sent as the suffix.

Decoding depends on those rules giving tomorrow what they gave the encoder: a block that left a
value out carries `rules`, a digest of the rules' outputs on fixed probes (`rules_digest`); a
reader whose rules answer differently refuses the block rather than guess. A change to fold()
or to a search text function that changes this digest needs a new payload format (and a test,
tests/sync/test_columns.py, pins the digest and fold's outputs).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import Any

from app.models import Petition, Visit
from app.services.citizens import citizen_search_text
from app.services.petitions import petition_search_text
from app.services.visits import visit_search_text
from app.vn.text import fold

BLOCK = 2000
ENVELOPE = frozenset(("changed_at", "entity", "id", "op", "row", "seq", "version"))
_ENV_COLS = ("seq", "op", "version", "changed_at", "id")
_HEX32 = re.compile(r"[0-9a-f]{32}")


class BadBlock(ValueError):
    """A block that does not decode (refused by the reader)."""


class _Row:
    """A row dict read as attributes, as the services' functions read a model object; the
    entity's derived columns read as None (the decoder has not made them yet). `read`: the
    values a rule read."""

    __slots__ = ("_hidden", "_row", "read")

    def __init__(self, row: dict[str, Any], hidden: frozenset[str]) -> None:
        self._row = row
        self._hidden = hidden
        self.read: list[Any] = []

    def __getattr__(self, name: str) -> Any:
        value = None if name in self._hidden else self._row.get(name)
        self.read.append(value)
        return value


class _Numbered(_Row):
    """A visit's or petition's row: `number` is the model's own property."""

    __slots__ = ()


class _VisitRow(_Numbered):
    __slots__ = ()
    number = Visit.number


class _PetitionRow(_Numbered):
    __slots__ = ()
    number = Petition.number


Rule = Callable[[Any], str]

DERIVED: dict[str, dict[str, Rule]] = {
    "citizen": {"name_folded": lambda c: fold(c.full_name),
                "address_folded": lambda c: fold(c.address),
                "search_text": citizen_search_text},
    "visit": {"search_text": lambda v: visit_search_text(v, [])},
    "petition": {"search_text": lambda p: petition_search_text(p, [])},
}
_VIEW: dict[str, type[_Row]] = {"visit": _VisitRow, "petition": _PetitionRow}
_HIDDEN = {entity: frozenset(rules) for entity, rules in DERIVED.items()}
# Text whose folding no Unicode version Python supports changes: Latin (Vietnamese included),
# combining marks and common punctuation, all assigned since Unicode 5.1. A rule that read
# anything else (a character a newer Python knows and an older one does not, at a ward and its
# upstream on different Pythons) is not trusted to give the same answer twice: sent whole.
_STABLE = re.compile("[\x00-\u024f\u0300-\u036f\u1e00-\u1eff\u2010-\u2027\u20ab]*")

# Rows the rules digest is taken on: marks, đ, NFD input, odd spaces, missing and odd values.
_PROBES: dict[str, list[dict[str, Any]]] = {
    "citizen": [
        {"full_name": "Nguyễn Văn Đức", "address": "Số 5 ngõ 12 phố Láng Hạ, Đống Đa",
         "card_address": "Thôn Đông, xã Ô Diên", "cccd": "001090012345", "old_id": "012345678",
         "phone": "0912 345 678"},
        {"full_name": "Nguye\u0302\u0303n  Thi\u0323\tHoa ", "address": None, "card_address": "",
         "cccd": None, "old_id": None, "phone": None},
        {"full_name": "ĐẶNG ƯỚC Ỷ Ÿ ǅ ß ﬁ Ⅻ", "address": "Ấp Bàu Đưng – Tây Ninh"},
    ],
    "visit": [
        {"content": "Khiếu nại về việc cấp Giấy chứng nhận", "requests": "Đề nghị xem xét",
         "prior_handling": "Đã gửi đơn lên UBND", "notes": "Ghi chú: Ẩn danh", "seq": 7,
         "year": 2026, "confidential": False},
        {"content": "Tố cáo cán bộ", "requests": "", "prior_handling": None, "notes": "",
         "seq": 12345, "year": 2025, "confidential": True},
    ],
    "petition": [
        {"content": "Phản ánh lấn chiếm vỉa hè", "respondent": "Ông Trần Văn Bình",
         "forwarder_name": "Văn phòng Đoàn ĐBQH", "forwarder_ref": "123/BTCD-TD", "seq": 3,
         "year": 2026, "confidential": False},
    ],
}


def _view(entity: str, row: dict[str, Any]) -> Any:
    return _VIEW.get(entity, _Row)(row, _HIDDEN[entity])


@cache
def rules_digest() -> str:
    """What the derived-column rules give on fixed probes, hashed: equal digests, equal rules
    (as far as these probes tell)."""
    out = {entity: [[rule(_view(entity, row)) for rule in DERIVED[entity].values()]
                    for row in rows] for entity, rows in _PROBES.items()}
    text = json.dumps([sorted((e, sorted(r)) for e, r in DERIVED.items()), out],
                      ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _join(r: str, s: str) -> str:
    return r + " " + s if r and s else r or s


def _split(rule: Rule, view: Any, value: Any) -> Any:
    """The wire form of a derived value: the part its rule, recomputed here as the decoder will,
    does not give (`_join(rule(view), s) == value`), or [value]."""
    if isinstance(value, str):
        view.read.clear()
        try:
            r = rule(view)
        except Exception:  # a row the rule cannot read (wrong types): sent whole
            r = None
        if isinstance(r, str) and all(_STABLE.fullmatch(v) for v in view.read
                                      if isinstance(v, str)):
            if value == r:
                return ""
            if r and value.startswith(r + " ") and len(value) > len(r) + 1:
                return value[len(r) + 1:]
            if not r:
                return value
    return [value]


# ----------------------------------------------------------------------------- encoding


def _is_id(v: Any) -> bool:
    return v is None or (type(v) is str and len(v) == 32 and _HEX32.fullmatch(v) is not None)


def _column(values: list[Any]) -> tuple[str, list[Any]]:
    if values and all(type(v) is int for v in values):
        return "d", [values[0]] + [b - a for a, b in itertools.pairwise(values)]
    if any(v is not None for v in values) and all(_is_id(v) for v in values):
        return "i", values
    return "p", values


def _regular(c: Any) -> bool:
    return (isinstance(c, dict) and c.keys() == ENVELOPE and isinstance(c["entity"], str)
            and isinstance(c["row"], dict))


def encode_block(records: list[dict[str, Any]]) -> dict[str, Any]:
    """One block's document (see the module's docstring)."""
    tables: dict[str, dict[str, Any]] = {}
    order: list[int] = []
    raw: list[Any] = []
    for c in records:
        if not _regular(c):
            order.append(-1)
            raw.append(c)
            continue
        entity = c["entity"]
        t = tables.get(entity)
        if t is None:
            t = tables[entity] = {"index": len(tables), "shapes": {}, "shape": [],
                                  "env": {k: [] for k in _ENV_COLS}, "cols": {}, "rows": [],
                                  "id_from_row": True}
        order.append(t["index"])
        row = c["row"]
        keys = tuple(row)
        t["shape"].append(t["shapes"].setdefault(keys, len(t["shapes"])))
        env = t["env"]
        for k in _ENV_COLS:
            env[k].append(c[k])
        if t["id_from_row"] and not (type(c["id"]) is str and row.get("id") == c["id"]):
            t["id_from_row"] = False
        cols = t["cols"]
        for k, v in row.items():
            col = cols.get(k)
            if col is None:
                col = cols[k] = []
            col.append(v)
        t["rows"].append(row)
    elided = False
    ids: dict[str, int] = {}
    out_tables = []
    for entity, t in tables.items():
        env_out: dict[str, Any] = {}
        for k in _ENV_COLS:
            if k == "id" and t["id_from_row"]:
                continue
            env_out[k] = _refs(_column(t["env"][k]), ids)
        derived = DERIVED.get(entity, {})
        cols_out: dict[str, Any] = {}
        for k, values in t["cols"].items():
            if k in derived:
                rule = derived[k]
                view_cls = _VIEW.get(entity, _Row)
                hidden = _HIDDEN[entity]
                wire = [_split(rule, view_cls(row, hidden), row[k])
                        for row in t["rows"] if k in row]
                elided = elided or any(type(w) is str for w in wire)
                cols_out[k] = ["x", wire]
            else:
                cols_out[k] = _refs(_column(values), ids)
        doc: dict[str, Any] = {"entity": entity, "shapes": [list(s) for s in t["shapes"]]}
        if len(t["shapes"]) > 1:
            doc["shape"] = t["shape"]
        doc["env"] = env_out
        doc["cols"] = cols_out
        out_tables.append(doc)
    block: dict[str, Any] = {"order": order, "tables": out_tables}
    if raw:
        block["raw"] = raw
    if elided:
        block["rules"] = rules_digest()
    return block


def _refs(col: tuple[str, list[Any]], ids: dict[str, int]) -> list[Any]:
    mode, values = col
    if mode != "i":
        return [mode, values]
    out: list[Any] = []
    for v in values:
        if v is None:
            out.append(None)
        elif (n := ids.get(v)) is not None:
            out.append(n)
        else:
            ids[v] = len(ids)
            out.append(v)
    return ["i", out]


def encode(records: Iterable[dict[str, Any]], block: int = BLOCK) -> Iterator[bytes]:
    """Lines of the stream: each block's JSON and a newline."""
    chunk: list[dict[str, Any]] = []
    for c in records:
        chunk.append(c)
        if len(chunk) == block:
            yield dump(encode_block(chunk))
            chunk = []
    if chunk:
        yield dump(encode_block(chunk))


def dump(doc: dict[str, Any]) -> bytes:
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"


# ----------------------------------------------------------------------------- decoding


def _values(col: Any, ids: list[str], n: int) -> list[Any]:
    if not (isinstance(col, list) and len(col) == 2 and isinstance(col[1], list)
            and len(col[1]) == n):
        raise BadBlock("cột sai dạng hoặc sai số giá trị")
    mode = col[0]
    values: list[Any] = col[1]
    if mode == "p":
        return values
    if mode == "d":
        out: list[Any] = []
        total = 0
        for i, v in enumerate(values):
            if type(v) is not int:
                raise BadBlock("cột số sai dạng")
            total = v if i == 0 else total + v
            out.append(total)
        return out
    if mode == "i":
        out = []
        for v in values:
            if v is None:
                out.append(None)
            elif type(v) is int:
                if not 0 <= v < len(ids):
                    raise BadBlock("tham chiếu mã không có")
                out.append(ids[v])
            elif isinstance(v, str) and _is_id(v):
                ids.append(v)
                out.append(v)
            else:
                raise BadBlock("cột mã sai dạng")
        return out
    raise BadBlock("kiểu cột lạ")


def decode_block(doc: Any) -> list[dict[str, Any]]:
    """The change records of one block, in their order; BadBlock if it is not one."""
    try:
        return _decode(doc)
    except BadBlock:
        raise
    except (KeyError, TypeError, ValueError, IndexError, AttributeError) as exc:
        raise BadBlock("khối thay đổi sai dạng") from exc


def _decode(doc: Any) -> list[dict[str, Any]]:
    if not isinstance(doc, dict) or not set(doc) <= {"order", "tables", "raw", "rules"}:
        raise BadBlock("khối thay đổi sai dạng")
    if "rules" in doc and doc["rules"] != rules_digest():
        raise BadBlock("lô do một phiên bản phần mềm có quy tắc chuẩn hóa chữ khác tạo ra; "
                       "hãy dùng cùng phiên bản ở phường và ở cấp trên")
    order, tables, raw = doc["order"], doc["tables"], doc.get("raw", [])
    if not (isinstance(order, list) and isinstance(tables, list) and isinstance(raw, list)):
        raise BadBlock("khối thay đổi sai dạng")
    ids: list[str] = []
    decoded: list[list[dict[str, Any]]] = []
    for index, t in enumerate(tables):
        n = sum(1 for o in order if o == index)
        decoded.append(_decode_table(t, n, ids))
    cursors = [0] * len(tables)
    raw_at = 0
    out: list[dict[str, Any]] = []
    for o in order:
        if o == -1:
            out.append(raw[raw_at])
            raw_at += 1
        else:
            if type(o) is not int or not 0 <= o < len(tables):
                raise BadBlock("thứ tự thay đổi sai")
            out.append(decoded[o][cursors[o]])
            cursors[o] += 1
    if raw_at != len(raw):
        raise BadBlock("số thay đổi không khớp")
    return out


def _decode_table(t: Any, n: int, ids: list[str]) -> list[dict[str, Any]]:
    entity = t["entity"]
    if not isinstance(entity, str) or not set(t) <= {"entity", "shapes", "shape", "env", "cols"}:
        raise BadBlock("bảng sai dạng")
    shapes = [tuple(s) for s in t["shapes"]]
    if not shapes or not all(isinstance(k, str) for s in shapes for k in s):
        raise BadBlock("bảng sai dạng")
    shape = t.get("shape", [0] * n)
    if len(shapes) > 1 and "shape" not in t:
        raise BadBlock("bảng sai dạng")
    if not isinstance(shape, list) or len(shape) != n or \
            not all(type(s) is int and 0 <= s < len(shapes) for s in shape):
        raise BadBlock("bảng sai dạng")
    env = t["env"]
    if set(env) not in ({*_ENV_COLS}, {*_ENV_COLS} - {"id"}):
        raise BadBlock("bảng sai dạng")
    env_values = {k: _values(env[k], ids, n) for k in _ENV_COLS if k in env}
    derived = DERIVED.get(entity, {})
    counts: dict[str, int] = {}
    for s in shape:
        for k in shapes[s]:
            counts[k] = counts.get(k, 0) + 1
    cols = t["cols"]
    if set(cols) != set(counts):
        raise BadBlock("cột thiếu hoặc thừa")
    plain = {k: _values(col, ids, counts[k]) for k, col in cols.items() if k not in derived}
    wire = {k: col for k, col in cols.items() if k in derived}
    for k, col in wire.items():
        if not (isinstance(col, list) and len(col) == 2 and col[0] == "x"
                and isinstance(col[1], list) and len(col[1]) == counts[k]):
            raise BadBlock("cột suy ra sai dạng")
    at = dict.fromkeys(cols, 0)
    rows: list[dict[str, Any]] = []
    for s in shape:
        row: dict[str, Any] = {}
        late: list[str] = []
        for k in shapes[s]:
            if k in wire:
                row[k] = None  # its place in the key order; made below from the rest
                late.append(k)
            else:
                row[k] = plain[k][at[k]]
                at[k] += 1
        if late:
            view = _view(entity, row)
            for k in late:
                w = wire[k][1][at[k]]
                at[k] += 1
                if isinstance(w, str):
                    row[k] = _join(derived[k](view), w)
                elif isinstance(w, list) and len(w) == 1:
                    row[k] = w[0]
                else:
                    raise BadBlock("giá trị suy ra sai dạng")
        rows.append(row)
    out = []
    for i, row in enumerate(rows):
        out.append({"seq": env_values["seq"][i], "entity": entity,
                    "id": env_values["id"][i] if "id" in env_values else row["id"],
                    "op": env_values["op"][i], "version": env_values["version"][i],
                    "changed_at": env_values["changed_at"][i], "row": row})
    return out
