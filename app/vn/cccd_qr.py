"""Parser for the QR code on the back of a chip CCCD (LAW.md §12).

Layout seen on cards: `cccd|old id|full name|ddMMyyyy birth|Nam/Nữ|address|ddMMyyyy issued`,
with the old ID possibly empty, sometimes absent (6 fields), sometimes extra trailing fields.
A keyboard-wedge scanner types it into whatever field has focus, so parsing is defensive and the
officer confirms the result before anything is saved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from app.vn.cccd import Gender, parse_cccd
from app.vn.text import clean, fold

_DIGITS12 = re.compile(r"^\d{12}$")
_OLD_ID = re.compile(r"^(\d{9}|\d{12})?$")
_DATE8 = re.compile(r"^\d{8}$")


@dataclass(frozen=True, slots=True)
class CccdQr:
    cccd: str
    old_id: str | None
    full_name: str
    date_of_birth: date | None
    gender: Gender | None
    address: str
    issued_on: date | None
    extra: tuple[str, ...] = ()


def looks_like_qr(text: str) -> bool:
    """True if typed text is a QR payload rather than a bare number (cheap test for the UI)."""
    return text.count("|") >= 5 and bool(_DIGITS12.match(text.split("|", 1)[0].strip()))


def _ddmmyyyy(value: str) -> date | None:
    if not _DATE8.match(value):
        return None
    try:
        return date(int(value[4:]), int(value[2:4]), int(value[:2]))
    except ValueError:
        return None


def _gender(value: str) -> Gender | None:
    folded = fold(value)
    if folded in ("nam", "male", "m"):
        return Gender.MALE
    if folded in ("nu", "female", "f"):
        return Gender.FEMALE
    return None


def _title_case(name: str) -> str:
    """Cards print names in capitals; the logbook writes them as names ("NGUYỄN" → "Nguyễn")."""
    return " ".join(part[:1].upper() + part[1:].lower() for part in name.split(" "))


def parse_cccd_qr(payload: str) -> CccdQr | None:
    """Parse a scanned payload; None when it is not a CCCD QR layout we know."""
    text = clean(payload.replace("\r", " ").replace("\n", " "))
    fields = [f.strip() for f in text.split("|")]
    if len(fields) < 6 or not _DIGITS12.match(fields[0]) or parse_cccd(fields[0]) is None:
        return None
    if len(fields) == 6:
        # No old-ID column at all: cccd|name|dob|gender|address|issued
        fields.insert(1, "")
    cccd, old_id, name, dob, gender, address, issued, *extra = fields
    if not _OLD_ID.match(old_id) or not name:
        return None
    birth = _ddmmyyyy(dob)
    if birth is None and dob:
        return None
    return CccdQr(
        cccd=cccd,
        old_id=old_id or None,
        full_name=_title_case(name) if name.isupper() else name,
        date_of_birth=birth,
        gender=_gender(gender),
        address=address,
        issued_on=_ddmmyyyy(issued),
        extra=tuple(extra),
    )
