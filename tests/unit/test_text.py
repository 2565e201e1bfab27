"""Accent/case/đ folding and the FTS query built from what a user typed (app/vn/text.py)."""

from __future__ import annotations

import re
import sqlite3
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.vn.text import clean, fold, fts_prefix_query, nfc, tokens

# Every Vietnamese letter (both cases, every tone) paired with its folded base letter.
_TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
_VOWELS = {"a": "a", "ă": "a", "â": "a", "e": "e", "ê": "e", "i": "i", "o": "o", "ô": "o",
           "ơ": "o", "u": "u", "ư": "u", "y": "y"}
_LETTERS: dict[str, str] = {}
for _vowel, _base in _VOWELS.items():
    for _tone in _TONES:
        _lower = nfc(_vowel + _tone)
        _LETTERS[_lower] = _base
        _LETTERS[_lower.upper()] = _base
for _c in "bcdghklmnpqrstvx":
    _LETTERS[_c] = _c
    _LETTERS[_c.upper()] = _c
_LETTERS["đ"] = _LETTERS["Đ"] = "d"

_word = st.text(alphabet=sorted(_LETTERS) + list("0123456789"), min_size=1, max_size=8)
_gap = st.sampled_from([" ", "  ", "\t", "\n", " \u00a0"])
vietnamese = st.lists(st.tuples(_word, _gap), max_size=6).map(
    lambda parts: "".join(w + g for w, g in parts))

FTS_QUERY = re.compile(r'^"[0-9a-z]+"\*( "[0-9a-z]+"\*)*$')


def test_all_vietnamese_letters_are_covered() -> None:
    non_ascii = [ch for ch in _LETTERS if not ch.isascii()]
    assert len(non_ascii) == 134  # TECH-NOTES §5.1: 134 non-ASCII letter forms, đ/Đ included
    assert all(len(ch) == 1 for ch in _LETTERS)  # each one code point in NFC


@pytest.mark.parametrize(("typed", "folded"), [
    ("Nguyễn Văn Đức", "nguyen van duc"),
    ("ĐỖ MINH ĐĂNG", "do minh dang"),
    ("Hoàng Thị Tuyết", "hoang thi tuyet"),
    ("Ưng Thị Ân", "ung thi an"),
    ("  Số 1   ngõ 2\tphố Láng Thượng  ", "so 1 ngo 2 pho lang thuong"),
    ("dũng", "dung"),  # lossy on purpose: "dũng" also finds "Dung"
    ("", ""),
    (None, ""),
])
def test_fold_examples(typed: str | None, folded: str) -> None:
    assert fold(typed) == folded


def test_fold_nfd_input_equals_nfc_input() -> None:
    name = "Nguyễn Văn Đức"
    decomposed = unicodedata.normalize("NFD", name)
    assert decomposed != name
    assert fold(decomposed) == fold(name) == "nguyen van duc"


def test_clean_is_nfc_trimmed_single_spaced() -> None:
    assert clean(unicodedata.normalize("NFD", "  Lê   Thị\n Hoa ")) == "Lê Thị Hoa"
    assert unicodedata.is_normalized("NFC", clean(unicodedata.normalize("NFD", "Đặng Thùy")))
    assert clean(None) == ""


@given(vietnamese)
def test_fold_is_idempotent(s: str) -> None:
    assert fold(fold(s)) == fold(s)


@given(vietnamese)
def test_fold_ignores_normalisation_form(s: str) -> None:
    forms = {fold(unicodedata.normalize(f, s)) for f in ("NFC", "NFD", "NFKC", "NFKD")}
    assert len(forms) == 1


@given(vietnamese)
def test_fold_maps_each_letter_to_its_base(s: str) -> None:
    expected = " ".join("".join(_LETTERS.get(ch, ch) for ch in s).split())
    assert fold(s) == expected
    assert fold(s).isascii()
    assert fold(s.upper()) == fold(s.lower()) == fold(s)


@given(vietnamese)
def test_tokens_are_the_folded_words(s: str) -> None:
    assert tokens(s) == fold(s).split()


@given(st.text())
def test_fold_is_idempotent_on_any_text(s: str) -> None:
    assert fold(fold(s)) == fold(s)
    assert fold(unicodedata.normalize("NFD", s)) == fold(unicodedata.normalize("NFC", s))


@pytest.mark.parametrize("typed", [
    'a" OR b', "NEAR(x y)", "ten:nguyen", "-duc", "^hoa", "duc*", "(lan)", "a AND NOT b",
    "{text}: x", "'; DROP TABLE visit; --",
])
def test_fts_query_quotes_every_token(typed: str) -> None:
    query = fts_prefix_query(typed)
    assert query is not None and FTS_QUERY.match(query), query


@pytest.mark.parametrize("typed", [None, "", "   ", '"*()^:-', '"""', "…"])
def test_fts_query_is_none_when_nothing_to_search(typed: str | None) -> None:
    assert fts_prefix_query(typed) is None


def test_fts_query_of_vietnamese_name() -> None:
    assert fts_prefix_query("Nguyễn Văn Đức") == '"nguyen"* "van"* "duc"*'


@given(st.text())
def test_fts_query_from_any_text_is_plain_quoted_prefixes(s: str) -> None:
    query = fts_prefix_query(s)
    assert query is None or FTS_QUERY.match(query)
    if query is not None:  # and SQLite's FTS5 parser accepts it
        conn = sqlite3.connect(":memory:")
        try:
            conn.execute("CREATE VIRTUAL TABLE t USING fts5(text, tokenize='unicode61 remove_diacritics 2')")
            conn.execute("SELECT rowid FROM t WHERE t MATCH ?", (query,)).fetchall()
        finally:
            conn.close()


def _slow_fold(text: str | None) -> str:
    """fold() as it was before its table, character by character (the reference)."""
    if not text:
        return ""
    d_map = str.maketrans({"đ": "d", "Đ": "D"})
    decomposed = unicodedata.normalize("NFD", text.translate(d_map))
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return re.sub(r"\s+", " ", stripped.casefold().translate(d_map)).strip()


def test_fold_by_table_agrees_with_the_long_way_on_every_precomposed_character() -> None:
    for cp in (*range(0x250), *range(0x1E00, 0x1F00)):
        for s in (chr(cp), f"Đa{chr(cp)} B\t{chr(cp)}{chr(cp)}x "):
            assert fold(s) == _slow_fold(s), hex(cp)


@given(st.text(alphabet=st.one_of(
    st.characters(max_codepoint=0x24F), st.characters(min_codepoint=0x1E00, max_codepoint=0x1EFF),
    st.characters(min_codepoint=0x300, max_codepoint=0x36F), st.sampled_from("đĐ \t\n\u00a0İǅß"),
    st.characters()), max_size=40))
def test_fold_by_table_agrees_with_the_long_way_on_any_text(s: str) -> None:
    assert fold(s) == _slow_fold(s)
    assert fold(unicodedata.normalize("NFD", s)) == _slow_fold(unicodedata.normalize("NFD", s))


def test_fold_collapses_every_kind_of_space_as_before() -> None:
    spaces = [chr(cp) for cp in range(0x110000) if re.fullmatch(r"\s", chr(cp))]
    assert spaces == [chr(cp) for cp in range(0x110000) if chr(cp).isspace()]
    for sp in spaces:
        s = f"{sp}Ấp{sp}{sp}Bàu x\u0ece{sp}"
        assert fold(s) == _slow_fold(s) and fold(s[:-2]) == _slow_fold(s[:-2])


def test_folds_memoised_answers_as_fold_does_and_forgets_after() -> None:
    from app.vn import text

    words = ["Nguyễn Văn Đức", unicodedata.normalize("NFD", "Nguyễn Văn Đức"), "  Ấp  Bàu ",
             "ǅ ß ﬁ", "", None]
    plain = [fold(w) for w in words]
    with text.folds_memoised():
        assert [fold(w) for w in words] == plain
        with text.folds_memoised():  # nested: the same memo
            assert [fold(w) for w in words * 2] == plain * 2
        assert text._memo is not None and set(text._memo) == {w for w in words if w}
        with pytest.raises(TypeError):
            fold(["not", "text"])  # type: ignore[arg-type]  # refused as outside
    assert text._memo is None
    assert [fold(w) for w in words] == plain
