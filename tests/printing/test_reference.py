"""Reference codes: printed as text and QR, verified with the office's secret."""

from __future__ import annotations

import pypdfium2
import pytest
import zxingcpp

from app.errors import InputError
from app.services import printing
from app.services.reference import code_for, parse, reference_text, verify_reference
from tests.printing.conftest import TODAY, Ward


def qr_codes(pdf: bytes, page: int = 0) -> list[str]:
    doc = pypdfium2.PdfDocument(pdf)
    try:
        image = doc[page].render(scale=3).to_pil()
    finally:
        doc.close()
    return [r.text for r in zxingcpp.read_barcodes(image)]


@pytest.mark.parametrize("paper", ["A4", "A5"])
def test_qr_decodes_to_the_reference(ward: Ward, paper: str) -> None:
    done = printing.render_form(ward.store, "receipt", ward.petitions["tc"], ward.lan,
                                paper=paper, log=False, today=TODAY)
    assert qr_codes(done.pdf) == [f"TIEPDAN:{done.reference}"]
    assert qr_codes(done.pdf, 2) == [f"TIEPDAN:{done.reference}"]  # every copy
    assert done.reference.startswith(f"00163-D{done.number}-")


def test_verify(ward: Ward) -> None:
    done = printing.render_form(ward.store, "receipt", ward.visits["kn"], ward.lan, log=False)
    good = verify_reference(ward.store, done.reference)
    assert good.genuine and good.kind == "visit" and good.number == done.number
    assert "Mã hợp lệ" in good.message
    # As scanned from the QR code, or typed with spaces and in lower case.
    assert verify_reference(ward.store, f"TIEPDAN:{done.reference}").genuine
    assert verify_reference(ward.store, " " + done.reference.lower().replace("-", " -") + " ").genuine
    office, kind, number, code = parse(done.reference)
    forged = reference_text(office, kind, number, "AAAAAAAA" if code != "AAAAAAAA" else "BBBBBBBB")
    bad = verify_reference(ward.store, forged)
    assert not bad.genuine and "KHÔNG hợp lệ" in bad.message
    # A genuine-looking code for another record does not carry over.
    other = reference_text(office, kind, "0099/2026", code)
    assert not verify_reference(ward.store, other).genuine
    # Made with another secret (another office, a forger's key).
    fake = reference_text("00163", kind, number, code_for(b"x" * 32, "00163", kind, number))
    assert not verify_reference(ward.store, fake).genuine
    elsewhere = verify_reference(ward.store, reference_text("00999", kind, number, code))
    assert not elsewhere.genuine and "00999" in elsewhere.message
    for text in ("", "abc", "00163-X0001/2026-AAAAAAAA", "00163-L0001/2026-AAAA"):
        with pytest.raises(InputError) as exc:
            verify_reference(ward.store, text)
        assert exc.value.code == "print_bad_reference"


def test_codes_are_stable_per_store(ward: Ward) -> None:
    a = printing.render_form(ward.store, "oral-record", ward.visits["kn"], ward.lan, log=False)
    b = printing.render_form(ward.store, "receipt", ward.visits["kn"], ward.lan, log=False)
    assert a.reference == b.reference  # one code per record, whatever the slip
