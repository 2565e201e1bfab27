"""Malformed sync records are explained in Vietnamese, never in Python's English."""

from __future__ import annotations

from app.sync.errors import bad_field


def test_bad_field_names_the_missing_field_and_hides_python_text() -> None:
    assert bad_field(KeyError("sender_key_id")) == "thiếu trường sender_key_id"
    assert bad_field(TypeError("'NoneType' object is not subscriptable")) == \
        "giá trị sai kiểu hoặc không đọc được"
    assert bad_field(ValueError("invalid literal for int() with base 10: 'x'")) == \
        "giá trị sai kiểu hoặc không đọc được"
    assert bad_field(ValueError("trường lạ")) == "trường lạ"  # our own checks speak Vietnamese
