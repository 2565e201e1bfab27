"""The enrolment data of an office key (SYNC.md "Keys"): what the printed sheet shows and its QR
code carries, and the reading of it back at the upstream (`keys enrol`).

The QR text is ASCII (TECH-NOTES §5.3), one line of fields separated by '|':
    TIEPDAN-KEY/1|<office code>|<installation id>|<public key hex>|<age recipient>|<name, %-quoted>
The fingerprint is not in it: the upstream computes it from the key and the officer compares it
with the one printed on the sheet (a key altered in transit would not match).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, unquote

from app.sync import keys
from app.text import Text

QR_PREFIX = "TIEPDAN-KEY/1"


@dataclass(frozen=True)
class Enrolment:
    office_code: str
    office_name: str
    installation_id: str
    key_id: str
    fingerprint: str
    public_key: str  # hex
    age_recipient: str
    upstream_name: str

    def document(self) -> dict[str, Any]:
        """The public-key file (`keys export-public`) with the same data."""
        return {"format": keys.OFFICE_KEY_FORMAT, "office_code": self.office_code,
                "office_name": self.office_name, "installation_id": self.installation_id,
                "public_key": self.public_key, "key_id": self.key_id,
                "age_recipient": self.age_recipient}


def enrolment(store: Any) -> Enrolment:
    from app.services.common import local_office

    key = keys.signing_key(store)
    raw = keys.raw_public(key.public_key())
    code, name, installation, _mode = keys._office(store)
    with store.read() as uow:
        upstream = local_office(uow.session).upstream_name or ""
    return Enrolment(code, name, installation, keys.key_id(raw), keys.fingerprint(raw), raw.hex(),
                     str(keys.office_age_identity(store).to_public()), upstream)


def qr_payload(e: Enrolment) -> str:
    return "|".join((QR_PREFIX, quote(e.office_code, safe=""), e.installation_id, e.public_key,
                     e.age_recipient, quote(e.office_name, safe="")))


def parse(text: str) -> dict[str, Any]:
    """A key file's JSON, or the QR text of an enrolment sheet → the key document.
    ValueError (Vietnamese) when it is neither."""
    text = text.strip().lstrip("\ufeff")
    if text.startswith(QR_PREFIX):
        parts = text.split("|")
        if len(parts) != 6:
            raise ValueError(Text("mã QR của phiếu đăng ký không đủ trường (quét lại hoặc gõ lại)"))
        _, code, installation, public, recipient, name = parts
        try:
            raw = bytes.fromhex(public)
        except ValueError as exc:
            raise ValueError(Text("khóa công khai trong mã QR không đúng dạng")) from exc
        if len(raw) != 32:
            raise ValueError(Text("khóa công khai trong mã QR sai độ dài"))
        return {"format": keys.OFFICE_KEY_FORMAT, "office_code": unquote(code),
                "office_name": unquote(name), "installation_id": installation,
                "public_key": public, "key_id": keys.key_id(raw), "age_recipient": recipient}
    try:
        doc = json.loads(text)
    except ValueError as exc:
        raise ValueError(Text("không phải tệp khóa hay nội dung mã QR của phiếu đăng ký")) from exc
    if not isinstance(doc, dict):
        raise ValueError(Text("không phải tệp khóa của cơ quan"))
    return doc
