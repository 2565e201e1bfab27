"""The office's settings that are not kept elsewhere: the office's own details and the printer.

The settings page (app/ui/settings_dialog.py) reads and writes every setting through services:
these, users.set_idle_lock_minutes, backup.set_settings and dashboard.set_thresholds. Each write
is audited as whoever makes it (the signed-in user, else the desk officer passed as `actor`).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.actor import Actor
from app.errors import FieldProblem, ValidationFailed
from app.services.common import local_office, meta_get, meta_set
from app.services.office import office_problems
from app.storage.store import Store
from app.text import Text
from app.vn.text import clean

PAPERS = ("A4", "A5")
META_PAPER = "print.paper"
META_PRINTER = "print.printer"
MAX_NAME = 200


@dataclass(frozen=True, slots=True)
class OfficeDetails:
    code: str  # not editable here: the upstream knows the office by it (sync)
    name: str
    place_name: str
    upstream_name: str


@dataclass(frozen=True, slots=True)
class PrintSettings:
    printer: str  # "" : the system's default printer
    paper: str  # A4 | A5: the paper slips start on in the print preview


def office_details(store: Store) -> OfficeDetails:
    with store.read() as uow:
        o = local_office(uow.session)
        return OfficeDetails(o.code, o.name, o.place_name or "", o.upstream_name or "")


def set_office_details(store: Store, name: str, place_name: str, upstream_name: str, *,
                       actor: Actor | None = None) -> OfficeDetails:
    name, place, upstream = clean(name), clean(place_name), clean(upstream_name)
    problems = [p for p in office_problems("x", name) if p.field != "office_code"]
    if not place:
        problems.append(FieldProblem("place_name", Text("Cần nhập địa danh ghi trên văn bản (ví dụ: Hà Nội).")))
    for key, value in (("office_name", name), ("place_name", place),
                       ("upstream_name", upstream)):
        if len(value) > MAX_NAME:
            problems.append(FieldProblem(key, Text("Tối đa {max} ký tự.", max=MAX_NAME)))
    if problems:
        raise ValidationFailed(problems)
    with store.write(actor) as uow:
        o = local_office(uow.session)
        before = {"name": o.name, "place_name": o.place_name, "upstream_name": o.upstream_name}
        o.name, o.place_name, o.upstream_name = name, place, upstream or None
        uow.audit("settings.office", "office", o.id, f"Sửa thông tin cơ quan {name}",
                  before=before,
                  after={"name": name, "place_name": place, "upstream_name": upstream or None})
        uow.commit()
        return OfficeDetails(o.code, name, place, upstream)


def print_settings(store: Store) -> PrintSettings:
    with store.read() as uow:
        paper = meta_get(uow.session, META_PAPER) or PAPERS[0]
        printer = meta_get(uow.session, META_PRINTER) or ""
    return PrintSettings(printer, paper if paper in PAPERS else PAPERS[0])


def set_print_settings(store: Store, printer: str, paper: str, *,
                       actor: Actor | None = None) -> PrintSettings:
    printer = (printer or "").strip()
    if paper not in PAPERS:
        raise ValidationFailed([FieldProblem("paper", Text("Khổ giấy phải là A4 hoặc A5."))])
    if len(printer) > MAX_NAME:
        raise ValidationFailed([FieldProblem("printer", Text("Tên máy in tối đa {max} ký tự.", max=MAX_NAME))])
    with store.write(actor) as uow:
        before = {"printer": meta_get(uow.session, META_PRINTER),
                  "paper": meta_get(uow.session, META_PAPER)}
        meta_set(uow.session, META_PRINTER, printer)
        meta_set(uow.session, META_PAPER, paper)
        uow.audit("settings.print", "settings", "print",
                  f"Máy in: {printer or 'mặc định của máy'}, khổ giấy {paper}",
                  before=before, after={"printer": printer, "paper": paper})
        uow.commit()
    return PrintSettings(printer, paper)
