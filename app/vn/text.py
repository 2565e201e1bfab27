"""Text normalisation and accent folding for Vietnamese.

Everything stored is NFC (TECH-NOTES §4.2, §5.2): IMEs may send decomposed text.
Folding drops tones and marks, maps đ/Đ to d (no Unicode decomposition exists for it) and
casefolds, so "nguyen van duc", "Nguyễn Văn Đức" and its NFD form all compare equal.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager

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


def _fold_chars(text: str) -> str:
    """fold() before its spaces are collapsed: đ → d, decomposed, marks (Mn) dropped, casefolded."""
    decomposed = unicodedata.normalize("NFD", text.translate(_D_MAP))
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return stripped.casefold().translate(_D_MAP)


# Precomposed Latin letters (Vietnamese included) and everything below them: no combining mark,
# so `_fold_chars` of such a text is the concatenation of `_fold_chars` of its characters, and
# one str.translate with each character's own answer gives it (5-10x faster: the sync exporter
# folds every citizen's, visit's and petition's text to check what the upstream will recompute,
# app/sync/columns.py). Other text takes the long way. tests/unit/test_text.py checks both ways
# agree on every character of these ranges and on random mixes.
_PRECOMPOSED = re.compile("[\x00-\u024f\u1e00-\u1eff]*")
_TABLE: dict[int, str] = {}


def _table() -> dict[int, str]:
    if not _TABLE:
        _TABLE.update({cp: _fold_chars(chr(cp))
                       for cp in (*range(0x250), *range(0x1E00, 0x1F00))})
    return _TABLE


def fold(text: str | None) -> str:
    """Accent-, case- and đ-insensitive form used for search and matching."""
    if not text:
        return ""
    memo = _memo
    if memo is not None and type(text) is str:
        folded = memo.get(text)
        if folded is None:
            folded = memo[text] = _fold(text)
        return folded
    return _fold(text)


def _fold(text: str) -> str:
    # " ".join(split()): runs of whitespace (str.isspace, as re's \s) to one space, trimmed
    if _PRECOMPOSED.fullmatch(text):
        return " ".join(text.translate(_table()).split())
    return " ".join(_fold_chars(text).split())


# Inside folds_memoised(): each distinct text folded once (the sync exporter checks ~2 folds a
# change against what the upstream will recompute; names, addresses and a petition's texts
# recur from change to change). fold is a pure function of its text: the memo changes only speed.
_memo: dict[str, str] | None = None


@contextmanager
def folds_memoised() -> Iterator[None]:
    """Remember fold's answers until the outermost such block ends (any thread's folds meanwhile
    too: harmless, the answers are the same)."""
    global _memo
    outer = _memo
    if outer is None:
        _memo = {}
    try:
        yield
    finally:
        _memo = outer


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


# A word of the folded text starts here: at its beginning or after a character that is not a
# letter or digit. FTS5's unicode61 tokenizer splits the same text at the same places (folded
# text has no marks left; the rare letter outside [0-9a-z] that survives folding, such as 'ø',
# is a word character there and a boundary here).
_WORD_START = "(^|[^0-9a-z])"


def word_prefix_filter(text: str | None) -> list[str] | None:
    """The PostgreSQL counterpart of `fts_prefix_query`: one regular expression per token of
    `text`, each matching a word of a folded `search_text` that starts with that token (all of
    them must match), or None if nothing to search. Tokens are plain [0-9a-z]+, so nothing the
    user types is regex syntax."""
    toks = tokens(text)
    if not toks:
        return None
    return [_WORD_START + t for t in dict.fromkeys(toks)]
