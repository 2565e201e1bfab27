"""Reading one cell the way ward offices write it: dates in every usual form, categories in
words or codes, CCCD numbers that lost their leading zeros in Excel, NFD text.

Pure functions; a value that cannot be read raises `Unreadable` with a Vietnamese reason.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from typing import Any

from app.text import Text
from app.vn.text import clean, fold

EXCEL_EPOCH = date(1899, 12, 30)  # Excel's day 0 (its 1900 leap-year bug is before day 61)
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ t]+(\d{1,2})[:h](\d{2})(?::\d{2}(?:\.\d+)?)?)?$")
_DMY = re.compile(r"^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{2}|\d{4})"
                  r"(?:[ ,]+(\d{1,2})\s*[:h]\s*(\d{2})(?::\d{2})?)?$")
_WORDS = re.compile(r"^(?:(\d{1,2})\s*[:h]\s*(\d{2})\s*,?\s*)?(?:ngay\s*)?(\d{1,2})\s*thang\s*"
                    r"(\d{1,2})\s*nam\s*(\d{4})$")
_TIME = re.compile(r"^(\d{1,2})\s*[:hg]\s*(\d{2})?(?:\s*phut)?(?::\d{2})?$")


class Unreadable(ValueError):
    """A cell that cannot be read; str() is the Vietnamese reason."""


def text(value: Any) -> str:
    """A cell as NFC text, whitespace collapsed ('' for an empty cell)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M") if value.time() != time() else f"{value:%d/%m/%Y}"
    if isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    return clean(str(value))


def _year(y: int) -> int:
    if y >= 100:
        return y
    return 2000 + y if y <= (date.today().year % 100) + 1 else 1900 + y


def _make(y: int, m: int, d: int, shown: str) -> date:
    try:
        return date(y, m, d)
    except ValueError:
        raise Unreadable(Text("ngày '{shown}' không có trên lịch", shown=shown)) from None


def moment(value: Any) -> tuple[date, time | None]:
    """A date (and the time of day when the cell has one)."""
    if isinstance(value, datetime):
        return value.date(), (value.time() if value.time() != time() else None)
    if isinstance(value, date):
        return value, None
    if isinstance(value, bool):
        raise Unreadable(Text("'{value}' không phải là ngày", value=value))
    if isinstance(value, int | float):
        return serial(value), None
    shown = text(value)
    if not shown:
        raise Unreadable(Text("chưa có ngày"))
    f = fold(shown).replace(",", " ").strip()
    f = re.sub(r"\s+", " ", f)
    if f.isdigit() and len(f) == 5:
        return serial(int(f)), None
    m = _ISO.match(f)
    if m:
        day = _make(int(m[1]), int(m[2]), int(m[3]), shown)
        return day, _clock(m[4], m[5], shown)
    m = _DMY.match(f)
    if m:
        day = _make(_year(int(m[3])), int(m[2]), int(m[1]), shown)
        return day, _clock(m[4], m[5], shown)
    m = _WORDS.match(f)
    if m:
        day = _make(int(m[5]), int(m[4]), int(m[3]), shown)
        return day, _clock(m[1], m[2], shown)
    raise Unreadable(Text("không đọc được ngày '{shown}' (ví dụ dạng đúng: 05/03/2026, 2026-03-05, ngày 5 tháng 3 năm 2026)", shown=shown))


def day(value: Any) -> date:
    return moment(value)[0]


def _clock(h: str | None, m: str | None, shown: str) -> time | None:
    if h is None:
        return None
    hour, minute = int(h), int(m or 0)
    if hour > 23 or minute > 59:
        raise Unreadable(Text("giờ trong '{shown}' không hợp lệ", shown=shown))
    return time(hour, minute)


def clock(value: Any) -> time | None:
    """A time-of-day cell: a time, a fraction of a day, or '8:30', '8h30', '14 giờ 05'."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.time()
    if isinstance(value, time):
        return value
    if isinstance(value, float) and 0 <= value < 1:
        minutes = round(value * 24 * 60)
        return time(minutes // 60 % 24, minutes % 60)
    shown = text(value)
    f = fold(shown).replace("gio", "h").replace(" ", "")
    m = _TIME.match(f)
    if not m:
        raise Unreadable(Text("không đọc được giờ '{shown}' (ví dụ: 08:30)", shown=shown))
    return _clock(m[1], m[2], shown)


def serial(n: float) -> date:
    """An Excel serial day number (1 = 01/01/1900)."""
    if not 1 <= n < 2958466:
        raise Unreadable(Text("số {n} không phải là ngày", n=n))
    return EXCEL_EPOCH + timedelta(days=int(n))


def cccd(value: Any) -> str:
    """A CCCD/CMND cell: digits kept; a number cell that lost its leading zeros is padded."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        digits = str(value)
        return digits.zfill(12) if 9 < len(digits) < 12 else digits
    return "".join(ch for ch in text(value) if ch not in " .-'\t")


def integer(value: Any) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, int | float) and not isinstance(value, bool) and float(value).is_integer():
        return int(value)
    shown = text(value)
    digits = re.sub(r"[^\d]", "", shown)
    if digits and re.fullmatch(r"\d+(\s*(nguoi|ng))?", fold(shown)):
        return int(digits)
    raise Unreadable(Text("'{shown}' không phải là số nguyên", shown=shown))


# ----------------------------------------------------------------------------- code words

# Folded words → code. Longer phrases are tried first, so "kien nghi, phan anh" wins over "kn".
VISIT_CATEGORIES: dict[str, str] = {
    "khieu nai": "KN", "kn": "KN", "to cao": "TC", "tc": "TC",
    "kien nghi phan anh": "KNPA", "kien nghi": "KNPA", "phan anh": "KNPA", "knpa": "KNPA",
    "kn pa": "KNPA", "kien nghi phan anh kien nghi": "KNPA", "de nghi": "KNPA",
    "khac": "OTHER", "other": "OTHER", "hoi chinh sach": "OTHER", "hoi": "OTHER",
    "tu van": "OTHER", "hoi dap": "OTHER",
}
PETITION_TYPES: dict[str, str] = {
    "khieu nai": "KN", "kn": "KN", "to cao": "TC", "tc": "TC",
    "kien nghi phan anh": "KNPA", "kien nghi": "KNPA", "phan anh": "KNPA", "knpa": "KNPA",
    "kn pa": "KNPA", "de nghi": "KNPA", "nhieu noi dung": "MULTI", "multi": "MULTI",
    "hon hop": "MULTI",
}
RECEPTION_TYPES = {"thuong xuyen": "regular", "regular": "regular", "dinh ky": "scheduled",
                   "scheduled": "scheduled", "dot xuat": "adhoc", "adhoc": "adhoc"}
OUTCOMES = {
    "tra loi": "answered", "giai thich": "answered", "answered": "answered",
    "huong dan": "guided", "guided": "guided", "tra lai don": "guided",
    "chuyen don": "transferred", "chuyen": "transferred", "transferred": "transferred",
    "nhan don": "petition_received", "tiep nhan don": "petition_received",
    "tiep nhan": "petition_received", "thu ly": "petition_received",
    "petition_received": "petition_received", "hen": "appointment", "hen gap": "appointment",
    "appointment": "appointment", "tu choi": "refused", "refused": "refused",
}
GENDERS = {"nam": "male", "male": "male", "m": "male", "nu": "female", "female": "female",
           "f": "female"}
CATEGORY_HELP = Text("Khiếu nại (KN), Tố cáo (TC), Kiến nghị, phản ánh (KNPA) hoặc Khác")
TYPE_HELP = Text("Khiếu nại (KN), Tố cáo (TC), Kiến nghị, phản ánh (KNPA) hoặc Nhiều nội dung")


def _key(value: Any) -> str:
    return re.sub(r"[^0-9a-z]+", " ", fold(text(value))).strip()


def code(value: Any, words: dict[str, str], what: str, help_text: str) -> str:
    """A code from its word ('Khiếu nại', 'KN', 'khieu nai'…), else Unreadable."""
    key = _key(value)
    if not key:
        raise Unreadable(Text("ô trống"))
    if key in words:
        return words[key]
    for word in sorted(words, key=len, reverse=True):
        if len(word) > 3 and re.search(rf"\b{re.escape(word)}\b", key):
            return words[word]
    raise Unreadable(Text("'{value}' không rõ là {what} nào; dùng {help_text}", value=text(value), what=what, help_text=help_text))


def optional_code(value: Any, words: dict[str, str], default: str) -> str | None:
    """A code, the default for an empty cell, None when not understood."""
    key = _key(value)
    if not key:
        return default
    if key in words:
        return words[key]
    for word in sorted(words, key=len, reverse=True):
        if len(word) > 2 and re.search(rf"\b{re.escape(word)}\b", key):
            return words[word]
    return None
