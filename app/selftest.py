"""`tiepdan --self-test`: the whole chain on throw-away stores, run in the built app too.

Everything happens under one temporary folder (a ward store, an upstream store, the batch and
its receipt), removed at the end; nothing is written anywhere else (the caller sets up no log
file for it). Each step prints one Vietnamese line, [ĐẠT] or [LỖI] with the reason; a step whose
prerequisite failed is reported [BỎ QUA]. Exit status 0 only when every step passed.
"""

from __future__ import annotations

import io
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from app.clock import VN_TZ

if TYPE_CHECKING:
    from app.services.visits import PersonInput
    from app.storage.store import Store

OFFICE_CODE = "SELFTEST"
UPSTREAM_CODE = "SELFTEST-UP"
CITIZEN = "Nguyễn Văn Đức"
ADDRESS = "Số 1 phố Láng, phường Láng"


@dataclass
class Context:
    root: Path
    stores: dict[str, Store] = field(default_factory=dict)
    ids: dict[str, uuid.UUID] = field(default_factory=dict)

    @property
    def ward(self) -> Store:
        return self.stores["ward"]


@dataclass(frozen=True)
class Step:
    key: str
    label: str  # Vietnamese: what is checked
    run: Callable[[Context], str]  # returns a short detail for the report ("" for none)
    needs: tuple[str, ...] = ()


def _person() -> PersonInput:
    from app.services.visits import PersonInput

    return PersonInput(full_name=CITIZEN, address=ADDRESS)


# ----------------------------------------------------------------------------- the steps


def _migrate(ctx: Context) -> str:
    from app.storage.schema_version import KNOWN_REVISIONS
    from app.storage.store import open_store

    ctx.stores["ward"] = open_store(ctx.root / "ward")
    return f"lược đồ {KNOWN_REVISIONS[-1]}"


def _init(ctx: Context) -> str:
    from app.services import office

    office.init_office(ctx.ward, OFFICE_CODE, "UBND phường Kiểm Thử")
    office.add_officer(ctx.ward, "Trần Thị Lan", "Công chức tiếp công dân")
    office.add_officer(ctx.ward, "Lê Văn Hùng", "Chủ tịch UBND phường", is_head=True)
    return ""


def _visit(ctx: Context) -> str:
    from app.services import visits

    rec = visits.log_visit(ctx.ward, visits.VisitInput(
        visited_at=datetime.now(VN_TZ) - timedelta(minutes=1), reception_type="regular",
        persons=[_person()], content="Kiểm tra ghi sổ tiếp công dân",
        category="KNPA"))
    ctx.ids["visit"] = rec.id
    return f"số {rec.number}"


def _search(ctx: Context) -> str:
    from app.services import search

    hits = search.search(ctx.ward, "nguyen van duc")
    assert any(h.kind == "citizen" for h in hits), "không tìm thấy công dân vừa ghi"
    return ""


def _petition(ctx: Context) -> str:
    from app.services import petitions

    rec = petitions.register(ctx.ward, petitions.PetitionInput(
        received_date=datetime.now(VN_TZ).date(), content="Kiểm tra vào sổ đơn",
        content_type="KNPA", senders=[_person()]))
    assert rec.deadlines, "đơn không có thời hạn"
    ctx.ids["petition"] = rec.id
    return f"số {rec.number}"


def _deadline(ctx: Context) -> str:
    from app.services import calendar

    # Tết 2026 from the shipped calendar (resources/calendar): 10 working days from Friday
    # 13 February end on Friday 6 March, not on 27 February.
    due = calendar.deadline(ctx.ward, "reception-notice", date(2026, 2, 13))
    assert due.due == date(2026, 3, 6), f"hạn tính sai: {due.due} (thiếu lịch nghỉ Tết?)"
    return "13/02/2026 + 10 ngày làm việc = 06/03/2026"


def _receipt(ctx: Context) -> str:
    from app.services import printing, reference

    done = printing.render_form(ctx.ward, "receipt", ctx.ids["visit"], log=False)
    assert b"/FontFile2" in done.pdf, "PDF thiếu phông chữ nhúng"
    assert reference.verify_reference(ctx.ward, done.reference).genuine, (
        "mã tra cứu không kiểm tra được")
    return f"mã tra cứu {done.reference}"


def pdf_text(pdf: bytes) -> str:
    import unicodedata

    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    return unicodedata.normalize("NFC", " ".join(text.split()))


def _every_form(ctx: Context) -> str:
    """Every row of the form table (app.law.forms.FORMS, variants included) through its body."""
    from app.law.forms import FORMS
    from app.printing.data import FormJob, Matter, OfficeFacts, Person, Step
    from app.printing.forms import BODIES, compose
    from app.printing.kit import PAPERS, upper

    today = datetime.now(VN_TZ).date()
    office = OfficeFacts(OFFICE_CODE, "UBND phường Kiểm Thử", "Hà Nội", "Lê Văn Hùng")
    step = Step(today, "01/TB-UBND", today, "Thanh tra thành phố Hà Nội",
                ("Đã hết thời hiệu",), "Kiểm tra", "Trần Thị Lan")
    missing: list[str] = []
    for rule in FORMS:
        matter = Matter(
            kind=rule.kinds[0], number=f"0001/{today.year}", category=rule.variant or "KN",
            category_label="Khiếu nại", received_on=today,
            received_at=datetime.now(VN_TZ), persons=(Person(CITIZEN, address=ADDRESS),),
            person_count=1, content="Kiểm tra in mẫu", officer_name="Trần Thị Lan", step=step)
        job = FormJob(rule=rule, office=office, on=today, paper=PAPERS["A4"],
                      copy_labels=rule.copies)
        body = BODIES.get(rule.form_id)
        if body is None:
            missing.append(f"{rule.form_id}: chưa có mẫu in")
            continue
        pdf, _pages = compose(job, matter, body)
        if upper(rule.title) not in pdf_text(pdf):
            missing.append(f"{rule.form_id}{'/' + rule.variant if rule.variant else ''}: "
                           f"không đọc lại được tiêu đề “{upper(rule.title)}”")
    assert not missing, "; ".join(missing)
    return f"{len(FORMS)} mẫu"


def _registers(ctx: Context) -> str:
    from app.law.forms import REGISTERS
    from app.printing.kit import upper
    from app.services import printing
    from app.services.common import Viewer

    renderers = {"logbook": printing.render_logbook,
                 "register": printing.render_petition_register}
    head = Viewer(is_head=True)
    today = datetime.now(VN_TZ).date()
    problems = []
    for rule in REGISTERS:
        render = renderers.get(rule.register_id)
        if render is None:
            problems.append(f"{rule.register_id}: tự kiểm tra chưa biết cách in sổ này")
            continue
        out = io.BytesIO()
        result = render(ctx.ward, today - timedelta(days=1), today, head, out, log=False)
        text = pdf_text(out.getvalue())
        if result.rows < 1 or upper(rule.title) not in text:
            problems.append(f"{rule.register_id}: {result.rows} dòng, thiếu tiêu đề")
    assert not problems, "; ".join(problems)
    return f"{len(REGISTERS)} sổ"


def _sync(ctx: Context) -> str:
    from app.services import office
    from app.storage.store import open_store
    from app.sync import inbox, keys, outbox

    up = ctx.stores["upstream"] = open_store(ctx.root / "upstream")
    office.init_office(up, UPSTREAM_CODE, "Ban Tiếp công dân (kiểm thử)")
    keys.init_keys(up, upstream=True)
    keys.export_public(up, ctx.root / "upstream-key.json")
    keys.init_keys(ctx.ward)
    keys.import_upstream(ctx.ward, ctx.root / "upstream-key.json")
    keys.export_public(ctx.ward, ctx.root / "ward-key.json")
    keys.enrol(up, ctx.root / "ward-key.json")
    sent = outbox.export(ctx.ward, ctx.root / "usb")
    assert sent.path is not None, "không có thay đổi nào để gửi"
    got = inbox.import_files(up, [sent.path], ctx.root / "receipts")
    assert got and got[0].status == "applied", got[0].line() if got else "không nhận được lô"
    assert got[0].receipt is not None, "cấp trên không ghi biên nhận"
    ack = outbox.apply_receipt(ctx.ward, got[0].receipt)
    assert ack.acked_through == sent.last_change, "biên nhận không khớp lô đã gửi"
    return f"lô {sent.batch_seq}: {got[0].applied} thay đổi, đã có biên nhận"


def _encrypted(ctx: Context) -> str:
    """SQLCipher in this build: encrypt a store, forget its key, open it with the password."""
    from app.paths import DB_FILENAME
    from app.services import encryption, office, users
    from app.storage import dbfile
    from app.storage.store import open_store

    folder, password = ctx.root / "secret", "Kiem-tra-ma-hoa-2026"
    store = open_store(folder)
    try:
        office.init_office(store, "SELFTEST-MH", "UBND phường Mã Hóa")
        users.add_user(store, "quantri", "Quản trị", "admin", password,
                       must_change_password=False)
        recovery = encryption.enable(store, "quantri", password).recovery_key
    finally:
        store.close()
    db = folder / DB_FILENAME
    dbfile.forget_key(db)
    assert not dbfile.is_plaintext(db), "tệp dữ liệu chưa được mã hóa"
    assert "Mã Hóa".encode() not in db.read_bytes(), "tên cơ quan đọc được trong tệp"
    encryption.unlock(folder, "quantri", password)
    store = open_store(folder)
    try:
        assert office.get_office(store).name == "UBND phường Mã Hóa", "không đọc lại được"
    finally:
        store.close()
    return f"mở lại bằng mật khẩu; mã khôi phục {len(recovery.split('-'))} nhóm"


def _audit(ctx: Context) -> str:
    from app.services import audit

    counts = []
    for name, store in ctx.stores.items():
        report = audit.verify(store)
        assert report.ok and report.count > 0, f"{name}: {report.message()}"
        counts.append(report.count)
    return f"{sum(counts)} mục, chuỗi băm khớp"


STEPS: tuple[Step, ...] = (
    Step("migrate", "Mở và nâng cấp kho dữ liệu tạm", _migrate),
    Step("init", "Khởi tạo cơ quan và cán bộ", _init, ("migrate",)),
    Step("visit", "Ghi một lượt tiếp", _visit, ("init",)),
    Step("search", "Tìm kiếm không dấu", _search, ("visit",)),
    Step("petition", "Vào sổ một đơn", _petition, ("init",)),
    Step("deadline", "Tính thời hạn qua Tết theo lịch kèm theo", _deadline, ("init",)),
    Step("receipt", "In giấy biên nhận có mã tra cứu (phông chữ nhúng)", _receipt, ("visit",)),
    Step("forms", "In mọi mẫu văn bản, đọc lại tiêu đề tiếng Việt", _every_form),
    Step("registers", "In các sổ theo dõi", _registers, ("visit", "petition")),
    Step("sync", "Niêm phong, gửi và mở một lô đồng bộ, áp dụng biên nhận", _sync,
         ("visit", "petition")),
    Step("encrypt", "Mã hóa kho dữ liệu (SQLCipher) và mở lại bằng mật khẩu", _encrypted),
    Step("audit", "Kiểm tra chuỗi nhật ký kiểm tra", _audit, ("migrate",)),
)


def _reason(exc: BaseException) -> str:
    from app.errors import TiepDanError

    if isinstance(exc, TiepDanError):
        return exc.message()
    text = str(exc).strip()
    return text if isinstance(exc, AssertionError) and text else f"{type(exc).__name__}: {text}"


def self_test(out: TextIO, steps: tuple[Step, ...] = STEPS) -> int:
    failed: list[str] = []
    with tempfile.TemporaryDirectory(prefix="tiepdan-selftest-") as tmp:
        ctx = Context(Path(tmp))
        try:
            for step in steps:
                blocked = [k for k in step.needs if k in failed]
                if blocked:
                    failed.append(step.key)
                    out.write(f"[BỎ QUA] {step.label}: bước trước bị lỗi\n")
                    continue
                try:
                    detail = step.run(ctx)
                except Exception as exc:
                    failed.append(step.key)
                    out.write(f"[LỖI]  {step.label}: {_reason(exc)}\n")
                else:
                    out.write(f"[ĐẠT]  {step.label}" + (f" ({detail})" if detail else "") + "\n")
                out.flush()
        finally:
            for store in ctx.stores.values():
                store.close()
    out.write("Tự kiểm tra: " + ("tất cả đều đạt.\n" if not failed
                                 else f"{len(failed)}/{len(steps)} bước không đạt.\n"))
    return 0 if not failed else 1
