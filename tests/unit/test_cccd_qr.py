"""The QR code on the back of a chip CCCD (LAW.md §12), parsed defensively."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.vn.cccd import Gender
from app.vn.cccd_qr import looks_like_qr, parse_cccd_qr

ADDRESS = "Số 1 phố X, phường Y, Hà Nội"
SEVEN = f"001090012345|012345678|NGUYỄN VĂN A|01011990|Nam|{ADDRESS}|15042021"


def test_seven_fields() -> None:
    qr = parse_cccd_qr(SEVEN)
    assert qr is not None
    assert qr.cccd == "001090012345"
    assert qr.old_id == "012345678"
    assert qr.full_name == "Nguyễn Văn A"
    assert qr.date_of_birth == date(1990, 1, 1)
    assert qr.gender == Gender.MALE
    assert qr.address == ADDRESS
    assert qr.issued_on == date(2021, 4, 15)
    assert qr.extra == ()


def test_empty_old_id() -> None:
    qr = parse_cccd_qr(f"001185004321||TRẦN THỊ BÍCH|05061985|Nữ|{ADDRESS}|01072021")
    assert qr is not None
    assert qr.old_id is None
    assert (qr.full_name, qr.gender, qr.date_of_birth) == ("Trần Thị Bích", Gender.FEMALE,
                                                          date(1985, 6, 5))


def test_old_id_of_twelve_digits() -> None:
    qr = parse_cccd_qr(f"001090012345|001090099999|NGUYỄN VĂN A|01011990|Nam|{ADDRESS}|15042021")
    assert qr is not None and qr.old_id == "001090099999"


def test_six_fields_without_old_id_column() -> None:
    qr = parse_cccd_qr(f"001090012345|NGUYỄN VĂN A|01011990|Nam|{ADDRESS}|15042021")
    assert qr is not None
    assert qr.old_id is None
    assert qr.full_name == "Nguyễn Văn A"
    assert qr.date_of_birth == date(1990, 1, 1)
    assert qr.address == ADDRESS
    assert qr.issued_on == date(2021, 4, 15)


def test_extra_trailing_fields_are_kept_not_fatal() -> None:
    qr = parse_cccd_qr(SEVEN + "|NGUYỄN VĂN B|LÊ THỊ C|")
    assert qr is not None
    assert qr.full_name == "Nguyễn Văn A"
    assert qr.issued_on == date(2021, 4, 15)
    assert qr.extra == ("NGUYỄN VĂN B", "LÊ THỊ C", "")


def test_scanner_line_endings_and_padding() -> None:
    qr = parse_cccd_qr("  " + SEVEN.replace("|", " | ") + "\r\n")
    assert qr is not None
    assert (qr.cccd, qr.full_name, qr.address) == ("001090012345", "Nguyễn Văn A", ADDRESS)


@pytest.mark.parametrize(("printed", "written"), [
    ("NGUYỄN VĂN ĐỨC", "Nguyễn Văn Đức"),
    ("ĐỖ THỊ ÁNH", "Đỗ Thị Ánh"),
    ("ƯNG  HOÀNG   PHÚC", "Ưng Hoàng Phúc"),
    (unicodedata.normalize("NFD", "LÊ THỊ THÙY"), "Lê Thị Thùy"),  # decomposed by the scanner path
    ("Nguyễn Văn Đức", "Nguyễn Văn Đức"),  # already in name case: kept
    ("McDONALD Văn A", "McDONALD Văn A"),  # mixed case is the officer's to fix, not ours
])
def test_capitals_become_name_case(printed: str, written: str) -> None:
    qr = parse_cccd_qr(f"001090012345||{printed}|01011990|Nam|{ADDRESS}|15042021")
    assert qr is not None
    assert qr.full_name == written
    assert unicodedata.is_normalized("NFC", qr.full_name)


@pytest.mark.parametrize(("gender", "expected"), [
    ("Nam", Gender.MALE), ("NAM", Gender.MALE), ("Nữ", Gender.FEMALE), ("NỮ", Gender.FEMALE),
    (unicodedata.normalize("NFD", "Nữ"), Gender.FEMALE), ("", None), ("Khác", None),
])
def test_gender_words(gender: str, expected: Gender | None) -> None:
    qr = parse_cccd_qr(f"001090012345||NGUYỄN VĂN A|01011990|{gender}|{ADDRESS}|15042021")
    assert qr is not None and qr.gender == expected


def test_unreadable_dates() -> None:
    qr = parse_cccd_qr(f"001090012345||NGUYỄN VĂN A||Nam|{ADDRESS}|31022021")
    assert qr is not None
    assert qr.date_of_birth is None  # blank: the officer types it
    assert qr.issued_on is None  # 31/02 does not exist
    assert parse_cccd_qr(f"001090012345||NGUYỄN VĂN A|32011990|Nam|{ADDRESS}|15042021") is None
    assert parse_cccd_qr(f"001090012345||NGUYỄN VĂN A|1990-01-01|Nam|{ADDRESS}|15042021") is None


@pytest.mark.parametrize("payload", [
    "",
    "001090012345",
    "hello world",
    "||||||",
    "001090012345|012345678|NGUYỄN VĂN A|01011990|Nam",  # five fields
    "00109001234|012345678|NGUYỄN VĂN A|01011990|Nam|X|15042021",  # 11 digits
    "ABC090012345|012345678|NGUYỄN VĂN A|01011990|Nam|X|15042021",
    "097090012345|012345678|NGUYỄN VĂN A|01011990|Nam|X|15042021",  # unknown province
    "001090012345|01234|NGUYỄN VĂN A|01011990|Nam|X|15042021",  # old ID of 5 digits
    "001090012345|012345678||01011990|Nam|X|15042021",  # no name
    "https://example.com/?a=1|2|3|4|5|6",
])
def test_garbage_is_not_a_card(payload: str) -> None:
    assert parse_cccd_qr(payload) is None


def test_looks_like_qr() -> None:
    assert looks_like_qr(SEVEN)
    assert looks_like_qr(f"001090012345|NGUYỄN VĂN A|01011990|Nam|{ADDRESS}|15042021")
    assert not looks_like_qr("001090012345")
    assert not looks_like_qr("Nguyễn|Văn|Đức|a|b|c")


@given(st.text())
def test_never_raises_on_any_text(payload: str) -> None:
    parse_cccd_qr(payload)
    looks_like_qr(payload)


@given(st.lists(st.text(max_size=20), min_size=4, max_size=9))
def test_never_raises_on_card_like_payloads(fields: list[str]) -> None:
    qr = parse_cccd_qr("|".join(["001090012345", *fields]))
    if qr is not None:
        assert qr.cccd == "001090012345"
        assert qr.full_name
