"""The neighbourhood an address belongs to, for spotting hot spots (điểm nóng) by area.

Ward addresses are free text ("Số 5 ngõ 12 phố Láng Hạ, tổ dân phố 3"). The most local unit
that names an area is taken: tổ dân phố / thôn / xóm / khu phố, else the street (phố, đường).
Matching works on the folded text; the label is cut from the original so it keeps its accents.
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.vn.text import clean, fold

_UNIT = re.compile(r"\b(to dan pho|tdp|khu pho|khu dan cu|thon|xom|ban)\s+(so\s+)?([0-9a-z]+)\b")
_STREET = re.compile(r"\b(pho|duong)\s+([a-z]+(?:\s+[a-z]+){0,2}?)(?=\s*(?:,|$|\bphuong\b|\bquan\b"
                     r"|\bxa\b|\bha noi\b|\bto\b|\bthon\b|\bkhu\b))")


_CHAR_FOLD: dict[str, str] = {}


def _fold_char(ch: str) -> str:
    folded = _CHAR_FOLD.get(ch)
    if folded is None:
        folded = _CHAR_FOLD[ch] = (fold(ch) or " ")[:1] if ch.strip() else " "
    return folded


def _fold_per_char(text: str) -> str:
    """fold() one character at a time, so positions line up with `text` (memoised per
    character: the hot-spot scan folds every address of the period)."""
    return "".join(map(_fold_char, text))


@lru_cache(maxsize=65536)
def area_of(address: str | None) -> tuple[str, str] | None:
    """(key, label) of the address's neighbourhood, or None when none is named."""
    text = clean(address)
    if not text:
        return None
    folded = _fold_per_char(text)
    unit = _UNIT.search(folded)
    if unit:
        kind = {"tdp": "to dan pho"}.get(unit.group(1), unit.group(1))
        label = text[unit.start():unit.end()]
        if unit.group(1) == "tdp":
            label = "Tổ dân phố " + unit.group(3)
        return f"{kind} {unit.group(3)}", label[:1].upper() + label[1:]
    street = _STREET.search(folded)
    if street:
        label = text[street.start():street.end()].strip()
        return f"{street.group(1)} {street.group(2)}", label[:1].upper() + label[1:]
    return None
