"""The official list of administrative units after the July 2025 reform (two levels: tỉnh,
thành phố → xã, phường, đặc khu), bundled in resources/admin_units/ (source and licence there),
searched the way officers type: without diacritics, any word order."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from app.paths import resources_dir
from app.vn.text import fold

UNITS_FILE = "admin_units/dvhc-2025.json"
HANOI = "01"
_KINDS = ("phuong ", "xa ", "dac khu ")  # folded: "lang" must rank Phường Láng first


@dataclass(frozen=True, slots=True)
class Unit:
    code: str  # 5 digits, the official code: it becomes the office code
    name: str  # "Phường Láng"
    province_code: str  # 2 digits
    province_name: str  # "Thành phố Hà Nội"

    @property
    def office_name(self) -> str:
        """The office that receives citizens there: UBND phường Láng."""
        return f"UBND {self.name[:1].lower()}{self.name[1:]}"

    @property
    def label(self) -> str:
        return f"{self.name} – {self.province_name} ({self.code})"


@cache
def all_units() -> tuple[Unit, ...]:
    data = json.loads((resources_dir() / UNITS_FILE).read_text(encoding="utf-8"))
    return tuple(Unit(code, name, p["code"], p["name"])
                 for p in data["provinces"] for code, name in p["units"])


@cache
def _folded() -> tuple[tuple[str, str, str], ...]:
    """(folded name without its kind, folded name, folded province) per unit."""
    out = []
    for u in all_units():
        name = fold(u.name)
        bare = next((name[len(k):] for k in _KINDS if name.startswith(k)), name)
        out.append((bare, name, fold(u.province_name)))
    return tuple(out)


def by_code(code: str) -> Unit | None:
    code = code.strip()
    return next((u for u in all_units() if u.code == code), None)


def search(text: str, *, province: str | None = HANOI, limit: int = 50) -> list[Unit]:
    """Units whose name (or province) has a word starting with each typed word, without
    diacritics.

    Exact names first ("lang" → Phường Láng before Phường Láng Thượng…), then names starting
    with the words, then the rest; units of `province` (Hà Nội by default) before others.
    """
    words = fold(text).split()
    if not words:
        return []
    query = " ".join(words)
    ranked: list[tuple[int, int, int, Unit]] = []
    for i, (unit, (bare, name, prov)) in enumerate(zip(all_units(), _folded(), strict=True)):
        tokens = f"{name} {prov}".split()
        if not all(any(t.startswith(w) for t in tokens) for w in words):
            continue
        if bare == query or name == query:
            rank = 0
        elif bare.startswith(query) or name.startswith(query):
            rank = 1
        elif all(any(t.startswith(w) for t in name.split()) for w in words):
            rank = 2
        else:
            rank = 3  # matched through the province's name
        ranked.append((rank, 0 if unit.province_code == province else 1, i, unit))
    ranked.sort(key=lambda r: r[:3])
    return [r[3] for r in ranked[:limit]]
