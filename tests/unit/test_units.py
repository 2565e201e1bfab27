"""The bundled list of administrative units (after the July 2025 reform) and its search."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.vn import units
from app.vn.text import fold


def test_the_list_is_the_reformed_one() -> None:
    everything = units.all_units()
    assert len(everything) == 3321  # xã, phường, đặc khu after 01/7/2025
    assert len({u.province_code for u in everything}) == 34
    hanoi = [u for u in everything if u.province_code == units.HANOI]
    assert len(hanoi) == 126 and {u.province_name for u in hanoi} == {"Thành phố Hà Nội"}
    assert len({u.code for u in everything}) == len(everything)
    assert all(len(u.code) == 5 and u.code.isdigit() for u in everything)


def test_typing_without_diacritics_finds_the_ward_first() -> None:
    assert units.search("lang")[0].label == "Phường Láng – Thành phố Hà Nội (00187)"
    assert units.search("  LÁNG ")[0].code == "00187"
    assert units.search("hoan kiem")[0].name == "Phường Hoàn Kiếm"
    assert units.search("xa dong anh")[0].name == "Xã Đông Anh"
    assert units.search("dac khu phu quoc")[0].province_name == "An Giang"
    assert units.search("") == [] and units.search("zzzz") == []


def test_a_unit_gives_the_office_its_code_and_name() -> None:
    lang = units.by_code("00187")
    assert lang is not None and lang.office_name == "UBND phường Láng"
    assert units.by_code("99999") is None


@given(st.sampled_from(units.all_units()))
def test_every_unit_is_found_by_its_folded_name(unit: units.Unit) -> None:
    assert unit in units.search(fold(unit.name), province=unit.province_code, limit=100)
