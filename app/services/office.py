"""Setting up a store for an office, its officers and the field-of-law code list."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from app.actor import Actor
from app.errors import FieldProblem, InputError, ValidationFailed
from app.models import FieldOfLaw, Office, Officer
from app.services.common import (
    META_INSTALLATION_ID,
    META_OFFICE_ID,
    Viewer,
    local_office,
    meta_get,
    meta_set,
)
from app.storage.store import Store
from app.text import Text
from app.vn.text import clean

_CODE = re.compile(r"^[A-Za-z0-9._-]{1,32}$")

# A starting list a ward can edit (LAW.md §4.2: local taxonomy).
DEFAULT_FIELDS: tuple[tuple[str, str], ...] = (
    ("DAT", "Đất đai"),
    ("XD", "Xây dựng, trật tự đô thị"),
    ("MT", "Môi trường"),
    ("CSXH", "Chính sách xã hội"),
    ("HT", "Hộ tịch, cư trú"),
    ("GPMB", "Bồi thường, giải phóng mặt bằng"),
    ("TP", "Tư pháp"),
    ("CBCC", "Cán bộ, công chức"),
    ("KT", "Kinh tế, tài chính"),
    ("VHXH", "Văn hóa, giáo dục, y tế"),
    ("KHAC", "Lĩnh vực khác"),
)


@dataclass(frozen=True, slots=True)
class OfficeInfo:
    id: uuid.UUID
    code: str
    name: str
    upstream_name: str | None
    place_name: str | None
    installation_id: str


@dataclass(frozen=True, slots=True)
class OfficerInfo:
    id: uuid.UUID
    code: str
    full_name: str
    title: str
    is_head: bool
    is_deputy: bool
    active: bool


@dataclass(frozen=True, slots=True)
class FieldInfo:
    code: str
    name: str
    active: bool


def _office_info(office: Office, installation_id: str) -> OfficeInfo:
    return OfficeInfo(
        office.id, office.code, office.name, office.upstream_name, office.place_name,
        installation_id,
    )


def _officer_info(o: Officer) -> OfficerInfo:
    return OfficerInfo(o.id, o.code, o.full_name, o.title, o.is_head, o.is_deputy, o.active)


def office_problems(code: str, name: str) -> list[FieldProblem]:
    """What is wrong with an office's code and name (set-up and settings)."""
    problems = []
    if not _CODE.match(code.strip()):
        problems.append(FieldProblem(
            "office_code", Text("Mã cơ quan chỉ gồm chữ, số, dấu chấm, gạch (tối đa 32 ký tự).")))
    if not clean(name):
        problems.append(FieldProblem("office_name", Text("Cần nhập tên cơ quan (ví dụ: UBND phường Láng).")))
    return problems


def init_office(
    store: Store,
    code: str,
    name: str,
    upstream_name: str | None = None,
    place_name: str | None = "Hà Nội",
    *, actor: Actor | None = None,
) -> OfficeInfo:
    code, name = code.strip(), clean(name)
    problems = office_problems(code, name)
    if problems:
        raise ValidationFailed(problems)
    with store.write(actor) as uow:
        s = uow.session
        if meta_get(s, META_OFFICE_ID):
            raise InputError("store_already_initialised", office=local_office(s).name)
        office = Office(
            code=code, name=name, upstream_name=clean(upstream_name) or None,
            place_name=clean(place_name) or None,
        )
        s.add(office)
        s.flush()
        installation = str(uuid.uuid4())
        meta_set(s, META_OFFICE_ID, str(office.id))
        meta_set(s, META_INSTALLATION_ID, installation)
        if s.execute(select(FieldOfLaw.code).limit(1)).first() is None:
            for pos, (fcode, fname) in enumerate(DEFAULT_FIELDS):
                s.add(FieldOfLaw(code=fcode, name=fname, position=pos))
        uow.audit("office.init", "office", office.id, f"Khởi tạo kho dữ liệu cho {office.name}",
                  after={"code": office.code, "name": office.name, "installation_id": installation})
        uow.commit()
        return _office_info(office, installation)


def get_office(store: Store) -> OfficeInfo:
    with store.read() as uow:
        office = local_office(uow.session)
        return _office_info(office, meta_get(uow.session, META_INSTALLATION_ID) or "")


def is_initialised(store: Store) -> bool:
    with store.read() as uow:
        return meta_get(uow.session, META_OFFICE_ID) is not None


def add_officer(
    store: Store, full_name: str, title: str = "", *, is_head: bool = False,
    is_deputy: bool = False, code: str | None = None, actor: Actor | None = None,
) -> OfficerInfo:
    full_name, title = clean(full_name), clean(title)
    if not full_name:
        raise ValidationFailed([FieldProblem("full_name", Text("Cần nhập họ và tên cán bộ."))])
    code = (code or "").strip()
    if code and not _CODE.match(code):
        raise ValidationFailed([FieldProblem(
            "code", Text("Mã cán bộ chỉ gồm chữ, số, dấu chấm, gạch (tối đa 32 ký tự)."))])
    with store.write(actor) as uow:
        s = uow.session
        office = local_office(s)
        used = set(s.scalars(select(Officer.code).where(Officer.office_id == office.id)))
        if code in used:
            raise ValidationFailed([FieldProblem("code", Text("Mã cán bộ '{code}' đã được dùng.", code=code))])
        number = len(used) + 1
        while not code:  # CB01, CB02...: the first one not taken (codes may also be typed)
            code = f"CB{number:02d}" if f"CB{number:02d}" not in used else ""
            number += 1
        officer = Officer(
            office_id=office.id, code=code, full_name=full_name,
            title=title, is_head=is_head, is_deputy=is_deputy,
        )
        s.add(officer)
        s.flush()
        uow.audit("officer.create", "officer", officer.id, f"Thêm cán bộ {full_name} ({code})",
                  after={"code": code, "full_name": full_name, "title": title,
                         "is_head": is_head, "is_deputy": is_deputy})
        uow.commit()
        return _officer_info(officer)


def list_officers(store: Store, *, include_inactive: bool = False) -> list[OfficerInfo]:
    with store.read() as uow:
        q = select(Officer).order_by(Officer.is_head, Officer.code)  # desk officers first
        if not include_inactive:
            q = q.where(Officer.active.is_(True))
        return [_officer_info(o) for o in uow.session.scalars(q)]


def viewer_for(store: Store, officer_id: uuid.UUID | None) -> Viewer:
    """The Viewer for the officer at the desk (the head sees protected identities)."""
    if officer_id is None:
        return Viewer()
    with store.read() as uow:
        officer = uow.session.get(Officer, officer_id)
        return Viewer(officer_id, is_head=bool(officer and officer.is_head and officer.active))


def list_fields(store: Store, *, include_inactive: bool = False) -> list[FieldInfo]:
    with store.read() as uow:
        q = select(FieldOfLaw).order_by(FieldOfLaw.position, FieldOfLaw.code)
        if not include_inactive:
            q = q.where(FieldOfLaw.active.is_(True))
        return [FieldInfo(f.code, f.name, f.active) for f in uow.session.scalars(q)]


def save_field(store: Store, code: str, name: str, *, active: bool = True,
               actor: Actor | None = None) -> FieldInfo:
    """Add a field of law or rename/(de)activate one; codes in use are never deleted."""
    code, name = code.strip().upper(), clean(name)
    problems = []
    if not _CODE.match(code):
        problems.append(FieldProblem("code", Text("Mã lĩnh vực chỉ gồm chữ, số (tối đa 32 ký tự).")))
    if not name:
        problems.append(FieldProblem("name", Text("Cần nhập tên lĩnh vực.")))
    if problems:
        raise ValidationFailed(problems)
    with store.write(actor) as uow:
        s = uow.session
        row = s.get(FieldOfLaw, code)
        before = None if row is None else {"name": row.name, "active": row.active}
        if row is None:
            last = s.execute(select(FieldOfLaw.position).order_by(FieldOfLaw.position.desc())).scalar()
            row = FieldOfLaw(code=code, name=name, position=(last or 0) + 1, active=active)
            s.add(row)
        else:
            row.name, row.active = name, active
        uow.audit("field.save", "field", code, f"{'Thêm' if before is None else 'Sửa'} lĩnh vực {code}",
                  before=before, after={"name": name, "active": active})
        uow.commit()
        return FieldInfo(row.code, row.name, row.active)
