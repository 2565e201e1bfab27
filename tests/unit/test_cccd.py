"""The 12-digit CCCD number (LAW.md §12): structure checks, never a checksum."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.vn.cccd import (
    PROVINCE_CODES,
    CccdProblem,
    Gender,
    cccd_digits_for,
    check_cccd,
    normalise_number,
    parse_cccd,
)


def test_the_63_province_codes() -> None:
    assert len(PROVINCE_CODES) == 63
    assert PROVINCE_CODES["001"] == "Hà Nội"
    assert PROVINCE_CODES["079"] == "Hồ Chí Minh"
    assert PROVINCE_CODES["096"] == "Cà Mau"
    assert all(len(code) == 3 and code.isdigit() for code in PROVINCE_CODES)


def test_valid_number_with_matching_birth_date_and_gender() -> None:
    assert check_cccd("001090012345") == []
    assert check_cccd("001090012345", date(1990, 5, 17), Gender.MALE) == []
    assert check_cccd("001185004321", date(1985, 1, 1), Gender.FEMALE) == []
    assert check_cccd("079201000777", date(2001, 12, 31), Gender.MALE) == []
    assert check_cccd("001300000001", date(2000, 1, 1), Gender.FEMALE) == []


def test_parse_decodes_the_structure() -> None:
    info = parse_cccd("001185004321")
    assert info is not None
    assert (info.province_code, info.province_name) == ("001", "Hà Nội")
    assert (info.birth_century_start, info.birth_year, info.gender) == (1900, 1985, Gender.FEMALE)
    info = parse_cccd("079201000777")
    assert info is not None and (info.birth_year, info.gender) == (2001, Gender.MALE)


@pytest.mark.parametrize("number", [
    "", "00109001234", "0010900123456", "00109001234a", "001 090 012 345", "001-090-012345",
    "００１０９００１２３４５",  # full-width digits
    "٠٠١٠٩٠٠١٢٣٤٥",  # Arabic-Indic digits: isdigit() but not what a card prints
    "+01090012345",
])
def test_not_exactly_twelve_ascii_digits(number: str) -> None:
    assert check_cccd(number) == [CccdProblem.FORMAT]
    assert parse_cccd(number) is None


@pytest.mark.parametrize("number", ["000090012345", "003090012345", "097090012345", "999090012345"])
def test_unknown_province_code(number: str) -> None:
    assert check_cccd(number) == [CccdProblem.PROVINCE]
    assert parse_cccd(number) is None


def test_birth_year_must_match_digits_four_to_six() -> None:
    assert check_cccd("001090012345", date(1991, 1, 1)) == [CccdProblem.BIRTH]
    # right two digits, wrong century: digit 2 is the 2000s
    assert check_cccd("001290012345", date(1990, 1, 1)) == [CccdProblem.BIRTH]


def test_gender_must_match_the_century_digit() -> None:
    assert check_cccd("001090012345", gender=Gender.FEMALE) == [CccdProblem.GENDER]
    assert check_cccd("001185004321", gender=Gender.MALE) == [CccdProblem.GENDER]
    assert check_cccd("001090012345", date(1985, 1, 1), Gender.FEMALE) == [
        CccdProblem.BIRTH, CccdProblem.GENDER]


@pytest.mark.parametrize(("digit", "century", "gender"), [
    (0, 1900, Gender.MALE), (1, 1900, Gender.FEMALE), (2, 2000, Gender.MALE),
    (3, 2000, Gender.FEMALE), (4, 2100, Gender.MALE), (5, 2100, Gender.FEMALE),
    (6, 2200, Gender.MALE), (7, 2200, Gender.FEMALE), (8, 2300, Gender.MALE),
    (9, 2300, Gender.FEMALE),
])
def test_century_and_gender_digit_table(digit: int, century: int, gender: Gender) -> None:
    info = parse_cccd(f"001{digit}45123456")
    assert info is not None
    assert (info.birth_century_start, info.birth_year, info.gender) == (century, century + 45, gender)


def test_normalise_number_drops_separators_people_type() -> None:
    assert normalise_number(" 001 090.012-345\t") == "001090012345"


def test_digits_for_known_people() -> None:
    assert cccd_digits_for("001", 1990, Gender.MALE) == "001090"
    assert cccd_digits_for("001", 1985, Gender.FEMALE) == "001185"
    assert cccd_digits_for("079", 2001, Gender.MALE) == "079201"
    assert cccd_digits_for("001", 2000, Gender.FEMALE) == "001300"


@given(
    province=st.sampled_from(sorted(PROVINCE_CODES)),
    born=st.dates(min_value=date(1900, 1, 1), max_value=date(2399, 12, 31)),
    gender=st.sampled_from(list(Gender)),
    rest=st.integers(min_value=0, max_value=999_999),
)
def test_any_generated_number_passes_with_its_birth_date_and_gender(
    province: str, born: date, gender: Gender, rest: int
) -> None:
    number = cccd_digits_for(province, born.year, gender) + f"{rest:06d}"
    assert len(number) == 12
    assert check_cccd(number, born, gender) == []
    info = parse_cccd(number)
    assert info is not None
    assert (info.province_code, info.birth_year, info.gender) == (province, born.year, gender)


@given(st.text(alphabet="0123456789", min_size=6, max_size=6))
def test_never_rejected_for_a_check_digit(rest: str) -> None:
    """There is no check digit: any six last digits are acceptable."""
    assert check_cccd("001090" + rest, date(1990, 1, 1), Gender.MALE) == []


@given(st.text())
def test_check_never_raises(number: str) -> None:
    problems = check_cccd(number)
    assert problems in ([], [CccdProblem.FORMAT], [CccdProblem.PROVINCE])
