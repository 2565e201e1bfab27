"""Batch format 2's payload (app/sync/batch.py): change records as per-table columns, in blocks.

Format 1 sent one canonical JSON line per change, gzipped: 321 KB per 1,000 visits, most of it
random ids and values the upstream could recompute. Format 2 sends the same records, exactly:
`decode_block(encode_block(records)) == records` for any change records, so apply.py and
everything after it see what format 1 gives them. The stream (`changes.cols.zst`) is one zstd
frame over a sequence of blocks, each one line of JSON (`\\n` never occurs inside one), each carrying
at most `BLOCK` changes and decodable on its own:

    {"order": [table index per change, or -1],  # the changes' order
     "env": {"seq": COL, "op": COL, "version": COL, "changed_at": COL},  # per change, in order
     "tables": [{"entity": "visit", "keys": [row keys, in order],       # one per entity and
                 "id": COL,                     # key list; no "id" when each change's id is
                 "cols": [COL per key]}, ...],  # its row's "id"
     "raw": [record, ...],                      # changes of an unusual shape, as they are
     "rules": "…"}                              # present when a derived value was left out

A COL is `[mode, values]`, one value per change of that table (of the block for "env"):
* `"p"`: the values as they are;
* `"d"`: integers (not booleans): the first, then each one's difference from the one before;
* `"i"`: ids (every value null or 32 lower-case hex digits): an id's first appearance in the
  block is sent as it is and numbered (0, 1, … in the order the decoder meets them: "env",
  then each table's "id" and columns in order, values in order); a repeat is sent as that
  number. About 8 ids per visit, random, were 40 % of format 1's bytes;
* a mode ending in `"r"` (`"pr"`, `"dr"`, `"ir"`, `"xr"`): the values above as runs, `[value,
  count, …]` (only equal scalars of one type make a run);
* `"x"`: a derived column (`DERIVED`: citizen.name_folded, .address_folded, .search_text;
  visit.search_text and petition.search_text). A value is the string `s` when the column's
  rule, recomputed from the same row (its derived columns hidden), gives `r` and the value is
  `r` (s = ""), or r + " " + s, or s when r is empty; anything else is sent as `[value]`. The
  encoder checks each one (`_derived`), so a value that does not match its rule is sent whole,
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

import functools
import hashlib
import itertools
import json
import operator
import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import Any

import orjson

from app.gcpause import collector_paused
from app.models import Petition, Visit
from app.services.citizens import citizen_search_text
from app.services.petitions import petition_search_text
from app.services.visits import visit_search_text
from app.text import Text
from app.vn.text import fold, folds_memoised

BLOCK = 5000
ENVELOPE = frozenset(("changed_at", "entity", "id", "op", "row", "seq", "version"))
_ENV_COLS = ("seq", "op", "version", "changed_at")
_HEX32 = re.compile(r"[0-9a-f]{32}")
_HEX = re.compile(r"[0-9a-f]*")


class BadBlock(ValueError):
    """A block that does not decode (refused by the reader)."""


class _Row:
    """A row's columns as attributes, as the services' functions read a model object (the
    entity's derived columns left out: the decoder has not made them yet). Made by _view."""


class _VisitRow(_Row):
    number = Visit.number  # the model's own property


class _PetitionRow(_Row):
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
# combining marks and common punctuation, all assigned since Unicode 5.1. The derived values of
# a row with text outside them (a character a newer Python knows and an older one does not, at
# a ward and its upstream on different Pythons) are not trusted to come back: sent whole.
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
    """The row as the rules read it: its columns as attributes, the derived ones left out
    (_derived makes the same view inline)."""
    d = row.copy()
    for k in _HIDDEN[entity]:
        d.pop(k, None)
    view = _VIEW.get(entity, _Row)()
    view.__dict__ = d
    return view


def _unstable(columns: list[tuple[Any, ...]], types_of: list[set[type]]) -> set[int]:
    """The rows with a string outside `_STABLE` in any column (one regex per column when none
    has, the usual case). `types_of`: each column's set(map(type, column))."""
    out: set[int] = set()
    match = _STABLE.fullmatch
    for col, types in zip(columns, types_of, strict=True):
        if str not in types:
            continue
        if types <= _TEXT:
            text = "".join(filter(None, col))
            if text.isascii() or match(text):  # isascii: O(1), ids and codes
                continue
        out.update(i for i, v in enumerate(col) if type(v) is str and not match(v))
    return out


_TEXT = {str, type(None)}


@cache
def rules_digest() -> str:
    """What the derived-column rules give on fixed probes, hashed: equal digests, equal rules
    (as far as these probes tell)."""
    def probe(rule: Rule, entity: str, row: dict[str, Any]) -> str:
        try:
            return rule(_view(entity, row))
        except Exception as exc:  # a probe row without a column: fails the same way
            return "!" + type(exc).__name__

    out = {entity: [[probe(rule, entity, row) for rule in DERIVED[entity].values()]
                    for row in rows] for entity, rows in _PROBES.items()}
    text = json.dumps([sorted((e, sorted(r)) for e, r in DERIVED.items()), out],
                      ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _join(r: str, s: str) -> str:
    return r + " " + s if r and s else r or s


# ----------------------------------------------------------------------------- encoding


def _is_id(v: Any) -> bool:
    return v is None or (type(v) is str and len(v) == 32 and _HEX32.fullmatch(v) is not None)


def _runs(values: list[Any], types: set[type]) -> list[Any] | None:
    """[value, count, value, count, …] when that is shorter, else None. Only when every equal
    pair is the same JSON: not with floats or containers (0.0 == -0.0, [1] == [1.0]) or with
    integers beside booleans (1 == True)."""
    if not types <= _RUNNABLE or {int, bool} <= types:
        return None
    n = len(values)
    starts = [0, *itertools.compress(range(1, n), map(operator.ne, values[1:], values))]
    if 2 * len(starts) >= n:
        return None
    out: list[Any] = [None, 0] * len(starts)
    out[::2] = [values[i] for i in starts]
    out[1::2] = map(operator.sub, [*starts[1:], n], starts)
    return out


_RUNNABLE = {str, int, bool, type(None)}


def _column(values: list[Any], ids: dict[str, int], types: set[type] | None = None
            ) -> list[Any]:
    """[mode, values]: "d" ints as differences, "i" ids as numbers, then "r" runs (see the
    module's docstring). `types`: set(map(type, values)), when known."""
    mode = "p"
    if types is None:
        types = set(map(type, values))
    if types == _INT:
        mode, values = "d", [values[0], *map(operator.sub, values[1:], values)]
    elif types in (_STR, _TEXT):
        strings = list(filter(_NOT_NONE, values)) if len(types) > 1 else values
        if strings and len(strings[0]) == 32 and set(map(len, strings)) == _LEN32 \
                and _HEX.fullmatch("".join(strings)):
            mode, values = "i", _refs(values, ids)
            types = _REF
    if (runs := _runs(values, types)) is not None:
        return [mode + "r", runs]
    return [mode, values]


_INT = {int}
_NOT_NONE = functools.partial(operator.is_not, None)
_STR = {str}
_LEN32 = {32}
_REF = {str, int, type(None)}


def _refs(values: list[Any], ids: dict[str, int]) -> list[Any]:
    out: list[Any] = []
    append = out.append
    get = ids.get
    for v in values:
        if v is None:
            append(None)
        elif (n := get(v)) is not None:
            append(n)
        else:
            ids[v] = len(ids)
            append(v)
    return out


# Plain values: str, int, bool, None, and lists and dicts of them. orjson writes these as the
# json module does (the same values read back; an int beyond 64 bits or a dict key not a str
# it refuses, TypeError), and reads them as json does. Not floats: orjson writes NaN and the
# infinities as null, and reads an integer beyond 64 bits as a float (see encode's `exact`).
# A block with anything else is written by json.
_SCALARS = frozenset((str, int, bool, type(None)))
_PLAIN = _SCALARS | {list, dict}


def _plain(values: Iterable[Any], types: set[type]) -> bool:
    """Whether every one of values (of these types) is plain: level by level, in C."""
    while not types <= _SCALARS:
        if not types <= _PLAIN:
            return False
        kinds = list(map(type, values))
        values = list(itertools.chain(
            itertools.chain.from_iterable(itertools.compress(values, map(
                operator.is_, kinds, itertools.repeat(list)))),
            itertools.chain.from_iterable(map(dict.values, itertools.compress(values, map(
                operator.is_, kinds, itertools.repeat(dict)))))))
        types = set(map(type, values))
    return True


def _plain_value(v: Any) -> bool:
    t = type(v)
    if t in _SCALARS:
        return True
    if t is list:
        return all(map(_plain_value, v))
    if t is dict:
        return all(map(_plain_value, v.values()))
    return False


def encode_block(records: list[dict[str, Any]]) -> dict[str, Any]:
    """One block's document (see the module's docstring)."""
    return _encode_block(records)[0]


def _encode_block(records: list[dict[str, Any]]) -> tuple[dict[str, Any], bool]:
    """The block's document, and whether every value in it is plain (orjson may write it)."""
    groups: list[list[dict[str, Any]]] = []
    index: dict[tuple[str, ...], int] = {}
    order: list[int] = []
    raw: list[Any] = []
    regular: list[dict[str, Any]] = []
    for c in records:
        if type(c) is dict and c.keys() == ENVELOPE:
            entity = c["entity"]
            row = c["row"]
            if type(entity) is str and type(row) is dict:
                key = (entity, *row)
                n = index.get(key)
                if n is None:
                    n = index[key] = len(groups)
                    groups.append([])
                order.append(n)
                groups[n].append(c)
                regular.append(c)
                continue
        order.append(-1)
        raw.append(c)
    plain = all(map(_plain_value, raw))
    ids: dict[str, int] = {}
    env = {}
    for k in _ENV_COLS:
        of_all = list(map(operator.itemgetter(k), regular))
        types = set(map(type, of_all))
        plain = plain and _plain(of_all, types)
        env[k] = _column(of_all, ids, types)
    elided = False
    tables = []
    for (entity, *keys), changes in zip(index, groups, strict=True):
        rows = list(map(_ROW, changes))
        t: dict[str, Any] = {"entity": entity, "keys": keys}
        values = list(zip(*map(dict.values, rows), strict=True)) if keys else []
        types_of = [set(map(type, col)) for col in values]
        rids = list(map(_ID, changes))
        rid_types = set(map(type, rids))
        if not ("id" in keys and rid_types == _STR and list(values[keys.index("id")]) == rids):
            plain = plain and _plain(rids, rid_types)
            t["id"] = _column(rids, ids, rid_types)
        derived = DERIVED.get(entity)
        wire = _derived(entity, derived, keys, rows, values, types_of) if derived else {}
        cols = []
        for k, col, types in zip(keys, values, types_of, strict=True):
            if k in wire:
                w = wire[k]
                wire_types = set(map(type, w))
                elided = elided or str in wire_types
                plain = plain and all(type(x) is str or _plain_value(x[0]) for x in w)
                runs = _runs(w, wire_types)
                cols.append(["x", w] if runs is None else ["xr", runs])
            else:
                plain = plain and _plain(col, types)
                cols.append(_column(list(col), ids, types))
        t["cols"] = cols
        tables.append(t)
    block: dict[str, Any] = {"order": order, "env": env, "tables": tables}
    if raw:
        block["raw"] = raw
    if elided:
        block["rules"] = rules_digest()
    return block, plain


_ROW = operator.itemgetter("row")
_ID = operator.itemgetter("id")


def _derived(entity: str, derived: dict[str, Rule], keys: list[str], rows: list[dict[str, Any]],
             values: list[tuple[Any, ...]], types_of: list[set[type]]) -> dict[str, list[Any]]:
    """The wire values of a table's derived columns: for each value, the part its rule,
    recomputed here as the decoder will, does not give (`_join(rule(view), s) == value`), or
    [value] (no view: a row not to be trusted, `_unstable`, or one the rule cannot read)."""
    wanted = [k for k in keys if k in derived]
    if not wanted:
        return {}
    wire: dict[str, list[Any]] = {k: [] for k in wanted}
    todo = [(derived[k], wire[k].append, k) for k in wanted]
    unstable = _unstable(values, types_of)
    # A view of each row as the decoder makes it (_view), unless a key is not a str (a row
    # the decoder never sees: from JSON).
    viewable = all(type(k) is str for k in keys)
    cls = _VIEW.get(entity, _Row)
    hidden = [k for k in _HIDDEN[entity] if k in keys]  # every row of the table has the keys
    for i, r in enumerate(rows):
        if not viewable or i in unstable:
            for _rule, append, k in todo:
                append([r[k]])
            continue
        d = r.copy()
        for k in hidden:
            del d[k]
        view = cls()
        view.__dict__ = d
        for rule, append, k in todo:
            value = r[k]
            if isinstance(value, str):
                try:
                    got = rule(view)
                except Exception:  # a row the rule cannot read (a missing column, wrong types)
                    got = None
                if isinstance(got, str):
                    if value == got:
                        append("")
                        continue
                    if not got:
                        append(value)
                        continue
                    if value.startswith(got + " ") and len(value) > len(got) + 1:
                        append(value[len(got) + 1:])
                        continue
            append([value])
    return wire


Exact = Callable[[list[dict[str, Any]]], list[dict[str, Any]]]


def encode(records: Iterable[dict[str, Any]], block: int = BLOCK, *,
           exact: Exact | None = None) -> Iterator[bytes]:
    """Lines of the stream: each block's JSON and a newline.

    `exact`: for records whose rows were read by orjson (app/sync/outbox.py), which reads an
    integer beyond 64 bits as a float without a word: given a block's records with a value not
    plain (a float, say), returns them read again exactly (by json); the block is made of those.

    Each distinct text is folded once for the derived-value check (folds_memoised), and the
    cyclic garbage collector waits while a block is read and encoded (app/gcpause.py)."""
    it = iter(records)
    with folds_memoised():
        while True:
            with collector_paused():
                chunk = list(itertools.islice(it, block))
                if not chunk:
                    break
                doc, plain = _encode_block(chunk)
                if not plain and exact is not None:
                    doc, plain = _encode_block(exact(chunk))
                line = _dump(doc, plain)
            yield line


def dump(doc: dict[str, Any]) -> bytes:
    """A block's line, written by the json module (any document encode_block makes)."""
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"


def _dump(doc: dict[str, Any], plain: bool) -> bytes:
    """A block's line: by orjson (~4x faster) when its values are plain (_SCALARS), else by
    dump."""
    if plain:
        try:
            return orjson.dumps(doc, option=orjson.OPT_APPEND_NEWLINE)
        except TypeError:  # an int beyond 64 bits, a lone surrogate: json writes them
            pass
    return dump(doc)


# ----------------------------------------------------------------------------- decoding


def _values(col: Any, ids: list[str], n: int, derived: bool = False) -> list[Any]:
    """A column's n values (a derived column's wire values)."""
    if not (isinstance(col, list) and len(col) == 2 and isinstance(col[0], str)
            and isinstance(col[1], list)):
        raise BadBlock(Text("cột sai dạng"))
    mode: str = col[0]
    values: list[Any] = col[1]
    if mode.endswith("r"):
        mode = mode[:-1]
        if len(values) % 2 or not all(type(k) is int and k > 0 for k in values[1::2]) \
                or sum(values[1::2]) != n:
            raise BadBlock(Text("cột sai dạng hoặc sai số giá trị"))
        values = [v for v, k in zip(values[::2], values[1::2], strict=True) for _ in range(k)]
    if len(values) != n or (mode == "x") != derived:
        raise BadBlock(Text("cột sai dạng hoặc sai số giá trị"))
    if mode in ("p", "x"):
        return values
    if mode == "d":
        if not all(type(v) is int for v in values):
            raise BadBlock(Text("cột số sai dạng"))
        return list(itertools.accumulate(values))
    if mode == "i":
        out: list[Any] = []
        for v in values:
            if v is None:
                out.append(None)
            elif type(v) is int:
                if not 0 <= v < len(ids):
                    raise BadBlock(Text("tham chiếu mã không có"))
                out.append(ids[v])
            elif isinstance(v, str) and _is_id(v):
                ids.append(v)
                out.append(v)
            else:
                raise BadBlock(Text("cột mã sai dạng"))
        return out
    raise BadBlock(Text("kiểu cột lạ"))


def decode_block(doc: Any) -> list[dict[str, Any]]:
    """The change records of one block, in their order; BadBlock if it is not one."""
    try:
        return _decode(doc)
    except BadBlock:
        raise
    except (KeyError, TypeError, ValueError, IndexError, AttributeError) as exc:
        raise BadBlock(Text("khối thay đổi sai dạng")) from exc


def _decode(doc: Any) -> list[dict[str, Any]]:
    if not isinstance(doc, dict) or not {"order", "env", "tables"} <= set(doc) <= \
            {"order", "env", "tables", "raw", "rules"}:
        raise BadBlock(Text("khối thay đổi sai dạng"))
    if "rules" in doc and doc["rules"] != rules_digest():
        raise BadBlock(Text("lô do một phiên bản phần mềm có quy tắc chuẩn hóa chữ khác tạo "
                            "ra; hãy dùng cùng phiên bản ở phường và ở cấp trên"))
    order, env, tables, raw = doc["order"], doc["env"], doc["tables"], doc.get("raw", [])
    if not (isinstance(order, list) and isinstance(tables, list) and isinstance(raw, list)
            and isinstance(env, dict) and set(env) == set(_ENV_COLS)
            and all(type(o) is int and -1 <= o < len(tables) for o in order)):
        raise BadBlock(Text("khối thay đổi sai dạng"))
    counts = [0] * len(tables)
    for o in order:
        if o >= 0:
            counts[o] += 1
    if len(raw) != len(order) - sum(counts):
        raise BadBlock(Text("số thay đổi không khớp"))
    ids: list[str] = []
    envs = {k: _values(env[k], ids, sum(counts)) for k in _ENV_COLS}
    decoded = [_decode_table(t, n, ids) for t, n in zip(tables, counts, strict=True)]
    at = [0] * len(tables)
    raw_at = regular = 0
    out: list[dict[str, Any]] = []
    for o in order:
        if o == -1:
            out.append(raw[raw_at])
            raw_at += 1
            continue
        entity, rid, row = decoded[o][at[o]]
        at[o] += 1
        out.append({"changed_at": envs["changed_at"][regular], "entity": entity,
                    "id": rid, "op": envs["op"][regular], "row": row,
                    "seq": envs["seq"][regular], "version": envs["version"][regular]})
        regular += 1
    return out


def _decode_table(t: Any, n: int, ids: list[str]) -> list[tuple[str, Any, dict[str, Any]]]:
    """(entity, id, row) of each of the table's n changes."""
    if not isinstance(t, dict) or not {"entity", "keys", "cols"} <= set(t) <= \
            {"entity", "keys", "id", "cols"}:
        raise BadBlock(Text("bảng sai dạng"))
    entity, keys, cols = t["entity"], t["keys"], t["cols"]
    if not (isinstance(entity, str) and isinstance(keys, list) and isinstance(cols, list)
            and len(cols) == len(keys) and all(isinstance(k, str) for k in keys)
            and len(set(keys)) == len(keys) and ("id" in t or "id" in keys)):
        raise BadBlock(Text("bảng sai dạng"))
    derived = DERIVED.get(entity, {})
    rids = _values(t["id"], ids, n) if "id" in t else None
    columns = [_values(c, ids, n, k in derived) for k, c in zip(keys, cols, strict=True)]
    rows = [dict(zip(keys, r, strict=True)) for r in zip(*columns, strict=True)] if keys \
        else [{} for _ in range(n)]
    late = [(k, c) for k, c in zip(keys, columns, strict=True) if k in derived]
    for i, row in enumerate(rows if late else ()):
        view = _view(entity, row) if any(isinstance(w[i], str) for _k, w in late) else None
        for k, wire in late:
            w = wire[i]
            if isinstance(w, str):
                row[k] = _join(derived[k](view), w)
            elif isinstance(w, list) and len(w) == 1:
                row[k] = w[0]
            else:
                raise BadBlock(Text("giá trị suy ra sai dạng"))
    if rids is None:
        return [(entity, row["id"], row) for row in rows]
    return [(entity, rid, row) for rid, row in zip(rids, rows, strict=True)]
