"""Text normalisation and accent folding for Vietnamese.

Everything stored is NFC (TECH-NOTES §4.2, §5.2): IMEs may send decomposed text.
Folding drops tones and marks, maps đ/Đ to d (no Unicode decomposition exists for it) and
casefolds, so "nguyen van duc", "Nguyễn Văn Đức" and its NFD form all compare equal.
"""

from __future__ import annotations

import re
import unicodedata

_WS = re.compile(r"\s+")
_TOKEN = re.compile(r"[0-9a-z]+")
_D_MAP = str.maketrans({"đ": "d", "Đ": "D"})


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def clean(text: str | None) -> str:
    """NFC, trimmed, runs of whitespace collapsed to one space."""
    if not text:
        return ""
    return _WS.sub(" ", nfc(text)).strip()


def fold(text: str | None) -> str:
    """Accent-, case- and đ-insensitive form used for search and matching."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", text.translate(_D_MAP))
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return _WS.sub(" ", stripped.casefold().translate(_D_MAP)).strip()


def tokens(text: str | None) -> list[str]:
    """Folded alphanumeric tokens, the unit the search index works on."""
    return _TOKEN.findall(fold(text))


def fts_prefix_query(text: str | None) -> str | None:
    """An FTS5 query matching every token of `text` as a prefix, or None if nothing to search.

    Tokens are plain [0-9a-z]+ so they are quoted safely; FTS syntax in user input is inert.
    """
    toks = tokens(text)
    if not toks:
        return None
    return " ".join(f'"{t}"*' for t in toks)
