"""Helpers shared by services: the local office, the viewer, numbering keys."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import FieldProblem, InputError
from app.models import Office, StoreMeta
from app.services.viewer import ANONYMOUS, Viewer, pseudonym
from app.text import Text

__all__ = ["ANONYMOUS", "Viewer", "local_office", "meta_get", "meta_set", "next_search_key",
           "pseudonym"]

META_OFFICE_ID = "office_id"
META_INSTALLATION_ID = "installation_id"


def meta_get(session: Session, key: str) -> str | None:
    row = session.get(StoreMeta, key)
    return row.value if row else None


def meta_set(session: Session, key: str, value: str) -> None:
    row = session.get(StoreMeta, key)
    if row is None:
        session.add(StoreMeta(key=key, value=value))
    else:
        row.value = value


def local_office(session: Session) -> Office:
    office_id = meta_get(session, META_OFFICE_ID)
    office = session.get(Office, uuid.UUID(office_id)) if office_id else None
    if office is None:
        raise InputError("store_not_initialised")
    return office


def next_search_key(session: Session, model: type) -> int:
    """Next stable FTS key for `model` (callers hold the write lock: BEGIN IMMEDIATE)."""
    current = session.execute(select(func.max(model.search_key))).scalar()  # type: ignore[attr-defined]
    return int(current or 0) + 1


def enum_problem(name: str, value: object, enum: type, label: str) -> list[FieldProblem]:
    """`value` is not one of `enum`'s codes: the field's problem, naming the allowed ones."""
    allowed = [e.value for e in enum]  # type: ignore[attr-defined]
    if value in allowed:
        return []
    return [FieldProblem(name, Text("{label} không hợp lệ: '{value}' (chọn một trong: {allowed}).",
                                    label=label, value=value, allowed=", ".join(allowed)))]
