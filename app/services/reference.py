"""Reference codes on printed slips: office code, record number and a short verification code.

`00163-L0007/2026-K7QX2MPA` = office 00163, visit (L = lượt tiếp; D = đơn) number 0007/2026, and
8 base32 characters of HMAC-SHA256 over "office|kind|number" under the office's print secret.
Anyone at the office can tell a forged slip from a genuine one (`verify_reference`), offline,
without the slip carrying any personal data.

The secret is 32 random bytes made on first use and kept in the store's meta table. It is a
stop-gap: the office's proper signing keys (Ed25519, enrolled with the upstream office) come
with the sync issue, and then slips can be verified upstream too; codes printed before keep
verifying against this secret.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from typing import Final

from sqlalchemy import select

from app.errors import InputError
from app.models import Petition, Visit
from app.printing.kit import Reference
from app.services.common import local_office, meta_get, meta_set
from app.storage.store import Store

META_PRINT_SECRET: Final = "print_secret"
KIND_LETTER: Final[dict[str, str]] = {"visit": "L", "petition": "D"}
LETTER_KIND: Final[dict[str, str]] = {v: k for k, v in KIND_LETTER.items()}
KIND_LABEL: Final[dict[str, str]] = {"visit": "lượt tiếp", "petition": "đơn"}
_PATTERN: Final = re.compile(
    r"^(?P<office>[A-Za-z0-9._-]{1,32})-(?P<kind>[LD])(?P<seq>\d{1,6})/(?P<year>\d{4})"
    r"-(?P<code>[A-Z2-7]{8})$")


@dataclass(frozen=True, slots=True)
class Verification:
    genuine: bool
    office_code: str
    kind: str  # visit | petition
    number: str  # "0007/2026"
    record_found: bool
    message: str  # Vietnamese, for people


def code_for(secret: bytes, office_code: str, kind: str, number: str) -> str:
    """The 8-character verification code (40 bits of HMAC-SHA256, base32)."""
    mac = hmac.new(secret, f"{office_code}|{kind}|{number}".encode(), hashlib.sha256).digest()
    return base64.b32encode(mac[:5]).decode("ascii")


def reference_text(office_code: str, kind: str, number: str, code: str) -> str:
    return f"{office_code}-{KIND_LETTER[kind]}{number}-{code}"


def _secret(store: Store) -> bytes:
    with store.read() as uow:
        value = meta_get(uow.session, META_PRINT_SECRET)
    if value is None:
        with store.write() as uow:  # BEGIN IMMEDIATE: two first prints cannot make two secrets
            value = meta_get(uow.session, META_PRINT_SECRET)
            if value is None:
                value = secrets.token_hex(32)
                meta_set(uow.session, META_PRINT_SECRET, value)
                # The secret itself never goes into the log.
                uow.audit("settings.print_secret", "settings", META_PRINT_SECRET,
                          "Tạo khóa bí mật của mã tra cứu trên phiếu in")
                uow.commit()
    return bytes.fromhex(value)


def reference_for(store: Store, office_code: str, kind: str, number: str) -> Reference:
    """The reference printed on a slip for a visit or a petition."""
    code = code_for(_secret(store), office_code, kind, number)
    text = reference_text(office_code, kind, number, code)
    return Reference(text=text, payload=f"TIEPDAN:{text}")


def parse(text: str) -> tuple[str, str, str, str]:
    """(office code, kind, number, code) of a reference as typed or scanned, or InputError."""
    raw = text.strip()
    if raw.upper().startswith("TIEPDAN:"):
        raw = raw[len("TIEPDAN:"):]
    raw = re.sub(r"\s+", "", raw).upper()  # office codes compare without case
    head, _, code = raw.rpartition("-")
    m = _PATTERN.match(f"{head}-{code}") if head else None
    if m is None:
        raise InputError("print_bad_reference", text=text.strip()[:80])
    kind = LETTER_KIND[m["kind"]]
    number = f"{int(m['seq']):04d}/{m['year']}"
    return m["office"], kind, number, m["code"]


def verify_reference(store: Store, text: str) -> Verification:
    """Is this reference genuine, i.e. made by this office's print secret, for a stored record?"""
    office_code, kind, number, code = parse(text)
    with store.read() as uow:
        office = local_office(uow.session)
        local_code, local_name = office.code, office.name
        ours = local_code.lower() == office_code.lower()
        seq, year = (int(n) for n in number.split("/"))
        model = Visit if kind == "visit" else Petition
        found = uow.session.scalars(select(model.id).where(
            model.office_id == office.id, model.seq == seq, model.year == year,
            model.deleted_at.is_(None))).first() is not None
        has_secret = meta_get(uow.session, META_PRINT_SECRET) is not None
    label = KIND_LABEL[kind]
    if not ours:
        return Verification(False, office_code, kind, number, False,
                            f"Mã không do cơ quan này cấp (mã cơ quan {office_code}, "
                            f"cơ quan này là {local_code}): không kiểm tra được.")
    expected = code_for(_secret(store), local_code, kind, number) if has_secret else None
    if expected is None or not hmac.compare_digest(expected, code):
        return Verification(False, local_code, kind, number, found,
                            f"Mã KHÔNG hợp lệ: mã kiểm tra không khớp với {label} số {number}. "
                            "Giấy tờ có thể bị làm giả hoặc ghi sai mã.")
    if not found:
        return Verification(False, local_code, kind, number, False,
                            f"Mã kiểm tra đúng nhưng không còn {label} số {number} trong sổ.")
    return Verification(True, local_code, kind, number, True,
                        f"Mã hợp lệ: {label} số {number} của {local_name}.")
