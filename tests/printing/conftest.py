"""One ward store with a record for every form (built once per session, read by many tests)."""

from __future__ import annotations

import io
import unicodedata
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pypdf
import pytest

from app.services import office, petitions, visits
from app.services.common import Viewer
from app.services.petitions import DocumentInput, PetitionInput, StepInput
from app.storage.store import Store, open_store
from tests.helpers import CCCD_LAN, at, person, visit

TODAY = date(2026, 11, 20)
NOW = at(TODAY, 16, 30)
# Every tone mark (ngang, huyền, sắc, hỏi, ngã, nặng) and đ, upper and lower case.
NAME = "Đỗ Hoàng Thị Mỹ Hảo Yến Anh"
ADDRESS = "Số 12 ngõ Ước Lễ, phường Ô Chợ Dừa"
DENOUNCER = "Phạm Đức Quỳnh"
DENOUNCER_CCCD = "001090054321"
DENOUNCER_ADDRESS = "Số 9 ngách 7 phố Huỳnh Thúc Kháng"
DENOUNCER_PHONE = "0987654321"
DENOUNCER_TRACES = (DENOUNCER, "Quỳnh", DENOUNCER_CCCD, DENOUNCER_ADDRESS, "Huỳnh Thúc Kháng",
                    DENOUNCER_PHONE)


@dataclass
class Ward:
    store: Store
    lan: Viewer  # CB01: received every record below
    binh: Viewer  # CB02: another desk officer (may not see the denouncer)
    head: Viewer  # CB03: the chairman
    visits: dict[str, uuid.UUID]
    petitions: dict[str, uuid.UUID]
    numbers: dict[str, str]


def _visit(store: Store, officer: uuid.UUID, **kw: object) -> uuid.UUID:
    persons = kw.pop("persons", None) or [person(NAME, cccd=CCCD_LAN, date_of_birth=date(1985, 3, 8),
                                                 gender="female", address=ADDRESS)]
    return visits.log_visit(store, visit(*persons, officer_id=officer, **kw), now=NOW).id  # type: ignore[arg-type]


def _step(store: Store, pid: uuid.UUID, officer: uuid.UUID, step: str, **kw: object) -> None:
    petitions.act(store, pid, StepInput(step=step, on_date=TODAY, officer_id=officer, **kw),  # type: ignore[arg-type]
                  today=TODAY)


def build_ward(data_dir: Path) -> Ward:
    store = open_store(data_dir)
    office.init_office(store, "00163", "UBND phường Láng", "Ban Tiếp công dân thành phố Hà Nội")
    lan = office.add_officer(store, "Nguyễn Thị Lan", "Công chức tiếp công dân")
    binh = office.add_officer(store, "Trần Văn Bình", "Công chức tư pháp - hộ tịch")
    head = office.add_officer(store, "Lê Văn Hùng", "Chủ tịch UBND phường", is_head=True)
    denouncer = person(DENOUNCER, cccd=DENOUNCER_CCCD, date_of_birth=date(1990, 6, 1),
                       gender="male", address=DENOUNCER_ADDRESS, phone=DENOUNCER_PHONE)
    v = {
        "kn": _visit(store, lan.id, category="KN", outcome="petition_received",
                     content="Khiếu nại quyết định thu hồi đất của UBND phường",
                     requests="Hủy quyết định thu hồi đất",
                     prior_handling="UBND quận Đống Đa đã trả lời năm 2024"),
        "tc": _visit(store, lan.id, persons=[denouncer], category="TC", outcome="guided",
                     content="Tố cáo cán bộ địa chính nhận tiền", outcome_note="Thanh tra thành phố Hà Nội"),
        "knpa": _visit(store, lan.id, category="KNPA", outcome="transferred",
                       content="Phản ánh tiếng ồn karaoke ban đêm", outcome_note="Công an phường Láng"),
        "appointment": _visit(store, lan.id, category="KN", outcome="appointment",
                              content="Đề nghị gặp Chủ tịch về bồi thường",
                              follow_up="08 giờ 00 ngày 25/11/2026"),
        "refused": _visit(store, lan.id, category="KN", outcome="refused",
                          content="Khiếu nại việc đã giải quyết đúng",
                          outcome_note="Vụ việc đã được giải quyết đúng chính sách, đã trả lời bằng văn bản"),
    }

    def register(kind: str, senders: list[object], **kw: object) -> uuid.UUID:
        return petitions.register(store, PetitionInput(  # type: ignore[arg-type]
            received_date=TODAY, content_type=kind, senders=senders, officer_id=lan.id, **kw),
            today=TODAY).id

    me = person(NAME, cccd=CCCD_LAN, date_of_birth=date(1985, 3, 8), gender="female", address=ADDRESS)
    p = {
        "kn": register("KN", [me], content="Khiếu nại việc cấp giấy chứng nhận quyền sử dụng đất",
                       respondent="Chủ tịch UBND phường Láng",
                       documents=[DocumentInput("Đơn khiếu nại", "original", 2),
                                  DocumentInput("Quyết định số 15/QĐ-UBND", "certified_copy", 3),
                                  DocumentInput("Sổ hộ khẩu", "copy", 4)]),
        "tc": register("TC", [denouncer], content="Tố cáo ông Trần Văn Xuân nhận tiền của dân",
                       respondent="Ông Trần Văn Xuân",
                       documents=[DocumentInput("Đơn tố cáo", "original", 2)]),
        "knpa": register("KNPA", [me], content="Phản ánh đèn đường hỏng ở ngõ Ước Lễ"),
        "rejected": register("KN", [me], content="Khiếu nại lần hai về tiền bồi thường"),
        "guided": register("KN", [me], content="Khiếu nại quyết định của Sở Tài nguyên"),
    }
    _step(store, p["kn"], lan.id, "classify", content_type="KN", processable=True, competent=True)
    _step(store, p["kn"], lan.id, "propose")
    _step(store, p["kn"], head.id, "accept", doc_number="15/TB-UBND", doc_date=TODAY)
    _step(store, p["tc"], lan.id, "classify", content_type="TC", processable=True, competent=False)
    _step(store, p["tc"], head.id, "transfer", doc_number="12/PC-UBND",
          recipient="Thanh tra thành phố Hà Nội")
    _step(store, p["knpa"], lan.id, "classify", content_type="KNPA", processable=True, competent=False)
    _step(store, p["knpa"], head.id, "transfer", doc_number="13/PC-UBND",
          recipient="Công ty Chiếu sáng Hà Nội")
    _step(store, p["rejected"], lan.id, "classify", content_type="KN", processable=True, competent=True)
    _step(store, p["rejected"], lan.id, "propose")
    _step(store, p["rejected"], head.id, "reject", reasons=["Đã hết thời hiệu khiếu nại"])
    _step(store, p["guided"], lan.id, "classify", content_type="KN", processable=True, competent=False)
    _step(store, p["guided"], lan.id, "guide", recipient="Giám đốc Sở Nông nghiệp và Môi trường")
    numbers = {f"v-{k}": visits.get_visit(store, i).number for k, i in v.items()}
    numbers |= {f"p-{k}": petitions.get(store, i, today=TODAY).number for k, i in p.items()}
    return Ward(store, Viewer(lan.id), Viewer(binh.id), Viewer(head.id, is_head=True), v, p,
                numbers)


@pytest.fixture(scope="session")
def ward(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Ward]:
    w = build_ward(tmp_path_factory.mktemp("ward"))
    yield w
    w.store.close()


def pdf_text(pdf: bytes) -> list[str]:
    """The text of each page, as a reader's copy-paste gets it."""
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def flat(text: str) -> str:
    """Text with line breaks turned to spaces (a value may wrap)."""
    return " ".join(text.split())


def is_nfc(text: str) -> bool:
    return unicodedata.is_normalized("NFC", text)
