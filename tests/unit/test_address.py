"""The neighbourhood of a free-text address (hot spots by area)."""

from __future__ import annotations

import unicodedata

import pytest

from app.vn.address import area_of


@pytest.mark.parametrize(("address", "key", "label"), [
    ("Số 5 ngõ 12 phố Láng Hạ, tổ dân phố 3", "to dan pho 3", "Tổ dân phố 3"),
    ("TDP 7 phường Láng", "to dan pho 7", "Tổ dân phố 7"),
    ("Số 1 ngõ 2 phố Láng Thượng", "pho lang thuong", "Phố Láng Thượng"),
    ("12 đường Nguyễn Chí Thanh, Đống Đa", "duong nguyen chi thanh", "Đường Nguyễn Chí Thanh"),
    ("Thôn Đông, xã Sóc Sơn", "thon dong", "Thôn Đông"),
    ("Xóm Chợ, Bắc Hồng", "xom cho", "Xóm Chợ"),
])
def test_areas(address: str, key: str, label: str) -> None:
    assert area_of(address) == (key, label)
    assert area_of(unicodedata.normalize("NFD", address)) == (key, label)  # input method NFD


@pytest.mark.parametrize("address", ["", None, "ngõ 5", "Hà Nội"])
def test_no_area(address: str | None) -> None:
    assert area_of(address) is None
