"""Denouncer protection (LAW.md §11): prints for anyone but the denouncer's file show no trace."""

from __future__ import annotations

import io
from datetime import date

import pypdf
import pytest

from app.services import printing, visits
from app.services.common import ANONYMOUS, Viewer
from tests.printing.conftest import DENOUNCER_TRACES, NAME, TODAY, Ward, flat, pdf_text

TC_FORMS = [("guidance-tc", "visit", "tc"), ("receipt", "visit", "tc"),
            ("oral-record", "visit", "tc"), ("receipt", "petition", "tc"),
            ("transfer-tc", "petition", "tc"), ("transfer-tc-redacted", "petition", "tc")]


def no_trace(pdf: bytes) -> None:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    text = flat("\n".join(pdf_text(pdf)))
    meta = " ".join(str(v) for v in (reader.metadata or {}).values())
    for trace in DENOUNCER_TRACES:
        assert trace not in text, trace
        assert trace not in meta, trace
    assert "Người tố cáo (bảo mật) #" in text or "giữ bí mật" in text
    assert "Bản in đã che danh tính người tố cáo" in text


@pytest.mark.parametrize("who", ["binh", "anonymous"])
@pytest.mark.parametrize(("form", "kind", "key"), TC_FORMS)
def test_masked_for_other_officers(ward: Ward, who: str, form: str, kind: str, key: str) -> None:
    viewer: Viewer = ward.binh if who == "binh" else ANONYMOUS
    rid = (ward.visits if kind == "visit" else ward.petitions)[key]
    done = printing.render_form(ward.store, form, rid, viewer, log=False, today=TODAY)
    assert done.masked
    no_trace(done.pdf)


def test_redacted_transfer_even_for_the_handler(ward: Ward) -> None:
    full = printing.render_form(ward.store, "transfer-tc", ward.petitions["tc"], ward.lan,
                                log=False, today=TODAY)
    assert not full.masked and DENOUNCER_TRACES[0] in flat(pdf_text(full.pdf)[0])
    redacted = printing.render_form(ward.store, "transfer-tc-redacted", ward.petitions["tc"],
                                    ward.lan, log=False, today=TODAY)
    assert redacted.masked
    no_trace(redacted.pdf)
    assert "Thanh tra thành phố Hà Nội" in flat(pdf_text(redacted.pdf)[0])


def test_head_sees_the_denouncer(ward: Ward) -> None:
    done = printing.render_form(ward.store, "receipt", ward.visits["tc"], ward.head, log=False)
    assert not done.masked
    text = flat("\n".join(pdf_text(done.pdf)))
    assert all(t in text for t in DENOUNCER_TRACES)


def test_registers_mask_denouncers(ward: Ward) -> None:
    period = (date(2026, 1, 1), date(2026, 12, 31))
    for render in (printing.render_logbook, printing.render_petition_register):
        for viewer in (ward.binh, ANONYMOUS):
            buf = io.BytesIO()
            render(ward.store, *period, viewer, buf, log=False, today=TODAY)
            text = flat("\n".join(pdf_text(buf.getvalue())))
            assert NAME in text  # other petitioners are printed in full
            for trace in DENOUNCER_TRACES:
                assert trace not in text, (render.__name__, trace)
            assert "Người tố cáo (bảo mật) #" in text
            assert "Bản in đã che danh tính người tố cáo" in text
        buf = io.BytesIO()
        render(ward.store, *period, ward.head, buf, log=False, today=TODAY)
        assert DENOUNCER_TRACES[0] in flat("\n".join(pdf_text(buf.getvalue())))


def test_the_record_itself_was_masked_before_printing(ward: Ward) -> None:
    v = visits.get_visit(ward.store, ward.visits["tc"], ward.binh)
    assert v.identity_hidden and v.persons[0].cccd is None
