"""Bringing an office's old logbook or petition register in from XLSX or CSV (issue 7, item 5).

    sheet = open_file(path)                       # XLSX or CSV, merged cells filled
    mapping = suggest(store, "visits", sheet)     # remembered for these headers, else guessed
    preview = check(store, "visits", sheet, mapping)   # every row through the services
    result = run(store, "visits", sheet, mapping)      # all or nothing

Every row is parsed (dates in the forms offices use, category words, CCCD numbers) and then
goes through the services' own validation (`log_visit`, `register`, `act`) inside **one**
write transaction, each row in its own savepoint, so one pass lists every problem of every
row; `run` commits only when there is none, `check` always rolls back. Each imported row gets
a `visit.import` / `petition.import` audit entry (file, line) beside the service's own
`…create`, and the whole file one `import.file` entry. The mapping is remembered per header
signature (the folded header names) in the store's meta, in the import's transaction.

Petitions come in as an **opening balance**: their current state on the import day is
rebuilt by real procedure steps on the dates in the file ("Đã thụ lý" on D → classify,
propose and accept on D with the decision number), so deadlines run from the right days.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, Final, TypeVar, cast

from app.actor import SYSTEM, Actor
from app.clock import VN_TZ
from app.errors import InputError, TiepDanError, ValidationFailed
from app.law import crowd
from app.services.common import meta_get, meta_set
from app.services.excel_import import values as cells
from app.services.excel_import.read import Sheet, Unopenable, open_sheet
from app.services.excel_import.values import Unreadable
from app.storage.store import Store
from app.storage.uow import UnitOfWork
from app.text import Counted, Joined, Label, Sentence, Text, said
from app.vn.text import fold

__all__ = ["FIELDS", "KINDS", "Column", "ImportRefused", "ImportResult", "Preview", "RowReport",
           "Sheet", "check", "mapping_from_json", "open_file", "remembered", "run", "suggest"]

KINDS: Final = ("visits", "petitions")
DEFAULT_HOUR: Final = time(8, 0)  # a visit whose file gives only the day

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    label: Label  # Vietnamese; the wizard shows it in the interface language
    required: bool
    words: tuple[str, ...]  # folded header names that suggest it (the first ones count more)


_COMMON: Final = (
    Column("full_name", Label("Họ và tên"), False,
           ("ho ten", "ho va ten", "ho ten cong dan", "ho va ten cong dan", "ten cong dan",
            "nguoi den", "nguoi gui", "nguoi gui don", "ho ten nguoi gui", "cong dan", "ten")),
    Column("cccd", Label("Số CCCD/CMND"), False,
           ("cccd", "so cccd", "cmnd", "so cmnd", "cccd cmnd", "cmnd cccd", "can cuoc",
            "so can cuoc", "so dinh danh", "giay to tuy than", "so giay to")),
    Column("date_of_birth", Label("Ngày sinh"), False, ("ngay sinh", "nam sinh", "ngay thang nam sinh")),
    Column("gender", Label("Giới tính"), False, ("gioi tinh", "nam nu")),
    Column("address", Label("Địa chỉ"), False,
           ("dia chi", "noi cu tru", "noi o", "dia chi thuong tru", "thuong tru", "cho o")),
    Column("phone", Label("Điện thoại"), False, ("dien thoai", "so dien thoai", "sdt", "dt")),
    Column("field", Label("Lĩnh vực"), False, ("linh vuc",)),
    Column("officer", Label("Cán bộ"), False,
           ("can bo tiep", "nguoi tiep", "can bo", "can bo xu ly", "nguoi xu ly", "can bo thu ly")),
    Column("old_number", Label("Số thứ tự (sổ cũ)"), False,
           ("stt", "so thu tu", "so tt", "so", "so don", "so vao so", "tt")),
    Column("notes", Label("Ghi chú"), False, ("ghi chu",)),
)
FIELDS: Final[dict[str, tuple[Column, ...]]] = {
    "visits": (
        Column("visited_on", Label("Ngày tiếp"), True,
               ("ngay tiep", "ngay tiep cong dan", "thoi gian tiep", "ngay thang", "ngay",
                "thoi gian")),
        Column("visited_time", Label("Giờ tiếp"), False, ("gio tiep", "gio")),
        *_COMMON[:6],
        Column("content", Label("Nội dung"), True,
               ("noi dung", "noi dung vu viec", "tom tat noi dung", "noi dung tiep",
                "noi dung khieu nai to cao kien nghi phan anh")),
        Column("category", Label("Phân loại"), True,
               ("phan loai", "loai", "phan loai vu viec", "loai vu viec", "tinh chat", "loai viec")),
        Column("reception_type", Label("Hình thức tiếp"), False, ("hinh thuc tiep", "hinh thuc")),
        Column("person_count", Label("Số người"), False, ("so nguoi", "so luong nguoi", "so luong")),
        Column("outcome", Label("Kết quả tiếp"), False,
               ("ket qua", "huong xu ly", "ket qua tiep", "ket qua xu ly", "ket qua giai quyet")),
        *_COMMON[6:],
    ),
    "petitions": (
        Column("received_on", Label("Ngày nhận đơn"), True,
               ("ngay nhan", "ngay nhan don", "ngay tiep nhan", "ngay vao so", "ngay", "ngay thang")),
        *_COMMON[:6],
        Column("content", Label("Nội dung đơn"), True,
               ("noi dung", "noi dung don", "tom tat noi dung", "tom tat noi dung don", "trich yeu")),
        Column("content_type", Label("Loại đơn"), True,
               ("loai don", "phan loai", "loai", "phan loai don", "tinh chat")),
        Column("forwarder", Label("Nơi chuyển đơn đến"), False,
               ("noi chuyen", "noi chuyen den", "co quan chuyen", "don vi chuyen", "nguon don")),
        Column("state", Label("Tình trạng hiện nay"), False,
               ("tinh trang", "trang thai", "ket qua xu ly", "ket qua", "tinh hinh xu ly")),
        Column("state_on", Label("Ngày của tình trạng"), False,
               ("ngay xu ly", "ngay ket qua", "ngay cap nhat", "ngay tinh trang")),
        Column("accepted_on", Label("Ngày thụ lý"), False, ("ngay thu ly",)),
        Column("doc_number", Label("Số văn bản (QĐ thụ lý, giải quyết, chuyển)"), False,
               ("so van ban", "so qd", "so quyet dinh", "so qd thu ly", "van ban")),
        Column("recipient", Label("Cơ quan nhận (chuyển, hướng dẫn đến)"), False,
               ("noi nhan", "co quan nhan", "chuyen den", "huong dan den", "co quan co tham quyen")),
        *_COMMON[6:],
    ),
}
_SHORT_OK = {"cccd", "cmnd", "sdt", "stt", "dt", "tt", "so", "ten", "loai", "ngay", "gio"}


def _kind(kind: str) -> str:
    if kind not in KINDS:
        raise ImportRefused(Text("Không nhập được '{kind}': chọn visits (sổ tiếp) hoặc petitions (sổ đơn).", kind=kind))
    return kind


def columns(kind: str) -> tuple[Column, ...]:
    return FIELDS[_kind(kind)]


def _hkey(header: str) -> str:
    return re.sub(r"[^0-9a-z]+", " ", fold(header)).strip()


def _match(col: Column, header: str) -> float:
    h = _hkey(header)
    if not h:
        return 0.0
    best = 0.0
    for i, w in enumerate(col.words):
        bonus = (len(col.words) - i) / 1000
        if h == w:
            best = max(best, 3 + bonus)
        elif (" " in w or w in ("cccd", "cmnd")) and re.search(rf"(^|\s){re.escape(w)}(\s|$)", h):
            best = max(best, (2 if h.startswith(w) else 1) + len(w) / 100 + bonus)
    return best


def header_score(kind: str) -> Callable[[str], int]:
    cols = columns(kind)
    return lambda h: 1 if any(_match(c, h) >= 1 for c in cols) else 0


# ----------------------------------------------------------------------------- errors


class ImportRefused(InputError):
    """The file is refused (nothing was written); `preview` holds the problems, if read."""

    def __init__(self, text: Text, preview: Preview | None = None) -> None:
        super().__init__("import_refused", text=text)
        self.text = text
        self.preview = preview

    def message(self) -> Text:
        return self.text


# ----------------------------------------------------------------------------- mapping


def open_file(path: str | Path, kind: str = "visits", sheet: str | None = None) -> Sheet:
    try:
        return open_sheet(path, header_score(kind), sheet)
    except Unopenable as exc:
        raise ImportRefused(Text("Không đọc được tệp: {exc}.", exc=exc)) from None


def signature(headers: tuple[str, ...] | list[str]) -> str:
    folded = "|".join(_hkey(h) for h in headers)
    return hashlib.sha256(folded.encode()).hexdigest()[:16]


def _meta_key(kind: str, headers: tuple[str, ...]) -> str:
    return f"import_mapping.{kind}.{signature(headers)}"


def guess(kind: str, headers: tuple[str, ...]) -> dict[str, str]:
    """field key → header, from the folded header names (each header used once)."""
    scored = sorted(((_match(c, h), c.key, h) for c in columns(kind) for h in headers),
                    key=lambda x: -x[0])
    out: dict[str, str] = {}
    used: set[str] = set()
    for score, key, h in scored:
        if score >= 1 and key not in out and h not in used:
            out[key] = h
            used.add(h)
    return out


def remembered(store: Store, kind: str, headers: tuple[str, ...]) -> dict[str, str] | None:
    with store.read() as uow:
        raw = meta_get(uow.session, _meta_key(_kind(kind), headers))
    if not raw:
        return None
    found = json.loads(raw)
    return {k: v for k, v in found.items() if v in headers}


def suggest(store: Store, kind: str, sheet: Sheet) -> dict[str, str]:
    """The mapping remembered for these headers, else one guessed from their names."""
    return remembered(store, kind, sheet.headers) or guess(kind, sheet.headers)


def mapping_from_json(text: str, sheet: Sheet, kind: str) -> dict[str, str]:
    """A mapping given as JSON (inline or a file path): {"full_name": "Họ tên", …}; a value
    may also be a column letter (A, B…) or a 1-based column number."""
    raw = text.strip()
    if raw and not raw.startswith("{") and Path(raw).is_file():
        raw = Path(raw).read_text(encoding="utf-8-sig")
    try:
        given = json.loads(raw)
    except ValueError as exc:
        raise ImportRefused(Text("Bảng ghép cột (--mapping) không phải JSON hợp lệ: {exc}.", exc=exc)) from None
    if not isinstance(given, dict):
        raise ImportRefused(Text('Bảng ghép cột (--mapping) phải là một đối tượng JSON {{"trường": "tên cột"}}.'))
    keys = {c.key for c in columns(kind)}
    out: dict[str, str] = {}
    problems = []
    for k, v in given.items():
        if k not in keys:
            problems.append(Text("không có trường '{field}' (các trường: {fields})", field=k,
                                 fields=", ".join(sorted(keys))))
            continue
        if v in (None, ""):
            continue
        header = _header_for(str(v), sheet.headers)
        if header is None:
            problems.append(Text("trường '{field}': tệp không có cột '{column}'", field=k, column=v))
        else:
            out[k] = header
    if problems:
        raise ImportRefused(Text("Bảng ghép cột chưa đúng: {problems}.", problems=Joined(problems, "; ")))
    return out


def _header_for(v: str, headers: tuple[str, ...]) -> str | None:
    if v in headers:
        return v
    by_key = {_hkey(h): h for h in headers}
    if _hkey(v) in by_key:
        return by_key[_hkey(v)]
    if v.isdigit() and 1 <= int(v) <= len(headers):
        return headers[int(v) - 1]
    if re.fullmatch(r"[A-Za-z]{1,2}", v):
        n = 0
        for ch in v.upper():
            n = n * 26 + ord(ch) - 64
        if n <= len(headers):
            return headers[n - 1]
    return None


# ----------------------------------------------------------------------------- preview


@dataclass(slots=True)
class RowReport:
    line: int  # in the file
    shown: dict[str, str]  # field key → the cell as text
    problems: list[str] = field(default_factory=list)  # refuse the import
    warnings: list[str] = field(default_factory=list)  # imported anyway
    number: str = ""  # the number it got (or would get)


@dataclass(slots=True)
class Preview:
    kind: str
    file: str
    headers: tuple[str, ...]
    mapping: dict[str, str]
    rows: list[RowReport]
    file_problems: list[str] = field(default_factory=list)
    encoding: str | None = None

    @property
    def ok(self) -> bool:
        return not self.file_problems and not any(r.problems for r in self.rows)

    @property
    def problem_count(self) -> int:
        return len(self.file_problems) + sum(len(r.problems) for r in self.rows)

    def problem_lines(self) -> list[str]:
        out = list(self.file_problems)
        for r in self.rows:
            out += [Text("Dòng {line}: {problem}", line=r.line, problem=p) for p in r.problems]
        return out

    def warning_lines(self) -> list[str]:
        return [Text("Dòng {line}: {problem}", line=r.line, problem=w)
                for r in self.rows for w in r.warnings]

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "file": self.file, "encoding": self.encoding,
                "mapping": self.mapping, "ok": self.ok, "rows": len(self.rows),
                "file_problems": self.file_problems,
                "problems": [{"line": r.line, "problems": r.problems} for r in self.rows
                             if r.problems],
                "warnings": [{"line": r.line, "warnings": r.warnings} for r in self.rows
                             if r.warnings],
                "numbers": [r.number for r in self.rows if r.number]}


@dataclass(frozen=True, slots=True)
class ImportResult:
    preview: Preview
    imported: int
    numbers: tuple[str, ...]
    audit_seq: int


# ----------------------------------------------------------------------------- one transaction


class _SharedUnit(UnitOfWork):
    """A unit of work of the services that runs inside the import's transaction: its commit
    only flushes, its end leaves the transaction open (the importer's savepoint decides)."""

    def __init__(self, session: Any, actor: Actor | None, writer: bool) -> None:
        super().__init__(cast(Any, None), actor, writer=writer)
        self._shared = session

    def __enter__(self) -> UnitOfWork:
        self._session = self._shared
        self.audited = 0
        return self

    def __exit__(self, *exc: object) -> None:
        self._session = None

    def commit(self) -> None:
        if self.writer and not self.audited:
            raise RuntimeError("a write must append its audit entry before it commits")
        self._shared.flush()


class _OneTransaction:
    """What the services need of a Store, every read and write in one open transaction."""

    def __init__(self, store: Store, session: Any, actor: Actor) -> None:
        self.data_dir, self.db_path, self.engine = store.data_dir, store.db_path, store.engine
        self._session, self._actor = session, actor

    def read(self) -> UnitOfWork:
        return _SharedUnit(self._session, None, False)

    def write(self, actor: Actor | None = None) -> UnitOfWork:
        return _SharedUnit(self._session, actor or self._actor, True)

    def record(self, actor: Actor | None, action: str, record_kind: str, record_id: object,
               summary: str, *, after: object = None) -> int:
        with self.write(actor) as uow:
            seq = uow.audit(action, record_kind, record_id, summary, after=after)
            uow.commit()
            return seq


# ----------------------------------------------------------------------------- rows


@dataclass(slots=True)
class _Lookups:
    officers: dict[str, uuid.UUID]  # folded code and name → id
    fields: dict[str, str]  # folded code and name → code
    today: date


def _lookups(store: Store, today: date) -> _Lookups:
    from app.services.office import list_fields, list_officers

    officers: dict[str, uuid.UUID] = {}
    for o in list_officers(store):
        officers[_hkey(o.code)] = o.id
        officers[_hkey(o.full_name)] = o.id
    fields_: dict[str, str] = {}
    for f in list_fields(store):
        fields_[_hkey(f.code)] = f.code
        fields_[_hkey(f.name)] = f.code
    return _Lookups(officers, fields_, today)


class _Row:
    """One row's cells by field key, collecting its problems."""

    def __init__(self, line: int, raw: dict[str, Any], labels: dict[str, Label]) -> None:
        self.raw = raw
        self.labels = labels
        self.report = RowReport(line, {k: cells.text(v) for k, v in raw.items()})

    def get(self, key: str) -> Any:
        v = self.raw.get(key)
        return None if cells.text(v) == "" else v

    def fail(self, key: str | None, reason: str) -> None:
        """A problem: «Column: Reason.» (the reason begins a sentence; one full stop)."""
        words = Sentence(reason)
        if reason.endswith("."):  # a service's message, already a sentence
            problem = (Text("{column}: {reason}", column=self.labels[key], reason=words) if key
                       else words)
        else:
            problem = (Text("{column}: {reason}.", column=self.labels[key], reason=words) if key
                       else Text("{reason}.", reason=words))
        self.report.problems.append(problem)

    def warn(self, key: str, reason: str) -> None:
        self.report.warnings.append(Text("{column}: {reason}.", column=self.labels[key],
                                         reason=reason))

    def read(self, key: str, fn: Callable[[Any], Any], required: bool = False) -> Any:
        v = self.get(key)
        if v is None:
            if required:
                self.fail(key, Text("ô trống"))
            return None
        try:
            return fn(v)
        except Unreadable as exc:
            self.fail(key, said(exc))
            return None


def _person(r: _Row, category: str | None) -> Any:
    from app.services.visits import PersonInput

    gender = r.get("gender")
    g = cells.optional_code(gender, cells.GENDERS, "") if gender is not None else ""
    if g is None:
        r.warn("gender", Text("không hiểu '{value}' (Nam/Nữ), bỏ qua", value=cells.text(gender)))
        g = ""
    birth = r.get("date_of_birth")
    dob = None
    if birth is not None:
        if isinstance(birth, int | float) and 1900 <= birth <= 2100:
            dob = None  # a year of birth alone: kept in the notes, not a date
        else:
            dob = r.read("date_of_birth", cells.day)
    number = cells.cccd(r.get("cccd")) if r.get("cccd") is not None else None
    old_id = None
    if number and len(number) == 9 and number.isdigit():
        number, old_id = None, number  # a 9-digit CMND
    return PersonInput(full_name=cells.text(r.get("full_name")), cccd=number or None,
                       old_id=old_id, date_of_birth=dob, gender=g or None,
                       address=cells.text(r.get("address")),
                       phone=cells.text(r.get("phone")) or None)


def _officer(r: _Row, look: _Lookups) -> uuid.UUID | None:
    return _known(r, "officer", look.officers, lambda name: Text(
        "không có cán bộ '{name}' trong danh sách, để trống", name=name))


def _field(r: _Row, look: _Lookups) -> str | None:
    return _known(r, "field", look.fields, lambda name: Text(
        "lĩnh vực '{name}' không có trong danh mục, để trống", name=name))


def _known(r: _Row, column: str, known: dict[str, T], unknown: Callable[[str], Text]) -> T | None:
    """The catalogue entry a cell names (by its folded text); a warning, and blank, if none."""
    v = r.get(column)
    if v is None:
        return None
    found = known.get(_hkey(cells.text(v)))
    if found is None:
        r.warn(column, unknown(cells.text(v)))
    return found


def _notes(r: _Row) -> str:
    parts = []
    if r.get("old_number") is not None:
        parts.append(f"Số trong sổ cũ: {cells.text(r.get('old_number'))}")
    birth = r.get("date_of_birth")
    if isinstance(birth, int | float) and 1900 <= birth <= 2100:
        parts.append(f"Năm sinh: {int(birth)}")
    if r.get("notes") is not None:
        parts.append(cells.text(r.get("notes")))
    return "; ".join(parts)


def _visit_input(r: _Row, look: _Lookups) -> Any:
    from app.services.visits import VisitInput

    day, at = r.read("visited_on", cells.moment, required=True) or (None, None)
    if r.get("visited_time") is not None:
        at = r.read("visited_time", cells.clock) or at
    category = r.read("category", lambda v: cells.code(
        v, cells.VISIT_CATEGORIES, Label("phân loại"), cells.CATEGORY_HELP), required=True)
    if r.get("content") is None:
        r.fail("content", Text("ô trống"))
    if r.get("full_name") is None:
        r.fail("full_name", Text("ô trống"))
    reception = cells.optional_code(r.get("reception_type"), cells.RECEPTION_TYPES, "regular")
    if reception is None:
        r.warn("reception_type", Text("không hiểu '{value}', ghi là tiếp thường xuyên", value=cells.text(r.get('reception_type'))))
        reception = "regular"
    outcome = cells.optional_code(r.get("outcome"), cells.OUTCOMES, "answered")
    outcome_note = ""
    if outcome is None:
        outcome, outcome_note = "answered", cells.text(r.get("outcome"))
    elif r.get("outcome") is not None:
        outcome_note = cells.text(r.get("outcome"))
    count = r.read("person_count", cells.integer)
    person = _person(r, category)
    is_crowd = False
    if day is not None and count is not None and count >= crowd.rule_on(day).min_size:
        is_crowd = True
        person.is_representative = True
        person.role = "representative"
    if r.report.problems or day is None:
        return None
    return VisitInput(
        visited_at=datetime.combine(day, at or DEFAULT_HOUR, VN_TZ), reception_type=reception,
        persons=[person], content=cells.text(r.get("content")), category=category,
        officer_id=_officer(r, look), person_count=count, is_crowd=is_crowd,
        field_code=_field(r, look), outcome=outcome, outcome_note=outcome_note,
        notes=_notes(r))


# Words of a "current state" column → the steps that bring a petition there.
STATES: Final[dict[str, str]] = {
    "moi": "received", "moi nhan": "received", "moi tiep nhan": "received",
    "chua xu ly": "received", "tiep nhan": "received", "da tiep nhan": "received",
    "vao so": "received", "da vao so": "received",
    "phan loai": "classified", "da phan loai": "classified", "dang xu ly": "classified",
    "de xuat thu ly": "proposed", "da de xuat thu ly": "proposed",
    "thu ly": "accepted", "da thu ly": "accepted", "dang giai quyet": "accepted",
    "xac minh": "verifying", "dang xac minh": "verifying",
    "da giai quyet": "decided", "da co quyet dinh": "decided", "da ket luan": "decided",
    "quyet dinh giai quyet": "decided", "da ban hanh quyet dinh": "decided",
    "ket thuc": "closed", "da xong": "closed", "hoan thanh": "closed", "da ket thuc": "closed",
    "chuyen don": "transferred", "da chuyen": "transferred", "da chuyen don": "transferred",
    "chuyen": "transferred", "huong dan": "guided", "da huong dan": "guided",
    "luu don": "filed", "luu": "filed", "da luu don": "filed",
    "tra lai": "returned", "tra lai don": "returned", "da tra lai don": "returned",
    "khong thu ly": "rejected", "rut don": "withdrawn", "da rut don": "withdrawn",
}
OPENING_NOTE: Final = "Nhập từ sổ cũ (số dư đầu kỳ)"
UNKNOWN_DOC: Final = "Không rõ (sổ cũ)"  # the acceptance of a case the old book shows decided


def _steps(state: str, ct: str, on: date, accepted_on: date | None, doc: str,
           recipient: str) -> list[Any]:
    """The procedure steps (StepInput) that bring a petition of type `ct` to `state`."""
    from app.services.petitions import StepInput

    def s(step: str, when: date = on, **kw: Any) -> Any:
        return StepInput(step=step, on_date=when, note=OPENING_NOTE, **kw)

    processable = s("classify", accepted_on or on, content_type=ct, processable=True,
                    competent=True)
    outside = s("classify", content_type=ct, processable=True, competent=False)
    case = [processable, s("propose", accepted_on or on),
            s("accept", accepted_on or on,
              doc_number=doc if state in ("accepted", "verifying") else UNKNOWN_DOC)]
    return {
        "received": [],
        "classified": [processable],
        "proposed": [processable, s("propose")],
        "accepted": case,
        "verifying": [*case, s("verify")],
        "decided": [*case, s("decide", doc_number=doc)],
        "closed": [*case, s("decide", doc_number=doc), s("close")],
        "rejected": [processable, s("propose"), s("reject")],
        "transferred": [outside, s("transfer", doc_number=doc, recipient=recipient)],
        "guided": [outside, s("guide", recipient=recipient)],
        "returned": [outside, s("return", recipient=recipient)],
        "filed": [s("file")],
        "withdrawn": [s("withdraw")],
    }[state]


def _petition_input(r: _Row, look: _Lookups) -> tuple[Any, list[Any]] | None:
    from app.services.petitions import PetitionInput

    received = r.read("received_on", cells.day, required=True)
    ct = r.read("content_type", lambda v: cells.code(
        v, cells.PETITION_TYPES, Label("loại đơn"), cells.TYPE_HELP), required=True)
    if r.get("content") is None:
        r.fail("content", Text("ô trống"))
    name = cells.text(r.get("full_name"))
    anonymous = _hkey(name) in ("nac danh", "khong ro", "") and r.get("cccd") is None
    if anonymous and not name and ct != "TC":
        r.fail("full_name", Text("ô trống (ghi 'Nặc danh' nếu đơn không ghi người gửi)"))
    state_word = r.get("state")
    state = "received"
    if state_word is not None:
        key = _hkey(cells.text(state_word))
        found = STATES.get(key) or next((v for k, v in sorted(STATES.items(),
                                                               key=lambda x: -len(x[0]))
                                         if len(k) > 4 and k in key), None)
        if found is None:
            r.fail("state", Text("tình trạng '{value}' không rõ; dùng: mới tiếp nhận, đã thụ lý, đang xác minh, đã giải quyết, kết thúc, đã chuyển đơn, đã hướng dẫn, lưu đơn, đã trả lại đơn, không thụ lý, đã rút đơn", value=cells.text(state_word)))
        else:
            state = found
    state_on = r.read("state_on", cells.day) if r.get("state_on") is not None else None
    accepted_on = r.read("accepted_on", cells.day) if r.get("accepted_on") is not None else None
    doc = cells.text(r.get("doc_number"))
    recipient = cells.text(r.get("recipient"))
    forwarder = cells.text(r.get("forwarder"))
    person = None if anonymous else _person(r, ct)
    if r.report.problems or received is None:
        return None
    on = state_on or accepted_on or received
    if state in ("accepted", "verifying") and accepted_on is None:
        accepted_on = state_on
    data = PetitionInput(
        received_date=received, content=cells.text(r.get("content")), content_type=ct,
        senders=[person] if person is not None else [], anonymous=person is None,
        channel="forwarded" if forwarder else "desk", forwarder_name=forwarder,
        field_code=_field(r, look), officer_id=_officer(r, look), notes=_notes(r))
    steps = _steps(state, ct, on, accepted_on, doc, recipient)
    return data, steps


_VISIT_FIELD: Final = {"visited_at": "visited_on", "content": "content", "category": "category",
                       "person_count": "person_count", "officer_id": "officer",
                       "field_code": "field", "outcome_note": "outcome",
                       "reception_type": "reception_type", "outcome": "outcome",
                       "received_date": "received_on", "content_type": "content_type",
                       "forwarder_name": "forwarder", "signer_count": "full_name"}


def _service_problems(r: _Row, exc: ValidationFailed, state: str | None = None) -> None:
    """The services' problems by column; a person's without «Người thứ 1: » (a row is one
    person); `state`: the problems of bringing the petition to the state the file names."""
    for p in exc.problems:
        name = re.sub(r"^(persons|senders)\.\d+\.", "", p.field)
        key = _VISIT_FIELD.get(name, name if name in r.labels else None)
        msg = p.message
        if isinstance(msg, Text) and set(msg.params) == {"who", "problem"}:  # «{who}: {problem}»
            msg = msg.params["problem"]
        if state is not None:
            msg = Text("không đưa được đơn về tình trạng «{state}»: {reason}", state=state,
                       reason=msg)
        r.fail(key, msg)


# ----------------------------------------------------------------------------- the pass


def _execute(store: Store, kind: str, sheet: Sheet, mapping: dict[str, str], *, commit: bool,
             actor: Actor | None, now: datetime | None, progress: Callable[[int, int], None]
             | None, cancelled: Callable[[], bool] | None) -> tuple[Preview, ImportResult | None]:
    from app.services import petitions, visits

    kind = _kind(kind)
    now = now or datetime.now(VN_TZ)
    today = now.date()
    cols = columns(kind)
    labels = {c.key: c.label for c in cols}
    preview = Preview(kind, sheet.name, sheet.headers, dict(mapping), [],
                      encoding=sheet.encoding)
    for c in cols:
        if c.required and c.key not in mapping:
            preview.file_problems.append(Text("Chưa chọn cột cho «{label}» (bắt buộc).", label=c.label))
    bad = [h for h in mapping.values() if h not in sheet.headers]
    if bad:
        preview.file_problems.append(Text("Tệp không có cột: {columns}.",
                                          columns=", ".join(bad)))
    if not sheet.rows:
        preview.file_problems.append(Text("Tệp không có dòng dữ liệu nào dưới dòng tiêu đề."))
    if preview.file_problems:
        return preview, None
    index = {h: i for i, h in enumerate(sheet.headers)}
    look = _lookups(store, today)
    who = store.user or actor or SYSTEM  # as Store.write: a signed-in user acts
    digest = hashlib.sha256(repr([r for _, r in sheet.rows]).encode()).hexdigest()
    numbers: list[str] = []
    with store.write(who) as uow:
        s = uow.session
        shared = cast(Store, _OneTransaction(store, s, who))
        done_key = f"import_done.{kind}.{digest[:24]}"
        earlier = meta_get(s, done_key)
        if earlier:
            preview.file_problems.append(
                Text("Tệp này đã được nhập ngày {earlier}: nhập lại sẽ ghi trùng mọi dòng.", earlier=earlier))
            return preview, None
        for n, (line, row) in enumerate(sheet.rows):
            if cancelled and cancelled():
                raise ImportRefused(Text("Đã hủy nhập; không có gì được ghi."))
            if progress:
                progress(n, len(sheet.rows))
            raw = {k: row[index[h]] for k, h in mapping.items()}
            r = _Row(line, raw, labels)
            preview.rows.append(r.report)
            parsed: Any = _visit_input(r, look) if kind == "visits" else _petition_input(r, look)
            if parsed is None:
                continue
            point = s.begin_nested()
            try:
                if kind == "visits":
                    rec = visits.log_visit(shared, parsed, now=now, actor=who)
                    what, label = "visit", "lượt tiếp"
                    rid, number = rec.id, rec.number
                else:
                    data, steps = parsed
                    prec = petitions.register(shared, data, today=today, actor=who)
                    rid, number = prec.id, prec.number
                    what, label = "petition", "đơn"
                    for st in steps:
                        try:
                            petitions.act(shared, prec.id, st, today=today, actor=who)
                        except ValidationFailed as exc:
                            _service_problems(r, exc, r.report.shown.get("state", ""))
                            raise
                uow.audit(f"{what}.import", what, rid,
                          f"Nhập {label} số {number} từ tệp {sheet.name}, dòng {line}",
                          after={"number": number, "file": sheet.name, "line": line})
                point.commit()
                r.report.number = number
                numbers.append(number)
            except ValidationFailed as exc:
                point.rollback()
                if not r.report.problems:
                    _service_problems(r, exc)
            except TiepDanError as exc:
                point.rollback()
                r.fail(None, exc.message())
        if progress:
            progress(len(sheet.rows), len(sheet.rows))
        if not preview.ok or not commit:
            return preview, None  # leaving the block rolls everything back
        meta_set(s, _meta_key(kind, sheet.headers), json.dumps(mapping, ensure_ascii=False))
        meta_set(s, done_key, today.strftime("%d/%m/%Y"))
        seq = uow.audit("import.file", kind, digest[:24],
                        f"Nhập {len(numbers)} {'lượt tiếp' if kind == 'visits' else 'đơn'} "
                        f"từ tệp {sheet.name}",
                        after={"file": sheet.name, "rows": len(numbers), "sha256": digest,
                               "mapping": mapping, "first": numbers[0] if numbers else None,
                               "last": numbers[-1] if numbers else None})
        uow.commit()
    return preview, ImportResult(preview, len(numbers), tuple(numbers), seq)


def check(store: Store, kind: str, sheet: Sheet, mapping: dict[str, str], *,
          now: datetime | None = None, actor: Actor | None = None,
          progress: Callable[[int, int], None] | None = None,
          cancelled: Callable[[], bool] | None = None) -> Preview:
    """Every row parsed and put through the services, then everything rolled back."""
    preview, _ = _execute(store, kind, sheet, mapping, commit=False, actor=actor, now=now,
                          progress=progress, cancelled=cancelled)
    return preview


def run(store: Store, kind: str, sheet: Sheet, mapping: dict[str, str], *,
        now: datetime | None = None, actor: Actor | None = None,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """Import every row or none: ImportRefused (with the preview) when any row has a problem."""
    preview, result = _execute(store, kind, sheet, mapping, commit=True, actor=actor, now=now,
                               progress=progress, cancelled=cancelled)
    if result is None:
        n = preview.problem_count
        raise ImportRefused(Counted("Không nhập: {n} lỗi cần sửa trong tệp {file}; chưa có dòng "
                                    "nào được ghi.", n=n, file=preview.file), preview)
    return result

